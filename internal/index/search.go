package index

import (
	"context"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// Filter narrows a search. Org matches as a substring of the document's org
// or title, after normalization; DocIDs, when set, list the only documents
// allowed.
type Filter struct {
	Org    string
	Year   int
	Kind   document.Kind
	DocIDs []string
	// NoDocCredit ranks passages by their own words only: for a caller
	// that has already resolved which documents a question names (ask),
	// a topic word that happens to be in a title or org ("社会" in
	// 社会事务管理局) is no reason to prefer that document's passages.
	NoDocCredit bool
}

// Hit is one search result.
type Hit struct {
	Chunk   document.Chunk
	Doc     *StoredDoc
	Score   float64 // fused reciprocal-rank score
	Dense   float64 // cosine similarity, 0 when not among the dense candidates
	Lexical float64 // BM25 score relative to the query's best possible, 0..1
}

// rrfK is the reciprocal rank fusion constant from Cormack et al. (2009).
const rrfK = 60

// lexMargin weighs the BM25 score itself beside its rank (see Search).
// Measured with `gongwen eval --corpus ../shared/govreports`: recall@1
// 0.890 without it, 0.902 at 0.001, 0.915 from 0.002 to 0.01.
const lexMargin = 0.002

// candidates is how deep each ranking goes before fusion.
const candidates = 50

// Search runs the lexical ranking, and the dense one where the embedder's
// vectors earn it (see denseWeight), under the filter, and fuses them. The
// filter is resolved to documents first: both rankings pass over chunks
// outside it before scoring them.
func (ix *Index) Search(ctx context.Context, query string, k int, f Filter) ([]Hit, error) {
	if k <= 0 {
		k = 5
	}
	if len(ix.recs) == 0 {
		return nil, nil
	}
	sc, nAllowed := ix.scopeOf(f)
	if nAllowed == 0 {
		return nil, nil
	}
	toks := zh.QueryTokens(query)
	meta := ix.meta
	if f.NoDocCredit {
		meta = nil
	}
	lexRank := func() []scored {
		return ix.phraseBoost(compoundTerms(query), ix.lex.search(toks, candidates, sc, ix.chunkDoc, meta), sc)
	}
	var dense, lex []scored
	switch mode := ix.denseMode(nAllowed); mode {
	case denseNone:
		lex = lexRank()
	default:
		// The two rankings are independent: run the lexical one beside the
		// dense one.
		lexDone := make(chan []scored, 1)
		go func() { lexDone <- lexRank() }()
		vecs, err := ix.embedder.Embed(ctx, []string{zh.StripQuestion(query)})
		if err == nil {
			dense, err = ix.denseSearch(ctx, vecs[0], sc, mode == denseChromem)
		}
		lex = <-lexDone
		if err != nil {
			return nil, err
		}
	}
	maxLex := ix.lex.maxScore(toks)

	fused := map[int]*Hit{}
	get := func(i int) *Hit {
		h, ok := fused[i]
		if !ok {
			h = &Hit{Chunk: ix.chunk(i), Doc: ix.docOf(i)}
			fused[i] = h
		}
		return h
	}
	for r, d := range dense {
		h := get(d.idx)
		h.Dense = d.score
		h.Score += ix.denseWeight() / float64(rrfK+r+1)
	}
	for r, l := range lex {
		h := get(l.idx)
		if maxLex > 0 {
			h.Lexical = min(1, l.score/maxLex)
		}
		h.Score += 1 / float64(rrfK+r+1)
		// Ranks alone forget by how much BM25 preferred one passage: a
		// small share of its score relative to the best keeps a clear
		// lexical winner (103 against 75) from being swapped by a faint
		// dense vote, while close calls are still the fusion's to make.
		h.Score += lexMargin * l.score / lex[0].score
	}
	out := make([]Hit, 0, len(fused))
	for _, h := range fused {
		out = append(out, *h)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Chunk.ID < out[j].Chunk.ID
	})
	if len(out) > k {
		out = out[:k]
	}
	return out, nil
}

// scopeOf resolves a filter to the documents it allows and counts their
// chunks. The scope is nil when everything is allowed.
func (ix *Index) scopeOf(f Filter) (scope, int) {
	if f.Org == "" && f.Year == 0 && f.Kind == "" && len(f.DocIDs) == 0 {
		return nil, len(ix.recs)
	}
	ok := ix.docFilter(f)
	sc := make(scope, len(ix.docList))
	n, all := 0, true
	for i, d := range ix.docList {
		if ok(d) {
			sc[i] = true
			n += int(ix.docFirst[i+1] - ix.docFirst[i])
		} else {
			all = false
		}
	}
	if all {
		return nil, n
	}
	return sc, n
}

// reCompound is a compound term a question writes out with its joiners
// ("中心+网格化+信息化", "双随机、一公开"): bigrams lose that the parts
// stand together, so a passage that has the term verbatim gets a bonus on
// top of BM25. The outer parts may run into the question's other words
// ("…信息化模式是哪个地方"), so a match extends from the joined middle as
// far as the passage agrees, and needs two characters on either side.
var reCompound = regexp.MustCompile(`\p{Han}+(?:[+、/·]\p{Han}+)+`)

