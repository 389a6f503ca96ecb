package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Who filled in a form is a field of its head or foot (填表人), beside the
// one who checked it on the same line; asked with who checked it, the
// second part is answered too, not left unanswered — the part's words of
// the document's title name it, no more of what is asked.
func TestFormFilledAndCheckedBy(t *testing.T) {
	docs := fstest.MapFS{
		"hmc.txt": {Data: []byte("崞阳县石塘镇2026年第一季度低保对象花名册\n\n填表单位：石塘镇民政办\n填表人：韦丽　　　　审核人：覃国强\n\n序号 | 姓名 | 村别 | 保障人数 | 月保障金（元）\n1 | 蔺秀英 | 石塘村 | 2 | 860\n2 | 骆长庚 | 柘溪村 | 1 | 430\n\n制表日期：2026年3月28日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	if r := wantFound(t, eng, answer.Request{Q: "石塘镇那份低保花名册是谁填的"}, "填表人为韦丽"); strings.Contains(r.Answer, "覃国强") {
		t.Errorf("the checker is no filler: %s", r.Answer)
	}
	r := wantFound(t, eng, answer.Request{Q: "石塘镇低保对象花名册是谁填报的 审核人是谁"}, "韦丽")
	if !strings.Contains(r.Answer, "覃国强") || strings.Contains(r.Answer, "未找到") {
		t.Errorf("the checker is the head's as well: %s", r.Answer)
	}
}
