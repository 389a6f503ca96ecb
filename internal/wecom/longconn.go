package wecom

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
)

// Config is what the WeCom bot needs. BotID and Secret turn on the long
// connection; Token and AESKey the URL callback.
type Config struct {
	BotID  string // WECOM_BOT_ID
	Secret string // WECOM_BOT_SECRET
	URL    string // WECOM_WS_URL; empty: DefaultURL

	Token  string // WECOM_TOKEN
	AESKey string // WECOM_AES_KEY, the 43-character EncodingAESKey
	// ReceiveID is the id WeCom appends to every encrypted message: empty
	// for a 智能机器人, the corp id for an app. Checked when set.
	ReceiveID string

	BotName string // the bot's display name, to strip "@名称" reliably
	Core    *chat.Core
	Logger  *slog.Logger

	// Ping is the heartbeat interval; WeCom asks for one every 30 s.
	Ping time.Duration
	// PartialEvery is the least time between two stream frames of an
	// answer being written; default 500 ms.
	PartialEvery time.Duration
	Backoff      chat.Backoff // reconnection waits; default 1 s doubling to 60 s
	// MaxClockSkew bounds a callback's timestamp from now; default 5 min.
	MaxClockSkew time.Duration
	Now          func() time.Time // clock of the callback's timestamp check
}

func (cfg *Config) defaults() {
	if cfg.URL == "" {
		cfg.URL = DefaultURL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Ping <= 0 {
		cfg.Ping = 30 * time.Second
	}
	if cfg.PartialEvery <= 0 {
		cfg.PartialEvery = 500 * time.Millisecond
	}
	if cfg.Backoff.Min <= 0 {
		cfg.Backoff = chat.Backoff{Min: time.Second, Max: time.Minute}
	}
	if cfg.MaxClockSkew <= 0 {
		cfg.MaxClockSkew = 5 * time.Minute
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
}

// LongConn is the bot over WeCom's long connection.
type LongConn struct {
	cfg  Config
	log  *slog.Logger
	core *chat.Core

	mu      sync.Mutex
	conn    *websocket.Conn
	wmu     sync.Mutex    // one writer at a time, as gorilla requires
	changed chan struct{} // closed when conn changes; replaced each time
	seq     int
}

// NewLongConn checks the configuration.
func NewLongConn(cfg Config) (*LongConn, error) {
	if cfg.BotID == "" || cfg.Secret == "" {
		return nil, errors.New("企业微信长连接需要 WECOM_BOT_ID 和 WECOM_BOT_SECRET")
	}
	if cfg.Core == nil {
		return nil, errors.New("wecom: Config.Core is nil")
	}
	cfg.defaults()
	if !strings.HasPrefix(cfg.URL, "wss://") && !strings.HasPrefix(cfg.URL, "ws://") {
		return nil, fmt.Errorf("WECOM_WS_URL 应以 wss:// 开头: %q", cfg.URL)
	}
	return &LongConn{cfg: cfg, log: cfg.Logger, core: cfg.Core, changed: make(chan struct{})}, nil
}

// Run keeps the long connection up until ctx ends, reconnecting with
// backoff; h reports the state on /healthz as "wecom".
func (c *LongConn) Run(ctx context.Context, h *chat.Health) {
	chat.Connect(ctx, "wecom", h, c.log, c.cfg.Backoff, c.session)
}

// ErrSubscribe is a subscribe refused by WeCom: wrong bot id or secret, or
// the bot not set to long-connection mode.
var ErrSubscribe = errors.New("企业微信拒绝订阅(请检查 WECOM_BOT_ID、WECOM_BOT_SECRET,并确认机器人已启用“长连接”接收消息)")

// session is one connection: dial, subscribe, then read until it breaks.
func (c *LongConn) session(ctx context.Context, connected func()) error {
	dctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	conn, resp, err := websocket.DefaultDialer.DialContext(dctx, c.cfg.URL, nil)
	cancel()
	if err != nil {
		if resp != nil {
			return fmt.Errorf("连接企业微信 %s 失败(HTTP %d): %w", c.cfg.URL, resp.StatusCode, err)
		}
		return fmt.Errorf("连接企业微信 %s 失败: %w", c.cfg.URL, err)
	}
	defer conn.Close()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	body, _ := json.Marshal(map[string]string{"bot_id": c.cfg.BotID, "secret": c.cfg.Secret})
	sub := frame{Cmd: cmdSubscribe, Headers: map[string]string{"req_id": c.reqID(cmdSubscribe)}, Body: body}
	_ = conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	if err := conn.WriteJSON(sub); err != nil {
		return fmt.Errorf("企业微信订阅请求发送失败: %w", err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	var reply frame
	if err := conn.ReadJSON(&reply); err != nil {
		return fmt.Errorf("企业微信订阅无应答: %w", err)
	}
	if reply.ErrCode != 0 {
		return fmt.Errorf("%w: errcode=%d errmsg=%s", ErrSubscribe, reply.ErrCode, reply.ErrMsg)
	}
	c.setConn(conn)
	defer c.setConn(nil)
	connected()

	pingDone := make(chan struct{})
	defer func() { <-pingDone }()
	pctx, pcancel := context.WithCancel(ctx)
	defer pcancel()
	go func() {
		defer close(pingDone)
		c.heartbeat(pctx, conn)
	}()

	for {
		// Silence longer than three heartbeats is a dead connection.
		_ = conn.SetReadDeadline(time.Now().Add(3 * c.cfg.Ping))
		_, raw, err := conn.ReadMessage()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("企业微信连接中断: %w", err)
		}
		var f frame
		if err := json.Unmarshal(raw, &f); err != nil {
			c.log.Warn("wecom: unreadable frame", "err", err)
			continue
		}
		switch f.Cmd {
		case cmdMsgCallback:
			c.onMessage(f)
		case cmdEventCallback:
			c.onEvent(f)
		default:
			// pong, and WeCom's acknowledgement of each reply frame
			if f.ErrCode != 0 {
				c.log.Warn("wecom: frame refused", "req_id", f.Headers["req_id"], "errcode", f.ErrCode, "errmsg", f.ErrMsg)
			}
		}
	}
}

func (c *LongConn) heartbeat(ctx context.Context, conn *websocket.Conn) {
	t := time.NewTicker(c.cfg.Ping)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			ping := frame{Cmd: cmdPing, Headers: map[string]string{"req_id": c.reqID(cmdPing)}}
			if err := c.write(conn, ping); err != nil {
				c.log.Warn("wecom: heartbeat failed, reconnecting", "err", err)
				conn.Close() // the read loop ends and the session is redialed
				return
			}
		}
	}
}

func (c *LongConn) reqID(prefix string) string {
	c.mu.Lock()
	c.seq++
	n := c.seq
	c.mu.Unlock()
	return fmt.Sprintf("%s_%d_%s", prefix, n, newID())
}

func (c *LongConn) setConn(conn *websocket.Conn) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.conn = conn
	close(c.changed)
	c.changed = make(chan struct{})
}

