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
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

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
// 主送 — and decimal headings 1.1; 9: the mapped layout of snapfile.go), so
// `gongwen ingest` rebuilds an old index on its own.
const snapshotVersion = 9

const snapshotFile = "index.gob"

// ErrNoIndex means the database directory holds no snapshot yet.
var ErrNoIndex = errors.New("索引不存在")

// ErrEmbedderMismatch means the snapshot was built with another embedder.
var ErrEmbedderMismatch = errors.New("索引的嵌入模型与当前配置不同")

// rebuildSources reminds that a rebuild reads the folders again: an ingest
// given only the bundled corpus leaves only the bundled corpus.
const rebuildSources = ",并带上建索引时用过的每个 --corpus 文件夹"

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
	// Parser is the document.ParserVersion that read it: a file read by
	// an older reading is read again on the next ingest.
	Parser int
}

// StoredChunk is a chunk with its vector.
type StoredChunk struct {
	document.Chunk
	Vector []float32
}

// Index is an opened, searchable index. What it holds per passage is the
// snapshot file's, read in place (see snapfile.go): a 32-byte record, its
// vector and its postings, with texts as slices of the mapped documents.
// Only document metadata is decoded on open.
type Index struct {
	dir      string
	embedder Embedder
	docs     map[string]*StoredDoc
	docList  []*StoredDoc // by ordinal, in ingest order
	docOrd   map[string]int32
	docFirst []int32 // document ordinal → its first chunk; one past the last at the end

	recs     []chunkRecord
	chunkDoc []uint32 // recs[i].Doc, packed: what the lexical ranking reads per posting
	ids      []byte
	xtext    []byte
	paths    []document.HeadingPath
	dim      int
	vecs     []float32 // dim per chunk, in chunk order; nil when dim is 0

	lex  *lexical
	meta *docMeta // the document-level side of the lexical ranking

	dense denseStore // chromem-go, made on the first dense query that needs it

	gen   int64
	saved time.Time
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
	return append([]*StoredDoc(nil), ix.docList...)
}

// Doc returns one document by id.
func (ix *Index) Doc(id string) (*StoredDoc, bool) {
	d, ok := ix.docs[id]
	return d, ok
}

// Chunks returns the chunks of one document in order.
func (ix *Index) Chunks(docID string) []document.Chunk {
	o, ok := ix.docOrd[docID]
	if !ok {
		return nil
	}
	lo, hi := ix.docFirst[o], ix.docFirst[o+1]
	out := make([]document.Chunk, 0, hi-lo)
	for i := lo; i < hi; i++ {
		out = append(out, ix.chunk(int(i)))
	}
	return out
}

// NumChunks is the number of indexed chunks.
func (ix *Index) NumChunks() int { return len(ix.recs) }

// chunk makes chunk i from its record.
func (ix *Index) chunk(i int) document.Chunk {
	r := &ix.recs[i]
	d := ix.docList[r.Doc]
	return document.Chunk{
		ID:    bytesString(ix.ids[r.IDOff : r.IDOff+r.IDLen]),
		DocID: d.ID,
		Path:  ix.paths[r.Path],
		Start: int(r.Start),
		End:   int(r.End),
		Text:  ix.chunkText(i),
	}
}

// chunkText is chunk i's text without making the rest of the chunk.
func (ix *Index) chunkText(i int) string {
	r := &ix.recs[i]
	if r.XLen > 0 {
		return bytesString(ix.xtext[r.XOff : r.XOff+r.XLen])
	}
	return ix.docList[r.Doc].Text[r.Start:r.End]
}

// vector is chunk i's vector (nil in an index without vectors).
func (ix *Index) vector(i int) []float32 {
	if ix.dim == 0 {
		return nil
	}
	return ix.vecs[i*ix.dim : (i+1)*ix.dim : (i+1)*ix.dim]
}

// docOf is the document of chunk i.
func (ix *Index) docOf(i int) *StoredDoc { return ix.docList[ix.recs[i].Doc] }

// storedChunks are the chunks with their vectors, for writing the next
// snapshot. The vectors are the mapped file's: read, never written.
func (ix *Index) storedChunks() []StoredChunk {
	out := make([]StoredChunk, len(ix.recs))
	for i := range out {
		out[i] = StoredChunk{Chunk: ix.chunk(i), Vector: ix.vector(i)}
	}
	return out
}

// Exists reports whether dir holds a snapshot.
func Exists(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, snapshotFile))
	return err == nil
}

