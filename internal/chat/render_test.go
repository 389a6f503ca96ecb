package chat

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/golden"
)

// The Markdown that 企业微信 and 钉钉 show, in testdata/markdown/*.md
// (go test -update rewrites them).
func TestMarkdownGolden(t *testing.T) {
	report := document.Ref{Title: "清远市清城区民政局2024年法治政府建设工作报告", Year: 2024}
	many := make([]answer.Citation, 7)
	for i := range many {
		many[i] = answer.Citation{N: i + 1, Doc: report, Section: fmt.Sprintf("一、2024年工作情况 > (%s)", "一二三四五六七"[i*3:i*3+3]),
			Text: fmt.Sprintf("第%d段:全年共开展普法宣传活动10场,\n发放宣传资料3000余份,接受群众咨询500余人次。", i+1)}
	}
	tests := []struct {
		name string
		resp answer.Response
	}{
		{"found", answer.Response{Found: true, Answer: "2024年,我局共开展普法宣传活动10场[1],发放宣传资料3000余份[2]。",
			Scope: answer.Scope{Basis: "依据: 清城区民政局 2024年报告"}, Citations: many[:2]}},
		{"many_citations", answer.Response{Found: true, Answer: "见各段[1][2][3][4][5][6][7]。", Citations: many}},
		{"many_uncited", answer.Response{Found: true, Answer: "见第六段[6]。", Citations: many}},
		{"not_found_related", answer.Response{Answer: "", Note: "没有2025年的报告,最近的是2024年。",
			Related: []answer.Citation{{Doc: document.Ref{Title: "株洲市民政局法治政府建设实施方案"}, Section: "", Text: "局办公室牵头。"}}}},
		// A refusal that cites what might bear on the question lists it as
		// the CLI does: 可能相关, not 来源.
		{"not_found_citations", answer.Response{Answer: "资料中未找到对“常年法律顾问是哪家律所”的明确说法。可能相关:《清远市清城区民政局2024年法治政府建设工作报告》“(六)”部分[1]。",
			Citations: many[:1]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden.Check(t, filepath.Join("testdata", "markdown", tt.name+".md"), Markdown(&tt.resp)+"\n")
		})
	}
}
