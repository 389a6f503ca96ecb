package web

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHandler(t *testing.T) {
	ts := httptest.NewServer(Handler())
	defer ts.Close()
	tests := []struct {
		method, path string
		code         int
		ctype, has   string
	}{
		{"GET", "/", 200, "text/html", `<textarea name="q"`},
		{"GET", "/library", 200, "text/html", `<textarea name="q"`}, // any path is the page: its hash says the view
		{"GET", "/static/app.js", 200, "javascript", "data-cite"},
		{"GET", "/static/app.css", 200, "text/css", "mark"},
		{"GET", "/static/nothing.js", 404, "", ""},
		{"POST", "/", 405, "", ""},
	}
	for _, tt := range tests {
		req, _ := http.NewRequest(tt.method, ts.URL+tt.path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != tt.code {
			t.Errorf("%s %s: %d, want %d", tt.method, tt.path, resp.StatusCode, tt.code)
			continue
		}
		if !strings.Contains(resp.Header.Get("Content-Type"), tt.ctype) || !strings.Contains(string(b), tt.has) {
			t.Errorf("%s %s: %s, body lacks %q", tt.method, tt.path, resp.Header.Get("Content-Type"), tt.has)
		}
	}
}

// TestNothingFromOutside: the page must load on an intranet with no
// internet, so no asset names another host.
func TestNothingFromOutside(t *testing.T) {
	for _, name := range []string{"index.html", "app.js", "app.css"} {
		b, err := assets.ReadFile("assets/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"http://", "https://", "//cdn", "@import", "fonts.googleapis"} {
			if strings.Contains(string(b), bad) {
				t.Errorf("%s contains %q", name, bad)
			}
		}
	}
}
