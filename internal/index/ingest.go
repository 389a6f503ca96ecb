package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/document"
)

// Source is one corpus to ingest: the bundled one or a directory.
type Source struct {
	Label string // shown in messages: a directory path or "内置语料"
	FS    fs.FS
	// Tags are stored on every document read from this source, beside
	// any its manifest entry gives.
	Tags []string
	root *os.Root // set by DirSource; closed by Close
}

// Progress reports ingest progress, one call per file.
type Progress struct {
	Done, Total int
	File        string
}

// IngestOptions control one ingest run.
type IngestOptions struct {
	Sources  []Source
	Prune    bool // drop indexed documents whose files were not seen
	Rebuild  bool // ignore the previous snapshot entirely
	Progress func(Progress)
	// NoWait makes Ingest fail with ErrLocked instead of waiting when
	// another ingest holds the index.
	NoWait bool
	// OnWait, when set, is called once if Ingest has to wait for another
	// ingest; holder names that process when known (", 进程 123").
	OnWait func(holder string)
	// beforeCommit runs after the new snapshot is written and before it is
	// renamed into place; tests inject a failure here to simulate a kill.
	beforeCommit func() error
}

// FileError names a file that could not be ingested and why.
type FileError struct {
	File string `json:"file"`
	Err  string `json:"error"`
}

// IngestReport says what an ingest did.
type IngestReport struct {
	Added     []string    `json:"added"`
	Updated   []string    `json:"updated"`
	Unchanged int         `json:"unchanged"`
	Removed   []string    `json:"removed"`
	Failed    []FileError `json:"failed"`
	// Skipped lists files not ingested on purpose (kinds gongwen does not
	// read, links leaving the corpus); unlike Failed they are not errors.
	Skipped []FileError `json:"skipped,omitempty"`
	Docs    int         `json:"docs"`
	Chunks  int         `json:"chunks"`
	Saved   bool        `json:"saved"`
	Rebuilt bool        `json:"rebuilt,omitempty"` // an outdated snapshot was rebuilt from the sources
}

type pendingFile struct {
	src      Source
	name     string // the path in src.FS, as the bytes on disk
	display  string // name as text (a GBK name decoded), for ids and messages
	manifest *document.Meta
}

