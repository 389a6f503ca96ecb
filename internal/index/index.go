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
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	chromem "github.com/philippgille/chromem-go"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// Embedder turns texts into unit vectors. Name is recorded in the snapshot:
// vectors from different embedders are not comparable.
type Embedder interface {
	Name() string
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}

// snapshotVersion changes whenever the snapshot layout, the chunker, what
// is read of a document or the local embedding does (7: local vectors went
// from 256 to 128 dims; 8: the head of any 公文 — kind, 文号, 成文日期,
// 主送 — and decimal headings 1.1), so `gongwen ingest` rebuilds an old
// index on its own.
const snapshotVersion = 8

const snapshotFile = "index.gob"

// ErrNoIndex means the database directory holds no snapshot yet.
var ErrNoIndex = errors.New("索引不存在")

// ErrEmbedderMismatch means the snapshot was built with another embedder.
var ErrEmbedderMismatch = errors.New("索引的嵌入模型与当前配置不同")

// ErrOutdated means the snapshot was written by an older gongwen whose
// layout or chunker differs; ingest rebuilds it from the sources.
var ErrOutdated = errors.New("索引格式已过时")

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

// snapshot is what the snapshot file holds. Chunks are stored without their
// Text, which is a slice of their document's Text (except the chunks listed
// in TextInline), and without their Vector when all vectors have length Dim:
// those are in Vectors, one float32 array. Decoding per-chunk strings and
// float slices was most of an open's gob time; the packed form decodes about
// five times faster and the restored chunks share their document's text.
//
// The file holds the snapshot as several gob values, each carrying some of
// the fields (see write), because gob buffers a whole value before writing
// it: one value would hold the entire file in memory beside the index just
// built, which was most of an ingest's peak memory.
type snapshot struct {
	Version    int
	Embedder   string
	Generation int64     // one more than the snapshot it replaced; 0 in snapshots before it was kept
	Saved      time.Time // when the ingest that wrote it committed
	Parts      int       // how many gob values the file holds, this one included
	Docs       []StoredDoc
	Chunks     []StoredChunk
	TextInline []int32 // chunks whose Text is stored as is
	Dim        int
	Vectors    []byte           // little-endian float32s, chunk after chunk
	Lexical    *lexicalSnapshot // nil: rebuilt from the chunks on open
	lex        *lexical         // written as Lexical when that is nil
}

// write encodes the snapshot as the values the file holds. Each value is
// packed just before it is encoded, so that only one packed form is in
// memory at a time; snap itself is not modified. The first value carries the
// version and embedder, so that Open rejects an outdated or foreign index
// before reading the rest.
func (snap *snapshot) write(enc *gob.Encoder) error {
	docs := make(map[string]*StoredDoc, len(snap.Docs))
	for i := range snap.Docs {
		docs[snap.Docs[i].ID] = &snap.Docs[i]
	}
	dim := 0
	if len(snap.Chunks) > 0 {
		dim = len(snap.Chunks[0].Vector)
	}
	for _, c := range snap.Chunks {
		if len(c.Vector) != dim {
			dim = 0
			break
		}
	}
	chunks := make([]StoredChunk, len(snap.Chunks))
	var inline []int32
	for i, c := range snap.Chunks {
		if d, ok := docs[c.DocID]; ok && 0 <= c.Start && c.Start <= c.End && c.End <= len(d.Text) && d.Text[c.Start:c.End] == c.Text {
			c.Text = ""
		} else {
			inline = append(inline, int32(i))
		}
		if dim > 0 {
			c.Vector = nil
		}
		chunks[i] = c
	}
	parts := []func() snapshot{
		func() snapshot {
			return snapshot{Version: snap.Version, Embedder: snap.Embedder, Generation: snap.Generation, Saved: snap.Saved, Dim: dim, TextInline: inline}
		},
		func() snapshot { return snapshot{Docs: snap.Docs} },
		func() snapshot { return snapshot{Chunks: chunks} },
		func() snapshot {
			if dim == 0 {
				return snapshot{}
			}
			vecs := make([]byte, 0, 4*dim*len(snap.Chunks))
			for _, c := range snap.Chunks {
				for _, x := range c.Vector {
					vecs = binary.LittleEndian.AppendUint32(vecs, math.Float32bits(x))
				}
			}
			return snapshot{Vectors: vecs}
		},
		func() snapshot {
			if snap.Lexical == nil && snap.lex != nil {
				return snapshot{Lexical: snap.lex.snapshot()}
			}
			return snapshot{Lexical: snap.Lexical}
		},
	}
	for i, part := range parts {
		p := part()
		if i == 0 {
			p.Parts = len(parts)
		}
		if err := enc.Encode(&p); err != nil {
			return err
		}
	}
	return nil
}

// unpack puts chunk texts and vectors back in place after decoding.
func (snap *snapshot) unpack() error {
	if snap.Dim > 0 {
		if len(snap.Vectors) != 4*snap.Dim*len(snap.Chunks) {
			return fmt.Errorf("向量数据长度 %d 与 %d 个段落不符", len(snap.Vectors), len(snap.Chunks))
		}
		// One array for all vectors: one allocation, and a dense query reads
		// memory in order.
		all := make([]float32, snap.Dim*len(snap.Chunks))
		for i := range all {
			all[i] = math.Float32frombits(binary.LittleEndian.Uint32(snap.Vectors[4*i:]))
		}
		for i := range snap.Chunks {
			snap.Chunks[i].Vector = all[i*snap.Dim : (i+1)*snap.Dim : (i+1)*snap.Dim]
		}
	}
	snap.Vectors = nil
	inline := make(map[int32]bool, len(snap.TextInline))
	for _, i := range snap.TextInline {
		inline[i] = true
	}
	docs := make(map[string]*StoredDoc, len(snap.Docs))
	for i := range snap.Docs {
		docs[snap.Docs[i].ID] = &snap.Docs[i]
	}
	for i := range snap.Chunks {
		if inline[int32(i)] {
			continue
		}
		c := &snap.Chunks[i]
		d, ok := docs[c.DocID]
		if !ok || c.Start < 0 || c.Start > c.End || c.End > len(d.Text) {
			return fmt.Errorf("段落 %s 的位置超出文档范围", c.ID)
		}
		c.Text = d.Text[c.Start:c.End]
	}
	return nil
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
	meta     *docMeta // the document-level side of the lexical ranking
	gen      int64
	saved    time.Time
}

