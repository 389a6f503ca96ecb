package index_test

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// countingEmbedder is the local embedder that counts the texts it embeds,
// so a test can tell whether an ingest re-embedded unchanged files.
type countingEmbedder struct {
	embedding.Local
	texts *atomic.Int64
}

func (e countingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	e.texts.Add(int64(len(texts)))
	return e.Local.Embed(ctx, texts)
}

// otherEmbedder embeds like Local but names itself differently, as a remote
// model configured after the index was built would.
type otherEmbedder struct{ embedding.Local }

func (otherEmbedder) Name() string { return "fake-other-embedder" }

// bundledMapFS copies the bundled corpus (documents and manifest) into a
// MapFS that a test may change.
func bundledMapFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(corpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(corpus.FS(), p)
		m[p] = &fstest.MapFile{Data: b, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func src(fsys fs.FS) []index.Source { return []index.Source{{Label: "test", FS: fsys}} }

func mustIngest(t *testing.T, dir string, emb index.Embedder, opt index.IngestOptions) (*index.Index, *index.IngestReport) {
	t.Helper()
	ix, rep, err := index.Ingest(context.Background(), dir, emb, opt)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return ix, rep
}

func mustOpen(t *testing.T, dir string) *index.Index {
	t.Helper()
	ix, err := index.Open(context.Background(), dir, embedding.Local{})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return ix
}

// bundledIndex builds the bundled corpus into a fresh directory. It takes
// well under a second, so each test gets its own instead of sharing state.
func bundledIndex(t *testing.T) (*index.Index, string) {
	t.Helper()
	dir := t.TempDir()
	ix, _ := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}}})
	return ix, dir
}

// searchWorks checks that a query for a known passage finds it.
func searchWorks(t *testing.T, ix *index.Index) {
	t.Helper()
	hits, err := ix.Search(context.Background(), "应参检的社会组织208个,已参检的社会组织171个", 5, index.Filter{})
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	for _, h := range hits {
		if h.Doc.ID == "000_12c169896502c5d3" && strings.Contains(h.Chunk.Text, "应参检的社会组织208个") {
			return
		}
	}
	t.Errorf("search did not find the 年检 passage of 000; got %d hits", len(hits))
}

type fileID struct {
	info os.FileInfo
	data []byte
}

func snapshotID(t *testing.T, dir string) fileID {
	t.Helper()
	p := filepath.Join(dir, index.SnapshotFile)
	info, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return fileID{info, data}
}

