package index

import (
	"encoding/binary"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// lexical is a BM25 index over character bigrams. Bigrams need no
// dictionary, cost nothing to load and are the classic CJK retrieval
// baseline. It is read in place from the snapshot file: sorted terms with
// their offsets, and per term its postings as varints (chunk delta, term
// frequency) — two to three bytes a posting instead of eight, and only the
// postings of a query's terms are ever read.
type lexical struct {
	lens     []uint32  // tokens per chunk
	norm     []float32 // per chunk: BM25's length normalization, K1 included
	avgLen   float32
	nDocs    int
	scratch  sync.Pool // *lexScratch
	terms    []byte
	termOff  []uint32 // NTerms+1
	postOff  []uint64 // NTerms+1
	df       []uint32
	postings []byte

	sidesOnce sync.Once
	charSides *charSides
}

// lexScratch is what one search works in: a score per chunk, all zero
// between searches, and the lists of touched chunks and their scores. A
// million-entry array allocated and zeroed per search, and lists grown by
// appending, were a fifth of a search over a million passages.
type lexScratch struct {
	scores  []float64
	touched []int32
	out     []scored
	inMeta  []bool // per document: the token being scored is credited to it
}

type posting struct {
	doc int32
	tf  float32
}

const (
	bm25K1 = 1.2
	bm25B  = 0.6 // chunks are already length-bounded; soften the length norm
)

// openLexical is the lexical index over a mapped snapshot.
func openLexical(h *fileHeader, data []byte) (*lexical, error) {
	lx := &lexical{
		lens:     u32View(h.section(data, secLens)),
		avgLen:   h.AvgLen,
		nDocs:    h.NDocs,
		terms:    h.section(data, secTerms),
		termOff:  u32View(h.section(data, secTermOff)),
		postOff:  u64View(h.section(data, secPostOff)),
		df:       u32View(h.section(data, secDF)),
		postings: h.section(data, secPostings),
	}
	if len(lx.lens) != h.NChunks || len(lx.df) != h.NTerms {
		return nil, errCorrupt
	}
	// Computed once here instead of per posting in every search: a division
	// per posting was a tenth of a search over a million passages.
	lx.norm = make([]float32, len(lx.lens))
	for i, l := range lx.lens {
		lx.norm[i] = bm25K1 * (1 - bm25B + bm25B*float32(l)/lx.avgLen)
	}
	if h.NTerms == 0 {
		return lx, nil
	}
	if len(lx.termOff) != h.NTerms+1 || len(lx.postOff) != h.NTerms+1 ||
		uint64(lx.termOff[h.NTerms]) != uint64(len(lx.terms)) || lx.postOff[h.NTerms] != uint64(len(lx.postings)) {
		return nil, errCorrupt
	}
	for i := range h.NTerms {
		if lx.termOff[i] > lx.termOff[i+1] || lx.postOff[i] > lx.postOff[i+1] {
			return nil, errCorrupt
		}
	}
	return lx, nil
}

// find is the ordinal of a term, or -1.
func (lx *lexical) find(tok string) int {
	n := len(lx.df)
	i := sort.Search(n, func(i int) bool { return lx.term(i) >= tok })
	if i < n && lx.term(i) == tok {
		return i
	}
	return -1
}

func (lx *lexical) term(i int) string {
	return bytesString(lx.terms[lx.termOff[i]:lx.termOff[i+1]])
}

// docFreq is the number of chunks containing tok.
func (lx *lexical) docFreq(tok string) int {
	if t := lx.find(tok); t >= 0 {
		return int(lx.df[t])
	}
	return 0
}

// each calls fn with the postings of tok in chunk order until fn returns
// false. A damaged list ends early rather than naming a chunk that does not
// exist.
func (lx *lexical) each(tok string, fn func(p posting) bool) {
	t := lx.find(tok)
	if t < 0 {
		return
	}
	b := lx.postings[lx.postOff[t]:lx.postOff[t+1]]
	n := uint64(len(lx.lens))
	var doc uint64
	for len(b) > 0 {
		d, k1 := binary.Uvarint(b)
		if k1 <= 0 {
			return
		}
		tf, k2 := binary.Uvarint(b[k1:])
		if k2 <= 0 {
			return
		}
		b = b[k1+k2:]
		doc += d
		if doc >= n {
			return
		}
		if !fn(posting{int32(doc), float32(tf)}) {
			return
		}
	}
}

// builtPostings is the lexical index as an ingest builds it, to be written.
type builtPostings struct {
	terms  map[string]*termPostings
	lens   []uint32
	avgLen float32
}

type termPostings struct {
	df   uint32
	last int32
	buf  []byte // uvarint chunk delta, uvarint tf, ...
}

func buildLexical(texts []string) *builtPostings {
	return buildPostings(len(texts), func(i int) string { return texts[i] })
}

// buildPostings builds the postings of n texts; text(i) is called once per
// text, from several goroutines. Postings go straight into their compact
// form, so that a million chunks' postings fit where a slice of structs
// would need three times the memory.
func buildPostings(n int, text func(int) string) *builtPostings {
	bp := &builtPostings{terms: map[string]*termPostings{}, lens: make([]uint32, n)}
	var total float64
	// Tokenizing is most of the cost and independent per chunk, so blocks of
	// chunks are tokenized on all cores while this goroutine merges them in
	// chunk order: every posting list stays sorted by chunk, as if built
	// sequentially.
	for b := range tokenizeBlocks(n, text) {
		for j, terms := range b.terms {
			i := int32(b.start + j)
			for _, t := range terms {
				tp := bp.terms[t.tok]
				if tp == nil {
					tp = &termPostings{}
					bp.terms[t.tok] = tp
				}
				tp.buf = binary.AppendUvarint(tp.buf, uint64(i-tp.last))
				tp.buf = binary.AppendUvarint(tp.buf, uint64(t.tf))
				tp.last = i
				tp.df++
			}
			bp.lens[i] = uint32(b.lens[j])
			total += float64(b.lens[j])
		}
	}
	if n > 0 {
		bp.avgLen = float32(total / float64(n))
	}
	return bp
}

type termFreq struct {
	tok string
	tf  float32
}

// tokenBlock is the term frequencies of texts[start:start+len(terms)].
type tokenBlock struct {
	start int
	terms [][]termFreq
	lens  []float32
}

const tokenBlockSize = 128

// tokenizeBlocks tokenizes n texts on all cores and yields the blocks in
// order.
func tokenizeBlocks(n int, text func(int) string) func(yield func(tokenBlock) bool) {
	return func(yield func(tokenBlock) bool) {
		nblocks := (n + tokenBlockSize - 1) / tokenBlockSize
		results := make([]chan tokenBlock, nblocks)
		for i := range results {
			results[i] = make(chan tokenBlock, 1)
		}
		next := make(chan int)
		stop := make(chan struct{})
		defer close(stop)
		workers := min(runtime.GOMAXPROCS(0), nblocks)
		// window bounds how far the workers may run ahead of the merge, so
		// the term lists waiting to be merged stay a few blocks' worth.
		window := make(chan struct{}, 4*max(workers, 1))
		for range workers {
			go func() {
				tf := map[string]float32{}
				for bi := range next {
					lo, hi := bi*tokenBlockSize, min((bi+1)*tokenBlockSize, n)
					b := tokenBlock{start: lo, terms: make([][]termFreq, hi-lo), lens: make([]float32, hi-lo)}
					for i := lo; i < hi; i++ {
						clear(tf)
						toks := zh.Tokens(text(i))
						for _, tok := range toks {
							tf[tok]++
						}
						terms := make([]termFreq, 0, len(tf))
						for tok, n := range tf {
							terms = append(terms, termFreq{tok, n})
						}
						b.terms[i-lo] = terms
						b.lens[i-lo] = float32(len(toks))
					}
					results[bi] <- b
				}
			}()
		}
		go func() {
			defer close(next)
			for bi := range nblocks {
				select {
				case window <- struct{}{}:
				case <-stop:
					return
				}
				select {
				case next <- bi:
				case <-stop:
					return
				}
			}
		}()
		for bi := range nblocks {
			b := <-results[bi]
			<-window
			if !yield(b) {
				return
			}
		}
	}
}

// idf is the BM25 inverse document frequency of a token.
func (lx *lexical) idf(tok string) float64 {
	n := float64(len(lx.lens))
	df := float64(lx.docFreq(tok))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

type scored struct {
	idx   int
	score float64
}

// search scores chunks for the query tokens; allow (may be nil) restricts
// which chunks may appear. It returns at most k results, best first.
// docMeta is the document-level field of the ranking: a question that names
// an org, a place or a year names a document, not a passage. A token in a
// document's title, org or year is credited once to every chunk of that
// document, weighted by how few documents carry it, instead of by how often
// a chunk repeats it — otherwise the opening paragraph, which restates the
// org and year, wins every question that names them.
type docMeta struct {
	tokDocs  map[string][]int32 // token → documents whose metadata has it
	docFirst []int32            // document → its first chunk (Index.docFirst)
	chunkDoc []uint32           // chunk → its document (Index.chunkDoc)
}

// metaWeight scales the document-level credit against chunk BM25 (whose
// per-token idf runs to about 9 over ten thousand chunks, while document
// idf runs to about 5 over a few hundred documents). Measured with
// `gongwen eval --corpus ../shared/govreports`: recall@1 0.77 without the
// credit, 0.80 at 0.7, 0.84 at 1, 0.87 at 2.5, 0.89 from 4 to 10, and
// recall@5 starts to drop at 20, where naming a place drowns the passage.
const metaWeight = 4

func (m *docMeta) idf(tok string) float64 {
	n := float64(len(m.docFirst) - 1)
	df := float64(len(m.tokDocs[tok]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// scope is the documents a search may return, by ordinal; nil allows all.
type scope []bool

// tokenWork is one query token's share of a search.
type tokenWork struct {
	term     int
	idf      float64
	metaDocs []int32 // in-scope documents credited for it at the document level
}

// parallelPostingsMin is how many postings a search must read before it
// splits them over two goroutines: below it (any search over the 13k
// passages of the eval corpora) the goroutine costs more than it saves, and
// the scores are summed in the same order as always.
var parallelPostingsMin = 400_000 // a var for the test that compares both paths

// search ranks chunks by BM25 over their text, with the tokens found
// in a chunk's document metadata credited at the document level (see
// docMeta); meta may be nil. Chunks outside sc are passed over before they
// are scored. chunkDoc gives each chunk's document.
func (lx *lexical) search(tokens []string, k int, sc scope, chunkDoc []uint32, meta *docMeta) []scored {
	seen := map[string]bool{}
	var docCredit []float64
	if meta != nil {
		docCredit = make([]float64, len(meta.docFirst)-1)
	}
	var work []tokenWork
	total := 0
	for _, tok := range tokens {
		if seen[tok] {
			continue
		}
		seen[tok] = true
		w := tokenWork{term: lx.find(tok)}
		if meta != nil {
			if docs := meta.tokDocs[tok]; len(docs) > 0 {
				credit := metaWeight * meta.idf(tok)
				for _, d := range docs {
					if sc != nil && !sc[d] {
						continue
					}
					docCredit[d] += credit
					w.metaDocs = append(w.metaDocs, d)
				}
			}
		}
		if w.term < 0 {
			continue
		}
		w.idf = lx.idf(tok)
		total += int(lx.df[w.term])
		work = append(work, w)
	}
	s0 := lx.getScratch()
	defer lx.putScratch(s0)
	if total < parallelPostingsMin || runtime.GOMAXPROCS(0) < 2 || len(work) < 2 {
		lx.scoreTokens(work, s0, sc, chunkDoc)
	} else {
		// Two goroutines, each with its own scores, the tokens split so
		// that each reads about half the postings; then one is added into
		// the other.
		sort.Slice(work, func(i, j int) bool { return lx.df[work[i].term] > lx.df[work[j].term] })
		var mine, theirs []tokenWork
		var nMine, nTheirs int
		for _, w := range work {
			if nMine <= nTheirs {
				mine, nMine = append(mine, w), nMine+int(lx.df[w.term])
			} else {
				theirs, nTheirs = append(theirs, w), nTheirs+int(lx.df[w.term])
			}
		}
		s1 := lx.getScratch()
		done := make(chan struct{})
		go func() {
			lx.scoreTokens(theirs, s1, sc, chunkDoc)
			close(done)
		}()
		lx.scoreTokens(mine, s0, sc, chunkDoc)
		<-done
		for _, d := range s1.touched {
			if s0.scores[d] == 0 {
				s0.touched = append(s0.touched, d)
			}
			s0.scores[d] += s1.scores[d]
		}
		lx.putScratch(s1)
	}
	scores := s0.scores
	if meta != nil {
		for d, c := range docCredit {
			if c == 0 {
				continue
			}
			for ci := meta.docFirst[d]; ci < meta.docFirst[d+1]; ci++ {
				if scores[ci] == 0 {
					s0.touched = append(s0.touched, ci)
				}
				scores[ci] += c
			}
		}
	}
	out := s0.out[:0]
	for _, d := range s0.touched {
		out = append(out, scored{int(d), scores[d]})
	}
	s0.out = out[:0]
	return slices.Clone(topScored(out, k))
}

func (lx *lexical) getScratch() *lexScratch {
	s, _ := lx.scratch.Get().(*lexScratch)
	if s == nil {
		s = &lexScratch{scores: make([]float64, len(lx.lens))}
	}
	return s
}

// putScratch clears what a search wrote and keeps the scratch for the next.
func (lx *lexical) putScratch(s *lexScratch) {
	for _, d := range s.touched {
		s.scores[d] = 0
	}
	s.touched = s.touched[:0]
	clear(s.inMeta)
	lx.scratch.Put(s)
}

// scoreTokens adds the BM25 scores of the tokens' postings into s.
func (lx *lexical) scoreTokens(work []tokenWork, s *lexScratch, sc scope, chunkDoc []uint32) {
	scores, touched := s.scores, s.touched
	n := uint64(len(lx.lens))
	for _, w := range work {
		if len(w.metaDocs) > 0 {
			if s.inMeta == nil {
				s.inMeta = make([]bool, lx.nDocs)
			}
			for _, d := range w.metaDocs {
				s.inMeta[d] = true
			}
		}
		inMeta := s.inMeta
		b := lx.postings[lx.postOff[w.term]:lx.postOff[w.term+1]]
		var doc uint64
		for len(b) > 0 {
			dd, k1 := binary.Uvarint(b)
			if k1 <= 0 {
				break
			}
			tfv, k2 := binary.Uvarint(b[k1:])
			if k2 <= 0 {
				break
			}
			b = b[k1+k2:]
			doc += dd
			if doc >= n {
				break
			}
			// The document is looked up only when something depends on it:
			// on an unscoped search for a token in no title, not at all.
			if sc != nil || len(w.metaDocs) > 0 {
				d := chunkDoc[doc]
				if sc != nil && !sc[d] {
					continue
				}
				if len(w.metaDocs) > 0 && inMeta[d] {
					continue // credited at the document level
				}
			}
			tf := float32(tfv)
			v := w.idf * float64(tf*(bm25K1+1)/(tf+lx.norm[doc]))
			if scores[doc] == 0 {
				touched = append(touched, int32(doc))
			}
			scores[doc] += v
		}
		for _, d := range w.metaDocs {
			s.inMeta[d] = false
		}
	}
	s.touched = touched
}

func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.idx < b.idx
}

// topScored returns the k best of xs, best first, reusing xs. Common bigrams
// touch thousands of chunks, and selecting k of them with a heap is much
// cheaper than sorting them all.
func topScored(xs []scored, k int) []scored {
	if len(xs) > k && k > 0 {
		// h is a heap of the k best so far with the worst at the root.
		h := xs[:k]
		worse := func(i, j int) bool { return better(h[j], h[i]) }
		down := func(i int) {
			for {
				c := 2*i + 1
				if c >= len(h) {
					return
				}
				if c+1 < len(h) && worse(c+1, c) {
					c++
				}
				if !worse(c, i) {
					return
				}
				h[i], h[c] = h[c], h[i]
				i = c
			}
		}
		for i := len(h)/2 - 1; i >= 0; i-- {
			down(i)
		}
		for _, x := range xs[k:] {
			if better(x, h[0]) {
				h[0] = x
				down(0)
			}
		}
		xs = h
	}
	sort.Slice(xs, func(i, j int) bool { return better(xs[i], xs[j]) })
	if len(xs) > k {
		xs = xs[:k]
	}
	return xs
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

// lexicalFingerprint changes whenever zh.Tokens or lexicalText would index a
// chunk differently. Bump the "lex1" prefix when buildLexical itself does.
var lexicalFingerprint = sync.OnceValue(func() string {
	d := &StoredDoc{Meta: document.Meta{Title: "清远市清城区民政局2024年法治政府建设工作报告"}}
	c := document.Chunk{
		Path: document.HeadingPath{"一、工作情况", "（一）加强法治宣传教育"},
		Text: "开展普法宣传活动１２场次，发放资料3.5万份；ABC Law第1条“谁执法谁普法”【责任制】。县 ＰＤＦ　12%",
	}
	h := fnv.New64a()
	for _, t := range zh.Tokens(lexicalText(d, c)) {
		h.Write([]byte(t))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("lex1-%016x", h.Sum64())
})

// charSides counts, for every character, the passages' bigrams it leads
// and the ones it ends (each bigram by the chunks that hold it): how often
// a character occurs at all, read off the bigram terms.
type charSides struct {
	lead, trail map[rune]int
}

// sides is computed once, on first use: one walk over the terms.
func (lx *lexical) sides() *charSides {
	lx.sidesOnce.Do(func() {
		cs := &charSides{lead: map[rune]int{}, trail: map[rune]int{}}
		for i := range lx.df {
			t := lx.term(i)
			a, n := utf8.DecodeRuneInString(t)
			b, m := utf8.DecodeLastRuneInString(t)
			if n+m != len(t) || !zh.IsHan(a) || !zh.IsHan(b) {
				continue
			}
			cs.lead[a] += int(lx.df[i])
			cs.trail[b] += int(lx.df[i])
		}
		lx.charSides = cs
	})
	return lx.charSides
}