// Open maps the snapshot in dir. It decodes the documents' metadata and
// checks the file's structure; postings, vectors and texts are read in
// place when a search or an answer needs them.
func Open(ctx context.Context, dir string, emb Embedder) (*Index, error) {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoIndex, dir)
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	corrupt := func(err error) error {
		return fmt.Errorf("索引文件已损坏(%s): %w;请运行 gongwen ingest --rebuild", dir, err)
	}
	head := make([]byte, len(fileMagic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, fileMagic) {
		if _, serr := f.Seek(0, io.SeekStart); serr == nil {
			if lh, ok := readLegacyHead(f); ok {
				return nil, fmt.Errorf("%w(版本 %d,当前 %d);请运行 gongwen ingest --rebuild"+rebuildSources+"", ErrOutdated, lh.Version, snapshotVersion)
			}
		}
		return nil, corrupt(errCorrupt)
	}
	data, err := mapFile(f)
	if err != nil {
		return nil, fmt.Errorf("读取索引失败(%s): %w", dir, err)
	}
	h, err := readHeader(data)
	if err != nil {
		return nil, corrupt(err)
	}
	if h.Version != snapshotVersion {
		return nil, fmt.Errorf("%w(版本 %d,当前 %d);请运行 gongwen ingest --rebuild"+rebuildSources+"", ErrOutdated, h.Version, snapshotVersion)
	}
	if h.Embedder != emb.Name() {
		return nil, fmt.Errorf("%w:索引由 %q 构建,当前为 %q;请运行 gongwen ingest --rebuild 重建索引", ErrEmbedderMismatch, h.Embedder, emb.Name())
	}
	if h.Tokenizer != lexicalFingerprint() {
		// The postings were cut by another tokenizer: the chunks must be
		// tokenized again, which is what an ingest does.
		return nil, fmt.Errorf("%w(分词方式已改变);请运行 gongwen ingest --rebuild"+rebuildSources+"", ErrOutdated)
	}
	ix, err := load(dir, emb, h, data)
	if err != nil {
		return nil, corrupt(err)
	}
	return ix, ctx.Err()
}

// load makes the Index over a mapped snapshot and checks that every record
// points inside the file, so that a damaged file fails here and not in the
// middle of a search.
func load(dir string, emb Embedder, h *fileHeader, data []byte) (*Index, error) {
	var recs []docRecord
	if b := h.section(data, secDocs); len(b) > 0 {
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&recs); err != nil {
			return nil, err
		}
	}
	var paths []document.HeadingPath
	if b := h.section(data, secPaths); len(b) > 0 {
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&paths); err != nil {
			return nil, err
		}
	}
	if len(recs) != h.NDocs {
		return nil, errCorrupt
	}
	text := h.section(data, secText)
	ix := &Index{
		dir: dir, embedder: emb, gen: h.Generation, saved: h.Saved,
		docs:    make(map[string]*StoredDoc, len(recs)),
		docOrd:  make(map[string]int32, len(recs)),
		docList: make([]*StoredDoc, len(recs)),
		recs:    chunkView(h.section(data, secChunks)),
		ids:     h.section(data, secIDs),
		xtext:   h.section(data, secXText),
		paths:   paths,
		dim:     h.Dim,
		vecs:    f32View(h.section(data, secVectors)),
	}
	docs := make([]StoredDoc, len(recs))
	for i, r := range recs {
		if r.TextOff < 0 || r.TextLen < 0 || r.TextOff+r.TextLen > int64(len(text)) {
			return nil, errCorrupt
		}
		docs[i] = StoredDoc{Meta: r.Meta, Hash: r.Hash, Sections: r.Sections, Parser: r.Parser, Text: bytesString(text[r.TextOff : r.TextOff+r.TextLen])}
		d := &docs[i]
		ix.docs[d.ID] = d
		ix.docOrd[d.ID] = int32(i)
		ix.docList[i] = d
	}
	if len(ix.recs) != h.NChunks || len(ix.vecs) != h.Dim*h.NChunks {
		return nil, errCorrupt
	}
	// docFirst[d] is the first chunk of document d or of a later one.
	ix.docFirst = make([]int32, len(docs)+1)
	ix.chunkDoc = make([]uint32, len(ix.recs))
	next := 0
	for i := range ix.recs {
		r := &ix.recs[i]
		if r.Doc >= uint32(len(docs)) || int(r.Doc) < next-1 || r.Path >= uint32(len(paths)) ||
			uint64(r.IDOff)+uint64(r.IDLen) > uint64(len(ix.ids)) || uint64(r.XOff)+uint64(r.XLen) > uint64(len(ix.xtext)) ||
			(r.XLen == 0 && (r.Start > r.End || int(r.End) > len(docs[r.Doc].Text))) {
			return nil, errCorrupt
		}
		for ; next <= int(r.Doc); next++ {
			ix.docFirst[next] = int32(i)
		}
		ix.chunkDoc[i] = r.Doc
	}
	for ; next <= len(docs); next++ {
		ix.docFirst[next] = int32(len(ix.recs))
	}
	lx, err := openLexical(h, data)
	if err != nil {
		return nil, err
	}
	ix.lex = lx
	var toks metaTokens
	if err := gob.NewDecoder(bytes.NewReader(h.section(data, secMeta))).Decode(&toks); err != nil {
		return nil, err
	}
	if len(toks.Docs) != len(toks.Toks) {
		return nil, errCorrupt
	}
	for _, ds := range toks.Docs {
		for _, d := range ds {
			if d < 0 || int(d) >= len(docs) {
				return nil, errCorrupt
			}
		}
	}
	ix.buildMeta(toks)
	return ix, nil
}

