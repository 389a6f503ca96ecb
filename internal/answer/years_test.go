package answer_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// With the same office's report for another year beside the bundled one, a
// question naming no year hears from both years, newest first; a named or
// relative year picks its own report.
func TestSeveralYearsOfOneOffice(t *testing.T) {
	src, err := fs.ReadFile(corpus.FS(), "001_5d2ab5fed4f2549d.txt")
	if err != nil {
		t.Fatal(err)
	}
	older := strings.NewReplacer("2025年", "2024年", "2024", "2023", "10场", "8场", "4279对", "3988对").Replace(string(src))
	other := fstest.MapFS{"清城区民政局2023年法治政府建设工作报告.txt": {Data: []byte(older)}}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{
		{Label: "内置语料", FS: corpus.FS()}, {Label: "其他", FS: other}}})
	if err != nil {
		t.Fatal(err)
	}
	eng := &answer.Engine{Index: ix}
	for _, tc := range []struct {
		q, now       string
		want, reject []string
	}{
		{"清城区民政局普法宣传搞了多少场活动?", "2025-03-10", []string{"各年度报告", "2024年度", "10场", "2023年度", "8场"}, nil},
		{"清城区民政局2023年普法宣传搞了多少场活动?", "2025-03-10", []string{"8场"}, []string{"10场"}},
		{"清城区民政局去年结婚登记办了多少对?", "2024-04-01", []string{"3988对", "去年即2023年度"}, []string{"4279对"}},
	} {
		r, err := eng.Ask(context.Background(), answer.Request{Q: tc.q, Now: day(tc.now)})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Found {
			t.Errorf("%s: refused: %s", tc.q, r.Answer)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer lacks %q: %s", tc.q, w, r.Answer)
			}
		}
		for _, w := range tc.reject {
			if strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer has %q from another year: %s", tc.q, w, r.Answer)
			}
		}
		if i, j := strings.Index(r.Answer, "2024年度"), strings.Index(r.Answer, "2023年度"); i >= 0 && j >= 0 && i > j {
			t.Errorf("%s: older year first: %s", tc.q, r.Answer)
		}
	}
}
