package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/slacktest"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
)

// engine answers over the bundled corpus, indexed once per test binary.
var engine *answer.Engine

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "slackbot-test-")
	if err != nil {
		panic(err)
	}
	ix, _, err := index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}},
	})
	if err != nil {
		panic(err)
	}
	engine = &answer.Engine{Index: ix}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// askerFunc adapts a function to Asker, to watch or disturb the real engine.
type askerFunc func(ctx context.Context, req answer.Request) (*answer.Response, error)

func (f askerFunc) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	return f(ctx, req)
}

// wire is the Slack Web API at the wire: slacktest with recording handlers.
type wire struct {
	*slacktest.Server
	mu    sync.Mutex
	calls []call
	seq   int
}

type call struct {
	method string
	form   map[string]string
	at     time.Time
}

func newWire(t *testing.T) *wire {
	t.Helper()
	w := &wire{}
	rec := func(method string, reply func(form map[string]string, ts string) any) http.HandlerFunc {
		return func(rw http.ResponseWriter, r *http.Request) {
			form := map[string]string{}
			if strings.HasPrefix(r.Header.Get("Content-Type"), "application/x-www-form-urlencoded") {
				_ = r.ParseForm()
				for k := range r.PostForm {
					form[k] = r.PostForm.Get(k)
				}
			} else {
				b, _ := io.ReadAll(r.Body)
				form["body"] = string(b)
			}
			w.mu.Lock()
			w.seq++
			ts := fmt.Sprintf("1800000000.%06d", w.seq)
			w.calls = append(w.calls, call{method: method, form: form, at: time.Now()})
			w.mu.Unlock()
			rw.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(rw).Encode(reply(form, ts))
		}
	}
	ok := func(form map[string]string, ts string) any {
		if form["ts"] != "" {
			ts = form["ts"]
		}
		return map[string]any{"ok": true, "channel": form["channel"], "ts": ts}
	}
	w.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", func(rw http.ResponseWriter, r *http.Request) {
			fmt.Fprint(rw, `{"ok":true,"user_id":"UBOT","team":"测试","team_id":"T1"}`)
		})
		c.Handle("/chat.postMessage", rec("chat.postMessage", ok))
		c.Handle("/chat.update", rec("chat.update", ok))
		c.Handle("/chat.postEphemeral", rec("chat.postEphemeral", ok))
		c.Handle("/response/", rec("response_url", ok))
		c.Handle("/files.getUploadURLExternal", rec("files.getUploadURLExternal", func(form map[string]string, ts string) any {
			return map[string]any{"ok": true, "upload_url": w.GetAPIURL() + "upload/F1", "file_id": "F1"}
		}))
		c.Handle("/upload/", rec("upload", ok))
		c.Handle("/files.completeUploadExternal", rec("files.completeUploadExternal", func(form map[string]string, ts string) any {
			return map[string]any{"ok": true, "files": []map[string]string{{"id": "F1", "title": "提纲"}}}
		}))
	})
	w.Start()
	t.Cleanup(w.Stop)
	return w
}

func (w *wire) snapshot() []call {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.calls)
}

