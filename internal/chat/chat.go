// Package chat is the conversation core every chat channel shares (Slack,
// 企业微信, 钉钉, later the web page): conversations keyed per thread or chat,
// their follow-up history kept on disk, dedupe of redelivered messages, the
// scope each chat is configured with, the feedback log, and answering with a
// delivery that always happens — the answer, or an apology, is sent with a
// fresh short context even after the work's own deadline has passed.
//
// A channel turns its platform's events into a [Question] and implements
// [Reply] to show partial text, the answer and apologies in its own format.
package chat

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
	"github.com/gongwen/gongwen/internal/document"
)

// Asker answers one question; *answer.Engine satisfies it.
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Response, error)
}

// Texts staff see, whatever the channel.
const (
	TextApology = "抱歉,查找时出了点问题,请稍后再试。如果一直不行,请联系管理员。"
	TextTimeout = "抱歉,这次查找用时过长,没能完成。请稍后再试,或把问题说得更具体些(单位、年度)。"
	TextWelcome = "您好,我是公文助手。可以问我往年法治政府建设报告里写了什么,例如“去年的报告里普法宣传搞了多少场活动?”,每个回答都注明出处。"
	TextHelp    = "直接提问即可,例如:“2024年普法宣传开展了多少场活动?”“株洲方案里局办公室牵头哪些任务?”。在群聊中请先 @我。回答下方列出引用的文件、年度、章节和原文。"
	TextDenied  = "抱歉,本群的公文助手仅对指定人员开放。如需使用,请联系管理员。"
)

// Explained marks an error whose message is meant for the user (an unknown
// topic, an ambiguous plan name): it is shown instead of an apology.
func Explained(err error) error { return &explainedError{err} }

type explainedError struct{ err error }

func (e *explainedError) Error() string { return e.err.Error() }
func (e *explainedError) Unwrap() error { return e.err }

// UserText is what to show the user for err: its own message when it was
// explained, the timeout apology when the work ran out of time, else the
// general apology.
func UserText(err error) string {
	if ee := (*explainedError)(nil); errors.As(err, &ee) {
		return ee.Error()
	}
	if errors.Is(err, ErrDeadline) || errors.Is(err, context.DeadlineExceeded) {
		return TextTimeout
	}
	return TextApology
}

// ErrDeadline is returned by [Core.Within] when the work had not returned
// by its deadline (and its grace).
var ErrDeadline = errors.New("工作超过时限")

// Config is what the core needs.
type Config struct {
	Asker Asker
	// Dir holds the conversation history (history.jsonl); empty keeps it in
	// memory only. serve puts it under the index directory.
	Dir          string
	Scopes       Scopes
	FeedbackPath string // JSON Lines log of votes; empty: log lines only
	Logger       *slog.Logger
	Now          func() time.Time // "now" for 去年/今年; nil: time.Now

	// TaskTimeout bounds the work of one answer; default 2 minutes.
	TaskTimeout time.Duration
	// Grace is how long after TaskTimeout a result is still waited for: the
	// engine answers extractively when its LLM call is cut off by the
	// deadline, and that answer beats an apology. Default 5 s.
	Grace time.Duration
	// DeliverTimeout bounds sending the answer or the apology, with a
	// context of its own; default 30 s.
	DeliverTimeout time.Duration

	MaxConversations int           // default 5000
	MaxTurns         int           // turns kept per conversation; default 6
	TTL              time.Duration // a conversation idle this long is forgotten; default 7 days
}

// Core is the shared conversation state and the task runner. Its zero value
// is not usable: call [New].
type Core struct {
	cfg      Config
	log      *slog.Logger
	History  *Store
	seen     *Dedupe
	Feedback *FeedbackLog

	tasks      sync.WaitGroup
	workCtx    context.Context
	cancelWork context.CancelFunc
}

