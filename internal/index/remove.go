package index

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// Remove drops the documents with the given ids from the index in dir and
// replaces the snapshot atomically, as Ingest does; it returns the index
// without them and the ids that were indexed and are now gone. A document
// removed here comes back only when an ingest finds its file again.
func Remove(ctx context.Context, dir string, emb Embedder, ids ...string) (*Index, []string, error) {
	// The same lock as Ingest: a removal that overlapped an ingest would
	// undo it, or be undone.
	lock, err := acquireLock(ctx, dir, false, nil)
	if err != nil {
		return nil, nil, err
	}
	defer lock.unlock()
	removeStaleTemps(dir)
	old, err := Open(ctx, dir, emb)
	if err != nil {
		return nil, nil, err
	}
	var docs []StoredDoc
	var gone []string
	for _, d := range old.Docs() {
		if slices.Contains(ids, d.ID) {
			gone = append(gone, d.ID)
			continue
		}
		docs = append(docs, *d)
	}
	if len(gone) == 0 {
		return old, nil, nil
	}
	var chunks []StoredChunk
	for _, c := range old.storedChunks() {
		if !slices.Contains(gone, c.DocID) {
			chunks = append(chunks, c)
		}
	}
	data := &snapshotData{Version: snapshotVersion, Embedder: emb.Name(), Docs: docs, Chunks: chunks,
		Generation: readGeneration(dir) + 1, Saved: time.Now().UTC()}
	if err := save(dir, data, nil); err != nil {
		return nil, nil, fmt.Errorf("保存索引失败(原索引未改动): %w", err)
	}
	ix, err := Open(ctx, dir, emb)
	if err != nil {
		return nil, nil, err
	}
	return ix, gone, nil
}
