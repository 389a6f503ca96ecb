package slackbot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// maxBody bounds a Slack request body; events are a few kilobytes.
const maxBody = 1 << 20

// Handler serves the HTTP Events API (/slack/events), slash commands
// (/slack/commands) and interactivity (/slack/interactive). Every request
// must carry a valid Slack signature made within the last five minutes;
// anything else is answered 401 before it is parsed.
func (b *Bot) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("POST /slack/events", b.verified(b.serveEvents))
	mux.Handle("POST /slack/commands", b.verified(b.serveCommand))
	mux.Handle("POST /slack/interactive", b.verified(b.serveInteractive))
	return mux
}

// verified checks the request's signature (slack.NewSecretsVerifier) over the
// raw body and hands the body on.
func (b *Bot) verified(next func(w http.ResponseWriter, r *http.Request, body []byte)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		received := time.Now()
		body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
		if err != nil || len(body) > maxBody {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		if b.cfg.SigningSecret == "" {
			http.Error(w, "not configured", http.StatusNotFound)
			return
		}
		sv, err := slack.NewSecretsVerifier(r.Header, b.cfg.SigningSecret)
		if err == nil {
			_, _ = sv.Write(body)
			err = sv.Ensure()
		}
		if err != nil {
			// The reason only: headers and secret stay out of the log.
			b.log.Warn("slack request rejected", "path", r.URL.Path, "reason", rejectReason(err), "remote", r.RemoteAddr)
			http.Error(w, "invalid signature", http.StatusUnauthorized)
			return
		}
		ctx := context.WithValue(r.Context(), receivedKey{}, received)
		next(w, r.WithContext(ctx), body)
	})
}

type receivedKey struct{}

func receivedAt(r *http.Request) time.Time {
	if t, ok := r.Context().Value(receivedKey{}).(time.Time); ok {
		return t
	}
	return time.Now()
}

func rejectReason(err error) string {
	switch {
	case errors.Is(err, slack.ErrExpiredTimestamp):
		return "stale timestamp"
	case errors.Is(err, slack.ErrMissingHeaders):
		return "missing signature headers"
	case errors.Is(err, slack.ErrInvalidSignature):
		return "invalid signature"
	}
	return "malformed signature"
}

func (b *Bot) serveEvents(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		// Acknowledge anyway: an event we cannot read will not improve
		// when Slack sends it again.
		b.log.Warn("unreadable event", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		v, _ := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if v == nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"challenge": v.Challenge})
		return
	case slackevents.AppRateLimited:
		b.log.Warn("slack is rate limiting event delivery to this app")
	case slackevents.CallbackEvent:
		if n := r.Header.Get("X-Slack-Retry-Num"); n != "" {
			b.log.Info("event redelivered", "retry", n, "reason", r.Header.Get("X-Slack-Retry-Reason"))
		}
		// Acknowledge first, work after: Slack retries what is not
		// acknowledged within 3 seconds.
		b.onEventsAPI(ev, receivedAt(r))
	}
	w.WriteHeader(http.StatusOK)
}

func (b *Bot) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	r.Body = io.NopCloser(bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	sc, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	ack := b.onSlashCommand(sc, receivedAt(r))
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(ack)
}

func (b *Bot) serveInteractive(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var ic slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &ic); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	b.onInteraction(ic)
	w.WriteHeader(http.StatusOK)
}

// commandAck is the immediate reply to a slash command.
type commandAck struct {
	ResponseType string `json:"response_type"`
	Text         string `json:"text"`
}

// onSlashCommand acknowledges a /gongwen command at once and does the work
// in a task that answers through the command's response_url.
func (b *Bot) onSlashCommand(sc slack.SlashCommand, received time.Time) commandAck {
	cmd := parseCommand(sc.Text)
	scope := b.scope(sc.ChannelID)
	if !scope.Allows(sc.UserID) {
		b.log.Info("user not allowed", "channel", sc.ChannelID, "user", sc.UserID)
		return commandAck{ResponseType: slack.ResponseTypeEphemeral, Text: textNotAllowed}
	}
	if cmd.Name == "help" {
		return commandAck{ResponseType: slack.ResponseTypeEphemeral, Text: helpText}
	}
	d := destination{channel: sc.ChannelID, user: sc.UserID, responseURL: sc.ResponseURL, ephemeral: cmd.Ephemeral}
	b.goTask("command", func(ctx context.Context) {
		b.runCommand(ctx, cmd, d, scope, nil)
		b.log.Info("command answered", "channel", sc.ChannelID, "command", cmd.Name,
			"ephemeral", cmd.Ephemeral, "ms", time.Since(received).Milliseconds())
	})
	return commandAck{ResponseType: slack.ResponseTypeEphemeral, Text: textPlaceholder}
}

