package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/answer"
)

// Limits on what one request may ask of the server (docs/serve.md).
const (
	// MaxBody bounds a JSON request body: questions and filters, not
	// documents.
	MaxBody = 1 << 20
	// MaxQuestion is the longest question or search, in characters. Real
	// questions are one or two sentences; a 90,000-character one cost 18 s
	// of CPU before this limit.
	MaxQuestion = 500
	// MaxHistory bounds the earlier turns sent with a follow-up.
	MaxHistory = 20
	// maxHistoryAnswer bounds one earlier answer sent back as history.
	maxHistoryAnswer = 5000
)

// Timeouts of the HTTP server built by NewHTTPServer.
const (
	// ReadHeaderTimeout and ReadTimeout cut off a client that trickles its
	// request: all of it must arrive within ReadTimeout.
	ReadHeaderTimeout = 10 * time.Second
	ReadTimeout       = 30 * time.Second
	// IdleTimeout closes kept-alive connections nobody uses.
	IdleTimeout = 2 * time.Minute
	// writeMargin is added to the request timeout for WriteTimeout, so an
	// answer that finishes just in time can still be written.
	writeMargin = 15 * time.Second
)

// NewHTTPServer returns an http.Server for h with the timeouts above; its
// WriteTimeout outlasts the handler's own (s.Timeout). A streaming
// handler (Server-Sent Events) extends its deadline as it goes with
// KeepWriting.
func (s *Server) NewHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: ReadHeaderTimeout,
		ReadTimeout:       ReadTimeout,
		WriteTimeout:      s.timeout() + writeMargin,
		IdleTimeout:       IdleTimeout,
	}
}

// KeepWriting moves w's write deadline d into the future: a stream calls it
// before each event so that WriteTimeout bounds the silence between
// events, not the whole stream.
func KeepWriting(w http.ResponseWriter, d time.Duration) error {
	return http.NewResponseController(w).SetWriteDeadline(time.Now().Add(d))
}

func (s *Server) timeout() time.Duration {
	if s.Timeout <= 0 {
		return 2 * time.Minute
	}
	return s.Timeout
}

// errUnsupportedType: JSON endpoints take application/json only. Besides
// catching mistakes, this stops a page on another site from posting to the
// API with a "simple" cross-origin request (text/plain, form encodings),
// which browsers send without asking the server first.
var errUnsupportedType = &statusError{code: http.StatusUnsupportedMediaType, msg: "请求体须为 JSON,请设置 Content-Type: application/json"}

// decode reads a JSON body strictly: unknown fields are errors, so a typo
// like "qestion" fails loudly instead of asking an empty question.
func decode(r *http.Request, v any) error {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return errUnsupportedType
	}
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return bodyError(err)
	}
	if dec.More() {
		return fmt.Errorf("%w: 请求体只能包含一个 JSON 对象", ErrBadRequest)
	}
	return nil
}

func bodyError(err error) error {
	var tooBig *http.MaxBytesError
	var nerr net.Error
	switch {
	case errors.As(err, &tooBig):
		return &statusError{code: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("请求体过大:上限为 %d KB", MaxBody>>10), err: err}
	case errors.As(err, &nerr) && nerr.Timeout():
		return &statusError{code: http.StatusRequestTimeout, msg: fmt.Sprintf("请求体未在 %s 内传完", ReadTimeout), err: err}
	}
	return fmt.Errorf("%w: 请求体不是有效的 JSON: %v", ErrBadRequest, err)
}

// checkLength refuses a text longer than limit characters, naming the limit.
func checkLength(what, text string, limit int) error {
	if n := utf8.RuneCountInString(text); n > limit {
		return fmt.Errorf("%w: %s过长:最多 %d 个字,收到 %d 个字", ErrBadRequest, what, limit, n)
	}
	return nil
}

// checkHistory bounds the earlier turns of a follow-up.
func checkHistory(h []answer.Turn) error {
	if len(h) > MaxHistory {
		return fmt.Errorf("%w: history 最多 %d 轮,收到 %d 轮", ErrBadRequest, MaxHistory, len(h))
	}
	for _, t := range h {
		if err := checkLength("history 中的问题", t.Q, MaxQuestion); err != nil {
			return err
		}
		if err := checkLength("history 中的回答", t.Answer, maxHistoryAnswer); err != nil {
			return err
		}
	}
	return nil
}
