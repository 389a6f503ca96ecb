package slackbot

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// threadStore remembers the conversations the bot takes part in, so that a
// follow-up inside a thread needs no new mention and sees the earlier turns.
// It lives in memory and is bounded: a restart forgets threads, and then a
// follow-up needs a mention again.
type threadStore struct {
	mu       sync.Mutex
	m        map[string]*thread
	max      int
	maxTurns int
	ttl      time.Duration
}

type thread struct {
	turns []answer.Turn
	used  time.Time
}

func newThreadStore(max, maxTurns int, ttl time.Duration) *threadStore {
	return &threadStore{m: map[string]*thread{}, max: max, maxTurns: maxTurns, ttl: ttl}
}

func threadKey(channel, threadTS string) string { return channel + "/" + threadTS }

// join marks a thread as one the bot is in and returns its history so far.
func (s *threadStore) join(channel, threadTS string, now time.Time) []answer.Turn {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := threadKey(channel, threadTS)
	t, ok := s.m[k]
	if !ok || now.Sub(t.used) > s.ttl {
		if len(s.m) >= s.max {
			s.evictOldest()
		}
		t = &thread{}
		s.m[k] = t
	}
	t.used = now
	return append([]answer.Turn(nil), t.turns...)
}

// has reports whether the bot is in the thread.
func (s *threadStore) has(channel, threadTS string, now time.Time) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.m[threadKey(channel, threadTS)]
	return ok && now.Sub(t.used) <= s.ttl
}

// add appends one turn, keeping the latest maxTurns.
func (s *threadStore) add(channel, threadTS string, turn answer.Turn, now time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := threadKey(channel, threadTS)
	t, ok := s.m[k]
	if !ok {
		if len(s.m) >= s.max {
			s.evictOldest()
		}
		t = &thread{}
		s.m[k] = t
	}
	t.turns = append(t.turns, turn)
	if len(t.turns) > s.maxTurns {
		t.turns = append([]answer.Turn(nil), t.turns[len(t.turns)-s.maxTurns:]...)
	}
	t.used = now
}

func (s *threadStore) evictOldest() {
	var oldest string
	var at time.Time
	for k, t := range s.m {
		if oldest == "" || t.used.Before(at) {
			oldest, at = k, t.used
		}
	}
	delete(s.m, oldest)
}

// dedupe remembers keys (event IDs, channel/ts of messages) for a while.
// Slack redelivers an event it thinks was not acknowledged (X-Slack-Retry-Num)
// and sends both app_mention and message.* for one message that mentions
// the bot: each must be answered once.
type dedupe struct {
	mu  sync.Mutex
	m   map[string]time.Time
	max int
	ttl time.Duration
}

func newDedupe(max int, ttl time.Duration) *dedupe {
	return &dedupe{m: map[string]time.Time{}, max: max, ttl: ttl}
}

// first reports whether key is seen for the first time, and remembers it.
func (d *dedupe) first(key string, now time.Time) bool {
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

// FeedbackRecord is one line of the feedback log.
type FeedbackRecord struct {
	Time      time.Time         `json:"time"`
	Vote      string            `json:"vote"` // "up" | "down"
	User      string            `json:"user"`
	Channel   string            `json:"channel,omitempty"`
	MessageTS string            `json:"message_ts,omitempty"`
	Question  string            `json:"question"`
	Answer    string            `json:"answer"`
	Citations []answer.Citation `json:"citations"`
}

// rated is what a feedback button refers to.
type rated struct {
	question  string
	answer    string
	citations []answer.Citation
}

// feedbackStore keeps the answers shown with 👍/👎 buttons (the buttons carry
// only an ID: Slack limits a button's value to 2000 characters) and appends
// clicks to the log file.
type feedbackStore struct {
	path string

	mu    sync.Mutex
	m     map[string]rated
	order []string
	max   int

	fileMu sync.Mutex
}

func newFeedbackStore(path string, max int) *feedbackStore {
	return &feedbackStore{path: path, m: map[string]rated{}, max: max}
}

// remember stores an answer and returns the ID its buttons carry.
func (s *feedbackStore) remember(r rated) string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	id := hex.EncodeToString(b[:])
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[id] = r
	s.order = append(s.order, id)
	if len(s.order) > s.max {
		delete(s.m, s.order[0])
		s.order = s.order[1:]
	}
	return id
}

func (s *feedbackStore) lookup(id string) (rated, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[id]
	return r, ok
}

// append writes one record as a JSON line. Appends of one line under a
// mutex keep lines whole even when clicks arrive together.
func (s *feedbackStore) append(rec FeedbackRecord) error {
	if s.path == "" {
		return nil
	}
	line, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	line = append(line, '\n')
	s.fileMu.Lock()
	defer s.fileMu.Unlock()
	if err := os.MkdirAll(filepath.Dir(s.path), 0o755); err != nil {
		return fmt.Errorf("feedback log: %w", err)
	}
	f, err := os.OpenFile(s.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("feedback log: %w", err)
	}
	if _, err := f.Write(line); err != nil {
		f.Close()
		return fmt.Errorf("feedback log: %w", err)
	}
	return f.Close()
}