// onInteraction records a 👍/👎 click in the feedback log and thanks the
// user privately.
func (b *Bot) onInteraction(ic slack.InteractionCallback) {
	if ic.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, a := range ic.ActionCallback.BlockActions {
		vote := ""
		switch a.ActionID {
		case actionVoteUp:
			vote = "up"
		case actionVoteDown:
			vote = "down"
		default:
			continue
		}
		rec := FeedbackRecord{Time: time.Now().UTC(), Platform: "slack", Vote: vote, User: ic.User.ID, Channel: ic.Channel.ID,
			MessageTS: ic.Container.MessageTs}
		if _, ok := b.core.Feedback.Lookup(a.Value); !ok {
			// Clicked after a restart: the message itself is all there is.
			rec.Answer = ic.Message.Text
		}
		if err := b.core.Feedback.Record(a.Value, rec); err != nil {
			b.log.Error("feedback not recorded", "err", err)
		}
		b.log.Info("feedback", "vote", vote, "channel", ic.Channel.ID, "user", ic.User.ID)
		d := destination{channel: ic.Channel.ID, user: ic.User.ID, responseURL: ic.ResponseURL, ephemeral: true,
			threadTS: ic.Container.ThreadTs}
		if d.responseURL != "" {
			d.threadTS = ""
		}
		b.goTask("feedback thanks", func(context.Context) {
			ctx, cancel := b.core.Fresh()
			defer cancel()
			if _, err := b.post(ctx, d, "已记录您的反馈,谢谢!", nil); err != nil {
				b.log.Warn("feedback thanks failed", "err", err)
			}
		})
	}
}

// RunSocketMode connects to Slack over Socket Mode and serves events until
// ctx ends. Each request is acknowledged over the socket before it is
// worked on, as over HTTP. [Bot.Run] calls it and reconnects when it ends.
func (b *Bot) RunSocketMode(ctx context.Context) error {
	return b.runSocketMode(ctx, func() {})
}

func (b *Bot) runSocketMode(ctx context.Context, connected func()) error {
	if b.cfg.AppToken == "" {
		return errors.New("Socket Mode 需要 SLACK_APP_TOKEN")
	}
	smc := socketmode.New(b.api, socketmode.OptionLog(slogLogger{b}))
	errc := make(chan error, 1)
	go func() { errc <- smc.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("Socket Mode 连接中断: %w", err)
		case evt := <-smc.Events:
			if evt.Type == socketmode.EventTypeConnected {
				connected()
			}
			b.onSocketEvent(ctx, smc, evt)
		}
	}
}

func (b *Bot) onSocketEvent(ctx context.Context, smc *socketmode.Client, evt socketmode.Event) {
	received := time.Now()
	ack := func(payload any) {
		if evt.Request == nil {
			return
		}
		if err := smc.AckCtx(ctx, evt.Request.EnvelopeID, payload); err != nil {
			b.log.Warn("socket mode ack failed", "err", err)
		}
	}
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		b.log.Info("socket mode connecting")
	case socketmode.EventTypeConnected:
		b.log.Info("socket mode connected")
	case socketmode.EventTypeConnectionError, socketmode.EventTypeIncomingError, socketmode.EventTypeErrorBadMessage, socketmode.EventTypeErrorWriteFailed:
		b.log.Warn("socket mode trouble", "type", string(evt.Type), "detail", fmt.Sprintf("%T", evt.Data))
	case socketmode.EventTypeInvalidAuth:
		b.log.Error("socket mode: invalid SLACK_APP_TOKEN")
	case socketmode.EventTypeEventsAPI:
		ack(nil)
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok {
			return
		}
		if evt.Request.RetryAttempt > 0 {
			b.log.Info("event redelivered", "retry", evt.Request.RetryAttempt, "reason", evt.Request.RetryReason)
		}
		b.onEventsAPI(ev, received)
	case socketmode.EventTypeSlashCommand:
		sc, ok := evt.Data.(slack.SlashCommand)
		if !ok {
			ack(nil)
			return
		}
		ack(b.onSlashCommand(sc, received))
	case socketmode.EventTypeInteractive:
		ack(nil)
		if ic, ok := evt.Data.(slack.InteractionCallback); ok {
			b.onInteraction(ic)
		}
	}
}

// slogLogger routes socketmode's own (debug) log lines into slog.
type slogLogger struct{ b *Bot }

func (l slogLogger) Output(_ int, s string) error {
	l.b.log.Debug("socketmode", "msg", strings.TrimSpace(s))
	return nil
}
