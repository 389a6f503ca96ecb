package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/gongwen/gongwen/internal/document"
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
	return buildLexicalFunc(len(texts), func(i int) string { return texts[i] })
}

// buildLexicalFunc builds the index of n texts; text(i) is called once per
// text, from several goroutines.
func buildLexicalFunc(n int, text func(int) string) *lexical {
	lx := &lexical{postings: map[string][]posting{}, lens: make([]float32, n)}
	var total float64
	// Tokenizing is most of the cost and independent per chunk, so blocks of
	// chunks are tokenized on all cores while this goroutine merges them in
	// chunk order: every posting list stays sorted by chunk, as if built
	// sequentially.
	for b := range tokenizeBlocks(n, text) {
		for j, terms := range b.terms {
			i := b.start + j
			for _, t := range terms {
				lx.postings[t.tok] = append(lx.postings[t.tok], posting{int32(i), t.tf})
			}
			lx.lens[i] = b.lens[j]
			total += float64(b.lens[j])
		}
	}
	if n > 0 {
		lx.avgLen = float32(total / float64(n))
	}
	return lx
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
	df := float64(len(lx.postings[tok]))
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
	tokDocs   map[string][]int32 // token → documents whose metadata has it
	chunkDoc  []int32            // chunk → document
	docChunks [][]int32          // document → chunks
}

// metaWeight scales the document-level credit against chunk BM25 (whose
// per-token idf runs to about 9 over ten thousand chunks, while document
// idf runs to about 5 over a few hundred documents). Measured with
// `gongwen eval --corpus ../shared/govreports`: recall@1 0.77 without the
// credit, 0.80 at 0.7, 0.84 at 1, 0.87 at 2.5, 0.89 from 4 to 10, and
// recall@5 starts to drop at 20, where naming a place drowns the passage.
const metaWeight = 4

