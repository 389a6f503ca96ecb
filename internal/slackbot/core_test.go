package slackbot

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/llm"
)

// Two events without event_id are two messages: each is answered.
func TestEventsWithoutIDAreNotOne(t *testing.T) {
	w := newWire(t)
	b := newBot(t, w, Config{})
	deliver(t, b, "", mentionEvent("C1", "1.000100", "", "2024年普法宣传活动"))
	deliver(t, b, "", mentionEvent("C1", "1.000200", "", "行政复议"))
	w.wait(t, 2, method("chat.update"))
	// The same message twice (one event redelivered without an id) is
	// still one.
	deliver(t, b, "", mentionEvent("C1", "1.000200", "", "行政复议"))
	b.Shutdown(context.Background())
	if n := len(w.wait(t, 2, method("chat.postMessage"))); n != 2 {
		t.Errorf("%d placeholders posted, want 2", n)
	}
}

// hangingLLM is an OpenAI-compatible endpoint that never answers: it holds
// each request until the caller gives up.
func hangingLLM(t *testing.T) *httptest.Server {
	t.Helper()
	stop := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-stop:
		}
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) }) // runs first: Close waits for handlers
	return srv
}

// A hung LLM endpoint never leaves the thread on "正在查找…": after the
// work's deadline the answer (the engine's extractive fallback) or an
// apology replaces the placeholder.
func TestHungLLMStillAnswers(t *testing.T) {
	srv := hangingLLM(t)
	eng := &answer.Engine{Index: engine.Index, LLM: llm.New(llm.Config{APIKey: "k", BaseURL: srv.URL + "/v1", ChatModel: "m"})}
	tests := []struct {
		name  string
		asker Asker
		grace time.Duration
		want  func(up call) bool
	}{
		// The grace leaves the extractive fallback time even under -race.
		{"llm cut off, extractive answer", eng, 5 * time.Second, func(up call) bool {
			return up.form["blocks"] != "[]" && up.form["text"] != textApology && up.form["text"] != chat.TextTimeout
		}},
		{"asker ignores its deadline, apology", askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			select {} // hung for good
		}), 300 * time.Millisecond, func(up call) bool { return up.form["text"] == chat.TextTimeout }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWire(t)
			b := newBot(t, w, Config{Asker: tt.asker, TaskTimeout: 200 * time.Millisecond, Grace: tt.grace})
			deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "2024年普法宣传活动开展了多少场"))
			up := w.wait(t, 1, func(c call) bool { return c.method == "chat.update" && !strings.HasSuffix(c.form["text"], " …") })[0]
			if !tt.want(up) {
				t.Errorf("placeholder became %q (blocks %.80s)", up.form["text"], up.form["blocks"])
			}
		})
	}
}

// A follow-up after a restart still knows its thread: history lives on disk.
func TestFollowUpAfterRestart(t *testing.T) {
	dir := t.TempDir()
	var mu sync.Mutex
	var reqs []answer.Request
	spy := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		mu.Lock()
		reqs = append(reqs, req)
		mu.Unlock()
		return engine.Ask(ctx, req)
	})
	open := func() *chat.Core {
		c, err := chat.New(chat.Config{Asker: spy, Dir: filepath.Join(dir, "chat")})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	w := newWire(t)
	core := open()
	b := newBot(t, w, Config{Core: core})
	deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "2024年普法宣传活动"))
	w.wait(t, 1, method("chat.update"))
	if err := core.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}

	core = open() // the restarted server
	t.Cleanup(func() { core.Shutdown(context.Background()) })
	b = newBot(t, w, Config{Core: core})
	// No mention: only a thread the bot is known to be in is answered.
	deliver(t, b, "E2", map[string]any{"type": "message", "channel": "C1", "channel_type": "channel", "user": "U1",
		"ts": "1.000300", "thread_ts": "1.000100", "text": "那2019年呢?"})
	w.wait(t, 2, method("chat.update"))
	mu.Lock()
	defer mu.Unlock()
	if len(reqs) != 2 || len(reqs[1].History) != 1 || reqs[1].History[0].Q != "2024年普法宣传活动" {
		t.Fatalf("after restart the follow-up saw %+v", reqs[len(reqs)-1].History)
	}
}
