package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "资金请示几号报的" asks when the 请示 itself was sent up: its signature's
// date, not a date its text gives of the works it asks money for (review
// 50).
func TestWhenTheNamedDocumentWasSent(t *testing.T) {
	docs := fstest.MapFS{
		"qingshi.txt": {Data: []byte("澧汀县民政局关于申请城关敬老院消防改造补助资金的请示\n\n县人民政府：\n　　城关敬老院消防设施老化，存在安全隐患。项目计划于2025年9月1日开工，2025年12月31日竣工，总投资86万元。\n　　特申请县级补助资金60万元。\n　　妥否，请批示。\n\n澧汀县民政局\n2025年7月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "消防改造请示几号报的"}, "2025年7月8日")
	if r != nil && strings.Contains(r.Answer, "9月1日") {
		t.Errorf("a date of the works given as the 请示's: %s", r.Answer)
	}
}
