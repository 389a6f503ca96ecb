// Package llm is gongwen's single gateway to large language models.
//
// It is the only package that imports go-openai, so the rest of the project
// depends on a small, stable API (Chat, ChatJSON, Embed) instead of a vendor
// SDK. Everything goes through the OpenAI-compatible wire protocol, which lets
// one code path serve OpenAI, DeepSeek, Qwen (DashScope compatible mode),
// Ollama and vLLM: only the base URL, key and model names differ.
//
// go-openai deliberately has no retries and no default timeout, and a hung or
// rate-limited endpoint is the normal case for hosted LLMs, so this package
// adds a per-attempt deadline and a bounded retry policy on top of it.
package llm

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Defaults applied by New for zero-valued Config fields.
const (
	// DefaultChatModel is cheap and widely available; override it for
	// non-OpenAI servers, which use their own model names.
	DefaultChatModel = "gpt-4o-mini"
	// DefaultTimeout bounds one attempt (including reading a whole stream),
	// long enough for a typical answer, short enough to detect a hung server.
	DefaultTimeout = 60 * time.Second
	// DefaultMaxRetries is the number of retries after the first attempt.
	DefaultMaxRetries = 3
	// DefaultBaseDelay is the first backoff step; it doubles per retry.
	DefaultBaseDelay = 500 * time.Millisecond
	// DefaultBudget bounds one Chat or ChatJSON call, every attempt and
	// wait included: past it staff are better served by the extractive
	// answer at once than by a spinner.
	DefaultBudget = 30 * time.Second
	// DefaultEmbedBatch keeps embedding requests well below the input-count
	// and payload limits of the common providers.
	DefaultEmbedBatch = 64
)

// Config selects the endpoint, models and the retry policy.
//
// The zero value of each numeric field means "use the default", because
// callers usually build a Config from the environment and should not have to
// know good values for timeouts and retries.
type Config struct {
	// APIKey is sent as a Bearer token. Leave it empty for servers without
	// authentication (Ollama, local vLLM): go-openai then sends no
	// Authorization header at all.
	APIKey string
	// BaseURL of an OpenAI-compatible API, including its version prefix,
	// e.g. "http://localhost:11434/v1". Empty means api.openai.com.
	BaseURL string
	// ChatModel is used by Chat and ChatJSON; empty means DefaultChatModel.
	ChatModel string
	// EmbedModel is used by Embed; empty disables embeddings, since there is
	// no model name that works across providers.
	EmbedModel string

	// Timeout is the deadline of a single attempt; default 60s.
	Timeout time.Duration
	// MaxRetries is the number of retries after the first attempt; 0 means
	// DefaultMaxRetries and a negative value disables retries.
	MaxRetries int
	// BaseDelay is the first backoff delay (doubled per retry, with jitter);
	// default 500ms. Tests set it tiny.
	BaseDelay time.Duration
	// Budget is the overall deadline of one Chat or ChatJSON call across
	// all its attempts and backoffs (GONGWEN_LLM_BUDGET); default 30s. A
	// server asking to be retried later than the budget allows is not
	// waited for. Embed, run by ingest, has no budget.
	Budget time.Duration
	// EmbedBatch is the number of texts per embeddings request; default 64.
	EmbedBatch int
	// HTTPClient is optional. It is copied, never mutated, so a shared client
	// can be passed safely.
	HTTPClient *http.Client
}

// ConfigFromEnv builds a Config from OPENAI_API_KEY, OPENAI_BASE_URL,
// GONGWEN_CHAT_MODEL (default "gpt-4o-mini") and GONGWEN_EMBED_MODEL (no
// default). It takes getenv rather than reading os.Getenv so callers and
// tests can supply the environment without mutating the process.
func ConfigFromEnv(getenv func(string) string) Config {
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	cfg := Config{
		APIKey:     get("OPENAI_API_KEY"),
		BaseURL:    get("OPENAI_BASE_URL"),
		ChatModel:  get("GONGWEN_CHAT_MODEL"),
		EmbedModel: get("GONGWEN_EMBED_MODEL"),
	}
	if cfg.ChatModel == "" {
		cfg.ChatModel = DefaultChatModel
	}
	cfg.Budget, _ = ParseBudget(get("GONGWEN_LLM_BUDGET"))
	return cfg
}

// ParseBudget reads a budget as a Go duration ("45s", "1m") or a number of
// seconds ("45"); empty or invalid is 0 (the default), reported as an error.
func ParseBudget(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	if d, err := time.ParseDuration(s); err == nil && d > 0 {
		return d, nil
	}
	if n, err := strconv.ParseFloat(s, 64); err == nil && n > 0 {
		return time.Duration(n * float64(time.Second)), nil
	}
	return 0, fmt.Errorf("大模型时间预算 %q 无效:应为秒数或时长(如 30、45s、1m)", s)
}

// ChatEnabled reports whether a chat endpoint is configured: either a key
// (hosted API) or a base URL (a local server that needs no key). Without
// either, a call could only fail with an authentication error.
func (c Config) ChatEnabled() bool { return c.APIKey != "" || c.BaseURL != "" }

// EmbedEnabled reports whether an embedding model is configured. There is
// no default because embeddings from different models are incompatible and
// an index must be rebuilt when the model changes.
func (c Config) EmbedEnabled() bool { return c.EmbedModel != "" }

// String describes the configuration with the API key masked, so that
// logging a Config (%v, %+v, %s) can never leak the secret.
func (c Config) String() string {
	key := "<none>"
	if c.APIKey != "" {
		key = "<redacted>"
	}
	return fmt.Sprintf("llm.Config{BaseURL:%q ChatModel:%q EmbedModel:%q APIKey:%s Timeout:%s Budget:%s MaxRetries:%d BaseDelay:%s EmbedBatch:%d}",
		c.BaseURL, c.ChatModel, c.EmbedModel, key, c.Timeout, c.Budget, c.MaxRetries, c.BaseDelay, c.EmbedBatch)
}

// GoString masks the key for %#v as well.
func (c Config) GoString() string { return c.String() }

// withDefaults returns c with zero-valued fields replaced by defaults.
func (c Config) withDefaults() Config {
	c.BaseURL = strings.TrimRight(c.BaseURL, "/") // go-openai appends "/chat/completions"
	if c.ChatModel == "" {
		c.ChatModel = DefaultChatModel
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	switch {
	case c.MaxRetries == 0:
		c.MaxRetries = DefaultMaxRetries
	case c.MaxRetries < 0:
		c.MaxRetries = 0
	}
	if c.BaseDelay <= 0 {
		c.BaseDelay = DefaultBaseDelay
	}
	if c.Budget <= 0 {
		c.Budget = DefaultBudget
	}
	if c.EmbedBatch <= 0 {
		c.EmbedBatch = DefaultEmbedBatch
	}
	return c
}
