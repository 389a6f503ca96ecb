package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A form or a report that writes the day it was made in a field of its
// own ("填表日期：…", "报告编制日期：…") is dated by it when staff ask when
// it was made — not by a later check's day under it, nor by a day its
// text tells of.
func TestMadeDayField(t *testing.T) {
	docs := fstest.MapFS{
		"tongji.txt": {Data: []byte("崞阳县城关镇2025年第二季度孤儿基本生活费发放统计表\n\n一、发放情况\n本季度发放孤儿基本生活费12人，于2025年4月8日前发放到位。\n二、说明\n无新增对象。\n\n填表人：邬小青\n填表日期：2025年7月3日\n审核人：满天佑\n审核日期：2025年7月9日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "孤儿生活费统计表是哪天填好的"}, "2025年7月3日")
	if strings.Contains(r.Answer, "7月9日") || strings.Contains(r.Answer, "4月8日") {
		t.Errorf("another day dates the form: %s", r.Answer)
	}
}
