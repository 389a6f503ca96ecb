package index

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"time"
	"unsafe"

	"github.com/gongwen/gongwen/internal/document"
)

// The snapshot file is laid out so that opening it costs what a command
// reads, not what the index holds: a CLI ask over a province's million
// passages touches the postings of its few query terms and the passages it
// quotes, and the operating system pages in only those.
//
//	"GWINDEX\x01"                 magic
//	sections, each 8-byte aligned  (see fileHeader.Sections)
//	header                         gob of fileHeader
//	uint64 little-endian           offset of the header
//	"GWINDEX\x01"                 magic again: a cut-off file lacks it
//
// The header is last so that the file is written in one pass, streaming
// each section as it is made. Fixed-size sections (chunk records, token
// counts, vectors, term tables) are little-endian arrays read in place
// through the memory map; only document metadata is decoded on open.
var fileMagic = []byte("GWINDEX\x01")

// fileHeader says what the file holds and where.
type fileHeader struct {
	Version    int
	Embedder   string
	Generation int64     // one more than the snapshot it replaced
	Saved      time.Time // when the ingest that wrote it committed
	Tokenizer  string    // lexicalFingerprint of the postings
	NDocs      int
	NChunks    int
	Dim        int // vector length; 0 when the index is empty
	NTerms     int
	AvgLen     float32
	Sections   map[string][2]int64 // name → offset, length
}

// Section names.
const (
	secDocs     = "docs"     // gob of []docRecord
	secText     = "text"     // document texts, concatenated
	secIDs      = "ids"      // chunk ids, concatenated
	secXText    = "xtext"    // chunk texts that are not a slice of their document's
	secPaths    = "paths"    // gob of []document.HeadingPath, deduplicated
	secChunks   = "chunks"   // []chunkRecord
	secLens     = "lens"     // []uint32: lexical tokens per chunk
	secVectors  = "vectors"  // []float32: Dim per chunk
	secTerms    = "terms"    // terms, concatenated in sorted order
	secTermOff  = "termoff"  // []uint32: NTerms+1 offsets into terms
	secPostOff  = "postoff"  // []uint64: NTerms+1 offsets into postings
	secDF       = "df"       // []uint32: chunks per term
	secPostings = "postings" // per term: uvarint chunk delta, uvarint tf, ...
	secMeta     = "meta"     // gob of metaTokens
)

// docRecord is a stored document without its text, which is in secText.
type docRecord struct {
	Meta     document.Meta
	Hash     string
	Sections []document.Section
	Parser   int
	TextOff  int64
	TextLen  int64
}

// chunkRecord is one chunk, read in place from the file: 32 bytes instead
// of a decoded struct with its own id, path and text strings.
type chunkRecord struct {
	Doc        uint32 // document ordinal
	Start, End uint32 // byte offsets into the document's text
	Path       uint32 // index into the heading paths
	IDOff      uint32
	IDLen      uint32
	XOff       uint32 // with XLen > 0: the text is secXText[XOff:XOff+XLen]
	XLen       uint32
}

const chunkRecordSize = int(unsafe.Sizeof(chunkRecord{}))

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// errCorrupt marks a file that is not a whole snapshot.
var errCorrupt = errors.New("快照结构损坏")

// snapshotWriter streams sections into the file and records where each is.
type snapshotWriter struct {
	w    *bufio.Writer
	off  int64
	secs map[string][2]int64
	err  error
}

func (sw *snapshotWriter) write(b []byte) {
	if sw.err != nil {
		return
	}
	n, err := sw.w.Write(b)
	sw.off += int64(n)
	sw.err = err
}

func (sw *snapshotWriter) align() {
	if pad := (8 - sw.off%8) % 8; pad > 0 {
		sw.write(make([]byte, pad))
	}
}

// section writes one section from the chunks fill hands to put.
func (sw *snapshotWriter) section(name string, fill func(put func([]byte))) {
	sw.align()
	start := sw.off
	fill(sw.write)
	sw.secs[name] = [2]int64{start, sw.off - start}
}

