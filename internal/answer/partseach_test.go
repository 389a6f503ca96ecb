package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Each part of a multi-part question wants its own kind of answer: "是谁
// 找到的" after "那个老人叫啥" asks no person's name, so the one document
// answers it among the parts (not part by part, as when no document
// answers them together). (Its first assertion was TestPartsAskedEach-
// WhenNoneTogether's, the same question over the same document, which
// passed through either change.)
func TestPartKeepsItsOwnKindOfAnswer(t *testing.T) {
	docs := fstest.MapFS{
		"jz.txt": {Data: []byte("柳河县民政局2025年救助管理工作总结\n一、寻亲救助\n2025年3月2日,县救助管理站在高铁站找到走失老人韦德明,经核实身份后护送返乡。\n二、源头治理\n全年开展街面巡查86次。\n柳河县民政局\n2026年1月8日\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "走失那个老人叫啥 是谁找到的"}, "县救助管理站")
	if strings.Contains(r.Answer, "关于“是谁找到的”") {
		t.Errorf("the part is answered on its own, not among the parts of one document:\n%s", r.Answer)
	}
}