func (c *LongConn) write(conn *websocket.Conn, f frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = conn.SetWriteDeadline(time.Now().Add(10 * time.Second))
	return conn.WriteJSON(f)
}

// send writes a frame on the current connection. While there is none — the
// connection dropped and is being redialed — it waits for the next one
// until ctx ends, so an answer in flight is not lost to a reconnect: its
// req_id stays valid on the new connection.
func (c *LongConn) send(ctx context.Context, f frame) error {
	for {
		c.mu.Lock()
		conn, changed := c.conn, c.changed
		c.mu.Unlock()
		if conn != nil {
			err := c.write(conn, f)
			if err == nil {
				return nil
			}
			c.log.Warn("wecom: write failed, waiting for the connection", "err", err)
			conn.Close()
			// the read loop notices and clears conn; wait for that
		}
		select {
		case <-changed:
		case <-ctx.Done():
			return fmt.Errorf("企业微信连接不可用: %w", ctx.Err())
		}
	}
}

func (c *LongConn) respond(ctx context.Context, reqID, cmd string, body any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	return c.send(ctx, frame{Cmd: cmd, Headers: map[string]string{"req_id": reqID}, Body: b})
}

// onMessage answers a message callback: a first frame at once, then the
// answer streamed under the callback's req_id.
func (c *LongConn) onMessage(f frame) {
	received := time.Now()
	reqID := f.Headers["req_id"]
	var m message
	if err := json.Unmarshal(f.Body, &m); err != nil || reqID == "" {
		c.log.Warn("wecom: unreadable message", "err", err)
		return
	}
	if !c.core.FirstDelivery(platform, m.MsgID, m.conversation().Chat, m.ts(), received) {
		c.log.Info("wecom: duplicate message ignored", "msgid", m.MsgID)
		return
	}
	q := m.question(c.cfg.BotName)
	if m.MsgType != "text" && m.MsgType != "mixed" || q == "" && m.MsgType == "mixed" {
		c.core.Go("wecom unsupported", func(context.Context) {
			ctx, cancel := c.core.Fresh()
			defer cancel()
			_ = c.respond(ctx, reqID, cmdRespond, newStream(newID(), "目前只能回答文字提问,请直接输入问题。", true, ""))
		})
		return
	}
	r := &streamReply{id: newID(), send: func(ctx context.Context, b streamBody) error {
		return c.respond(ctx, reqID, cmdRespond, b)
	}}
	c.core.Go("wecom answer", func(ctx context.Context) {
		answerMessage(ctx, c.core, c.log, &m, q, r, c.cfg.PartialEvery, received)
	})
}