// buildMeta sets up the document-level side of the lexical ranking from
// the title tokens the snapshot stores (tokenizing ten thousand titles was
// four fifths of opening a million passages' index).
func (ix *Index) buildMeta(toks metaTokens) {
	m := &docMeta{tokDocs: make(map[string][]int32, len(toks.Toks)), docFirst: ix.docFirst, chunkDoc: ix.chunkDoc}
	for i, t := range toks.Toks {
		m.tokDocs[t] = toks.Docs[i]
	}
	ix.meta = m
}

// metaTokens is, per token of a title, org or year, the documents that have
// it: what docMeta credits at the document level, stored in the snapshot.
type metaTokens struct {
	Toks []string
	Docs [][]int32
}

// docMetaTokens tokenizes each document's title, org and year.
func docMetaTokens(docs []StoredDoc) metaTokens {
	byTok := map[string][]int32{}
	for i := range docs {
		d := &docs[i]
		text := d.Title + "\n" + d.Org
		if d.Year > 0 {
			text += "\n" + strconv.Itoa(d.Year) + "年"
		}
		seen := map[string]bool{}
		for _, t := range zh.Tokens(text) {
			if !seen[t] {
				seen[t] = true
				byTok[t] = append(byTok[t], int32(i))
			}
		}
	}
	var out metaTokens
	for t := range byTok {
		out.Toks = append(out.Toks, t)
	}
	slices.Sort(out.Toks)
	for _, t := range out.Toks {
		out.Docs = append(out.Docs, byTok[t])
	}
	return out
}

// lexicalText is what BM25 sees of a chunk: the document title and the
// heading path give a passage the context its own sentences leave implicit.
// A chunk that begins inside a table gets the table's first line, its
// header: "补贴办法修订要不要专家论证" asks a row by its name and a column
// by its header, which a chunk of later rows does not hold.
func lexicalText(d *StoredDoc, c document.Chunk) string {
	return d.Title + "\n" + strings.Join(c.Path, "\n") + "\n" + tableHead(d.Text, c.Start) + c.Text
}

// tableHead is, for a chunk starting at start on a table row, the first
// line of the block of row lines it stands in, with a newline; "" when the
// chunk starts on no row or on the block's first line.
func tableHead(text string, start int) string {
	// A row has two cells at least: a paragraph indented by a tab has one.
	// A line drawn with two bars is one, cells blank or not ("一、社会救
	// 助||", a group row).
	isRow := func(line string) bool {
		if strings.Count(line, "|")+strings.Count(line, "｜") >= 2 {
			return true
		}
		n := 0
		for _, c := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '｜' || r == '\t' }) {
			if strings.TrimSpace(c) != "" {
				n++
			}
		}
		return n >= 2
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[start:], '\n')
	if le < 0 {
		le = len(text) - start
	}
	if !isRow(text[ls : start+le]) {
		return ""
	}
	head := ""
	for ls > 0 {
		ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
		line := text[ps : ls-1]
		if !isRow(line) {
			break
		}
		head, ls = line, ps
	}
	if head == "" {
		return ""
	}
	return head + "\n"
}

// embedText is what the embedder sees of a chunk.
func embedText(c document.Chunk) string {
	return strings.Join(c.Path, " ") + "\n" + c.Text
}

// save writes the snapshot aside and renames it into place, so readers see
// either the old or the new index, never a partial one.
func save(dir string, data *snapshotData, beforeRename func() error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, snapshotFile+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if err := writeSnapshot(tmp, data); err != nil {
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
