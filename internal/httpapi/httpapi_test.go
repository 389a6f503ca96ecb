package httpapi

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/outline"
)

// testIndex is the bundled corpus, indexed once per test binary.
var testIndex *index.Index

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "httpapi-test-")
	if err != nil {
		panic(err)
	}
	testIndex, _, err = index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}},
	})
	if err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func newServer(t *testing.T, s *Server) *httptest.Server {
	t.Helper()
	if s.Asker == nil {
		s.Asker = &answer.Engine{Index: testIndex}
	}
	if s.Index == nil {
		s.Index = testIndex
		if s.Searcher == nil {
			// As serve wires it: /v1/search reads the question as ask.
			s.Searcher = &answer.Engine{Index: testIndex}
		}
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func do(t *testing.T, method, url, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, url, ct)
	}
	return resp.StatusCode, b
}

func TestErrors(t *testing.T) {
	ts := newServer(t, &Server{})
	tests := []struct {
		name, method, path, body string
		want                     int
	}{
		{"bad JSON", "POST", "/v1/ask", `{"q": `, 400},
		{"not an object", "POST", "/v1/ask", `["q"]`, 400},
		{"unknown field", "POST", "/v1/ask", `{"question": "普法"}`, 400},
		{"two objects", "POST", "/v1/ask", `{"q": "普法"} {"q": "x"}`, 400},
		{"empty question", "POST", "/v1/ask", `{"q": "  "}`, 400},
		{"bad now", "POST", "/v1/ask", `{"q": "去年普法", "now": "2025/01/02"}`, 400},
		{"search without q", "POST", "/v1/search", `{}`, 400},
		{"search bad kind", "POST", "/v1/search", `{"q": "普法", "kind": "memo"}`, 400},
		{"wrong method", "GET", "/v1/ask", ``, 405},
		{"unknown endpoint", "GET", "/v1/nothing", ``, 404},
		{"outline not wired", "POST", "/v1/outline", `{"section": "加强法治宣传教育"}`, 501},
		{"plan not wired", "GET", "/v1/plan/items?lead=局办公室", ``, 501},
		{"coverage not wired", "GET", "/v1/plan/coverage?report=001", ``, 501},
		{"coverage without report", "GET", "/v1/plan/coverage", ``, 501},
		{"upload not wired", "POST", "/v1/docs", ``, 501},
		{"remove not wired", "DELETE", "/v1/docs/001_5d2ab5fed4f2549d", ``, 501},
		{"unknown document", "GET", "/v1/docs/nothing", ``, 404},
		{"docs wrong method", "PUT", "/v1/docs", ``, 405},
		{"document wrong method", "POST", "/v1/docs/001_5d2ab5fed4f2549d", ``, 405},
		{"stream empty question", "POST", "/v1/ask/stream", `{"q": ""}`, 400},
		{"stream unknown document", "POST", "/v1/ask/stream", `{"q": "普法", "doc": "nothing"}`, 404},
		{"stream wrong method", "GET", "/v1/ask/stream", ``, 405},
		{"ask bad kind", "POST", "/v1/ask", `{"q": "普法", "kind": "memo"}`, 400},
		{"feedback not wired", "POST", "/v1/feedback", `{"vote": "up", "answer": "x"}`, 501},
		{"outline download not wired", "GET", "/v1/outline/download", ``, 501},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, tt.method, ts.URL+tt.path, tt.body)
			if code != tt.want {
				t.Errorf("status %d, want %d (%s)", code, tt.want, body)
			}
			var e map[string]string
			if err := json.Unmarshal(body, &e); err != nil || e["error"] == "" {
				t.Errorf("body %s, want {\"error\": ...}", body)
			}
		})
	}
}

// strictly decodes b into v, failing on fields the contract does not have.
func strictly(t *testing.T, b []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("response does not match the contract: %v\n%s", err, b)
	}
}

