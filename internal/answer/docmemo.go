package answer

import (
	"sync"

	"github.com/gongwen/gongwen/internal/index"
)

// docMemo remembers what is read once of each document (its year parts,
// an agreement's sides, its office's level): every question reads it of every document in
// scope. Bounded: a long-running serve opens a new index, with new
// documents, on every reload.
type docMemo[T any] struct {
	mu   sync.Mutex
	seen map[*index.StoredDoc]T
}

// maxDocMemo bounds the documents a docMemo remembers.
const maxDocMemo = 1 << 14

// get is what read gives of d, read once.
func (m *docMemo[T]) get(d *index.StoredDoc, read func(*index.StoredDoc) T) T {
	m.mu.Lock()
	v, ok := m.seen[d]
	m.mu.Unlock()
	if ok {
		return v
	}
	v = read(d)
	m.mu.Lock()
	if m.seen == nil || len(m.seen) >= maxDocMemo {
		m.seen = map[*index.StoredDoc]T{}
	}
	m.seen[d] = v
	m.mu.Unlock()
	return v
}
