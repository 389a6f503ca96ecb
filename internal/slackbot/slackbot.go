// Package slackbot owns gongwen in Slack: the Socket Mode and HTTP Events API
// transports, request signatures, conversations kept per thread, Block Kit
// rendering of answers and their citations, the /gongwen slash command,
// feedback buttons and the app manifest. It is the only importer of slack-go.
package slackbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"

	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/plan"
)

// Asker answers one question; *answer.Engine satisfies it.
type Asker = chat.Asker

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
func Explained(err error) error { return chat.Explained(err) }

// ChannelScope is what one channel sees; the conversation core owns it.
type ChannelScope = chat.Scope

// LoadChannels reads a --channels file: a JSON object from channel ID to
// scope; the key "*" is the scope of every channel not listed (and of DMs).
// WeCom and DingTalk chats are listed in the same file (see [chat.Scopes]).
func LoadChannels(path string) (map[string]ChannelScope, error) {
	return chat.LoadScopes(path)
}

// Config is everything the bot needs. BotToken is required; AppToken turns
// on Socket Mode and SigningSecret the HTTP endpoints.
type Config struct {
	BotToken      string
	AppToken      string // xapp-…: Socket Mode
	SigningSecret string // HTTP Events API, slash commands, interactivity
	APIURL        string // a Slack-compatible API base; empty: slack.com

	// Core is the conversation core shared with the other channels; nil:
	// the bot makes its own from Asker, Channels, FeedbackPath, Now and
	// TaskTimeout, keeping history in memory.
	Core      *chat.Core
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
	// TaskTimeout bounds the work of one answer; default 2 minutes. The
	// answer or an apology is delivered after it with a fresh context.
	TaskTimeout time.Duration
	// Grace is how long after TaskTimeout the work's result is still
	// awaited (see chat.Config.Grace).
	Grace time.Duration
}

// Bot is a running Slack bot.
type Bot struct {
	cfg       Config
	api       *slack.Client
	log       *slog.Logger
	core      *chat.Core
	ownsCore  bool
	botUserID atomic.Value // string, from auth.test
}

// New checks the configuration, asks Slack who the bot is (auth.test) and
// returns a bot ready to serve.
func New(ctx context.Context, cfg Config) (*Bot, error) {
	b, err := Prepare(cfg)
	if err != nil {
		return nil, err
	}
	if err := b.Connect(ctx); err != nil {
		if b.ownsCore {
			_ = b.core.Shutdown(ctx)
		}
		return nil, err
	}
	return b, nil
}

// Prepare checks the configuration and returns a bot that has not talked
// to Slack yet: its HTTP handler already serves, and [Bot.Run] connects,
// retrying while Slack cannot be reached.
func Prepare(cfg Config) (*Bot, error) {
	if cfg.BotToken == "" {
		return nil, errors.New("缺少 SLACK_BOT_TOKEN")
	}
	if cfg.AppToken == "" && cfg.SigningSecret == "" {
		return nil, errors.New("Slack 需要 SLACK_APP_TOKEN(Socket Mode)或 SLACK_SIGNING_SECRET(HTTP 事件接口)之一")
	}
	if cfg.AppToken != "" && !strings.HasPrefix(cfg.AppToken, "xapp-") {
		return nil, errors.New("SLACK_APP_TOKEN 应以 xapp- 开头(应用级令牌,需 connections:write 权限)")
	}
	if cfg.Asker == nil && cfg.Core == nil {
		return nil, errors.New("slackbot: Config.Asker is nil")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.UpdateInterval <= 0 {
		cfg.UpdateInterval = 1200 * time.Millisecond
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
	b := &Bot{cfg: cfg, api: slack.New(cfg.BotToken, opts...), log: cfg.Logger, core: cfg.Core}
	b.botUserID.Store("")
	if b.core == nil {
		core, err := chat.New(chat.Config{Asker: cfg.Asker, Scopes: chat.Scopes(cfg.Channels), FeedbackPath: cfg.FeedbackPath,
			Logger: cfg.Logger, Now: cfg.Now, TaskTimeout: cfg.TaskTimeout, Grace: cfg.Grace, TTL: 24 * time.Hour})
		if err != nil {
			return nil, err
		}
		b.core, b.ownsCore = core, true
	}
	return b, nil
}

// Connect asks Slack who the bot is (auth.test), waiting out rate limits.
func (b *Bot) Connect(ctx context.Context) error {
	var auth *slack.AuthTestResponse
	err := b.retry(ctx, "auth.test", func() error {
		var err error
		auth, err = b.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("Slack 身份验证失败(请检查 SLACK_BOT_TOKEN): %w", err)
	}
	b.botUserID.Store(auth.UserID)
	b.log.Info("slack connected", "team", auth.Team, "bot_user", auth.UserID,
		"socket_mode", b.cfg.AppToken != "", "http_events", b.cfg.SigningSecret != "")
	return nil
}

// Run connects and, with an app token, serves Socket Mode until ctx ends.
// A failed auth.test or a dropped socket is retried with backoff; h shows
// the state on /healthz under the name "slack".
func (b *Bot) Run(ctx context.Context, h *chat.Health, backoff chat.Backoff) {
	chat.Connect(ctx, "slack", h, b.log, backoff, func(ctx context.Context, connected func()) error {
		if err := b.Connect(ctx); err != nil {
			return err
		}
		if b.cfg.AppToken == "" {
			connected()
			<-ctx.Done() // HTTP events need nothing more
			return nil
		}
		return b.runSocketMode(ctx, connected)
	})
}

func (b *Bot) userID() string { return b.botUserID.Load().(string) }

// Shutdown waits for answers in progress, then cancels those still running
// when ctx ends. A shared core is left to its owner.
func (b *Bot) Shutdown(ctx context.Context) error {
	if !b.ownsCore {
		return nil
	}
	return b.core.Shutdown(ctx)
}

// scope is the scope of a channel.
func (b *Bot) scope(channel string) ChannelScope { return b.core.Scope("slack", channel) }

// goTask runs f outside the request that delivered the work: Slack wants an
// acknowledgement within 3 s.
func (b *Bot) goTask(name string, f func(ctx context.Context)) { b.core.Go(name, f) }

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
