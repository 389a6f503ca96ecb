package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Staff say 解约 of what an agreement writes 解除合同: a question asking
// whether it may be ended finds the clause that rules on it.
func TestEndingAnAgreementAskedAsJieyue(t *testing.T) {
	docs := fstest.MapFS{
		"hetong.txt": {Data: []byte("澧汀县社区食堂委托运营合同\n\n甲方：澧汀县城南街道办事处\n乙方：澧汀县禾丰餐饮管理有限公司\n第一条 委托期限\n委托期限为2年。\n第二条 考核\n乙方季度考核不合格的，由甲方约谈乙方负责人并限期整改。\n第三条 违约责任\n乙方连续两个季度考核不合格的，甲方有权解除合同。\n第四条 其他\n本合同一式四份。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "食堂运营考核不合格街道能解约不"}, "解除合同")
	if !strings.Contains(r.Citations[0].Text, "解除合同") {
		t.Errorf("the clause that rules on ending it is not the first answer: %s", r.Answer)
	}
}
