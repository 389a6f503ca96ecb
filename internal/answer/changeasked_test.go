package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// "比去年多安排了多少" asks how a figure changed: what states the change
// ("较上年增加240万元") answers it, not this year's figure alone, though
// that sentence says the question's words as well.
func TestChangeAskedIsAnsweredByTheChange(t *testing.T) {
	docs := fstest.MapFS{
		"yusuan.txt": {Data: []byte("崞阳县民政局2026年部门预算说明\n一、支出预算\n2026年临时救助资金预算安排1860万元，用于困难群众临时救助。\n临时救助资金较上年增加240万元，主要是救助标准提高。\n二、其他\n严格预算执行。\n崞阳县民政局\n2026年2月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []string{"临时救助资金今年比去年多给了多少", "今年的临时救助资金跟去年比增加了多少"} {
		r := wantFound(t, eng, answer.Request{Q: q, Now: now}, "240万元")
		if strings.Index(r.Answer, "240万元") > strings.Index(r.Answer, "1860万元") && strings.Contains(r.Answer, "1860万元") {
			t.Errorf("%s: the change is not the first answer: %s", q, r.Answer)
		}
	}
}
