package llm

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors. Callers branch on them with errors.Is instead of
// inspecting go-openai types, which stay private to this package.
var (
	// ErrAuth means the server rejected the credentials (HTTP 401/403).
	// It is never retried: a wrong key does not fix itself.
	ErrAuth = errors.New("LLM 接口认证失败:请检查 OPENAI_API_KEY")
	// ErrRateLimited means HTTP 429 persisted after all retries, or the
	// account is out of quota (which is not retried).
	ErrRateLimited = errors.New("LLM 接口限流:请求过多或额度不足")
	// ErrUnavailable means 5xx responses, per-attempt timeouts or network
	// failures persisted after all retries (or a stream broke after text had
	// already been delivered, when a retry would duplicate output).
	ErrUnavailable = errors.New("LLM 接口暂不可用")
	// ErrBadResponse means the server answered successfully but the payload
	// is unusable (malformed JSON, wrong vector count, inconsistent
	// dimensions). It is not retried: the server is up but incompatible.
	ErrBadResponse = errors.New("LLM 接口返回了无法解析的响应")
	// ErrTimeout means the call's overall budget (Config.Budget) ran out
	// before an answer arrived: a hung server, or retries that took too long.
	ErrTimeout = errors.New("LLM 接口在时间预算内未能回答")
	// ErrNotConfigured means neither OPENAI_API_KEY nor OPENAI_BASE_URL is
	// set, so Chat and ChatJSON would only fail against api.openai.com.
	ErrNotConfigured = errors.New("LLM 未配置:请设置 OPENAI_API_KEY 或 OPENAI_BASE_URL")
	// ErrEmbedNotConfigured means GONGWEN_EMBED_MODEL is not set.
	ErrEmbedNotConfigured = errors.New("嵌入模型未配置:请设置 GONGWEN_EMBED_MODEL")
)

// maxDetail bounds the server text kept in an error; a misconfigured proxy
// can answer with a whole HTML page.
const maxDetail = 512

// Error is the error returned by Client methods for failed calls.
//
// It wraps a sentinel (Kind) so errors.Is works, plus the underlying cause.
// Its text is built once from the cause with the API key removed, because
// error strings end up in logs and user-facing messages.
type Error struct {
	Op         string // "chat", "chat_json" or "embed"
	Kind       error  // one of the sentinels above, or nil for other failures
	StatusCode int    // HTTP status when the server answered, else 0
	Attempts   int    // attempts made, including the first

	detail string // redacted, truncated description of the cause
	cause  error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("llm ")
	b.WriteString(e.Op)
	if e.Kind != nil {
		b.WriteString(": ")
		b.WriteString(e.Kind.Error())
	}
	if e.Attempts > 1 {
		fmt.Fprintf(&b, "(共尝试 %d 次)", e.Attempts)
	}
	if e.detail != "" {
		b.WriteString(": ")
		b.WriteString(e.detail)
	}
	return b.String()
}

// Unwrap exposes both the sentinel and the cause (e.g. context.Canceled).
func (e *Error) Unwrap() []error {
	var errs []error
	if e.Kind != nil {
		errs = append(errs, e.Kind)
	}
	if e.cause != nil {
		errs = append(errs, e.cause)
	}
	return errs
}

// newError builds an *Error whose text cannot contain key.
func newError(op string, kind error, status, attempts int, key, detail string, cause error) *Error {
	return &Error{
		Op:         op,
		Kind:       kind,
		StatusCode: status,
		Attempts:   attempts,
		detail:     redact(detail, key),
		cause:      cause,
	}
}

// redact removes the key from s and truncates it. Servers and proxies
// sometimes echo request headers in error bodies, so the key can appear in
// text we did not write ourselves.
func redact(s, key string) string {
	if key != "" {
		s = strings.ReplaceAll(s, key, "<redacted>")
	}
	if len(s) > maxDetail {
		cut := maxDetail
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}