func (sw *snapshotWriter) gobSection(name string, v any) {
	sw.section(name, func(put func([]byte)) {
		if sw.err != nil {
			return
		}
		if err := gob.NewEncoder(writerFunc(put)).Encode(v); err != nil {
			sw.err = err
		}
	})
}

type writerFunc func([]byte)

func (f writerFunc) Write(b []byte) (int, error) { f(b); return len(b), nil }

// snapshotData is what a snapshot is written from.
type snapshotData struct {
	Version    int
	Embedder   string
	Generation int64
	Saved      time.Time
	Docs       []StoredDoc
	Chunks     []StoredChunk // grouped by document, in the order of Docs
}

// writeSnapshot writes data to w. The lexical index is built here, straight
// into compact postings, so that an ingest holds the chunks once and the
// postings once, never a second decoded copy of either.
func writeSnapshot(out io.Writer, data *snapshotData) error {
	sw := &snapshotWriter{w: bufio.NewWriterSize(out, 1<<20), secs: map[string][2]int64{}}
	sw.write(fileMagic)
	docOrd := make(map[string]int, len(data.Docs))
	for i := range data.Docs {
		docOrd[data.Docs[i].ID] = i
	}
	// Chunks must come grouped by document in document order: a document's
	// chunks are then one range, which is what scoping a search relies on.
	prev := 0
	for _, c := range data.Chunks {
		d, ok := docOrd[c.DocID]
		if !ok || d < prev {
			return fmt.Errorf("段落 %s 不在其文档的顺序位置", c.ID)
		}
		prev = d
	}
	dim := 0
	if len(data.Chunks) > 0 {
		dim = len(data.Chunks[0].Vector)
	}
	for _, c := range data.Chunks {
		if len(c.Vector) != dim {
			return fmt.Errorf("段落 %s 的向量长度 %d 与 %d 不同", c.ID, len(c.Vector), dim)
		}
	}

	recs := make([]docRecord, len(data.Docs))
	var textOff int64
	for i, d := range data.Docs {
		recs[i] = docRecord{Meta: d.Meta, Hash: d.Hash, Sections: d.Sections, Parser: d.Parser, TextOff: textOff, TextLen: int64(len(d.Text))}
		textOff += int64(len(d.Text))
	}
	sw.gobSection(secDocs, recs)
	sw.gobSection(secMeta, docMetaTokens(data.Docs))
	sw.section(secText, func(put func([]byte)) {
		for _, d := range data.Docs {
			put([]byte(d.Text))
		}
	})
	sw.section(secIDs, func(put func([]byte)) {
		for _, c := range data.Chunks {
			put([]byte(c.ID))
		}
	})
	var xoff int64
	sw.section(secXText, func(put func([]byte)) {
		for _, c := range data.Chunks {
			if !sliceOfDoc(&data.Docs[docOrd[c.DocID]], c.Chunk) {
				put([]byte(c.Text))
				xoff += int64(len(c.Text))
			}
		}
	})
	if xoff > math.MaxUint32 || textOff > math.MaxUint32*int64(max(1, len(data.Docs))) {
		return errors.New("索引过大:段落文本超出快照格式的上限")
	}
	pathIdx := map[string]uint32{}
	var paths []document.HeadingPath
	chunkRecs := make([]chunkRecord, len(data.Chunks))
	var idOff, xo uint32
	for i, c := range data.Chunks {
		key := string(bytes.Join(toBytes(c.Path), []byte{0}))
		p, ok := pathIdx[key]
		if !ok {
			p = uint32(len(paths))
			pathIdx[key] = p
			paths = append(paths, c.Path)
		}
		d := docOrd[c.DocID]
		r := chunkRecord{Doc: uint32(d), Path: p, IDOff: idOff, IDLen: uint32(len(c.ID))}
		idOff += uint32(len(c.ID))
		if sliceOfDoc(&data.Docs[d], c.Chunk) {
			r.Start, r.End = uint32(c.Start), uint32(c.End)
		} else {
			r.XOff, r.XLen = xo, uint32(len(c.Text))
			xo += uint32(len(c.Text))
			// Keep the offsets for callers that read them, clamped so
			// that slicing the document's text cannot panic.
			r.Start, r.End = uint32(max(0, c.Start)), uint32(max(0, c.End))
		}
		chunkRecs[i] = r
	}
	sw.gobSection(secPaths, paths)
	sw.section(secChunks, func(put func([]byte)) {
		buf := make([]byte, 0, 1<<16)
		for _, r := range chunkRecs {
			for _, v := range [...]uint32{r.Doc, r.Start, r.End, r.Path, r.IDOff, r.IDLen, r.XOff, r.XLen} {
				buf = binary.LittleEndian.AppendUint32(buf, v)
			}
			if len(buf) >= 1<<16-chunkRecordSize {
				put(buf)
				buf = buf[:0]
			}
		}
		put(buf)
	})
	chunkRecs = nil
	sw.section(secVectors, func(put func([]byte)) {
		buf := make([]byte, 0, 1<<16)
		for _, c := range data.Chunks {
			for _, x := range c.Vector {
				buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(x))
			}
			if len(buf) >= 1<<15 {
				put(buf)
				buf = buf[:0]
			}
		}
		put(buf)
	})

	// The lexical index.
	post := buildPostings(len(data.Chunks), func(i int) string {
		c := data.Chunks[i]
		return lexicalText(&data.Docs[docOrd[c.DocID]], c.Chunk)
	})
	sw.section(secLens, func(put func([]byte)) {
		buf := make([]byte, 0, 4*len(post.lens))
		for _, l := range post.lens {
			buf = binary.LittleEndian.AppendUint32(buf, l)
		}
		put(buf)
	})
	terms := make([]string, 0, len(post.terms))
	for t := range post.terms {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	sw.section(secTerms, func(put func([]byte)) {
		for _, t := range terms {
			put([]byte(t))
		}
	})
	sw.section(secTermOff, func(put func([]byte)) {
		buf := make([]byte, 0, 4*(len(terms)+1))
		var o uint32
		for _, t := range terms {
			buf = binary.LittleEndian.AppendUint32(buf, o)
			o += uint32(len(t))
		}
		put(binary.LittleEndian.AppendUint32(buf, o))
	})
	sw.section(secPostOff, func(put func([]byte)) {
		buf := make([]byte, 0, 8*(len(terms)+1))
		var o uint64
		for _, t := range terms {
			buf = binary.LittleEndian.AppendUint64(buf, o)
			o += uint64(len(post.terms[t].buf))
		}
		put(binary.LittleEndian.AppendUint64(buf, o))
	})
	sw.section(secDF, func(put func([]byte)) {
		buf := make([]byte, 0, 4*len(terms))
		for _, t := range terms {
			buf = binary.LittleEndian.AppendUint32(buf, post.terms[t].df)
		}
		put(buf)
	})
	sw.section(secPostings, func(put func([]byte)) {
		for _, t := range terms {
			put(post.terms[t].buf)
		}
	})

	h := fileHeader{
		Version: data.Version, Embedder: data.Embedder, Generation: data.Generation, Saved: data.Saved,
		Tokenizer: lexicalFingerprint(), NDocs: len(data.Docs), NChunks: len(data.Chunks), Dim: dim,
		NTerms: len(terms), AvgLen: post.avgLen, Sections: sw.secs,
	}
	sw.align()
	hoff := sw.off
	if sw.err == nil {
		if err := gob.NewEncoder(writerFunc(sw.write)).Encode(&h); err != nil {
			return err
		}
	}
	sw.write(binary.LittleEndian.AppendUint64(nil, uint64(hoff)))
	sw.write(fileMagic)
	if sw.err != nil {
		return sw.err
	}
	return sw.w.Flush()
}