// onEvent answers the events: a welcome when a user opens the chat, and a
// vote on an answer into the feedback log.
func (c *LongConn) onEvent(f frame) {
	reqID := f.Headers["req_id"]
	var m message
	if err := json.Unmarshal(f.Body, &m); err != nil {
		c.log.Warn("wecom: unreadable event", "err", err)
		return
	}
	switch m.Event.EventType {
	case "enter_chat":
		c.core.Go("wecom welcome", func(context.Context) {
			ctx, cancel := c.core.Fresh()
			defer cancel()
			if err := c.respond(ctx, reqID, cmdWelcome, newText(chat.TextWelcome)); err != nil {
				c.log.Warn("wecom: welcome failed", "err", err)
			}
		})
	case "feedback_event":
		recordFeedback(c.core, c.log, &m)
	default:
		c.log.Info("wecom: event ignored", "type", m.Event.EventType)
	}
}

func recordFeedback(core *chat.Core, log *slog.Logger, m *message) {
	fb := m.Event.Feedback
	if fb == nil {
		return
	}
	rec := chat.Feedback{Time: time.Now().UTC(), Platform: platform, Vote: vote(fb.Type), User: m.From.UserID,
		Channel: m.conversation().Chat, Comment: fb.Content}
	if err := core.Feedback.Record(fb.ID, rec); err != nil {
		log.Error("feedback not recorded", "err", err)
	}
	log.Info("feedback", "platform", platform, "vote", rec.Vote, "user", rec.User)
}

// answerMessage is the answer to one message, shared by both modes: the
// scope check, help, then the question through the core.
func answerMessage(ctx context.Context, core *chat.Core, log *slog.Logger, m *message, q string, r *streamReply, every time.Duration, received time.Time) {
	key := m.conversation()
	scope := core.Scope(platform, m.ChatID)
	dctx, cancel := core.Fresh()
	defer cancel()
	if !scope.Allows(m.From.UserID) {
		log.Info("wecom: user not allowed", "chat", key.Chat, "user", m.From.UserID)
		_ = r.Apologize(dctx, chat.TextDenied)
		return
	}
	if isHelp(q) {
		_ = r.Apologize(dctx, chat.TextHelp)
		return
	}
	if err := r.Partial(dctx, chat.TextSearching); err != nil {
		log.Warn("wecom: first frame failed", "err", err)
	}
	log.Info("wecom: first frame", "msgid", m.MsgID, "ms", time.Since(received).Milliseconds())
	core.Ask(ctx, chat.Question{Key: key, User: m.From.UserID, Text: q, Scope: scope, Received: received, PartialEvery: every}, r)
}

// streamReply is one answer as a WeCom stream: each frame carries the
// whole text so far, the last one finish:true.
type streamReply struct {
	id   string
	send func(ctx context.Context, b streamBody) error
}

func (r *streamReply) Partial(ctx context.Context, text string) error {
	// A partial frame is worth little late: while the connection is being
	// redialed it waits a while, not as long as the answer itself may.
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if text != chat.TextSearching {
		text = chat.PartialMarkdown(text)
	}
	return r.send(ctx, newStream(r.id, clip(text), false, ""))
}

func (r *streamReply) Answer(ctx context.Context, resp *answer.Response, feedbackID string) error {
	return r.send(ctx, newStream(r.id, answerText(resp), true, feedbackID))
}

func (r *streamReply) Apologize(ctx context.Context, text string) error {
	return r.send(ctx, newStream(r.id, text, true, ""))
}
