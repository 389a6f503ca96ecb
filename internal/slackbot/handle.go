package slackbot

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/plan"
)

// inbound is one message the bot may answer, from either transport.
type inbound struct {
	eventID  string
	channel  string
	user     string
	text     string
	ts       string
	threadTS string // the thread's root: the reply goes there
	mention  bool
	received time.Time
}

// onEventsAPI handles one Events API callback, already acknowledged. It
// decides quickly whether to answer and leaves the answering to a task.
func (b *Bot) onEventsAPI(ev slackevents.EventsAPIEvent, received time.Time) {
	var eventID string
	if cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent); ok {
		eventID = cb.EventID
	}
	// An event without an id is known by its message below, never by the
	// empty id: two such events are two questions.
	if eventID != "" && !b.core.Seen("slack:event:"+eventID, received) {
		b.log.Info("duplicate event ignored", "event_id", eventID)
		return
	}
	me := b.userID()
	var m inbound
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		if e.BotID != "" || e.User == "" || e.User == me {
			return
		}
		m = inbound{channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, threadTS: e.ThreadTimeStamp, mention: true}
	case *slackevents.MessageEvent:
		// Subtypes are edits, deletions, joins and bot posts: none is a question.
		if e.BotID != "" || e.SubType != "" || e.User == "" || e.User == me {
			return
		}
		m = inbound{channel: e.Channel, user: e.User, text: e.Text, ts: e.TimeStamp, threadTS: e.ThreadTimeStamp}
		switch {
		case e.ChannelType == slackevents.ChannelTypeIM:
		case e.ThreadTimeStamp != "" && b.core.History.Has(threadKey(e.Channel, e.ThreadTimeStamp), received):
			// A follow-up in a thread the bot is in: no mention needed.
		default:
			return
		}
	default:
		return
	}
	if m.threadTS == "" {
		m.threadTS = m.ts
	}
	m.eventID, m.received = eventID, received
	// One message that mentions the bot arrives as app_mention and as
	// message.*: whichever comes first is answered.
	if !b.core.FirstDelivery("slack", "", m.channel, m.ts, received) {
		return
	}
	scope := b.scope(m.channel)
	if !scope.Allows(m.user) {
		if m.mention || strings.HasPrefix(m.channel, "D") {
			b.goTask("not allowed", func(context.Context) {
				ctx, cancel := b.core.Fresh()
				defer cancel()
				d := destination{channel: m.channel, threadTS: m.threadTS, user: m.user, ephemeral: true}
				if _, err := b.post(ctx, d, textNotAllowed, nil); err != nil {
					b.log.Warn("reply failed", "channel", m.channel, "err", err)
				}
			})
		}
		b.log.Info("user not allowed", "channel", m.channel, "user", m.user)
		return
	}
	key := threadKey(m.channel, m.threadTS)
	b.core.History.Join(key, received)
	b.goTask("answer", func(ctx context.Context) { b.answerMessage(ctx, m, scope, &key) })
}

// threadKey is a Slack thread's conversation.
func threadKey(channel, threadTS string) chat.Key {
	return chat.Key{Platform: "slack", Chat: channel, Thread: threadTS}
}

// answerMessage replies to a mention, a DM or a follow-up in its thread:
// first a placeholder, then the result in its place.
func (b *Bot) answerMessage(ctx context.Context, m inbound, scope ChannelScope, key *chat.Key) {
	d := destination{channel: m.channel, threadTS: m.threadTS, user: m.user}
	cmd := parseCommand(messageText(m.text))
	// A conversation is visible to whoever is in it: "-e" means nothing here.
	cmd.Ephemeral = false
	pctx, cancel := b.core.Fresh()
	defer cancel()
	if cmd.Name == "help" {
		if _, err := b.post(pctx, d, helpText, nil); err != nil {
			b.log.Warn("reply failed", "channel", m.channel, "err", err)
		}
		return
	}
	placeholder, err := b.post(pctx, d, textPlaceholder, nil)
	if err != nil {
		b.log.Error("placeholder failed", "channel", m.channel, "event_id", m.eventID, "err", err)
		return
	}
	b.log.Info("placeholder posted", "channel", m.channel, "event_id", m.eventID,
		"ms", time.Since(m.received).Milliseconds())
	d.placeholder = placeholder
	b.runCommand(ctx, cmd, d, scope, key)
	b.log.Info("answered", "channel", m.channel, "thread", m.threadTS, "event_id", m.eventID,
		"command", cmd.Name, "ms", time.Since(m.received).Milliseconds())
}

