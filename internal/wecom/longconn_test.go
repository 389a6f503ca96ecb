package wecom

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// engine answers over the bundled corpus, indexed once per test binary.
var engine *answer.Engine

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "wecom-test-")
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

type askerFunc func(ctx context.Context, req answer.Request) (*answer.Response, error)

func (f askerFunc) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	return f(ctx, req)
}

// fakeWeCom is WeCom's long-connection endpoint on loopback: it checks the
// subscribe, answers it with the next errcode of subscribeErr (then 0),
// acknowledges pings and replies, and records every frame the bot sends.
type fakeWeCom struct {
	*httptest.Server
	t *testing.T

	mu           sync.Mutex
	subscribeErr []int
	frames       []frame
	subscribes   int
	conns        chan *peer
}

// peer is one bot connection as the server sees it.
type peer struct {
	c  *websocket.Conn
	mu sync.Mutex
}

func (p *peer) send(t *testing.T, f frame) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := p.c.WriteJSON(f); err != nil {
		t.Errorf("server write: %v", err)
	}
}

func newFakeWeCom(t *testing.T, subscribeErr ...int) *fakeWeCom {
	f := &fakeWeCom{t: t, subscribeErr: subscribeErr, conns: make(chan *peer, 10)}
	up := websocket.Upgrader{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		var sub frame
		if err := c.ReadJSON(&sub); err != nil {
			return
		}
		var body map[string]string
		_ = json.Unmarshal(sub.Body, &body)
		f.mu.Lock()
		f.subscribes++
		code := 0
		if len(f.subscribeErr) > 0 {
			code, f.subscribeErr = f.subscribeErr[0], f.subscribeErr[1:]
		}
		f.mu.Unlock()
		if sub.Cmd != cmdSubscribe || body["bot_id"] != "bot1" || body["secret"] != "s3cret" || sub.Headers["req_id"] == "" {
			t.Errorf("subscribe frame %+v body %v", sub, body)
			code = 40001
		}
		p := &peer{c: c}
		reply := frame{Headers: map[string]string{"req_id": sub.Headers["req_id"]}, ErrCode: code}
		if code != 0 {
			reply.ErrMsg = "invalid secret"
		}
		p.send(t, reply)
		if code != 0 {
			return
		}
		f.conns <- p
		for {
			var in frame
			if err := c.ReadJSON(&in); err != nil {
				return
			}
			f.mu.Lock()
			f.frames = append(f.frames, in)
			f.mu.Unlock()
			p.mu.Lock() // an ack may race a close the test made: no error then
			_ = p.c.WriteJSON(frame{Headers: map[string]string{"req_id": in.Headers["req_id"]}})
			p.mu.Unlock()
		}
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeWeCom) url() string { return "ws" + strings.TrimPrefix(f.URL, "http") }

func (f *fakeWeCom) next(t *testing.T) *peer {
	t.Helper()
	select {
	case p := <-f.conns:
		return p
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not connect")
		return nil
	}
}

// waitFrames returns the frames matching pred once there are n.
func (f *fakeWeCom) waitFrames(t *testing.T, n int, pred func(frame) bool) []frame {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		f.mu.Lock()
		var got []frame
		for _, fr := range f.frames {
			if pred(fr) {
				got = append(got, fr)
			}
		}
		f.mu.Unlock()
		if len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d matching frames, want %d", len(got), n)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func streamOf(t *testing.T, f frame) streamFields {
	t.Helper()
	var b streamBody
	if err := json.Unmarshal(f.Body, &b); err != nil || b.MsgType != "stream" {
		t.Fatalf("not a stream frame: %s", f.Body)
	}
	return b.Stream
}

func replyTo(reqID string) func(frame) bool {
	return func(f frame) bool { return f.Cmd == cmdRespond && f.Headers["req_id"] == reqID }
}

func finished(reqID string) func(frame) bool {
	return func(f frame) bool {
		var b streamBody
		_ = json.Unmarshal(f.Body, &b)
		return f.Cmd == cmdRespond && f.Headers["req_id"] == reqID && b.Stream.Finish
	}
}

func msgFrame(reqID, msgID, chatType, text string) frame {
	body := map[string]any{"msgid": msgID, "aibotid": "bot1", "chattype": chatType, "msgtype": "text",
		"from": map[string]string{"userid": "zhangsan"}, "text": map[string]string{"content": text}}
	if chatType == "group" {
		body["chatid"] = "wrGroup1"
		body["msgtype"] = "mixed"
		delete(body, "text")
		body["mixed"] = map[string]any{"msg_item": []map[string]any{
			{"msgtype": "text", "text": map[string]string{"content": "@公文助手 " + text}},
			{"msgtype": "image", "image": map[string]string{"url": "https://example.invalid/x"}},
		}}
	}
	b, _ := json.Marshal(body)
	return frame{Cmd: cmdMsgCallback, Headers: map[string]string{"req_id": reqID}, Body: b}
}

type started struct {
	lc     *LongConn
	core   *chat.Core
	health *chat.Health
	logs   *syncBuffer
	cancel context.CancelFunc
}

type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func startLongConn(t *testing.T, f *fakeWeCom, asker chat.Asker, cfg Config) *started {
	t.Helper()
	if asker == nil {
		asker = engine
	}
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, nil))
	core, err := chat.New(chat.Config{Asker: asker, Logger: log, Dir: t.TempDir(),
		FeedbackPath: filepath.Join(t.TempDir(), "feedback.jsonl")})
	if err != nil {
		t.Fatal(err)
	}
	cfg.BotID, cfg.Secret, cfg.URL, cfg.Core, cfg.Logger = "bot1", "s3cret", f.url(), core, log
	if cfg.Backoff.Min == 0 {
		cfg.Backoff = chat.Backoff{Min: 5 * time.Millisecond, Max: 20 * time.Millisecond}
	}
	if cfg.PartialEvery == 0 {
		cfg.PartialEvery = 5 * time.Millisecond
	}
	lc, err := NewLongConn(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := chat.NewHealth()
	done := make(chan struct{})
	go func() { lc.Run(ctx, h); close(done) }()
	s := &started{lc: lc, core: core, health: h, logs: logs, cancel: cancel}
	t.Cleanup(func() {
		cancel()
		<-done
		core.Shutdown(context.Background())
	})
	return s
}

