// Package audit owns the audit trail (留痕): one JSON line per question and
// per outline — who asked, when, through which channel, what, in which
// mode, and which documents the result cited — in the index directory,
// rotated by size. It records no credential of any kind: entries are built
// from names and results, never from request headers.
package audit

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// FileName is the current audit file in the index directory; rotated ones
// are FileName.1 (newest) … FileName.N.
const FileName = "audit.jsonl"

// Defaults of Open.
const (
	DefaultMaxBytes = 10 << 20
	DefaultKeep     = 5
)

// Entry is one line of the trail.
type Entry struct {
	Time    time.Time `json:"time"`
	User    string    `json:"user"`    // the access file's name; "本机" in single-user mode
	Channel string    `json:"channel"` // web | api | local | slack | …, with the chat channel id when known
	Kind    string    `json:"kind"`    // ask | outline
	Q       string    `json:"q"`       // the question, or the outline's section title
	Org     string    `json:"org,omitempty"`
	Year    int       `json:"year,omitempty"`
	Mode    string    `json:"mode,omitempty"` // extractive | llm | offline
	Found   bool      `json:"found"`
	Docs    []Doc     `json:"docs"`             // the documents cited
	Status  int       `json:"status,omitempty"` // HTTP status when the request failed
	Ms      int64     `json:"ms"`
}

// Doc is a cited document.
type Doc struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// Log appends entries to FileName in a directory. It is safe for
// concurrent use by one process; serve is the only writer.
type Log struct {
	dir      string
	maxBytes int64
	keep     int

	mu   sync.Mutex
	f    *os.File
	size int64
}

// Open opens (creating) the trail in dir. maxBytes and keep of 0 take the
// defaults: the file is rotated once it would pass maxBytes, and keep
// rotated files are kept.
func Open(dir string, maxBytes int64, keep int) (*Log, error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	if keep <= 0 {
		keep = DefaultKeep
	}
	l := &Log{dir: dir, maxBytes: maxBytes, keep: keep}
	if err := l.open(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Log) path() string { return filepath.Join(l.dir, FileName) }

func (l *Log) open() error {
	if err := os.MkdirAll(l.dir, 0o755); err != nil {
		return fmt.Errorf("无法建立留痕目录: %w", err)
	}
	// 0600: questions say what an office is working on.
	f, err := os.OpenFile(l.path(), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("无法打开留痕文件: %w", err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return err
	}
	l.f, l.size = f, st.Size()
	return nil
}

// Write appends e as one line, rotating first when the file would pass
// the size limit.
func (l *Log) Write(e Entry) error {
	if e.Time.IsZero() {
		e.Time = time.Now()
	}
	if e.Docs == nil {
		e.Docs = []Doc{}
	}
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return errors.New("留痕文件已关闭")
	}
	if l.size > 0 && l.size+int64(len(b)) > l.maxBytes {
		if err := l.rotate(); err != nil {
			return err
		}
	}
	n, err := l.f.Write(b)
	l.size += int64(n)
	return err
}

// rotate shifts FileName.i to FileName.i+1, dropping the oldest, and
// starts a new FileName.
func (l *Log) rotate() error {
	if err := l.f.Close(); err != nil {
		return err
	}
	l.f = nil
	p := l.path()
	_ = os.Remove(p + "." + strconv.Itoa(l.keep))
	for i := l.keep - 1; i >= 1; i-- {
		_ = os.Rename(p+"."+strconv.Itoa(i), p+"."+strconv.Itoa(i+1))
	}
	if err := os.Rename(p, p+".1"); err != nil {
		return err
	}
	return l.open()
}

// Close closes the file.
func (l *Log) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return nil
	}
	err := l.f.Close()
	l.f = nil
	return err
}

// Filter selects entries for "gongwen audit".
type Filter struct {
	User  string    // exact user name
	Kind  string    // ask | outline
	Since time.Time // inclusive
	Until time.Time // exclusive
	Text  string    // a substring of the question, a cited title or id, or the channel
}

// Match reports whether e passes the filter.
func (f Filter) Match(e Entry) bool {
	switch {
	case f.User != "" && e.User != f.User,
		f.Kind != "" && e.Kind != f.Kind,
		!f.Since.IsZero() && e.Time.Before(f.Since),
		!f.Until.IsZero() && !e.Time.Before(f.Until):
		return false
	}
	if f.Text == "" || strings.Contains(e.Q, f.Text) || strings.Contains(e.Channel, f.Text) || strings.Contains(e.Org, f.Text) {
		return true
	}
	for _, d := range e.Docs {
		if strings.Contains(d.Title, f.Text) || strings.Contains(d.ID, f.Text) {
			return true
		}
	}
	return false
}

// Read calls fn for every entry in dir passing f, oldest first (the
// rotated files, then the current one). A line that is not an entry (a
// write cut short by a crash) is skipped.
func Read(dir string, f Filter, fn func(Entry) error) error {
	base := filepath.Join(dir, FileName)
	var paths []string
	for i := 100; i >= 1; i-- {
		p := base + "." + strconv.Itoa(i)
		if _, err := os.Stat(p); err == nil {
			paths = append(paths, p)
		}
	}
	paths = append(paths, base)
	for _, p := range paths {
		if err := readFile(p, f, fn); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

func readFile(path string, f Filter, fn func(Entry) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for sc.Scan() {
		var e Entry
		if json.Unmarshal(sc.Bytes(), &e) != nil {
			continue
		}
		if f.Match(e) {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}

// Origin is who asked through a channel the HTTP API does not see: a
// chat bot puts it in the context of the question it passes on.
type Origin struct {
	User    string // the chat user id or name
	Channel string // e.g. "slack:C0123"
}

type originKey struct{}

// WithOrigin returns ctx carrying o.
func WithOrigin(ctx context.Context, o Origin) context.Context {
	return context.WithValue(ctx, originKey{}, o)
}

// OriginFrom returns the origin in ctx, if any.
func OriginFrom(ctx context.Context) (Origin, bool) {
	o, ok := ctx.Value(originKey{}).(Origin)
	return o, ok
}
