package index_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// officeText is a small report that loads and chunks like a real one.
func officeText(n int) string {
	return fmt.Sprintf("第%d镇2024年法治政府建设工作报告\n\n一、工作情况\n\n（一）加强普法宣传\n\n全镇开展普法宣传活动%d场,覆盖群众%d人次。\n\n二、存在问题\n\n基层法治力量仍然薄弱。\n", n, 10+n, 1000+n)
}

// Ten ingests of different folders into one index, all at once: each must
// see the documents of those before it, so every document ends up indexed.
// Before the lock, each read the same old snapshot, deleted the others'
// temporary files, and the last rename won.
func TestConcurrentIngestsKeepEveryDocument(t *testing.T) {
	dir := t.TempDir()
	const n = 10
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fsys := fstest.MapFS{fmt.Sprintf("office%02d.txt", i): {Data: []byte(officeText(i))}}
			_, _, errs[i] = index.Ingest(context.Background(), dir, embedding.Local{},
				index.IngestOptions{Sources: []index.Source{{Label: fmt.Sprint("folder", i), FS: fsys}}})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("ingest %d: %v", i, err)
		}
	}
	ix, err := index.Open(context.Background(), dir, embedding.Local{})
	if err != nil {
		t.Fatal(err)
	}
	got := index.SortedIDs(ix.Docs())
	if len(got) != n {
		t.Fatalf("index holds %d documents, want %d: %v", len(got), n, got)
	}
	for i, id := range got {
		if want := fmt.Sprintf("office%02d", i); id != want {
			t.Errorf("document %d = %s, want %s", i, id, want)
		}
	}
}

// With NoWait a second ingest fails at once and says why; without it, it
// waits and says so once.
func TestIngestLockNoWait(t *testing.T) {
	dir := t.TempDir()
	fsys := fstest.MapFS{"a.txt": {Data: []byte(officeText(1))}}
	held := make(chan struct{})
	release := make(chan struct{})
	first := make(chan error, 1)
	opt := index.IngestOptions{Sources: []index.Source{{Label: "a", FS: fsys}}}
	// The first ingest stops just before its commit, holding the lock.
	index.SetBeforeCommit(&opt, func() error { close(held); <-release; return nil })
	go func() {
		_, _, err := index.Ingest(context.Background(), dir, embedding.Local{}, opt)
		first <- err
	}()
	<-held

	_, _, err := index.Ingest(context.Background(), dir, embedding.Local{},
		index.IngestOptions{Sources: []index.Source{{Label: "a", FS: fsys}}, NoWait: true})
	if !errors.Is(err, index.ErrLocked) || !strings.Contains(err.Error(), "--no-wait") {
		t.Fatalf("second ingest with NoWait: err = %v, want ErrLocked naming --no-wait", err)
	}

	waits := make(chan string, 10)
	second := make(chan error, 1)
	go func() {
		_, _, err := index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{
			Sources: []index.Source{{Label: "b", FS: fstest.MapFS{"b.txt": {Data: []byte(officeText(2))}}}},
			OnWait:  func(holder string) { waits <- holder },
		})
		second <- err
	}()
	holder := <-waits // the second ingest waits for the first
	if !strings.Contains(holder, "进程") {
		t.Errorf("holder = %q, want the holding process named", holder)
	}
	close(release)
	if err := <-first; err != nil {
		t.Fatal(err)
	}
	if err := <-second; err != nil {
		t.Fatal(err)
	}
	if len(waits) != 0 {
		t.Errorf("OnWait called %d more times, want once", len(waits))
	}
	ix, err := index.Open(context.Background(), dir, embedding.Local{})
	if err != nil {
		t.Fatal(err)
	}
	if got := index.SortedIDs(ix.Docs()); strings.Join(got, ",") != "a,b" {
		t.Errorf("documents = %v, want a,b", got)
	}
}
