// Package slackbot owns gongwen in Slack: the Socket Mode and HTTP Events API
// transports, request signatures, conversations kept per thread, Block Kit
// rendering of answers and their citations, the /gongwen slash command,
// feedback buttons and the app manifest. It is the only importer of slack-go.
package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/plan"
)

// Asker answers one question; *answer.Engine satisfies it.
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Response, error)
}

// OutlineRequest asks for a drafted outline of one report section.
type OutlineRequest struct {
	Section string
	Org     string
	Year    int
}

// Outline is a drafted outline as the bot shows it: Markdown for a message,
// and DOCX (optional) for a file when the outline is too long to read in chat.
type Outline struct {
	Title    string
	Markdown string
	DOCX     []byte
}

// OutlineFunc drafts an outline; serve wires it to the outline package.
type OutlineFunc func(ctx context.Context, req OutlineRequest) (*Outline, error)

// PlanItemsFunc lists the tasks of a plan (planID empty: the default plan),
// only those led by lead when it is set.
type PlanItemsFunc func(ctx context.Context, planID, lead string) ([]plan.PlanItem, error)

// Explained marks an error whose message is meant for the user (an unknown
// topic, an ambiguous plan name): the bot shows it instead of an apology.
func Explained(err error) error { return &explainedError{err} }

type explainedError struct{ err error }

func (e *explainedError) Error() string { return e.err.Error() }
func (e *explainedError) Unwrap() error { return e.err }

// ChannelScope is what one channel sees: its own org's documents first, and
// optionally only some users may ask.
type ChannelScope struct {
	Org          string   `json:"org,omitempty"`
	Kind         string   `json:"kind,omitempty"`
	AllowedUsers []string `json:"allowed_users,omitempty"`
}

// allows reports whether user may use the bot under this scope.
func (s ChannelScope) allows(user string) bool {
	if len(s.AllowedUsers) == 0 {
		return true
	}
	for _, u := range s.AllowedUsers {
		if u == user {
			return true
		}
	}
	return false
}

// LoadChannels reads a --channels file: a JSON object from channel ID to
// scope; the key "*" is the scope of every channel not listed (and of DMs).
func LoadChannels(path string) (map[string]ChannelScope, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取频道配置: %w", err)
	}
	var m map[string]ChannelScope
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("频道配置 %s 不是有效的 JSON(应为 {\"频道ID\": {\"org\": …, \"allowed_users\": […]}}): %w", path, err)
	}
	return m, nil
}

// Config is everything the bot needs. BotToken is required; AppToken turns
// on Socket Mode and SigningSecret the HTTP endpoints.
type Config struct {
	BotToken      string
	AppToken      string // xapp-…: Socket Mode
	SigningSecret string // HTTP Events API, slash commands, interactivity
	APIURL        string // a Slack-compatible API base; empty: slack.com

	Asker     Asker
	Outline   OutlineFunc   // nil: "/gongwen outline" explains it is unavailable
	PlanItems PlanItemsFunc // nil: likewise for "/gongwen plan items"

	Channels     map[string]ChannelScope
	FeedbackPath string // JSON Lines log of 👍/👎 clicks; empty: log only
	Logger       *slog.Logger
	Now          func() time.Time // "now" for 去年/今年; nil: time.Now

	// UpdateInterval is the least time between two streamed updates of one
	// message; Slack allows about one write per second per channel.
	UpdateInterval time.Duration
	// TaskTimeout bounds one answer; default 2 minutes.
	TaskTimeout time.Duration
}

// Bot is a running Slack bot.
type Bot struct {
	cfg       Config
	api       *slack.Client
	log       *slog.Logger
	botUserID string

	threads  *threadStore
	seen     *dedupe
	feedback *feedbackStore

	tasks      sync.WaitGroup
	workCtx    context.Context
	cancelWork context.CancelFunc
}