func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// sliceOfDoc reports whether the chunk's text is its document's text at
// its offsets, so that it need not be stored twice.
func sliceOfDoc(d *StoredDoc, c document.Chunk) bool {
	return 0 <= c.Start && c.Start <= c.End && c.End <= len(d.Text) && d.Text[c.Start:c.End] == c.Text
}

// readHeader finds and decodes the header of a snapshot held in data.
func readHeader(data []byte) (*fileHeader, error) {
	m := len(fileMagic)
	if len(data) < 2*m+8 || !bytes.Equal(data[:m], fileMagic) || !bytes.Equal(data[len(data)-m:], fileMagic) {
		return nil, errCorrupt
	}
	hoff := binary.LittleEndian.Uint64(data[len(data)-m-8:])
	if hoff < uint64(m) || hoff > uint64(len(data)-m-8) {
		return nil, errCorrupt
	}
	var h fileHeader
	if err := gob.NewDecoder(bytes.NewReader(data[hoff : len(data)-m-8])).Decode(&h); err != nil {
		return nil, fmt.Errorf("%w: %v", errCorrupt, err)
	}
	for _, s := range h.Sections {
		if s[0] < 0 || s[1] < 0 || s[0]+s[1] > int64(hoff) {
			return nil, errCorrupt
		}
	}
	return &h, nil
}

