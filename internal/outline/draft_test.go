package outline

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/llm"
)

// TestOfflineDraftCitesEveryFigure: offline, every draft paragraph of every
// bundled report's whole-report outline and of the section outlines cites
// its source, states no figure (last year's are 【待补充】), keeps no
// number its source lacks, and speaks of the year drafted.
func TestOfflineDraftCitesEveryFigure(t *testing.T) {
	outlines := map[string]*Outline{}
	for _, d := range testIndex.Docs() {
		if d.Kind != "report" {
			continue
		}
		o, err := Build(context.Background(), testIndex, Request{Org: d.Org, Year: d.Year + 1, Now: now, Draft: true})
		if err != nil {
			t.Fatal(err)
		}
		outlines[d.Org] = o
	}
	for _, tc := range goldenCases[:4] {
		o, err := Build(context.Background(), testIndex, Request{Section: tc.section, Org: "清城区", Year: 2025, Now: now, Draft: true})
		if err != nil {
			t.Fatal(err)
		}
		outlines[tc.name] = o
	}
	drafts := 0
	for name, o := range outlines {
		walk(o.Sections, func(s Section) {
			for _, b := range s.Bullets {
				if b.Draft == "" {
					continue
				}
				drafts++
				marks := citeRe.FindAllStringSubmatch(b.Draft, -1)
				if len(marks) == 0 {
					t.Errorf("%s: draft without citation: %q", name, b.Draft)
				}
				var cited []string
				for _, m := range marks {
					n, _ := strconv.Atoi(m[1])
					if !containsInt(b.Citations, n) {
						t.Errorf("%s: draft cites [%d], its point does not: %q", name, n, b.Draft)
						continue
					}
					c := o.Citations[n-1]
					cited = append(cited, c.Text)
					if strings.Contains(b.Draft, strconv.Itoa(c.Doc.Year)+"年") && c.Doc.Year != o.Year {
						t.Errorf("%s: draft keeps the source's year %d: %q", name, c.Doc.Year, b.Draft)
					}
				}
				plain := citeRe.ReplaceAllString(b.Draft, "")
				for _, loc := range figureLocs(plain) {
					if r, _ := utf8.DecodeLastRuneInString(plain[:loc[0]]); r != '.' && r != '·' {
						t.Errorf("%s: draft states figure %q: %q", name, plain[loc[0]:loc[1]], b.Draft)
					}
				}
				if n, ok := unsupportedNumber(b.Draft, cited, o.Year); !ok {
					t.Errorf("%s: draft number %s is in no cited passage: %q", name, n, b.Draft)
				}
				if halfWidthRe.MatchString(plain) {
					t.Errorf("%s: half-width punctuation in draft %q", name, b.Draft)
				}
			}
		})
	}
	if drafts < 20 {
		t.Fatalf("only %d drafts", drafts)
	}
	o := outlines["law_publicity"]
	found := false
	walk(o.Sections, func(s Section) {
		for _, b := range s.Bullets {
			found = found || strings.HasPrefix(b.Draft, "2025年，我局共开展普法宣传活动【待补充】场。[")
		}
	})
	if !found {
		t.Error("no draft reads 2025年，我局共开展普法宣传活动【待补充】场。")
	}
}

// draftServer is an OpenAI-compatible endpoint: the outline request gets
// an answer that fails its checks (so the outline stays the offline one),
// the drafting request gets drafts.
func draftServer(t *testing.T, drafts string) *llm.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		_ = json.NewDecoder(r.Body).Decode(&body)
		content := "不是 JSON"
		if len(body.Messages) > 0 && strings.Contains(body.Messages[0].Content, "初稿") {
			content = drafts
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": "c", "object": "chat.completion", "model": "m",
			"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": content}}}})
	}))
	t.Cleanup(srv.Close)
	return llm.New(llm.Config{APIKey: "k", BaseURL: srv.URL + "/v1", ChatModel: "m", BaseDelay: time.Millisecond})
}

// TestLLMDraftVerified: each sentence of the model's draft is checked
// against the passages its point cites; a sentence with a number they do
// not hold, or last year's figure passed off as this year's, is removed,
// and a point left with nothing falls back to its bullet.
func TestLLMDraftVerified(t *testing.T) {
	offline, err := Build(context.Background(), testIndex, Request{Section: "加强法治宣传教育", Org: "清城区", Year: 2025, Now: now, Draft: true})
	if err != nil {
		t.Fatal(err)
	}
	points := draftPoints(offline)
	id := -1
	var n int
	for i, p := range points {
		for _, c := range p.cites {
			if strings.Contains(c.Text, "开展普法宣传活动10场") {
				id, n = i+1, c.N
			}
		}
	}
	if id < 0 || len(points) < 2 {
		t.Fatalf("no point cites the 10场 sentence (%d points)", len(points))
	}
	other := 1
	if id == 1 {
		other = 2
	}
	on := points[other-1].cites[0].N
	good := fmt.Sprintf("2025年,我局持续开展普法宣传活动,共开展【待补充】场[%d]。", n)
	withYear := fmt.Sprintf("2024年为10场[%d]。", n)
	asThisYear := fmt.Sprintf("2025年共开展普法宣传活动10场[%d]。", n)
	invented := fmt.Sprintf("覆盖群众3000人次[%d]。", n)
	reply, _ := json.Marshal(map[string]any{"drafts": []any{
		map[string]any{"id": id, "text": good + withYear + asThisYear + invented},
		map[string]any{"id": other, "text": fmt.Sprintf("全年开展活动99场[%d]。", on)},
	}})
	o, err := Build(context.Background(), testIndex, Request{Section: "加强法治宣传教育", Org: "清城区", Year: 2025, Now: now, Draft: true, LLM: draftServer(t, string(reply))})
	if err != nil {
		t.Fatal(err)
	}
	got := draftPoints(o)
	want := fullWidth(good + withYear)
	if got[id-1].b.Draft != want {
		t.Errorf("draft = %q, want %q", got[id-1].b.Draft, want)
	}
	if got[other-1].b.Draft != "" {
		t.Errorf("a draft with nothing supported should fall back to the bullet, got %q", got[other-1].b.Draft)
	}
	if !strings.Contains(o.Note, "无法由所引材料证实") {
		t.Errorf("note %q should say sentences were removed", o.Note)
	}
}

// TestEvidenceTable: every point outside the reference blocks has its
// sources in the 事实依据表, with a status, in Markdown too.
func TestEvidenceTable(t *testing.T) {
	o, err := Build(context.Background(), testIndex, Request{Org: "清城区", Year: 2025, Now: now, Evidence: true})
	if err != nil {
		t.Fatal(err)
	}
	cited := 0
	walk(o.Sections, func(s Section) {
		if !s.Reference {
			for _, b := range s.Bullets {
				cited += len(b.Citations)
			}
		}
	})
	if len(o.Evidence) == 0 || len(o.Evidence) > cited {
		t.Fatalf("%d rows for %d citations", len(o.Evidence), cited)
	}
	status := map[string]int{}
	for _, r := range o.Evidence {
		status[r.Status]++
		if r.Quote != o.Citations[r.N-1].Text || r.Doc == "" || r.Point == "" || r.Figure == "" {
			t.Errorf("row %+v", r)
		}
	}
	if status[StatusCarried] == 0 || status[StatusToFill] == 0 {
		t.Errorf("statuses %v", status)
	}
	md := Markdown(o)
	if !strings.Contains(md, "## 事实依据表") || !strings.Contains(md, "| 二、1 ") {
		t.Errorf("Markdown lacks the table:\n%s", md)
	}
}
