package index_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// A Live index swaps to the snapshot a later ingest writes; an index handed
// out before stays as it was for whoever holds it.
func TestLiveReload(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	ingest := func(names ...string) {
		t.Helper()
		fsys := fstest.MapFS{}
		for i, n := range names {
			fsys[n+".txt"] = &fstest.MapFile{Data: []byte(officeText(i))}
		}
		if _, _, err := index.Ingest(ctx, dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "t", FS: fsys}}}); err != nil {
			t.Fatal(err)
		}
	}
	ingest("a")
	ix, err := index.Open(ctx, dir, embedding.Local{})
	if err != nil {
		t.Fatal(err)
	}
	live := index.NewLive(ix)
	if swapped, err := live.Reload(ctx); swapped || err != nil {
		t.Fatalf("reload without a new snapshot: swapped %v, err %v", swapped, err)
	}
	old := live.Index()
	gen := old.Generation()

	ingest("b", "c")
	if swapped, err := live.Reload(ctx); !swapped || err != nil {
		t.Fatalf("reload after an ingest: swapped %v, err %v", swapped, err)
	}
	cur := live.Index()
	if got := index.SortedIDs(cur.Docs()); fmt.Sprint(got) != "[a b c]" {
		t.Errorf("after reload: %v, want [a b c]", got)
	}
	if cur.Generation() != gen+1 || cur.Saved().IsZero() {
		t.Errorf("generation %d (saved %v), want %d", cur.Generation(), cur.Saved(), gen+1)
	}
	if got := index.SortedIDs(old.Docs()); fmt.Sprint(got) != "[a]" {
		t.Errorf("the index handed out before changed: %v", got)
	}

	// A removal writes the next generation too; an index this process
	// wrote itself is set, not opened again.
	rm, _, err := index.Remove(ctx, dir, embedding.Local{}, "b")
	if err != nil {
		t.Fatal(err)
	}
	if rm.Generation() != gen+2 {
		t.Errorf("generation after a removal = %d, want %d", rm.Generation(), gen+2)
	}
	live.Set(rm)
	if swapped, err := live.Reload(ctx); swapped || err != nil || live.Index() != rm {
		t.Errorf("reload after Set: swapped %v, err %v; want the set index kept", swapped, err)
	}
	cur = rm

	// A snapshot that does not open leaves the current one serving.
	if err := os.WriteFile(filepath.Join(dir, index.SnapshotFile), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if swapped, err := live.Reload(ctx); swapped || err == nil {
		t.Errorf("damaged snapshot: swapped %v, err %v; want an error and no swap", swapped, err)
	}
	if swapped, err := live.Reload(ctx); swapped || err != nil {
		t.Errorf("the same damaged snapshot again: swapped %v, err %v; want it not retried", swapped, err)
	}
	if live.Index() != cur {
		t.Error("a damaged snapshot replaced the serving index")
	}
}
