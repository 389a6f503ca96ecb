package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const (
	testKey        = "sk-test-SECRET-0123456789"
	testChatModel  = "chat-model-x"
	testEmbedModel = "embed-model-y"
	chatPath       = "/v1/chat/completions"
	embedPath      = "/v1/embeddings"
)

// fake is an OpenAI-compatible server that checks every request at the wire
// (path, auth header, model) and delegates the answer to handle, which gets
// the 1-based attempt number and the decoded request body.
type fake struct {
	t         *testing.T
	srv       *httptest.Server
	wantPath  string
	wantKey   string // "" = Authorization must be absent
	wantModel string
	handle    func(w http.ResponseWriter, r *http.Request, n int, body map[string]any)

	calls  atomic.Int32
	mu     sync.Mutex
	bodies []map[string]any
}

func newFake(t *testing.T, path, key, model string, handle func(w http.ResponseWriter, r *http.Request, n int, body map[string]any)) *fake {
	t.Helper()
	f := &fake{t: t, wantPath: path, wantKey: key, wantModel: model, handle: handle}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fake) serve(w http.ResponseWriter, r *http.Request) {
	n := int(f.calls.Add(1))
	if r.Method != http.MethodPost || r.URL.Path != f.wantPath {
		f.t.Errorf("request %s %s, want POST %s", r.Method, r.URL.Path, f.wantPath)
	}
	auth, has := r.Header["Authorization"]
	switch {
	case f.wantKey == "" && has:
		f.t.Errorf("Authorization header %q sent without a key", auth)
	case f.wantKey != "" && r.Header.Get("Authorization") != "Bearer "+f.wantKey:
		f.t.Errorf("Authorization = %q, want Bearer key", r.Header.Get("Authorization"))
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.t.Errorf("decode request body: %v", err)
	}
	if body["model"] != f.wantModel {
		f.t.Errorf("model = %v, want %q", body["model"], f.wantModel)
	}
	f.mu.Lock()
	f.bodies = append(f.bodies, body)
	f.mu.Unlock()
	f.handle(w, r, n, body)
}

func (f *fake) client(mod func(*Config)) *Client {
	cfg := Config{
		APIKey:     f.wantKey,
		BaseURL:    f.srv.URL + "/v1",
		ChatModel:  testChatModel,
		EmbedModel: testEmbedModel,
		Timeout:    2 * time.Second,
		MaxRetries: 2,
		BaseDelay:  time.Millisecond,
	}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg)
}

func (f *fake) attempts() int { return int(f.calls.Load()) }

func (f *fake) requests() []map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]map[string]any(nil), f.bodies...)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func apiErr(w http.ResponseWriter, status int, code string) {
	writeJSON(w, status, map[string]any{"error": map[string]any{
		"message": "fake failure " + code, "type": "fake", "code": code,
	}})
}

func chunk(content string) string {
	b, _ := json.Marshal(map[string]any{
		"id": "c1", "object": "chat.completion.chunk", "model": testChatModel,
		"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": content}}},
	})
	return "data: " + string(b) + "\n\n"
}

// sse writes the pieces as SSE chunks, flushing each, then [DONE].
func sse(w http.ResponseWriter, pieces ...string) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	for _, p := range pieces {
		_, _ = io.WriteString(w, chunk(p))
		w.(http.Flusher).Flush()
	}
	_, _ = io.WriteString(w, "data: [DONE]\n\n")
}

func completion(content string) map[string]any {
	return map[string]any{
		"id": "x", "object": "chat.completion", "model": testChatModel,
		"choices": []any{map[string]any{
			"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content},
		}},
	}
}

var userMsg = []Message{{Role: "system", Content: "你是助手"}, {Role: "user", Content: "你好"}}

