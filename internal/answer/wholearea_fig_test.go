package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// A figure given of a wider whole area (全县) does not answer for a town
// the passage does not write: "鄣岭镇…多少户" is refused where the county's
// total alone is stated, and answered where the town's row is.
func TestWholeAreaFigureNotTheTowns(t *testing.T) {
	docs := fstest.MapFS{
		"shigai.txt":  {Data: []byte("柳河县民政局关于2025年困难老年人家庭适老化改造完成情况的报告\n县人民政府：\n一、总体情况\n2025年全县共完成困难老年人家庭适老化改造1260户，覆盖9个乡镇。\n二、存在问题\n鄣岭镇部分改造户验收资料不全。\n柳河县民政局\n2026年1月8日\n")},
		"tongzhi.txt": {Data: []byte("柳河县民政局关于下达2026年适老化改造任务的通知\n各乡镇人民政府：\n2026年全县计划改造1500户，其中白沙乡改造任务为210户。\n柳河县民政局\n2026年2月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "鄣岭镇去年适老化改造做了多少户"}, "the county's total is not the town's")
	wantFound(t, eng, answer.Request{Q: "白沙乡今年适老化改造任务多少户", Now: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}, "210户")
}
