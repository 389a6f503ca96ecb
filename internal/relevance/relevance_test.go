package relevance

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// fixed weighs tokens from a table, 1 for any other: the arithmetic of the
// scores is checked against numbers worked out by hand.
type fixed map[string]float64

func (f fixed) IDF(tok string) float64 {
	if w, ok := f[tok]; ok {
		return w
	}
	return 1
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-12 }

func TestWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"bigrams, sorted, distinct", "行政复议行政", []string{"复议", "政复", "行政", "议行"}},
		{"lone characters dropped", "法", nil},
		{"numbers and latin words kept", "12345热线 app", []string{"12345", "12345热", "app", "热线"}},
		{"full-width folded", "ＡＢ", []string{"ab"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Words(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
			}
			set := WordSet(tc.in)
			if len(set) != len(tc.want) {
				t.Errorf("WordSet(%q) = %v, want the words %q", tc.in, set, tc.want)
			}
			for _, w := range tc.want {
				if !set[w] {
					t.Errorf("WordSet(%q) lacks %q", tc.in, w)
				}
			}
		})
	}
}

func TestTokenSetKeepsLoneTokens(t *testing.T) {
	got := TokenSet("增长5%,法")
	for _, w := range []string{"增长", "5", "法"} {
		if !got[w] {
			t.Errorf("TokenSet lacks %q: %v", w, got)
		}
	}
}

func TestSentenceIDF(t *testing.T) {
	w := NewSentenceIDF([]string{"加强规范性文件管理。加强普法。", "加强执法。"})
	// Three sentences; 加强 is in all of them, 普法 in one.
	if got, want := w.IDF("加强"), math.Log(1+0.5/3.5); !near(got, want) {
		t.Errorf("IDF(加强) = %v, want %v", got, want)
	}
	if got, want := w.IDF("普法"), math.Log(1+2.5/1.5); !near(got, want) {
		t.Errorf("IDF(普法) = %v, want %v", got, want)
	}
	if w.IDF("复议") <= w.IDF("普法") || w.IDF("加强") <= 0 {
		t.Error("a token no sentence has must weigh most, and every weight be positive")
	}
}

func TestTerms(t *testing.T) {
	idf := fixed{"规范": 3, "加强": 0.5}
	terms := NewTerms("加强规范", idf, func(tok string) float64 {
		if tok == "加强" {
			return 0.5
		}
		return 1
	})
	// Words are sorted: 加强 强规 规范.
	if got := terms.Tokens(); !reflect.DeepEqual(got, []string{"加强", "强规", "规范"}) {
		t.Fatalf("Tokens = %q", got)
	}
	if got := terms.Total(); !near(got, 0.25+1+3) {
		t.Errorf("Total = %v, want 4.25", got)
	}
	terms.Add("规范", 100) // already there: keeps its weight
	terms.Add("文件", 2)
	if terms.Weight("规范") != 3 || !terms.Has("文件") || terms.Has("执法") || !near(terms.Total(), 6.25) {
		t.Errorf("Add: weights %v %v, total %v", terms.Weight("规范"), terms.Weight("文件"), terms.Total())
	}
	var empty Terms
	if empty.Recall(func(string) float64 { return 1 }) != 0 || empty.HeadingRecall(func(string) float64 { return 1 }, nil, 1) != 0 {
		t.Error("no terms: recall must be 0")
	}
}