// runCommand does one command and delivers its result to d; a question in a
// thread (key set) reads and joins the thread's history. The work runs under
// its deadline; the result, or a short apology, is delivered after it with a
// fresh context, so the user never looks at "正在查找…" for ever.
func (b *Bot) runCommand(ctx context.Context, cmd command, d destination, scope ChannelScope, key *chat.Key) {
	org := cmd.Org
	if org == "" {
		org = scope.Org
	}
	fail := func(ctx context.Context, what string, err error) {
		msg := chat.UserText(err)
		if msg != chat.TextApology && msg != chat.TextTimeout {
			b.log.Info(what+" explained", "channel", d.channel, "err", err)
		} else {
			b.log.Error(what+" failed", "channel", d.channel, "err", err)
		}
		if derr := b.deliver(ctx, d, escape(msg), nil); derr != nil {
			b.log.Error("apology failed", "channel", d.channel, "err", derr)
		}
	}
	switch cmd.Name {
	case "help":
		dctx, cancel := b.core.Fresh()
		defer cancel()
		if err := b.deliver(dctx, d, helpText, nil); err != nil {
			b.log.Warn("reply failed", "channel", d.channel, "err", err)
		}
		return
	case "outline":
		var o *Outline
		err := errors.New("起草提纲的功能暂未开放,请先使用命令行: gongwen outline --section …")
		if b.cfg.Outline == nil {
			err = chat.Explained(err)
		} else {
			err = b.core.Within(ctx, func(ctx context.Context) error {
				var err error
				o, err = b.cfg.Outline(ctx, OutlineRequest{Section: cmd.Text, Org: org, Year: cmd.Year})
				return err
			})
		}
		dctx, cancel := b.core.Fresh()
		defer cancel()
		if err != nil {
			fail(dctx, "outline", err)
			return
		}
		if err := b.deliverOutline(dctx, d, o); err != nil {
			fail(dctx, "outline delivery", err)
		}
		return
	case "plan items":
		var items []plan.PlanItem
		err := errors.New("实施方案任务查询暂未开放,请先使用命令行: gongwen plan items")
		if b.cfg.PlanItems == nil {
			err = chat.Explained(err)
		} else {
			err = b.core.Within(ctx, func(ctx context.Context) error {
				var err error
				items, err = b.cfg.PlanItems(ctx, cmd.Plan, cmd.Lead)
				return err
			})
		}
		dctx, cancel := b.core.Fresh()
		defer cancel()
		if err != nil {
			fail(dctx, "plan items", err)
			return
		}
		blocks, fallback := planItemsBlocks(items, cmd.Lead)
		if err := b.deliver(dctx, d, fallback, blocks); err != nil {
			fail(dctx, "plan items delivery", err)
		}
		return
	}
	q := chat.Question{User: d.user, Text: cmd.Text, Org: org, Year: cmd.Year, Scope: scope, Once: key == nil}
	if key != nil {
		q.Key = *key
	}
	if d.placeholder != "" {
		q.PartialEvery = b.cfg.UpdateInterval
	}
	b.core.Ask(ctx, q, slackReply{b: b, d: d})
}

// slackReply shows one answer in Slack: partial text and the result in the
// placeholder's place (or through the response_url).
type slackReply struct {
	b *Bot
	d destination
}

func (r slackReply) Partial(ctx context.Context, text string) error {
	return r.b.update(ctx, r.d.channel, r.d.placeholder, escape(truncate(text, maxSectionRunes))+" …", nil)
}

func (r slackReply) Answer(ctx context.Context, resp *answer.Response, feedbackID string) error {
	blocks, fallback := answerBlocks(resp, feedbackID)
	return r.b.deliver(ctx, r.d, fallback, blocks)
}

func (r slackReply) Apologize(ctx context.Context, text string) error {
	return r.b.deliver(ctx, r.d, escape(text), nil)
}

// longOutlineRunes is where an outline is better read as a file than in chat.
const longOutlineRunes = 2500

