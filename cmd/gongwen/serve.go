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

	"github.com/gongwen/gongwen/internal/access"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
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
	fs := newFlags(e, "serve", "serve [--addr 127.0.0.1:8080] [--access FILE | --open] [--channels FILE] [--feedback FILE] [--reload 2s] [--db DIR]")
	db := dbFlag(e, fs)
	addr := fs.String("addr", "127.0.0.1:8080", "HTTP 监听地址(网页工作台和 JSON 接口;配置 SLACK_SIGNING_SECRET 时也接收 Slack 事件)")
	accessPath := fs.String("access", "", "访问控制文件(JSON):用户、访问令牌及各自可读的文件范围,见 docs/serve.md;不指定则为单用户模式,只在本机监听")
	open := fs.Bool("open", false, "无访问控制文件时仍在非本机地址监听:任何能连上的人都无需登录即可读取全部文件")
	secureCookies := fs.Bool("secure-cookies", false, "登录 Cookie 总是标记 Secure(服务位于 HTTPS 反向代理之后时使用)")
	tlsCert := fs.String("tls-cert", "", "HTTPS 证书文件(与 --tls-key 同用)")
	tlsKey := fs.String("tls-key", "", "HTTPS 私钥文件")
	auditMB := fs.Int("audit-max-mb", audit.DefaultMaxBytes>>20, "留痕文件 <db>/audit.jsonl 达到该大小(MB)时轮转,保留最近 5 个")
	channels := fs.String("channels", "", "频道配置 JSON 文件: {\"频道ID\": {\"org\": …, \"kind\": …, \"allowed_users\": […]}}")
	reload := fs.Duration("reload", 2*time.Second, "每隔多久检查索引是否已被 ingest 更新并换用新索引(0 表示不检查)")
	feedback := fs.String("feedback", "", "👍/👎 反馈日志(JSON Lines),默认 <db>/feedback.jsonl")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: logLevel(e.getenv("GONGWEN_LOG_LEVEL"))}))

	if (*tlsCert == "") != (*tlsKey == "") {
		return &exitError{2, errors.New("--tls-cert 与 --tls-key 须同时指定")}
	}
	var af *access.File
	if *accessPath != "" {
		var err error
		if af, err = access.Load(*accessPath); err != nil {
			return &exitError{2, err}
		}
	} else if !isLoopback(*addr) {
		if !*open {
			return &exitError{2, fmt.Errorf("拒绝在 %s 上监听:未指定 --access 访问控制文件时,任何能连上的人都无需登录即可读取全部文件。"+
				"请用 --access 指定用户与可读范围(见 docs/serve.md);或只在本机使用(--addr 127.0.0.1:8080);确需无登录开放时加 --open", *addr)}
		}
		log.Warn("未指定 --access 却在非本机地址监听(--open):任何能连上的人都无需登录即可读取全部文件", "addr", *addr)
	}

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
	lv.watchSnapshots(ctx, *reload, log)
	fb := &feedbackLog{path: *feedback}

	trail, err := audit.Open(*db, int64(*auditMB)<<20, 0)
	if err != nil {
		return err
	}
	defer trail.Close()
	api := &httpapi.Server{Asker: lv, Searcher: lv, Index: liveIndex{lv}, Logger: log,
		Ingest: lv.ingest, Remove: lv.remove, Feedback: fb.add,
		Accounts: af, SecureCookies: *secureCookies, Audit: trail}
	bcfg := slackbot.Config{
		BotToken:      strings.TrimSpace(e.getenv("SLACK_BOT_TOKEN")),
		AppToken:      strings.TrimSpace(e.getenv("SLACK_APP_TOKEN")),
		SigningSecret: strings.TrimSpace(e.getenv("SLACK_SIGNING_SECRET")),
		APIURL:        strings.TrimSpace(e.getenv("SLACK_API_URL")),
		Asker:         auditedAsker{lv, trail, log},
		Channels:      scopes,
		FeedbackPath:  *feedback,
		Logger:        log,
	}
	wireFeatures(e, lv.index, api, &bcfg, trail)

	mux := http.NewServeMux()
	apiHandler := api.Handler()
	mux.Handle("/v1/", apiHandler)
	mux.HandleFunc("/healthz", lv.health) // with the snapshot's generation
	mux.Handle("/", web.Handler())
	// Every channel asks through the audited asker: one 留痕 line per
	// question, whichever chat it came from.
	chans, err := startChannels(ctx, e, log, bcfg.Asker, func() int { return len(lv.index().Docs()) }, *db, mux, &bcfg)
	if err != nil {
		return err
	}
	lv.channels = func() any { return chans.health.Snapshot() }

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("无法监听 %s: %w", *addr, err)
	}
	srv := api.NewHTTPServer(mux)
	srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	srv.BaseContext = func(net.Listener) context.Context { return context.WithoutCancel(ctx) }
	if af == nil {
		log.Info("单用户模式:未指定 --access,无需登录,可读全部文件", "addr", ln.Addr().String(), "loopback_only", isLoopback(*addr))
	} else {
		log.Info("访问控制已启用:/v1 接口需登录或访问令牌", "access", *accessPath, "users", len(af.Users()))
	}
	// Tests and scripts find the port in this line when --addr ends in :0.
	log.Info("listening", "addr", ln.Addr().String(), "docs", len(ix.Docs()), "tls", *tlsCert != "")
	fmt.Fprintf(e.stderr, "网页已启动:请在浏览器中打开 %s (按 Ctrl-C 停止)\n", pageURL(ln.Addr(), *tlsCert != ""))

	errc := make(chan error, 1)
	go func() {
		var err error
		if *tlsCert != "" {
			err = srv.ServeTLS(ln, *tlsCert, *tlsKey)
		} else {
			err = srv.Serve(ln)
		}
		if !errors.Is(err, http.ErrServerClosed) {
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
func wireFeatures(e *env, current func() *index.Index, api *httpapi.Server, bcfg *slackbot.Config, trail *audit.Log) {
	var chat outline.JSONChatter
	if cfg := llmConfig(e); cfg.ChatEnabled() {
		chat = llm.New(cfg)
	}
	buildOutline := func(ctx context.Context, section, org string, year int, allow func(string) bool) (*outline.Outline, error) {
		o, err := outline.Build(ctx, current(), outline.Request{Section: section, Org: org, Year: year, LLM: chat, PromptsDir: e.getenv("GONGWEN_PROMPTS"), Allow: allow})
		var te *outline.TopicError
		if errors.As(err, &te) {
			return nil, userError{err}
		}
		return o, err
	}
	api.Outline = func(ctx context.Context, req httpapi.OutlineRequest) (*outline.Outline, error) {
		o, err := buildOutline(ctx, req.Section, req.Org, req.Year, callerAllow(ctx, current()))
		if errors.As(err, new(userError)) {
			return nil, httpapi.WithStatus(http.StatusUnprocessableEntity, err)
		}
		return o, err
	}
	bcfg.Outline = func(ctx context.Context, req slackbot.OutlineRequest) (*slackbot.Outline, error) {
		start := time.Now()
		o, err := buildOutline(ctx, req.Section, req.Org, req.Year, nil)
		if trail != nil {
			ae := chatEntry(ctx, start, "outline", req.Section, req.Org, req.Year)
			if err != nil {
				ae.Status = http.StatusInternalServerError
			} else {
				ae.Mode, ae.Found = o.Mode, len(o.Citations) > 0
				for _, c := range o.Citations {
					if !slices.ContainsFunc(ae.Docs, func(d audit.Doc) bool { return d.ID == c.Doc.ID }) {
						ae.Docs = append(ae.Docs, audit.Doc{ID: c.Doc.ID, Title: c.Doc.Title})
					}
				}
			}
			if werr := trail.Write(ae); werr != nil {
				api.Logger.Warn("audit write failed", "err", werr)
			}
		}
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
		// Resolved among the readable documents only, so that an error's
		// list of candidates names none of the others.
		readable := slices.DeleteFunc(slices.Clone(current().Docs()), func(d *index.StoredDoc) bool { return !allow(d.ID) })
		docs, err := plan.PlanDocsAmong(readable, planID)
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

// callerAllow is what the API caller in ctx may read, for the packages
// that take an Allow func: nil when everything, nothing without a caller.
func callerAllow(ctx context.Context, ix *index.Index) func(string) bool {
	c := httpapi.CallerFrom(ctx)
	if c != nil && c.Scope.IsAll() {
		return nil
	}
	return func(id string) bool {
		d, ok := ix.Doc(id)
		return ok && c.Allows(d.Meta)
	}
}

// isLoopback reports whether addr (host:port) listens on this machine only.
// An empty host or a name other than localhost listens more widely.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
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

// auditedAsker records the chat bots' questions in the audit trail; the
// HTTP API records its own, knowing the caller. Who asked in which chat
// channel comes from audit.WithOrigin when the bot sets it.
type auditedAsker struct {
	next  slackbot.Asker
	trail *audit.Log
	log   *slog.Logger
}

func (a auditedAsker) Ask(ctx context.Context, req answer.Request) (*answer.Response, error) {
	start := time.Now()
	resp, err := a.next.Ask(ctx, req)
	e := chatEntry(ctx, start, "ask", req.Q, req.Org, req.Year)
	if err != nil {
		e.Status = http.StatusInternalServerError
	} else {
		e.Mode, e.Found = resp.Mode, resp.Found
		seen := map[string]bool{}
		for _, c := range resp.Citations {
			if !seen[c.Doc.ID] {
				seen[c.Doc.ID] = true
				e.Docs = append(e.Docs, audit.Doc{ID: c.Doc.ID, Title: c.Doc.Title})
			}
		}
	}
	if werr := a.trail.Write(e); werr != nil {
		a.log.Warn("audit write failed", "err", werr)
	}
	return resp, err
}

func chatEntry(ctx context.Context, start time.Time, kind, q, org string, year int) audit.Entry {
	e := audit.Entry{Time: start, Channel: "chat", Kind: kind, Q: q, Org: org, Year: year, Ms: time.Since(start).Milliseconds()}
	if o, ok := audit.OriginFrom(ctx); ok {
		e.User, e.Channel = o.User, o.Channel
	}
	return e
}