// wait returns the calls once there are n matching pred.
func (w *wire) wait(t *testing.T, n int, pred func(call) bool) []call {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var got []call
		for _, c := range w.snapshot() {
			if pred(c) {
				got = append(got, c)
			}
		}
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("have %d matching calls, want %d; all calls: %+v", len(got), n, w.snapshot())
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func method(m string) func(call) bool { return func(c call) bool { return c.method == m } }

func newBot(t *testing.T, w *wire, cfg Config) *Bot {
	t.Helper()
	cfg.BotToken, cfg.SigningSecret, cfg.APIURL = "xoxb-test", "secret", w.GetAPIURL()
	if cfg.Asker == nil {
		cfg.Asker = engine
	}
	b, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := b.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return b
}

// deliver hands the bot an Events API callback as either transport would.
func deliver(t *testing.T, b *Bot, eventID string, inner map[string]any) {
	t.Helper()
	raw, _ := json.Marshal(map[string]any{"token": "x", "team_id": "T1", "type": "event_callback", "event_id": eventID, "event": inner})
	ev, err := slackevents.ParseEvent(raw, slackevents.OptionNoVerifyToken())
	if err != nil {
		t.Fatal(err)
	}
	b.onEventsAPI(ev, time.Now())
}

func mentionEvent(channel, ts, threadTS, text string) map[string]any {
	return map[string]any{"type": "app_mention", "channel": channel, "user": "U1", "ts": ts, "thread_ts": threadTS, "text": "<@UBOT> " + text}
}

func TestThreadHistoryAndChannelScope(t *testing.T) {
	w := newWire(t)
	var mu sync.Mutex
	var reqs []answer.Request
	spy := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		mu.Lock()
		reqs = append(reqs, req)
		mu.Unlock()
		return engine.Ask(ctx, req)
	})
	b := newBot(t, w, Config{Asker: spy, Channels: map[string]ChannelScope{"C1": {Org: "清城区"}, "*": {Org: "株洲"}}})

	deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "2024年普法宣传活动"))
	w.wait(t, 1, method("chat.update"))
	deliver(t, b, "E2", map[string]any{"type": "message", "channel": "C1", "channel_type": "channel", "user": "U1",
		"ts": "1.000200", "thread_ts": "1.000100", "text": "那2019年呢?"})
	w.wait(t, 2, method("chat.update"))
	deliver(t, b, "E3", map[string]any{"type": "message", "channel": "D9", "channel_type": "im", "user": "U1", "ts": "2.000100", "text": "方案任务"})
	w.wait(t, 3, method("chat.update"))

	mu.Lock()
	defer mu.Unlock()
	if len(reqs) != 3 {
		t.Fatalf("%d questions asked, want 3", len(reqs))
	}
	if reqs[0].Org != "清城区" || len(reqs[0].History) != 0 || reqs[0].Q != "2024年普法宣传活动" {
		t.Errorf("first request %+v", reqs[0])
	}
	if reqs[1].Org != "清城区" || len(reqs[1].History) != 1 || reqs[1].History[0].Q != "2024年普法宣传活动" || reqs[1].History[0].Answer == "" {
		t.Errorf("follow-up request %+v, want the first turn as history", reqs[1])
	}
	if reqs[2].Org != "株洲" {
		t.Errorf("DM got org %q, want the \"*\" scope", reqs[2].Org)
	}
	if reqs[0].Now.IsZero() {
		t.Error("no Now passed")
	}
}

func TestFailuresApologize(t *testing.T) {
	tests := []struct {
		name  string
		asker askerFunc
	}{
		{"error", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			return nil, errors.New("index exploded")
		}},
		{"panic", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			panic("nil map")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newWire(t)
			b := newBot(t, w, Config{Asker: tt.asker})
			deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "普法"))
			up := w.wait(t, 1, method("chat.update"))[0]
			if up.form["text"] != textApology {
				t.Errorf("update text %q, want the apology", up.form["text"])
			}
		})
	}
}

func TestStreamingIsThrottled(t *testing.T) {
	w := newWire(t)
	const interval = 60 * time.Millisecond
	streaming := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		for i := range 30 {
			req.OnDelta(fmt.Sprintf("第%d句。", i))
			time.Sleep(10 * time.Millisecond)
		}
		return engine.Ask(ctx, req)
	})
	b := newBot(t, w, Config{Asker: streaming, UpdateInterval: interval})
	start := time.Now()
	deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "2024年普法宣传活动"))
	w.wait(t, 1, func(c call) bool { return c.method == "chat.update" && c.form["blocks"] != "[]" })
	b.Shutdown(context.Background())
	elapsed := time.Since(start)
	ups := w.wait(t, 1, method("chat.update"))
	partial := len(ups) - 1
	if max := int(elapsed/interval) + 1; partial < 1 || partial > max {
		t.Errorf("%d streamed updates in %v, want 1..%d", partial, elapsed, max)
	}
	last := ups[len(ups)-1]
	if last.form["blocks"] == "[]" || strings.HasSuffix(last.form["text"], " …") {
		t.Errorf("last update is partial text %q: a streamed update landed after the answer", last.form["text"])
	}
}