func TestRecall(t *testing.T) {
	terms := &Terms{}
	terms.Add("规范", 3)
	terms.Add("文件", 1)
	tests := []struct {
		name  string
		match map[string]float64
		want  float64
	}{
		{"all said", map[string]float64{"规范": 1, "文件": 1}, 1},
		{"the rare one", map[string]float64{"规范": 1}, 0.75},
		{"the common one", map[string]float64{"文件": 1}, 0.25},
		{"said short", map[string]float64{"规范": 0.7}, 0.525},
		{"nothing", nil, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := terms.Recall(func(tok string) float64 { return tc.match[tok] }); !near(got, tc.want) {
				t.Errorf("Recall = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestUniformRecall is the title-against-title match of outline: the
// share of a section title's words a plan item's title says.
func TestUniformRecall(t *testing.T) {
	sec := NewTerms("法治宣传教育", Uniform{}, nil) // 法治 治宣 宣传 传教 教育
	tests := []struct {
		title string
		want  float64
	}{
		{"加强法治宣传教育", 1},
		{"深入开展法治宣传", 0.6},
		{"加强教育培训", 0.2},
		{"", 0},
	}
	for _, tc := range tests {
		if got := sec.Recall(In(WordSet(tc.title))); !near(got, tc.want) {
			t.Errorf("%q: recall %v, want %v", tc.title, got, tc.want)
		}
	}
}

func TestHeadingRecall(t *testing.T) {
	terms := &Terms{}
	terms.Add("规范", 3)
	terms.Add("文件", 1)
	tests := []struct {
		name     string
		sentence map[string]float64
		heading  string
		want     float64
	}{
		{"sentence says all", map[string]float64{"规范": 1, "文件": 1}, "", 1},
		{"heading says the rest", map[string]float64{"文件": 1}, "规范", 0.85},
		{"own recall beats a heading adding little", map[string]float64{"规范": 1}, "文件", 0.85},
		{"own recall alone", map[string]float64{"规范": 1}, "", 0.75},
		{"heading only", nil, "规范文件", 0.85},
		{"a half-counted word, completed by the heading", map[string]float64{"规范": 0.5}, "文件", 0.85 * 2.5 / 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := terms.HeadingRecall(func(tok string) float64 { return tc.sentence[tok] }, TokenSet(tc.heading), 0.85)
			if !near(got, tc.want) {
				t.Errorf("HeadingRecall = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestPrecision(t *testing.T) {
	w := fixed{"规范": 3, "文件": 1, "结婚": 4}
	about := map[string]bool{"规范": true, "文件": true}
	tests := []struct {
		name    string
		passage []string
		prior   float64
		want    float64
	}{
		{"all on topic", []string{"规范", "文件"}, 0, 1},
		{"prior holds a fragment back", []string{"规范", "文件"}, 4, 0.5},
		{"half on topic", []string{"规范", "文件", "结婚"}, 0, 0.5},
		{"off topic", []string{"结婚"}, 5, 0},
		{"empty", nil, 5, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Precision(tc.passage, w.IDF, about, tc.prior); !near(got, tc.want) {
				t.Errorf("Precision = %v, want %v", got, tc.want)
			}
		})
	}
}

var sink float64

// BenchmarkScoreSentence is the work per candidate sentence in plan
// coverage: tokens, heading recall and precision against one task.
func BenchmarkScoreSentence(b *testing.B) {
	texts := []string{strings.Repeat("一是切实加强规范性文件管理。按照统一登记、统一编号、统一印发原则完善管理制度,及时清理规范性文件。二是加强备案审查。", 20)}
	idf := NewSentenceIDF(texts)
	terms := NewTerms("加强规范性文件管理", idf, nil)
	about := WordSet("加强规范性文件管理 落实规范性文件定期清理、专项清理和即时清理制度。")
	sentence := "按照统一登记、统一编号、统一印发原则完善管理制度,及时清理规范性文件。"
	heading := "二、加强规范性文件管理"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		words := Words(sentence)
		said := WordSet(sentence)
		rec := terms.HeadingRecall(In(said), WordSet(heading), 0.85)
		sink = rec + Precision(words, idf.IDF, about, 5)
	}
}

// BenchmarkNewTerms is the work per question or task: weighing its words.
func BenchmarkNewTerms(b *testing.B) {
	idf := NewSentenceIDF([]string{strings.Repeat("加强规范性文件管理。加强普法。", 50)})
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = NewTerms("深入学习宣传贯彻习近平法治思想,加强规范性文件管理", idf, nil).Total()
	}
}
