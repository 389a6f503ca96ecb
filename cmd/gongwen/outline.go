package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/outline"
)

func init() { extraCommands["outline"] = runOutline }

func runOutline(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "outline", `outline [--section TITLE] [--org S] [--year N] [--json | --format md|docx] [-o FILE]

  例: gongwen outline --section "加强法治宣传教育" --org 清城区 --year 2025
      gongwen outline --org 清城区 --year 2025 --format docx -o 2025年报告提纲.docx   (不给 --section 即全文提纲)`)
	db := dbFlag(e, fs)
	section := fs.String("section", "", "报告中一节的标题,如 加强法治宣传教育;不给则起草全文提纲")
	org := fs.String("org", "", "本单位名称(或其中的词),如 清城区")
	year := fs.Int("year", 0, "报告年度;默认为去年")
	nowFlag := fs.String("now", "", "“今天”的日期(YYYY-MM-DD),用于推算默认年度;默认今天")
	asJSON := fs.Bool("json", false, "以 JSON 输出(等同 --format json)")
	format := fs.String("format", "md", "输出格式:md(Markdown)、docx(Word)或 json")
	out := fs.String("o", "", "写入文件而不是标准输出(docx 必须给出)")
	noLLM := fs.Bool("no-llm", false, "即使配置了大模型也只用离线提纲")
	promptsDir := fs.String("prompts", e.getenv("GONGWEN_PROMPTS"), "覆盖内置提示词模板的目录")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *section == "" && len(pos) > 0 {
		*section = strings.Join(pos, " ")
	}
	f := strings.ToLower(strings.TrimSpace(*format))
	if *asJSON {
		f = "json"
	}
	switch f {
	case "md", "markdown", "json":
	case "docx", "word":
		f = "docx"
		if *out == "" && isTerminal(e.stdout) {
			return &exitError{2, errors.New("--format docx 需要用 -o 指定输出文件,例如 -o 提纲.docx")}
		}
	default:
		return &exitError{2, fmt.Errorf("不支持的格式 %q;可选 md、docx、json", *format)}
	}
	now, err := parseNow(*nowFlag)
	if err != nil {
		return &exitError{2, err}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	req := outline.Request{Section: *section, Org: *org, Year: *year, Now: now, PromptsDir: *promptsDir}
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
		if body, err = outline.DOCX(o); err != nil {
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
	return os.Rename(tmp.Name(), path)
}
