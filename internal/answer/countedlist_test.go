package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A sentence that closes its list with a count ("察看了A、B、C等6个点位")
// answers "看了哪些点" whole: the items of a section whose heading names
// the same place do not stand in for it.
func TestCountedListAnswersWhich(t *testing.T) {
	docs := fstest.MapFS{
		"kaocha.txt": {Data: []byte("关于赴沩澜县学习考察农村互助养老的情况报告\n\n县人民政府：\n　　2026年3月9日至11日，县民政局组织考察组赴沩澜县学习。考察组先后察看了沩澜县城关镇敬老院、石门乡互助幸福院、青溪村老年食堂、岭下村日间照料中心等6个点位，并与沩澜县民政局座谈。\n　　一、沩澜县主要做法\n　　（一）建设互助幸福院。沩澜县建成互助幸福院58个。\n　　（二）推行时间银行。沩澜县注册志愿者3200人。\n　　（三）落实运营补贴。沩澜县每院每年补助2万元。\n　　二、几点建议\n　　（一）加快站点建设。\n\n澧汀县民政局\n2026年3月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, q := range []string{"在沩澜都看了哪些点", "沩澜考察都去了哪几个点"} {
		r := wantFound(t, eng, answer.Request{Q: q}, "石门乡互助幸福院", "岭下村日间照料中心")
		if r != nil && strings.Contains(r.Answer, "推行时间银行") {
			t.Errorf("%s: the section's items stand in for the list: %s", q, r.Answer)
		}
	}
}