func sameSnapshot(a, b fileID) bool {
	return os.SameFile(a.info, b.info) && a.info.ModTime().Equal(b.info.ModTime()) && string(a.data) == string(b.data)
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	m, err := filepath.Glob(filepath.Join(dir, index.SnapshotFile+".tmp-*"))
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestIngestIncremental(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fsys := bundledMapFS(t)
	var n atomic.Int64
	emb := countingEmbedder{texts: &n}

	ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys)})
	if len(rep.Added) != 5 || len(rep.Updated) != 0 || rep.Unchanged != 0 || !rep.Saved || len(rep.Failed) != 0 {
		t.Fatalf("first ingest: %+v", rep)
	}
	if rep.Docs != 5 || rep.Chunks != ix.NumChunks() || n.Load() != int64(ix.NumChunks()) {
		t.Fatalf("first ingest: report %d docs %d chunks, index %d chunks, %d texts embedded", rep.Docs, rep.Chunks, ix.NumChunks(), n.Load())
	}
	chunks := ix.NumChunks()
	before := snapshotID(t, dir)

	t.Run("same sources again", func(t *testing.T) {
		n.Store(0)
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys)})
		if len(rep.Added) != 0 || len(rep.Updated) != 0 || len(rep.Removed) != 0 || rep.Unchanged != 5 || rep.Saved {
			t.Errorf("report %+v, want 5 unchanged and nothing saved", rep)
		}
		if n.Load() != 0 {
			t.Errorf("re-embedded %d texts of unchanged files", n.Load())
		}
		if ix.NumChunks() != chunks || len(ix.Docs()) != 5 {
			t.Errorf("index has %d docs, %d chunks; want 5, %d", len(ix.Docs()), ix.NumChunks(), chunks)
		}
		if !sameSnapshot(before, snapshotID(t, dir)) {
			t.Error("snapshot rewritten although nothing changed")
		}
		searchWorks(t, ix)
	})

	t.Run("one file changed", func(t *testing.T) {
		n.Store(0)
		f := fsys["001_5d2ab5fed4f2549d.txt"]
		f.Data = append(append([]byte{}, f.Data...), "\n四、其他\n本年度新增一段测试文字。\n"...)
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys)})
		if !slices.Equal(rep.Updated, []string{"001_5d2ab5fed4f2549d"}) || len(rep.Added) != 0 || rep.Unchanged != 4 || !rep.Saved {
			t.Errorf("report %+v, want 001 updated and 4 unchanged", rep)
		}
		if got := len(ix.Chunks("001_5d2ab5fed4f2549d")); n.Load() != int64(got) {
			t.Errorf("embedded %d texts, want only the %d chunks of the changed file", n.Load(), got)
		}
		reopened := mustOpen(t, dir)
		found := false
		for _, c := range reopened.Chunks("001_5d2ab5fed4f2549d") {
			found = found || strings.Contains(c.Text, "本年度新增一段测试文字。")
		}
		if !found {
			t.Error("the changed text is not in the reopened index")
		}
		if len(reopened.Docs()) != 5 {
			t.Errorf("%d docs after update", len(reopened.Docs()))
		}
	})

	t.Run("manifest edit alone re-ingests", func(t *testing.T) {
		m := fsys["manifest.json"]
		m.Data = []byte(strings.Replace(string(m.Data), `"org": "阳江高新区社会事务管理局"`, `"org": "阳江高新区社会事务局"`, 1))
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys)})
		if !slices.Equal(rep.Updated, []string{"004_c5029b86a2490bce"}) {
			t.Errorf("report %+v, want 004 updated", rep)
		}
		if d, _ := ix.Doc("004_c5029b86a2490bce"); d == nil || d.Org != "阳江高新区社会事务局" {
			t.Errorf("org not updated: %+v", d)
		}
	})

	removed := "003_bcdce05153399615"
	delete(fsys, removed+".txt")

	t.Run("file removed, no prune", func(t *testing.T) {
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys)})
		if len(rep.Removed) != 0 || rep.Docs != 5 || rep.Unchanged != 4 {
			t.Errorf("report %+v, want the missing file kept", rep)
		}
		if _, ok := ix.Doc(removed); !ok {
			t.Error("document dropped without Prune")
		}
		if _, ok := mustOpen(t, dir).Doc(removed); !ok {
			t.Error("document dropped from the snapshot without Prune")
		}
	})

	t.Run("file removed, prune", func(t *testing.T) {
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys), Prune: true})
		if !slices.Equal(rep.Removed, []string{removed}) || rep.Docs != 4 || !rep.Saved {
			t.Errorf("report %+v, want %s removed", rep, removed)
		}
		for _, ix := range []*index.Index{ix, mustOpen(t, dir)} {
			if _, ok := ix.Doc(removed); ok || len(ix.Chunks(removed)) != 0 || len(ix.Docs()) != 4 {
				t.Errorf("pruned document still indexed (%d docs)", len(ix.Docs()))
			}
			hits, err := ix.Search(ctx, "石潭镇法治政府建设", 20, index.Filter{})
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range hits {
				if h.Doc.ID == removed {
					t.Errorf("search returns pruned chunk %s", h.Chunk.ID)
				}
			}
		}
	})

	t.Run("rebuild", func(t *testing.T) {
		n.Store(0)
		ix, rep := mustIngest(t, dir, emb, index.IngestOptions{Sources: src(fsys), Rebuild: true})
		if rep.Docs != 4 || !rep.Saved || n.Load() != int64(ix.NumChunks()) {
			t.Errorf("rebuild: report %+v, embedded %d of %d chunks", rep, n.Load(), ix.NumChunks())
		}
	})
}

