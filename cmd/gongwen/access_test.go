package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/access"
)

const qingchengReport = "001_5d2ab5fed4f2549d" // 清远市清城区民政局 2024

// writeAccessFile writes an access file with one user of 清城区民政局 and
// returns its path and that user's token.
func writeAccessFile(t *testing.T) (path, token string) {
	t.Helper()
	token = access.NewToken()
	h, err := access.HashWithCost(token, access.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "access.json")
	body := fmt.Sprintf(`{"tokens": [{"name": "清城", "token_hash": %q, "read": [{"org": "清城区民政局"}]}]}`, h)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, token
}

func TestServeRefusesOpenAddressWithoutAccess(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "[::]:0"} {
		var stderr bytes.Buffer
		err := run(context.Background(), []string{"serve", "--addr", addr, "--db", t.TempDir()}, func(string) string { return "" }, strings.NewReader(""), io.Discard, &stderr)
		if err == nil || !strings.Contains(err.Error(), "--access") || !strings.Contains(err.Error(), "--open") || exitCode(err) != 2 {
			t.Errorf("serve --addr %s without --access: %v (exit %d), want a refusal naming --access and --open", addr, err, exitCode(err))
		}
	}
}

func TestServeOpenWarns(t *testing.T) {
	s := startServe(t, map[string]string{}, "--addr", "0.0.0.0:0", "--open")
	s.waitLog(t, "--open")
	if !strings.Contains(s.logText(), "level=WARN") {
		t.Errorf("no warning for an open server:\n%s", s.logText())
	}
}

func TestServeSingleUserSaysSo(t *testing.T) {
	s := startServe(t, map[string]string{})
	s.waitLog(t, "单用户模式")
	if !strings.Contains(s.logText(), "loopback_only=true") {
		t.Errorf("start does not say it listens on this machine only:\n%s", s.logText())
	}
}

