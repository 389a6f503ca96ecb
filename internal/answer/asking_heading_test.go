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
