package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/access"
)

const (
	qingchengDoc = "001_5d2ab5fed4f2549d" // 清远市清城区民政局 2024
	qingxinDoc   = "000_12c169896502c5d3" // 清远市清新区民政局 2019
	shitanDoc    = "003_bcdce05153399615" // 清远市清新区石潭镇 2019
)

var (
	accessOnce sync.Once
	testAccess *access.File
	testToken  string // reads everything
	qcToken    string // reads 清城区民政局 only
)

// accessFile is one office user per office, an office token and an
// all-reading script token, hashed once per test binary (bcrypt is slow on
// purpose).
func accessFile(t testing.TB) *access.File {
	t.Helper()
	accessOnce.Do(func() {
		testToken, qcToken = access.NewToken(), access.NewToken()
		h := func(s string) string {
			v, err := access.HashWithCost(s, access.MinCost)
			if err != nil {
				panic(err)
			}
			return v
		}
		f, err := access.Parse(fmt.Appendf(nil, `{
		  "scopes": {"清城区民政局": [{"org": "清城区民政局"}], "清新区": [{"org": "清新区"}]},
		  "users": [
		    {"name": "清城", "password_hash": %q, "scope": "清城区民政局"},
		    {"name": "清新", "password_hash": %q, "scope": "清新区"}
		  ],
		  "tokens": [
		    {"name": "脚本", "token_hash": %q, "read": [{"all": true}], "manage": true},
		    {"name": "清城脚本", "token_hash": %q, "scope": "清城区民政局"}
		  ]
		}`, h("清城的口令"), h("清新的口令"), h(testToken), h(qcToken)))
		if err != nil {
			panic(err)
		}
		testAccess = f
	})
	return testAccess
}

type reply struct {
	code int
	body []byte
	resp *http.Response
}

func (r reply) json(t *testing.T) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil {
		t.Fatalf("not JSON (%d): %s", r.code, r.body)
	}
	return m
}

func call(t *testing.T, method, url, body string, header ...string) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, b, resp}
}

func bearer(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

func TestAuthRefusesWithoutCredentials(t *testing.T) {
	ts := newServer(t, &Server{Accounts: accessFile(t)})
	tests := []struct {
		name, method, path, body string
		header                   []string
	}{
		{"no credentials, ask", "POST", "/v1/ask", `{"q": "普法"}`, nil},
		{"no credentials, search", "POST", "/v1/search", `{"q": "普法"}`, nil},
		{"no credentials, docs", "GET", "/v1/docs", ``, nil},
		{"no credentials, plan", "GET", "/v1/plan/items", ``, nil},
		{"forged token", "POST", "/v1/ask", `{"q": "普法"}`, bearer("gw_forged0000000000000000000000000000000000")},
		{"token one character short", "GET", "/v1/docs", ``, bearer(testToken[:len(testToken)-1])},
		{"password as token", "GET", "/v1/docs", ``, bearer("清城的口令")},
		{"basic auth", "GET", "/v1/docs", ``, []string{"Authorization", "Basic " + testToken}},
		{"forged session cookie", "GET", "/v1/docs", ``, []string{"Cookie", SessionCookie + "=abc"}},
		{"unknown endpoint", "GET", "/v1/nothing", ``, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, tt.method, ts.URL+tt.path, tt.body, tt.header...)
			if r.code != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401: %s", r.code, r.body)
			}
			if e, _ := r.json(t)["error"].(string); !strings.Contains(e, "登录") {
				t.Errorf("error %q does not say how to log in", e)
			}
			if r.resp.Header.Get("WWW-Authenticate") == "" {
				t.Error("no WWW-Authenticate header")
			}
		})
	}
	if r := call(t, "GET", ts.URL+"/healthz", ""); r.code != 200 {
		t.Errorf("healthz = %d, want 200 without credentials", r.code)
	}
}