// Ingest builds or refreshes the index in dir from the sources: unchanged
// files (same content hash) are reused, changed ones replaced, unreadable
// ones reported and skipped. The snapshot is replaced atomically at the end.
//
// Ingest holds the index directory's lock from before it reads the old
// snapshot until the new one is in place, so concurrent ingests run one
// after the other and each sees the documents of the one before.
func Ingest(ctx context.Context, dir string, emb Embedder, opt IngestOptions) (*Index, *IngestReport, error) {
	lock, err := acquireLock(ctx, dir, opt.NoWait, opt.OnWait)
	if err != nil {
		return nil, nil, err
	}
	defer lock.unlock()
	// Only now: a temp file seen before holding the lock may be a running
	// ingest's snapshot being written.
	removeStaleTemps(dir)
	prev := map[string]*StoredDoc{}
	prevChunks := map[string][]StoredChunk{}
	var prevOrder []string
	var old *Index
	rep0 := &IngestReport{}
	if !opt.Rebuild && Exists(dir) {
		var err error
		old, err = Open(ctx, dir, emb)
		switch {
		case errors.Is(err, ErrOutdated):
			// Chunks from an older chunker cannot be reused by hash:
			// rebuild from the sources, as the user would have to anyway.
			old, opt.Rebuild, rep0.Rebuilt = nil, true, true
		case err != nil:
			return nil, nil, err
		}
	}
	if old != nil {
		for _, d := range old.Docs() {
			prev[d.ID] = d
			prevOrder = append(prevOrder, d.ID)
		}
		for _, c := range old.storedChunks() {
			prevChunks[c.DocID] = append(prevChunks[c.DocID], c)
		}
	}

	var files []pendingFile
	rep := rep0
	for _, src := range opt.Sources {
		manifest, err := readManifest(src.FS)
		if err != nil {
			rep.Failed = append(rep.Failed, FileError{File: path.Join(src.Label, "manifest.json"), Err: err.Error()})
		}
		err = fs.WalkDir(src.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				rep.Failed = append(rep.Failed, FileError{File: path.Join(src.Label, p), Err: err.Error()})
				return nil
			}
			display, nameOK := displayName(p)
			label := path.Join(src.Label, display)
			if !nameOK {
				label = fmt.Sprintf("%s/%q", src.Label, p)
			}
			base := path.Base(display)
			if d.IsDir() {
				if p != "." && strings.HasPrefix(base, ".") {
					return fs.SkipDir
				}
				return nil
			}
			if strings.HasPrefix(base, ".") || base == "manifest.json" || strings.HasSuffix(base, ".go") {
				return nil
			}
			switch t := d.Type(); {
			case t&fs.ModeSymlink != 0:
				if why := linkProblem(src.FS, p); why != "" {
					rep.Skipped = append(rep.Skipped, FileError{File: label, Err: why})
					return nil
				}
			case !t.IsRegular():
				// A named pipe would block the ingest on open.
				rep.Skipped = append(rep.Skipped, FileError{File: label, Err: "不是普通文件(设备、管道或套接字)"})
				return nil
			}
			if why := skipReason(base); why != "" {
				rep.Skipped = append(rep.Skipped, FileError{File: label, Err: why})
				return nil
			}
			if !nameOK {
				rep.Failed = append(rep.Failed, FileError{File: label, Err: "文件名既不是 UTF-8 也不是 GBK 编码,无法识别;请把文件改名(如用 convmv -f gbk -t utf8,或在 Windows 上解压)后重试"})
				return nil
			}
			pf := pendingFile{src: src, name: p, display: display}
			if m, ok := manifest[base]; ok {
				pf.manifest = &m
			}
			files = append(files, pf)
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("读取 %s 失败: %w", src.Label, err)
		}
	}

	var docs []StoredDoc
	var chunks []StoredChunk
	seen := map[string]string{} // id -> hash
	for i, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		label := path.Join(f.src.Label, f.display)
		if opt.Progress != nil {
			opt.Progress(Progress{Done: i, Total: len(files), File: label})
		}
		doc, cs, status, err := ingestFile(ctx, emb, f, prev, prevChunks, seen, opt.Rebuild)
		if err != nil {
			rep.Failed = append(rep.Failed, FileError{File: label, Err: err.Error()})
			continue
		}
		switch status {
		case "skip":
			continue
		case "unchanged":
			rep.Unchanged++
		case "updated":
			rep.Updated = append(rep.Updated, doc.ID)
		default:
			rep.Added = append(rep.Added, doc.ID)
		}
		docs = append(docs, *doc)
		chunks = append(chunks, cs...)
	}
	if opt.Progress != nil {
		opt.Progress(Progress{Done: len(files), Total: len(files)})
	}
	// Documents indexed before but not seen now stay unless pruned.
	for _, id := range prevOrder {
		if _, ok := seen[id]; ok {
			continue
		}
		if opt.Prune {
			rep.Removed = append(rep.Removed, id)
			continue
		}
		docs = append(docs, *prev[id])
		chunks = append(chunks, prevChunks[id]...)
	}
	rep.Docs, rep.Chunks = len(docs), len(chunks)

	changed := opt.Rebuild || len(rep.Added) > 0 || len(rep.Updated) > 0 || len(rep.Removed) > 0 || !Exists(dir)
	if !changed && old != nil {
		// Nothing to write, and the index just opened is the one a fresh
		// Open would give: building it again would double the cost.
		return old, rep, nil
	}
	// The snapshot is written (with the lexical index built straight into
	// its compact form) and then opened like any other, so that the index
	// an ingest returns is the one every later command sees.
	data := &snapshotData{Version: snapshotVersion, Embedder: emb.Name(), Docs: docs, Chunks: chunks,
		Generation: readGeneration(dir) + 1, Saved: time.Now().UTC()}
	if err := save(dir, data, opt.beforeCommit); err != nil {
		return nil, rep, fmt.Errorf("保存索引失败(原索引未改动): %w", err)
	}
	rep.Saved = true
	docs, chunks, data = nil, nil, nil
	ix, err := Open(ctx, dir, emb)
	if err != nil {
		return nil, rep, err
	}
	return ix, rep, nil
}

