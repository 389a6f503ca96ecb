package chat

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"sort"
	"sync"
	"time"
)

// Channel states reported by /healthz.
const (
	StateConnecting = "connecting"
	StateConnected  = "connected"
	StateRetrying   = "retrying"
	StateListening  = "listening" // HTTP callback only: nothing to connect
)

// ChannelStatus is one channel's state for /healthz.
type ChannelStatus struct {
	State     string    `json:"state"`
	Error     string    `json:"error,omitempty"`
	Since     time.Time `json:"since"`
	Attempts  int       `json:"attempts,omitempty"` // failed attempts since the last connection
	Connected int       `json:"connections,omitempty"`
}

// Health holds the state of every running channel.
type Health struct {
	mu sync.Mutex
	m  map[string]ChannelStatus
}

// NewHealth is an empty registry.
func NewHealth() *Health { return &Health{m: map[string]ChannelStatus{}} }

// Set records a channel's state.
func (h *Health) Set(name, state string, err error) {
	if h == nil {
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	s := h.m[name]
	if s.State != state {
		s.Since = time.Now().UTC()
	}
	s.State = state
	s.Error = ""
	if err != nil {
		s.Error = err.Error()
	}
	switch state {
	case StateConnected:
		s.Attempts = 0
		s.Connected++
	case StateRetrying:
		s.Attempts++
	}
	h.m[name] = s
}

// Snapshot is every channel's state.
func (h *Health) Snapshot() map[string]ChannelStatus {
	h.mu.Lock()
	defer h.mu.Unlock()
	out := make(map[string]ChannelStatus, len(h.m))
	for k, v := range h.m {
		out[k] = v
	}
	return out
}

// Names lists the channels, sorted.
func (h *Health) Names() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for k := range h.m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Backoff is the wait between connection attempts: doubling from Min to
// Max, with jitter so many servers restarted together do not reconnect in
// step.
type Backoff struct{ Min, Max time.Duration }

// Wait is the delay before attempt n (1-based).
func (b Backoff) Wait(n int) time.Duration {
	lo, hi := b.Min, b.Max
	if lo <= 0 {
		lo = time.Second
	}
	if hi < lo {
		hi = 30 * lo
	}
	d := lo
	for i := 1; i < n && d < hi; i++ {
		d *= 2
	}
	if d > hi {
		d = hi
	}
	return d/2 + rand.N(d/2+1)
}

// Connect runs one channel for as long as ctx lasts: session dials,
// authenticates, calls connected once it is up and serves until the
// connection ends. Every end other than ctx's is followed by another attempt
// after a backoff, and the state is kept in h for /healthz: a channel that
// cannot connect retries, it never stops the server.
func Connect(ctx context.Context, name string, h *Health, log *slog.Logger, b Backoff, session func(ctx context.Context, connected func()) error) {
	attempt := 0
	for ctx.Err() == nil {
		h.Set(name, StateConnecting, nil)
		err := session(ctx, func() {
			attempt = 0
			h.Set(name, StateConnected, nil)
			log.Info("channel connected", "channel", name)
		})
		if ctx.Err() != nil {
			return
		}
		attempt++
		wait := b.Wait(attempt)
		h.Set(name, StateRetrying, err)
		log.Warn("channel disconnected, retrying", "channel", name, "err", err, "attempt", attempt, "wait", wait.Round(time.Millisecond))
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}
