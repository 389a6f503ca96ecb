// Package index owns the searchable store: the chromem-go collection (the
// only importer of chromem-go), the BM25 lexical index beside it, hybrid
// search with filters, and the on-disk snapshot they are rebuilt from.
//
// chromem-go's own persistence (NewPersistentDB) names each document's file
// after 4 bytes of a hash and silently loses documents on collisions, so the
// collection is kept in memory only and the whole index is persisted as one
// snapshot file, written aside and renamed into place: a killed ingest leaves
// the previous snapshot untouched.
package index

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	chromem "github.com/philippgille/chromem-go"

	"github.com/gongwen/gongwen/internal/document"
)

// Embedder turns texts into unit vectors. Name is recorded in the snapshot:
// vectors from different embedders are not comparable.
type Embedder interface {
	Name() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// snapshotVersion changes whenever the snapshot layout or the chunker does.
const snapshotVersion = 4

const snapshotFile = "index.gob"

// ErrNoIndex means the database directory holds no snapshot yet.
var ErrNoIndex = errors.New("索引不存在")

// ErrEmbedderMismatch means the snapshot was built with another embedder.
var ErrEmbedderMismatch = errors.New("索引的嵌入模型与当前配置不同")

// StoredDoc is a document as the index keeps it: metadata, text and
// structure, so answers can quote and re-verify passages without the files.
type StoredDoc struct {
	document.Meta
	Hash     string
	Text     string
	Sections []document.Section
}

// StoredChunk is a chunk with its vector.
type StoredChunk struct {
	document.Chunk
	Vector []float32
}

type snapshot struct {
	Version  int
	Embedder string
	Docs     []StoredDoc
	Chunks   []StoredChunk
}

// Index is an opened, searchable index.
type Index struct {
	dir      string
	embedder Embedder
	docs     map[string]*StoredDoc
	order    []string // doc ids in ingest order
	chunks   []StoredChunk
	byID     map[string]int
	coll     *chromem.Collection
	lex      *lexical
}

// Dir is the database directory the index lives in.
func (ix *Index) Dir() string { return ix.dir }

// Embedder is the embedder that built the index.
func (ix *Index) Embedder() Embedder { return ix.embedder }

// Docs lists the indexed documents in ingest order.
func (ix *Index) Docs() []*StoredDoc {
	out := make([]*StoredDoc, 0, len(ix.order))
	for _, id := range ix.order {
		out = append(out, ix.docs[id])
	}
	return out
}

// Doc returns one document by id.
func (ix *Index) Doc(id string) (*StoredDoc, bool) {
	d, ok := ix.docs[id]
	return d, ok
}

// Chunks returns the chunks of one document in order.
func (ix *Index) Chunks(docID string) []document.Chunk {
	var out []document.Chunk
	for _, c := range ix.chunks {
		if c.DocID == docID {
			out = append(out, c.Chunk)
		}
	}
	return out
}

// NumChunks is the number of indexed chunks.
func (ix *Index) NumChunks() int { return len(ix.chunks) }

// Exists reports whether dir holds a snapshot.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, snapshotFile))
	return err == nil
}

// Open loads the snapshot in dir and builds the in-memory collection and
// lexical index from it.
func Open(ctx context.Context, dir string, emb Embedder) (*Index, error) {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoIndex, dir)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var snap snapshot
	if err := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&snap); err != nil {
		return nil, fmt.Errorf("索引文件已损坏(%s): %w;请运行 gongwen ingest --rebuild", dir, err)
	}
	if snap.Version != snapshotVersion {
		return nil, fmt.Errorf("索引格式版本 %d 已过时(当前 %d);请运行 gongwen ingest --rebuild", snap.Version, snapshotVersion)
	}
	if snap.Embedder != emb.Name() {
		return nil, fmt.Errorf("%w:索引由 %q 构建,当前为 %q;请运行 gongwen ingest --rebuild 重建索引", ErrEmbedderMismatch, snap.Embedder, emb.Name())
	}
	return build(ctx, dir, emb, snap.Docs, snap.Chunks)
}

func build(ctx context.Context, dir string, emb Embedder, docs []StoredDoc, chunks []StoredChunk) (*Index, error) {
	ix := &Index{dir: dir, embedder: emb, docs: map[string]*StoredDoc{}, chunks: chunks, byID: map[string]int{}}
	for i := range docs {
		d := &docs[i]
		ix.docs[d.ID] = d
		ix.order = append(ix.order, d.ID)
	}
	db := chromem.NewDB()
	// The embedding func is never called for queries (we pass vectors), but
	// chromem would default to OpenAI if given nil: pass ours.
	coll, err := db.CreateCollection("chunks", nil, func(ctx context.Context, text string) ([]float32, error) {
		v, err := emb.Embed(ctx, []string{text})
		if err != nil {
			return nil, err
		}
		return v[0], nil
	})
	if err != nil {
		return nil, err
	}
	ix.coll = coll
	texts := make([]string, len(chunks))
	if len(chunks) > 0 {
		cdocs := make([]chromem.Document, len(chunks))
		for i, c := range chunks {
			ix.byID[c.ID] = i
			d := ix.docs[c.DocID]
			cdocs[i] = chromem.Document{
				ID:        c.ID,
				Embedding: c.Vector,
				Metadata: map[string]string{
					"doc":  c.DocID,
					"year": strconv.Itoa(d.Year),
					"kind": string(d.Kind),
				},
			}
			texts[i] = lexicalText(d, c.Chunk)
		}
		if err := coll.AddDocuments(ctx, cdocs, runtime.NumCPU()); err != nil {
			return nil, fmt.Errorf("载入向量失败: %w", err)
		}
	}
	if got := coll.Count(); got != len(chunks) {
		return nil, fmt.Errorf("索引不完整:快照有 %d 个段落,载入 %d 个;请运行 gongwen ingest --rebuild", len(chunks), got)
	}
	ix.lex = buildLexical(texts)
	return ix, nil
}

// lexicalText is what BM25 sees of a chunk: the document title and the
// heading path give a passage the context its own sentences leave implicit.
func lexicalText(d *StoredDoc, c document.Chunk) string {
	return d.Title + "\n" + strings.Join(c.Path, "\n") + "\n" + c.Text
}

// embedText is what the embedder sees of a chunk.
func embedText(d *StoredDoc, c document.Chunk) string {
	return d.Title + "\n" + strings.Join(c.Path, " ") + "\n" + c.Text
}

// save writes the snapshot aside and renames it into place, so readers see
// either the old or the new index, never a partial one.
func save(dir string, snap *snapshot, beforeRename func() error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, snapshotFile+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	w := bufio.NewWriterSize(tmp, 1<<20)
	if err := gob.NewEncoder(w).Encode(snap); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if beforeRename != nil {
		if err := beforeRename(); err != nil {
			return err
		}
	}
	return os.Rename(tmp.Name(), filepath.Join(dir, snapshotFile))
}

// removeStaleTemps deletes snapshot temp files a killed ingest left behind.
func removeStaleTemps(dir string) {
	matches, _ := filepath.Glob(filepath.Join(dir, snapshotFile+".tmp-*"))
	for _, m := range matches {
		os.Remove(m)
	}
}
