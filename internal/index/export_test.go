package index

import "sort"

// Test hooks for package index_test.

// SetBeforeCommit installs a hook that runs after the new snapshot is
// written and before it replaces the old one: returning an error there is
// what a kill at the worst moment looks like to the old index.
func SetBeforeCommit(o *IngestOptions, f func() error) { o.beforeCommit = f }

// SnapshotFile is the snapshot's file name inside the database directory.
const SnapshotFile = snapshotFile

// WriteSnapshot writes an empty snapshot with the given layout version and
// embedder name, as an older or foreign gongwen would have left it.
func WriteSnapshot(dir string, version int, embedder string) error {
	return save(dir, &snapshotData{Version: version, Embedder: embedder}, nil)
}

// SnapshotVersion is the layout version this build writes.
const SnapshotVersion = snapshotVersion

// SortedIDs lists document ids in order, for stable assertions.
func SortedIDs(docs []*StoredDoc) []string {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	sort.Strings(ids)
	return ids
}