// compound is one such term: the joined middle and the parts around it.
type compound struct {
	left, right []rune // first and last part, matched from the middle out
	middle      string // the joiners and inner parts, e.g. "+网格化+"
}

func compoundTerms(query string) []compound {
	var out []compound
	for _, m := range reCompound.FindAllString(zh.Normalize(query), -1) {
		// The middle runs from the first joiner to the last one.
		first := strings.IndexFunc(m, func(r rune) bool { return !zh.IsHan(r) })
		last := strings.LastIndexFunc(m, func(r rune) bool { return !zh.IsHan(r) })
		_, n := utf8.DecodeRuneInString(m[last:])
		out = append(out, compound{left: []rune(m[:first]), right: []rune(m[last+n:]), middle: m[first : last+n]})
	}
	return out
}

// match returns the longest verbatim occurrence of c in text, or "".
func (c compound) match(text string) string {
	best := ""
	for off := 0; ; {
		i := strings.Index(text[off:], c.middle)
		if i < 0 {
			return best
		}
		at := off + i
		before := []rune(text[:at])
		after := []rune(text[at+len(c.middle):])
		l := 0
		for l < len(c.left) && l < len(before) && before[len(before)-1-l] == c.left[len(c.left)-1-l] {
			l++
		}
		r := 0
		for r < len(c.right) && r < len(after) && after[r] == c.right[r] {
			r++
		}
		if l >= 2 && r >= 2 {
			if m := string(c.left[len(c.left)-l:]) + c.middle + string(c.right[:r]); len(m) > len(best) {
				best = m
			}
		}
		off = at + len(c.middle)
	}
}

// phraseBoost adds, for each compound term, the idf of the matched term's
// tokens to every allowed chunk holding it, and keeps the best candidates.
// Chunks come from the postings of the rarest bigram at the term's seams.
func (ix *Index) phraseBoost(terms []compound, lex []scored, sc scope) []scored {
	if len(terms) == 0 {
		return lex
	}
	byIdx := map[int]int{}
	for i, l := range lex {
		byIdx[l.idx] = i
	}
	for _, c := range terms {
		if len(c.left) < 2 || len(c.right) < 2 {
			continue
		}
		seams := append(zh.Tokens(c.middle), string(c.left[len(c.left)-2:]), string(c.right[:2]))
		rarest, rarestDF := "", 0
		for _, t := range seams {
			if utf8.RuneCountInString(t) != 2 {
				continue
			}
			if df := ix.lex.docFreq(t); rarest == "" || df < rarestDF {
				rarest, rarestDF = t, df
			}
		}
		ix.lex.each(rarest, func(p posting) bool {
			i := int(p.doc)
			if sc != nil && !sc[ix.chunkDoc[i]] {
				return true
			}
			m := c.match(zh.Normalize(ix.chunkText(i)))
			if m == "" {
				return true
			}
			var bonus float64
			for _, t := range zh.Tokens(m) {
				bonus += ix.lex.idf(t)
			}
			if j, ok := byIdx[i]; ok {
				lex[j].score += bonus
			} else {
				byIdx[i] = len(lex)
				lex = append(lex, scored{i, bonus})
			}
			return true
		})
	}
	return topScored(lex, candidates)
}

func (ix *Index) docFilter(f Filter) func(*StoredDoc) bool {
	org := zh.Normalize(strings.TrimSpace(f.Org))
	var ids map[string]bool
	if len(f.DocIDs) > 0 {
		ids = map[string]bool{}
		for _, id := range f.DocIDs {
			ids[id] = true
		}
	}
	return func(d *StoredDoc) bool {
		if f.Year > 0 && d.Year != f.Year {
			return false
		}
		if f.Kind != "" && d.Kind != f.Kind {
			return false
		}
		if ids != nil && !ids[d.ID] {
			return false
		}
		if org != "" && !strings.Contains(zh.Normalize(d.Org), org) && !strings.Contains(zh.Normalize(d.Title), org) {
			return false
		}
		return true
	}
}

