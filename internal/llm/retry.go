package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

const (
	// maxBackoff caps exponential growth so a large MaxRetries cannot
	// produce absurd sleeps.
	maxBackoff = 30 * time.Second
	// maxRetryAfter caps a server-requested wait; beyond it we would rather
	// fail and let the caller decide than block a user-facing request.
	maxRetryAfter = 60 * time.Second
)

// attemptInfo carries per-attempt facts from the HTTP transport back to the
// retry loop. go-openai drops response headers on errors, so without this
// we could not see Retry-After.
type attemptInfo struct {
	retryAfter atomic.Int64 // time.Duration; 0 = none
}

type attemptKey struct{}

// headerTransport records Retry-After of failed responses into the
// attemptInfo found in the request context.
type headerTransport struct {
	base http.RoundTripper
}

func (t *headerTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.StatusCode < 400 {
		return resp, err
	}
	if info, ok := req.Context().Value(attemptKey{}).(*attemptInfo); ok {
		if d, ok := parseRetryAfter(resp.Header, time.Now()); ok {
			info.retryAfter.Store(int64(d))
		}
	}
	return resp, err
}

// parseRetryAfter understands "retry-after-ms" (Azure/OpenAI, more precise)
// and the standard "Retry-After" in seconds or as an HTTP date.
func parseRetryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil {
		if s < 0 {
			return 0, false
		}
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// wrapHTTPClient returns a copy of hc (or a fresh client) whose transport
// records Retry-After. The caller's client is never modified.
func wrapHTTPClient(hc *http.Client) *http.Client {
	var c http.Client
	if hc != nil {
		c = *hc
	}
	base := c.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	c.Transport = &headerTransport{base: base}
	return &c
}

// classify maps an attempt's error to a sentinel and decides whether
// another attempt could succeed. timedOut reports that the per-attempt
// deadline (not the caller's context) expired.
func classify(err error, timedOut bool) (kind error, retry bool, status int) {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr):
		if apiErr.HTTPStatusCode != 0 {
			kind, retry = classifyStatus(apiErr.HTTPStatusCode, fmt.Sprint(apiErr.Code))
			return kind, retry, apiErr.HTTPStatusCode
		}
		// An error object inside a 200 SSE stream has no status; fall back
		// to its type/code, which OpenAI-compatible servers fill in.
		hint := strings.ToLower(apiErr.Type + " " + fmt.Sprint(apiErr.Code))
		switch {
		case strings.Contains(hint, "insufficient_quota"):
			return ErrRateLimited, false, 0
		case strings.Contains(hint, "rate_limit"):
			return ErrRateLimited, true, 0
		case strings.Contains(hint, "server_error"), strings.Contains(hint, "overloaded"),
			strings.Contains(hint, "unavailable"), strings.Contains(hint, "timeout"):
			return ErrUnavailable, true, 0
		}
		return nil, false, 0
	case errors.As(err, &reqErr):
		kind, retry = classifyStatus(reqErr.HTTPStatusCode, "")
		return kind, retry, reqErr.HTTPStatusCode
	case timedOut:
		return ErrUnavailable, true, 0
	case isMalformed(err):
		return ErrBadResponse, false, 0
	case isTransient(err):
		return ErrUnavailable, true, 0
	}
	return nil, false, 0
}

func classifyStatus(status int, code string) (kind error, retry bool) {
	switch {
	case status == http.StatusUnauthorized, status == http.StatusForbidden:
		return ErrAuth, false
	case status == http.StatusTooManyRequests:
		// OpenAI uses 429 for an exhausted balance too; waiting won't help.
		return ErrRateLimited, code != "insufficient_quota"
	case status == http.StatusRequestTimeout, status == http.StatusConflict:
		return ErrUnavailable, true
	case status >= 500 && status != http.StatusNotImplemented && status != http.StatusHTTPVersionNotSupported:
		return ErrUnavailable, true
	}
	return nil, false
}

// malformedError marks a successful HTTP exchange with an unusable payload.
type malformedError struct{ msg string }

func (e *malformedError) Error() string { return e.msg }

