// Package embedding turns text into vectors: a pure-Go local embedder that
// works offline with no download, and an adapter for an OpenAI-compatible
// endpoint. Both return unit vectors, never a zero vector.
package embedding

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"runtime"
	"sort"
	"sync"
	"unicode"

	"github.com/gongwen/gongwen/internal/zh"
)

// LocalDim is the dimension of the local embedding. chromem-go's query time
// over 12.6k chunks is mostly its scalar dot product, so the dimension sets
// it: 256 dims gave search p50 9.96–10.36 ms (chromem alone 9.1–9.8 ms),
// 128 gave 7.9 ms (chromem 7.0 ms) with recall@1 0.927 → 0.939 on the eval
// set, since the dense ranking only breaks BM25's ties (FusionWeight).
// 64 was no faster on two cores and no better.
const LocalDim = 128

// Local is a deterministic, Chinese-aware hashed n-gram embedding: character
// unigrams, bigrams and trigrams of Han runs plus numbers and Latin words,
// each hashed to a signed coordinate with sublinear term weighting. It has
// no vocabulary to load, so every CLI call starts instantly.
type Local struct{}

// Name identifies the embedder in the index snapshot.
func (Local) Name() string { return fmt.Sprintf("local-ngram-v1-%d", LocalDim) }

// FusionWeight is the say the local vectors get against BM25 in hybrid
// search. They see the same characters BM25 does, only hashed and blurred:
// on the staff question set with ../shared/govreports as distractors
// (gongwen eval --corpus ../shared/govreports) dense weight 1 gave
// recall@1 0.43, 0.5 gave 0.50 and 0.02 gave 0.77 at recall@5 0.98, so
// dense ranks here only break ties and add candidates BM25 misses.
func (Local) FusionWeight() float64 { return 0.02 }

// Embed embeds each text. Each vector depends on its text alone, so a large
// batch is split over all cores: embedding was half of an ingest's CPU time.
func (l Local) Embed(_ context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	workers := min(runtime.GOMAXPROCS(0), len(texts)/parallelEmbedMin)
	if workers < 2 {
		for i, t := range texts {
			out[i] = l.Vector(t)
		}
		return out, nil
	}
	var wg sync.WaitGroup
	per := (len(texts) + workers - 1) / workers
	for lo := 0; lo < len(texts); lo += per {
		hi := min(lo+per, len(texts))
		wg.Go(func() {
			for i := lo; i < hi; i++ {
				out[i] = l.Vector(texts[i])
			}
		})
	}
	wg.Wait()
	return out, nil
}

// parallelEmbedMin is the batch size per goroutine below which Embed stays on
// one: a short query gains nothing from a goroutine.
const parallelEmbedMin = 16

// Vector embeds one text.
func (Local) Vector(text string) []float32 {
	counts := map[string]float64{}
	var han []rune
	flush := func() {
		for i := range han {
			counts[string(han[i:i+1])] += 0.3
			if i+1 < len(han) {
				counts[string(han[i:i+2])] += 1
			}
			if i+2 < len(han) {
				counts[string(han[i:i+3])] += 0.5
			}
		}
		han = han[:0]
	}
	rs := []rune(zh.Normalize(text))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case zh.IsHan(r):
			han = append(han, r)
			i++
		case unicode.IsDigit(r) || unicode.IsLetter(r):
			flush()
			j := i
			for j < len(rs) && !zh.IsHan(rs[j]) && (unicode.IsDigit(rs[j]) || unicode.IsLetter(rs[j]) || rs[j] == '.') {
				j++
			}
			counts["#"+string(rs[i:j])] += 0.7
			i = j
		default:
			flush()
			i++
		}
	}
	flush()
	// Sum in a fixed term order: map order would change the low bits of
	// the float sums from run to run, and the vectors must be reproducible.
	terms := make([]string, 0, len(counts))
	for term := range counts {
		terms = append(terms, term)
	}
	sort.Strings(terms)
	var acc [LocalDim]float64
	h := fnv.New64a()
	for _, term := range terms {
		h.Reset()
		h.Write([]byte(term))
		x := h.Sum64()
		idx := int(x % LocalDim)
		sign := 1.0
		if (x>>32)&1 == 1 {
			sign = -1
		}
		acc[idx] += sign * (1 + math.Log(1+counts[term]))
	}
	v := make([]float32, LocalDim)
	for i, a := range acc {
		v[i] = float32(a)
	}
	return Normalize(v)
}

// Normalize scales v to unit length in place. A zero vector (empty text)
// becomes a fixed unit vector: chromem-go turns zero vectors into NaN scores.
func Normalize(v []float32) []float32 {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		if len(v) > 0 {
			v[0] = 1
		}
		return v
	}
	n := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= n
	}
	return v
}

// Remote is what Remote needs of an OpenAI-compatible client (internal/llm).
type RemoteClient interface {
	Embed(ctx context.Context, texts []string) ([][]float32, error)
	EmbedModel() string
}

// Remote embeds through an OpenAI-compatible endpoint.
type Remote struct{ Client RemoteClient }

// Name identifies the embedder in the index snapshot.
func (r Remote) Name() string { return "openai:" + r.Client.EmbedModel() }

// Embed embeds texts remotely and normalizes the vectors.
func (r Remote) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	vs, err := r.Client.Embed(ctx, texts)
	if err != nil {
		return nil, err
	}
	for i := range vs {
		vs[i] = Normalize(vs[i])
	}
	return vs, nil
}
