package main

import (
	"context"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/dingtalk"
	"github.com/gongwen/gongwen/internal/slackbot"
	"github.com/gongwen/gongwen/internal/wecom"
)

// channels are the chat channels serve runs on one conversation core.
type channels struct {
	core   *chat.Core
	health *chat.Health
	wg     sync.WaitGroup
	stop   context.CancelFunc
}

// startChannels starts each chat channel whose variables are set — Slack,
// 企业微信 (long connection and/or URL callback), 钉钉 Stream — on one
// conversation core whose history lives under the index directory, mounts
// their HTTP endpoints and a /healthz that reports each channel's state.
// A configuration that cannot work is an error; a channel that cannot
// connect is not: it retries with backoff while the HTTP API stays up.
func startChannels(ctx context.Context, e *env, log *slog.Logger, asker chat.Asker, docs func() int, db string,
	mux *http.ServeMux, bcfg *slackbot.Config) (*channels, error) {
	get := func(k string) string { return strings.TrimSpace(e.getenv(k)) }
	core, err := chat.New(chat.Config{Asker: asker, Dir: filepath.Join(db, "chat"), Scopes: chat.Scopes(bcfg.Channels),
		FeedbackPath: bcfg.FeedbackPath, Logger: log})
	if err != nil {
		return nil, err
	}
	c := &channels{core: core, health: chat.NewHealth()}
	backoff := chat.Backoff{Min: time.Second, Max: time.Minute}
	var run []func(context.Context)
	var running []string
	// A channel's paths are never the web page: a channel that is off is
	// simply not there.
	slackHTTP, wecomHTTP := http.NotFoundHandler(), http.NotFoundHandler()
	defer func() {
		mux.Handle("/slack/", slackHTTP)
		mux.Handle("/wecom/", wecomHTTP)
	}()

	if bcfg.BotToken != "" || bcfg.AppToken != "" || bcfg.SigningSecret != "" {
		bcfg.Core = core
		bot, err := slackbot.Prepare(*bcfg)
		if err != nil {
			return nil, err
		}
		if bcfg.SigningSecret != "" {
			slackHTTP = bot.Handler()
		}
		run = append(run, func(ctx context.Context) { bot.Run(ctx, c.health, backoff) })
		running = append(running, "slack")
	} else {
		log.Info("slack disabled: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP events)")
	}

	wcfg := wecom.Config{BotID: get("WECOM_BOT_ID"), Secret: get("WECOM_BOT_SECRET"), URL: get("WECOM_WS_URL"),
		Token: get("WECOM_TOKEN"), AESKey: get("WECOM_AES_KEY"), BotName: get("WECOM_BOT_NAME"), Core: core, Logger: log}
	if wcfg.BotID != "" || wcfg.Secret != "" {
		lc, err := wecom.NewLongConn(wcfg)
		if err != nil {
			return nil, err
		}
		run = append(run, func(ctx context.Context) { lc.Run(ctx, c.health) })
		running = append(running, "wecom")
	}
	if wcfg.Token != "" || wcfg.AESKey != "" {
		cb, err := wecom.NewCallback(wcfg)
		if err != nil {
			return nil, err
		}
		wecomHTTP = cb
		c.health.Set("wecom-callback", chat.StateListening, nil)
		running = append(running, "wecom-callback")
	}

	dcfg := dingtalk.Config{ClientID: get("DINGTALK_CLIENT_ID"), ClientSecret: get("DINGTALK_CLIENT_SECRET"),
		CardTemplateID: get("DINGTALK_CARD_TEMPLATE_ID"), APIURL: get("DINGTALK_STREAM_URL"), Core: core, Logger: log}
	if dcfg.ClientID != "" || dcfg.ClientSecret != "" {
		dt, err := dingtalk.New(dcfg)
		if err != nil {
			return nil, err
		}
		run = append(run, func(ctx context.Context) { dt.Run(ctx, c.health) })
		running = append(running, "dingtalk")
	}

	ctx, c.stop = context.WithCancel(ctx)
	for _, f := range run {
		c.wg.Add(1)
		go func() { defer c.wg.Done(); f(ctx) }()
	}
	if len(running) > 0 {
		log.Info("chat channels", "running", strings.Join(running, ","))
	} else {
		log.Info("chat channels: none configured (see docs/wecom.md, docs/dingtalk.md)")
	}

	return c, nil
}

// shutdown waits for the channels to stop (serve's ctx has ended), then for
// the answers in progress.
func (c *channels) shutdown(ctx context.Context) error {
	c.stop()
	done := make(chan struct{})
	go func() { c.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
	}
	return c.core.Shutdown(ctx)
}