func TestConfigFromEnv(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		env  map[string]string
		want Config
	}{
		{"empty", nil, Config{ChatModel: "gpt-4o-mini"}},
		{"all", map[string]string{
			"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": "http://localhost:11434/v1",
			"GONGWEN_CHAT_MODEL": "qwen2.5", "GONGWEN_EMBED_MODEL": "bge-m3",
		}, Config{APIKey: "k", BaseURL: "http://localhost:11434/v1", ChatModel: "qwen2.5", EmbedModel: "bge-m3"}},
		{"trimmed", map[string]string{"OPENAI_API_KEY": " k\n", "GONGWEN_CHAT_MODEL": "  "},
			Config{APIKey: "k", ChatModel: "gpt-4o-mini"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := ConfigFromEnv(func(k string) string { return tt.env[k] })
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestEnabled(t *testing.T) {
	t.Parallel()
	tests := []struct {
		cfg         Config
		chat, embed bool
	}{
		{Config{}, false, false},
		{Config{APIKey: "k"}, true, false},
		{Config{BaseURL: "http://localhost:11434/v1"}, true, false},
		{Config{APIKey: "k", EmbedModel: "e"}, true, true},
		{Config{EmbedModel: "e"}, false, true},
	}
	for _, tt := range tests {
		if got := tt.cfg.ChatEnabled(); got != tt.chat {
			t.Errorf("%v ChatEnabled = %v", tt.cfg, got)
		}
		if got := tt.cfg.EmbedEnabled(); got != tt.embed {
			t.Errorf("%v EmbedEnabled = %v", tt.cfg, got)
		}
	}
}

func TestConfigStringHidesKey(t *testing.T) {
	t.Parallel()
	cfg := Config{APIKey: testKey, BaseURL: "http://x/v1"}
	for _, format := range []string{"%v", "%+v", "%s", "%#v"} {
		if s := fmt.Sprintf(format, cfg); strings.Contains(s, testKey) {
			t.Errorf("%s leaks key: %s", format, s)
		}
	}
}

func TestChatStreaming(t *testing.T) {
	t.Parallel()
	pieces := []string{"公文", "写作", "助手", "。"}
	tests := []struct {
		name      string
		key       string
		baseSlash bool
		collect   bool
	}{
		{"with key", testKey, false, true},
		{"no key (ollama)", "", false, true},
		{"nil onDelta", testKey, false, false},
		{"trailing slash in base url", testKey, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t, chatPath, tt.key, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
				if body["stream"] != true {
					t.Errorf("stream = %v, want true", body["stream"])
				}
				msgs, _ := body["messages"].([]any)
				if len(msgs) != 2 {
					t.Errorf("messages = %v", body["messages"])
				}
				sse(w, pieces...)
			})
			c := f.client(func(cfg *Config) {
				if tt.baseSlash {
					cfg.BaseURL += "/"
				}
			})
			var got []string
			var onDelta func(string)
			if tt.collect {
				onDelta = func(s string) { got = append(got, s) }
			}
			text, err := c.Chat(context.Background(), userMsg, onDelta)
			if err != nil {
				t.Fatalf("Chat: %v", err)
			}
			if want := strings.Join(pieces, ""); text != want {
				t.Errorf("text = %q, want %q", text, want)
			}
			if tt.collect && !reflect.DeepEqual(got, pieces) {
				t.Errorf("deltas = %q, want %q", got, pieces)
			}
			if f.attempts() != 1 {
				t.Errorf("attempts = %d, want 1", f.attempts())
			}
		})
	}
}

