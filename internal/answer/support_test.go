package answer

import (
	"sort"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// TestSupportThreshold measures what minSupport separates: a sentence of
// the bundled corpus cited against a passage of another document (a claim
// its citation does not back) against faithful rewordings of a passage.
func TestSupportThreshold(t *testing.T) {
	var sentences [][2]string // doc id, sentence
	fsys := corpus.FS()
	for _, name := range []string{"000_12c169896502c5d3.txt", "001_5d2ab5fed4f2549d.txt", "003_bcdce05153399615.txt", "004_c5029b86a2490bce.txt"} {
		data, err := fsys.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		buf := new(strings.Builder)
		b := make([]byte, 1<<16)
		for {
			n, err := data.Read(b)
			buf.Write(b[:n])
			if err != nil {
				break
			}
		}
		data.Close()
		d, err := document.Load(name, name, []byte(buf.String()), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range zh.Sentences(d.Text, false) {
			s := d.Text[sp.Start:sp.End]
			if len(contentBigrams(s)) >= 6 && len([]rune(s)) <= 120 {
				sentences = append(sentences, [2]string{name, s})
			}
		}
	}
	var unrelated []float64
	for i := 0; i < len(sentences); i += 7 {
		for j := 3; j < len(sentences); j += 41 {
			if sentences[i][0] == sentences[j][0] {
				continue
			}
			unrelated = append(unrelated, support(sentences[i][1], []string{sentences[j][1]}))
		}
	}
	sort.Float64s(unrelated)
	p95 := unrelated[len(unrelated)*95/100]
	t.Logf("%d unrelated pairs: support p50 %.2f, p95 %.2f, max %.2f", len(unrelated), unrelated[len(unrelated)/2], p95, unrelated[len(unrelated)-1])
	if p95 >= minSupport {
		t.Errorf("unrelated sentences reach support %.2f at p95, at or above minSupport %.2f", p95, minSupport)
	}

	passage := "2024年,我局共开展普法宣传活动10场。"
	title := "清远市清城区民政局2024年法治政府建设工作报告"
	for _, c := range []struct {
		sentence string
		ok       bool
	}{
		{"2024年清城区民政局共开展了10场普法宣传活动", true},
		{"据报告,该局全年开展普法宣传活动10场", true},
		{"普法宣传活动共开展10场", true},
		{"本局各项工作均无任何问题,无需整改", false},
		{"清城区民政局已全面完成整改,群众满意度达到百分之百", false},
	} {
		got := support(c.sentence, []string{passage, title})
		if (got >= minSupport) != c.ok {
			t.Errorf("support(%q) = %.2f; want supported %v", c.sentence, got, c.ok)
		}
	}
}
