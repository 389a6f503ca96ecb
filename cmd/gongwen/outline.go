package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/outline"
)

func init() { extraCommands["outline"] = runOutline }

func runOutline(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "outline", `outline [--section TITLE] [--org S] [--year N] [--draft] [--evidence] [--json | --format md|docx|json] [-o FILE]

  例: gongwen outline --section "加强法治宣传教育" --org 清城区 --year 2025
      gongwen outline --org 清城区 --year 2025 -o 2025年报告提纲.docx   (不给 --section 即全文提纲;格式随 -o 的扩展名)
      gongwen outline --section 存在的问题 --org 清城区 --draft --evidence -o 初稿.md`)
	db := dbFlag(e, fs)
	section := fs.String("section", "", "报告中一节的标题或部分名称,如 加强法治宣传教育、存在的问题、工作计划、依法行政;不给则起草全文提纲")
	org := fs.String("org", "", "本单位名称(或其中的词),如 清城区")
	year := fs.Int("year", 0, "报告年度;默认为去年")
	nowFlag := fs.String("now", "", "“今天”的日期(YYYY-MM-DD),用于推算默认年度;默认今天")
	asJSON := fs.Bool("json", false, "以 JSON 输出(等同 --format json)")
	format := fs.String("format", "", "输出格式:md(Markdown)、docx(Word)或 json;默认随 -o 的扩展名,否则 md")
	out := fs.String("o", "", "写入文件而不是标准输出;扩展名 .docx/.md/.json 决定格式")
	noLLM := fs.Bool("no-llm", false, "即使配置了大模型也只用离线提纲")
	draft := fs.Bool("draft", false, "在每个要点下写出初稿段落(大模型逐句核对出处;离线时数字留作【待补充】)")
	evidence := fs.Bool("evidence", false, "附事实依据表:每个要点的来源文件、章节、原文、数字和状态")
	noRef := fs.Bool("no-reference", false, "不列出不适用于本单位或本年度的其他单位方案")
	to := fs.String("to", "", "Word 文件的主送机关,如 区人民政府;默认按本单位推定")
	dateFlag := fs.String("date", "", "Word 文件的成文日期(YYYY-MM-DD);默认今天")
	promptsDir := fs.String("prompts", e.getenv("GONGWEN_PROMPTS"), "覆盖内置提示词模板的目录")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *section == "" && len(pos) > 0 {
		*section = strings.Join(pos, " ")
	}
	f, err := outputFormat(*format, *asJSON, *out)
	if err != nil {
		return &exitError{2, err}
	}
	if f == "docx" && *out == "" && isTerminal(e.stdout) {
		return &exitError{2, errors.New("Word 文件不能输出到终端,请用 -o 指定文件,例如 -o 提纲.docx(或重定向到文件)")}
	}
	now, err := flagDay(fs, "now", *nowFlag)
	if err != nil {
		return err
	}
	layout := outline.Layout{To: *to}
	if *dateFlag != "" {
		if layout.Date, err = time.ParseInLocation("2006-01-02", *dateFlag, time.Local); err != nil {
			return &exitError{2, fmt.Errorf("--date 应为 YYYY-MM-DD 格式,例如 2025-01-20")}
		}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	req := outline.Request{Section: *section, Org: *org, Year: *year, Now: now, PromptsDir: *promptsDir,
		Draft: *draft, Evidence: *evidence, NoReference: *noRef}
	if cfg := llmConfig(e); cfg.ChatEnabled() && !*noLLM {
		req.LLM = llm.New(cfg)
		fmt.Fprintln(e.stderr, "(大模型起草中…)")
	}
	o, err := outline.Build(ctx, ix, req)
	if err != nil {
		var te *outline.TopicError
		if errors.As(err, &te) {
			return &exitError{1, err}
		}
		return err
	}
	var body []byte
	switch f {
	case "json":
		var b strings.Builder
		if err := writeJSON(&b, o); err != nil {
			return err
		}
		body = []byte(b.String())
	case "docx":
		if body, err = outline.DOCXLayout(o, layout); err != nil {
			return err
		}
	default:
		body = []byte(outline.Markdown(o))
	}
	if *out == "" {
		_, err := e.stdout.Write(body)
		return err
	}
	if err := writeFileAtomic(*out, body); err != nil {
		return fmt.Errorf("无法写入 %s: %w", *out, err)
	}
	fmt.Fprintf(e.stderr, "已写入 %s\n", *out)
	return nil
}

// formatByExt is the output format a file name's extension asks for.
var formatByExt = map[string]string{".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "md", ".json": "json"}

// outputFormat settles the format: --format (or --json) when given, else
// -o's extension, else Markdown. A file whose extension says another
// format than --format is an error, never a .docx full of Markdown.
func outputFormat(flagFormat string, asJSON bool, out string) (string, error) {
	f := strings.ToLower(strings.TrimSpace(flagFormat))
	switch f {
	case "", "md", "json", "docx":
	case "markdown":
		f = "md"
	case "word":
		f = "docx"
	default:
		return "", fmt.Errorf("不支持的格式 %q;可选 md、docx、json", flagFormat)
	}
	if asJSON {
		if f != "" && f != "json" {
			return "", fmt.Errorf("--json 与 --format %s 矛盾", f)
		}
		f = "json"
	}
	if out == "" {
		if f == "" {
			f = "md"
		}
		return f, nil
	}
	ext := strings.ToLower(filepath.Ext(out))
	byExt, known := formatByExt[ext]
	switch {
	case !known && (ext == ".doc" || ext == ".wps" || ext == ".pdf" || ext == ".odt"):
		return "", fmt.Errorf("不能写出 %s 文件;Word 文件请用 .docx 扩展名", ext)
	case !known && f == "docx":
		return "", fmt.Errorf("Word 文件 %s 应以 .docx 结尾", out)
	case !known:
		if f == "" {
			f = "md"
		}
		return f, nil
	case f == "":
		return byExt, nil
	case f != byExt && !(ext == ".txt" && f != "docx"):
		return "", fmt.Errorf("输出文件 %s 的扩展名是 %s 格式,与 --format %s 不一致;去掉 --format 或改用相应的扩展名", out, byExt, f)
	}
	return f, nil
}

// writeFileAtomic writes aside and renames, so an interrupted run never
// leaves a half-written document where the last good one was.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	// CreateTemp makes the file 0600; a document is for others to read.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