func TestLoginSession(t *testing.T) {
	ts := newServer(t, &Server{Accounts: accessFile(t)})
	if r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清城", "password": "错的"}`); r.code != 401 || len(r.resp.Cookies()) != 0 {
		t.Fatalf("wrong password = %d %s, cookies %v", r.code, r.body, r.resp.Cookies())
	}
	if r := call(t, "GET", ts.URL+"/v1/session", ""); r.code != 401 {
		t.Errorf("session before login = %d, want 401", r.code)
	}
	r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清城", "password": "清城的口令"}`)
	if r.code != 200 {
		t.Fatalf("login = %d %s", r.code, r.body)
	}
	var ck *http.Cookie
	for _, c := range r.resp.Cookies() {
		if c.Name == SessionCookie {
			ck = c
		}
	}
	if ck == nil || !ck.HttpOnly || ck.SameSite != http.SameSiteStrictMode || ck.Secure || ck.Path != "/" {
		t.Fatalf("session cookie %+v: want HttpOnly, SameSite=Strict, not Secure without TLS, Path=/", ck)
	}
	login := r.json(t)
	csrf, _ := login["csrf"].(string)
	if login["user"] != "清城" || login["via"] != "password" || len(csrf) < 32 {
		t.Fatalf("login answer %s", r.body)
	}
	cookie := []string{"Cookie", SessionCookie + "=" + ck.Value}

	r = call(t, "GET", ts.URL+"/v1/session", "", cookie...)
	if r.code != 200 || r.json(t)["csrf"] != csrf || r.json(t)["user"] != "清城" {
		t.Errorf("session = %d %s", r.code, r.body)
	}
	if r := call(t, "GET", ts.URL+"/v1/docs", "", cookie...); r.code != 200 {
		t.Errorf("GET with the cookie = %d %s", r.code, r.body)
	}
	if r := call(t, "POST", ts.URL+"/v1/search", `{"q": "普法"}`, cookie...); r.code != 403 || !strings.Contains(string(r.body), CSRFHeader) {
		t.Errorf("POST with the cookie but no CSRF token = %d %s, want 403 naming the header", r.code, r.body)
	}
	// A token one character off; the random token may itself start with x.
	wrong := "x" + csrf[1:]
	if wrong == csrf {
		wrong = "y" + csrf[1:]
	}
	if r := call(t, "POST", ts.URL+"/v1/search", `{"q": "普法"}`, append(cookie, CSRFHeader, wrong)...); r.code != 403 {
		t.Errorf("POST with a wrong CSRF token = %d, want 403", r.code)
	}
	if r := call(t, "POST", ts.URL+"/v1/search", `{"q": "普法"}`, append(cookie, CSRFHeader, csrf)...); r.code != 200 {
		t.Errorf("POST with the CSRF token = %d %s", r.code, r.body)
	}
	if r := call(t, "POST", ts.URL+"/v1/logout", `{}`, cookie...); r.code != 403 {
		t.Errorf("logout without CSRF token = %d, want 403 (a page elsewhere must not log staff out)", r.code)
	}
	if r := call(t, "POST", ts.URL+"/v1/logout", `{}`, append(cookie, CSRFHeader, csrf)...); r.code != 200 {
		t.Errorf("logout = %d %s", r.code, r.body)
	}
	if r := call(t, "GET", ts.URL+"/v1/docs", "", cookie...); r.code != 401 {
		t.Errorf("the cookie after logout = %d, want 401", r.code)
	}
}

// TestLoginLockout: after five wrong passwords in a row the name is
// refused for a while, even with the right one.
func TestLoginLockout(t *testing.T) {
	ts := newServer(t, &Server{Accounts: accessFile(t)})
	for i := range 5 {
		if r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清新", "password": "猜`+strconv.Itoa(i)+`"}`); r.code != 401 {
			t.Fatalf("guess %d = %d %s", i, r.code, r.body)
		}
	}
	r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清新", "password": "清新的口令"}`)
	if r.code != 429 || r.resp.Header.Get("Retry-After") == "" || !strings.Contains(string(r.body), "秒后再试") {
		t.Errorf("the right password after five guesses = %d %s, want 429 with Retry-After", r.code, r.body)
	}
	if r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清城", "password": "清城的口令"}`); r.code != 200 {
		t.Errorf("another user meanwhile = %d, want 200", r.code)
	}
}

