package chat

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
	"github.com/gongwen/gongwen/internal/document"
)

func TestDedupe(t *testing.T) {
	now := time.Now()
	d := NewDedupe(3, time.Minute)
	if !d.First("a", now) || d.First("a", now) {
		t.Error("a seen twice as first")
	}
	if !d.First("a", now.Add(2*time.Minute)) {
		t.Error("a not forgotten after the TTL")
	}
	for _, k := range []string{"b", "c", "d", "e"} {
		d.First(k, now)
	}
	if d.Len() > 3 {
		t.Errorf("dedupe grew to %d keys, bound 3", d.Len())
	}
}

func TestFirstDelivery(t *testing.T) {
	c := newCore(t, Config{})
	now := time.Now()
	tests := []struct {
		name               string
		platform, id, chat string
		ts                 string
		want               bool
	}{
		{"new id", "wecom", "m1", "g1", "", true},
		{"same id again", "wecom", "m1", "g1", "", false},
		{"same id, other platform", "dingtalk", "m1", "g1", "", true},
		{"no id, chat+ts", "slack", "", "C1", "1.1", true},
		{"no id, other ts", "slack", "", "C1", "1.2", true},
		{"no id, same chat+ts", "slack", "", "C1", "1.2", false},
		{"nothing to know it by", "slack", "", "", "", true},
		{"nothing to know it by, again", "slack", "", "", "", true},
	}
	for _, tt := range tests {
		if got := c.FirstDelivery(tt.platform, tt.id, tt.chat, tt.ts, now); got != tt.want {
			t.Errorf("%s: FirstDelivery = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestStoreBoundsAndDisk(t *testing.T) {
	now := time.Now()
	path := filepath.Join(t.TempDir(), "chat", "history.jsonl")
	s, err := OpenStore(path, 2, 2, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	k := func(th string) Key { return Key{Platform: "slack", Chat: "C", Thread: th} }
	s.Join(k("1"), now)
	for i := range 3 {
		s.Add(k("1"), answer.Turn{Q: fmt.Sprint(i)}, now)
	}
	if h := s.Join(k("1"), now); len(h) != 2 || h[0].Q != "1" {
		t.Errorf("history %+v, want the latest 2 turns", h)
	}
	s.Join(k("2"), now.Add(time.Second))
	s.Add(k("2"), answer.Turn{Q: "二", Answer: "答"}, now.Add(time.Second))
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = OpenStore(path, 2, 2, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if h := s.Join(k("2"), now.Add(2*time.Second)); len(h) != 1 || h[0].Answer != "答" {
		t.Errorf("after reopening, history %+v", h)
	}
	s.Join(k("3"), now.Add(3*time.Second))
	if s.Has(k("1"), now.Add(4*time.Second)) || !s.Has(k("3"), now.Add(4*time.Second)) {
		t.Error("the oldest conversation was not evicted")
	}
	if s.Has(k("3"), now.Add(2*time.Hour)) {
		t.Error("conversation kept past its TTL")
	}
	s.Close()
}

func TestScopesLookup(t *testing.T) {
	s := Scopes{
		"C1":             {Org: "清城区"},
		"wecom:wrG1":     {Org: "株洲"},
		"dingtalk:cid==": {Org: "杭州"},
		"wecom:*":        {Org: "企业微信默认"},
		"*":              {Org: "默认"},
	}
	tests := []struct{ platform, chat, want string }{
		{"slack", "C1", "清城区"},
		{"slack", "C9", "默认"},
		{"wecom", "wrG1", "株洲"},
		{"wecom", "wrOther", "企业微信默认"},
		{"wecom", "", "企业微信默认"},
		{"dingtalk", "cid==", "杭州"},
		{"dingtalk", "cidX", "默认"},
	}
	for _, tt := range tests {
		if got := s.Lookup(tt.platform, tt.chat).Org; got != tt.want {
			t.Errorf("Lookup(%s, %s) = %q, want %q", tt.platform, tt.chat, got, tt.want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	resp := &answer.Response{Found: true, Answer: "2024年开展普法活动120场[1]。", Scope: answer.Scope{Basis: "依据: 2024年报告"},
		Citations: []answer.Citation{{N: 1, Doc: document.Ref{Title: "清城区民政局2024年法治政府建设年度报告", Year: 2024},
			Section: "一、 > (三)", Text: "全年开展普法宣传活动120场,\n发放资料" + strings.Repeat("很长", 60)}}}
	got := Markdown(resp)
	for _, want := range []string{"120场[1]", "> 依据: 2024年报告", "**来源**", "1. 《清城区民政局2024年法治政府建设年度报告》 · 2024年 · 一、 > (三)", "“全年开展普法宣传活动120场,发放资料"} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, strings.Repeat("很长", 60)) {
		t.Error("quote not shortened")
	}
}

// reply records what a channel would show.
type reply struct {
	partials []string
	answer   *answer.Response
	apology  string
	ctxErr   error // the delivery context's state when delivering
}

func (r *reply) Partial(ctx context.Context, text string) error {
	r.partials = append(r.partials, text)
	return nil
}
func (r *reply) Answer(ctx context.Context, resp *answer.Response, id string) error {
	r.answer, r.ctxErr = resp, ctx.Err()
	return nil
}
func (r *reply) Apologize(ctx context.Context, text string) error {
	r.apology, r.ctxErr = text, ctx.Err()
	return nil
}

type askerFunc func(ctx context.Context, req answer.Request) (*answer.Response, error)

func (f askerFunc) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	return f(ctx, req)
}

func newCore(t *testing.T, cfg Config) *Core {
	t.Helper()
	if cfg.Asker == nil {
		cfg.Asker = askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			return &answer.Response{Answer: "答:" + req.Q}, nil
		})
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Shutdown(context.Background()) })
	return c
}

func TestAskDeliversAfterTheDeadline(t *testing.T) {
	tests := []struct {
		name        string
		asker       askerFunc
		wantApology string
	}{
		{"answer", nil, ""},
		{"error", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			return nil, errors.New("boom")
		}, TextApology},
		{"explained", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			return nil, Explained(errors.New("没有这个方案"))
		}, "没有这个方案"},
		{"panic", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			panic("nil map")
		}, TextApology},
		{"answers late, within the grace", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			<-ctx.Done()
			return &answer.Response{Answer: "摘录式回答"}, nil
		}, ""},
		{"hung for good", func(ctx context.Context, req answer.Request) (*answer.Response, error) {
			select {}
		}, TextTimeout},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newCore(t, Config{Asker: tt.asker, TaskTimeout: 50 * time.Millisecond, Grace: 100 * time.Millisecond})
			if tt.asker == nil {
				c = newCore(t, Config{TaskTimeout: 50 * time.Millisecond})
			}
			r := &reply{}
			c.Ask(context.Background(), Question{Key: Key{Platform: "t", Chat: "c"}, Text: "问"}, r)
			if r.apology != tt.wantApology {
				t.Errorf("apology %q, want %q", r.apology, tt.wantApology)
			}
			if tt.wantApology == "" && r.answer == nil {
				t.Error("no answer delivered")
			}
			if r.ctxErr != nil {
				t.Errorf("delivered with a dead context: %v", r.ctxErr)
			}
		})
	}
}

