// Package relevance owns how the assistant measures that a passage speaks to
// a topic — the question of ask, a plan task checked against a report, the
// section an outline drafts. Every caller reads text the same way: as
// tokens (character bigrams, numbers, Latin words; zh.Tokens), weighted by
// how rare they are across the indexed documents, so that 规范性文件 or
// 行政复议 decide a match and 加强, 工作 or 法治 hardly do.
//
// The scores, each in [0, 1]:
//
//   - Terms.Recall: the weighted share of a topic's terms a passage says;
//     what each term counts for (1 said, less when said short or only in
//     the section heading) is the caller's match function.
//   - Terms.HeadingRecall: recall with the section heading as context — the
//     better of the sentence's own recall and a discounted recall of
//     sentence and heading together, so that of two sentences under a
//     heading naming the topic the one that names it itself wins.
//   - Precision: the weighted share of a passage's tokens that belong to the
//     topic, with a prior mass so that a four-word fragment cannot look
//     wholly on-topic.
//
// What a caller adds on top is its own: ask weighs answer-type fit (a
// figure for 多少, a date for 什么时候), plan coverage discounts a task
// title's leading verbs and words inside 《》.
package relevance

import (
	"math"
	"sort"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// Weigher gives a token's weight by how rare it is. *index.Index (inverse
// chunk frequency) and *SentenceIDF are Weighers.
type Weigher interface {
	IDF(tok string) float64
}

// Uniform weighs every token 1: for short titles matched against each
// other, where each word matters about as much as the next.
type Uniform struct{}

// IDF is 1.
func (Uniform) IDF(string) float64 { return 1 }

// Words is the distinct tokens of s of two runes or more (bigrams, longer
// numbers and Latin words), sorted so that sums over them do not depend on
// map order. Lone characters match too much to mean anything.
func Words(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range zh.Tokens(s) {
		if utf8.RuneCountInString(t) < 2 || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// WordSet is Words as a set.
func WordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range zh.Tokens(s) {
		if utf8.RuneCountInString(t) >= 2 {
			m[t] = true
		}
	}
	return m
}

// TokenSet is every token of s, lone characters and digits included: a
// topic term "5" (a figure asked about) must find the 5 in a sentence.
func TokenSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, t := range zh.Tokens(s) {
		m[t] = true
	}
	return m
}

// SentenceIDF weighs tokens by inverse sentence frequency over a set of
// texts: finer than the index's chunk frequency when the passages scored
// are single sentences of few documents.
type SentenceIDF struct {
	n  float64
	df map[string]int
}

// NewSentenceIDF counts, for every token of two runes or more, the
// sentences of texts that contain it.
func NewSentenceIDF(texts []string) *SentenceIDF {
	w := &SentenceIDF{df: map[string]int{}}
	for _, text := range texts {
		for _, s := range zh.Sentences(text, true) {
			w.n++
			for _, t := range Words(text[s.Start:s.End]) {
				w.df[t]++
			}
		}
	}
	return w
}

// IDF is the BM25 inverse frequency of tok; always positive.
func (w *SentenceIDF) IDF(tok string) float64 {
	df := float64(w.df[tok])
	return math.Log(1 + (w.n-df+0.5)/(df+0.5))
}

// Terms are a topic's tokens, each with its weight, in the order added.
// The zero value is empty and ready to use.
type Terms struct {
	toks  []string
	w     map[string]float64
	total float64
}

// NewTerms weighs the Words of text: idf, times factor(tok) when factor is
// not nil (a task title's leading verbs count less than its object).
func NewTerms(text string, idf Weigher, factor func(tok string) float64) *Terms {
	t := &Terms{}
	for _, tok := range Words(text) {
		w := idf.IDF(tok)
		if factor != nil {
			w *= factor(tok)
		}
		t.Add(tok, w)
	}
	return t
}

// Add appends tok with weight w; a token already there keeps its weight.
func (t *Terms) Add(tok string, w float64) {
	if _, ok := t.w[tok]; ok {
		return
	}
	if t.w == nil {
		t.w = map[string]float64{}
	}
	t.toks = append(t.toks, tok)
	t.w[tok] = w
	t.total += w
}

// Tokens are the terms in the order added.
func (t *Terms) Tokens() []string { return t.toks }

// Weight is tok's weight, 0 when it is no term.
func (t *Terms) Weight(tok string) float64 { return t.w[tok] }

// Has reports whether tok is a term.
func (t *Terms) Has(tok string) bool {
	_, ok := t.w[tok]
	return ok
}

// Total is the sum of the weights.
func (t *Terms) Total() float64 { return t.total }

// Recall is the weighted share of the terms a passage says, where
// match(tok) is what the passage's saying tok counts for: 1 said as
// written, less said short or only in the heading, 0 not said. 0 for no
// terms.
func (t *Terms) Recall(match func(tok string) float64) float64 {
	if t.total == 0 {
		return 0
	}
	var s float64
	for _, tok := range t.toks {
		if m := match(tok); m != 0 {
			s += t.w[tok] * m
		}
	}
	return s / t.total
}

// In is the match function of a passage's token set: 1 for a token it
// has, 0 otherwise.
func In(set map[string]bool) func(tok string) float64 {
	return func(tok string) float64 {
		if set[tok] {
			return 1
		}
		return 0
	}
}

// HeadingRecall is recall with the section heading as context: the better
// of the sentence's own recall and discount × the recall of sentence and
// heading together (a term in the heading counts in full there).
// sentence(tok) is what the sentence's saying tok counts for, as in Recall.
func (t *Terms) HeadingRecall(sentence func(tok string) float64, heading map[string]bool, discount float64) float64 {
	if t.total == 0 {
		return 0
	}
	var own, withHeading float64
	for _, tok := range t.toks {
		w := t.w[tok]
		s := sentence(tok)
		own += w * s
		if heading[tok] {
			withHeading += w
		} else {
			withHeading += w * s
		}
	}
	return math.Max(own/t.total, discount*withHeading/t.total)
}

// Precision is the weighted share of a passage's tokens that belong to the
// topic: Σ weight over the tokens about says / (Σ weight + prior). The
// prior keeps a short fragment from looking wholly on-topic; 0 for no
// tokens.
func Precision(passage []string, weight func(tok string) float64, about map[string]bool, prior float64) float64 {
	var all, shared float64
	for _, tok := range passage {
		w := weight(tok)
		all += w
		if about[tok] {
			shared += w
		}
	}
	if all == 0 {
		return 0
	}
	return shared / (all + prior)
}
