// Package dingtalk owns gongwen in 钉钉 (DingTalk) through Stream mode: the
// server dials out to DingTalk's stream gateway, so a machine without a
// public address can serve a robot (浙政钉 and other 专有钉钉 deployments set
// their own gateway address). Robot messages, 1:1 and @ in groups, are
// answered through the message's session webhook as Markdown with sources,
// or streamed into an AI card when a card template is configured. It is the
// only importer of the official dingtalk-stream-sdk-go.
package dingtalk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/open-dingtalk/dingtalk-stream-sdk-go/chatbot"
	"github.com/open-dingtalk/dingtalk-stream-sdk-go/client"
	sdklogger "github.com/open-dingtalk/dingtalk-stream-sdk-go/logger"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
)

const platform = "dingtalk"

// DefaultAPIURL is DingTalk's OpenAPI host: the stream gateway's
// connections/open, access tokens and AI cards all live there.
const DefaultAPIURL = "https://api.dingtalk.com"

// Config is what the DingTalk robot needs.
type Config struct {
	ClientID     string // DINGTALK_CLIENT_ID (AppKey)
	ClientSecret string // DINGTALK_CLIENT_SECRET (AppSecret)
	// CardTemplateID turns on streaming into an AI card
	// (DINGTALK_CARD_TEMPLATE_ID); the template's Markdown variable is
	// CardKey.
	CardTemplateID string
	CardKey        string // default "content"
	// APIURL is the OpenAPI host (DINGTALK_STREAM_URL); empty: DefaultAPIURL.
	APIURL string

	Core   *chat.Core
	Logger *slog.Logger
	// PartialEvery is the least time between two card updates; default 600 ms.
	PartialEvery time.Duration
	Backoff      chat.Backoff
	HTTPClient   *http.Client
}

// Bot is the DingTalk robot.
type Bot struct {
	cfg  Config
	log  *slog.Logger
	core *chat.Core
	http *http.Client

	tokenMu  sync.Mutex
	token    string
	tokenExp time.Time
}

