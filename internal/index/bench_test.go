package index

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/zh"
)

// govreportsDir is the shared scale corpus beside the repository (or where
// GONGWEN_GOVREPORTS says, for a checkout elsewhere); the "+govreports"
// benchmarks skip when it is absent.
var govreportsDir = cmp.Or(os.Getenv("GONGWEN_GOVREPORTS"), "../../../shared/govreports")

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
// openBenchIndex opens the benchmark corpus's index.
func openBenchIndex(b *testing.B, govreports bool) *Index {
	b.Helper()
	ix, err := Open(context.Background(), benchIndexDir(b, govreports), embedding.Local{})
	if err != nil {
		b.Fatal(err)
	}
	return ix
}

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
			ctx := context.Background()
			ix := openBenchIndex(b, c.govreports)
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

// lexRef is a lexical index as plain maps: the reference the compact
// postings must decode to.
type lexRef struct {
	postings map[string][]posting
	lens     []uint32
	avgLen   float32
}

// buildLexicalSequential is the lexical build on one goroutine into plain
// slices: what the parallel, compact build must equal.
func buildLexicalSequential(texts []string) *lexRef {
	lx := &lexRef{postings: map[string][]posting{}, lens: make([]uint32, len(texts))}
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
		lx.lens[i] = uint32(len(toks))
		total += float64(len(toks))
	}
	for _, ps := range lx.postings {
		sort.Slice(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc })
	}
	if len(texts) > 0 {
		lx.avgLen = float32(total / float64(len(texts)))
	}
	return lx
}

// decodeBuilt decodes built postings into the reference form.
func decodeBuilt(bp *builtPostings) *lexRef {
	lx := &lexRef{postings: map[string][]posting{}, lens: bp.lens, avgLen: bp.avgLen}
	for tok, tp := range bp.terms {
		b := tp.buf
		var doc uint64
		for len(b) > 0 {
			d, k1 := binary.Uvarint(b)
			tf, k2 := binary.Uvarint(b[k1:])
			b = b[k1+k2:]
			doc += d
			lx.postings[tok] = append(lx.postings[tok], posting{int32(doc), float32(tf)})
		}
		if int(tp.df) != len(lx.postings[tok]) {
			panic("df differs from the postings")
		}
	}
	return lx
}

// decodeOpened reads every term of an opened lexical index.
func decodeOpened(lx *lexical) *lexRef {
	out := &lexRef{postings: map[string][]posting{}, lens: slices.Clone(lx.lens), avgLen: lx.avgLen}
	for i := range lx.df {
		tok := lx.term(i)
		lx.each(tok, func(p posting) bool { out.postings[tok] = append(out.postings[tok], p); return true })
	}
	return out
}

func sameLexical(t *testing.T, got, want *lexRef) {
	t.Helper()
	if got.avgLen != want.avgLen || !slices.Equal(got.lens, want.lens) {
		t.Fatalf("lengths differ: avg %v vs %v", got.avgLen, want.avgLen)
	}
	if len(got.postings) != len(want.postings) {
		t.Fatalf("%d terms, want %d", len(got.postings), len(want.postings))
	}
	for tok, ps := range want.postings {
		if !slices.Equal(got.postings[tok], ps) {
			t.Fatalf("postings of %q differ: %v, want %v", tok, got.postings[tok], ps)
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
	texts := make([]string, ix.NumChunks())
	for i := range texts {
		texts[i] = lexicalText(ix.docOf(i), ix.chunk(i))
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
			sameLexical(t, decodeBuilt(buildLexical(texts[:n])), buildLexicalSequential(texts[:n]))
		})
	}
}

// TestOpenedLexical: the postings read in place from the file are the
// ones the chunks' texts give.
func TestOpenedLexical(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	sameLexical(t, decodeOpened(ix.lex), buildLexicalSequential(lexicalTexts(ix)))
	if ix.lex.find("不存在的词项") != -1 || ix.DF("不存在的词项") != 0 {
		t.Error("a term no chunk has was found")
	}
}

