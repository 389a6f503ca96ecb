package outline

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	bundled "github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// sharedReports are 政府工作报告 from the material beside the checkout
// (../shared/govreports, or GONGWEN_SHARED), written by none of the
// bundled offices, each ingested into an index of its own.
var sharedReports = []string{"2014年南山区政府工作报告_2014.txt", "2020年光明区政府工作报告_2020.txt"}

const sharedReport = "2014年南山区政府工作报告_2014.txt"

func sharedDir() string {
	if d := os.Getenv("GONGWEN_SHARED"); d != "" {
		return d
	}
	for _, d := range []string{"../../../shared", "../../../../shared", "/work/shared"} {
		if _, err := os.Stat(filepath.Join(d, "govreports", sharedReport)); err == nil {
			return d
		}
	}
	return ""
}

// TestSharedReport drafts the whole-report outline, with drafts, and the
// part and topic outlines staff ask for, for an office known only from a
// report ingested from ../shared: five parts, labels that match their
// sentences, full-width generated text, drafts without figures, and a DOCX.
func TestSharedReport(t *testing.T) {
	dir := sharedDir()
	if dir == "" {
		t.Skip("../shared/govreports is not beside the checkout; set GONGWEN_SHARED to run this check")
	}
	for _, name := range sharedReports {
		t.Run(name, func(t *testing.T) { checkSharedReport(t, dir, name) })
	}
}

func checkSharedReport(t *testing.T, dir, name string) {
	data, err := os.ReadFile(filepath.Join(dir, "govreports", name))
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "shared", FS: fstest.MapFS{name: {Data: data}}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var org string
	var year int
	for _, d := range ix.Docs() {
		org, year = d.Org, d.Year
	}
	if org == "" || year == 0 {
		t.Fatalf("metadata org %q year %d", org, year)
	}
	o, err := Build(context.Background(), ix, Request{Org: org, Year: year + 1, Now: now, Draft: true, Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	parts := 0
	for _, s := range o.Sections {
		if !s.Reference {
			parts++
		}
	}
	if parts != 5 {
		t.Errorf("%d parts", parts)
	}
	var docTexts []string
	for _, d := range ix.Docs() {
		docTexts = append(docTexts, d.Text, d.Title)
	}
	walk(o.Sections, func(s Section) {
		for _, b := range s.Bullets {
			for _, m := range figurePlaceholderRe.FindAllStringSubmatch(b.Text, -1) {
				k, _ := strconv.Atoi(m[5])
				if why := checkLabel(m[2], m[4], o.Citations[k-1].Text); why != "" {
					t.Errorf("%s: %s\n  source: %s", m[0], why, o.Citations[k-1].Text)
				}
			}
			if g := generatedText(citeMarkRe.ReplaceAllString(b.Text, ""), docTexts); halfWidthRe.MatchString(g) {
				t.Errorf("half-width punctuation in generated %q", b.Text)
			}
			if b.Draft != "" {
				plain := citeRe.ReplaceAllString(b.Draft, "")
				if locs := figureLocs(plain); len(locs) > 0 {
					t.Errorf("draft states figure %q: %q", plain[locs[0][0]:locs[0][1]], b.Draft)
				}
				if !citeRe.MatchString(b.Draft) {
					t.Errorf("draft without citation: %q", b.Draft)
				}
			}
		}
	})
	if _, err := DOCX(o); err != nil {
		t.Fatal(err)
	}
	for _, section := range []string{"依法行政", "存在的问题", "工作计划", "第一责任人", "其他情况", "政务公开"} {
		if _, err := Build(context.Background(), ix, Request{Section: section, Org: org, Year: year + 1, Now: now}); err != nil && !strings.Contains(err.Error(), "没有可引用的材料") {
			t.Errorf("section %s: %v", section, err)
		}
	}
}

// BenchmarkBuildShared drafts over the bundled corpus and all of
// ../shared/govreports (163 documents, most of them other places'
// 政府工作报告), where the offline outline must still find its office's
// material among many more passages.
func BenchmarkBuildShared(b *testing.B) {
	dir := sharedDir()
	if dir == "" {
		b.Skip("../shared/govreports is not beside the checkout")
	}
	ix, _, err := index.Ingest(context.Background(), b.TempDir(), embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "内置语料", FS: bundled.FS()}, {Label: "shared", FS: os.DirFS(filepath.Join(dir, "govreports"))}},
	})
	if err != nil {
		b.Fatal(err)
	}
	// cold forgets the documents' readings before each outline, as a
	// one-shot CLI run starts without them; warm is a server's second ask.
	for _, tc := range []struct {
		name, section string
		cold          bool
	}{{"section-cold", "加强法治宣传教育", true}, {"whole-cold", "", true}, {"section-warm", "加强法治宣传教育", false}, {"whole-warm", "", false}} {
		b.Run(tc.name, func(b *testing.B) {
			var ds []time.Duration
			for b.Loop() {
				if tc.cold {
					docSections.Lock()
					docSections.m = nil
					docSections.Unlock()
				}
				start := time.Now()
				if _, err := Build(context.Background(), ix, Request{Section: tc.section, Org: "清城区", Year: 2025, Now: now}); err != nil {
					b.Fatal(err)
				}
				ds = append(ds, time.Since(start))
			}
			slices.Sort(ds)
			b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-ms")
		})
	}
}
