package slackbot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/slack-go/slack"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/plan"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/<name>, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file; got:\n%s", path, got)
	}
}

func blocksJSON(t *testing.T, blocks []slack.Block, fallback string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(map[string]any{"text": fallback, "blocks": blocks}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var (
	report2024 = document.Ref{ID: "001", Title: "清远市清城区民政局2024年法治政府建设工作报告", Org: "清远市清城区民政局", Year: 2024, Kind: document.KindReport}
	plan2021   = document.Ref{ID: "002", Title: "株洲市法治民政建设实施方案(2021-2023年)", Org: "株洲市民政局", Kind: document.KindPlan}
)

func citations(n int) []answer.Citation {
	var out []answer.Citation
	for i := 1; i <= n; i++ {
		out = append(out, answer.Citation{N: i, Doc: report2024, Section: "一、2024年工作情况 > (五)加强法治宣传教育",
			Text: fmt.Sprintf("全年共开展普法宣传活动%d场,发放宣传资料3000余份,<受众>超过1万人次&。\n这是一段很长的原文,", i*10) + strings.Repeat("用于检验引文是否被截断。", 20)})
	}
	return out
}

func TestAnswerBlocks(t *testing.T) {
	tests := []struct {
		name string
		resp answer.Response
	}{
		{"found", answer.Response{Q: "去年普法宣传搞了多少场活动?", Found: true, Mode: "extractive",
			Answer:    "2024年全年共开展普法宣传活动10场[1],发放宣传资料3000余份[1]。",
			Scope:     answer.Scope{Basis: "依据: 清远市清城区民政局2024年法治政府建设工作报告"},
			Citations: citations(1)}},
		// Every source the answer cites by [n] is listed, however many.
		{"many_citations", answer.Response{Q: "普法", Found: true, Answer: "见下列出处[1][2][3][4][5][6][7]。", Citations: citations(7)}},
		// Sources it does not cite are listed up to five, the rest counted.
		{"many_uncited", answer.Response{Q: "普法", Found: true, Answer: "见出处[1]。", Citations: citations(7)}},
		{"not_found_related", answer.Response{Q: "2030年的报告", Found: false,
			Answer:  "语料中没有2030年的报告。最接近的是2024年报告。",
			Related: []answer.Citation{{Doc: plan2021, Section: "", Text: "(一)加强组织领导。"}}, Note: "LLM 不可用,已改用摘录回答"}},
		// A refusal's citations are what might bear on the question: 可能相关.
		{"not_found_citations", answer.Response{Q: "常年法律顾问是哪家律所", Found: false,
			Answer: "资料中未找到对“常年法律顾问是哪家律所”的明确说法。可能相关:《清远市清城区民政局2024年法治政府建设工作报告》“(五)”部分[1]。", Citations: citations(1)}},
		{"empty", answer.Response{Q: "?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, fallback := answerBlocks(&tt.resp, "fb123")
			golden(t, filepath.Join("blocks", tt.name+".json"), blocksJSON(t, blocks, fallback))
			var cites, actions int
			for _, b := range blocks {
				if s, ok := b.(*slack.SectionBlock); ok && strings.HasPrefix(s.Text.Text, "*[") {
					cites++
				}
				if _, ok := b.(*slack.ActionBlock); ok {
					actions++
				}
			}
			if want := max(maxCitations, strings.Count(tt.resp.Answer, "[")); cites > want {
				t.Errorf("%d citations shown, want at most %d", cites, want)
			}
			if actions != 1 {
				t.Errorf("%d action blocks, want the feedback buttons once", actions)
			}
		})
	}
}

func TestOtherBlocks(t *testing.T) {
	items := []plan.PlanItem{
		{GroupNo: "(一)", Number: "1.", Title: "健全法治民政工作领导体制", Lead: []string{"局办公室"}, Coop: []string{"各科室", "局属单位"}},
		{GroupNo: "(三)", Number: "2.", Title: "深化行政执法体制改革", Lead: []string{"局办公室", "政策法规科"}, Deadline: "2022年底前"},
	}
	tests := []struct {
		name   string
		render func() ([]slack.Block, string)
	}{
		{"plan_items", func() ([]slack.Block, string) { return planItemsBlocks(items, "局办公室") }},
		{"plan_items_none", func() ([]slack.Block, string) { return planItemsBlocks(nil, "不存在的科") }},
		{"outline", func() ([]slack.Block, string) {
			return outlineBlocks(&Outline{Title: "加强法治宣传教育(2025年度)", Markdown: "# 加强法治宣传教育(2025年度)\n\n主题:普法与法治宣传 · 年度:2025\n\n> 说明:数字待更新 <2025>\n\n## 一、加强法治宣传教育\n### (一)落实“谁执法谁普法”责任制\n1. 全年开展普法活动 **[待填]** 场 [1]\n"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			blocks, fallback := tt.render()
			golden(t, filepath.Join("blocks", tt.name+".json"), blocksJSON(t, blocks, fallback))
		})
	}
}

func TestSectionsSplitLongText(t *testing.T) {
	line := strings.Repeat("汉", 99) + "\n"
	text := strings.Repeat(line, 70) // 7000 runes
	blocks := sections(text)
	if len(blocks) < 3 {
		t.Fatalf("got %d blocks, want the text split in at least 3", len(blocks))
	}
	var total int
	for _, b := range blocks {
		n := len([]rune(b.(*slack.SectionBlock).Text.Text))
		if n > 3000 {
			t.Errorf("section of %d runes exceeds Slack's 3000", n)
		}
		total += n
	}
	if want := 70 * 99; total < want {
		t.Errorf("lost text: %d runes kept, want at least %d", total, want)
	}
}

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"短句。", "> 短句。"},
		{"a <b> & c\n\n  d", "> a &lt;b&gt; &amp; c d"},
		{strings.Repeat("字", 200), "> " + strings.Repeat("字", maxQuoteRunes-1) + "…"},
	}
	for _, tt := range tests {
		t.Run(tt.want[:min(len(tt.want), 12)], func(t *testing.T) {
			if got := quote(tt.in); got != tt.want {
				t.Errorf("quote(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
