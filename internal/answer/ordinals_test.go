package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A list written 一是…。…。二是…。… on one line, each item running on in
// sentences of its own, is answered whole: the 二是, 三是 that open the
// later items are taken, the sentences that explain each passed over —
// for one document's answer and for each of several.
func TestOrdinalsAcrossSentences(t *testing.T) {
	line := "对照上级要求，我局工作仍存在一些短板和不足：一是学法用法还不够经常。部分干部学法流于形式。二是执法程序仍不规范。个别案卷文书不全。三是普法针对性不强。宣传方式单一。"
	docs := fstest.MapFS{
		"a.txt": {Data: []byte("柳河县民政局2024年法治政府建设工作报告\n一、主要成效\n全年开展普法活动12场。\n二、存在的问题\n" + line + "\n三、下一步打算\n继续加强学法用法。\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "民政局2024年报告里说的短板有哪几条"}, "学法用法还不够经常", "执法程序仍不规范", "普法针对性不强")
	if strings.Contains(r.Answer, "个别案卷文书不全") {
		t.Errorf("an item's explanation taken as an item: %s", r.Answer)
	}
}
