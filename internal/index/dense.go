package index

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strconv"
	"sync"

	chromem "github.com/philippgille/chromem-go"

	"github.com/gongwen/gongwen/internal/zh"
)

// denseMode is how a search uses the vectors.
type denseMode int

const (
	denseNone    denseMode = iota // no vectors, or an embedder that asks for none
	denseScan                     // every allowed passage's vector, scanned here
	denseChromem                  // chromem-go's query over the whole collection
)

// denseScanMax is the most passages a tie-breaking embedder's vectors are
// scanned over. The offline hashed vectors have FusionWeight 0.02: they
// break BM25's ties. Measured with `gongwen eval` over bundled + govreports
// + policies (13,452 passages): without them recall@1 drops on three of six
// splits (seed/tune 0.900 → 0.875, policies 0.795 → 0.786 and 0.748 →
// 0.740), recall@5 and answer accuracy stay the same; a scan costs about
// 0.1 µs a passage (1–2 ms at 13k, 100 ms at 1M on this machine). Up to
// this many passages the scan is kept, so quality on the eval sets is the
// full ranking's; beyond it the vectors are not used at all. A rerank of
// only BM25's 50 candidates by them was tried for that case: over the 476
// questions of the eval sets it changed no top-10 list against no vectors.
const denseScanMax = 200_000

// denseMode decides, per embedder and scope size, what the dense ranking
// costs. An embedder whose vote counts as much as BM25's (a real model via
// GONGWEN_EMBED_MODEL, weight 1) always gets its full ranking.
func (ix *Index) denseMode(nAllowed int) denseMode {
	w := ix.denseWeight()
	switch {
	case w == 0 || ix.dim == 0:
		return denseNone
	case w >= 1 && nAllowed == len(ix.recs):
		return denseChromem
	case w >= 1 || nAllowed <= denseScanMax:
		return denseScan
	default:
		return denseNone
	}
}

// denseStore is the chromem-go collection of the chunks' vectors, made on
// the first query that needs it: the offline embedder's ranking is not run
// at all (see denseWeight), so a CLI call over the default setup never pays
// for a collection of a million documents. The collection's embeddings are
// the snapshot's mapped vectors (chromem keeps a normalized vector as given),
// so they are held once.
type denseStore struct {
	once sync.Once
	coll *chromem.Collection
	err  error
}

func (ix *Index) collection(ctx context.Context) (*chromem.Collection, error) {
	ix.dense.once.Do(func() {
		db := chromem.NewDB()
		// The embedding func is never called for queries (we pass vectors),
		// but chromem would default to OpenAI if given nil: pass ours.
		coll, err := db.CreateCollection("chunks", nil, func(ctx context.Context, text string) ([]float32, error) {
			v, err := ix.embedder.Embed(ctx, []string{text})
			if err != nil {
				return nil, err
			}
			return v[0], nil
		})
		if err != nil {
			ix.dense.err = err
			return
		}
		if n := len(ix.recs); n > 0 && ix.dim > 0 {
			// The chunk's ordinal is its id in the collection: results map
			// back without a table of a million strings.
			docs := make([]chromem.Document, n)
			for i := range docs {
				docs[i] = chromem.Document{ID: strconv.Itoa(i), Embedding: ix.vector(i)}
			}
			if err := coll.AddDocuments(context.WithoutCancel(ctx), docs, runtime.NumCPU()); err != nil {
				ix.dense.err = fmt.Errorf("载入向量失败: %w", err)
				return
			}
			if got := coll.Count(); got != n {
				ix.dense.err = fmt.Errorf("索引不完整:快照有 %d 个段落,载入 %d 个;请运行 gongwen ingest --rebuild", n, got)
				return
			}
		}
		ix.dense.coll = coll
	})
	return ix.dense.coll, ix.dense.err
}