// TestIngestSameFileTwice: one file reached through two corpora is indexed
// once; two different files with the same name both are.
func TestIngestSameFileTwice(t *testing.T) {
	a := fstest.MapFS{"report.txt": {Data: []byte("一、工作情况\n我局开展普法宣传活动10场。\n")}}
	b := fstest.MapFS{"report.txt": {Data: []byte("一、工作情况\n我局开展普法宣传活动10场。\n")}}
	c := fstest.MapFS{"sub/report.txt": {Data: []byte("一、工作情况\n我局办理行政复议案件3件。\n")}}
	ix, rep := mustIngest(t, t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "a", FS: a}, {Label: "b", FS: b}, {Label: "c", FS: c}}})
	if rep.Docs != 2 || len(ix.Docs()) != 2 {
		t.Fatalf("report %+v, want 2 docs", rep)
	}
	ids := index.SortedIDs(ix.Docs())
	if ids[0] != "report" || !strings.HasPrefix(ids[1], "report_") {
		t.Errorf("ids %q", ids)
	}
}

func TestIngestKilledBeforeCommit(t *testing.T) {
	ix0, dir := bundledIndex(t)
	docs, chunks := len(ix0.Docs()), ix0.NumChunks()
	before := snapshotID(t, dir)

	fsys := bundledMapFS(t)
	fsys["extra.txt"] = &fstest.MapFile{Data: []byte("一、新增文件\n我局新增了一项工作。\n")}
	kill := errors.New("killed")
	opt := index.IngestOptions{Sources: src(fsys)}
	index.SetBeforeCommit(&opt, func() error {
		if len(tempFiles(t, dir)) != 1 {
			t.Errorf("expected the new snapshot written aside as one temp file")
		}
		return kill
	})
	_, _, err := index.Ingest(context.Background(), dir, embedding.Local{}, opt)
	if !errors.Is(err, kill) {
		t.Fatalf("Ingest error %v, want the injected failure", err)
	}
	if !sameSnapshot(before, snapshotID(t, dir)) {
		t.Error("snapshot changed by a failed ingest")
	}
	if tmp := tempFiles(t, dir); len(tmp) != 0 {
		t.Errorf("temp files left: %q", tmp)
	}
	ix := mustOpen(t, dir)
	if len(ix.Docs()) != docs || ix.NumChunks() != chunks {
		t.Errorf("after the failed ingest: %d docs %d chunks, want %d %d", len(ix.Docs()), ix.NumChunks(), docs, chunks)
	}
	if _, ok := ix.Doc("extra"); ok {
		t.Error("half-ingested document visible")
	}
	searchWorks(t, ix)
}

func TestIngestCancelled(t *testing.T) {
	ix0, dir := bundledIndex(t)
	docs, chunks := len(ix0.Docs()), ix0.NumChunks()
	before := snapshotID(t, dir)

	fsys := bundledMapFS(t)
	for _, name := range []string{"a.txt", "b.txt", "c.txt"} {
		fsys[name] = &fstest.MapFile{Data: []byte("一、新增文件\n" + name + "的内容。\n")}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opt := index.IngestOptions{Sources: src(fsys), Progress: func(p index.Progress) {
		if p.Done == 2 {
			cancel() // as Ctrl-C would, with files still to go
		}
	}}
	_, _, err := index.Ingest(ctx, dir, embedding.Local{}, opt)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Ingest error %v, want context.Canceled", err)
	}
	if !sameSnapshot(before, snapshotID(t, dir)) {
		t.Error("snapshot changed by a cancelled ingest")
	}
	ix := mustOpen(t, dir)
	if len(ix.Docs()) != docs || ix.NumChunks() != chunks {
		t.Errorf("after cancel: %d docs %d chunks, want %d %d", len(ix.Docs()), ix.NumChunks(), docs, chunks)
	}
	searchWorks(t, ix)
}

