package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A question that asks a document's head and something its text says
// ("第12号建议是谁提的，哪些单位协办") is answered in both: the head
// where it is stated, the rest from the text of the same document.
func TestHeadAndTextParts(t *testing.T) {
	docs := fstest.MapFS{
		"df.txt": {Data: []byte("对县人大十八届三次会议第12号建议的答复\n\n尤建华代表：\n　　您提出的《关于加强农村敬老院消防安全管理的建议》（第12号）收悉。该建议由我局主办，县应急管理局、县消防救援大队协办。现答复如下：\n一、基本情况\n全县现有敬老院11所。\n二、下一步工作\n2026年底前完成全部敬老院喷淋系统改造。\n柳河县民政局\n2026年6月10日\n")},
		"qt.txt": {Data: []byte("柳河县民政局2025年工作总结\n一、主要工作\n全年办理建议提案21件，均由县政府办公室协办督办。\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "第12号建议是谁提的，哪些单位协办"}, "尤建华")
	if !strings.Contains(r.Answer, "县消防救援大队") {
		t.Errorf("the 协办 units not answered: %s", r.Answer)
	}
}