func TestLongConnAnswersWithSources(t *testing.T) {
	f := newFakeWeCom(t)
	streaming := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		for _, d := range []string{"2024年", "开展普法", "宣传活动"} {
			req.OnDelta(d)
			time.Sleep(12 * time.Millisecond)
		}
		return engine.Ask(ctx, req)
	})
	var mu sync.Mutex
	var asked []answer.Request
	spy := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		mu.Lock()
		asked = append(asked, req)
		mu.Unlock()
		return streaming(ctx, req)
	})
	startLongConn(t, f, spy, Config{})
	p := f.next(t)

	p.send(t, msgFrame("req-1", "m1", "group", "2024年普法宣传活动开展了多少场"))
	p.send(t, msgFrame("req-1", "m1", "group", "2024年普法宣传活动开展了多少场")) // redelivered
	frames := f.waitFrames(t, 1, finished("req-1"))
	all := f.waitFrames(t, 1, replyTo("req-1"))
	first, last := streamOf(t, all[0]), streamOf(t, frames[0])
	if first.Content != chat.TextSearching || first.Finish {
		t.Errorf("first frame %+v, want the placeholder", first)
	}
	if len(all) < 3 {
		t.Errorf("%d frames, want the placeholder, partial text and the answer", len(all))
	}
	for i, fr := range all {
		s := streamOf(t, fr)
		if s.ID != first.ID {
			t.Errorf("frame %d has stream id %q, want %q", i, s.ID, first.ID)
		}
		if s.Finish != (i == len(all)-1) {
			t.Errorf("frame %d finish=%v", i, s.Finish)
		}
	}
	// Each partial frame is the whole text so far, not a delta.
	var partials []string
	for _, fr := range all[1 : len(all)-1] {
		partials = append(partials, streamOf(t, fr).Content)
	}
	for i := 1; i < len(partials); i++ {
		if !strings.HasPrefix(strings.TrimSuffix(partials[i], " …"), strings.TrimSuffix(partials[i-1], " …")) {
			t.Errorf("frame %q does not extend %q", partials[i], partials[i-1])
		}
	}
	for _, want := range []string{"**来源**", "1. 《", "年 · ", "“"} {
		if !strings.Contains(last.Content, want) {
			t.Errorf("final frame lacks %q:\n%s", want, last.Content)
		}
	}
	if last.Feedback == nil || last.Feedback.ID == "" {
		t.Error("final frame carries no feedback id")
	}
	mu.Lock()
	if len(asked) != 1 || asked[0].Q != "2024年普法宣传活动开展了多少场" {
		t.Errorf("asked %+v: want one question, the @mention stripped", asked)
	}
	mu.Unlock()
}