// New checks the configuration.
func New(cfg Config) (*Bot, error) {
	if cfg.ClientID == "" || cfg.ClientSecret == "" {
		return nil, errors.New("钉钉 Stream 模式需要 DINGTALK_CLIENT_ID 和 DINGTALK_CLIENT_SECRET")
	}
	if cfg.Core == nil {
		return nil, errors.New("dingtalk: Config.Core is nil")
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	cfg.APIURL = strings.TrimRight(cfg.APIURL, "/")
	if cfg.CardKey == "" {
		cfg.CardKey = "content"
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.PartialEvery <= 0 {
		cfg.PartialEvery = 600 * time.Millisecond
	}
	if cfg.Backoff.Min <= 0 {
		cfg.Backoff = chat.Backoff{Min: time.Second, Max: time.Minute}
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	return &Bot{cfg: cfg, log: cfg.Logger, core: cfg.Core, http: cfg.HTTPClient}, nil
}

// sdkLog routes the SDK's log lines into slog, and tells the running
// session when the SDK's read loop has ended: with its own reconnection
// off (it retries every 3 s for ever and reports nothing), a log line is
// the only sign of a dropped connection the SDK gives.
type sdkLog struct {
	log     *slog.Logger
	mu      sync.Mutex
	dropped chan struct{}
}

var sdkLogger = &sdkLog{log: slog.New(slog.DiscardHandler)}

func (l *sdkLog) arm(log *slog.Logger) chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.log = log
	l.dropped = make(chan struct{})
	return l.dropped
}

func (l *sdkLog) line(level slog.Level, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	l.mu.Lock()
	log, dropped := l.log, l.dropped
	if level >= slog.LevelError && dropped != nil && (strings.Contains(msg, "read message error") ||
		strings.Contains(msg, "connection process is closed") || strings.Contains(msg, "ping time out")) {
		close(dropped)
		l.dropped = nil
	}
	l.mu.Unlock()
	log.Log(context.Background(), level, "dingtalk sdk", "msg", msg)
}

func (l *sdkLog) Debugf(f string, a ...any)   { l.line(slog.LevelDebug, f, a...) }
func (l *sdkLog) Infof(f string, a ...any)    { l.line(slog.LevelDebug, f, a...) }
func (l *sdkLog) Warningf(f string, a ...any) { l.line(slog.LevelWarn, f, a...) }
func (l *sdkLog) Errorf(f string, a ...any)   { l.line(slog.LevelError, f, a...) }
func (l *sdkLog) Fatalf(f string, a ...any)   { l.line(slog.LevelError, f, a...) }

func init() { sdklogger.SetLogger(sdkLogger) }

// Run keeps the stream connection up until ctx ends, reconnecting with
// backoff; h reports the state on /healthz as "dingtalk". Answers go out
// over HTTP (session webhook, card API), so one in flight is not lost when
// the stream drops.
func (b *Bot) Run(ctx context.Context, h *chat.Health) {
	chat.Connect(ctx, "dingtalk", h, b.log, b.cfg.Backoff, b.session)
}

func (b *Bot) session(ctx context.Context, connected func()) error {
	dropped := sdkLogger.arm(b.log)
	cli := client.NewStreamClient(
		client.WithAppCredential(client.NewAppCredentialConfig(b.cfg.ClientID, b.cfg.ClientSecret)),
		client.WithOpenApiHost(b.cfg.APIURL),
		client.WithAutoReconnect(false),
	)
	cli.RegisterChatBotCallbackRouter(b.onMessage)
	if err := cli.Start(ctx); err != nil {
		return fmt.Errorf("钉钉 Stream 连接失败(请检查 DINGTALK_CLIENT_ID / DINGTALK_CLIENT_SECRET,并确认机器人消息接收模式为 Stream 模式): %w", err)
	}
	defer func() {
		cli.Close()
		// The closed client's read loop logs its end a moment later: wait
		// for that line here, or it would be taken for the next session's.
		select {
		case <-dropped:
		case <-time.After(2 * time.Second):
		}
	}()
	connected()
	select {
	case <-ctx.Done():
		return nil
	case <-dropped:
		return errors.New("钉钉 Stream 连接中断")
	}
}

var leadingMention = regexp.MustCompile(`^(@\S+\s*)+`)

// onMessage takes one robot message: it is acknowledged when this returns,
// and answered in a task.
func (b *Bot) onMessage(_ context.Context, m *chatbot.BotCallbackDataModel) ([]byte, error) {
	received := time.Now()
	if !b.core.FirstDelivery(platform, m.MsgId, m.ConversationId, fmt.Sprint(m.CreateAt), received) {
		b.log.Info("dingtalk: duplicate message ignored", "msgid", m.MsgId)
		return nil, nil
	}
	user := m.SenderStaffId
	if user == "" {
		user = m.SenderId
	}
	text := strings.TrimSpace(leadingMention.ReplaceAllString(strings.TrimSpace(m.Text.Content), ""))
	key := chat.Key{Platform: platform, Chat: m.ConversationId}
	mm := *m
	r := &reply{b: b, m: &mm}
	b.core.Go("dingtalk answer", func(ctx context.Context) {
		dctx, cancel := b.core.Fresh()
		defer cancel()
		if m.Msgtype != "" && m.Msgtype != "text" {
			_ = r.Apologize(dctx, "目前只能回答文字提问,请直接输入问题。")
			return
		}
		scope := b.core.Scope(platform, m.ConversationId)
		if !scope.Allows(user) {
			b.log.Info("dingtalk: user not allowed", "conversation", m.ConversationId, "user", user)
			_ = r.Apologize(dctx, chat.TextDenied)
			return
		}
		if text == "" || text == "帮助" || strings.EqualFold(text, "help") {
			_ = r.Apologize(dctx, chat.TextHelp)
			return
		}
		q := chat.Question{Key: key, User: user, Text: text, Scope: scope, Received: received}
		if b.cfg.CardTemplateID != "" {
			if err := r.openCard(dctx); err != nil {
				b.log.Warn("dingtalk: AI card not created, answering with one message", "err", err)
			} else {
				q.PartialEvery = b.cfg.PartialEvery
				b.log.Info("dingtalk: first frame", "msgid", m.MsgId, "ms", time.Since(received).Milliseconds())
			}
		}
		b.core.Ask(ctx, q, r)
	})
	return nil, nil
}

// reply is one answer: into an AI card when one was opened, else one
// Markdown message through the session webhook.
type reply struct {
	b       *Bot
	m       *chatbot.BotCallbackDataModel
	trackID string // the card's outTrackId; empty: no card
}

func (r *reply) Partial(ctx context.Context, text string) error {
	if r.trackID == "" {
		return nil
	}
	if text != chat.TextSearching {
		text = chat.PartialMarkdown(text)
	}
	return r.b.streamCard(ctx, r.trackID, text, false)
}

func (r *reply) Answer(ctx context.Context, resp *answer.Response, _ string) error {
	md := chat.Markdown(resp)
	if r.trackID != "" {
		err := r.b.streamCard(ctx, r.trackID, md, true)
		if err == nil {
			return nil
		}
		r.b.log.Warn("dingtalk: card update failed, sending a message", "err", err)
	}
	return r.b.sendMarkdown(ctx, r.m, title(resp), md)
}

func (r *reply) Apologize(ctx context.Context, text string) error {
	if r.trackID != "" {
		if err := r.b.streamCard(ctx, r.trackID, text, true); err == nil {
			return nil
		}
	}
	return r.b.sendMarkdown(ctx, r.m, "公文助手", text)
}

func title(resp *answer.Response) string {
	t := strings.TrimSpace(resp.Q)
	if t == "" {
		t = "公文助手"
	}
	return chat.Truncate(t, 20)
}

// sendMarkdown posts to the message's session webhook; in a group the asker
// is @-mentioned so the answer finds them.
func (b *Bot) sendMarkdown(ctx context.Context, m *chatbot.BotCallbackDataModel, title, text string) error {
	if m.SessionWebhook == "" {
		return errors.New("钉钉消息没有 sessionWebhook")
	}
	if m.SessionWebhookExpiredTime > 0 && time.Now().UnixMilli() > m.SessionWebhookExpiredTime {
		return errors.New("钉钉 sessionWebhook 已过期")
	}
	body := map[string]any{"msgtype": "markdown", "markdown": map[string]string{"title": title, "text": text}}
	if m.ConversationType == "2" && m.SenderStaffId != "" {
		body["at"] = map[string]any{"atUserIds": []string{m.SenderStaffId}}
	}
	return b.post(ctx, http.MethodPost, m.SessionWebhook, "", body, nil)
}

// post sends JSON and checks both the status and DingTalk's errcode.
func (b *Bot) post(ctx context.Context, method, url, token string, body, out any) error {
	raw, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(raw))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("x-acs-dingtalk-access-token", token)
	}
	resp, err := b.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	rb, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("钉钉接口 %s 返回 HTTP %d: %s", req.URL.Path, resp.StatusCode, chat.Truncate(string(rb), 200))
	}
	var ec struct {
		ErrCode int    `json:"errcode"`
		ErrMsg  string `json:"errmsg"`
	}
	if json.Unmarshal(rb, &ec) == nil && ec.ErrCode != 0 {
		return fmt.Errorf("钉钉接口 %s 出错: errcode=%d errmsg=%s", req.URL.Path, ec.ErrCode, ec.ErrMsg)
	}
	if out != nil {
		return json.Unmarshal(rb, out)
	}
	return nil
}