func TestStaleTempFileCleaned(t *testing.T) {
	_, dir := bundledIndex(t)
	stale := filepath.Join(dir, index.SnapshotFile+".tmp-12345")
	if err := os.WriteFile(stale, []byte("half a snapshot"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Open ignores it: readers never look at temp files.
	searchWorks(t, mustOpen(t, dir))
	_, rep := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}}})
	if rep.Unchanged != 5 {
		t.Errorf("report %+v", rep)
	}
	if _, err := os.Stat(stale); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("stale temp file not removed: %v", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	t.Run("no index", func(t *testing.T) {
		dir := t.TempDir()
		if index.Exists(dir) {
			t.Error("Exists on an empty dir")
		}
		_, err := index.Open(ctx, dir, embedding.Local{})
		if !errors.Is(err, index.ErrNoIndex) {
			t.Errorf("error %v, want ErrNoIndex", err)
		}
	})
	corrupt := func(t *testing.T, data func(good []byte) []byte) {
		_, dir := bundledIndex(t)
		p := filepath.Join(dir, index.SnapshotFile)
		good, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data(good), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = index.Open(ctx, dir, embedding.Local{})
		if err == nil || errors.Is(err, index.ErrNoIndex) || !strings.Contains(err.Error(), "损坏") || !strings.Contains(err.Error(), "--rebuild") {
			t.Errorf("Open error %v, want a clear 'corrupt, rebuild' error", err)
		}
		// A plain ingest refuses to build on it; a rebuild recovers.
		if _, _, err := index.Ingest(ctx, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}}}); err == nil {
			t.Error("ingest over a corrupt snapshot succeeded silently")
		}
		ix, _ := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}}, Rebuild: true})
		searchWorks(t, ix)
		searchWorks(t, mustOpen(t, dir))
	}
	t.Run("garbage", func(t *testing.T) {
		corrupt(t, func([]byte) []byte { return []byte("this is not a snapshot\x00\x01\x02") })
	})
	t.Run("truncated", func(t *testing.T) {
		corrupt(t, func(good []byte) []byte { return good[:len(good)/2] })
	})
	t.Run("empty file", func(t *testing.T) {
		corrupt(t, func([]byte) []byte { return nil })
	})
	t.Run("old version", func(t *testing.T) {
		dir := t.TempDir()
		if err := index.WriteSnapshot(dir, index.SnapshotVersion-1, embedding.Local{}.Name()); err != nil {
			t.Fatal(err)
		}
		_, err := index.Open(ctx, dir, embedding.Local{})
		if !errors.Is(err, index.ErrOutdated) || !strings.Contains(err.Error(), "--rebuild") {
			t.Errorf("Open error %v, want a version error that says to rebuild", err)
		}
		// A plain ingest rebuilds an outdated index instead of stopping.
		ix, rep := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}}})
		if !rep.Rebuilt || len(rep.Added) != 5 {
			t.Errorf("ingest over an old snapshot: rebuilt=%v added=%d, want a rebuild of all 5 documents", rep.Rebuilt, len(rep.Added))
		}
		searchWorks(t, ix)
		searchWorks(t, mustOpen(t, dir))
	})
}

func TestEmbedderMismatch(t *testing.T) {
	ctx := context.Background()
	_, dir := bundledIndex(t)
	_, err := index.Open(ctx, dir, otherEmbedder{})
	if !errors.Is(err, index.ErrEmbedderMismatch) {
		t.Fatalf("Open error %v, want ErrEmbedderMismatch", err)
	}
	for _, name := range []string{embedding.Local{}.Name(), "fake-other-embedder", "--rebuild"} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error %q does not mention %q", err, name)
		}
	}
	srcs := []index.Source{{Label: "内置语料", FS: corpus.FS()}}
	if _, _, err := index.Ingest(ctx, dir, otherEmbedder{}, index.IngestOptions{Sources: srcs}); !errors.Is(err, index.ErrEmbedderMismatch) {
		t.Errorf("incremental ingest with another embedder: %v, want ErrEmbedderMismatch", err)
	}
	ix, _ := mustIngest(t, dir, otherEmbedder{}, index.IngestOptions{Sources: srcs, Rebuild: true})
	if ix.Embedder().Name() != "fake-other-embedder" {
		t.Errorf("rebuilt with %q", ix.Embedder().Name())
	}
	if _, err := index.Open(ctx, dir, otherEmbedder{}); err != nil {
		t.Errorf("open after rebuild: %v", err)
	}
}

func TestIngestBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	good, err := fs.ReadFile(corpus.FS(), "001_5d2ab5fed4f2549d.txt")
	if err != nil {
		t.Fatal(err)
	}
	write("good.txt", good)
	write("good2.md", []byte("# 标题\n一、工作情况\n我局开展普法宣传活动10场。\n"))
	write("binary.txt", []byte("\x00\x01\x02\x03\xff\xfe\x00\x00PK\x03\x04"+strings.Repeat("\x00\x9c", 200)))
	write("empty.txt", nil)
	write("blank.txt", []byte(" \n\u3000\n\t\n"))
	write("image.png", []byte("\x89PNG\r\n\x1a\n"))
	write("broken.docx", []byte("not a zip"))
	write(".hidden.txt", []byte("一、隐藏文件不应被读取。"))
	// A sparse file: MaxFileSize+1 bytes on paper, nothing on disk.
	f, err := os.Create(filepath.Join(dir, "huge.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(document.MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	write("manifest.json", []byte("{not json"))

	db := t.TempDir()
	ix, rep := mustIngest(t, db, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: dir, FS: os.DirFS(dir)}}})
	failed := map[string]string{}
	for _, f := range rep.Failed {
		failed[filepath.Base(f.File)] = f.Err
		if !strings.HasPrefix(f.File, dir) {
			t.Errorf("failed file %q not named with its corpus", f.File)
		}
		if f.Err == "" {
			t.Errorf("%s: no reason given", f.File)
		}
	}
	for _, name := range []string{"binary.txt", "empty.txt", "blank.txt", "broken.docx", "huge.txt", "manifest.json"} {
		if _, ok := failed[name]; !ok {
			t.Errorf("%s not in report.Failed: %q", name, failed)
		}
	}
	if !strings.Contains(failed["huge.txt"], document.ErrTooLarge.Error()) {
		t.Errorf("huge.txt: %q", failed["huge.txt"])
	}
	// A kind gongwen does not read is skipped, not failed.
	if len(rep.Skipped) != 1 || filepath.Base(rep.Skipped[0].File) != "image.png" || !strings.Contains(rep.Skipped[0].Err, "不支持的文件类型(.png)") {
		t.Errorf("skipped = %q, want image.png as an unsupported kind", rep.Skipped)
	}
	if _, ok := failed[".hidden.txt"]; ok {
		t.Error("hidden file was read")
	}
	if len(rep.Added) != 2 || len(ix.Docs()) != 2 {
		t.Errorf("added %q, want good and good2", rep.Added)
	}
	searchWorks2 := func(ix *index.Index) {
		hits, err := ix.Search(context.Background(), "普法宣传活动", 3, index.Filter{})
		if err != nil || len(hits) == 0 {
			t.Errorf("search over the good files: %d hits, %v", len(hits), err)
		}
	}
	searchWorks2(ix)
	searchWorks2(mustOpen(t, db))
}

// TestIngestEmptyCorpus: nothing readable still gives a usable, empty index.
func TestIngestEmptyCorpus(t *testing.T) {
	dir := t.TempDir()
	ix, rep := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: src(fstest.MapFS{"empty.txt": {}})})
	if rep.Docs != 0 || len(rep.Failed) != 1 || ix.NumChunks() != 0 {
		t.Errorf("report %+v", rep)
	}
	hits, err := ix.Search(context.Background(), "普法", 5, index.Filter{})
	if err != nil || len(hits) != 0 {
		t.Errorf("search on an empty index: %v, %v", hits, err)
	}
	if _, err := index.Open(context.Background(), dir, embedding.Local{}); err != nil {
		t.Errorf("open an empty index: %v", err)
	}
}

