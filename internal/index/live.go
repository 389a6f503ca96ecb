package index

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"
)

// Live is the index a long-running server answers from. Ingests (in this
// process or any other) replace the snapshot file by renaming a new one into
// place; Live notices, opens the new snapshot and hands it out from then on.
// Whoever took the old *Index keeps it until done with it, so a request in
// flight finishes on the index it started with.
type Live struct {
	dir string
	emb Embedder
	cur atomic.Pointer[Index]

	mu     sync.Mutex  // one reload at a time
	stamp  os.FileInfo // the snapshot file cur was opened from
	failed os.FileInfo // a snapshot that would not open, not retried until it changes
}

// NewLive serves ix and watches the snapshot it was opened from.
func NewLive(ix *Index) *Live {
	l := &Live{dir: ix.dir, emb: ix.embedder}
	l.cur.Store(ix)
	l.stamp, _ = os.Stat(filepath.Join(ix.dir, snapshotFile))
	return l
}

// Set makes ix current: an index this process wrote itself (an upload, a
// removal), so that the snapshot it wrote is not opened a second time.
func (l *Live) Set(ix *Index) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.cur.Store(ix)
	l.stamp, _ = os.Stat(filepath.Join(l.dir, snapshotFile))
	l.failed = nil
}

// Index is the current index. Callers keep what they got for the whole of a
// request rather than calling Index again midway.
func (l *Live) Index() *Index { return l.cur.Load() }

// Reload opens the snapshot file if it changed since the current index was
// opened and makes it current. It reports whether it swapped. A snapshot
// that fails to open (an embedder change, a damaged file) leaves the current
// index in place and is not tried again until the file changes once more.
func (l *Live) Reload(ctx context.Context) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	// Stat before opening: if the file is replaced in between, the stamp is
	// the older one and the next Reload opens again, which costs time but
	// never leaves a newer snapshot unseen.
	st, err := os.Stat(filepath.Join(l.dir, snapshotFile))
	if err != nil {
		return false, err
	}
	if sameSnapshot(l.stamp, st) || sameSnapshot(l.failed, st) {
		return false, nil
	}
	ix, err := Open(ctx, l.dir, l.emb)
	if err != nil {
		l.failed = st
		return false, err
	}
	l.stamp, l.failed = st, nil
	l.cur.Store(ix)
	return true, nil
}

// Watch calls Reload every interval until ctx ends, then onSwap with each
// new index (after it is current) and how long opening it took, and onErr
// with each failure.
func (l *Live) Watch(ctx context.Context, every time.Duration, onSwap func(*Index, time.Duration), onErr func(error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		start := time.Now()
		swapped, err := l.Reload(ctx)
		switch {
		case err != nil && onErr != nil && ctx.Err() == nil:
			onErr(err)
		case swapped && onSwap != nil:
			onSwap(l.Index(), time.Since(start))
		}
	}
}

// sameSnapshot reports whether two stats are of the same snapshot file. An
// ingest renames a new file into place, so the file's identity changes; size
// and time catch file systems where identity is not reliable.
func sameSnapshot(a, b os.FileInfo) bool {
	return a != nil && b != nil && os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}
