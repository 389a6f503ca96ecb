package outline

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/llm"
)

// fakeChat is an OpenAI-compatible chat completions endpoint that answers
// every request with content and records the requests.
type fakeChat struct {
	mu      sync.Mutex
	content string
	bodies  []map[string]any
}

func (f *fakeChat) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer k" {
		http.Error(w, "unexpected request "+r.URL.Path, http.StatusNotFound)
		return
	}
	b, _ := io.ReadAll(r.Body)
	var body map[string]any
	_ = json.Unmarshal(b, &body)
	f.mu.Lock()
	f.bodies = append(f.bodies, body)
	content := f.content
	f.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "c1", "object": "chat.completion", "created": 1, "model": "m",
		"choices": []any{map[string]any{"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": content}}},
	})
}

func newFakeLLM(t *testing.T, content string) (*fakeChat, *llm.Client) {
	t.Helper()
	f := &fakeChat{content: content}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	return f, llm.New(llm.Config{APIKey: "k", BaseURL: srv.URL + "/v1", ChatModel: "m", BaseDelay: time.Millisecond})
}

// citationWith returns the number of the offline citation whose text
// contains s.
func citationWith(t *testing.T, o *Outline, s string) int {
	t.Helper()
	for _, c := range o.Citations {
		if strings.Contains(c.Text, s) {
			return c.N
		}
	}
	t.Fatalf("no citation contains %q", s)
	return 0
}

func TestLLMOutline(t *testing.T) {
	offline := build(t, "加强法治宣传教育")
	n10 := citationWith(t, offline, "普法宣传活动10场")
	// The bundled plan binds another office: its items stay in the
	// reference block, which the model never sees; it cites the report.
	nPlan := citationWith(t, offline, "“谁执法谁普法”责任清单")
	nProblem := citationWith(t, offline, "法治宣传方式需要创新")
	good := fmt.Sprintf(`{"title": "2025年“加强法治宣传教育”提纲", "sections": [
	 {"title": "一、深化普法宣传", "level": 1, "bullets": [
	   {"text": "【待补充：2025年普法宣传活动场次（2024年为10场[%d]）】", "citations": [%d]},
	   {"text": "落实“谁执法谁普法”责任清单", "citations": [%d]}],
	  "children": [{"title": "创新宣传方式", "level": 2, "bullets": [{"text": "针对法治宣传方式需要创新的问题改进宣传[%d]", "citations": [%d]}]}]}
	]}`, n10, n10, nPlan, nProblem, nProblem)

	for _, tc := range []struct {
		name, reply string
		wantMode    string
		wantNote    string // substring of the note
	}{
		{"valid", good, ModeLLM, ""},
		{"not JSON", "好的,以下是提纲:一、加强普法……", ModeOffline, "大模型提纲未通过校验"},
		{"schema: no level", `{"sections": [{"title": "一", "bullets": []}]}`, ModeOffline, "缺少字段 \"level\""},
		{"schema: no citation", `{"sections": [{"title": "一", "level": 1, "bullets": [{"text": "加强普法", "citations": []}]}]}`, ModeOffline, "至少需要 1 项"},
		{"unknown citation", `{"sections": [{"title": "一", "level": 1, "bullets": [{"text": "加强普法[999]", "citations": [999]}]}]}`, ModeOffline, "[999]"},
		{"number not in passage", fmt.Sprintf(`{"sections": [{"title": "一", "level": 1, "bullets": [{"text": "2024年共开展普法宣传活动12场", "citations": [%d]}]}]}`, n10), ModeOffline, "数字 12"},
		{"number cited elsewhere", fmt.Sprintf(`{"sections": [{"title": "一", "level": 1, "bullets": [{"text": "开展普法宣传活动10场", "citations": [%d]}]}]}`, nPlan), ModeOffline, "数字 10"},
		{"wrong level", fmt.Sprintf(`{"sections": [{"title": "一", "level": 2, "bullets": [{"text": "加强普法", "citations": [%d]}]}]}`, nPlan), ModeOffline, "层级"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fake, client := newFakeLLM(t, tc.reply)
			o, err := Build(context.Background(), testIndex, Request{Section: "加强法治宣传教育", Org: "清城区", Year: 2025, Now: now, LLM: client})
			if err != nil {
				t.Fatal(err)
			}
			if o.Mode != tc.wantMode || !strings.Contains(o.Note, tc.wantNote) {
				t.Fatalf("mode %q note %q; want %q with %q", o.Mode, o.Note, tc.wantMode, tc.wantNote)
			}
			if len(fake.bodies) != 1 {
				t.Fatalf("%d requests, want 1", len(fake.bodies))
			}
			req := fake.bodies[0]
			if rf, _ := req["response_format"].(map[string]any); rf["type"] != "json_object" {
				t.Errorf("response_format = %v, want json_object", req["response_format"])
			}
			msgs, _ := req["messages"].([]any)
			if len(msgs) != 2 {
				t.Fatalf("%d messages, want system and user", len(msgs))
			}
			sys := msgs[0].(map[string]any)["content"].(string)
			user := msgs[1].(map[string]any)["content"].(string)
			if !strings.Contains(sys, `"$defs"`) || !strings.Contains(user, "2024年,我局共开展普法宣传活动10场。") {
				t.Error("prompt lacks the schema or the numbered material")
			}
			if tc.wantMode == ModeOffline {
				if o.Sections[0].Title != offline.Sections[0].Title || len(o.Citations) != len(offline.Citations) {
					t.Error("fallback is not the offline outline")
				}
				return
			}
			// The model's outline: numbered sections, citations renumbered
			// in reading order and still verbatim.
			if o.Title != "2025年“加强法治宣传教育”提纲" || o.Sections[0].Number != "一、" || o.Sections[0].Title != "深化普法宣传" || o.Sections[0].Children[0].Number != "（一）" {
				t.Errorf("sections %+v", o.Sections)
			}
			wantTexts := []string{"【待补充：2025年普法宣传活动场次（2024年为10场[1]）】", "落实“谁执法谁普法”责任清单[2]", "针对法治宣传方式需要创新的问题改进宣传[3]"}
			var got []string
			var body []Section
			for _, s := range o.Sections {
				if !s.Reference {
					body = append(body, s)
				} else if !strings.Contains(s.Title, "可参考的其他单位方案") || s.Number != "" {
					t.Errorf("reference block %q %q", s.Number, s.Title)
				}
			}
			if len(body) == len(o.Sections) {
				t.Error("the offline reference block is lost")
			}
			if strings.Contains(user, "全面实施“八五”普法。") {
				t.Error("the model is shown the items of a plan that does not bind the office")
			}
			walk(body, func(s Section) {
				for _, b := range s.Bullets {
					got = append(got, b.Text)
				}
			})
			if strings.Join(got, "\n") != strings.Join(wantTexts, "\n") {
				t.Errorf("bullets:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantTexts, "\n"))
			}
			for i, old := range []int{n10, nPlan, nProblem} {
				c := o.Citations[i]
				if c.N != i+1 || c.Text != offline.Citations[old-1].Text || c.Start != offline.Citations[old-1].Start {
					t.Errorf("citation %d = %+v, want offline [%d]", i+1, c, old)
				}
			}
			refCited := 0
			for _, s := range o.Sections {
				if s.Reference {
					walk([]Section{s}, func(s Section) {
						for _, b := range s.Bullets {
							refCited += len(b.Citations)
						}
					})
				}
			}
			if len(o.Citations) != 3+refCited {
				t.Errorf("%d citations, want only the 3 cited and the reference block's %d", len(o.Citations), refCited)
			}
		})
	}
}

func TestLLMUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, `{"error": {"message": "bad key", "type": "invalid_request_error"}}`, http.StatusUnauthorized)
	}))
	defer srv.Close()
	client := llm.New(llm.Config{APIKey: "k", BaseURL: srv.URL + "/v1", ChatModel: "m", BaseDelay: time.Millisecond})
	o, err := Build(context.Background(), testIndex, Request{Org: "清城区", Year: 2025, Now: now, LLM: client})
	if err != nil {
		t.Fatal(err)
	}
	if o.Mode != ModeOffline || !strings.Contains(o.Note, "调用失败") {
		t.Errorf("mode %q note %q; want the offline outline with the failure noted", o.Mode, o.Note)
	}
}

// TestLLMWholeReportKeepsParts: a model's whole-report outline that does
// not keep the five prescribed parts is not taken.
func TestLLMWholeReportKeepsParts(t *testing.T) {
	offline := build(t, "")
	n := citationWith(t, offline, "法治宣传方式需要创新")
	_, client := newFakeLLM(t, fmt.Sprintf(`{"sections": [{"title": "工作情况", "level": 1, "bullets": [{"text": "创新宣传方式[%d]", "citations": [%d]}]}]}`, n, n))
	o, err := Build(context.Background(), testIndex, Request{Org: "清城区", Year: 2025, Now: now, LLM: client})
	if err != nil {
		t.Fatal(err)
	}
	if o.Mode != ModeOffline || !strings.Contains(o.Note, "5个部分") {
		t.Errorf("mode %q note %q: want the offline outline and why", o.Mode, o.Note)
	}
}
