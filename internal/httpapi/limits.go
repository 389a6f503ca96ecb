package httpapi

import (
	"fmt"
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
	// DefaultK and MaxK: the results a search returns when it names no
	// number, and the most it may ask for. The CLI's -k and a --batch
	// line's "k" follow them too.
	DefaultK = 5
	MaxK     = 100
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

// CheckQuestion refuses a question or a search's words (what: "问题",
// "检索词") longer than MaxQuestion characters, in words without the
// "bad request" of an HTTP answer. The CLI calls it too, so "gongwen ask"
// and /v1/ask refuse the same questions with the same message.
func CheckQuestion(what, q string) error { return tooLong(what, q, MaxQuestion) }

// CheckK refuses a number of search results outside 1..MaxK: 0 or -3 is a
// mistake to report, not a wish for the default, which is had by leaving
// k out.
func CheckK(k int) error {
	if k < 1 || k > MaxK {
		return fmt.Errorf("k 应为 1 到 %d 之间的整数,收到 %d", MaxK, k)
	}
	return nil
}

// tooLong refuses a text longer than limit characters, naming the limit.
func tooLong(what, text string, limit int) error {
	if n := utf8.RuneCountInString(text); n > limit {
		return fmt.Errorf("%s过长:最多 %d 个字,收到 %d 个字", what, limit, n)
	}
	return nil
}

// checkLength is tooLong answered with 400.
func checkLength(what, text string, limit int) error {
	return badRequest(tooLong(what, text, limit))
}

// badRequest marks err, when there is one, as the caller's mistake (400).
func badRequest(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", ErrBadRequest, err)
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
