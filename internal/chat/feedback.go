package chat

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

// Feedback is one line of the feedback log.
type Feedback struct {
	Time      time.Time         `json:"time"`
	Platform  string            `json:"platform,omitempty"` // "slack" | "wecom" | "dingtalk"; empty in old lines: Slack
	Vote      string            `json:"vote"`               // "up" | "down" | "cancel"
	User      string            `json:"user"`
	Channel   string            `json:"channel,omitempty"`
	MessageTS string            `json:"message_ts,omitempty"`
	Comment   string            `json:"comment,omitempty"`
	Question  string            `json:"question"`
	Answer    string            `json:"answer"`
	Citations []answer.Citation `json:"citations"`
}

// Rated is what a vote refers to.
type Rated struct {
	Question  string
	Answer    string
	Citations []answer.Citation
}

// FeedbackLog keeps the answers shown with vote buttons (a button carries
// only an id: Slack limits a button's value to 2000 characters, WeCom's
// feedback id to 256 bytes) and appends votes to the log file.
type FeedbackLog struct {
	path string

	mu    sync.Mutex
	m     map[string]Rated
	order []string
	max   int

	fileMu sync.Mutex
}

// NewFeedbackLog keeps the latest max answers; path empty writes no file.
func NewFeedbackLog(path string, max int) *FeedbackLog {
	return &FeedbackLog{path: path, m: map[string]Rated{}, max: max}
}

// Remember stores an answer and returns the id its vote carries.
func (s *FeedbackLog) Remember(r Rated) string {
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

// Lookup finds a remembered answer.
func (s *FeedbackLog) Lookup(id string) (Rated, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.m[id]
	return r, ok
}

// Record fills rec from the answer id refers to (when still remembered) and
// appends it.
func (s *FeedbackLog) Record(id string, rec Feedback) error {
	if rec.Citations == nil {
		rec.Citations = []answer.Citation{}
	}
	if r, ok := s.Lookup(id); ok {
		rec.Question, rec.Answer, rec.Citations = r.Question, r.Answer, r.Citations
	}
	return s.Append(rec)
}

// Append writes one record as a JSON line. Appends of one line under a
// mutex keep lines whole even when votes arrive together.
func (s *FeedbackLog) Append(rec Feedback) error {
	if s.path == "" {
		return nil
	}
	if rec.Citations == nil {
		rec.Citations = []answer.Citation{}
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