func TestSearchFilters(t *testing.T) {
	ix, _ := bundledIndex(t)
	ctx := context.Background()
	const (
		d000 = "000_12c169896502c5d3"
		d001 = "001_5d2ab5fed4f2549d"
		d002 = "002_dfd0412c3a773f71"
		d003 = "003_bcdce05153399615"
		d004 = "004_c5029b86a2490bce"
	)
	tests := []struct {
		name   string
		query  string
		filter index.Filter
		want   []string // the only docs allowed; all of them must appear
	}{
		{"none", "法治宣传教育", index.Filter{}, nil},
		{"org substring", "法治宣传教育", index.Filter{Org: "清新区"}, []string{d000, d003}},
		{"org town", "法治宣传教育", index.Filter{Org: "石潭镇"}, []string{d003}},
		{"org full-width and spaces", "法治宣传教育", index.Filter{Org: " 阳江高新区 "}, []string{d004}},
		{"org matches title", "法治宣传教育", index.Filter{Org: "法治民政"}, []string{d002}},
		{"year", "法治宣传教育", index.Filter{Year: 2019}, []string{d000, d003}},
		{"year 2024", "法治宣传教育", index.Filter{Year: 2024}, []string{d001}},
		{"kind plan", "法治宣传教育", index.Filter{Kind: document.KindPlan}, []string{d002}},
		{"kind report", "法治宣传教育", index.Filter{Kind: document.KindReport}, []string{d000, d001, d003, d004}},
		{"doc ids", "法治宣传教育", index.Filter{DocIDs: []string{d000, d004}}, []string{d000, d004}},
		{"org and year", "法治宣传教育", index.Filter{Org: "民政局", Year: 2019}, []string{d000}},
		{"org and kind", "法治宣传教育", index.Filter{Org: "株洲", Kind: document.KindPlan}, []string{d002}},
		{"no match", "法治宣传教育", index.Filter{Org: "不存在的单位"}, []string{}},
		{"no match year", "法治宣传教育", index.Filter{Year: 1999}, []string{}},
		{"contradiction", "法治宣传教育", index.Filter{Year: 2024, Kind: document.KindPlan}, []string{}},
		{"unknown doc id", "法治宣传教育", index.Filter{DocIDs: []string{"nope"}}, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(ctx, tt.query, 50, tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, h := range hits {
				seen[h.Doc.ID] = true
				if tt.want != nil && !slices.Contains(tt.want, h.Doc.ID) {
					t.Errorf("hit from %s outside the filter", h.Doc.ID)
				}
			}
			if tt.want == nil {
				if len(seen) < 4 {
					t.Errorf("unfiltered search reached only %d docs", len(seen))
				}
				return
			}
			if len(tt.want) == 0 && len(hits) != 0 {
				t.Errorf("%d hits, want none", len(hits))
			}
			for _, id := range tt.want {
				if !seen[id] {
					t.Errorf("no hit from allowed doc %s", id)
				}
			}
		})
	}
}