// isMalformed reports a successful response whose body is not the JSON we
// expect. Retrying would just fetch the same garbage.
func isMalformed(err error) bool {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var mal *malformedError
	return errors.As(err, &syn) || errors.As(err, &typ) || errors.As(err, &mal) ||
		errors.Is(err, openai.ErrTooManyEmptyStreamMessages)
}

// isTransient reports connection-level failures (refused, reset, closed
// mid-body, DNS) that commonly succeed on a fresh connection.
func isTransient(err error) bool {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.ECONNREFUSED) ||
		errors.Is(err, syscall.EPIPE) {
		return true
	}
	// *url.Error itself implements net.Error, so look inside it: an
	// "unsupported protocol scheme" is a configuration error, not transient.
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	var nerr net.Error
	return errors.As(err, &nerr)
}

// backoff returns the wait before retry number n (0-based): exponential
// with equal jitter, so concurrent clients do not retry in lockstep, but
// never shorter than what the server asked for via Retry-After.
func (c *Client) backoff(n int, retryAfter time.Duration) time.Duration {
	d := c.cfg.BaseDelay
	for i := 0; i < n && d < maxBackoff; i++ {
		d *= 2
	}
	d = min(d, maxBackoff)
	half := d / 2
	d = half + rand.N(half+1)
	if retryAfter > d {
		d = min(retryAfter, maxRetryAfter)
	}
	return d
}

// retry runs attempt until it succeeds, fails permanently, or MaxRetries
// retries are used up. Each attempt gets its own deadline (cfg.Timeout) so
// one hung connection cannot consume the caller's whole budget. mayRetry,
// if non-nil, can veto a retry (Chat uses it once text has been streamed).
func (c *Client) retry(ctx context.Context, op string, attempt func(ctx context.Context) error, mayRetry func() bool) error {
	for n := 0; ; n++ {
		info := &attemptInfo{}
		actx, cancel := context.WithTimeout(context.WithValue(ctx, attemptKey{}, info), c.cfg.Timeout)
		err := attempt(actx)
		timedOut := errors.Is(actx.Err(), context.DeadlineExceeded) && ctx.Err() == nil
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return c.canceled(ctx, op, n+1)
		}

		kind, retryable, status := classify(err, timedOut)
		detail := err.Error()
		if timedOut {
			detail = fmt.Sprintf("单次请求超时(%s): %s", c.cfg.Timeout, detail)
		}
		if !retryable || n >= c.cfg.MaxRetries || (mayRetry != nil && !mayRetry()) {
			return newError(op, kind, status, n+1, c.cfg.APIKey, detail, err)
		}

		retryAfter := time.Duration(info.retryAfter.Load())
		wait := c.backoff(n, retryAfter)
		// A wait that would outlast the deadline only delays the fallback
		// the caller will take anyway: give up now, saying why.
		if deadline, ok := ctx.Deadline(); (ok && time.Until(deadline) < wait) || retryAfter > maxRetryAfter {
			if retryAfter > 0 {
				detail += fmt.Sprintf("; 服务要求 %s 后再试,超出剩余时间", retryAfter.Round(time.Second))
			} else {
				detail += "; 剩余时间不足以重试"
			}
			return newError(op, kind, status, n+1, c.cfg.APIKey, detail, err)
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return c.canceled(ctx, op, n+1)
		}
	}
}

func (c *Client) canceled(ctx context.Context, op string, attempts int) error {
	cause := context.Cause(ctx)
	if errors.Is(cause, errBudget) {
		return newError(op, ErrTimeout, 0, attempts, c.cfg.APIKey, fmt.Sprintf("超过时间预算 %s", c.cfg.Budget), context.DeadlineExceeded)
	}
	return newError(op, nil, 0, attempts, c.cfg.APIKey, cause.Error(), cause)
}

// errBudget is the cause of a context ended by Config.Budget.
var errBudget = errors.New("llm budget exhausted")

// budget bounds one call, all attempts and waits included.
func (c *Client) budget(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, c.cfg.Budget, errBudget)
}
