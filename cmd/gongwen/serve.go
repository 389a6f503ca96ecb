package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/httpapi"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/outline"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/slackbot"
	"github.com/gongwen/gongwen/internal/web"
)

func init() { extraCommands["serve"] = runServe }

// shutdownGrace is how long answers in progress may finish after SIGINT/SIGTERM.
const shutdownGrace = 20 * time.Second

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "serve [--addr :8080] [--channels FILE] [--feedback FILE] [--db DIR]")
	db := dbFlag(e, fs)
	addr := fs.String("addr", ":8080", "HTTP 监听地址(网页工作台和 JSON 接口;配置 SLACK_SIGNING_SECRET 时也接收 Slack 事件)")
	channels := fs.String("channels", "", "频道配置 JSON 文件: {\"频道ID\": {\"org\": …, \"kind\": …, \"allowed_users\": […]}}")
	feedback := fs.String("feedback", "", "👍/👎 反馈日志(JSON Lines),默认 <db>/feedback.jsonl")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: logLevel(e.getenv("GONGWEN_LOG_LEVEL"))}))

	var scopes map[string]slackbot.ChannelScope
	if *channels != "" {
		var err error
		if scopes, err = slackbot.LoadChannels(*channels); err != nil {
			return &exitError{2, err}
		}
	}
	if *feedback == "" {
		*feedback = filepath.Join(*db, "feedback.jsonl")
	}

	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	var chat answer.ChatClient
	if cfg := llmConfig(e); cfg.ChatEnabled() {
		chat = llm.New(cfg)
		log.Info("llm answers enabled", "model", cfg.ChatModel)
	}
	lv := newLive(*db, embedder(e), ix, func(ix *index.Index) *answer.Engine {
		return &answer.Engine{Index: ix, LLM: chat}
	})
	fb := &feedbackLog{path: *feedback}

	api := &httpapi.Server{Asker: lv, Index: liveIndex{lv}, Logger: log,
		Ingest: lv.ingest, Remove: lv.remove, Feedback: fb.add}
	bcfg := slackbot.Config{
		BotToken:      strings.TrimSpace(e.getenv("SLACK_BOT_TOKEN")),
		AppToken:      strings.TrimSpace(e.getenv("SLACK_APP_TOKEN")),
		SigningSecret: strings.TrimSpace(e.getenv("SLACK_SIGNING_SECRET")),
		APIURL:        strings.TrimSpace(e.getenv("SLACK_API_URL")),
		Asker:         lv,
		Channels:      scopes,
		FeedbackPath:  *feedback,
		Logger:        log,
	}
	wireFeatures(e, lv.index, api, &bcfg)

	mux := http.NewServeMux()
	apiHandler := api.Handler()
	mux.Handle("/v1/", apiHandler)
	mux.Handle("/healthz", apiHandler)
	mux.Handle("/", web.Handler())
	chans, err := startChannels(ctx, e, log, lv, func() int { return len(lv.index().Docs()) }, *db, mux, &bcfg)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("无法监听 %s: %w", *addr, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	// Tests and scripts find the port in this line when --addr ends in :0.
	log.Info("listening", "addr", ln.Addr().String(), "docs", len(ix.Docs()))

	errc := make(chan error, 1)
	go func() {
		if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
			errc <- err
		}
	}()

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down")
	case runErr = <-errc:
		log.Error("server stopped", "err", runErr)
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		log.Warn("http shutdown", "err", err)
	}
	if err := chans.shutdown(sctx); err != nil {
		log.Warn("answers cut short by shutdown", "err", err)
	}
	log.Info("stopped")
	return runErr
}

// wireFeatures connects the outline and plan packages to the API and the
// bot. Errors that tell the user what to change (an unknown topic, a plan
// name that matches nothing) are passed on as such, not as "internal error".
func wireFeatures(e *env, current func() *index.Index, api *httpapi.Server, bcfg *slackbot.Config) {
	var chat outline.JSONChatter
	if cfg := llmConfig(e); cfg.ChatEnabled() {
		chat = llm.New(cfg)
	}
	buildOutline := func(ctx context.Context, section, org string, year int) (*outline.Outline, error) {
		o, err := outline.Build(ctx, current(), outline.Request{Section: section, Org: org, Year: year, LLM: chat, PromptsDir: e.getenv("GONGWEN_PROMPTS")})
		var te *outline.TopicError
		if errors.As(err, &te) {
			return nil, userError{err}
		}
		return o, err
	}
	api.Outline = func(ctx context.Context, req httpapi.OutlineRequest) (*outline.Outline, error) {
		o, err := buildOutline(ctx, req.Section, req.Org, req.Year)
		if errors.As(err, new(userError)) {
			return nil, httpapi.WithStatus(http.StatusUnprocessableEntity, err)
		}
		return o, err
	}
	bcfg.Outline = func(ctx context.Context, req slackbot.OutlineRequest) (*slackbot.Outline, error) {
		o, err := buildOutline(ctx, req.Section, req.Org, req.Year)
		if errors.As(err, new(userError)) {
			return nil, slackbot.Explained(err)
		}
		if err != nil {
			return nil, err
		}
		docx, err := outline.DOCX(o)
		if err != nil {
			docx = nil // the text alone still serves
		}
		return &slackbot.Outline{Title: o.Title, Markdown: outline.Markdown(o), DOCX: docx}, nil
	}

	planItems := func(planID, lead string, allow func(string) bool) (planItemsOutput, error) {
		docs, err := plan.PlanDocs(current(), planID)
		docs = slices.DeleteFunc(docs, func(d *index.StoredDoc) bool { return !allow(d.ID) })
		if err == nil && len(docs) == 0 {
			err = plan.ErrNoPlan
			if planID != "" {
				err = &plan.DocError{Arg: planID}
			}
		}
		var de *plan.DocError
		if errors.As(err, &de) || errors.Is(err, plan.ErrNoPlan) {
			return planItemsOutput{}, userError{err}
		}
		if err != nil {
			return planItemsOutput{}, err
		}
		return buildPlanItems(docs, planFilter{Lead: lead}), nil
	}
	api.PlanItems = func(ctx context.Context, planID, lead string, allow func(string) bool) (any, error) {
		out, err := planItems(planID, lead, allow)
		if errors.As(err, new(userError)) {
			return nil, httpapi.WithStatus(http.StatusNotFound, err)
		}
		return out, err
	}
	api.PlanCoverage = func(ctx context.Context, reportID, planID string, allow func(string) bool) (any, error) {
		out, err := buildCoverage(ctx, current(), reportID, planID, allow)
		if errors.As(err, new(userError)) {
			return nil, httpapi.WithStatus(http.StatusNotFound, err)
		}
		return out, err
	}
	bcfg.PlanItems = func(ctx context.Context, planID, lead string) ([]plan.PlanItem, error) {
		// The Slack bot's access is per channel (allowed_users), not per document.
		out, err := planItems(planID, lead, func(string) bool { return true })
		if errors.As(err, new(userError)) {
			return nil, slackbot.Explained(err)
		}
		return out.Items, err
	}
}

// userError is a failure the user can fix by asking differently.
type userError struct{ error }

func (e userError) Unwrap() error { return e.error }

func logLevel(s string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelInfo
	}
	return l
}