// TestRetryPolicy runs the same failure scenarios against all three calls,
// since they share one retry loop but differ in how they reach the wire.
func TestRetryPolicy(t *testing.T) {
	t.Parallel()
	ok := func(w http.ResponseWriter, path string) {
		switch path {
		case chatPath + "#stream":
			sse(w, "ok")
		case chatPath:
			writeJSON(w, 200, completion(`{"ok":true}`))
		case embedPath:
			writeJSON(w, 200, map[string]any{"object": "list", "data": []any{
				map[string]any{"object": "embedding", "index": 0, "embedding": []float32{1, 2}},
			}})
		}
	}
	type failFn func(w http.ResponseWriter, n int) bool // true = handled (failed)
	tests := []struct {
		name         string
		maxRetries   int
		fail         failFn
		wantErr      error // nil = success
		wantAttempts int
	}{
		{"429 then success", 2, func(w http.ResponseWriter, n int) bool {
			if n == 1 {
				apiErr(w, 429, "rate_limit_exceeded")
				return true
			}
			return false
		}, nil, 2},
		{"503 twice then success", 3, func(w http.ResponseWriter, n int) bool {
			if n <= 2 {
				http.Error(w, "<html>bad gateway</html>", 503)
				return true
			}
			return false
		}, nil, 3},
		{"500 until exhausted", 2, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 500, "server_error")
			return true
		}, ErrUnavailable, 3},
		{"500 until exhausted, default retries", 0, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 500, "server_error")
			return true
		}, ErrUnavailable, 1 + DefaultMaxRetries},
		{"retries disabled", -1, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 502, "")
			return true
		}, ErrUnavailable, 1},
		{"429 until exhausted", 2, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 429, "rate_limit_exceeded")
			return true
		}, ErrRateLimited, 3},
		{"insufficient quota not retried", 2, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 429, "insufficient_quota")
			return true
		}, ErrRateLimited, 1},
		{"401 auth", 2, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 401, "invalid_api_key")
			return true
		}, ErrAuth, 1},
		{"403 auth, non-JSON body", 2, func(w http.ResponseWriter, n int) bool {
			http.Error(w, "forbidden", 403)
			return true
		}, ErrAuth, 1},
		{"404 not retried", 2, func(w http.ResponseWriter, n int) bool {
			apiErr(w, 404, "model_not_found")
			return true
		}, errAny, 1},
		{"malformed JSON body", 2, func(w http.ResponseWriter, n int) bool {
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, "this is not json")
			return true
		}, errAny, 1},
	}
	calls := []struct {
		name, path string
		call       func(c *Client) error
	}{
		{"Chat", chatPath + "#stream", func(c *Client) error {
			_, err := c.Chat(context.Background(), userMsg, func(string) {})
			return err
		}},
		{"ChatJSON", chatPath, func(c *Client) error {
			_, err := c.ChatJSON(context.Background(), userMsg)
			return err
		}},
		{"Embed", embedPath, func(c *Client) error {
			_, err := c.Embed(context.Background(), []string{"x"})
			return err
		}},
	}
	for _, call := range calls {
		for _, tt := range tests {
			t.Run(call.name+"/"+tt.name, func(t *testing.T) {
				t.Parallel()
				path, _, _ := strings.Cut(call.path, "#")
				model := testChatModel
				if path == embedPath {
					model = testEmbedModel
				}
				f := newFake(t, path, testKey, model, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
					if !tt.fail(w, n) {
						ok(w, call.path)
					}
				})
				c := f.client(func(cfg *Config) { cfg.MaxRetries = tt.maxRetries })
				err := call.call(c)
				switch {
				case tt.wantErr == nil && err != nil:
					t.Fatalf("unexpected error: %v", err)
				case tt.wantErr != nil && err == nil:
					t.Fatalf("want error %v, got nil", tt.wantErr)
				case tt.wantErr != nil && tt.wantErr != errAny && !errors.Is(err, tt.wantErr):
					t.Fatalf("error %v, want %v", err, tt.wantErr)
				}
				if err != nil {
					if strings.Contains(err.Error(), testKey) {
						t.Errorf("error leaks key: %v", err)
					}
					var e *Error
					if !errors.As(err, &e) || e.Attempts != tt.wantAttempts {
						t.Errorf("Error.Attempts = %+v, want %d", e, tt.wantAttempts)
					}
				}
				if got := f.attempts(); got != tt.wantAttempts {
					t.Errorf("server saw %d attempts, want %d", got, tt.wantAttempts)
				}
			})
		}
	}
}

// errAny in a table means "some error, class not asserted".
var errAny = errors.New("any error")