// TestServeAccessByOffice: through the real program, a caller of one
// office gets neither another office's documents in outlines and plan
// views nor anything without its token.
func TestServeAccessByOffice(t *testing.T) {
	path, token := writeAccessFile(t)
	db := t.TempDir()
	s := startServe(t, map[string]string{}, "--access", path, "--db", db)
	auth := http.Header{"Authorization": {"Bearer " + token}}
	get := func(p string, h http.Header) (int, string) {
		req, _ := http.NewRequest("GET", "http://"+s.addr+p, nil)
		for k, v := range h {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get("/v1/docs", nil); code != 401 {
		t.Errorf("docs without token = %d %s", code, body)
	}
	if r := s.post(t, "/v1/outline", "application/json", []byte(`{"section":"加强法治宣传教育","org":"清城区","year":2025}`), http.Header{"Authorization": {"Bearer gw_forged"}}); r.status != 401 {
		t.Errorf("outline with a forged token = %d", r.status)
	}

	code, body := get("/v1/docs", auth)
	var docs struct{ Docs []struct{ ID string } }
	_ = json.Unmarshal([]byte(body), &docs)
	if code != 200 || len(docs.Docs) != 1 || docs.Docs[0].ID != qingchengReport {
		t.Fatalf("docs for 清城 = %d %s", code, body)
	}
	others := []string{"000_", "002_", "003_", "004_", "清新区民政局2019", "石潭镇2019", "株洲市法治民政", "阳江高新区社会事务管理局2021"}
	leaks := func(what, body string) {
		t.Helper()
		for _, o := range others {
			if strings.Contains(body, o) {
				t.Errorf("%s shows %q to 清城: %.300s", what, o, body)
			}
		}
	}
	r := s.post(t, "/v1/outline", "application/json", []byte(`{"section":"加强法治宣传教育","org":"清城区","year":2025}`), auth)
	if r.status != 200 || !strings.Contains(string(r.body), qingchengReport) {
		t.Errorf("outline = %d %.300s", r.status, r.body)
	}
	leaks("outline", string(r.body))
	// 株洲's plan is the only plan: for 清城 there is none.
	code, body = get("/v1/plan/items?lead="+url.QueryEscape("局办公室"), auth)
	if code != 404 {
		t.Errorf("plan items = %d %.300s, want 404 (no plan 清城 may read)", code, body)
	}
	leaks("plan items", body)
	code, body = get("/v1/plan/items?plan=002", auth)
	if code != 404 {
		t.Errorf("plan items of 株洲's plan by id = %d, want 404", code)
	}
	leaks("plan items by id", body)
	for _, report := range []string{"000", "清新区", "报告"} {
		code, body = get("/v1/plan/coverage?report="+url.QueryEscape(report), auth)
		if code != 404 {
			t.Errorf("coverage of report %q = %d, want 404", report, code)
		}
		leaks("coverage of "+report, body)
	}
	code, body = get("/v1/outline/download?format=md&org="+url.QueryEscape("清城区")+"&year=2025&section="+url.QueryEscape("加强法治宣传教育"), auth)
	if code != 200 {
		t.Errorf("outline download = %d %.200s", code, body)
	}
	leaks("outline download", body)
	if r := s.post(t, "/v1/ask", "application/json", []byte(`{"q":"株洲方案里局办公室牵头哪些任务?"}`), auth); r.status != 200 {
		t.Errorf("ask = %d", r.status)
	} else {
		leaks("ask", string(r.body))
	}
	if strings.Contains(s.logText(), token) {
		t.Error("the token reached the log")
	}

	// The trail: the outline and the question, by 清城, through the API.
	var out bytes.Buffer
	if err := run(context.Background(), []string{"audit", "--db", db, "--user", "清城"}, func(string) string { return "" }, strings.NewReader(""), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	if strings.Count(text, "  清城  api  ") != 2 || !strings.Contains(text, "提纲  加强法治宣传教育") || !strings.Contains(text, "提问  株洲方案里局办公室牵头哪些任务?") || !strings.Contains(text, "引用: 清远市清城区民政局2024年") {
		t.Errorf("gongwen audit --user 清城:\n%s", text)
	}
	out.Reset()
	if err := run(context.Background(), []string{"audit", "--db", db, "--json", "株洲"}, func(string) string { return "" }, strings.NewReader(""), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(out.String()), "\n"); len(lines) != 1 || !strings.Contains(lines[0], `"kind":"ask"`) {
		t.Errorf("gongwen audit --json 株洲:\n%s", out.String())
	}
	b, _ := os.ReadFile(filepath.Join(db, "audit.jsonl"))
	if strings.Contains(string(b), token) {
		t.Error("the token reached the audit trail")
	}
}

func TestAccessCommands(t *testing.T) {
	var out, stderr bytes.Buffer
	if err := run(context.Background(), []string{"access", "hash"}, func(string) string { return "" }, strings.NewReader("清城的口令\n"), &out, &stderr); err != nil {
		t.Fatal(err, stderr.String())
	}
	h := strings.TrimSpace(out.String())
	if !strings.HasPrefix(h, "$2") || strings.Contains(h, "清城的口令") {
		t.Fatalf("hash = %q", h)
	}
	f, err := access.Parse(fmt.Appendf(nil, `{"users": [{"name": "清城", "password_hash": %q, "read": [{"org": "清城区"}]}]}`, h))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Login("清城", "清城的口令"); err != nil {
		t.Errorf("the printed hash does not verify the password: %v", err)
	}

	out.Reset()
	if err := run(context.Background(), []string{"access", "token", "--name", "夜间脚本"}, func(string) string { return "" }, strings.NewReader(""), &out, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "gw_") || !strings.Contains(out.String(), `"token_hash":"$2`) {
		t.Errorf("token output:\n%s", out.String())
	}

	path, _ := writeAccessFile(t)
	out.Reset()
	db := t.TempDir()
	if err := run(context.Background(), []string{"access", "check", "--access", path, "--db", db}, func(string) string { return "" }, strings.NewReader(""), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), qingchengReport) || strings.Contains(out.String(), "000_") {
		t.Errorf("check output:\n%s", out.String())
	}
}
