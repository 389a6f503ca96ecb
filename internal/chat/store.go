package chat

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Key identifies one conversation: a Slack thread, a WeCom or DingTalk chat
// (their bots have no threads), a web session.
type Key struct {
	Platform string `json:"p"`
	Chat     string `json:"c"`
	Thread   string `json:"t,omitempty"`
}

func (k Key) String() string {
	s := k.Platform + ":" + k.Chat
	if k.Thread != "" {
		s += "/" + k.Thread
	}
	return s
}

// Store remembers the conversations the bot takes part in, so a follow-up
// needs no new mention and sees the earlier turns. It is bounded (count,
// turns, idle time) and, given a path, kept on disk as an append-only JSON
// Lines log replayed at open, so a restart forgets nothing. The log is
// rewritten compactly when it has grown to several times what it holds.
type Store struct {
	mu       sync.Mutex
	m        map[Key]*conversation
	max      int
	maxTurns int
	ttl      time.Duration

	path    string
	f       *os.File
	lines   int // lines in the log file
	lastErr error
}

type conversation struct {
	turns []answer.Turn
	used  time.Time
}

// logLine is one change: a conversation joined (Turn nil) or a turn added.
type logLine struct {
	Key  Key          `json:"k"`
	At   time.Time    `json:"at"`
	Turn *answer.Turn `json:"turn,omitempty"`
}

// OpenStore opens (or creates) the history at path; path empty keeps it in
// memory only. A damaged line — a crash mid-write — is skipped, not fatal.
func OpenStore(path string, max, maxTurns int, ttl time.Duration) (*Store, error) {
	s := &Store{m: map[Key]*conversation{}, max: max, maxTurns: maxTurns, ttl: ttl, path: path}
	if path == "" {
		return s, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("对话记录目录: %w", err)
	}
	f, err := os.Open(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return nil, fmt.Errorf("对话记录: %w", err)
	default:
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 16<<20)
		now := time.Now()
		for sc.Scan() {
			var l logLine
			if json.Unmarshal(sc.Bytes(), &l) != nil {
				continue
			}
			if now.Sub(l.At) > ttl {
				continue
			}
			s.apply(l)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("对话记录 %s: %w", path, err)
		}
	}
	if err := s.compact(); err != nil {
		return nil, err
	}
	return s, nil
}

// apply changes memory; the caller holds mu (or owns s).
func (s *Store) apply(l logLine) {
	c, ok := s.m[l.Key]
	if !ok || l.At.Sub(c.used) > s.ttl {
		if !ok && len(s.m) >= s.max {
			s.evictOldest()
		}
		c = &conversation{}
		s.m[l.Key] = c
	}
	if l.Turn != nil {
		c.turns = append(c.turns, *l.Turn)
		if len(c.turns) > s.maxTurns {
			c.turns = append([]answer.Turn(nil), c.turns[len(c.turns)-s.maxTurns:]...)
		}
	}
	if l.At.After(c.used) {
		c.used = l.At
	}
}

func (s *Store) evictOldest() {
	var oldest Key
	var at time.Time
	first := true
	for k, c := range s.m {
		if first || c.used.Before(at) {
			oldest, at, first = k, c.used, false
		}
	}
	delete(s.m, oldest)
}

// compact rewrites the log as what memory holds, aside and renamed into
// place, and reopens it for appending. The caller holds mu (or owns s).
func (s *Store) compact() error {
	if s.path == "" {
		return nil
	}
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
	tmp := s.path + ".tmp"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("对话记录: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	n := 0
	for k, c := range s.m {
		_ = enc.Encode(logLine{Key: k, At: c.used})
		n++
		for i := range c.turns {
			_ = enc.Encode(logLine{Key: k, At: c.used, Turn: &c.turns[i]})
			n++
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("对话记录: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("对话记录: %w", err)
	}
	if err := os.Rename(tmp, s.path); err != nil {
		return fmt.Errorf("对话记录: %w", err)
	}
	s.f, err = os.OpenFile(s.path, os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("对话记录: %w", err)
	}
	s.lines = n
	return nil
}

// persist appends one change; the caller holds mu. A write that fails is
// logged by the caller through Err and does not stop the answer.
func (s *Store) persist(l logLine) {
	if s.f == nil {
		return
	}
	b, err := json.Marshal(l)
	if err == nil {
		_, err = s.f.Write(append(b, '\n'))
	}
	if err != nil {
		s.lastErr = err
		return
	}
	s.lines++
	live := len(s.m) * (1 + s.maxTurns)
	if s.lines > 1000 && s.lines > 4*live {
		if err := s.compact(); err != nil {
			s.lastErr = err
		}
	}
}

// Err returns and clears the last write error.
func (s *Store) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	err := s.lastErr
	s.lastErr = nil
	return err
}

// Join marks a conversation as one the bot is in and returns its history so
// far, oldest first.
func (s *Store) Join(k Key, now time.Time) []answer.Turn {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.m[k]
	if !ok || now.Sub(c.used) > s.ttl {
		l := logLine{Key: k, At: now}
		s.apply(l)
		s.persist(l)
		c = s.m[k]
	}
	c.used = now
	return append([]answer.Turn(nil), c.turns...)
}

// Has reports whether the bot is in the conversation.
func (s *Store) Has(k Key, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.m[k]
	return ok && now.Sub(c.used) <= s.ttl
}

// Add appends one turn, keeping the latest maxTurns.
func (s *Store) Add(k Key, turn answer.Turn, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	l := logLine{Key: k, At: now, Turn: &turn}
	s.apply(l)
	s.persist(l)
}

// Len is the number of conversations held.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.m)
}

// Close closes the log file.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.f == nil {
		return nil
	}
	err := s.f.Close()
	s.f = nil
	return err
}

// Dedupe remembers keys (message ids, chat+timestamp) for a while.
// Platforms redeliver what they think was not acknowledged, and Slack sends
// both app_mention and message.* for one message that mentions the bot:
// each must be answered once.
type Dedupe struct {
	mu  sync.Mutex
	m   map[string]time.Time
	max int
	ttl time.Duration
}

// NewDedupe remembers at most max keys, each for ttl.
func NewDedupe(max int, ttl time.Duration) *Dedupe {
	return &Dedupe{m: map[string]time.Time{}, max: max, ttl: ttl}
}

// First reports whether key is seen for the first time, and remembers it.
// The empty key is always first: it identifies nothing.
func (d *Dedupe) First(key string, now time.Time) bool {
	if key == "" {
		return true
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if at, ok := d.m[key]; ok && now.Sub(at) <= d.ttl {
		return false
	}
	if len(d.m) >= d.max {
		for k, at := range d.m {
			if now.Sub(at) > d.ttl {
				delete(d.m, k)
			}
		}
		for k := range d.m { // still full: forget arbitrary keys rather than grow
			if len(d.m) < d.max {
				break
			}
			delete(d.m, k)
		}
	}
	d.m[key] = now
	return true
}

// Len is the number of keys held.
func (d *Dedupe) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.m)
}