func TestMalformedIsBadResponse(t *testing.T) {
	t.Parallel()
	f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, `{"choices": "nope"}`)
	})
	_, err := f.client(nil).ChatJSON(context.Background(), userMsg)
	if !errors.Is(err, ErrBadResponse) || f.attempts() != 1 {
		t.Fatalf("err = %v after %d attempts, want ErrBadResponse after 1", err, f.attempts())
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		header string
		value  string
		min    time.Duration
	}{
		{"retry-after-ms", "Retry-After-Ms", "150", 150 * time.Millisecond},
		{"retry-after seconds", "Retry-After", "1", time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var (
				mu    sync.Mutex
				first time.Time
				gap   time.Duration
			)
			f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
				mu.Lock()
				defer mu.Unlock()
				if n == 1 {
					first = time.Now()
					w.Header().Set(tt.header, tt.value)
					apiErr(w, 429, "rate_limit_exceeded")
					return
				}
				gap = time.Since(first)
				sse(w, "ok")
			})
			if _, err := f.client(nil).Chat(context.Background(), userMsg, nil); err != nil {
				t.Fatal(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if gap < tt.min {
				t.Errorf("retried after %v, server asked for %v", gap, tt.min)
			}
		})
	}
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		h    http.Header
		want time.Duration
		ok   bool
	}{
		{http.Header{}, 0, false},
		{http.Header{"Retry-After": {"3"}}, 3 * time.Second, true},
		{http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond, true},
		{http.Header{"Retry-After": {now.Add(10 * time.Second).Format(http.TimeFormat)}}, 10 * time.Second, true},
		{http.Header{"Retry-After": {now.Add(-time.Minute).Format(http.TimeFormat)}}, 0, true},
		{http.Header{"Retry-After": {"soon"}}, 0, false},
		{http.Header{"Retry-After": {"-1"}}, 0, false},
		{http.Header{"Retry-After-Ms": {"250"}, "Retry-After": {"9"}}, 250 * time.Millisecond, true},
	}
	for _, tt := range tests {
		got, ok := parseRetryAfter(tt.h, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("parseRetryAfter(%v) = %v, %v; want %v, %v", tt.h, got, ok, tt.want, tt.ok)
		}
	}
}

// TestChatStreamBreaks covers the rule that a stream may only be retried
// while nothing has reached onDelta.
func TestChatStreamBreaks(t *testing.T) {
	t.Parallel()
	abortAfterFirstChunk := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/event-stream")
		_, _ = io.WriteString(w, chunk("半句"))
		w.(http.Flusher).Flush()
		panic(http.ErrAbortHandler) // drop the connection mid-stream
	}
	tests := []struct {
		name         string
		handle       func(w http.ResponseWriter, n int)
		collect      bool
		wantText     string
		wantDeltas   []string
		wantErr      error
		wantAttempts int
	}{
		{"break after delta is not retried", func(w http.ResponseWriter, n int) {
			if n == 1 {
				abortAfterFirstChunk(w)
			}
			sse(w, "完整", "回答")
		}, true, "半句", []string{"半句"}, ErrUnavailable, 1},
		{"error event after delta is not retried", func(w http.ResponseWriter, n int) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, chunk("半句"))
			_, _ = io.WriteString(w, `data: {"error":{"message":"overloaded","type":"server_error"}}`+"\n\n")
		}, true, "半句", []string{"半句"}, ErrUnavailable, 1},
		{"break without onDelta is retried", func(w http.ResponseWriter, n int) {
			if n == 1 {
				abortAfterFirstChunk(w)
			}
			sse(w, "完整", "回答")
		}, false, "完整回答", nil, nil, 2},
		{"failure before first delta is retried", func(w http.ResponseWriter, n int) {
			if n == 1 {
				apiErr(w, 503, "")
				return
			}
			sse(w, "完整", "回答")
		}, true, "完整回答", []string{"完整", "回答"}, nil, 2},
		{"malformed chunk", func(w http.ResponseWriter, n int) {
			w.Header().Set("Content-Type", "text/event-stream")
			_, _ = io.WriteString(w, "data: {not json}\n\n")
		}, true, "", nil, ErrBadResponse, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
				tt.handle(w, n)
			})
			var deltas []string
			var onDelta func(string)
			if tt.collect {
				onDelta = func(s string) { deltas = append(deltas, s) }
			}
			text, err := f.client(nil).Chat(context.Background(), userMsg, onDelta)
			if (tt.wantErr == nil) != (err == nil) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if text != tt.wantText {
				t.Errorf("text = %q, want %q", text, tt.wantText)
			}
			if !reflect.DeepEqual(deltas, tt.wantDeltas) {
				t.Errorf("deltas = %q, want %q", deltas, tt.wantDeltas)
			}
			if f.attempts() != tt.wantAttempts {
				t.Errorf("attempts = %d, want %d", f.attempts(), tt.wantAttempts)
			}
		})
	}
}

