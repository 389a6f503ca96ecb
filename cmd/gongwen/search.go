package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
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
	do := func(q string, now time.Time, k int) (searchOutput, error) {
		// "去年的报告里…" ranks that year's reports as "2024年…" would.
		// …and the documents it names, or the office and year it is
		// about, rank as ask reads them.
		hits, err := eng.Search(ctx, q, k, filter, now)
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
		fail := func(q string, err error) any {
			return searchOutput{Q: q, Results: []searchResult{}, Error: err.Error()}
		}
		return eachBatchLine(e, *batch, batchJob{what: "检索词", now: now, fail: fail,
			do: func(line batchLine, day time.Time) any {
				n := *k
				if line.K != nil {
					// As "k" in the body of /v1/search.
					if err := httpapi.CheckK(*line.K); err != nil {
						return fail(line.Q, err)
					}
					n = *line.K
				}
				out, err := do(line.Q, day, n)
				if err != nil {
					return fail(line.Q, err)
				}
				return out
			}})
	}
	out, err := do(query, now, *k)
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

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