// legacyHead is the first value of a gob snapshot written before this
// layout (versions up to 8): enough to say it is outdated and to carry its
// generation on.
type legacyHead struct {
	Version    int
	Embedder   string
	Generation int64
}

// readLegacyHead reports the head of a pre-layout gob snapshot, or false
// when the file is not one.
func readLegacyHead(r io.Reader) (legacyHead, bool) {
	var h legacyHead
	if err := gob.NewDecoder(bufio.NewReader(r)).Decode(&h); err != nil || h.Version <= 0 {
		return legacyHead{}, false
	}
	return h, true
}

// section returns the bytes of a named section (nil when absent).
func (h *fileHeader) section(data []byte, name string) []byte {
	s, ok := h.Sections[name]
	if !ok {
		return nil
	}
	return data[s[0] : s[0]+s[1] : s[0]+s[1]]
}

// readGeneration returns the generation of the snapshot in dir, reading only
// its tail (or an old snapshot's first value): an outdated snapshot still
// has one, and the next must count on from it.
func readGeneration(dir string) int64 {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if err != nil {
		return 0
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0
	}
	m := int64(len(fileMagic))
	head := make([]byte, m)
	if _, err := f.ReadAt(head, 0); err != nil {
		return 0
	}
	if !bytes.Equal(head, fileMagic) {
		if lh, ok := readLegacyHead(f); ok {
			return lh.Generation
		}
		return 0
	}
	tail := make([]byte, 8+m)
	if st.Size() < 2*m+8 {
		return 0
	}
	if _, err := f.ReadAt(tail, st.Size()-8-m); err != nil {
		return 0
	}
	hoff := int64(binary.LittleEndian.Uint64(tail))
	if hoff < m || hoff > st.Size()-8-m {
		return 0
	}
	var h fileHeader
	if err := gob.NewDecoder(io.NewSectionReader(f, hoff, st.Size()-8-m-hoff)).Decode(&h); err != nil {
		return 0
	}
	return h.Generation
}

// Views of little-endian arrays in the file. On a little-endian machine
// with the section aligned (the writer aligns every section to 8 bytes and
// the map starts on a page) they are the file's bytes themselves; otherwise
// they are decoded copies.

func u32View(b []byte) []uint32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*uint32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint32, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}

func u64View(b []byte) []uint64 {
	n := len(b) / 8
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%8 == 0 {
		return unsafe.Slice((*uint64)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

func f32View(b []byte) []float32 {
	n := len(b) / 4
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*float32)(unsafe.Pointer(&b[0])), n)
	}
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

func chunkView(b []byte) []chunkRecord {
	n := len(b) / chunkRecordSize
	if n == 0 {
		return nil
	}
	if littleEndian && uintptr(unsafe.Pointer(&b[0]))%4 == 0 {
		return unsafe.Slice((*chunkRecord)(unsafe.Pointer(&b[0])), n)
	}
	u := u32View(b)
	out := make([]chunkRecord, n)
	for i := range out {
		v := u[8*i:]
		out[i] = chunkRecord{v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]}
	}
	return out
}

// bytesString is b as a string without a copy. The bytes are the read-only
// map of a snapshot file, which is never unmapped or written (see mapFile).
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