func TestTimeoutPerAttempt(t *testing.T) {
	t.Parallel()
	slow := func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}
	tests := []struct {
		name         string
		slowUntil    int // attempts <= slowUntil hang
		wantErr      error
		wantAttempts int
	}{
		{"always slow", 99, ErrUnavailable, 3},
		{"slow once", 1, nil, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
				if n <= tt.slowUntil {
					slow(w, r)
					return
				}
				sse(w, "ok")
			})
			c := f.client(func(cfg *Config) { cfg.Timeout = 50 * time.Millisecond })
			start := time.Now()
			_, err := c.Chat(context.Background(), userMsg, nil)
			if (tt.wantErr == nil) != (err == nil) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), "超时") {
				t.Errorf("error does not mention the timeout: %v", err)
			}
			if f.attempts() != tt.wantAttempts {
				t.Errorf("attempts = %d, want %d", f.attempts(), tt.wantAttempts)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v; per-attempt timeout not enforced", d)
			}
		})
	}
}

func TestCallerCancelStopsRetries(t *testing.T) {
	t.Parallel()
	f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		apiErr(w, 503, "")
	})
	c := f.client(func(cfg *Config) { cfg.BaseDelay = 5 * time.Second; cfg.MaxRetries = 5; cfg.Budget = time.Hour })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.Chat(ctx, userMsg, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if time.Since(start) > 2*time.Second || f.attempts() != 1 {
		t.Errorf("took %v and %d attempts; cancellation must interrupt the backoff", time.Since(start), f.attempts())
	}
}

func TestChatJSON(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		rejectFormat bool
		reply        string
		want         string
		wantErr      error
		wantAttempts int
	}{
		{"json_object", false, `{"a":1}`, `{"a":1}`, nil, 1},
		{"fenced", false, "```json\n{\"a\": [1, 2]}\n```", `{"a": [1, 2]}`, nil, 1},
		{"server rejects response_format", true, `{"a":1}`, `{"a":1}`, nil, 2},
		{"not json", false, "抱歉,我无法回答", "", ErrBadResponse, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
				if body["stream"] == true {
					t.Errorf("ChatJSON must not stream")
				}
				rf, hasRF := body["response_format"].(map[string]any)
				if n == 1 && (!hasRF || rf["type"] != "json_object") {
					t.Errorf("first attempt response_format = %v, want json_object", body["response_format"])
				}
				if tt.rejectFormat && hasRF {
					apiErr(w, 400, "invalid_request_error")
					return
				}
				writeJSON(w, 200, completion(tt.reply))
			})
			got, err := f.client(nil).ChatJSON(context.Background(), userMsg)
			if (tt.wantErr == nil) != (err == nil) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if err == nil && got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			if f.attempts() != tt.wantAttempts {
				t.Errorf("attempts = %d, want %d", f.attempts(), tt.wantAttempts)
			}
		})
	}
}

// embedServer answers each batch with vectors encoding the text's global
// number, in reverse order, so the test can prove order is restored.
func embedServer(t *testing.T, mutate func(n int, data []map[string]any) []map[string]any) *fake {
	return newFake(t, embedPath, testKey, testEmbedModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		input, _ := body["input"].([]any)
		data := make([]map[string]any, 0, len(input))
		for i := len(input) - 1; i >= 0; i-- {
			var id float32
			_, _ = fmt.Sscanf(input[i].(string), "t%f", &id)
			data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": []float32{id, 0.5, -1}})
		}
		if mutate != nil {
			data = mutate(n, data)
		}
		writeJSON(w, 200, map[string]any{"object": "list", "model": testEmbedModel, "data": data})
	})
}

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("t%d", i)
	}
	return out
}

