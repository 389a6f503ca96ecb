package index

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/zh"
)

// govreportsDir is the shared scale corpus beside the repository; the
// "+govreports" benchmarks skip when it is absent.
const govreportsDir = "../../../shared/govreports"

// benchCorpora are the corpora the benchmarks run over: the bundled one
// always, and the bundled one with the ~9 MB of government work reports the
// speed targets are set for.
var benchCorpora = []struct {
	name       string
	govreports bool
}{
	{"bundled", false},
	{"bundled+govreports", true},
}

func benchSources(b *testing.B, govreports bool) []Source {
	b.Helper()
	srcs := []Source{{Label: "内置语料", FS: corpus.FS()}}
	if govreports {
		if st, err := os.Stat(govreportsDir); err != nil || !st.IsDir() {
			b.Skipf("%s not found", govreportsDir)
		}
		srcs = append(srcs, Source{Label: govreportsDir, FS: os.DirFS(govreportsDir)})
	}
	return srcs
}

// benchIndexDir builds an index of the corpus in a temp dir of b. Each
// benchmark that needs one builds its own, inside the benchmark, so that a
// plain `go test` (no -bench) pays nothing and nothing outlives the run.
func benchIndexDir(b *testing.B, govreports bool) string {
	b.Helper()
	srcs := benchSources(b, govreports)
	dir := b.TempDir()
	if _, _, err := Ingest(context.Background(), dir, embedding.Local{}, IngestOptions{Sources: srcs}); err != nil {
		b.Fatal(err)
	}
	return dir
}

func BenchmarkIngestBundled(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			srcs := benchSources(b, c.govreports)
			ctx := context.Background()
			b.Run("cold", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					b.StopTimer()
					dir := filepath.Join(b.TempDir(), "db")
					b.StartTimer()
					if _, _, err := Ingest(ctx, dir, embedding.Local{}, IngestOptions{Sources: srcs}); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("unchanged", func(b *testing.B) {
				dir := benchIndexDir(b, c.govreports)
				for b.Loop() {
					rep, err := ingestReport(ctx, dir, srcs)
					if err != nil {
						b.Fatal(err)
					}
					if rep.Saved {
						b.Fatal("unchanged re-ingest rewrote the snapshot")
					}
				}
			})
		})
	}
}

func ingestReport(ctx context.Context, dir string, srcs []Source) (*IngestReport, error) {
	_, rep, err := Ingest(ctx, dir, embedding.Local{}, IngestOptions{Sources: srcs})
	return rep, err
}