func TestSnapshotWrite(t *testing.T) {
	doc := StoredDoc{Meta: document.Meta{ID: "d"}, Text: "一、总体要求\n开展普法宣传活动12场次。", Sections: []document.Section{{Heading: "总体要求", Marker: "一、", Path: document.HeadingPath{"一、总体要求"}}}}
	other := StoredDoc{Meta: document.Meta{ID: "e", Title: "另一份"}, Text: "行政执法"}
	chunks := []StoredChunk{
		{Chunk: document.Chunk{ID: "d#0", DocID: "d", Path: document.HeadingPath{"一、总体要求"}, Start: 0, End: 18, Text: doc.Text[:18]}, Vector: []float32{1, 0}},
		// Text that is not the document's slice stays inline.
		{Chunk: document.Chunk{ID: "d#1", DocID: "d", Start: 19, End: 19, Text: "别处的文字"}, Vector: []float32{0, 1}},
		{Chunk: document.Chunk{ID: "d#2", DocID: "d", Path: document.HeadingPath{"一、总体要求"}, Start: 19, End: len(doc.Text), Text: doc.Text[19:]}, Vector: []float32{0.6, 0.8}},
		{Chunk: document.Chunk{ID: "e#0", DocID: "e", Start: 0, End: len(other.Text), Text: other.Text}, Vector: []float32{0.8, 0.6}},
	}
	docs := []StoredDoc{doc, other}
	ctx := context.Background()
	t.Run("round trip", func(t *testing.T) {
		dir := t.TempDir()
		data := &snapshotData{Version: snapshotVersion, Embedder: embedding.Local{}.Name(), Generation: 3, Docs: docs, Chunks: chunks}
		if err := save(dir, data, nil); err != nil {
			t.Fatal(err)
		}
		if g := readGeneration(dir); g != 3 {
			t.Errorf("generation %d, want 3", g)
		}
		ix, err := Open(ctx, dir, embedding.Local{})
		if err != nil {
			t.Fatal(err)
		}
		if ix.NumChunks() != len(chunks) || ix.NumDocs() != 2 || ix.Generation() != 3 {
			t.Fatalf("%d chunks %d docs gen %d", ix.NumChunks(), ix.NumDocs(), ix.Generation())
		}
		for i, c := range ix.storedChunks() {
			w := chunks[i]
			if c.ID != w.ID || c.DocID != w.DocID || c.Text != w.Text || !slices.Equal(c.Vector, w.Vector) || !slices.Equal(c.Path, w.Path) || c.Start != w.Start {
				t.Errorf("chunk %d: %+v, want %+v", i, c, w)
			}
		}
		if got := ix.Chunks("e"); len(got) != 1 || got[0].ID != "e#0" {
			t.Errorf("Chunks(e) = %v", got)
		}
		if d, _ := ix.Doc("d"); d.Text != doc.Text || len(d.Sections) != 1 || d.Sections[0].Marker != "一、" {
			t.Errorf("doc d came back as %+v", d)
		}
		texts := make([]string, len(chunks))
		for i, c := range chunks {
			d := &docs[0]
			if c.DocID == "e" {
				d = &docs[1]
			}
			texts[i] = lexicalText(d, c.Chunk)
		}
		sameLexical(t, decodeOpened(ix.lex), buildLexicalSequential(texts))
	})
	t.Run("mixed dims", func(t *testing.T) {
		cs := slices.Clone(chunks)
		cs[2].Vector = []float32{1}
		var buf bytes.Buffer
		if err := writeSnapshot(&buf, &snapshotData{Docs: docs, Chunks: cs}); err == nil {
			t.Fatal("a snapshot of vectors of two lengths was written")
		}
	})
	t.Run("chunks out of document order", func(t *testing.T) {
		cs := []StoredChunk{chunks[3], chunks[0]}
		var buf bytes.Buffer
		if err := writeSnapshot(&buf, &snapshotData{Docs: docs, Chunks: cs}); err == nil {
			t.Fatal("chunks of document e before those of d were written")
		}
	})
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
				top := newTopK(k)
				for _, x := range xs {
					top.offer(x.idx, x.score)
				}
				if got := top.sorted(); !slices.Equal(got, want) {
					t.Errorf("topK = %v, want %v", got, want)
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
			ctx := context.Background()
			ix := openBenchIndex(b, c.govreports)
			vecs := make([][]float32, len(benchQueries))
			for i, q := range benchQueries {
				var err error
				if vecs[i], err = ix.EmbedQuery(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			n := min(50, ix.NumChunks())
			b.Run("chromem", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					if err := ix.RawDenseQuery(ctx, vecs[i%len(vecs)], n); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("flat", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					ix.FlatScan(vecs[i%len(vecs)], n)
				}
			})
		})
	}
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