func TestEmbedBatches(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		n, batch  int
		wantSizes []int
	}{
		{"150 in 64s", 150, 0, []int{64, 64, 22}},
		{"exact multiple", 20, 10, []int{10, 10}},
		{"single", 1, 0, []int{1}},
		{"none", 0, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := embedServer(t, nil)
			c := f.client(func(cfg *Config) { cfg.EmbedBatch = tt.batch })
			vecs, err := c.Embed(context.Background(), texts(tt.n))
			if err != nil {
				t.Fatal(err)
			}
			if len(vecs) != tt.n {
				t.Fatalf("got %d vectors, want %d", len(vecs), tt.n)
			}
			for i, v := range vecs {
				if len(v) != 3 || v[0] != float32(i) {
					t.Fatalf("vector %d = %v, order not preserved", i, v)
				}
			}
			var sizes []int
			for _, b := range f.requests() {
				sizes = append(sizes, len(b["input"].([]any)))
			}
			if !reflect.DeepEqual(sizes, tt.wantSizes) {
				t.Errorf("batch sizes = %v, want %v", sizes, tt.wantSizes)
			}
			if c.EmbedModel() != testEmbedModel {
				t.Errorf("EmbedModel() = %q", c.EmbedModel())
			}
		})
	}
}

func TestEmbedValidation(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(n int, data []map[string]any) []map[string]any
	}{
		{"too few vectors", func(n int, data []map[string]any) []map[string]any { return data[1:] }},
		{"duplicate index", func(n int, data []map[string]any) []map[string]any {
			data[0]["index"] = data[1]["index"]
			return data
		}},
		{"index out of range", func(n int, data []map[string]any) []map[string]any {
			data[0]["index"] = 99
			return data
		}},
		{"dimension differs within batch", func(n int, data []map[string]any) []map[string]any {
			data[0]["embedding"] = []float32{1, 2}
			return data
		}},
		{"dimension differs across batches", func(n int, data []map[string]any) []map[string]any {
			if n == 2 {
				for _, d := range data {
					d["embedding"] = []float32{1, 2, 3, 4}
				}
			}
			return data
		}},
		{"empty vector", func(n int, data []map[string]any) []map[string]any {
			data[2]["embedding"] = []float32{}
			return data
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := embedServer(t, tt.mutate)
			c := f.client(func(cfg *Config) { cfg.EmbedBatch = 4 })
			vecs, err := c.Embed(context.Background(), texts(8))
			if !errors.Is(err, ErrBadResponse) || vecs != nil {
				t.Fatalf("got %v, %v; want ErrBadResponse", vecs, err)
			}
		})
	}
}

func TestEmbedWithoutIndexKeepsResponseOrder(t *testing.T) {
	t.Parallel()
	f := newFake(t, embedPath, "", testEmbedModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		_, _ = io.WriteString(w, `{"data":[{"embedding":[0,1]},{"embedding":[1,1]},{"embedding":[2,1]}]}`)
	})
	vecs, err := f.client(nil).Embed(context.Background(), texts(3))
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range vecs {
		if v[0] != float32(i) {
			t.Errorf("vector %d = %v", i, v)
		}
	}
}

func TestNotConfigured(t *testing.T) {
	t.Parallel()
	c := New(Config{})
	if _, err := c.Chat(context.Background(), userMsg, nil); !errors.Is(err, ErrNotConfigured) {
		t.Errorf("Chat: %v, want ErrNotConfigured", err)
	}
	if _, err := c.ChatJSON(context.Background(), userMsg); !errors.Is(err, ErrNotConfigured) {
		t.Errorf("ChatJSON: %v, want ErrNotConfigured", err)
	}
	if _, err := c.Embed(context.Background(), []string{"x"}); !errors.Is(err, ErrEmbedNotConfigured) {
		t.Errorf("Embed: %v, want ErrEmbedNotConfigured", err)
	}
	if c.ChatModel() != DefaultChatModel {
		t.Errorf("ChatModel() = %q", c.ChatModel())
	}
}

func TestInvalidRole(t *testing.T) {
	t.Parallel()
	c := New(Config{APIKey: "k"})
	if _, err := c.Chat(context.Background(), []Message{{Role: "tool", Content: "x"}}, nil); err == nil {
		t.Error("want error for invalid role")
	}
	if _, err := c.Chat(context.Background(), nil, nil); err == nil {
		t.Error("want error for no messages")
	}
}

