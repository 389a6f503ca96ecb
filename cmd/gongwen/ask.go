package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/httpapi"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
)

func init() { extraCommands["ask"] = runAsk }

func runAsk(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ask", `ask [--json] [--org S] [--year N] [--now YYYY-MM-DD] [--history FILE] [--batch FILE] [QUESTION]

  例: gongwen ask "去年的报告里普法宣传搞了多少场活动?" --now 2025-03-01
      gongwen ask --org 清城区 "低保资金发了多少?"
      gongwen ask --batch questions.jsonl --json     (每行 {"q": "...", "now": "2025-03-01"},追问可带 "history": [{"q": "...", "answer": "..."}])`)
	db := dbFlag(e, fs)
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	org := fs.String("org", "", "只看单位名称包含该词的文件,如 清城区")
	year := fs.Int("year", 0, "只看该年度的报告")
	nowFlag := fs.String("now", "", "“今天”的日期(YYYY-MM-DD),用于推算“去年”“前年”;默认今天")
	history := fs.String("history", "", "此前的对话(JSON 数组 [{\"q\": ...}] 或每行一个问题),用于追问“那2019年呢?”")
	batch := fs.String("batch", "", "批量提问:JSON Lines 文件,- 为标准输入")
	noLLM := fs.Bool("no-llm", false, "即使配置了大模型也只用摘录式回答")
	promptsDir := fs.String("prompts", e.getenv("GONGWEN_PROMPTS"), "覆盖内置提示词模板的目录")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	now, err := flagDay(fs, "now", *nowFlag)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(pos, " "))
	if q == "" && *batch == "" {
		return missingArg(fs, `缺少问题。请给出问题,例如: gongwen ask "去年的报告里普法宣传搞了多少场活动?"`)
	}
	if *batch == "" {
		// The limit of /v1/ask, in its words: a question the API refuses
		// is not answered here either.
		if err := httpapi.CheckQuestion("问题", q); err != nil {
			return &exitError{2, err}
		}
	}
	var turns []answer.Turn
	if *history != "" {
		if turns, err = readHistory(*history); err != nil {
			return &exitError{2, err}
		}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	eng := newEngine(e, ix, *promptsDir)
	if *batch != "" {
		return eachBatchLine(e, *batch, batchJob{what: "问题", now: now, fail: askError,
			do: func(line batchLine, day time.Time) any {
				h := line.History
				if h == nil {
					h = turns // --history, for the lines that bring none
				}
				resp, err := eng.Ask(ctx, answer.Request{Q: line.Q, Now: day, Org: *org, Year: *year, History: h, NoLLM: *noLLM})
				if err != nil {
					return askError(line.Q, err)
				}
				return resp
			}})
	}
	req := answer.Request{Q: q, Now: now, Org: *org, Year: *year, History: turns, NoLLM: *noLLM}
	streamed := false
	if !*asJSON && eng.LLM != nil && !*noLLM {
		req.OnDelta = func(s string) {
			if !streamed {
				fmt.Fprintln(e.stderr, "(大模型生成中…)")
			}
			streamed = true
			fmt.Fprint(e.stderr, s)
		}
	}
	resp, err := eng.Ask(ctx, req)
	if err != nil {
		return err
	}
	if streamed {
		fmt.Fprintln(e.stderr)
	}
	if *asJSON {
		return writeJSON(e.stdout, resp)
	}
	printAnswer(e, resp)
	return nil
}

// askError is the object of an ask --batch line that got no answer: the
// ask shape (found, citations) and never search's results.
func askError(q string, err error) any {
	return map[string]any{"q": q, "found": false, "error": err.Error(), "citations": []any{}}
}

func newEngine(e *env, ix *index.Index, promptsDir string) *answer.Engine {
	eng := &answer.Engine{Index: ix, PromptsDir: promptsDir}
	if e.getenv("GONGWEN_TRACE") == "1" {
		eng.Trace = e.stderr
	}
	if cfg := llmConfig(e); cfg.ChatEnabled() {
		eng.LLM = llm.New(cfg)
	}
	return eng
}

// readHistory reads earlier turns: a JSON array of {"q","answer"} or one
// question per line.
func readHistory(path string) ([]answer.Turn, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取对话记录: %w", err)
	}
	var turns []answer.Turn
	if json.Unmarshal(b, &turns) == nil {
		return turns, nil
	}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var t answer.Turn
		if json.Unmarshal([]byte(line), &t) == nil && t.Q != "" {
			turns = append(turns, t)
		} else {
			turns = append(turns, answer.Turn{Q: line})
		}
	}
	return turns, nil
}

func printAnswer(e *env, r *answer.Response) {
	if r.Scope.Basis != "" {
		fmt.Fprintln(e.stdout, r.Scope.Basis)
	}
	fmt.Fprintln(e.stdout, r.Answer)
	if r.Note != "" {
		fmt.Fprintf(e.stdout, "(说明: %s)\n", r.Note)
	}
	if len(r.Citations) > 0 {
		fmt.Fprintln(e.stdout)
		if r.Found {
			fmt.Fprintln(e.stdout, "出处:")
		} else {
			fmt.Fprintln(e.stdout, "可能相关:")
		}
	}
	for _, c := range r.Citations {
		sec := c.Section
		if sec == "" {
			sec = "(正文开头)"
		}
		fmt.Fprintf(e.stdout, "[%d] %s(%d)· %s%s\n    “%s”\n", c.N, c.Doc.Title, c.Doc.Year, sec, c.Doc.ReadNote(), c.Text)
	}
}