// deliverOutline posts an outline; a long one goes as a Word file when
// there is one and a file can be shared where the user asked.
func (b *Bot) deliverOutline(ctx context.Context, d destination, o *Outline) error {
	long := utf8.RuneCountInString(o.Markdown) > longOutlineRunes
	if long && len(o.DOCX) > 0 && !d.ephemeral && d.channel != "" {
		name := o.Title
		if name == "" {
			name = "提纲"
		}
		err := b.retry(ctx, "files.upload", func() error {
			_, err := b.api.UploadFileContext(ctx, slack.UploadFileParameters{
				Reader:          bytes.NewReader(o.DOCX), // fresh per attempt: a retry re-reads it
				FileSize:        len(o.DOCX),
				Filename:        safeFilename(name) + ".docx",
				Title:           name,
				Channel:         d.channel,
				ThreadTimestamp: d.threadTS,
				InitialComment:  "提纲较长,已生成 Word 文件,请下载后修改。",
			})
			return err
		})
		if err == nil {
			return b.deliver(ctx, d, fmt.Sprintf("提纲《%s》已作为 Word 文件发送。", name), nil)
		}
		// Not a member of the channel, or files:write missing: the text is
		// still worth having.
		b.log.Warn("outline upload failed, sending as message", "channel", d.channel, "err", err)
	}
	blocks, fallback := outlineBlocks(o)
	if len(blocks) > 45 {
		blocks = append(blocks[:45], slack.NewContextBlock("", mrkdwn("提纲过长,其余部分请用命令行生成: gongwen outline --format docx")))
	}
	return b.deliver(ctx, d, fallback, blocks)
}

func safeFilename(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < 0x20 {
			return '_'
		}
		return r
	}, s)
}

// destination is where a result goes: a thread (with the placeholder to
// replace), a slash command's response_url, or an ephemeral reply.
type destination struct {
	channel     string
	threadTS    string
	user        string
	placeholder string // ts of "正在查找…" to replace
	responseURL string
	ephemeral   bool
}

// post sends a new message to d and returns its ts (empty for response_url
// and ephemeral messages, which cannot be updated by ts).
func (b *Bot) post(ctx context.Context, d destination, text string, blocks []slack.Block) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	if d.threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(d.threadTS))
	}
	var ts string
	err := b.retry(ctx, "post", func() error {
		var err error
		switch {
		case d.responseURL != "":
			rt := slack.ResponseTypeInChannel
			if d.ephemeral {
				rt = slack.ResponseTypeEphemeral
			}
			_, _, err = b.api.PostMessageContext(ctx, d.channel, append(opts, slack.MsgOptionResponseURL(d.responseURL, rt))...)
		case d.ephemeral:
			_, err = b.api.PostEphemeralContext(ctx, d.channel, d.user, opts...)
		default:
			_, ts, err = b.api.PostMessageContext(ctx, d.channel, opts...)
		}
		return err
	})
	return ts, err
}

// deliver replaces d's placeholder with the result, or posts it when there
// is none. A result Slack rejects (too long, bad blocks) is retried as plain
// text, so the user still gets something.
func (b *Bot) deliver(ctx context.Context, d destination, text string, blocks []slack.Block) error {
	if d.placeholder == "" {
		_, err := b.post(ctx, d, text, blocks)
		if err != nil && len(blocks) > 0 && !isRateLimit(err) {
			b.log.Warn("blocks rejected, sending text", "channel", d.channel, "err", err)
			_, err = b.post(ctx, d, text, nil)
		}
		return err
	}
	err := b.update(ctx, d.channel, d.placeholder, text, blocks)
	if err != nil && len(blocks) > 0 && !isRateLimit(err) {
		b.log.Warn("blocks rejected, sending text", "channel", d.channel, "err", err)
		err = b.update(ctx, d.channel, d.placeholder, text, nil)
	}
	return err
}

func (b *Bot) update(ctx context.Context, channel, ts, text string, blocks []slack.Block) error {
	opts := []slack.MsgOption{slack.MsgOptionText(text, false)}
	// An update without blocks keeps the old ones; an empty list clears them.
	opts = append(opts, slack.MsgOptionBlocks(blocks...))
	return b.retry(ctx, "update", func() error {
		_, _, _, err := b.api.UpdateMessageContext(ctx, channel, ts, opts...)
		return err
	})
}

func isRateLimit(err error) bool {
	var rl *slack.RateLimitedError
	return errors.As(err, &rl)
}
