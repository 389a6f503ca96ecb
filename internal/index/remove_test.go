package index

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
)

func TestRemove(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := embedding.Local{}
	src := fstest.MapFS{
		"a.txt": {Data: []byte("甲县民政局2024年法治政府建设工作报告\n一、工作情况\n开展普法宣传活动10场。\n")},
		"b.txt": {Data: []byte("乙县民政局2024年法治政府建设工作报告\n一、工作情况\n办理行政复议案件3件。\n")},
	}
	if _, _, err := Ingest(ctx, dir, emb, IngestOptions{Sources: []Source{{Label: "t", FS: src}}}); err != nil {
		t.Fatal(err)
	}
	ix, gone, err := Remove(ctx, dir, emb, "a", "nothing")
	if err != nil {
		t.Fatal(err)
	}
	if len(gone) != 1 || gone[0] != "a" {
		t.Errorf("gone %v, want [a]", gone)
	}
	if _, ok := ix.Doc("a"); ok || len(ix.Docs()) != 1 || len(ix.Chunks("a")) != 0 || ix.NumChunks() != len(ix.Chunks("b")) {
		t.Errorf("after removal: %d docs, %d chunks", len(ix.Docs()), ix.NumChunks())
	}
	hits, err := ix.Search(ctx, "普法宣传活动", 5, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		if h.Doc.ID == "a" {
			t.Error("search still finds the removed document")
		}
	}
	// The snapshot on disk agrees: a fresh open has no "a".
	re, err := Open(ctx, dir, emb)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := re.Doc("a"); ok || len(re.Docs()) != 1 {
		t.Errorf("reopened index has %d docs", len(re.Docs()))
	}
	// Nothing to remove: the index is left as it is.
	if _, gone, err := Remove(ctx, dir, emb, "a"); err != nil || len(gone) != 0 {
		t.Errorf("second removal: %v %v", gone, err)
	}
}