// Snippet returns the part of text around the first query term it contains,
// about width runes wide, with the matched terms in 【】 for the terminal.
func Snippet(text, query string, width int) string {
	toks := zh.QueryTokens(query)
	rs := []rune(text)
	norm := []rune(zh.Normalize(text))
	if len(norm) != len(rs) {
		norm = rs
	}
	ns := string(norm)
	first := -1
	for _, t := range toks {
		if i := strings.Index(ns, t); i >= 0 {
			ri := len([]rune(ns[:i]))
			if first < 0 || ri < first {
				first = ri
			}
		}
	}
	start := 0
	if first > width/4 {
		start = first - width/4
	}
	end := min(len(rs), start+width)
	mark := make([]bool, len(rs))
	for _, t := range toks {
		tr := []rune(t)
		if len(tr) < 2 {
			continue
		}
		for i := 0; i+len(tr) <= len(norm); i++ {
			if string(norm[i:i+len(tr)]) == t {
				for j := i; j < i+len(tr); j++ {
					mark[j] = true
				}
			}
		}
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	in := false
	for i := start; i < end; i++ {
		if mark[i] && !in {
			b.WriteString("【")
			in = true
		} else if !mark[i] && in {
			b.WriteString("】")
			in = false
		}
		if rs[i] == '\n' {
			b.WriteRune(' ')
		} else {
			b.WriteRune(rs[i])
		}
	}
	if in {
		b.WriteString("】")
	}
	if end < len(rs) {
		b.WriteString("…")
	}
	return b.String()
}

// IDF is the lexical inverse document frequency of a token: how much a
// shared token says about a passage matching a question.
func (ix *Index) IDF(tok string) float64 { return ix.lex.idf(tok) }

// DF is the number of chunks containing a token. A question token no chunk
// contains is the asker's wording, not the documents'.
func (ix *Index) DF(tok string) int { return ix.lex.docFreq(tok) }

// Cohesion is how much a Han bigram behaves like a word of the documents:
// the chunks that hold it over how often its rarer character stands in the
// same place (the summed chunk counts of the bigrams its first character
// leads, or its last character ends — a busy character counts once per
// bigram it makes, so a word of two busy characters scores low too). A
// word's characters keep company with each other (演练 of 演 and 练); a
// bigram across a seam of the asker's wording (练要 of "演练要花") is a
// small share of what its characters do elsewhere, however rare — and so
// however high its IDF. 0 for what no chunk holds, 1 for what is not a Han
// bigram.
func (ix *Index) Cohesion(tok string) float64 {
	a, n := utf8.DecodeRuneInString(tok)
	b, m := utf8.DecodeLastRuneInString(tok)
	if n+m != len(tok) || !zh.IsHan(a) || !zh.IsHan(b) {
		return 1
	}
	df := ix.lex.docFreq(tok)
	if df == 0 {
		return 0
	}
	cs := ix.lex.sides()
	return float64(df) / float64(max(1, min(cs.lead[a], cs.trail[b])))
}

// TokenInDocs reports whether any chunk of the documents allowed contains
// the lexical token.
func (ix *Index) TokenInDocs(tok string, allow func(docID string) bool) bool {
	return ix.anyDocWith(tok, func(d *StoredDoc) bool { return allow(d.ID) })
}

// anyDocWith reports whether f holds for a document some chunk of which
// contains tok. Postings come in chunk order, so a document's run of
// chunks is asked about once, and the first that holds ends the walk.
func (ix *Index) anyDocWith(tok string, f func(d *StoredDoc) bool) bool {
	found := false
	last := uint32(math.MaxUint32)
	ix.lex.each(tok, func(p posting) bool {
		d := ix.chunkDoc[p.doc]
		if d == last {
			return true
		}
		last = d
		found = f(ix.docList[d])
		return !found
	})
	return found
}

// RepeatedIn reports whether some document writes tok at least n times:
// a term of that document ("会费" of a 章程 that sets them), however
// rarely its characters meet elsewhere, unlike a seam of an asker's
// wording that a text holds once by chance.
// Like DF and Cohesion it is a statistic of the whole index, not of the
// documents a caller may read (scoped to the question's documents it lost
// one test answer and gained none).
func (ix *Index) RepeatedIn(tok string, n int) bool {
	return ix.anyDocWith(tok, func(d *StoredDoc) bool { return strings.Count(d.Text, tok) >= n })
}

// DocsWithAll counts the documents that have every token somewhere in
// them: for the bigrams of a phrase, about how many documents use it.
func (ix *Index) DocsWithAll(toks []string) int {
	_, n := ix.holding(toks)
	return n
}

// DocsHolding lists the documents holding every token, in ingest order:
// the few whose texts a caller need read for a phrase of those words.
func (ix *Index) DocsHolding(toks []string) []*StoredDoc {
	have, n := ix.holding(toks)
	out := make([]*StoredDoc, 0, n)
	for d, ok := range have {
		if ok {
			out = append(out, ix.docList[d])
		}
	}
	return out
}

// holding marks, by document ordinal, the documents holding every token,
// and counts them.
func (ix *Index) holding(toks []string) ([]bool, int) {
	var have []bool // by document ordinal: has every token so far
	n := 0
	for i, t := range toks {
		cur := make([]bool, len(ix.docList))
		n = 0
		last := uint32(math.MaxUint32)
		ix.lex.each(t, func(p posting) bool {
			d := ix.chunkDoc[p.doc]
			if d != last {
				last = d
				if i == 0 || have[d] {
					cur[d] = true
					n++
				}
			}
			return true
		})
		if n == 0 {
			return nil, 0
		}
		have = cur
	}
	return have, n
}

// NumDocs is the number of indexed documents.
func (ix *Index) NumDocs() int { return len(ix.docList) }

// weighted is implemented by embedders whose vectors deserve less (or
// more) say than BM25 in the fused ranking.
type weighted interface{ FusionWeight() float64 }

// denseWeight scales the dense ranking in the fusion: 1 unless the embedder
// says otherwise.
func (ix *Index) denseWeight() float64 {
	if w, ok := ix.embedder.(weighted); ok {
		return w.FusionWeight()
	}
	return 1
}
