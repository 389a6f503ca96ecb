package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A span of days bounded from below or above ("不少于15日", "最长不超过
// 20个工作日") answers "多长": it is a figure, though "15日" alone reads
// as a day of the month.
func TestBoundedSpanIsFigure(t *testing.T) {
	docs := fstest.MapFS{
		"buzheng.txt": {Data: []byte("崞阳县民政局关于社会组织登记材料补正的告知书\n崞阳县夕阳红志愿服务协会：\n你会报送的变更登记材料不齐全。请于收到本告知书后补正以下材料：法定代表人身份证明、理事会决议。我局给予不少于20日的补正期，逾期未补正的，视为撤回申请。\n崞阳县民政局\n2026年5月6日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "夕阳红协会登记材料补正期给了多长"}, "不少于20日")
}