func TestLongConnHeartbeat(t *testing.T) {
	f := newFakeWeCom(t)
	startLongConn(t, f, nil, Config{Ping: 10 * time.Millisecond})
	f.next(t)
	pings := f.waitFrames(t, 3, func(fr frame) bool { return fr.Cmd == cmdPing })
	if pings[0].Headers["req_id"] == pings[1].Headers["req_id"] {
		t.Error("pings share a req_id")
	}
}

func TestLongConnBadSubscribeRetries(t *testing.T) {
	f := newFakeWeCom(t, 40001)
	s := startLongConn(t, f, nil, Config{})
	f.next(t) // the second subscribe succeeds
	if !strings.Contains(s.logs.String(), "企业微信拒绝订阅") || !strings.Contains(s.logs.String(), "errcode=40001") {
		t.Errorf("no clear error in the logs:\n%s", s.logs.String())
	}
	deadline := time.Now().Add(5 * time.Second)
	for s.health.Snapshot()["wecom"].State != chat.StateConnected {
		if time.Now().After(deadline) {
			t.Fatalf("health %+v", s.health.Snapshot())
		}
		time.Sleep(time.Millisecond)
	}
	if st := s.health.Snapshot()["wecom"]; st.Connected != 1 {
		t.Errorf("health %+v", st)
	}
}

// A connection that drops while an answer is being written is redialed,
// and the answer still arrives, under the same req_id, on the new one.
func TestLongConnReconnectKeepsAnswerInFlight(t *testing.T) {
	f := newFakeWeCom(t)
	release := make(chan struct{})
	slow := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		<-release
		return engine.Ask(ctx, req)
	})
	s := startLongConn(t, f, slow, Config{})
	p := f.next(t)
	p.send(t, msgFrame("req-7", "m7", "single", "2024年普法宣传活动"))
	f.waitFrames(t, 1, replyTo("req-7")) // the placeholder
	p.c.Close()                          // the connection drops
	p2 := f.next(t)
	close(release)
	last := streamOf(t, f.waitFrames(t, 1, finished("req-7"))[0])
	if !strings.Contains(last.Content, "**来源**") {
		t.Errorf("final frame %q", last.Content)
	}
	_ = p2
	if st := s.health.Snapshot()["wecom"]; st.Connected < 2 {
		t.Errorf("health %+v, want a second connection", st)
	}
}