func BenchmarkOpen(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			dir := benchIndexDir(b, c.govreports)
			ctx := context.Background()
			for b.Loop() {
				if _, err := Open(ctx, dir, embedding.Local{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// benchQueries are staff-style queries: topics, units and figures.
var benchQueries = []string{
	"普法宣传活动场次",
	"清城区民政局低保资金",
	"行政执法三项制度",
	"社会组织登记数量",
	"行政复议和行政应诉",
	"法治政府建设第一责任人职责",
}

func BenchmarkSearch(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			dir := benchIndexDir(b, c.govreports)
			ctx := context.Background()
			ix, err := Open(ctx, dir, embedding.Local{})
			if err != nil {
				b.Fatal(err)
			}
			filters := []struct {
				name string
				f    Filter
			}{
				{"all", Filter{}},
				{"org", Filter{Org: "清城区"}},
				{"year", Filter{Year: 2021}},
			}
			for _, f := range filters {
				b.Run(f.name, func(b *testing.B) {
					for i := 0; b.Loop(); i++ {
						if _, err := ix.Search(ctx, benchQueries[i%len(benchQueries)], 5, f.f); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		})
	}
}

// The tests below pin the speed-ups the benchmarks led to: each fast path
// must give exactly what the plain one gives.

// buildLexicalSequential is buildLexical as it was before tokenizing moved to
// all cores: the reference the parallel build must equal.
func buildLexicalSequential(texts []string) *lexical {
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

func sameLexical(t *testing.T, got, want *lexical) {
	t.Helper()
	if got.avgLen != want.avgLen || !slices.Equal(got.lens, want.lens) {
		t.Fatalf("lengths differ: avg %v vs %v", got.avgLen, want.avgLen)
	}
	if len(got.postings) != len(want.postings) {
		t.Fatalf("%d terms, want %d", len(got.postings), len(want.postings))
	}
	for tok, ps := range want.postings {
		if !slices.Equal(got.postings[tok], ps) {
			t.Fatalf("postings of %q differ", tok)
		}
	}
}

// bundledIndex ingests the bundled corpus into a temp dir.
func bundledTestIndex(t *testing.T) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, _, err := Ingest(context.Background(), dir, embedding.Local{}, IngestOptions{Sources: []Source{{Label: "内置语料", FS: corpus.FS()}}})
	if err != nil {
		t.Fatal(err)
	}
	return ix, dir
}

func lexicalTexts(ix *Index) []string {
	texts := make([]string, len(ix.chunks))
	for i, c := range ix.chunks {
		texts[i] = lexicalText(ix.docs[c.DocID], c.Chunk)
	}
	return texts
}

func TestBuildLexicalParallel(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	// Enough texts for several blocks, whatever the corpus size.
	var texts []string
	for len(texts) < 3*tokenBlockSize+7 {
		texts = append(texts, lexicalTexts(ix)...)
	}
	for _, n := range []int{0, 1, tokenBlockSize - 1, tokenBlockSize, tokenBlockSize + 1, len(texts)} {
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			sameLexical(t, buildLexical(texts[:n]), buildLexicalSequential(texts[:n]))
		})
	}
}

func TestLexicalSnapshot(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	n := len(ix.chunks)
	t.Run("round trip", func(t *testing.T) {
		lx, err := ix.lex.snapshot().restore(n)
		if err != nil {
			t.Fatal(err)
		}
		sameLexical(t, lx, ix.lex)
	})
	t.Run("other tokenizer", func(t *testing.T) {
		s := ix.lex.snapshot()
		s.Tokenizer = "lex0-old"
		if _, err := s.restore(n); !errors.Is(err, errLexicalStale) {
			t.Fatalf("restore with a stale tokenizer: %v, want errLexicalStale", err)
		}
	})
	t.Run("corrupt", func(t *testing.T) {
		for name, mutate := range map[string]func(*lexicalSnapshot){
			"chunk count":   func(s *lexicalSnapshot) { s.Lens = s.Lens[:len(s.Lens)-1] },
			"postings cut":  func(s *lexicalSnapshot) { s.Postings = s.Postings[:len(s.Postings)/2] },
			"terms cut":     func(s *lexicalSnapshot) { s.Terms = s.Terms[:len(s.Terms)-3] },
			"posting count": func(s *lexicalSnapshot) { s.NPostings-- },
		} {
			s := ix.lex.snapshot()
			mutate(s)
			if _, err := s.restore(n); err == nil {
				t.Errorf("%s: restore succeeded", name)
			}
		}
	})
	t.Run("fractional tf", func(t *testing.T) {
		lx := buildLexicalSequential([]string{"普法宣传"})
		lx.postings["普法"][0].tf = 0.5
		if lx.snapshot() != nil {
			t.Fatal("snapshot of a fractional frequency, want nil (rebuild on open)")
		}
	})
}

// TestOpenSameAsIngest checks that an opened index (packed snapshot, stored
// lexical index) is the one Ingest built from the files.
func TestOpenSameAsIngest(t *testing.T) {
	built, dir := bundledTestIndex(t)
	ctx := context.Background()
	opened, err := Open(ctx, dir, embedding.Local{})
	if err != nil {
		t.Fatal(err)
	}
	if len(opened.chunks) != len(built.chunks) {
		t.Fatalf("%d chunks, want %d", len(opened.chunks), len(built.chunks))
	}
	for i, c := range built.chunks {
		o := opened.chunks[i]
		if o.ID != c.ID || o.Text != c.Text || !slices.Equal(o.Vector, c.Vector) || !slices.Equal(o.Path, c.Path) {
			t.Fatalf("chunk %d differs after open", i)
		}
	}
	sameLexical(t, opened.lex, built.lex)
	for _, q := range benchQueries {
		a, err := built.Search(ctx, q, 10, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := opened.Search(ctx, q, 10, Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("%s: %d hits after open, want %d", q, len(b), len(a))
		}
		for i := range a {
			if a[i].Chunk.ID != b[i].Chunk.ID || a[i].Score != b[i].Score {
				t.Errorf("%s: hit %d is %s (%v) after open, want %s (%v)", q, i, b[i].Chunk.ID, b[i].Score, a[i].Chunk.ID, a[i].Score)
			}
		}
	}
}

func TestSnapshotWrite(t *testing.T) {
	doc := StoredDoc{Meta: document.Meta{ID: "d"}, Text: "一、总体要求\n开展普法宣传活动12场次。"}
	chunks := []StoredChunk{
		{Chunk: document.Chunk{ID: "d#0", DocID: "d", Start: 0, End: 18, Text: doc.Text[:18]}, Vector: []float32{1, 0}},
		// Text that is not the document's slice stays inline.
		{Chunk: document.Chunk{ID: "d#1", DocID: "d", Start: 19, End: 19, Text: "别处的文字"}, Vector: []float32{0, 1}},
		{Chunk: document.Chunk{ID: "d#2", DocID: "d", Start: 19, End: len(doc.Text), Text: doc.Text[19:]}, Vector: []float32{0.6, 0.8}},
	}
	lex := buildLexicalSequential([]string{"普法宣传", "行政执法", "普法 12场"})
	for _, tc := range []struct {
		name    string
		mutate  func([]StoredChunk)
		wantDim int
	}{
		{"same dims", func([]StoredChunk) {}, 2},
		{"mixed dims", func(cs []StoredChunk) { cs[2].Vector = []float32{1} }, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := slices.Clone(chunks)
			tc.mutate(cs)
			snap := &snapshot{Version: snapshotVersion, Embedder: "e", Docs: []StoredDoc{doc}, Chunks: cs, lex: lex}
			var buf bytes.Buffer
			if err := snap.write(gob.NewEncoder(&buf)); err != nil {
				t.Fatal(err)
			}
			if snap.Chunks[0].Text == "" || snap.Chunks[0].Vector == nil {
				t.Fatal("write modified its input")
			}
			// Decoded as Open does.
			dec := gob.NewDecoder(&buf)
			var got snapshot
			if err := dec.Decode(&got); err != nil {
				t.Fatal(err)
			}
			if got.Dim != tc.wantDim || !slices.Equal(got.TextInline, []int32{1}) || got.Parts < 2 {
				t.Fatalf("header: Dim %d TextInline %v Parts %d", got.Dim, got.TextInline, got.Parts)
			}
			for range got.Parts - 1 {
				if err := dec.Decode(&got); err != nil {
					t.Fatal(err)
				}
			}
			if err := got.unpack(); err != nil {
				t.Fatal(err)
			}
			if got.Version != snapshotVersion || got.Embedder != "e" || len(got.Docs) != 1 {
				t.Fatalf("header or docs lost: %+v", got)
			}
			for i, c := range cs {
				g := got.Chunks[i]
				if g.Text != c.Text || !slices.Equal(g.Vector, c.Vector) {
					t.Errorf("chunk %d: %q %v, want %q %v", i, g.Text, g.Vector, c.Text, c.Vector)
				}
			}
			lx, err := got.Lexical.restore(3)
			if err != nil {
				t.Fatal(err)
			}
			sameLexical(t, lx, lex)
		})
	}
}

func TestTopScored(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 49, 50, 51, 1000} {
		for _, k := range []int{1, 10, 50} {
			t.Run(fmt.Sprintf("%d/%d", n, k), func(t *testing.T) {
				xs := make([]scored, n)
				for i := range xs {
					// Few distinct scores, so ties are broken by index.
					xs[i] = scored{idx: rng.IntN(n + 1), score: float64(rng.IntN(7))}
				}
				want := slices.Clone(xs)
				sort.Slice(want, func(i, j int) bool { return better(want[i], want[j]) })
				want = want[:min(k, len(want))]
				if got := topScored(slices.Clone(xs), k); !slices.Equal(got, want) {
					t.Errorf("topScored = %v, want %v", got, want)
				}
			})
		}
	}
}

// BenchmarkDense compares chromem-go's exhaustive query with a plain scan of
// the same vectors held in one array, the alternative for Search's dense
// ranking when chromem's query is the bulk of a search (see BENCHMARKS.md).
func BenchmarkDense(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			dir := benchIndexDir(b, c.govreports)
			ctx := context.Background()
			ix, err := Open(ctx, dir, embedding.Local{})
			if err != nil {
				b.Fatal(err)
			}
			vecs := make([][]float32, len(benchQueries))
			for i, q := range benchQueries {
				if vecs[i], err = ix.EmbedQuery(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			n := min(50, len(ix.chunks))
			b.Run("chromem", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					if err := ix.RawDenseQuery(ctx, vecs[i%len(vecs)], n); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("flat", func(b *testing.B) {
				dim := len(ix.chunks[0].Vector)
				flat := make([]float32, 0, dim*len(ix.chunks))
				for _, c := range ix.chunks {
					flat = append(flat, c.Vector...)
				}
				buf := make([]scored, 0, len(ix.chunks))
				for i := 0; b.Loop(); i++ {
					buf = flatScan(buf[:0], flat, vecs[i%len(vecs)], n)
				}
			})
		})
	}
}

// flatScan is the prototype dense ranking BenchmarkDense measures: dot
// products over rows of one array, four accumulators, heap top-n.
func flatScan(out []scored, flat, q []float32, n int) []scored {
	dim := len(q)
	for i := 0; i+dim <= len(flat); i += dim {
		row := flat[i : i+dim : i+dim]
		var s0, s1, s2, s3 float32
		j := 0
		for ; j+4 <= dim; j += 4 {
			s0 += row[j] * q[j]
			s1 += row[j+1] * q[j+1]
			s2 += row[j+2] * q[j+2]
			s3 += row[j+3] * q[j+3]
		}
		for ; j < dim; j++ {
			s0 += row[j] * q[j]
		}
		out = append(out, scored{i / dim, float64(s0 + s1 + s2 + s3)})
	}
	return topScored(out, n)
}

// TestLocalEmbedBatch pins the batch split in embedding.Local.Embed: every
// vector is the one its text gets alone, in order. Up to rounding: Vector
// sums its terms in map order, so the last bits vary from call to call.
func TestLocalEmbedBatch(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	texts := lexicalTexts(ix)
	vecs, err := embedding.Local{}.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		want := embedding.Local{}.Vector(text)
		for j := range want {
			if d := vecs[i][j] - want[j]; d > 1e-6 || d < -1e-6 {
				t.Fatalf("vector %d differs from Vector of its text at %d: %v vs %v", i, j, vecs[i][j], want[j])
			}
		}
	}
}