func TestOutlineAndPlanItems(t *testing.T) {
	long := strings.Repeat("(一)落实普法责任制。全年开展普法活动[待填]场。\n", 150)
	outlineFn := func(docx []byte) OutlineFunc {
		return func(ctx context.Context, req OutlineRequest) (*Outline, error) {
			return &Outline{Title: req.Section, Markdown: "# 一、" + req.Section + "\n" + long, DOCX: docx}, nil
		}
	}
	planFn := func(ctx context.Context, planID, lead string) ([]plan.PlanItem, error) {
		return []plan.PlanItem{{GroupNo: "(一)", Number: "1.", Title: "健全领导体制", Lead: []string{lead}}}, nil
	}
	t.Run("long outline as Word file in the thread", func(t *testing.T) {
		w := newWire(t)
		b := newBot(t, w, Config{Outline: outlineFn([]byte("PK\x03\x04fake docx"))})
		deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "提纲 加强法治宣传教育"))
		done := w.wait(t, 1, method("files.completeUploadExternal"))[0]
		if done.form["channel_id"] != "C1" || done.form["thread_ts"] != "1.000100" {
			t.Errorf("file shared to %q thread %q", done.form["channel_id"], done.form["thread_ts"])
		}
		up := w.wait(t, 1, method("chat.update"))[0]
		if !strings.Contains(up.form["text"], "Word 文件") {
			t.Errorf("placeholder became %q", up.form["text"])
		}
	})
	t.Run("outline without DOCX as a message", func(t *testing.T) {
		w := newWire(t)
		b := newBot(t, w, Config{Outline: outlineFn(nil)})
		deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "outline 加强法治宣传教育"))
		up := w.wait(t, 1, method("chat.update"))[0]
		var blocks []map[string]any
		if err := json.Unmarshal([]byte(up.form["blocks"]), &blocks); err != nil || len(blocks) < 3 {
			t.Errorf("outline message has %d blocks (%v)", len(blocks), err)
		}
		if n := len(w.snapshot()); slices.ContainsFunc(w.snapshot(), method("files.getUploadURLExternal")) {
			t.Errorf("uploaded a file without DOCX (%d calls)", n)
		}
	})
	t.Run("no outline package", func(t *testing.T) {
		w := newWire(t)
		b := newBot(t, w, Config{})
		deliver(t, b, "E1", mentionEvent("C1", "1.000100", "", "outline 加强法治宣传教育"))
		up := w.wait(t, 1, method("chat.update"))[0]
		if !strings.Contains(up.form["text"], "暂未开放") {
			t.Errorf("got %q", up.form["text"])
		}
	})
	t.Run("plan items by slash command", func(t *testing.T) {
		w := newWire(t)
		b := newBot(t, w, Config{PlanItems: planFn})
		ack := b.onSlashCommand(slackSlash("plan items --lead 局办公室 -e", w.GetAPIURL()+"response/1"), time.Now())
		if ack.Text != textPlaceholder {
			t.Errorf("ack %+v", ack)
		}
		got := w.wait(t, 1, method("response_url"))[0]
		var msg struct {
			ResponseType string           `json:"response_type"`
			Blocks       []map[string]any `json:"blocks"`
		}
		if err := json.Unmarshal([]byte(got.form["body"]), &msg); err != nil {
			t.Fatal(err)
		}
		if msg.ResponseType != "ephemeral" || len(msg.Blocks) != 2 || !strings.Contains(got.form["body"], "局办公室") {
			t.Errorf("response %s", got.form["body"])
		}
	})
}

func slackSlash(text, responseURL string) slack.SlashCommand {
	return slack.SlashCommand{Command: "/gongwen", Text: text, ChannelID: "C1", UserID: "U1", ResponseURL: responseURL}
}