// New opens the history under cfg.Dir and returns a ready core.
func New(cfg Config) (*Core, error) {
	if cfg.Asker == nil {
		return nil, errors.New("chat: Config.Asker is nil")
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.TaskTimeout <= 0 {
		cfg.TaskTimeout = 2 * time.Minute
	}
	if cfg.Grace <= 0 {
		cfg.Grace = 5 * time.Second
	}
	if cfg.DeliverTimeout <= 0 {
		cfg.DeliverTimeout = 30 * time.Second
	}
	if cfg.MaxConversations <= 0 {
		cfg.MaxConversations = 5000
	}
	if cfg.MaxTurns <= 0 {
		cfg.MaxTurns = 6
	}
	if cfg.TTL <= 0 {
		cfg.TTL = 7 * 24 * time.Hour
	}
	path := ""
	if cfg.Dir != "" {
		path = filepath.Join(cfg.Dir, "history.jsonl")
	}
	st, err := OpenStore(path, cfg.MaxConversations, cfg.MaxTurns, cfg.TTL)
	if err != nil {
		return nil, err
	}
	c := &Core{
		cfg:      cfg,
		log:      cfg.Logger,
		History:  st,
		seen:     NewDedupe(20000, time.Hour),
		Feedback: NewFeedbackLog(cfg.FeedbackPath, 5000),
	}
	c.workCtx, c.cancelWork = context.WithCancel(context.Background())
	return c, nil
}

// Logger is the core's logger.
func (c *Core) Logger() *slog.Logger { return c.log }

// Now is "now" for the questions.
func (c *Core) Now() time.Time { return c.cfg.Now() }

// Scope is the scope configured for a chat of a platform.
func (c *Core) Scope(platform, chatID string) Scope { return c.cfg.Scopes.Lookup(platform, chatID) }

// FirstDelivery reports whether a message is seen for the first time. id is
// the platform's message (or event) id; when there is none the message is
// known by its chat and timestamp, so two messages without ids are never
// taken for one.
func (c *Core) FirstDelivery(platform, id, chatID, ts string, now time.Time) bool {
	key := platform + "\x00id\x00" + id
	if id == "" {
		if chatID == "" && ts == "" {
			return true // nothing to know it by: answer rather than drop
		}
		key = platform + "\x00ts\x00" + chatID + "\x00" + ts
	}
	return c.seen.First(key, now)
}

// Seen is the raw dedupe, for keys a channel builds itself (Slack's one
// message arriving as app_mention and as message.*).
func (c *Core) Seen(key string, now time.Time) bool { return c.seen.First(key, now) }

// Go runs f outside the request or frame that delivered the work: platforms
// want an acknowledgement at once. A panic becomes a log line, never a crash
// of the server. ctx ends only at shutdown: deadlines belong to [Core.Within].
func (c *Core) Go(name string, f func(ctx context.Context)) {
	c.tasks.Add(1)
	go func() {
		defer c.tasks.Done()
		defer func() {
			if r := recover(); r != nil {
				c.log.Error("task panicked", "task", name, "panic", fmt.Sprint(r))
			}
		}()
		f(c.workCtx)
	}()
}

// Within runs work under the task deadline and returns its error, or
// ErrDeadline when it has not returned by the deadline plus the grace. The
// work goes on in the background then, its result unwanted: a hung LLM
// endpoint must not hold the user's answer.
func (c *Core) Within(ctx context.Context, work func(ctx context.Context) error) error {
	wctx, cancel := context.WithTimeout(ctx, c.cfg.TaskTimeout)
	done := make(chan error, 1)
	go func() {
		defer cancel()
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		done <- work(wctx)
	}()
	select {
	case err := <-done:
		return err
	case <-wctx.Done():
	}
	t := time.NewTimer(c.cfg.Grace)
	defer t.Stop()
	select {
	case err := <-done:
		return err
	case <-t.C:
		return ErrDeadline
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Fresh is a context for delivering a result: short, and detached from the
// work's deadline, which may have passed, and from shutdown, so that the
// apology of an answer cut short by a restart still goes out.
func (c *Core) Fresh() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.WithoutCancel(c.workCtx), c.cfg.DeliverTimeout)
}

// Shutdown waits for tasks in progress, then cancels those still running
// when ctx ends, and closes the history file.
func (c *Core) Shutdown(ctx context.Context) error {
	done := make(chan struct{})
	go func() { c.tasks.Wait(); close(done) }()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	c.cancelWork()
	if err != nil {
		<-done
	}
	if cerr := c.History.Close(); err == nil {
		err = cerr
	}
	return err
}

// Question is one question asked in a conversation.
type Question struct {
	Key   Key
	User  string
	Text  string
	Org   string // the user's --org, else the scope's
	Year  int
	Scope Scope
	// Received is when the platform delivered it, for the latency log.
	Received time.Time
	// Allow, when set, is the asker's access to documents
	// (answer.Request.Allow); chat channels limit access per chat through
	// Scope.AllowedUsers instead and leave it nil.
	Allow func(docID string) bool
	// Once is a question outside any conversation (a slash command): it
	// neither reads nor joins a history.
	Once bool
	// PartialEvery is the least time between two partial updates; zero
	// sends none (the channel shows only the final answer).
	PartialEvery time.Duration
}

// Reply is how one channel shows the result of one question.
type Reply interface {
	// Partial shows the answer being written: text is all of it so far.
	Partial(ctx context.Context, text string) error
	// Answer shows the final answer; feedbackID identifies it in votes.
	Answer(ctx context.Context, resp *answer.Response, feedbackID string) error
	// Apologize shows text instead of an answer.
	Apologize(ctx context.Context, text string) error
}

// Ask answers q and delivers through r: partial text while an LLM writes,
// then the answer — or, when the work fails or outlives its deadline, an
// apology. The delivery has a context of its own, so it happens even when
// the work's deadline has passed. An answered question joins the
// conversation's history before it is shown.
func (c *Core) Ask(ctx context.Context, q Question, r Reply) {
	var history []answer.Turn
	if !q.Once {
		history = c.History.Join(q.Key, time.Now())
	}
	org := q.Org
	if org == "" {
		org = q.Scope.Org
	}
	req := answer.Request{Q: q.Text, Now: c.cfg.Now(), Org: org, Year: q.Year,
		Kind: document.Kind(q.Scope.Kind), History: history, Allow: q.Allow}
	var st *streamer
	if q.PartialEvery > 0 {
		st = newStreamer(ctx, q.PartialEvery, r, c.log)
		req.OnDelta = st.add
	}
	var resp *answer.Response
	// Who asked, and in which chat, for the audit trail (留痕).
	ctx = audit.WithOrigin(ctx, audit.Origin{User: q.User, Channel: q.Key.String()})
	err := c.Within(ctx, func(ctx context.Context) error {
		var err error
		resp, err = c.cfg.Asker.Ask(ctx, req)
		return err
	})
	st.stop()
	if err == nil && resp == nil {
		err = errors.New("chat: Asker returned no response")
	}
	dctx, cancel := c.Fresh()
	defer cancel()
	if err != nil {
		c.log.Error("ask failed", "conversation", q.Key.String(), "err", err)
		if derr := r.Apologize(dctx, UserText(err)); derr != nil {
			c.log.Error("apology failed", "conversation", q.Key.String(), "err", derr)
		}
		return
	}
	// Remembered before the answer shows, so a follow-up typed the moment
	// it appears already sees it.
	if !q.Once {
		c.History.Add(q.Key, answer.Turn{Q: q.Text, Answer: resp.Answer}, time.Now())
		if err := c.History.Err(); err != nil {
			c.log.Warn("conversation history not saved", "err", err)
		}
	}
	id := c.Feedback.Remember(Rated{Question: q.Text, Answer: resp.Answer, Citations: resp.Citations})
	if derr := r.Answer(dctx, resp, id); derr != nil {
		c.log.Error("answer delivery failed", "conversation", q.Key.String(), "err", derr)
		if aerr := r.Apologize(dctx, TextApology); aerr != nil {
			c.log.Error("apology failed", "conversation", q.Key.String(), "err", aerr)
		}
		return
	}
	if !q.Received.IsZero() {
		c.log.Info("answered", "conversation", q.Key.String(), "ms", time.Since(q.Received).Milliseconds())
	}
}

// streamer passes LLM text on at most once per interval: every platform
// rate-limits edits, and a reader gains nothing from more.
type streamer struct {
	ctx   context.Context
	every time.Duration
	r     Reply
	log   *slog.Logger
	once  sync.Once
	mu    sync.Mutex
	buf   strings.Builder
	fresh bool
	quit  chan struct{}
	done  chan struct{}
}

func newStreamer(ctx context.Context, every time.Duration, r Reply, log *slog.Logger) *streamer {
	return &streamer{ctx: ctx, every: every, r: r, log: log, quit: make(chan struct{}), done: make(chan struct{})}
}

func (s *streamer) add(delta string) {
	s.mu.Lock()
	s.buf.WriteString(delta)
	s.fresh = true
	s.mu.Unlock()
	s.once.Do(func() { go s.run() })
}

func (s *streamer) run() {
	defer close(s.done)
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		select {
		case <-s.quit:
			return
		case <-s.ctx.Done():
			return
		case <-t.C:
			s.mu.Lock()
			text, changed := s.buf.String(), s.fresh
			s.fresh = false
			s.mu.Unlock()
			if !changed {
				continue
			}
			if err := s.r.Partial(s.ctx, text); err != nil {
				s.log.Warn("partial update failed", "err", err)
			}
		}
	}
}

// stop ends the updates before the final one, so no partial text can land
// after the answer.
func (s *streamer) stop() {
	if s == nil {
		return
	}
	close(s.quit)
	started := true
	s.once.Do(func() { started = false })
	if started {
		<-s.done
	}
}