func TestSearch(t *testing.T) {
	ts := newServer(t, &Server{})
	code, body := do(t, "POST", ts.URL+"/v1/search", `{"q": "普法宣传", "k": 3, "kind": "report"}`)
	if code != 200 {
		t.Fatalf("status %d: %s", code, body)
	}
	var out struct {
		Q       string `json:"q"`
		Results []struct {
			Rank  int     `json:"rank"`
			Score float64 `json:"score"`
			Doc   struct {
				ID    string `json:"id"`
				Title string `json:"title"`
				Org   string `json:"org"`
				Year  int    `json:"year"`
				Kind  string `json:"kind"`
			} `json:"doc"`
			Section string `json:"section"`
			Text    string `json:"text"`
		} `json:"results"`
	}
	strictly(t, body, &out)
	if out.Q != "普法宣传" || len(out.Results) != 3 {
		t.Fatalf("got q=%q and %d results", out.Q, len(out.Results))
	}
	for i, r := range out.Results {
		if r.Rank != i+1 || r.Doc.Kind != "report" || r.Doc.Title == "" {
			t.Errorf("result %d: %+v", i, r)
		}
		d, ok := testIndex.Doc(r.Doc.ID)
		if !ok || !strings.Contains(d.Text, r.Text) {
			t.Errorf("result %d: text is not verbatim from %s", i, r.Doc.ID)
		}
	}
}

