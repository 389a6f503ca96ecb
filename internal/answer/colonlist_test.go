package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestColonBeforeAnotherPick: a sentence that announces a list ("有下列
// 情形之一的，可以申请临时救助：") is followed by its items even when
// another sentence was picked after it.
func TestColonBeforeAnotherPick(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xize.txt": {Data: []byte("崞阳县临时救助实施细则\n第一条 为规范临时救助工作，制定本细则。\n第五条 家庭成员有下列情形之一的，可以申请临时救助：\n（一）因火灾、交通事故等意外事件导致基本生活暂时出现严重困难的；\n（二）因家庭成员患重大疾病导致基本生活暂时出现严重困难的；\n（三）遭遇其他特殊困难的。\n第六条 申请临时救助的家庭应如实申报家庭成员情况。\n崞阳县民政局\n2026年2月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "家里出了啥事能申请临时救助", want: []string{"意外事件", "重大疾病"}},
	})
}