// New checks the configuration, asks Slack who the bot is (auth.test) and
// returns a bot ready to serve.
func New(ctx context.Context, cfg Config) (*Bot, error) {
	if cfg.BotToken == "" {
		return nil, errors.New("缺少 SLACK_BOT_TOKEN")
	}
	if cfg.AppToken == "" && cfg.SigningSecret == "" {
		return nil, errors.New("Slack 需要 SLACK_APP_TOKEN(Socket Mode)或 SLACK_SIGNING_SECRET(HTTP 事件接口)之一")
	}
	if cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-") {
		return nil, errors.New("SLACK_APP_TOKEN 应以 xapp- 开头(应用级令牌,需 connections:write 权限)")
	}
	if cfg.Asker == nil {
		return nil, errors.New("slackbot: Config.Asker is nil")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.UpdateInterval <= 0 {
		cfg.UpdateInterval = 1200 * time.Millisecond
	}
	if cfg.TaskTimeout <= 0 {
		cfg.TaskTimeout = 2 * time.Minute
	}
	opts := []slack.Option{slack.OptionHTTPClient(&http.Client{Timeout: 30 * time.Second})}
	if cfg.APIURL != "" {
		u := cfg.APIURL
		if !strings.HasSuffix(u, "/") {
			u += "/" // slack-go appends method names directly
		}
		opts = append(opts, slack.OptionAPIURL(u))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	b := &Bot{
		cfg:      cfg,
		api:      slack.New(cfg.BotToken, opts...),
		log:      cfg.Logger,
		threads:  newThreadStore(1000, 6, 24*time.Hour),
		seen:     newDedupe(20000, time.Hour),
		feedback: newFeedbackStore(cfg.FeedbackPath, 5000),
	}
	b.workCtx, b.cancelWork = context.WithCancel(context.Background())
	var auth *slack.AuthTestResponse
	err := b.retry(ctx, "auth.test", func() error {
		var err error
		auth, err = b.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("Slack 身份验证失败(请检查 SLACK_BOT_TOKEN): %w", err)
	}
	b.botUserID = auth.UserID
	b.log.Info("slack connected", "team", auth.Team, "bot_user", auth.UserID,
		"socket_mode", cfg.AppToken != "", "http_events", cfg.SigningSecret != "")
	return b, nil
}

// Shutdown waits for answers in progress, then cancels those still running
// when ctx ends.
func (b *Bot) Shutdown(ctx context.Context) error {
	done := make(chan struct{})
	go func() { b.tasks.Wait(); close(done) }()
	select {
	case <-done:
		b.cancelWork()
		return nil
	case <-ctx.Done():
		b.cancelWork()
		<-done
		return ctx.Err()
	}
}

// scope is the scope of a channel.
func (b *Bot) scope(channel string) ChannelScope {
	if s, ok := b.cfg.Channels[channel]; ok {
		return s
	}
	return b.cfg.Channels["*"]
}

// goTask runs f outside the request that delivered the work: Slack wants an
// acknowledgement within 3 s, and an answer, an upload or a rate-limit wait
// can take longer. A panic becomes a log line, never a crash of the server.
func (b *Bot) goTask(name string, f func(ctx context.Context)) {
	b.tasks.Add(1)
	go func() {
		defer b.tasks.Done()
		ctx, cancel := context.WithTimeout(b.workCtx, b.cfg.TaskTimeout)
		defer cancel()
		defer func() {
			if r := recover(); r != nil {
				b.log.Error("task panicked", "task", name, "panic", fmt.Sprint(r))
			}
		}()
		f(ctx)
	}()
}

// maxRateLimitRetries bounds how often one Slack call waits out a 429.
const maxRateLimitRetries = 5

// retry calls f and, when Slack answers 429, waits the Retry-After it asked
// for and calls again. slack-go's own retries are off by default, and a
// bot that drops an answer on a 429 looks like one that never answered.
func (b *Bot) retry(ctx context.Context, op string, f func() error) error {
	for attempt := 0; ; attempt++ {
		err := f()
		var rl *slack.RateLimitedError
		if !errors.As(err, &rl) || attempt >= maxRateLimitRetries {
			return err
		}
		wait := rl.RetryAfter
		if wait <= 0 {
			wait = time.Second
		}
		b.log.Warn("slack rate limited", "op", op, "retry_after", wait, "attempt", attempt+1)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
}
