package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A number to call is asked: a 文号 is no phone number, so a passage that
// gives only a 文号 does not answer "电话多少" — the one with a phone does.
func TestPhoneAskedIsNoDocNumber(t *testing.T) {
	docs := fstest.MapFS{
		"shetuan.txt": {Data: []byte("崞阳县摄影家协会成立登记公示\n\n一、基本情况\n业务主管单位批复：《关于同意成立崞阳县摄影家协会的批复》（崞文联〔2025〕4号）。\n住所：崞阳县文化路12号。\n二、其他\n公示期间如有异议请向县民政局反映。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r, err := eng.Ask(t.Context(), answer.Request{Q: "摄影协会电话多少"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found && strings.Contains(r.Answer, "〔2025〕4号") {
		t.Errorf("a 文号 answers a phone number: %s", r.Answer)
	}
	docs["lianxi.txt"] = &fstest.MapFile{Data: []byte("崞阳县摄影家协会联系方式\n\n秘书处电话：0391-6612345\n")}
	eng = &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "摄影家协会秘书处电话是多少"}, "0391-6612345")
}
