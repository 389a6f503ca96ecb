package httpapi

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/audit"
	"github.com/gongwen/gongwen/internal/outline"
)

// TestAuditTrail: every question and outline leaves one line naming who,
// through which channel, what and the documents cited, and no secret of
// any kind.
func TestAuditTrail(t *testing.T) {
	dir := t.TempDir()
	log, err := audit.Open(dir, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{Accounts: accessFile(t), Audit: log}
	s.Outline = func(ctx context.Context, req OutlineRequest) (*outline.Outline, error) {
		return outline.Build(ctx, testIndex, outline.Request{Section: req.Section, Org: req.Org, Year: req.Year, Now: time.Date(2026, 1, 15, 0, 0, 0, 0, time.Local)})
	}
	ts := newServer(t, s)
	r := call(t, "POST", ts.URL+"/v1/login", `{"user": "清城", "password": "清城的口令"}`)
	ck, csrf := r.resp.Cookies()[0].Value, r.json(t)["csrf"].(string)
	web := []string{"Cookie", SessionCookie + "=" + ck, CSRFHeader, csrf}
	if r := call(t, "POST", ts.URL+"/v1/ask", `{"q": "普法宣传做了哪些工作?"}`, web...); r.code != 200 {
		t.Fatalf("ask = %d %s", r.code, r.body)
	}
	if r := call(t, "POST", ts.URL+"/v1/outline", `{"section": "加强法治宣传教育", "org": "清城区", "year": 2025}`, bearer(testToken)...); r.code != 200 {
		t.Fatalf("outline = %d %.200s", r.code, r.body)
	}
	call(t, "POST", ts.URL+"/v1/login", `{"user": "清新", "password": "清城的口令"}`) // a failed login
	call(t, "POST", ts.URL+"/v1/search", `{"q": "普法"}`, bearer(qcToken)...)    // searches are not questions

	var got []audit.Entry
	if err := audit.Read(dir, audit.Filter{}, func(e audit.Entry) error { got = append(got, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("%d entries, want 2: %+v", len(got), got)
	}
	a, o := got[0], got[1]
	if a.Kind != "ask" || a.User != "清城" || a.Channel != "web" || a.Q != "普法宣传做了哪些工作?" || a.Mode != "extractive" || len(a.Docs) == 0 || a.Time.IsZero() {
		t.Errorf("ask entry %+v", a)
	}
	for _, d := range a.Docs {
		if d.ID != qingchengDoc {
			t.Errorf("ask entry cites %s, which 清城 may not read", d.ID)
		}
	}
	if o.Kind != "outline" || o.User != "脚本" || o.Channel != "api" || o.Q != "加强法治宣传教育" || o.Org != "清城区" || len(o.Docs) == 0 {
		t.Errorf("outline entry %+v", o)
	}
	b, err := os.ReadFile(filepath.Join(dir, audit.FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"清城的口令", testToken, qcToken, ck, csrf, "$2a$"} {
		if strings.Contains(string(b), secret) {
			t.Errorf("the audit trail holds a secret (%.6s…)", secret)
		}
	}
}
