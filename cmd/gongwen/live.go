package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/httpapi"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/slackbot"
)

// live is the index serve answers from. An upload or a removal writes a new
// snapshot and swaps it in; requests already running finish on the index
// they started with. (A snapshot written by another process can be swapped
// in the same way: see swap.)
type live struct {
	db     string
	emb    index.Embedder
	engine func(*index.Index) *answer.Engine

	mu  sync.Mutex // one ingest or removal at a time
	cur atomic.Pointer[liveState]
	// watcher, when serve watches for snapshots written by other
	// processes, is told of each swap here (see serve_live.go).
	watcher atomic.Pointer[index.Live]
	// channels reports each chat channel's state for /healthz; set once
	// before serving.
	channels func() any
}

type liveState struct {
	ix  *index.Index
	eng *answer.Engine
}

func newLive(db string, emb index.Embedder, ix *index.Index, engine func(*index.Index) *answer.Engine) *live {
	l := &live{db: db, emb: emb, engine: engine}
	l.swap(ix)
	return l
}

// swap makes ix the index every later request reads. The engine is made
// anew: it caches what it derives from its index.
func (l *live) swap(ix *index.Index) {
	l.cur.Store(&liveState{ix: ix, eng: l.engine(ix)})
	if w := l.watcher.Load(); w != nil {
		w.Set(ix) // the snapshot just written here need not be opened again
	}
}

func (l *live) index() *index.Index { return l.cur.Load().ix }

// Ask answers from the current index (answer.Engine's method, for the API
// and the bots).
func (l *live) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	return l.cur.Load().eng.Ask(ctx, req)
}

// Search searches for a question as ask reads it, in the current index.
func (l *live) Search(ctx context.Context, q string, k int, f index.Filter, now time.Time) ([]index.Hit, error) {
	return l.cur.Load().eng.Search(ctx, q, k, f, now)
}

// liveIndex is the current index as httpapi reads it.
type liveIndex struct{ l *live }

func (x liveIndex) Search(ctx context.Context, q string, k int, f index.Filter) ([]index.Hit, error) {
	return x.l.index().Search(ctx, q, k, f)
}
func (x liveIndex) Docs() []*index.StoredDoc               { return x.l.index().Docs() }
func (x liveIndex) Doc(id string) (*index.StoredDoc, bool) { return x.l.index().Doc(id) }
func (x liveIndex) Chunks(docID string) []document.Chunk   { return x.l.index().Chunks(docID) }

// uploadLabel names uploaded files in ingest messages.
const uploadLabel = "上传"

// uploadDir keeps the uploaded files that were indexed, so that
// `gongwen ingest --corpus <db>/uploads` can index them again (after a
// --rebuild, say).
func (l *live) uploadDir() string { return filepath.Join(l.db, "uploads") }

// ingest indexes uploaded files with the same code as `gongwen ingest`
// (incremental, without pruning: the documents already indexed stay) and
// swaps the new index in before it returns.
func (l *live) ingest(ctx context.Context, files []httpapi.UploadFile, progress func(httpapi.Progress)) (*httpapi.IngestResult, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	mfs := fstest.MapFS{}
	for _, f := range files {
		mfs[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644, ModTime: time.Now()}
	}
	opt := index.IngestOptions{Sources: []index.Source{{Label: uploadLabel, FS: mfs}}}
	if progress != nil {
		opt.Progress = func(p index.Progress) {
			progress(httpapi.Progress{Done: p.Done, Total: p.Total, File: strings.TrimPrefix(p.File, uploadLabel+"/")})
		}
	}
	ix, rep, err := index.Ingest(ctx, l.db, l.emb, opt)
	if err != nil {
		return nil, err
	}
	l.swap(ix)

	failed := map[string]string{}
	for _, f := range rep.Failed {
		failed[strings.TrimPrefix(f.File, uploadLabel+"/")] = f.Err
	}
	// Files skipped on purpose (kinds not read, Word's ~$ lock files) come
	// with a reason already written for staff.
	skipped := map[string]string{}
	for _, f := range rep.Skipped {
		skipped[strings.TrimPrefix(f.File, uploadLabel+"/")] = f.Err
	}
	out := &httpapi.IngestResult{Files: []httpapi.FileResult{}, Docs: len(ix.Docs())}
	for _, f := range files {
		id := document.IDFromName(f.Name)
		r := httpapi.FileResult{File: f.Name, ID: id}
		switch {
		case failed[f.Name] != "":
			r.Status, r.ID, r.Reason = "skipped", "", skipReason(f.Name, failed[f.Name])
		case skipped[f.Name] != "":
			r.Status, r.ID, r.Reason = "skipped", "", skipped[f.Name]
		case slices.Contains(rep.Added, id):
			r.Status = "ingested"
		case slices.Contains(rep.Updated, id):
			r.Status = "updated"
		case !document.Supported(f.Name):
			r.Status, r.ID, r.Reason = "skipped", "", "不支持的文件格式(可用 txt、md、html、docx、pdf)"
		default:
			r.Status, r.Reason = "unchanged", "库中已有内容相同的文件"
		}
		if r.Status == "ingested" || r.Status == "updated" {
			if err := keepUpload(l.uploadDir(), f); err != nil {
				r.Reason = "已建立索引,但保存原文件失败: " + err.Error()
			}
		}
		out.Files = append(out.Files, r)
	}
	return out, nil
}

// skipReason is the loader's error as staff read it: without the file name
// it repeats and without the parts a library adds in English ("zip: not a
// valid zip file"), which say nothing to them.
func skipReason(name, msg string) string {
	if strings.Contains(msg, document.ErrUnsupported.Error()) {
		return "不支持的文件格式(可用 txt、md、html、docx、pdf)"
	}
	var keep []string
	for _, part := range strings.Split(msg, ": ") {
		part = strings.TrimSpace(part)
		if part == name || !hasHan(part) || slices.Contains(keep, part) {
			continue
		}
		keep = append(keep, part)
	}
	if len(keep) == 0 {
		return "无法读取该文件"
	}
	return strings.Join(keep, ":")
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

func keepUpload(dir string, f httpapi.UploadFile) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(dir, path.Base(f.Name)), f.Data)
}

// remove drops a document and swaps the smaller index in; an uploaded file
// of the document is deleted too, so that re-indexing the uploads does not
// bring it back.
func (l *live) remove(ctx context.Context, id string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	d, ok := l.index().Doc(id)
	if !ok {
		return fmt.Errorf("没有这份文件: %s", id)
	}
	ix, _, err := index.Remove(ctx, l.db, l.emb, id)
	if err != nil {
		return err
	}
	l.swap(ix)
	if d.Source != "" {
		if p := filepath.Join(l.uploadDir(), filepath.Base(d.Source)); document.IDFromName(p) == id {
			_ = os.Remove(p)
		}
	}
	return nil
}

// feedbackLog appends the page's 👍/👎 to the same log as Slack's, in the
// same record shape (channel "web").
type feedbackLog struct {
	path string
	mu   sync.Mutex
}

func (f *feedbackLog) add(ctx context.Context, fb httpapi.Feedback) error {
	user := fb.User
	if user == "" {
		user = "web"
	}
	rec := slackbot.FeedbackRecord{Time: time.Now().UTC(), Vote: fb.Vote, User: user, Channel: "web",
		Question: fb.Question, Answer: fb.Answer, Citations: fb.Citations}
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
		return err
	}
	fh, err := os.OpenFile(f.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := fh.Write(append(line, '\n')); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}
