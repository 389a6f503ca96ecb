package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestReviewFindings33 pins what review 33 found, on the reviewer's own
// documents.
func TestReviewFindings33(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"butie.txt":   {Data: []byte("白石县高龄老人津贴发放办法\n第一条 为做好高龄老人津贴发放工作，制定本办法。\n第二条 高龄津贴金额由县民政局会同县财政局确定，并报县政府备案。\n第三条 80至89周岁老人每人每月发放100元，90至99周岁每人每月发放200元。\n第四条 津贴资金县级承担比例根据财力情况适时调整。\n第五条 县财政承担70%，乡镇承担30%。\n第六条 停车场实行分时间段收费，高峰时间段每小时5元，其他时间段每小时2元。\n白石县人民政府\n2026年2月1日\n")},
		"zongjie.txt": {Data: []byte("会同县2025年工作总结\n全县城镇新增就业5600人，较2024年增加300人。\n会同县人民政府\n2026年1月3日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC), []answerCase{
		// 1: 时间段 as content is no when-question.
		{q: "其他时间段每小时收多少钱", want: []string{"2元"}},
		// 3: a year compared with is not the figure's.
		{q: "会同县2025年新增就业多少人", want: []string{"5600人"}},
	})
	// 2: a yes-or-no question that states a figure is not answered by a
	// sentence that states none.
	r, err := eng.Ask(context.Background(), answer.Request{Q: "县级承担比例是不是70%"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found && !strings.Contains(r.Answer, "70%") {
		t.Errorf("answered without the figure: %s", r.Answer)
	}
}
