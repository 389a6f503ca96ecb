package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/gongwen/gongwen/internal/access"
)

// TestWebLoginRealServer drives the page against the real serve with an
// access file: the page asks for a login, the user of 清城区民政局 logs in,
// asks, and sees only the office's own documents, in the answer and in the
// library.
func TestWebLoginRealServer(t *testing.T) {
	h, err := access.HashWithCost("口令123", access.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "access.json")
	if err := os.WriteFile(path, fmt.Appendf(nil, `{"users": [{"name": "zhang", "password_hash": %q, "read": [{"org": "清城区民政局"}]}]}`, h), 0o600); err != nil {
		t.Fatal(err)
	}
	s := startServe(t, map[string]string{}, "--access", path)
	ctx := browser(t, 1366, 768)
	run1(t, ctx, "open the page", chromedp.Navigate("http://"+s.addr+"/"))
	waitJS(t, ctx, "the login form", `!document.querySelector('#login').hidden`)
	run1(t, ctx, "log in", chromedp.SetValue(chromedp.CSS(`#login-form input[name=user]`), "zhang"),
		chromedp.SetValue(chromedp.CSS(`#login-form input[name=password]`), "口令123"),
		chromedp.Click(chromedp.CSS(`#login-form button[type=submit]`)))
	waitJS(t, ctx, "the user's name", `document.querySelector('#who').textContent.includes('zhang')`)

	askInPage(t, ctx, "普法宣传做了哪些工作?")
	a := lastAnswer(t, ctx)
	if len(a.Citations) == 0 {
		t.Fatalf("no citations: %+v", a)
	}
	for _, c := range a.Citations {
		if c.Doc.ID != qingchengReport {
			t.Errorf("the answer cites %s %s, which zhang may not read", c.Doc.ID, c.Doc.Title)
		}
	}
	// The library lists the office's one document.
	run1(t, ctx, "list the documents", chromedp.Evaluate[chromedp.Void](`window.__docs = null; api('GET', '/v1/docs').then(r => window.__docs = JSON.stringify(r.docs.map(d => d.id)))`))
	waitJS(t, ctx, "the document list", `window.__docs !== null`)
	if got := jsEval[string](t, ctx, `window.__docs`); got != `["`+qingchengReport+`"]` {
		t.Errorf("the page's document list: %s", got)
	}
	if strings.Contains(s.logText(), "口令123") {
		t.Error("the password reached the log")
	}
}