func TestErrorRedactsKey(t *testing.T) {
	t.Parallel()
	// A misbehaving proxy echoing the Authorization header back.
	f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		http.Error(w, "bad header: "+r.Header.Get("Authorization"), 400)
	})
	_, err := f.client(nil).ChatJSON(context.Background(), userMsg)
	if err == nil {
		t.Fatal("want error")
	}
	if strings.Contains(err.Error(), testKey) || strings.Contains(fmt.Sprintf("%+v", err), testKey) {
		t.Errorf("error leaks key: %v", err)
	}
}

func TestCallerHTTPClientNotMutated(t *testing.T) {
	t.Parallel()
	hc := &http.Client{}
	f := newFake(t, chatPath, testKey, testChatModel, func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		sse(w, "ok")
	})
	c := f.client(func(cfg *Config) { cfg.HTTPClient = hc })
	if _, err := c.Chat(context.Background(), userMsg, nil); err != nil {
		t.Fatal(err)
	}
	if hc.Transport != nil {
		t.Error("caller's http.Client was modified")
	}
}

// TestBudget: one deadline bounds a whole call, and a server that asks to be
// retried later than the deadline allows is not waited for.
func TestBudget(t *testing.T) {
	t.Parallel()
	hang := func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) { <-r.Context().Done() }
	busy := func(h, v string, status int) func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
		return func(w http.ResponseWriter, r *http.Request, n int, body map[string]any) {
			w.Header().Set(h, v)
			apiErr(w, status, "")
		}
	}
	tests := []struct {
		name     string
		handle   func(w http.ResponseWriter, r *http.Request, n int, body map[string]any)
		budget   time.Duration
		json     bool
		want     error
		attempts int
		says     string
	}{
		{"hung server", hang, 200 * time.Millisecond, false, ErrTimeout, 1, "时间预算"},
		{"hung server, JSON", hang, 200 * time.Millisecond, true, ErrTimeout, 1, "时间预算"},
		{"429 Retry-After 3600", busy("Retry-After", "3600", 429), 0, false, ErrRateLimited, 1, "1h0m0s 后再试"},
		{"429 Retry-After 3600, JSON", busy("Retry-After", "3600", 429), 0, true, ErrRateLimited, 1, "后再试"},
		{"503 Retry-After beyond the budget", busy("Retry-After", "5", 503), 2 * time.Second, false, ErrUnavailable, 1, "超出剩余时间"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			f := newFake(t, chatPath, testKey, testChatModel, tt.handle)
			// Per attempt a minute: only the budget can end the hang.
			c := f.client(func(cfg *Config) { cfg.Timeout = time.Minute; cfg.MaxRetries = 5; cfg.Budget = tt.budget })
			var err error
			if tt.json {
				_, err = c.ChatJSON(context.Background(), userMsg)
			} else {
				_, err = c.Chat(context.Background(), userMsg, nil)
			}
			if !errors.Is(err, tt.want) || !strings.Contains(fmt.Sprint(err), tt.says) {
				t.Errorf("err = %v, want %v saying %q", err, tt.want, tt.says)
			}
			if f.attempts() != tt.attempts {
				t.Errorf("%d attempts, want %d", f.attempts(), tt.attempts)
			}
		})
	}
}

func TestParseBudget(t *testing.T) {
	for in, want := range map[string]time.Duration{"": 0, "45": 45 * time.Second, "1.5": 1500 * time.Millisecond, "2m": 2 * time.Minute, "soon": 0, "-3": 0} {
		got, err := ParseBudget(in)
		if got != want || (err != nil) != (in == "soon" || in == "-3") {
			t.Errorf("ParseBudget(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if cfg := ConfigFromEnv(func(k string) string { return map[string]string{"GONGWEN_LLM_BUDGET": "5"}[k] }); cfg.Budget != 5*time.Second {
		t.Errorf("GONGWEN_LLM_BUDGET=5 gives %v", cfg.Budget)
	}
	if New(Config{}).Config().Budget != DefaultBudget {
		t.Error("no default budget")
	}
}
