package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestFollowUpWithinAnsweredDocument: a short question with no scope of
// its own, after an answer quoting one document that writes every word it
// says, goes on within that document ("审核要几天" after its 准入申请) —
// asked alone it would be about every document that reviews anything.
// Paraphrases the rule was not written from (the fresh30 tune chain was
// 清单外的活怎么申请 → 审核要多少天).
func TestFollowUpWithinAnsweredDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zhunru.txt": {Data: []byte("磐溪镇村级工作事务准入办法\n\n一、准入程序\n（一）准入申请。镇直部门确需村级组织承担清单以外新增任务的，填写准入申请表，向镇党建办公室提出申请。\n（二）审核决定。镇党建办公室在收到申请之日起10个工作日内完成审核，报镇党委会议研究决定。\n（三）备案。经同意准入的事项，在5个工作日内报县委社会工作部备案。\n")},
		"dibao.txt":  {Data: []byte("磐溪县最低生活保障审核确认办法\n\n第八条　乡镇人民政府应当自受理申请之日起15个工作日内完成审核，并将审核意见报县民政局。\n第九条　县民政局应当在收到审核意见后10个工作日内作出确认决定。\n")},
	})
	for _, tc := range []struct {
		first, then, want, other string
	}{
		{"镇直部门要给村里加清单以外的新任务，找哪个办公室申请", "审核一般要几个工作日", "10个工作日", "15个工作日"},
		// A word the quoted document never writes (低保): a new question.
		{"镇直部门要给村里加清单以外的新任务，找哪个办公室申请", "低保乡镇审核要几个工作日", "15个工作日", "报镇党委会议"},
	} {
		first, err := eng.Ask(t.Context(), answer.Request{Q: tc.first})
		if err != nil {
			t.Fatal(err)
		}
		r := wantFound(t, eng, answer.Request{Q: tc.then, History: []answer.Turn{{Q: tc.first, Answer: first.Answer}}}, tc.want)
		if strings.Contains(r.Answer, tc.other) {
			t.Errorf("%s → %s: another document's %q: %s", tc.first, tc.then, tc.other, r.Answer)
		}
	}
}