func TestAsk(t *testing.T) {
	ts := newServer(t, &Server{})
	tests := []struct{ name, body string }{
		{"plain", `{"q": "清城区民政局2024年开展了哪些普法宣传活动?"}`},
		{"with now and scope", `{"q": "去年的报告里普法宣传搞了多少场活动?", "now": "2025-02-10", "org": "清城区"}`},
		{"follow-up", `{"q": "那2019年呢?", "history": [{"q": "清新区民政局普法宣传做了什么?", "answer": "开展了宣传活动[1]"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, "POST", ts.URL+"/v1/ask", tt.body)
			if code != 200 {
				t.Fatalf("status %d: %s", code, body)
			}
			var resp answer.Response
			strictly(t, body, &resp)
			var in AskRequest
			_ = json.Unmarshal([]byte(tt.body), &in)
			if resp.Q != in.Q || resp.Mode == "" || resp.Citations == nil {
				t.Errorf("response %s", body)
			}
			for _, c := range resp.Citations {
				d, ok := testIndex.Doc(c.Doc.ID)
				if !ok || !strings.Contains(d.Text, c.Text) {
					t.Errorf("citation [%d] is not verbatim from %s", c.N, c.Doc.ID)
				}
			}
		})
	}
}

func TestDocsAndHealth(t *testing.T) {
	ts := newServer(t, &Server{})
	code, body := do(t, "GET", ts.URL+"/v1/docs", "")
	var docs struct {
		Docs []DocInfo `json:"docs"`
	}
	strictly(t, body, &docs)
	if code != 200 || len(docs.Docs) != len(testIndex.Docs()) {
		t.Fatalf("docs: %d %s", code, body)
	}
	for _, d := range docs.Docs {
		if d.ID == "" || d.Chunks == 0 {
			t.Errorf("doc %+v", d)
		}
	}
	code, body = do(t, "GET", ts.URL+"/healthz", "")
	if code != 200 || !strings.Contains(string(body), `"status":"ok"`) {
		t.Errorf("healthz: %d %s", code, body)
	}
}

func TestInjectedHandlers(t *testing.T) {
	var gotOutline OutlineRequest
	var gotPlan, gotLead string
	ts := newServer(t, &Server{
		Outline: func(ctx context.Context, req OutlineRequest) (*outline.Outline, error) {
			gotOutline = req
			return &outline.Outline{Title: req.Section}, nil
		},
		PlanItems: func(ctx context.Context, planID, lead string, allow func(string) bool) (any, error) {
			gotPlan, gotLead = planID, lead
			if planID == "missing" {
				return nil, WithStatus(http.StatusNotFound, fmt.Errorf("没有找到方案 %q", planID))
			}
			return map[string]any{"items": []string{}}, nil
		},
	})
	if code, body := do(t, "POST", ts.URL+"/v1/outline", `{"section": "加强法治宣传教育", "org": "清城区", "year": 2025}`); code != 200 || !strings.Contains(string(body), "加强法治宣传教育") {
		t.Errorf("outline: %d %s", code, body)
	}
	if gotOutline != (OutlineRequest{Section: "加强法治宣传教育", Org: "清城区", Year: 2025}) {
		t.Errorf("outline request %+v", gotOutline)
	}
	// No section: the whole-report outline, not a 400.
	for _, body := range []string{`{"org": "清城区", "year": 2025}`, `{"section": "  ", "org": "清城区"}`} {
		if code, out := do(t, "POST", ts.URL+"/v1/outline", body); code != 200 || gotOutline.Section != "" || gotOutline.Org != "清城区" {
			t.Errorf("whole-report outline %s: %d %s (request %+v)", body, code, out, gotOutline)
		}
	}
	if code, body := do(t, "GET", ts.URL+"/v1/plan/items?plan=002&lead=局办公室", ""); code != 200 {
		t.Errorf("plan items: %d %s", code, body)
	}
	if gotPlan != "002" || gotLead != "局办公室" {
		t.Errorf("plan items got plan=%q lead=%q", gotPlan, gotLead)
	}
	if code, body := do(t, "GET", ts.URL+"/v1/plan/items?plan=missing", ""); code != 404 || !strings.Contains(string(body), "没有找到方案") {
		t.Errorf("missing plan: %d %s", code, body)
	}
}

// TestConcurrentAsk fires 50 questions at once (run with -race) and reports
// the latency distribution.
func TestConcurrentAsk(t *testing.T) {
	ts := newServer(t, &Server{})
	questions := []string{
		"清城区民政局2024年开展了哪些普法宣传活动?",
		"2019年清新区民政局行政执法情况",
		"石潭镇2019年法治政府建设存在的问题",
		"阳江高新区社会事务管理局2021年度行政复议",
		"株洲方案里局办公室牵头哪些任务?",
	}
	const n = 50
	var (
		wg        sync.WaitGroup
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
	)
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			body, _ := json.Marshal(AskRequest{Q: questions[i%len(questions)]})
			<-start
			t0 := time.Now()
			resp, err := http.Post(ts.URL+"/v1/ask", "application/json", bytes.NewReader(body))
			d := time.Since(t0)
			ok := err == nil && resp.StatusCode == 200
			if err == nil {
				var r answer.Response
				ok = ok && json.NewDecoder(resp.Body).Decode(&r) == nil && r.Q != ""
				resp.Body.Close()
			}
			mu.Lock()
			defer mu.Unlock()
			latencies = append(latencies, d)
			if !ok {
				errs++
			}
		})
	}
	wall := time.Now()
	close(start)
	wg.Wait()
	elapsed := time.Since(wall)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	t.Logf("%d concurrent /v1/ask: p50 %v, p95 %v, max %v, wall %v, errors %d",
		n, latencies[n/2], latencies[n*95/100], latencies[n-1], elapsed, errs)
	if errs > 0 {
		t.Errorf("%d of %d requests failed", errs, n)
	}
}

// TestSearchRelativeYear: /v1/search reads 去年 against its now as the CLI's
// search does, so the report of that year ranks first.
func TestSearchRelativeYear(t *testing.T) {
	ts := newServer(t, &Server{})
	for _, c := range []struct {
		now  string
		year int
	}{{"2025-03-10", 2024}, {"2020-02-01", 2019}} {
		code, body := do(t, "POST", ts.URL+"/v1/search", `{"q": "去年普法宣传活动开展了多少场", "k": 1, "now": "`+c.now+`"}`)
		if code != 200 {
			t.Fatalf("status %d: %s", code, body)
		}
		var out struct {
			Results []struct {
				Doc struct {
					Year int `json:"year"`
				} `json:"doc"`
			} `json:"results"`
		}
		if err := json.Unmarshal(body, &out); err != nil || len(out.Results) == 0 {
			t.Fatalf("now %s: %v %s", c.now, err, body)
		}
		if out.Results[0].Doc.Year != c.year {
			t.Errorf("now %s: first result from %d, want %d", c.now, out.Results[0].Doc.Year, c.year)
		}
	}
	if code, _ := do(t, "POST", ts.URL+"/v1/search", `{"q": "普法", "now": "昨天"}`); code != 400 {
		t.Errorf("a bad now: status %d, want 400", code)
	}
}

// TestBadBodySaysWhat: a body that does not decode is answered in Chinese,
// naming the field and the kind of value it takes, never with the JSON
// decoder's English or our Go type names; the "bad request: " prefix is the
// one docs/serve.md documents.
func TestBadBodySaysWhat(t *testing.T) {
	ts := newServer(t, &Server{Feedback: func(context.Context, Feedback) error { return nil }})
	tests := []struct {
		name, path, body, want string
	}{
		{"empty body", "/v1/ask", ``, `bad request: 请求体为空,应为一个 JSON 对象,如 {"q": "…"}`},
		{"cut short", "/v1/ask", `{"q": `, "bad request: 请求体不是有效的 JSON:内容不完整"},
		{"not JSON", "/v1/ask", `{"q": 普法}`, "bad request: 请求体不是有效的 JSON:第 7 个字节附近有误"},
		{"array", "/v1/ask", `["q"]`, `bad request: 请求体应为一个 JSON 对象,如 {"q": "…"}`},
		{"string", "/v1/search", `"普法"`, `bad request: 请求体应为一个 JSON 对象,如 {"q": "…"}`},
		{"q a number", "/v1/ask", `{"q": 123}`, "bad request: 字段 q 应为字符串"},
		{"year a string", "/v1/ask", `{"q": "普法", "year": "2024"}`, "bad request: 字段 year 应为整数"},
		{"year a fraction", "/v1/search", `{"q": "普法", "year": 2024.5}`, "bad request: 字段 year 应为整数"},
		{"history an object", "/v1/ask", `{"q": "那2019年呢?", "history": {"q": "x"}}`, "bad request: 字段 history 应为数组,每一项为 JSON 对象"},
		{"history of strings", "/v1/ask", `{"q": "那2019年呢?", "history": ["x"]}`, "bad request: 字段 history 应为数组,每一项为 JSON 对象"},
		{"history q a number", "/v1/ask", `{"q": "那2019年呢?", "history": [{"q": 1}]}`, "bad request: 字段 history.q 应为字符串"},
		{"k a string", "/v1/search", `{"q": "普法", "k": "5"}`, "bad request: 字段 k 应为整数"},
		{"unknown field", "/v1/ask", `{"q": "普法", "foo": 1}`, "bad request: 未知字段 foo(可用的字段:q、now、org、year、kind、doc、history)"},
		{"misspelt q", "/v1/search", `{"qq": "普法"}`, "bad request: 未知字段 qq(可用的字段:q、k、org、year、kind、now)"},
		{"feedback citations", "/v1/feedback", `{"vote": "up", "answer": "x", "citations": "[1]"}`, "bad request: 字段 citations 应为数组,每一项为 JSON 对象"},
		{"stream", "/v1/ask/stream", `{"q": 1}`, "bad request: 字段 q 应为字符串"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, "POST", ts.URL+tt.path, tt.body)
			var e map[string]string
			if err := json.Unmarshal(body, &e); err != nil {
				t.Fatalf("body %s: %v", body, err)
			}
			if code != 400 || e["error"] != tt.want {
				t.Errorf("got %d %q\nwant 400 %q", code, e["error"], tt.want)
			}
		})
	}
}

// TestSearchK: k is 1 to 100 (docs/serve.md); left out it is 5, and 0, a
// negative number or more than 100 is refused rather than quietly changed.
func TestSearchK(t *testing.T) {
	ts := newServer(t, &Server{})
	tests := []struct {
		name, body string
		code       int
		results    int
		error      string
	}{
		{"default", `{"q": "普法宣传"}`, 200, DefaultK, ""},
		{"null", `{"q": "普法宣传", "k": null}`, 200, DefaultK, ""},
		{"one", `{"q": "普法宣传", "k": 1}`, 200, 1, ""},
		{"zero", `{"q": "普法宣传", "k": 0}`, 400, 0, "bad request: k 应为 1 到 100 之间的整数,收到 0"},
		{"negative", `{"q": "普法宣传", "k": -1}`, 400, 0, "bad request: k 应为 1 到 100 之间的整数,收到 -1"},
		{"over 100", `{"q": "普法宣传", "k": 101}`, 400, 0, "bad request: k 应为 1 到 100 之间的整数,收到 101"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, "POST", ts.URL+"/v1/search", tt.body)
			var out struct {
				Results []any  `json:"results"`
				Error   string `json:"error"`
			}
			if err := json.Unmarshal(body, &out); err != nil {
				t.Fatal(err)
			}
			if code != tt.code || len(out.Results) != tt.results || out.Error != tt.error {
				t.Errorf("got %d, %d results, error %q; want %d, %d, %q", code, len(out.Results), out.Error, tt.code, tt.results, tt.error)
			}
		})
	}
}
