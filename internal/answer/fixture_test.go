package answer_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// engineOver indexes a few documents written for a test, alone.
func engineOver(t *testing.T, docs fstest.MapFS) *answer.Engine {
	t.Helper()
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	return &answer.Engine{Index: ix}
}

// bundledWith indexes the bundled corpus with a few more documents beside it.
func bundledWith(t *testing.T, other fs.FS) *index.Index {
	t.Helper()
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{
		{Label: "内置语料", FS: corpus.FS()}, {Label: "其他", FS: other}}})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// wantFound asks req and checks the answer is found and says each of want.
func wantFound(t *testing.T, eng *answer.Engine, req answer.Request, want ...string) *answer.Response {
	t.Helper()
	r, err := eng.Ask(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !r.Found || !strings.Contains(r.Answer, w) {
			t.Errorf("%s: want %q: %s", req.Q, w, r.Answer)
		}
	}
	return r
}

// wantRefused asks req and checks nothing is answered: the documents do
// not say what is asked, and why is what the check would print.
func wantRefused(t *testing.T, eng *answer.Engine, req answer.Request, why string) {
	t.Helper()
	r, err := eng.Ask(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	if r.Found {
		t.Errorf("%s: %s: %s", req.Q, why, r.Answer)
	}
}

// answerTo asks q with now as today and returns the answer, found or not.
func answerTo(t *testing.T, eng *answer.Engine, q string, now time.Time) string {
	t.Helper()
	r, err := eng.Ask(context.Background(), answer.Request{Q: q, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	return r.Answer
}

// answerCase is a question and what its answer must (want, first: in the
// first citation) and must not (not) say, or that it is refused.
type answerCase struct {
	q       string
	want    []string
	not     []string
	first   string
	refused bool
}

// checkAnswers asks each case with now as today and checks its answer.
func checkAnswers(t *testing.T, eng *answer.Engine, now time.Time, cases []answerCase) {
	t.Helper()
	for _, c := range cases {
		r, err := eng.Ask(context.Background(), answer.Request{Q: c.q, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if c.refused && r.Found {
			t.Errorf("%s: want a refusal: %s", c.q, r.Answer)
		}
		for _, w := range c.want {
			if !r.Found || !strings.Contains(r.Answer, w) {
				t.Errorf("%s: want %q: %s", c.q, w, r.Answer)
			}
		}
		if c.first != "" && (len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, c.first)) {
			t.Errorf("%s: want %q cited first: %s", c.q, c.first, r.Answer)
		}
		for _, w := range c.not {
			if strings.Contains(r.Answer, w) {
				t.Errorf("%s: want no %q: %s", c.q, w, r.Answer)
			}
		}
	}
}
