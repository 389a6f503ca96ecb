package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// "今年几月底前要弄完" asks a date this year, which an earlier year's
// document may set: the 2025 report's "2026年9月30日前…完成" answers,
// though no document is of 2026.
func TestDateAheadInEarlierDocument(t *testing.T) {
	docs := fstest.MapFS{
		"zongjie.txt": {Data: []byte("柳河县民政局关于2025年度档案数字化工作情况的报告\n县档案局：\n一、工作情况\n2025年完成文书档案数字化扫描8600卷。\n二、下一步安排\n2026年9月30日前完成婚姻登记历史档案数字化补录，实现全部档案在线查询。\n柳河县民政局\n2026年1月15日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "婚姻登记老档案补录今年几月底前要弄完", Now: time.Date(2026, 4, 2, 0, 0, 0, 0, time.UTC)}, "2026年9月30日前")
}
