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

// A report's plan for a year dates its items by the part they stand in:
// "二、2026年工作打算 > （一）8月底前完成…" answers "今年几月底建好" in
// 2026 (review 45).
func TestPlanPartDatesAhead(t *testing.T) {
	docs := fstest.MapFS{
		"r2025.txt": {Data: []byte("柳河县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n一、工作情况\n2025年新建村级互助养老点12个，2025年3月完成敬老院消防改造验收。\n二、2026年工作打算\n（一）8月底前完成县级养老服务指导中心建设。\n（二）做好居家养老上门服务。\n柳河县民政局\n2026年1月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "养老服务指导中心今年几月底建好", Now: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}, "8月底前")
	// "是几月建好的" asks when it was done: a plan does not say (review 46).
	r, err := eng.Ask(t.Context(), answer.Request{Q: "养老服务指导中心今年是几月建好的", Now: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found {
		t.Errorf("a plan answered what was done: %s", r.Answer)
	}
}