// denseSearch ranks chunks by similarity to vec. Unscoped, it is
// chromem-go's query over the whole collection; scoped, only the vectors of
// the allowed documents' chunks are compared — chromem's where-filter
// would test every document in the collection, so a question about one
// office's reports would cost as much as one about the whole province.
func (ix *Index) denseSearch(ctx context.Context, vec []float32, sc scope, useChromem bool) ([]scored, error) {
	if sc == nil && useChromem {
		coll, err := ix.collection(ctx)
		if err != nil {
			return nil, err
		}
		res, err := coll.QueryEmbedding(ctx, vec, min(candidates, coll.Count()), nil, nil)
		if err != nil {
			return nil, err
		}
		out := make([]scored, 0, len(res))
		for _, r := range res {
			i, err := strconv.Atoi(r.ID)
			if err != nil || i < 0 || i >= len(ix.recs) {
				return nil, fmt.Errorf("向量库返回了未知段落 %q", r.ID)
			}
			out = append(out, scored{i, float64(r.Similarity)})
		}
		return out, nil
	}
	top := newTopK(candidates)
	for d := range len(ix.docList) {
		if sc != nil && !sc[d] {
			continue
		}
		for i := int(ix.docFirst[d]); i < int(ix.docFirst[d+1]); i++ {
			top.offer(i, float64(dot(ix.vector(i), vec)))
		}
	}
	return top.sorted(), nil
}

// topK keeps the k best of what it is offered in a heap with the worst at
// the root: a scan compares each passage with the root and moves on, with
// nothing allocated per passage.
type topK struct {
	k int
	h []scored
}

func newTopK(k int) *topK { return &topK{k: k, h: make([]scored, 0, k)} }

func (t *topK) offer(idx int, score float64) {
	x := scored{idx, score}
	if len(t.h) < t.k {
		t.h = append(t.h, x)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !better(t.h[p], t.h[i]) {
				break
			}
			t.h[p], t.h[i] = t.h[i], t.h[p]
			i = p
		}
		return
	}
	if t.k == 0 || !better(x, t.h[0]) {
		return
	}
	t.h[0] = x
	for i := 0; ; {
		c := 2*i + 1
		if c >= len(t.h) {
			return
		}
		if c+1 < len(t.h) && better(t.h[c], t.h[c+1]) {
			c++
		}
		if !better(t.h[i], t.h[c]) {
			return
		}
		t.h[i], t.h[c] = t.h[c], t.h[i]
		i = c
	}
}

// sorted is the kept results, best first.
func (t *topK) sorted() []scored {
	sort.Slice(t.h, func(i, j int) bool { return better(t.h[i], t.h[j]) })
	return t.h
}

// dot is the similarity of two unit vectors. Eight accumulators over
// fixed-length subslices let the compiler drop the bounds checks and keep
// the sums in registers: 20% faster than four with indexes, and several
// times chromem-go's one scalar sum.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	for len(a) >= 8 && len(b) >= 8 {
		a8, b8 := a[:8:8], b[:8:8]
		s0 += a8[0] * b8[0]
		s1 += a8[1] * b8[1]
		s2 += a8[2] * b8[2]
		s3 += a8[3] * b8[3]
		s4 += a8[4] * b8[4]
		s5 += a8[5] * b8[5]
		s6 += a8[6] * b8[6]
		s7 += a8[7] * b8[7]
		a, b = a[8:], b[8:]
	}
	for i := range a {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7
}

// EmbedQuery embeds a query the way Search does.
func (ix *Index) EmbedQuery(ctx context.Context, q string) ([]float32, error) {
	vs, err := ix.embedder.Embed(ctx, []string{zh.StripQuestion(q)})
	if err != nil {
		return nil, err
	}
	return vs[0], nil
}

// RawDenseQuery runs chromem-go's own exhaustive query for the n nearest
// chunks, unfiltered, and discards the result: a baseline for `gongwen
// bench`, since this package is the only one that may touch chromem-go.
func (ix *Index) RawDenseQuery(ctx context.Context, vec []float32, n int) error {
	coll, err := ix.collection(ctx)
	if err != nil {
		return err
	}
	_, err = coll.QueryEmbedding(ctx, vec, min(n, coll.Count()), nil, nil)
	return err
}

// FlatScan compares vec with every chunk's vector in one pass over the
// mapped array and keeps the n best: the other baseline `gongwen bench`
// reads Search against.
func (ix *Index) FlatScan(vec []float32, n int) int {
	top := newTopK(n)
	for i := range ix.recs {
		top.offer(i, float64(dot(ix.vector(i), vec)))
	}
	return len(top.sorted())
}
