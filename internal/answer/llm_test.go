package answer_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/llm"
)

// llmQuestion is answered by the extractive engine from 清城区's 2024
// report; its first passage is "2024年,我局共开展普法宣传活动10场。".
const (
	llmQuestion = "去年的报告里普法宣传搞了多少场活动?"
	llmNow      = "2025-03-10"
)

// chatRequest is what the fake server reads of a chat completion request.
type chatRequest struct {
	Model    string `json:"model"`
	Stream   bool   `json:"stream"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	auth string
}

func (r chatRequest) content(role string) string {
	for _, m := range r.Messages {
		if m.Role == role {
			return m.Content
		}
	}
	return ""
}

var rePassageTag = regexp.MustCompile(`(?s)<passage n="(\d+)"[^\n]*>\n(.*?)\n</passage>`)

// passages returns the passages of the user prompt by number.
func (r chatRequest) passages() map[int]string {
	out := map[int]string{}
	for _, m := range rePassageTag.FindAllStringSubmatch(r.content("user"), -1) {
		var n int
		fmt.Sscan(m[1], &n)
		out[n] = m[2]
	}
	return out
}

// reply is what the fake server answers to the i-th request (0-based):
// an HTTP error status, or SSE pieces.
type reply func(i int, req chatRequest) (status int, pieces []string)

// fakeLLM is an OpenAI-compatible chat endpoint, faked at the wire.
type fakeLLM struct {
	srv  *httptest.Server
	mu   sync.Mutex
	reqs []chatRequest
	sent []string // the pieces of the last streamed reply
}

func newFakeLLM(t *testing.T, r reply) *fakeLLM {
	t.Helper()
	f := &fakeLLM{}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, hr *http.Request) {
		if hr.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, hr)
			return
		}
		body, _ := io.ReadAll(hr.Body)
		var req chatRequest
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		req.auth = hr.Header.Get("Authorization")
		f.mu.Lock()
		i := len(f.reqs)
		f.reqs = append(f.reqs, req)
		f.mu.Unlock()
		status, pieces := r(i, req)
		if status != http.StatusOK {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			fmt.Fprintf(w, `{"error":{"message":"fake failure %d","type":"fake","code":"%d"}}`, status, status)
			return
		}
		f.mu.Lock()
		f.sent = pieces
		f.mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		w.WriteHeader(http.StatusOK)
		for _, p := range pieces {
			b, _ := json.Marshal(map[string]any{
				"id": "c1", "object": "chat.completion.chunk", "model": req.Model,
				"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}},
			})
			fmt.Fprintf(w, "data: %s\n\n", b)
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeLLM) requests() []chatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]chatRequest(nil), f.reqs...)
}

func (f *fakeLLM) client() *llm.Client {
	return llm.New(llm.Config{APIKey: "k", BaseURL: f.srv.URL + "/v1", ChatModel: "m", BaseDelay: time.Millisecond, MaxRetries: 2})
}

func ok(pieces ...string) reply {
	return func(int, chatRequest) (int, []string) { return http.StatusOK, pieces }
}

// beyond cites the first passage number the prompt does not contain.
func beyond(format string) reply {
	return func(_ int, req chatRequest) (int, []string) {
		return http.StatusOK, []string{fmt.Sprintf(format, len(req.passages())+1)}
	}
}

func TestLLMAnswer(t *testing.T) {
	ix := bundledIndex(t)
	extractive := ask(t, ix, llmQuestion, llmNow)
	if !extractive.Found || !strings.HasPrefix(extractive.Citations[0].Text, "2024年,我局共开展普法宣传活动10场") {
		t.Fatalf("fixture: the extractive answer changed: %s", extractive.Answer)
	}
	const good = "2024年度清城区民政局共开展普法宣传活动10场[1]。"
	tests := []struct {
		name      string
		reply     reply
		requests  int
		mode      string
		answer    string   // exact answer; empty: not checked
		contains  []string // in the answer
		lacks     []string // not in the answer
		note      []string // in the Note; none: Note must be empty
		citeTexts []string // citation texts in order (prefixes); nil: not checked
	}{
		{
			name:  "streamed and verified",
			reply: ok("2024年度", "清城区民政局共开展", "普法宣传活动10场[1]。"),
			// The mode, the text as streamed, one citation: passage 1.
			requests: 1, mode: "llm", answer: good, citeTexts: []string{"2024年,我局共开展普法宣传活动10场"},
		},
		{
			name:     "cited passages renumbered",
			reply:    ok("活动形式包括社工入户、宣传手册、现场答疑等[2];全年共开展普法宣传活动10场[1]。"),
			requests: 1, mode: "llm",
			answer:    "活动形式包括社工入户、宣传手册、现场答疑等[1];全年共开展普法宣传活动10场[2]。",
			citeTexts: []string{"持续开展法律进村居", "2024年,我局共开展普法宣传活动10场"},
		},
		{
			name: "429 then success",
			reply: func(i int, _ chatRequest) (int, []string) {
				if i == 0 {
					return http.StatusTooManyRequests, nil
				}
				return http.StatusOK, []string{good}
			},
			requests: 2, mode: "llm", answer: good,
		},
		{
			name:     "500 until retries are exhausted",
			reply:    func(int, chatRequest) (int, []string) { return http.StatusInternalServerError, nil },
			requests: 3, mode: "extractive", answer: extractive.Answer, note: []string{"大模型", "摘录式"},
		},
		{
			name:     "citation beyond the passages dropped",
			reply:    beyond("共开展普法宣传活动10场[1]。另据其他材料开展了送法下乡[%d]。"),
			requests: 1, mode: "llm", answer: "共开展普法宣传活动10场[1]。", lacks: []string{"送法下乡"},
			note: []string{"不存在"},
		},
		{
			name:     "only a citation beyond the passages: fallback",
			reply:    beyond("共开展普法宣传活动10场[%d]。"),
			requests: 1, mode: "extractive", answer: extractive.Answer, note: []string{"不存在", "摘录式"},
		},
		{
			// A sentence with no figure is still checked: its words must be
			// in the passage it cites.
			name:     "unsupported sentence without a figure dropped",
			reply:    ok(good, "本局各项工作均无任何问题,无需整改[1]。"),
			requests: 1, mode: "llm", answer: good, lacks: []string{"整改"}, note: []string{"不支持"},
		},
		{
			name:     "uncited statement dropped",
			reply:    ok(good, "总体来看,全局法治政府建设工作成效显著、群众满意度持续提升。"),
			requests: 1, mode: "llm", answer: good, lacks: []string{"满意度"}, note: []string{"未注明出处"},
		},
		{
			name:     "figure not in the cited passage dropped",
			reply:    ok(good, "其中进社区活动99场[1]。"),
			requests: 1, mode: "llm", answer: good, lacks: []string{"99"}, note: []string{"99"},
		},
		{
			name:     "only a wrong figure: fallback",
			reply:    ok("2024年共开展普法宣传活动12场[1]。"),
			requests: 1, mode: "extractive", answer: extractive.Answer, note: []string{"12", "摘录式"},
		},
		{
			name:     "uncited figure dropped",
			reply:    ok(good, "全年合计10场。"),
			requests: 1, mode: "llm", answer: good, note: []string{"未注明出处"},
		},
		{
			name:     "no citations at all: fallback",
			reply:    ok("清城区民政局去年积极开展普法宣传。"),
			requests: 1, mode: "extractive", answer: extractive.Answer, note: []string{"摘录式"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeLLM(t, tc.reply)
			var mu sync.Mutex
			var deltas []string
			eng := &answer.Engine{Index: ix, LLM: f.client()}
			r, err := eng.Ask(context.Background(), answer.Request{Q: llmQuestion, Now: day(llmNow), OnDelta: func(s string) {
				mu.Lock()
				deltas = append(deltas, s)
				mu.Unlock()
			}})
			if err != nil {
				t.Fatal(err)
			}
			checkCitations(t, ix, r)
			reqs := f.requests()
			if len(reqs) != tc.requests {
				t.Errorf("server got %d requests, want %d", len(reqs), tc.requests)
			}
			if !r.Found {
				t.Fatalf("not found: %s", r.Answer)
			}
			if r.Mode != tc.mode {
				t.Errorf("mode %q, want %q (note %q)", r.Mode, tc.mode, r.Note)
			}
			if tc.answer != "" && r.Answer != tc.answer {
				t.Errorf("answer\n got %s\nwant %s", r.Answer, tc.answer)
			}
			for _, s := range tc.contains {
				if !strings.Contains(r.Answer, s) {
					t.Errorf("answer lacks %q: %s", s, r.Answer)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(r.Answer, s) {
					t.Errorf("answer keeps %q: %s", s, r.Answer)
				}
			}
			if len(tc.note) == 0 && r.Note != "" {
				t.Errorf("unexpected note %q", r.Note)
			}
			for _, s := range tc.note {
				if !strings.Contains(r.Note, s) {
					t.Errorf("note lacks %q: %q", s, r.Note)
				}
			}
			if tc.mode == "extractive" {
				if fmt.Sprint(r.Citations) != fmt.Sprint(extractive.Citations) {
					t.Errorf("fallback citations differ from the extractive ones:\n%+v\n%+v", r.Citations, extractive.Citations)
				}
			}
			if tc.citeTexts != nil {
				if len(r.Citations) != len(tc.citeTexts) {
					t.Fatalf("%d citations, want %d: %+v", len(r.Citations), len(tc.citeTexts), r.Citations)
				}
				for i, want := range tc.citeTexts {
					if r.Citations[i].N != i+1 || !strings.HasPrefix(r.Citations[i].Text, want) {
						t.Errorf("citation %d = [%d] %q, want [%d] %q…", i, r.Citations[i].N, r.Citations[i].Text, i+1, want)
					}
				}
			}
			// What the model streamed reached OnDelta, whatever the
			// verification made of it afterwards.
			mu.Lock()
			streamed := strings.Join(deltas, "")
			mu.Unlock()
			f.mu.Lock()
			sent := strings.Join(f.sent, "")
			f.mu.Unlock()
			if streamed != sent {
				t.Errorf("OnDelta got %q, the server sent %q", streamed, sent)
			}
			if tc.mode == "llm" && len(deltas) == 0 {
				t.Error("OnDelta received nothing")
			}
		})
	}
}

// TestLLMStreamPieces: OnDelta gets each SSE piece as sent.
func TestLLMStreamPieces(t *testing.T) {
	ix := bundledIndex(t)
	pieces := []string{"2024年度", "清城区民政局共开展", "普法宣传活动10场[1]。"}
	f := newFakeLLM(t, ok(pieces...))
	var got []string
	r, err := (&answer.Engine{Index: ix, LLM: f.client()}).Ask(context.Background(),
		answer.Request{Q: llmQuestion, Now: day(llmNow), OnDelta: func(s string) { got = append(got, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if r.Mode != "llm" {
		t.Fatalf("mode %q, note %q", r.Mode, r.Note)
	}
	if strings.Join(got, "|") != strings.Join(pieces, "|") {
		t.Errorf("OnDelta got %q, want %q", got, pieces)
	}
}

// TestLLMPrompt inspects what the server receives: the model, the key, a
// system prompt that treats passages as data, and the evidence delimited in
// <passage> tags, quoted verbatim and numbered as the answer's [n].
func TestLLMPrompt(t *testing.T) {
	ix := bundledIndex(t)
	extractive := ask(t, ix, llmQuestion, llmNow)
	f := newFakeLLM(t, ok("2024年度共开展普法宣传活动10场[1]。"))
	if _, err := (&answer.Engine{Index: ix, LLM: f.client()}).Ask(context.Background(), answer.Request{Q: llmQuestion, Now: day(llmNow)}); err != nil {
		t.Fatal(err)
	}
	reqs := f.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	req := reqs[0]
	if req.Model != "m" || !req.Stream || req.auth != "Bearer k" {
		t.Errorf("model %q stream %v auth %q", req.Model, req.Stream, req.auth)
	}
	sys, user := req.content("system"), req.content("user")
	for _, s := range []string{"<passage>", "[n]"} {
		if !strings.Contains(sys, s) {
			t.Errorf("system prompt lacks %q:\n%s", s, sys)
		}
	}
	for _, s := range []string{llmQuestion, "2024"} {
		if !strings.Contains(user, s) {
			t.Errorf("user prompt lacks %q:\n%s", s, user)
		}
	}
	if open, closed := strings.Count(user, "<passage "), strings.Count(user, "</passage>"); open != closed || open == 0 || open > 6 {
		t.Errorf("%d <passage> and %d </passage> tags (want 1..6 balanced):\n%s", open, closed, user)
	}
	ps := req.passages()
	if len(ps) != strings.Count(user, "<passage ") {
		t.Errorf("passages not numbered one per tag: %v", ps)
	}
	// The extractive citations come first, with their numbers.
	for _, c := range extractive.Citations {
		if ps[c.N] != c.Text {
			t.Errorf("passage %d = %q, want the citation text %q", c.N, ps[c.N], c.Text)
		}
	}
	for n := 1; n <= len(ps); n++ {
		if _, ok := ps[n]; !ok {
			t.Errorf("passages are not numbered 1..%d: %v", len(ps), ps)
		}
	}
}

// TestLLMNotCalled: a refusal, a not-found answer and NoLLM never reach the
// model.
func TestLLMNotCalled(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		name  string
		q     string
		noLLM bool
	}{
		{"missing year", "清城区民政局2022年的报告里普法宣传搞了多少场活动?", false},
		{"org absent", "韶关市民政局去年的低保资金发了多少?", false},
		{"facts absent", "清城区民政局2024年行政复议案件有多少件?", false},
		{"NoLLM", llmQuestion, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeLLM(t, ok("编造的内容[1]。"))
			r, err := (&answer.Engine{Index: ix, LLM: f.client()}).Ask(context.Background(),
				answer.Request{Q: tc.q, Now: day(llmNow), NoLLM: tc.noLLM})
			if err != nil {
				t.Fatal(err)
			}
			checkCitations(t, ix, r)
			if n := len(f.requests()); n != 0 {
				t.Errorf("the model was asked %d times", n)
			}
			if r.Mode != "extractive" {
				t.Errorf("mode %q", r.Mode)
			}
		})
	}
}

// TestLLMYearFromScope: the prompt tells the model to write the year 去年
// stands for; a passage that does not repeat the year must not make that
// sentence unverifiable.
func TestLLMYearFromScope(t *testing.T) {
	// Fixed: the scope year counts as verified.
	ix := bundledIndex(t)
	const q, now = "清新区民政局去年成立登记了几个社会组织?", "2020-02-15"
	ex := ask(t, ix, q, now)
	if !ex.Found || strings.Contains(ex.Citations[0].Text, "2019") {
		t.Fatalf("fixture: want a passage without the year: %+v", ex.Citations)
	}
	f := newFakeLLM(t, ok("2019年清新区民政局成立登记社会组织12个[1]。"))
	r, err := (&answer.Engine{Index: ix, LLM: f.client()}).Ask(context.Background(), answer.Request{Q: q, Now: day(now)})
	if err != nil {
		t.Fatal(err)
	}
	checkCitations(t, ix, r)
	if r.Mode != "llm" {
		t.Errorf("mode %q, note %q", r.Mode, r.Note)
	}
}
