package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/httpapi"
	"github.com/gongwen/gongwen/internal/index"
)

// searchResult is one result in the search JSON contract (DESIGN.md).
type searchResult struct {
	Rank    int          `json:"rank"`
	Score   float64      `json:"score"`
	Doc     document.Ref `json:"doc"`
	Section string       `json:"section"`
	Text    string       `json:"text"`
}

type searchOutput struct {
	Q       string         `json:"q"`
	Results []searchResult `json:"results"`
	Error   string         `json:"error,omitempty"`
}

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "search [--json] [-k N] [--org S] [--year N] [--kind report|plan|policy|reply|other] [--now YYYY-MM-DD] [--batch FILE] [QUERY]")
	db := dbFlag(e, fs)
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	k := fs.Int("k", httpapi.DefaultK, fmt.Sprintf("返回结果数(1 到 %d)", httpapi.MaxK))
	org := fs.String("org", "", "只看单位名称包含该词的文件,如 清城区")
	year := fs.Int("year", 0, "只看该年度的文件")
	kind := fs.String("kind", "", "只看某类文件:report(报告)、plan(方案)、policy(意见通知等政策文件)、reply(批复复函答复)或 other")
	batch := fs.String("batch", "", "批量检索:JSON Lines 文件({\"q\": ...} 每行一个),- 为标准输入")
	nowFlag := fs.String("now", "", "“今天”的日期(YYYY-MM-DD):检索词里的“去年”“前年”按它折算成年度;默认今天")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	// The API's limits and words for the same values: /v1/search answers
	// 400 where these exit 2.
	if *k < 1 || *k > httpapi.MaxK {
		return badValue(fs, "-k 的值“%d”无效:应为 1 到 %d 之间的整数", *k, httpapi.MaxK)
	}
	if *kind != "" && !httpapi.KnownKind(*kind) {
		return badValue(fs, "--kind 的值“%s”无效:应为 %s", *kind, httpapi.KindsText)
	}
	now, err := flagDay(fs, "now", *nowFlag)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" && *batch == "" {
		return missingArg(fs, `缺少检索词。请给出检索词,例如: gongwen search "普法宣传活动"`)
	}
	if *batch == "" {
		if err := httpapi.CheckQuestion("检索词", query); err != nil {
			return &exitError{2, err}
		}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	filter := index.Filter{Org: *org, Year: *year, Kind: document.Kind(*kind)}
	eng := &answer.Engine{Index: ix}
	do := func(q string, now time.Time) (searchOutput, error) {
		// "去年的报告里…" ranks that year's reports as "2024年…" would.
		// …and the documents it names, or the office and year it is
		// about, rank as ask reads them.
		hits, err := eng.Search(ctx, q, *k, filter, now)
		if err != nil {
			return searchOutput{Q: q}, err
		}
		out := searchOutput{Q: q, Results: []searchResult{}}
		for i, h := range hits {
			out.Results = append(out.Results, searchResult{
				Rank: i + 1, Score: h.Score, Doc: h.Doc.Ref(), Section: h.Chunk.Path.String(), Text: h.Chunk.Text,
			})
		}
		return out, nil
	}
	if *batch != "" {
		return eachBatchLine(e, *batch, func(line batchLine) any {
			n, err := line.day(now)
			if err != nil {
				return searchOutput{Q: line.Q, Results: []searchResult{}, Error: err.Error()}
			}
			out, err := do(line.Q, n)
			if err != nil {
				out.Error = err.Error()
			}
			return out
		})
	}
	out, err := do(query, now)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	if len(out.Results) == 0 {
		fmt.Fprintln(e.stdout, "没有找到相关段落。可以换个说法,或去掉 --org/--year 限制再试。")
		return nil
	}
	for i, h := range out.Results {
		sec := h.Section
		if sec == "" {
			sec = "(正文开头)"
		}
		fmt.Fprintf(e.stdout, "%d. %s(%d)\n   %s%s\n   %s\n\n", i+1, h.Doc.Title, h.Doc.Year, sec, h.Doc.ReadNote(), index.Snippet(h.Text, query, 120))
	}
	return nil
}

// batchLine is one line of a --batch file. Besides the question and its
// "now", an ask line may carry the conversation before it, as the body of
// POST /v1/ask does, so a follow-up asked in a batch gets the answer it gets
// on the web page or in a chat.
type batchLine struct {
	Q       string        `json:"q"`
	Now     string        `json:"now,omitempty"`
	History []answer.Turn `json:"history,omitempty"`
}

// day is the line's own "today" when it gives one, else def.
func (l batchLine) day(def time.Time) (time.Time, error) {
	if l.Now == "" {
		return def, nil
	}
	return parseDay("now", l.Now)
}

// eachBatchLine reads JSON Lines from path (or stdin for "-") and writes one
// JSON object per input line, in order. A line that is not a JSON object is
// taken as the question itself. A bad line yields an object with an error
// instead of stopping the batch.
func eachBatchLine(e *env, path string, do func(batchLine) any) error {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return &exitError{2, fmt.Errorf("无法读取批量文件: %w", err)}
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	for sc.Scan() {
		text := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if text == "" {
			continue
		}
		var line batchLine
		var out any
		if !strings.HasPrefix(text, "{") {
			// A plain line is a question: staff keep lists of questions
			// one per line, not JSON.
			out = do(batchLine{Q: text})
		} else if err := json.Unmarshal([]byte(text), &line); err != nil {
			out = map[string]any{"q": "", "found": false, "error": "无法解析的输入行: " + err.Error(), "citations": []any{}, "results": []any{}}
		} else {
			out = do(line)
		}
		if err := writeJSON(w, out); err != nil {
			return err
		}
	}
	return sc.Err()
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