// TestLexicalParallel: the postings split over two goroutines score what
// one goroutine scores, scoped or not, with document credit or without.
func TestLexicalParallel(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	queries := append(slices.Clone(benchQueries), "清城区2024年普法宣传", "株洲市民政局方案任务分工")
	filters := []Filter{{}, {Org: "清城区"}, {Year: 2021}, {Kind: document.KindPlan}}
	defer func(n int) { parallelPostingsMin = n }(parallelPostingsMin)
	for _, q := range queries {
		for _, f := range filters {
			sc, _ := ix.scopeOf(f)
			toks := zh.QueryTokens(q)
			for _, meta := range []*docMeta{ix.meta, nil} {
				parallelPostingsMin = 1 << 62
				want := ix.lex.search(toks, 50, sc, ix.chunkDoc, meta)
				parallelPostingsMin = 0
				got := ix.lex.search(toks, 50, sc, ix.chunkDoc, meta)
				if len(got) != len(want) {
					t.Fatalf("%q %+v: %d results in parallel, %d alone", q, f, len(got), len(want))
				}
				for i := range want {
					if d := got[i].score - want[i].score; d > 1e-9 || d < -1e-9 {
						t.Errorf("%q %+v: result %d scores %v in parallel, %v alone", q, f, i, got[i].score, want[i].score)
					}
					if sc != nil && !sc[ix.chunkDoc[got[i].idx]] {
						t.Errorf("%q %+v: chunk %d outside the scope", q, f, got[i].idx)
					}
				}
			}
		}
	}
}

