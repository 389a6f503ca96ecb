package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"
)

// Secrets the tests hand to serve; none may appear in its logs.
const (
	testBotToken = "xoxb-test-bot-token-0123456789"
	testAppToken = "xapp-1-test-app-token-0123456789"
	testSecret   = "test-signing-secret-0123456789abcdef"
	testBotUser  = "U0GONGWEN"
)

// slackCall is one request the bot made to the fake Slack.
type slackCall struct {
	Method string
	Form   url.Values     // Web API methods (form-encoded)
	JSON   map[string]any // response_url posts (JSON)
	At     time.Time
}

// fakeSlack is Slack at the wire: slacktest's server (auth.test,
// apps.connections.open, the Socket Mode websocket) with recording handlers
// for the methods the bot writes through, chat.update among them, which
// slacktest lacks.
type fakeSlack struct {
	*slacktest.Server
	mu                sync.Mutex
	calls             []slackCall
	seq               int
	rateLimited       map[string]int // channel → chat.update calls to answer 429 first
	acks              []socketAck
	connectionsOpened int
}

type socketAck struct {
	EnvelopeID string          `json:"envelope_id"`
	Payload    json.RawMessage `json:"payload"`
	At         time.Time       `json:"-"`
}

func newFakeSlack(t *testing.T) *fakeSlack {
	t.Helper()
	f := &fakeSlack{}
	f.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, `{"ok":true,"user_id":%q,"user":"gongwen","team":"测试","team_id":"T1","bot_id":"B1"}`, testBotUser)
		})
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			f.mu.Lock()
			f.connectionsOpened++
			f.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, f.GetWSURL())
		})
		c.Handle("/chat.postMessage", f.formMethod("chat.postMessage"))
		c.Handle("/chat.update", f.formMethod("chat.update"))
		c.Handle("/chat.postEphemeral", f.formMethod("chat.postEphemeral"))
		c.Handle("/files.getUploadURLExternal", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			f.record(slackCall{Method: "files.getUploadURLExternal", Form: r.PostForm})
			fmt.Fprintf(w, `{"ok":true,"upload_url":%q,"file_id":"F1"}`, f.GetAPIURL()+"upload/F1")
		})
		c.Handle("/upload/", func(w http.ResponseWriter, r *http.Request) {
			n, _ := io.Copy(io.Discard, r.Body)
			f.record(slackCall{Method: "upload", Form: url.Values{"bytes": {strconv.FormatInt(n, 10)}}})
			fmt.Fprint(w, "OK")
		})
		c.Handle("/files.completeUploadExternal", func(w http.ResponseWriter, r *http.Request) {
			_ = r.ParseForm()
			f.record(slackCall{Method: "files.completeUploadExternal", Form: r.PostForm})
			fmt.Fprint(w, `{"ok":true,"files":[{"id":"F1","title":"提纲"}]}`)
		})
		c.Handle("/response/", func(w http.ResponseWriter, r *http.Request) {
			var m map[string]any
			_ = json.NewDecoder(r.Body).Decode(&m)
			f.record(slackCall{Method: "response_url", JSON: m})
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"ok":true}`)
		})
	})
	f.Start()
	// slacktest's websocket hands every frame the bot writes (Socket Mode
	// acks) to this unbuffered feed and blocks until someone reads it.
	go func() {
		for m := range f.SeenFeed {
			var a socketAck
			if json.Unmarshal([]byte(m), &a) == nil && a.EnvelopeID != "" {
				a.At = time.Now()
				f.mu.Lock()
				f.acks = append(f.acks, a)
				f.mu.Unlock()
			}
		}
	}()
	t.Cleanup(f.Stop)
	return f
}

func (f *fakeSlack) record(c slackCall) {
	c.At = time.Now()
	f.mu.Lock()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
}

func (f *fakeSlack) formMethod(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		if ch := r.PostForm.Get("channel"); method == "chat.update" && f.rateLimited[ch] > 0 {
			f.rateLimited[ch]--
			f.mu.Unlock()
			f.record(slackCall{Method: method + " (429)", Form: r.PostForm})
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		f.seq++
		ts := fmt.Sprintf("1800000000.%06d", f.seq)
		f.mu.Unlock()
		if method == "chat.update" {
			ts = r.PostForm.Get("ts")
		}
		f.record(slackCall{Method: method, Form: r.PostForm})
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": r.PostForm.Get("channel"), "ts": ts, "message_ts": ts})
	}
}

func (f *fakeSlack) snapshot() []slackCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

// waitCall waits for the first call matching pred.
func (f *fakeSlack) waitCall(t *testing.T, what string, pred func(slackCall) bool) slackCall {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		for _, c := range f.snapshot() {
			if pred(c) {
				return c
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s; calls so far:\n%s", what, f.dump())
	return slackCall{}
}

func (f *fakeSlack) count(pred func(slackCall) bool) int {
	n := 0
	for _, c := range f.snapshot() {
		if pred(c) {
			n++
		}
	}
	return n
}

func (f *fakeSlack) waitAck(t *testing.T, envelopeID string) socketAck {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		for _, a := range f.acks {
			if a.EnvelopeID == envelopeID {
				f.mu.Unlock()
				return a
			}
		}
		f.mu.Unlock()
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("no Socket Mode ack for %s", envelopeID)
	return socketAck{}
}

func (f *fakeSlack) dump() string {
	var b strings.Builder
	for _, c := range f.snapshot() {
		fmt.Fprintf(&b, "  %s channel=%s ts=%s thread_ts=%s text=%.40q json=%v\n", c.Method, c.Form.Get("channel"), c.Form.Get("ts"), c.Form.Get("thread_ts"), c.Form.Get("text"), c.JSON != nil)
	}
	return b.String()
}

func isPost(channel, threadTS, text string) func(slackCall) bool {
	return func(c slackCall) bool {
		return c.Method == "chat.postMessage" && c.Form.Get("channel") == channel &&
			c.Form.Get("thread_ts") == threadTS && (text == "" || c.Form.Get("text") == text)
	}
}

// served is a running "gongwen serve".
type served struct {
	addr     string
	feedback string
	mu       sync.Mutex
	logs     bytes.Buffer
}

func (s *served) logText() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logs.String()
}

func (s *served) waitLog(t *testing.T, substr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(s.logText(), substr) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatalf("log never said %q; logs:\n%s", substr, s.logText())
}

// startServe runs the real program: run(ctx, ["serve", "--addr",
// "127.0.0.1:0", ...]) with env as its whole environment, finds the port in
// its "listening" log line, and on cleanup stops it as SIGINT would and
// checks that it shut down cleanly without a secret in its logs.
func startServe(t *testing.T, env map[string]string, args ...string) *served {
	t.Helper()
	dir := t.TempDir()
	s := &served{feedback: filepath.Join(dir, "feedback.jsonl")}
	getenv := func(k string) string { return env[k] }
	pr, pw := io.Pipe()
	addrc := make(chan string, 1)
	scanned := make(chan struct{}) // closed when every log line is in s.logs
	go func() {
		defer close(scanned)
		sc := bufio.NewScanner(pr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			s.mu.Lock()
			s.logs.WriteString(line + "\n")
			s.mu.Unlock()
			if strings.Contains(line, "msg=listening") {
				for _, f := range strings.Fields(line) {
					if a, ok := strings.CutPrefix(f, "addr="); ok {
						addrc <- a
					}
				}
			}
		}
	}()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	argv := append([]string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "db"), "--feedback", s.feedback}, args...)
	go func() {
		done <- run(ctx, argv, getenv, strings.NewReader(""), io.Discard, pw)
		pw.Close()
	}()
	select {
	case s.addr = <-addrc:
	case err := <-done:
		cancel()
		t.Fatalf("serve exited early: %v\nlogs:\n%s", err, s.logText())
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatalf("serve did not start; logs:\n%s", s.logText())
	}
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Error("serve did not shut down within 30s")
		}
		// run has returned, but its last lines may still be between the
		// pipe and s.logs: read until the pipe is closed.
		select {
		case <-scanned:
		case <-time.After(10 * time.Second):
			t.Error("log reader did not finish")
		}
		logs := s.logText()
		for _, secret := range []string{testBotToken, testAppToken, testSecret} {
			if strings.Contains(logs, secret) {
				t.Errorf("a secret appears in the logs")
			}
		}
		if !strings.Contains(logs, "msg=stopped") {
			t.Errorf("no clean stop in logs:\n%s", logs)
		}
	})
	return s
}

// sign makes the headers Slack sends: v0 HMAC-SHA256 of "v0:ts:body".
func sign(secret string, ts time.Time, body []byte) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(secret))
	fmt.Fprintf(mac, "v0:%s:%s", stamp, body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", stamp)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

type postResult struct {
	status  int
	body    []byte
	elapsed time.Duration
}

func (s *served) post(t *testing.T, path, contentType string, body []byte, h http.Header) postResult {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "http://"+s.addr+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	req.Header.Set("Content-Type", contentType)
	start := time.Now()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return postResult{status: resp.StatusCode, body: b, elapsed: time.Since(start)}
}

// event posts a signed Events API callback.
func (s *served) event(t *testing.T, eventID string, inner map[string]any, extra http.Header) postResult {
	t.Helper()
	body := eventJSON(t, eventID, inner)
	h := sign(testSecret, time.Now(), body)
	for k, v := range extra {
		h[k] = v
	}
	return s.post(t, "/slack/events", "application/json", body, h)
}

func eventJSON(t *testing.T, eventID string, inner map[string]any) []byte {
	t.Helper()
	b, err := json.Marshal(map[string]any{
		"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": eventID, "event_time": time.Now().Unix(), "event": inner,
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mention(channel, user, ts, threadTS, text string) map[string]any {
	m := map[string]any{"type": "app_mention", "channel": channel, "user": user, "ts": ts, "event_ts": ts,
		"text": "<@" + testBotUser + "> " + text}
	if threadTS != "" {
		m["thread_ts"] = threadTS
	}
	return m
}

func message(channel, channelType, user, ts, threadTS, text string) map[string]any {
	m := map[string]any{"type": "message", "channel": channel, "channel_type": channelType, "user": user,
		"ts": ts, "event_ts": ts, "text": text}
	if threadTS != "" {
		m["thread_ts"] = threadTS
	}
	return m
}

// answerBlocks checks the structure of an answer message and returns the
// feedback ID its buttons carry and the number of citations shown.
func checkAnswer(t *testing.T, blocksJSON string) (feedbackID string, citations int) {
	t.Helper()
	var blocks []map[string]any
	if err := json.Unmarshal([]byte(blocksJSON), &blocks); err != nil || len(blocks) == 0 {
		t.Fatalf("answer has no blocks (%v): %q", err, blocksJSON)
	}
	for _, b := range blocks {
		switch b["type"] {
		case "section":
			text, _ := b["text"].(map[string]any)["text"].(string)
			if strings.HasPrefix(text, "*[") {
				citations++
				if !strings.Contains(text, "\n> ") {
					t.Errorf("citation without a quoted passage: %q", text)
				}
			}
		case "actions":
			for _, el := range b["elements"].([]any) {
				feedbackID, _ = el.(map[string]any)["value"].(string)
			}
		}
	}
	if citations > 5 {
		t.Errorf("%d citations shown, want at most 5", citations)
	}
	if feedbackID == "" {
		t.Error("answer has no feedback buttons")
	}
	return feedbackID, citations
}

// percentile of sorted durations.
func percentile(d []time.Duration, p float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

const question = "清城区民政局2024年开展了哪些普法宣传活动?"

func TestServeSlackHTTP(t *testing.T) {
	fs := newFakeSlack(t)
	channels := filepath.Join(t.TempDir(), "channels.json")
	if err := os.WriteFile(channels, []byte(`{"C0LOCKED": {"org": "清城区", "allowed_users": ["U0BOSS"]}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startServe(t, map[string]string{
		"SLACK_BOT_TOKEN": testBotToken, "SLACK_SIGNING_SECRET": testSecret, "SLACK_API_URL": fs.GetAPIURL(),
	}, "--channels", channels)

	t.Run("url_verification", func(t *testing.T) {
		body := []byte(`{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
		r := s.post(t, "/slack/events", "application/json", body, sign(testSecret, time.Now(), body))
		if r.status != 200 || !strings.Contains(string(r.body), "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P") {
			t.Fatalf("got %d %s, want the challenge back", r.status, r.body)
		}
	})

	var feedbackID string
	t.Run("mention in channel", func(t *testing.T) {
		r := s.event(t, "Ev1", mention("C1", "U0STAFF", "1700000000.000100", "", question), nil)
		if r.status != 200 {
			t.Fatalf("status %d", r.status)
		}
		ph := fs.waitCall(t, "placeholder", isPost("C1", "1700000000.000100", "正在查找…"))
		up := fs.waitCall(t, "answer", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "C1" })
		if up.At.Before(ph.At) {
			t.Error("answer before placeholder")
		}
		var n int
		feedbackID, n = checkAnswer(t, up.Form.Get("blocks"))
		if n == 0 {
			t.Errorf("no citation blocks under the answer to %q", question)
		}
		if up.Form.Get("text") == "" {
			t.Error("no fallback text")
		}
	})

	t.Run("follow-up in thread needs no mention", func(t *testing.T) {
		s.event(t, "Ev2", message("C1", "channel", "U0STAFF", "1700000000.000200", "1700000000.000100", "那2019年呢?"), nil)
		deadline := time.Now().Add(10 * time.Second)
		for fs.count(isPost("C1", "1700000000.000100", "正在查找…")) < 2 {
			if time.Now().After(deadline) {
				t.Fatalf("no reply to the follow-up in the thread:\n%s", fs.dump())
			}
			time.Sleep(2 * time.Millisecond)
		}
	})

	t.Run("message in another thread is ignored", func(t *testing.T) {
		s.event(t, "Ev3", message("C1", "channel", "U0STAFF", "1700000001.000200", "1700000001.000100", "大家好"), nil)
		time.Sleep(300 * time.Millisecond)
		if n := fs.count(isPost("C1", "1700000001.000100", "")); n != 0 {
			t.Errorf("bot replied %d times in a thread it is not in", n)
		}
	})

	t.Run("direct message", func(t *testing.T) {
		s.event(t, "Ev4", message("D1", "im", "U0STAFF", "1700000002.000100", "", question), nil)
		fs.waitCall(t, "DM placeholder", isPost("D1", "1700000002.000100", "正在查找…"))
		fs.waitCall(t, "DM answer", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "D1" })
	})

	t.Run("retry answered once", func(t *testing.T) {
		ev := mention("C1", "U0STAFF", "1700000003.000100", "", question)
		if r := s.event(t, "Ev5", ev, nil); r.status != 200 {
			t.Fatalf("status %d", r.status)
		}
		retry := http.Header{"X-Slack-Retry-Num": {"1"}, "X-Slack-Retry-Reason": {"http_timeout"}}
		if r := s.event(t, "Ev5", ev, retry); r.status != 200 {
			t.Fatalf("retry status %d", r.status)
		}
		// The same message also arrives as message.channels.
		s.event(t, "Ev6", message("C1", "channel", "U0STAFF", "1700000003.000100", "", "<@"+testBotUser+"> "+question), nil)
		fs.waitCall(t, "placeholder", isPost("C1", "1700000003.000100", "正在查找…"))
		time.Sleep(300 * time.Millisecond)
		if n := fs.count(isPost("C1", "1700000003.000100", "")); n != 1 {
			t.Errorf("answered %d times, want once", n)
		}
	})

	t.Run("signatures", func(t *testing.T) {
		tests := []struct {
			name   string
			header func(body []byte) http.Header
			want   int
		}{
			{"valid", func(b []byte) http.Header { return sign(testSecret, time.Now(), b) }, 200},
			{"forged", func(b []byte) http.Header { return sign("not-the-secret", time.Now(), b) }, 401},
			{"stale", func(b []byte) http.Header { return sign(testSecret, time.Now().Add(-6*time.Minute), b) }, 401},
			{"tampered", func(b []byte) http.Header { return sign(testSecret, time.Now(), append([]byte(" "), b...)) }, 401},
			{"missing", func(b []byte) http.Header { return http.Header{} }, 401},
		}
		for i, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				ts := fmt.Sprintf("1700000004.%06d", i)
				body := eventJSON(t, "Ev7-"+tt.name, mention("C4", "U0STAFF", ts, "", question))
				if r := s.post(t, "/slack/events", "application/json", body, tt.header(body)); r.status != tt.want {
					t.Errorf("status %d, want %d", r.status, tt.want)
				}
				if tt.want == 200 {
					fs.waitCall(t, "placeholder", isPost("C4", ts, "正在查找…"))
					return
				}
				time.Sleep(200 * time.Millisecond)
				if n := fs.count(isPost("C4", ts, "")); n != 0 {
					t.Errorf("a rejected request led to %d replies", n)
				}
			})
		}
		if !strings.Contains(s.logText(), `reason="stale timestamp"`) {
			t.Error("stale rejection not logged")
		}
	})

	t.Run("slash command", func(t *testing.T) {
		tests := []struct {
			text, responseType string
		}{
			{"ask " + question, "in_channel"},
			{"ask -e " + question, "ephemeral"},
			{"私下 " + question, "ephemeral"},
		}
		for i, tt := range tests {
			t.Run(tt.text, func(t *testing.T) {
				path := fmt.Sprintf("response/cmd%d", i)
				r := s.command(t, "C1", "U0STAFF", tt.text, fs.GetAPIURL()+path)
				var ack map[string]string
				if err := json.Unmarshal(r.body, &ack); err != nil || r.status != 200 {
					t.Fatalf("ack %d %s", r.status, r.body)
				}
				if ack["response_type"] != "ephemeral" || ack["text"] != "正在查找…" {
					t.Errorf("ack = %v", ack)
				}
				if r.elapsed > 3*time.Second {
					t.Errorf("ack took %v, Slack allows 3s", r.elapsed)
				}
				c := fs.waitCall(t, "response_url post", func(c slackCall) bool {
					return c.Method == "response_url" && c.JSON["response_type"] == tt.responseType
				})
				blocks, _ := json.Marshal(c.JSON["blocks"])
				checkAnswer(t, string(blocks))
			})
		}
		t.Run("help", func(t *testing.T) {
			r := s.command(t, "C1", "U0STAFF", "help", fs.GetAPIURL()+"response/help")
			if !strings.Contains(string(r.body), "公文助手用法") {
				t.Errorf("help ack = %s", r.body)
			}
		})
	})

	t.Run("button click logged", func(t *testing.T) {
		if feedbackID == "" {
			t.Skip("no answer to rate")
		}
		payload, _ := json.Marshal(map[string]any{
			"type": "block_actions", "user": map[string]any{"id": "U0STAFF"}, "channel": map[string]any{"id": "C1"},
			"container":    map[string]any{"type": "message", "message_ts": "1800000000.000002", "thread_ts": "1700000000.000100"},
			"response_url": fs.GetAPIURL() + "response/vote",
			"actions":      []map[string]any{{"type": "button", "action_id": "gongwen_vote_down", "block_id": "gongwen_feedback", "value": feedbackID}},
		})
		body := []byte(url.Values{"payload": {string(payload)}}.Encode())
		r := s.post(t, "/slack/interactive", "application/x-www-form-urlencoded", body, sign(testSecret, time.Now(), body))
		if r.status != 200 {
			t.Fatalf("status %d", r.status)
		}
		b, err := os.ReadFile(s.feedback)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if len(lines) != 1 {
			t.Fatalf("feedback log has %d lines, want 1:\n%s", len(lines), b)
		}
		var rec struct {
			Time      time.Time `json:"time"`
			Vote      string    `json:"vote"`
			User      string    `json:"user"`
			Question  string    `json:"question"`
			Answer    string    `json:"answer"`
			Citations []any     `json:"citations"`
		}
		if err := json.Unmarshal([]byte(lines[0]), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Vote != "down" || rec.User != "U0STAFF" || rec.Question != question || rec.Time.IsZero() || rec.Citations == nil {
			t.Errorf("feedback record = %+v", rec)
		}
		fs.waitCall(t, "thanks", func(c slackCall) bool {
			return c.Method == "response_url" && c.JSON["text"] == "已记录您的反馈,谢谢!"
		})
	})

	t.Run("channel restricted to some users", func(t *testing.T) {
		s.event(t, "Ev8", mention("C0LOCKED", "U0STAFF", "1700000006.000100", "", question), nil)
		c := fs.waitCall(t, "polite refusal", func(c slackCall) bool { return c.Method == "chat.postEphemeral" && c.Form.Get("channel") == "C0LOCKED" })
		if !strings.Contains(c.Form.Get("text"), "抱歉") || c.Form.Get("user") != "U0STAFF" {
			t.Errorf("refusal = %v", c.Form)
		}
		if n := fs.count(isPost("C0LOCKED", "1700000006.000100", "")); n != 0 {
			t.Errorf("answered a user who is not allowed")
		}
		s.event(t, "Ev9", mention("C0LOCKED", "U0BOSS", "1700000007.000100", "", question), nil)
		fs.waitCall(t, "answer to allowed user", isPost("C0LOCKED", "1700000007.000100", "正在查找…"))
		fs.waitCall(t, "answer to allowed user", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "C0LOCKED" })
		r := s.command(t, "C0LOCKED", "U0STAFF", "ask "+question, fs.GetAPIURL()+"response/locked")
		if !strings.Contains(string(r.body), "抱歉") {
			t.Errorf("slash command from a user not allowed: %s", r.body)
		}
	})

	t.Run("outline as Word file in the thread", func(t *testing.T) {
		s.event(t, "EvO1", mention("C5", "U0STAFF", "1700000009.000100", "", "提纲 加强法治宣传教育 --org 清城区 --year 2025"), nil)
		done := fs.waitCall(t, "file shared", func(c slackCall) bool { return c.Method == "files.completeUploadExternal" })
		if done.Form.Get("channel_id") != "C5" || done.Form.Get("thread_ts") != "1700000009.000100" {
			t.Errorf("file shared to %v", done.Form)
		}
		up := fs.waitCall(t, "placeholder replaced", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "C5" })
		if !strings.Contains(up.Form.Get("text"), "Word 文件") {
			t.Errorf("placeholder became %q", up.Form.Get("text"))
		}
	})

	t.Run("outline of an unknown topic is explained", func(t *testing.T) {
		s.event(t, "EvO2", mention("C6", "U0STAFF", "1700000010.000100", "", "提纲 养猪"), nil)
		up := fs.waitCall(t, "explanation", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "C6" })
		if !strings.Contains(up.Form.Get("text"), "养猪") || strings.Contains(up.Form.Get("text"), "抱歉") {
			t.Errorf("got %q, want the topic explained", up.Form.Get("text"))
		}
	})

	t.Run("plan items by slash command", func(t *testing.T) {
		s.command(t, "C1", "U0STAFF", "plan items --lead 局办公室", fs.GetAPIURL()+"response/plan")
		c := fs.waitCall(t, "plan items", func(c slackCall) bool {
			return c.Method == "response_url" && c.JSON["response_type"] == "in_channel" && strings.Contains(fmt.Sprint(c.JSON["text"]), "局办公室")
		})
		if blocks, _ := c.JSON["blocks"].([]any); len(blocks) < 2 {
			t.Errorf("plan items message has %d blocks", len(blocks))
		}
	})

	t.Run("rate limited update is retried", func(t *testing.T) {
		fs.mu.Lock()
		fs.rateLimited = map[string]int{"C3": 1}
		fs.mu.Unlock()
		s.event(t, "Ev10", mention("C3", "U0STAFF", "1700000008.000100", "", question), nil)
		fs.waitCall(t, "429", func(c slackCall) bool { return c.Method == "chat.update (429)" && c.Form.Get("channel") == "C3" })
		up := fs.waitCall(t, "answer after 429", func(c slackCall) bool { return c.Method == "chat.update" && c.Form.Get("channel") == "C3" })
		checkAnswer(t, up.Form.Get("blocks"))
	})

	t.Run("latency", func(t *testing.T) {
		const n = 20
		var acks, answers []time.Duration
		for i := range n {
			ts := fmt.Sprintf("1700000100.%06d", i)
			start := time.Now()
			r := s.event(t, fmt.Sprintf("EvL%d", i), mention("C9", "U0STAFF", ts, "", question), nil)
			acks = append(acks, r.elapsed)
			ph := fs.waitCall(t, "placeholder", isPost("C9", ts, "正在查找…"))
			_ = ph
			up := fs.waitCall(t, "answer", func(c slackCall) bool {
				return c.Method == "chat.update" && c.Form.Get("channel") == "C9" && c.At.After(start)
			})
			answers = append(answers, up.At.Sub(start))
		}
		t.Logf("HTTP events, %d mentions: ack p50 %v p95 %v; event→answer posted p50 %v p95 %v",
			n, percentile(acks, .5), percentile(acks, .95), percentile(answers, .5), percentile(answers, .95))
		if p := percentile(acks, .95); p > 3*time.Second {
			t.Errorf("ack p95 %v exceeds Slack's 3s", p)
		}
	})
}

func (s *served) command(t *testing.T, channel, user, text, responseURL string) postResult {
	t.Helper()
	body := []byte(url.Values{
		"command": {"/gongwen"}, "text": {text}, "channel_id": {channel}, "user_id": {user},
		"team_id": {"T1"}, "response_url": {responseURL}, "trigger_id": {"tr1"},
	}.Encode())
	return s.post(t, "/slack/commands", "application/x-www-form-urlencoded", body, sign(testSecret, time.Now(), body))
}

func TestServeSocketMode(t *testing.T) {
	fs := newFakeSlack(t)
	s := startServe(t, map[string]string{
		"SLACK_BOT_TOKEN": testBotToken, "SLACK_APP_TOKEN": testAppToken, "SLACK_API_URL": fs.GetAPIURL(),
	})
	s.waitLog(t, "msg=\"socket mode connected\"")
	envelope := func(id, typ string, payload any) string {
		b, _ := json.Marshal(map[string]any{"envelope_id": id, "type": typ, "payload": payload, "accepts_response_payload": typ != "events_api"})
		return string(b)
	}
	callback := func(eventID string, inner map[string]any) map[string]any {
		return map[string]any{"token": "legacy", "team_id": "T1", "api_app_id": "A1", "type": "event_callback", "event_id": eventID, "event_time": time.Now().Unix(), "event": inner}
	}

	t.Run("mention round trip", func(t *testing.T) {
		var acks, answers []time.Duration
		for i := range 10 {
			ts := fmt.Sprintf("1700000200.%06d", i)
			env := fmt.Sprintf("env-%d", i)
			start := time.Now()
			fs.SendToWebsocket(envelope(env, "events_api", callback(fmt.Sprintf("EvS%d", i), mention("C1", "U0STAFF", ts, "", question))))
			ack := fs.waitAck(t, env)
			acks = append(acks, ack.At.Sub(start))
			fs.waitCall(t, "placeholder", isPost("C1", ts, "正在查找…"))
			up := fs.waitCall(t, "answer", func(c slackCall) bool { return c.Method == "chat.update" && c.At.After(start) })
			answers = append(answers, up.At.Sub(start))
			checkAnswer(t, up.Form.Get("blocks"))
		}
		t.Logf("Socket Mode, 10 mentions: ack p50 %v p95 %v; event→answer posted p50 %v p95 %v",
			percentile(acks, .5), percentile(acks, .95), percentile(answers, .5), percentile(answers, .95))
	})

	t.Run("slash command", func(t *testing.T) {
		fs.SendToWebsocket(envelope("env-cmd", "slash_commands", map[string]any{
			"command": "/gongwen", "text": "help", "channel_id": "C1", "user_id": "U0STAFF", "response_url": fs.GetAPIURL() + "response/s1",
		}))
		ack := fs.waitAck(t, "env-cmd")
		if !strings.Contains(string(ack.Payload), "公文助手用法") {
			t.Errorf("ack payload = %s, want the help text", ack.Payload)
		}
	})
}

func TestServeHTTPAPIOnly(t *testing.T) {
	s := startServe(t, map[string]string{})
	get := func(path string) (int, map[string]any) {
		resp, err := http.Get("http://" + s.addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&m)
		return resp.StatusCode, m
	}
	if code, m := get("/healthz"); code != 200 || m["status"] != "ok" {
		t.Errorf("healthz = %d %v", code, m)
	}
	if code, m := get("/v1/docs"); code != 200 || len(m["docs"].([]any)) == 0 {
		t.Errorf("docs = %d %v", code, m)
	}
	r := s.post(t, "/v1/search", "application/json", []byte(`{"q":"普法宣传","k":2}`), nil)
	var sr struct {
		Q       string `json:"q"`
		Results []struct {
			Rank int `json:"rank"`
			Doc  struct {
				ID, Title string
			} `json:"doc"`
			Section, Text string
		} `json:"results"`
	}
	if err := json.Unmarshal(r.body, &sr); err != nil || r.status != 200 || sr.Q != "普法宣传" || len(sr.Results) != 2 || sr.Results[0].Rank != 1 {
		t.Errorf("search = %d %s", r.status, r.body)
	}
	r = s.post(t, "/v1/outline", "application/json", []byte(`{"section":"加强法治宣传教育","org":"清城区","year":2025}`), nil)
	var o struct {
		Title    string `json:"title"`
		Sections []any  `json:"sections"`
	}
	if err := json.Unmarshal(r.body, &o); err != nil || r.status != 200 || o.Title == "" || len(o.Sections) == 0 {
		t.Errorf("outline = %d %.200s", r.status, r.body)
	}
	r = s.post(t, "/v1/outline", "application/json", []byte(`{"org":"清城区","year":2025}`), nil)
	if err := json.Unmarshal(r.body, &o); err != nil || r.status != 200 || !strings.Contains(o.Title, "年度报告提纲") || len(o.Sections) < 5 {
		t.Errorf("whole-report outline = %d %.200s", r.status, r.body)
	}
	if r := s.post(t, "/v1/outline", "application/json", []byte(`{"section":"养猪"}`), nil); r.status != 422 {
		t.Errorf("outline of an unknown topic = %d %s, want 422", r.status, r.body)
	}
	code, m := get("/v1/plan/items?lead=" + url.QueryEscape("局办公室"))
	if items, _ := m["items"].([]any); code != 200 || len(items) == 0 {
		t.Errorf("plan items = %d %v", code, m)
	}
	if code, m := get("/v1/plan/items?plan=" + url.QueryEscape("不存在的方案")); code != 404 || m["error"] == "" {
		t.Errorf("unknown plan = %d %v", code, m)
	}
	if r := s.post(t, "/slack/events", "application/json", []byte(`{}`), nil); r.status != 404 {
		t.Errorf("/slack/events without SLACK_SIGNING_SECRET = %d, want 404", r.status)
	}
	if !strings.Contains(s.logText(), "slack disabled") {
		t.Error("no note that Slack is off")
	}
}

func TestServeBadSlackConfig(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
	}{
		{"secret without bot token", map[string]string{"SLACK_SIGNING_SECRET": testSecret}},
		{"bot token alone", map[string]string{"SLACK_BOT_TOKEN": testBotToken}},
		{"app token of the wrong kind", map[string]string{"SLACK_BOT_TOKEN": testBotToken, "SLACK_APP_TOKEN": testBotToken}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			getenv := func(k string) string { return tt.env[k] }
			err := run(context.Background(), []string{"serve", "--addr", "127.0.0.1:0", "--db", t.TempDir()}, getenv, strings.NewReader(""), io.Discard, &stderr)
			if err == nil {
				t.Fatal("serve started with a broken Slack configuration")
			}
			if strings.Contains(err.Error()+stderr.String(), testBotToken) {
				t.Error("token leaked into the error")
			}
		})
	}
}