// TestSearchK: chromem-go fails when asked for more results than the
// collection holds; Search must cap its request whatever k and the filters.
func TestSearchK(t *testing.T) {
	ix, _ := bundledIndex(t)
	ctx := context.Background()
	total := ix.NumChunks()
	tests := []struct {
		name   string
		k      int
		filter index.Filter
		max    int
	}{
		{"k above total", total * 10, index.Filter{}, total},
		{"k equals total", total, index.Filter{}, total},
		{"k zero means default", 0, index.Filter{}, 5},
		{"k negative", -3, index.Filter{}, 5},
		{"one doc, k above its chunks", 100, index.Filter{DocIDs: []string{"001_5d2ab5fed4f2549d"}}, len(ix.Chunks("001_5d2ab5fed4f2549d"))},
		{"year leaves fewer than k", 100, index.Filter{Year: 2024}, len(ix.Chunks("001_5d2ab5fed4f2549d"))},
		{"kind leaves fewer than k", 1000, index.Filter{Kind: document.KindPlan}, len(ix.Chunks("002_dfd0412c3a773f71"))},
		{"org leaves fewer than k", 1000, index.Filter{Org: "石潭镇"}, len(ix.Chunks("003_bcdce05153399615"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := ix.Search(ctx, "法治政府建设", tt.k, tt.filter)
			if err != nil {
				t.Fatalf("Search k=%d: %v", tt.k, err)
			}
			if len(hits) == 0 || len(hits) > tt.max {
				t.Errorf("%d hits, want 1..%d", len(hits), tt.max)
			}
			ids := map[string]bool{}
			for i, h := range hits {
				if ids[h.Chunk.ID] {
					t.Errorf("duplicate hit %s", h.Chunk.ID)
				}
				ids[h.Chunk.ID] = true
				if i > 0 && h.Score > hits[i-1].Score {
					t.Errorf("hits not sorted by score at %d", i)
				}
			}
		})
	}
	t.Run("tiny index", func(t *testing.T) {
		dir := t.TempDir()
		ix, _ := mustIngest(t, dir, embedding.Local{}, index.IngestOptions{Sources: src(fstest.MapFS{"one.txt": {Data: []byte("我局开展普法宣传活动10场。")}})})
		if ix.NumChunks() != 1 {
			t.Fatalf("%d chunks", ix.NumChunks())
		}
		for _, k := range []int{1, 5, 1000} {
			hits, err := ix.Search(ctx, "普法", k, index.Filter{})
			if err != nil || len(hits) != 1 {
				t.Errorf("k=%d: %d hits, %v", k, len(hits), err)
			}
		}
	})
}

func TestSearchHits(t *testing.T) {
	ix, _ := bundledIndex(t)
	ctx := context.Background()
	for _, q := range []string{"社会组织年检", "", "   ", "？？", "ABC 123", strings.Repeat("法治", 500)} {
		hits, err := ix.Search(ctx, q, 10, index.Filter{})
		if err != nil {
			t.Errorf("Search(%q): %v", q, err)
			continue
		}
		for _, h := range hits {
			if h.Doc == nil || h.Doc.ID != h.Chunk.DocID {
				t.Fatalf("hit %s without its document", h.Chunk.ID)
			}
			if h.Doc.Text[h.Chunk.Start:h.Chunk.End] != h.Chunk.Text {
				t.Errorf("hit %s: text is not the stored document's passage", h.Chunk.ID)
			}
			if h.Score <= 0 || h.Dense < -1.0001 || h.Dense > 1.0001 || h.Lexical < 0 || h.Lexical > 1.0001 {
				t.Errorf("hit %s: score %v dense %v lexical %v", h.Chunk.ID, h.Score, h.Dense, h.Lexical)
			}
		}
	}
	// The stored documents keep what answers need to re-verify a passage.
	total := 0
	for _, d := range ix.Docs() {
		if d.Text == "" || len(d.Sections) == 0 || d.Hash == "" || d.Org == "" || d.Year == 0 {
			t.Errorf("%s stored without text, sections or metadata", d.ID)
		}
		total += len(ix.Chunks(d.ID))
	}
	if total != ix.NumChunks() {
		t.Errorf("chunks per doc add up to %d, index has %d", total, ix.NumChunks())
	}
}

// TestSearchConcurrent: the Slack bot and the HTTP API search one index
// from many goroutines; run under -race.
func TestSearchConcurrent(t *testing.T) {
	ix, _ := bundledIndex(t)
	queries := []string{"社会组织年检", "普法宣传活动", "行政执法", "信访工作", "局办公室牵头"}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range 20 {
				q := queries[(i+j)%len(queries)]
				f := index.Filter{}
				if j%2 == 0 {
					f.Year = 2019
				}
				if _, err := ix.Search(context.Background(), q, 5, f); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// A question that names an org and a year names a document; the passage is
// found by the rest of its words. A short distractor from another place
// that repeats the topic, or the opening paragraph that restates the org
// and the year, must not win such a question.
func TestSearchNamedDocument(t *testing.T) {
	distractor := fstest.MapFS{"宝安区2017年政府工作报告.txt": {Data: []byte(
		"深圳市宝安区2017年政府工作报告\n\n一、民生实事\n新增35个社区流浪乞讨人员救助咨询点,流浪乞讨人员救助更及时。\n" +
			"二、市场监管\n推行双随机一公开抽查,双随机一公开覆盖全部执法部门。\n")}}
	ix, _ := mustIngest(t, t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{
		{Label: "内置语料", FS: corpus.FS()}, {Label: "干扰", FS: distractor}}})
	for _, tc := range []struct{ q, doc, passage string }{
		{"清城区2024年救助了多少人次流浪乞讨人员", "001_5d2ab5fed4f2549d", "救助流浪乞讨192人次"},
		{"清城区民政局2024年双随机一公开抽查完成了多少宗", "001_5d2ab5fed4f2549d", "我局完成31宗"},
		{"清城区民政局2024年殡葬服务办了多少宗", "001_5d2ab5fed4f2549d", "殡葬服务4373宗"},
		{"清新区民政局2019年社会组织年检参检情况", "000_12c169896502c5d3", "应参检的社会组织208个"},
		{"石潭镇2019年受理了多少宗上访", "003_bcdce05153399615", "受理上访案件18宗"},
	} {
		hits, err := ix.Search(context.Background(), tc.q, 3, index.Filter{})
		if err != nil || len(hits) == 0 {
			t.Fatalf("%s: %v", tc.q, err)
		}
		if h := hits[0]; h.Doc.ID != tc.doc || !strings.Contains(h.Chunk.Text, tc.passage) {
			t.Errorf("%s: top hit %s %q, want the passage with %q", tc.q, h.Doc.ID, h.Chunk.Text[:min(len(h.Chunk.Text), 90)], tc.passage)
		}
	}
}