// Generation counts the snapshots written into the index directory; each
// ingest that changes the index writes the next one. 0 for an index written
// before generations were kept.
func (ix *Index) Generation() int64 { return ix.gen }

// Saved is when the snapshot was written (zero when not recorded).
func (ix *Index) Saved() time.Time { return ix.saved }

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
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	if err := dec.Decode(&snap); err != nil {
		return nil, fmt.Errorf("索引文件已损坏(%s): %w;请运行 gongwen ingest --rebuild", dir, err)
	}
	if snap.Version != snapshotVersion {
		return nil, fmt.Errorf("%w(版本 %d,当前 %d);请运行 gongwen ingest --rebuild", ErrOutdated, snap.Version, snapshotVersion)
	}
	if snap.Embedder != emb.Name() {
		return nil, fmt.Errorf("%w:索引由 %q 构建,当前为 %q;请运行 gongwen ingest --rebuild 重建索引", ErrEmbedderMismatch, snap.Embedder, emb.Name())
	}
	// The parts decode into the same value: gob leaves the fields a part
	// does not carry as they are.
	for i := 1; i < snap.Parts; i++ {
		if err := dec.Decode(&snap); err != nil {
			return nil, fmt.Errorf("索引文件已损坏(%s): %w;请运行 gongwen ingest --rebuild", dir, err)
		}
	}
	if err := snap.unpack(); err != nil {
		return nil, fmt.Errorf("索引文件已损坏(%s): %w;请运行 gongwen ingest --rebuild", dir, err)
	}
	ix, err := build(ctx, dir, emb, snap.Docs, snap.Chunks, snap.Lexical)
	if err != nil {
		return nil, err
	}
	ix.gen, ix.saved = snap.Generation, snap.Saved
	return ix, nil
}

// readGeneration returns the generation of the snapshot in dir, reading only
// its first part: an outdated snapshot still has one, and the next must
// count on from it.
func readGeneration(dir string) int64 {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if err != nil {
		return 0
	}
	defer f.Close()
	var head snapshot
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&head); err != nil {
		return 0
	}
	return head.Generation
}

// build makes the in-memory index. lex, when not nil and built by the
// current tokenizer, is the lexical index; otherwise it is built from the
// chunks.
func build(ctx context.Context, dir string, emb Embedder, docs []StoredDoc, chunks []StoredChunk, lex *lexicalSnapshot) (*Index, error) {
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
	if lex != nil {
		if lx, err := lex.restore(len(chunks)); err == nil {
			ix.lex = lx
		}
	}
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
		}
		if err := coll.AddDocuments(ctx, cdocs, runtime.NumCPU()); err != nil {
			return nil, fmt.Errorf("载入向量失败: %w", err)
		}
	}
	if err := ctx.Err(); err != nil {
		// chromem stops adding on a canceled context without an error:
		// an interrupt is not a damaged index.
		return nil, err
	}
	if got := coll.Count(); got != len(chunks) {
		return nil, fmt.Errorf("索引不完整:快照有 %d 个段落,载入 %d 个;请运行 gongwen ingest --rebuild", len(chunks), got)
	}
	ix.buildMeta()
	if ix.lex == nil {
		// Texts are made as the tokenizers need them: all at once they would
		// be another copy of the corpus at the peak of an ingest.
		ix.lex = buildLexicalFunc(len(chunks), func(i int) string {
			return lexicalText(ix.docs[chunks[i].DocID], chunks[i].Chunk)
		})
	}
	return ix, nil
}

// buildMeta indexes the tokens of each document's title, org and year.
func (ix *Index) buildMeta() {
	m := &docMeta{tokDocs: map[string][]int32{}}
	ord := map[string]int32{}
	for i, id := range ix.order {
		ord[id] = int32(i)
		d := ix.docs[id]
		text := d.Title + "\n" + d.Org
		if d.Year > 0 {
			text += "\n" + strconv.Itoa(d.Year) + "年"
		}
		seen := map[string]bool{}
		for _, t := range zh.Tokens(text) {
			if !seen[t] {
				seen[t] = true
				m.tokDocs[t] = append(m.tokDocs[t], int32(i))
			}
		}
	}
	m.chunkDoc = make([]int32, len(ix.chunks))
	m.docChunks = make([][]int32, len(ix.order))
	for i, c := range ix.chunks {
		o := ord[c.DocID]
		m.chunkDoc[i] = o
		m.docChunks[o] = append(m.docChunks[o], int32(i))
	}
	ix.meta = m
}

// lexicalText is what BM25 sees of a chunk: the document title and the
// heading path give a passage the context its own sentences leave implicit.
func lexicalText(d *StoredDoc, c document.Chunk) string {
	return d.Title + "\n" + strings.Join(c.Path, "\n") + "\n" + c.Text
}

// embedText is what the embedder sees of a chunk.
func embedText(c document.Chunk) string {
	return strings.Join(c.Path, " ") + "\n" + c.Text
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
	if err := snap.write(gob.NewEncoder(w)); err != nil {
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
