package index

import (
	"math"
	"sort"

	"github.com/gongwen/gongwen/internal/zh"
)

// lexical is an in-memory BM25 index over character bigrams. Bigrams need no
// dictionary, cost nothing to load and are the classic CJK retrieval baseline;
// dense vectors cover the paraphrases they miss.
type lexical struct {
	postings map[string][]posting
	lens     []float32
	avgLen   float32
}

type posting struct {
	doc int32
	tf  float32
}

const (
	bm25K1 = 1.2
	bm25B  = 0.6 // chunks are already length-bounded; soften the length norm
)

func buildLexical(texts []string) *lexical {
	lx := &lexical{postings: map[string][]posting{}, lens: make([]float32, len(texts))}
	var total float64
	tf := map[string]float32{}
	for i, t := range texts {
		clear(tf)
		toks := zh.Tokens(t)
		for _, tok := range toks {
			tf[tok]++
		}
		for tok, n := range tf {
			lx.postings[tok] = append(lx.postings[tok], posting{int32(i), n})
		}
		lx.lens[i] = float32(len(toks))
		total += float64(len(toks))
	}
	if len(texts) > 0 {
		lx.avgLen = float32(total / float64(len(texts)))
	}
	return lx
}

// idf is the BM25 inverse document frequency of a token.
func (lx *lexical) idf(tok string) float64 {
	n := float64(len(lx.lens))
	df := float64(len(lx.postings[tok]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

type scored struct {
	idx   int
	score float64
}

// search scores chunks for the query tokens; allow (may be nil) restricts
// which chunks may appear. It returns at most k results, best first.
func (lx *lexical) search(tokens []string, k int, allow func(int) bool) []scored {
	seen := map[string]bool{}
	scores := make([]float64, len(lx.lens))
	var touched []int32
	for _, tok := range tokens {
		if seen[tok] {
			continue
		}
		seen[tok] = true
		ps := lx.postings[tok]
		if len(ps) == 0 {
			continue
		}
		idf := lx.idf(tok)
		for _, p := range ps {
			norm := float32(1 - bm25B + bm25B*lx.lens[p.doc]/lx.avgLen)
			s := idf * float64(p.tf*(bm25K1+1)/(p.tf+bm25K1*norm))
			if scores[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			scores[p.doc] += s
		}
	}
	out := make([]scored, 0, len(touched))
	for _, d := range touched {
		if allow != nil && !allow(int(d)) {
			continue
		}
		out = append(out, scored{int(d), scores[d]})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].idx < out[j].idx
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}

// maxScore is the BM25 score a chunk would get if it contained every query
// token once: the scale against which a hit's lexical score is judged.
func (lx *lexical) maxScore(tokens []string) float64 {
	seen := map[string]bool{}
	var s float64
	for _, tok := range tokens {
		if seen[tok] {
			continue
		}
		seen[tok] = true
		s += lx.idf(tok)
	}
	return s
}