func TestAskKeepsHistoryAndStreams(t *testing.T) {
	var seen [][]answer.Turn
	asker := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		seen = append(seen, req.History)
		for _, d := range []string{"一", "二", "三"} {
			if req.OnDelta == nil {
				break
			}
			req.OnDelta(d)
			time.Sleep(15 * time.Millisecond)
		}
		return &answer.Response{Answer: "答" + req.Q}, nil
	})
	c := newCore(t, Config{Asker: asker})
	k := Key{Platform: "wecom", Chat: "g"}
	r := &reply{}
	c.Ask(context.Background(), Question{Key: k, Text: "甲", PartialEvery: 10 * time.Millisecond}, r)
	c.Ask(context.Background(), Question{Key: k, Text: "乙"}, &reply{})
	c.Ask(context.Background(), Question{Key: k, Text: "丙", Once: true}, &reply{})
	if len(seen[1]) != 1 || seen[1][0].Answer != "答甲" || len(seen[2]) != 0 {
		t.Errorf("histories %+v", seen)
	}
	if len(r.partials) == 0 || !strings.HasPrefix(r.partials[len(r.partials)-1], "一二") {
		t.Errorf("partials %q", r.partials)
	}
	if h := c.History.Join(k, time.Now()); len(h) != 2 {
		t.Errorf("a once-only question joined the history: %+v", h)
	}
}

func TestFeedbackLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fb", "feedback.jsonl")
	f := NewFeedbackLog(path, 2)
	id := f.Remember(Rated{Question: "问", Answer: "答"})
	if err := f.Record(id, Feedback{Vote: "up", Platform: "wecom"}); err != nil {
		t.Fatal(err)
	}
	if err := f.Record("gone", Feedback{Vote: "down"}); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		f.Remember(Rated{})
	}
	if _, ok := f.Lookup(id); ok {
		t.Error("remembered past the bound")
	}
}

// TestAskTellsTheAuditWho: every channel's question reaches the asker with
// who asked it and in which chat, so the audit trail (留痕) records them.
func TestAskTellsTheAuditWho(t *testing.T) {
	var got audit.Origin
	c := newCore(t, Config{Asker: askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		got, _ = audit.OriginFrom(ctx)
		return &answer.Response{Answer: "答"}, nil
	})})
	c.Ask(context.Background(), Question{Key: Key{Platform: "dingtalk", Chat: "cid9"}, User: "王科长", Text: "问"}, &reply{})
	if got.User != "王科长" || got.Channel != "dingtalk:cid9" {
		t.Errorf("origin %+v, want 王科长 in dingtalk:cid9", got)
	}
}
