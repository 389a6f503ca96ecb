// Package web owns the browser workspace `gongwen serve` gives at `/`: one
// page of plain HTML, CSS and JavaScript, embedded in the binary, that loads
// nothing from outside (an air-gapped intranet sees the same page) and
// talks only to the JSON API under /v1/.
//
// Hooks outside scripts drive the page by (docs/serve.md): the question
// box is a textarea named "q" (Enter sends, Shift+Enter a new line); each
// citation chip carries data-cite="n"; the source viewer marks the quoted
// passage with <mark>; the DOCX download is a link carrying download.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets
var assets embed.FS

// Handler serves the page: the files under /static/, and index.html for
// every other path, so that a reload or a shared link of any view opens
// the page, which then reads its hash.
func Handler() http.Handler {
	sub, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embed directive guarantees the directory
	}
	page, err := fs.ReadFile(sub, "index.html")
	if err != nil {
		panic(err)
	}
	static := http.StripPrefix("/static/", http.FileServerFS(sub))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "只接受 GET 请求", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		// Assets change with the binary: revalidate rather than cache
		// blindly, so an upgrade is seen on the next load.
		h.Set("Cache-Control", "no-cache")
		if strings.HasPrefix(r.URL.Path, "/static/") && r.URL.Path != "/static/index.html" {
			static.ServeHTTP(w, r)
			return
		}
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		h.Set("X-Frame-Options", "DENY")
		_, _ = w.Write(page)
	})
}