// TestDenseModes: the offline vectors are scanned up to denseScanMax
// passages and not used beyond; chromem-go's query and the scan give hits
// inside the filter, with similarities of unit vectors, in the same order.
func TestDenseModes(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	ctx := context.Background()
	if got := ix.denseMode(ix.NumChunks()); got != denseScan {
		t.Errorf("offline vectors over %d passages: mode %d, want a scan", ix.NumChunks(), got)
	}
	if got := ix.denseMode(denseScanMax + 1); got != denseNone {
		t.Errorf("offline vectors over %d passages: mode %d, want none", denseScanMax+1, got)
	}
	vec, err := ix.EmbedQuery(ctx, "普法宣传活动场次")
	if err != nil {
		t.Fatal(err)
	}
	sc, n := ix.scopeOf(Filter{Org: "清城区"})
	if sc == nil || n == 0 || n == ix.NumChunks() {
		t.Fatalf("scope of 清城区: %d of %d passages", n, ix.NumChunks())
	}
	for _, useChromem := range []bool{false, true} {
		res, err := ix.denseSearch(ctx, vec, sc, useChromem)
		if err != nil {
			t.Fatal(err)
		}
		if len(res) == 0 {
			t.Fatal("no dense results in scope")
		}
		for _, r := range res {
			if !sc[ix.chunkDoc[r.idx]] || r.score > 1.0001 || r.score < -1.0001 {
				t.Errorf("dense result %d (score %v) outside the scope or not a cosine", r.idx, r.score)
			}
		}
	}
	// Unscoped, chromem-go's query and the scan agree on the order.
	a, err := ix.denseSearch(ctx, vec, nil, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ix.denseSearch(ctx, vec, nil, false)
	if err != nil {
		t.Fatal(err)
	}
	for i := range min(len(a), len(b), 10) {
		if a[i].idx != b[i].idx && math.Abs(a[i].score-b[i].score) > 1e-6 {
			t.Errorf("rank %d: chromem %d (%v), scan %d (%v)", i, a[i].idx, a[i].score, b[i].idx, b[i].score)
		}
	}
}

// TestDocsWithTokens: DocsWithAll and TokenInDocs, which walk postings by
// document runs, agree with the chunks' own tokens.
func TestDocsWithTokens(t *testing.T) {
	ix, _ := bundledTestIndex(t)
	has := map[string]map[string]bool{} // token → documents
	for i := range ix.NumChunks() {
		id := ix.docOf(i).ID
		for _, tok := range zh.Tokens(lexicalText(ix.docOf(i), ix.chunk(i))) {
			if has[tok] == nil {
				has[tok] = map[string]bool{}
			}
			has[tok][id] = true
		}
	}
	for _, toks := range [][]string{{"普法"}, {"普法", "宣传"}, {"清城", "城区", "普法"}, {"株洲"}, {"不存在"}, {}} {
		want := 0
		if len(toks) > 0 {
			for _, d := range ix.Docs() {
				all := true
				for _, tok := range toks {
					all = all && has[tok][d.ID]
				}
				if all {
					want++
				}
			}
		}
		if got := ix.DocsWithAll(toks); got != want {
			t.Errorf("DocsWithAll(%v) = %d, want %d", toks, got, want)
		}
	}
	for _, tok := range []string{"普法", "株洲", "不存在"} {
		for _, d := range ix.Docs() {
			allow := func(id string) bool { return id == d.ID }
			if got := ix.TokenInDocs(tok, allow); got != has[tok][d.ID] {
				t.Errorf("TokenInDocs(%q, only %s) = %v, want %v", tok, d.ID, got, has[tok][d.ID])
			}
		}
	}
}

// fullVoteEmbedder embeds like Local but asks for a full say in the fusion,
// as a real model (GONGWEN_EMBED_MODEL) does.
type fullVoteEmbedder struct{ embedding.Local }

func (fullVoteEmbedder) Name() string          { return "full-vote-local" }
func (fullVoteEmbedder) FusionWeight() float64 { return 1 }

// TestSearchFullVote: an embedder with a full vote gets chromem-go's query
// over the whole collection unscoped and the scan of its scope otherwise,
// and its similarities reach the hits.
func TestSearchFullVote(t *testing.T) {
	ctx := context.Background()
	ix, _, err := Ingest(ctx, t.TempDir(), fullVoteEmbedder{}, IngestOptions{Sources: []Source{{Label: "内置语料", FS: corpus.FS()}}})
	if err != nil {
		t.Fatal(err)
	}
	if m := ix.denseMode(ix.NumChunks()); m != denseChromem {
		t.Errorf("unscoped mode %d, want chromem-go's query", m)
	}
	if m := ix.denseMode(ix.NumChunks() - 1); m != denseScan {
		t.Errorf("scoped mode %d, want the scan", m)
	}
	for _, f := range []Filter{{}, {Org: "清城区"}} {
		hits, err := ix.Search(ctx, "普法宣传活动场次", 10, f)
		if err != nil {
			t.Fatal(err)
		}
		dense := 0
		for _, h := range hits {
			if h.Dense != 0 {
				dense++
			}
			if f.Org != "" && !strings.Contains(h.Doc.Org+h.Doc.Title, f.Org) {
				t.Errorf("%+v: hit from %s", f, h.Doc.Org)
			}
		}
		if len(hits) == 0 || dense == 0 {
			t.Errorf("%+v: %d hits, %d with a dense similarity", f, len(hits), dense)
		}
	}
	if ix.dense.coll == nil {
		t.Error("chromem-go's collection was never built for the unscoped query")
	}
}