func ingestFile(ctx context.Context, emb Embedder, f pendingFile, prev map[string]*StoredDoc, prevChunks map[string][]StoredChunk, seen map[string]string, rebuild bool) (*StoredDoc, []StoredChunk, string, error) {
	data, err := readCapped(f.src.FS, f.name)
	if err != nil {
		return nil, nil, "", err
	}
	hash := document.HashBytes(data)
	id := document.IDFromName(f.display)
	if h, ok := seen[id]; ok {
		if h == hash {
			return nil, nil, "skip", nil // the same file from two corpora
		}
		id = id + "_" + hash[:8]
	}
	seen[id] = hash
	tags := docTags(f)
	if p, ok := prev[id]; ok && !rebuild && p.Hash == hash && p.Parser == document.ParserVersion && manifestAgrees(p, f.manifest) {
		if slices.Equal(p.Tags, tags) {
			return p, prevChunks[id], "unchanged", nil
		}
		// Only the tags changed: the text, chunks and vectors stand.
		d := *p
		d.Tags = tags
		return &d, prevChunks[id], "updated", nil
	}
	d, err := document.Load(id, f.display, data, f.manifest)
	if err != nil {
		return nil, nil, "", err
	}
	d.Tags = tags
	sd := &StoredDoc{Meta: d.Meta, Hash: d.Hash, Text: d.Text, Sections: d.Sections, Parser: document.ParserVersion}
	cs := d.Chunks()
	if len(cs) == 0 {
		return nil, nil, "", document.ErrEmpty
	}
	// A file read again by a newer reading mostly keeps its chunks: their
	// vectors are kept rather than asked of the embedder again.
	known := map[string][]float32{}
	if p, ok := prev[id]; ok && !rebuild && p.Hash == hash {
		for _, c := range prevChunks[id] {
			known[embedText(c.Chunk)] = c.Vector
		}
	}
	texts := make([]string, len(cs))
	var ask []string
	for i, c := range cs {
		texts[i] = embedText(c)
		if _, ok := known[texts[i]]; !ok {
			ask = append(ask, texts[i])
		}
	}
	var got [][]float32
	if len(ask) > 0 {
		got, err = emb.Embed(ctx, ask)
	}
	if err != nil {
		return nil, nil, "", fmt.Errorf("生成向量失败: %w", err)
	}
	if len(got) != len(ask) {
		return nil, nil, "", errors.New("生成向量失败: 返回数量不符")
	}
	vecs := make([][]float32, len(cs))
	for i := range cs {
		if v, ok := known[texts[i]]; ok {
			vecs[i] = v
			continue
		}
		vecs[i], got = got[0], got[1:]
	}
	out := make([]StoredChunk, len(cs))
	for i := range cs {
		out[i] = StoredChunk{Chunk: cs[i], Vector: vecs[i]}
	}
	status := "added"
	if _, ok := prev[id]; ok {
		status = "updated"
	}
	return sd, out, status, nil
}

// readCapped reads a file of at most document.MaxFileSize bytes. The limit
// is applied to the reading itself, not to a size looked up before, which a
// file still being written would outgrow.
func readCapped(fsys fs.FS, name string) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > document.MaxFileSize {
		return nil, fmt.Errorf("%w(%.1f MB,上限 %d MB)", document.ErrTooLarge, float64(st.Size())/(1<<20), document.MaxFileSize>>20)
	} else if err == nil && st.IsDir() {
		return nil, fmt.Errorf("是文件夹")
	}
	data, err := io.ReadAll(io.LimitReader(f, document.MaxFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > document.MaxFileSize {
		return nil, fmt.Errorf("%w(上限 %d MB)", document.ErrTooLarge, document.MaxFileSize>>20)
	}
	return data, nil
}

// skipReason says why a file of this name is not ingested on purpose, or ""
// when it should be read. Kinds gongwen does not read are listed, not
// failed: a folder of office files always holds some spreadsheets and
// pictures, and an ingest that read every document it could is a success.
func skipReason(base string) string {
	if strings.HasPrefix(base, "~$") {
		return "是 Word/WPS 打开文件时留下的临时文件"
	}
	if document.Supported(base) {
		return ""
	}
	ext := path.Ext(base)
	if ext == "" {
		ext = "无扩展名"
	}
	return fmt.Sprintf("不支持的文件类型(%s);支持 %s", ext, strings.Join(document.SupportedExtensions(), " "))
}

// docTags are the tags of a file: its source's, then its manifest entry's,
// each once. nil when there are none, as a snapshot without tags decodes.
func docTags(f pendingFile) []string {
	var tags []string
	add := func(ts []string) {
		for _, t := range ts {
			if t = strings.TrimSpace(t); t != "" && !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
	}
	add(f.src.Tags)
	if f.manifest != nil {
		add(f.manifest.Tags)
	}
	return tags
}

// manifestAgrees reports whether a stored document still matches its
// manifest entry, so a manifest edit alone re-ingests the file.
func manifestAgrees(d *StoredDoc, m *document.Meta) bool {
	if m == nil {
		return true
	}
	return (m.Title == "" || m.Title == d.Title) && (m.Org == "" || m.Org == d.Org) &&
		(m.Year == 0 || m.Year == d.Year) && (m.Kind == "" || m.Kind == d.Kind)
}

func readManifest(fsys fs.FS) (map[string]document.Meta, error) {
	b, err := fs.ReadFile(fsys, "manifest.json")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	m := map[string]document.Meta{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("manifest.json 格式错误: %w", err)
	}
	return m, nil
}