func TestLongConnEvents(t *testing.T) {
	f := newFakeWeCom(t)
	s := startLongConn(t, f, nil, Config{})
	p := f.next(t)
	enter, _ := json.Marshal(map[string]any{"msgid": "e1", "msgtype": "event", "chattype": "single",
		"from": map[string]string{"userid": "lisi"}, "event": map[string]string{"eventtype": "enter_chat"}})
	p.send(t, frame{Cmd: cmdEventCallback, Headers: map[string]string{"req_id": "req-e1"}, Body: enter})
	w := f.waitFrames(t, 1, func(fr frame) bool { return fr.Cmd == cmdWelcome && fr.Headers["req_id"] == "req-e1" })[0]
	if !strings.Contains(string(w.Body), "公文助手") {
		t.Errorf("welcome %s", w.Body)
	}

	p.send(t, msgFrame("req-2", "m2", "single", "行政复议案件"))
	last := streamOf(t, f.waitFrames(t, 1, finished("req-2"))[0])
	fb, _ := json.Marshal(map[string]any{"msgid": "e2", "msgtype": "event", "chattype": "single",
		"from": map[string]string{"userid": "lisi"}, "event": map[string]any{"eventtype": "feedback_event",
			"feedback_event": map[string]any{"id": last.Feedback.ID, "type": 2, "content": "数字不对"}}})
	p.send(t, frame{Cmd: cmdEventCallback, Headers: map[string]string{"req_id": "req-e2"}, Body: fb})
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(s.logs.String(), "msg=feedback") {
		if time.Now().After(deadline) {
			t.Fatal("feedback not logged")
		}
		time.Sleep(time.Millisecond)
	}
	_ = s
}

// BenchmarkLongConnLatency measures, offline against the loopback WeCom,
// message in → first frame and → final frame over 50 messages answered by
// the extractive engine over the bundled corpus, and reports the p50s.
func BenchmarkLongConnLatency(b *testing.B) {
	questions := []string{"2024年普法宣传活动开展了多少场", "行政复议案件有多少件", "去年的报告里法治培训情况", "株洲方案里局办公室牵头哪些任务", "行政执法三项制度"}
	for b.Loop() {
		firsts, finals := measure(b, questions, 50)
		b.ReportMetric(float64(p50(firsts).Microseconds())/1000, "ms-first-p50")
		b.ReportMetric(float64(p50(finals).Microseconds())/1000, "ms-final-p50")
	}
}

func p50(d []time.Duration) time.Duration {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	return d[len(d)/2]
}

// measure sends n messages one after another and times the frames.
func measure(b *testing.B, questions []string, n int) (firsts, finals []time.Duration) {
	b.Helper()
	up := websocket.Upgrader{}
	type arrival struct {
		reqID  string
		finish bool
		at     time.Time
	}
	arrivals := make(chan arrival, 1000)
	conns := make(chan *websocket.Conn, 1)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		var sub frame
		_ = c.ReadJSON(&sub)
		_ = c.WriteJSON(frame{Headers: sub.Headers})
		conns <- c
		for {
			var in frame
			if err := c.ReadJSON(&in); err != nil {
				return
			}
			if in.Cmd == cmdRespond {
				var sb streamBody
				_ = json.Unmarshal(in.Body, &sb)
				arrivals <- arrival{in.Headers["req_id"], sb.Stream.Finish, time.Now()}
			}
		}
	}))
	defer srv.Close()
	core, err := chat.New(chat.Config{Asker: engine})
	if err != nil {
		b.Fatal(err)
	}
	defer core.Shutdown(context.Background())
	lc, err := NewLongConn(Config{BotID: "bot1", Secret: "s", URL: "ws" + strings.TrimPrefix(srv.URL, "http"), Core: core})
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go lc.Run(ctx, chat.NewHealth())
	c := <-conns
	defer c.Close()
	for i := range n {
		reqID := "bench-" + newID()
		f := msgFrame(reqID, reqID, "single", questions[i%len(questions)])
		sent := time.Now()
		if err := c.WriteJSON(f); err != nil {
			b.Fatal(err)
		}
		gotFirst := false
		for {
			a := <-arrivals
			if a.reqID != reqID {
				continue
			}
			if !gotFirst {
				firsts = append(firsts, a.at.Sub(sent))
				gotFirst = true
			}
			if a.finish {
				finals = append(finals, a.at.Sub(sent))
				break
			}
		}
	}
	return firsts, finals
}
