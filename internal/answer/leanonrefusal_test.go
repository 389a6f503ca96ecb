package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "没销完还能再领吗" after "备用金多久要核销": a short question whose own
// words no document writes finds nothing asked alone; it is asked again
// as a follow-up of the question before, whose matter it speaks of.
func TestShortQuestionLeansWhenAloneFindsNothing(t *testing.T) {
	docs := fstest.MapFS{
		"shouce.txt": {Data: []byte("澧汀县民政局财务管理手册（摘编）\n\n第一章 备用金\n第一条 备用金应在事项完成后5个工作日内办理核销，前次未核销的不得再次领用。\n第二条 备用金领用须经股室负责人审批。\n第二章 报销\n第三条 出差人员应在返回后20日内报销差旅费。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	history := []answer.Turn{{Q: "备用金多久要核销"}}
	wantFound(t, eng, answer.Request{Q: "没销完还能再领吗", History: history}, "不得再次领用")
	// Asked alone, it finds nothing: what it speaks of is only in the
	// question before.
	r, err := eng.Ask(t.Context(), answer.Request{Q: "没销完还能再领吗"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found {
		t.Errorf("asked alone, answered: %s", r.Answer)
	}
	// A new question the documents do not answer stays refused, though
	// the question before it is answered by them: what the earlier
	// matter's sentence cites says nothing the new one adds.
	for _, tc := range []struct{ first, then string }{
		{"出差回来多少天内要报差旅费", "婚假有几天"},
		{"备用金领用谁审批", "请假谁批"},
		{"备用金多久要核销", "加班费怎么算"},
	} {
		r, err := eng.Ask(t.Context(), answer.Request{Q: tc.then, History: []answer.Turn{{Q: tc.first}}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Found {
			t.Errorf("%s after %s: answered: %s", tc.then, tc.first, r.Answer)
		}
	}
}