func (m *docMeta) idf(tok string) float64 {
	n := float64(len(m.docChunks))
	df := float64(len(m.tokDocs[tok]))
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// search ranks chunks by BM25 over their text, with the tokens found
// in a chunk's document metadata credited at the document level (see
// docMeta); meta may be nil.
func (lx *lexical) search(tokens []string, k int, allow func(int) bool, meta *docMeta) []scored {
	seen := map[string]bool{}
	scores := make([]float64, len(lx.lens))
	var touched []int32
	var docCredit []float64
	var inMeta []bool
	if meta != nil {
		docCredit = make([]float64, len(meta.docChunks))
		inMeta = make([]bool, len(meta.docChunks))
	}
	for _, tok := range tokens {
		if seen[tok] {
			continue
		}
		seen[tok] = true
		var metaDocs []int32
		if meta != nil {
			metaDocs = meta.tokDocs[tok]
			if len(metaDocs) > 0 {
				credit := metaWeight * meta.idf(tok)
				for _, d := range metaDocs {
					docCredit[d] += credit
					inMeta[d] = true
				}
			}
		}
		ps := lx.postings[tok]
		if len(ps) == 0 {
			continue
		}
		idf := lx.idf(tok)
		for _, p := range ps {
			if len(metaDocs) > 0 && inMeta[meta.chunkDoc[p.doc]] {
				continue // credited at the document level
			}
			norm := float32(1 - bm25B + bm25B*lx.lens[p.doc]/lx.avgLen)
			s := idf * float64(p.tf*(bm25K1+1)/(p.tf+bm25K1*norm))
			if scores[p.doc] == 0 {
				touched = append(touched, p.doc)
			}
			scores[p.doc] += s
		}
		for _, d := range metaDocs {
			inMeta[d] = false
		}
	}
	if meta != nil {
		for d, c := range docCredit {
			if c == 0 {
				continue
			}
			for _, ci := range meta.docChunks[d] {
				if scores[ci] == 0 {
					touched = append(touched, ci)
				}
				scores[ci] += c
			}
		}
	}
	out := make([]scored, 0, len(touched))
	for _, d := range touched {
		if allow != nil && !allow(int(d)) {
			continue
		}
		out = append(out, scored{int(d), scores[d]})
	}
	return topScored(out, k)
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

// lexicalSnapshot is the lexical index as the snapshot stores it: opening an
// index would otherwise tokenize every chunk again, which is most of the cost
// of an open. Tokenizer fingerprints the tokenizer and the lexical text the
// index was built with; when either has changed since, Open rebuilds the
// lexical index from the chunks instead of trusting stale postings.
type lexicalSnapshot struct {
	Tokenizer string
	Terms     string // every term, concatenated in sorted order
	NTerms    int
	NPostings int
	// Postings holds, per term: uvarint byte length of the term, uvarint
	// number of postings, then per posting uvarint chunk index delta and
	// uvarint term frequency.
	Postings []byte
	Lens     []byte // per chunk: uvarint token count
	AvgLen   float32
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

// integral reports whether a frequency is a small whole number, which is all
// the snapshot's varints can hold.
func integral(f float32) bool { return f >= 0 && f < 1<<24 && f == float32(int32(f)) }

// snapshot encodes the index, or returns nil when it holds something the
// encoding cannot (then Open rebuilds it from the chunks).
func (lx *lexical) snapshot() *lexicalSnapshot {
	terms := make([]string, 0, len(lx.postings))
	for t := range lx.postings {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	s := &lexicalSnapshot{Tokenizer: lexicalFingerprint(), NTerms: len(terms), AvgLen: lx.avgLen}
	var text strings.Builder
	var buf []byte
	for _, t := range terms {
		ps := lx.postings[t]
		text.WriteString(t)
		buf = binary.AppendUvarint(buf, uint64(len(t)))
		buf = binary.AppendUvarint(buf, uint64(len(ps)))
		prev := int32(0)
		for i, p := range ps {
			if p.doc < prev || (i > 0 && p.doc == prev) || !integral(p.tf) {
				return nil
			}
			buf = binary.AppendUvarint(buf, uint64(p.doc-prev))
			buf = binary.AppendUvarint(buf, uint64(p.tf))
			prev = p.doc
		}
		s.NPostings += len(ps)
	}
	s.Terms, s.Postings = text.String(), buf
	for _, l := range lx.lens {
		if !integral(l) {
			return nil
		}
		s.Lens = binary.AppendUvarint(s.Lens, uint64(l))
	}
	return s
}

var errLexicalStale = errors.New("lexical snapshot built by another tokenizer")

// restore decodes the index of n chunks.
func (s *lexicalSnapshot) restore(n int) (*lexical, error) {
	if s.Tokenizer != lexicalFingerprint() {
		return nil, errLexicalStale
	}
	bad := errors.New("lexical snapshot corrupt")
	lx := &lexical{postings: make(map[string][]posting, s.NTerms), lens: make([]float32, n), avgLen: s.AvgLen}
	b := s.Lens
	for i := range n {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, bad
		}
		lx.lens[i], b = float32(v), b[k:]
	}
	if len(b) != 0 || s.NPostings < 0 {
		return nil, bad
	}
	all := make([]posting, s.NPostings)
	used, off := 0, 0
	b = s.Postings
	next := func() (uint64, bool) {
		v, k := binary.Uvarint(b)
		if k <= 0 {
			return 0, false
		}
		b = b[k:]
		return v, true
	}
	for len(b) > 0 {
		l, ok1 := next()
		cnt, ok2 := next()
		if !ok1 || !ok2 || l > uint64(len(s.Terms)-off) || cnt > uint64(len(all)-used) {
			return nil, bad
		}
		term := s.Terms[off : off+int(l)]
		off += int(l)
		ps := all[used : used+int(cnt) : used+int(cnt)]
		used += int(cnt)
		doc := uint64(0)
		for i := range ps {
			d, ok1 := next()
			tf, ok2 := next()
			if !ok1 || !ok2 || d >= uint64(n) || doc+d >= uint64(n) {
				return nil, bad
			}
			doc += d
			ps[i] = posting{int32(doc), float32(tf)}
		}
		lx.postings[term] = ps
	}
	if off != len(s.Terms) || used != len(all) || len(lx.postings) != s.NTerms {
		return nil, bad
	}
	return lx, nil
}