// TestManage: only entries marked "manage" may change the shared index.
func TestManage(t *testing.T) {
	var removed []string
	s := &Server{Accounts: accessFile(t),
		Remove: func(ctx context.Context, id string) error { removed = append(removed, id); return nil },
		Ingest: func(ctx context.Context, files []UploadFile, progress func(Progress)) (*IngestResult, error) {
			return &IngestResult{}, nil
		},
	}
	ts := newServer(t, s)
	upload := func(cred []string) int {
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		fw, _ := mw.CreateFormFile("files", "新报告.txt")
		io.WriteString(fw, "清远市清城区民政局2025年法治政府建设工作报告")
		mw.Close()
		req, _ := http.NewRequest("POST", ts.URL+"/v1/docs", &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		for i := 0; i+1 < len(cred); i += 2 {
			req.Header.Set(cred[i], cred[i+1])
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if r := call(t, "DELETE", ts.URL+"/v1/docs/"+qingchengDoc, "", bearer(qcToken)...); r.code != 403 || !strings.Contains(string(r.body), "manage") {
		t.Errorf("an office token deleting its own document = %d %s, want 403", r.code, r.body)
	}
	if code := upload(bearer(qcToken)); code != 403 {
		t.Errorf("an office token uploading = %d, want 403", code)
	}
	if len(removed) != 0 {
		t.Fatalf("removed %v", removed)
	}
	if r := call(t, "DELETE", ts.URL+"/v1/docs/"+qingchengDoc, "", bearer(testToken)...); r.code != 200 || len(removed) != 1 {
		t.Errorf("the managing token deleting = %d %s", r.code, r.body)
	}
	if code := upload(bearer(testToken)); code != 200 {
		t.Errorf("the managing token uploading = %d, want 200", code)
	}
}

func TestSingleUserMode(t *testing.T) {
	ts := newServer(t, &Server{})
	r := call(t, "GET", ts.URL+"/v1/session", "")
	if m := r.json(t); r.code != 200 || m["via"] != "local" {
		t.Errorf("session in single-user mode = %d %s", r.code, r.body)
	}
	if r := call(t, "GET", ts.URL+"/v1/docs", ""); r.code != 200 || len(r.json(t)["docs"].([]any)) != len(testIndex.Docs()) {
		t.Errorf("docs in single-user mode = %d %s", r.code, r.body)
	}
}

// TestOtherOfficesDocuments: a user of one office never sees another
// office's document, in answers, search or the document list.
func TestOtherOfficesDocuments(t *testing.T) {
	ts := newServer(t, &Server{Accounts: accessFile(t)})
	r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清城", "password": "清城的口令"}`)
	ck := r.resp.Cookies()[0]
	csrf := r.json(t)["csrf"].(string)
	qingcheng := []string{"Cookie", SessionCookie + "=" + ck.Value, CSRFHeader, csrf}
	callers := map[string][]string{"清城 by password": qingcheng, "清城 by token": bearer(qcToken)}
	for name, cred := range callers {
		t.Run(name, func(t *testing.T) {
			var others []string // every other document's id and title
			for _, d := range testIndex.Docs() {
				if d.ID != qingchengDoc {
					others = append(others, d.ID, d.Title)
				}
			}
			seen := func(what string, r reply, own bool) {
				t.Helper()
				if r.code != 200 {
					t.Fatalf("%s = %d %s", what, r.code, r.body)
				}
				for _, other := range others {
					if strings.Contains(string(r.body), other) {
						t.Errorf("%s shows %q to 清城: %.300s", what, other, r.body)
					}
				}
				if own && !strings.Contains(string(r.body), qingchengDoc) {
					t.Errorf("%s does not show 清城's own report: %.300s", what, r.body)
				}
			}
			seen("ask", call(t, "POST", ts.URL+"/v1/ask", `{"q": "2019年清新区民政局普法宣传搞了多少场活动?"}`, cred...), false)
			seen("ask of the office's own", call(t, "POST", ts.URL+"/v1/ask", `{"q": "普法宣传做了哪些工作?"}`, cred...), true)
			seen("search", call(t, "POST", ts.URL+"/v1/search", `{"q": "普法宣传", "k": 20}`, cred...), true)
			seen("docs", call(t, "GET", ts.URL+"/v1/docs", "", cred...), true)
			seen("streamed ask", call(t, "POST", ts.URL+"/v1/ask/stream", `{"q": "普法宣传做了哪些工作?"}`, cred...), true)
			seen("own document", call(t, "GET", ts.URL+"/v1/docs/"+qingchengDoc, "", cred...), true)
			for _, other := range []string{qingxinDoc, shitanDoc} {
				if r := call(t, "GET", ts.URL+"/v1/docs/"+other, "", cred...); r.code != 404 {
					t.Errorf("another office's document %s = %d, want 404", other, r.code)
				}
				if r := call(t, "POST", ts.URL+"/v1/ask", `{"q": "普法宣传做了哪些工作?", "doc": "`+other+`"}`, cred...); r.code != 404 {
					t.Errorf("ask within another office's document = %d, want 404", r.code)
				}
			}
		})
	}
	// The all-reading token sees the others: the filter is the scope, not
	// the server.
	if r := call(t, "POST", ts.URL+"/v1/search", `{"q": "普法宣传", "k": 20}`, bearer(testToken)...); !strings.Contains(string(r.body), qingxinDoc) {
		t.Errorf("the all-reading token misses 清新区: %.300s", r.body)
	}
	// A scope that matches nothing reads nothing (an empty id list must not
	// mean "no limit").
	nobody, err := access.Parse(fmt.Appendf(nil, `{"tokens": [{"name": "空", "token_hash": %q, "read": [{"org": "不存在的单位"}]}]}`, mustHashT(t, "gw_nobody")))
	if err != nil {
		t.Fatal(err)
	}
	ts2 := newServer(t, &Server{Accounts: nobody})
	if r := call(t, "POST", ts2.URL+"/v1/search", `{"q": "普法宣传", "k": 20}`, bearer("gw_nobody")...); r.code != 200 || len(r.json(t)["results"].([]any)) != 0 {
		t.Errorf("search by a scope of nothing = %d %.300s", r.code, r.body)
	}
}

func mustHashT(t *testing.T, s string) string {
	t.Helper()
	h, err := access.HashWithCost(s, access.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestRequestLimits(t *testing.T) {
	ts := newServer(t, &Server{})
	long := strings.Repeat("普法", MaxQuestion/2+1)
	tests := []struct {
		name, method, path, ctype, body string
		want                            int
		says                            string
	}{
		{"oversize body", "POST", "/v1/ask", "application/json", `{"q": "` + strings.Repeat("普", MaxBody) + `"}`, 413, "过大"},
		{"long question", "POST", "/v1/ask", "application/json", `{"q": "` + long + `"}`, 400, "最多 500 个字"},
		{"long search", "POST", "/v1/search", "application/json", `{"q": "` + long + `"}`, 400, "最多 500 个字"},
		{"long history", "POST", "/v1/ask", "application/json", `{"q": "那2019年呢?", "history": [{"q": "` + long + `"}]}`, 400, "最多 500 个字"},
		{"text/plain", "POST", "/v1/ask", "text/plain", `{"q": "普法"}`, 415, "application/json"},
		{"form", "POST", "/v1/search", "application/x-www-form-urlencoded", `q=普法`, 415, "application/json"},
		{"no content type", "POST", "/v1/ask", "", `{"q": "普法"}`, 415, "application/json"},
		{"json with charset", "POST", "/v1/search", "application/json; charset=utf-8", `{"q": "普法"}`, 200, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, ts.URL+tt.path, strings.NewReader(tt.body))
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.want || !strings.Contains(string(b), tt.says) {
				t.Errorf("status %d %.200s, want %d saying %q", resp.StatusCode, b, tt.want, tt.says)
			}
		})
	}
}

// TestTricklingClient: a client that sends its request a byte at a time is
// cut off by the read timeouts instead of holding a connection for ever.
func TestTricklingClient(t *testing.T) {
	s := &Server{Asker: nil, Index: testIndex}
	newServer(t, s) // fills the defaults
	srv := s.NewHTTPServer(s.Handler())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.IdleTimeout <= 0 || srv.WriteTimeout <= s.timeout() {
		t.Fatalf("timeouts header %s read %s idle %s write %s: want all set, write beyond the request's %s",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.IdleTimeout, srv.WriteTimeout, s.timeout())
	}
	// The same server with its timeouts scaled down, so the test is quick.
	srv.ReadHeaderTimeout, srv.ReadTimeout = 300*time.Millisecond, 300*time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	tests := []struct{ name, head, body string }{
		{"trickled headers", "POST /v1/search HTTP/1.1\r\nHost: x\r\n", ""},
		{"trickled body", "POST /v1/search HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n", `{"q": "普法宣传"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			conn, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			if _, err := io.WriteString(conn, tt.head+tt.body[:min(1, len(tt.body))]); err != nil {
				t.Fatal(err)
			}
			// Then nothing more: the server must give up long before our
			// own patience (10 s) runs out.
			conn.SetReadDeadline(time.Now().Add(10 * time.Second))
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			switch {
			case err == nil:
				b, _ := io.ReadAll(resp.Body)
				if resp.StatusCode != http.StatusRequestTimeout && resp.StatusCode != http.StatusBadRequest {
					t.Errorf("status %d %s, want the connection cut or 408", resp.StatusCode, b)
				}
			case isTimeout(err):
				t.Error("the server still holds the trickling connection after 10 s")
			}
		})
	}
}

func isTimeout(err error) bool {
	ne, ok := err.(net.Error)
	return ok && ne.Timeout()
}
