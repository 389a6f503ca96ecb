package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestHeadingThatAsks: a 明白纸's heading written as a question
// ("二、哪些情况不再发放补贴？") is answered by the items under it, even
// after a blank line; the heading alone answers nothing.
func TestHeadingThatAsks(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"mingbaizhi.txt": {Data: []byte("柘岭县残疾人两项补贴政策明白纸\n一、谁能领补贴？\n\n1.具有本县户籍、持有第二代残疾人证的低保家庭残疾人；\n2.残疾等级为一级、二级的重度残疾人。\n二、哪些情况不再发放补贴？\n\n1.补贴对象死亡的；\n2.户籍迁出本县的；\n3.入狱服刑的。\n柘岭县民政局\n2026年3月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "人要是坐牢了还能不能继续发补贴", want: []string{"入狱服刑"}},
		{q: "什么样的残疾人能领到补贴", want: []string{"重度残疾人"}},
	})
}

// TestHeadingThatAsksAlone (review 31): a heading that asks with nothing
// under it is answered by no sibling heading; an outline of such
// questions is quoted as what it asks.
func TestHeadingThatAsksAlone(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"wenda.txt":  {Data: []byte("柘岭县低保政策问答\n一、申请条件\n本县户籍家庭人均收入低于低保标准的，可以申请。\n二、办理程序\n（一）到哪里申请？\n（二）多长时间能办结？\n（三）对结果有异议怎么办？\n柘岭县民政局\n2026年3月1日\n")},
		"tigang.txt": {Data: []byte("柘岭县社会救助工作调研提纲\n一、基本情况\n（一）低保对象动态管理是否规范？\n（二）特困人员照料服务是否落实？\n（三）急难型救助是否做到先行救助？\n柘岭县民政局\n2026年4月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "低保申请渠道有哪些", not: []string{"多长时间能办结"}},
		{q: "调研提纲里急难型救助问的什么", want: []string{"先行救助"}},
	})
}
