package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
)

// askStream answers POST /v1/ask/stream as Server-Sent Events: "delta"
// events carry the answer's text as it arrives ({"text": "…"}), then one
// "done" event carries the whole /v1/ask response, whose answer replaces
// the streamed text (verification may have changed it), or one "error"
// event ({"error": "…"}). An LLM answer streams as the model writes it; an
// offline answer is complete at once and is sent in short pieces, so the
// page shows it the same way.
func (s *Server) askStream(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	req, err := s.askRequest(r)
	if err != nil {
		code := http.StatusBadRequest
		var se *statusError
		if errors.As(err, &se) {
			code = se.code
		}
		writeError(w, code, err.Error())
		return
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()

	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no") // nginx in front must not hold the stream back
	w.WriteHeader(http.StatusOK)
	flusher, _ := w.(http.Flusher)
	var mu sync.Mutex // OnDelta may be called from the LLM client's goroutine
	streamed := false
	send := func(event string, v any) {
		b, _ := json.Marshal(v)
		mu.Lock()
		defer mu.Unlock()
		// The server's WriteTimeout is for whole answers; a stream moves
		// its deadline on with every event instead.
		_ = KeepWriting(w, s.timeout()+writeMargin)
		_, _ = w.Write([]byte("event: " + event + "\ndata: " + string(b) + "\n\n"))
		if flusher != nil {
			flusher.Flush()
		}
	}
	req.OnDelta = func(d string) {
		if d == "" {
			return
		}
		mu.Lock()
		streamed = true
		mu.Unlock()
		send("delta", map[string]string{"text": d})
	}
	asked := time.Now()
	resp, err := s.Asker.Ask(ctx, req)
	s.record(r, audit.Entry{Kind: "ask", Q: req.Q, Org: req.Org, Year: req.Year}, asked, resp, err)
	status := "ok"
	if err != nil {
		msg := "内部错误,请稍后再试"
		if errors.Is(err, context.DeadlineExceeded) {
			msg = "回答超时,请把问题问得具体一些再试"
		}
		s.logger().Error("api stream failed", "path", r.URL.Path, "err", err)
		send("error", map[string]string{"error": msg})
		status = "error"
	} else {
		s.locate(r, resp)
		mu.Lock()
		already := streamed
		mu.Unlock()
		if !already {
			for _, piece := range pieces(resp.Answer, 12) {
				send("delta", map[string]string{"text": piece})
			}
		}
		send("done", resp)
	}
	s.logger().Info("api", "method", r.Method, "path", r.URL.Path, "status", status, "ms", time.Since(start).Milliseconds())
}

// pieces cuts text into runs of about n characters, never inside a
// citation marker [n], so no piece shows half a chip.
func pieces(text string, n int) []string {
	var out []string
	for text != "" {
		cut, count := 0, 0
		for cut < len(text) && count < n {
			if text[cut] == '[' {
				if end := strings.IndexByte(text[cut:], ']'); end > 0 && end < 8 {
					cut += end + 1
					count++
					continue
				}
			}
			_, size := utf8.DecodeRuneInString(text[cut:])
			cut += size
			count++
		}
		out = append(out, text[:cut])
		text = text[cut:]
	}
	return out
}

// locate gives every citation the byte offsets of its quote in its
// document, and drops the citations of documents the caller may not read
// (the engine was told, via Request.Allow; this is the belt to its braces).
// The engine sets offsets itself; where it left them out or they do not
// hold the quote, the verbatim quote is looked up in the document text.
func (s *Server) locate(r *http.Request, resp *answer.Response) {
	fix := func(cs []answer.Citation) []answer.Citation {
		out := cs[:0]
		for _, c := range cs {
			if !s.allowed(r, c.Doc.ID) {
				continue
			}
			if d, ok := s.Index.Doc(c.Doc.ID); ok && c.Text != "" {
				if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End || d.Text[c.Start:c.End] != c.Text {
					if i := strings.Index(d.Text, c.Text); i >= 0 {
						c.Start, c.End = i, i+len(c.Text)
					} else {
						c.Start, c.End = 0, 0
					}
				}
			}
			out = append(out, c)
		}
		return out
	}
	resp.Citations = fix(resp.Citations)
	if len(resp.Related) > 0 {
		resp.Related = fix(resp.Related)
	}
}
