// Package httpapi owns gongwen's JSON API: ask (whole or streamed), search,
// outline, plan items and coverage, the documents (list, one whole, upload,
// remove), feedback and a health check, with the same shapes as the CLI's
// --json output, so scripts can move between the two. Every handler that
// shows a document's content asks Server.allowed first.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/access"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/outline"
)

// Asker answers one question; *answer.Engine satisfies it.
type Asker interface {
	Ask(ctx context.Context, req answer.Request) (*answer.Response, error)
}

// Searcher searches for a question as ask reads it (the documents it
// names, the office and year it is about); *answer.Engine satisfies it.
type Searcher interface {
	Search(ctx context.Context, q string, k int, f index.Filter, now time.Time) ([]index.Hit, error)
}

// Index is what the API reads from the index; *index.Index satisfies it.
type Index interface {
	Search(ctx context.Context, query string, k int, f index.Filter) ([]index.Hit, error)
	Docs() []*index.StoredDoc
	Doc(id string) (*index.StoredDoc, bool)
	Chunks(docID string) []document.Chunk
}

// OutlineRequest is the body of POST /v1/outline. An empty section asks
// for the whole-report outline, as the CLI does without --section.
type OutlineRequest struct {
	Section string `json:"section,omitempty"`
	Org     string `json:"org,omitempty"`
	Year    int    `json:"year,omitempty"`
}

// Server is the JSON API. The function fields are filled by the wiring in
// serve; while nil their endpoints answer 501.
type Server struct {
	Asker Asker
	// Searcher, when set, serves /v1/search as the CLI's search does;
	// else the index is searched for the question's words alone.
	Searcher Searcher
	Index    Index
	// Access, when set, says whether the caller of r may read the document:
	// the one place access rules plug in (see allowed). Nil: all may.
	Access func(r *http.Request, docID string) bool
	// Outline drafts a section outline (Section empty: the whole report).
	Outline func(ctx context.Context, req OutlineRequest) (*outline.Outline, error)
	// PlanItems lists a plan's tasks (planID empty: the default plan), only
	// those led by lead when set, from the plans allow accepts.
	PlanItems func(ctx context.Context, planID, lead string, allow func(docID string) bool) (any, error)
	// PlanCoverage grades a report against a plan's tasks (planID empty:
	// every plan), reading only documents allow accepts; the result is
	// written as JSON.
	PlanCoverage func(ctx context.Context, reportID, planID string, allow func(docID string) bool) (any, error)
	// Ingest adds uploaded files to the index and makes the server answer
	// from the new one before it returns; progress is called per file.
	Ingest func(ctx context.Context, files []UploadFile, progress func(Progress)) (*IngestResult, error)
	// Remove drops a document from the index, likewise swapping it.
	Remove func(ctx context.Context, docID string) error
	// Feedback records a 👍/👎 on an answer.
	Feedback func(ctx context.Context, fb Feedback) error
	Logger   *slog.Logger
	// Timeout bounds one request's work; default 2 minutes.
	Timeout time.Duration
	// Accounts is the access file: who may log in and what each may read
	// (see CallerFrom). Nil is the single-user mode: no login, every
	// document readable (serve then listens on the loopback interface only).
	Accounts *access.File
	// SecureCookies marks the session cookie Secure even without TLS here,
	// for a server behind an HTTPS proxy.
	SecureCookies bool
	// Audit, when set, receives one entry per question and per outline.
	Audit *audit.Log

	sessions sessions
	failures failures
}

// ErrBadRequest marks an error the caller made; handlers answer 400.
var ErrBadRequest = errors.New("bad request")

// Handler routes the API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	route := func(method, path string, h func(w http.ResponseWriter, r *http.Request) (any, error)) {
		mux.Handle(method+" "+path, s.wrap(h))
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", method)
			writeError(w, http.StatusMethodNotAllowed, "该接口只接受 "+method+" 请求")
		})
	}
	route("POST", "/v1/login", s.login)
	route("GET", "/v1/session", s.session)
	route("POST", "/v1/logout", s.logout)
	route("POST", "/v1/ask", s.ask)
	route("POST", "/v1/search", s.search)
	// Handlers that write their own answer (a stream, a file) are not
	// wrapped; methodNotAllowed answers the other methods in JSON.
	mux.HandleFunc("POST /v1/ask/stream", s.askStream)
	methodNotAllowed(mux, "/v1/ask/stream", "POST")
	route("POST", "/v1/outline", s.outline)
	mux.HandleFunc("GET /v1/outline/download", s.outlineFile)
	methodNotAllowed(mux, "/v1/outline/download", "GET")
	route("GET", "/v1/plan/items", s.planItems)
	route("GET", "/v1/plan/coverage", s.planCoverage)
	mux.Handle("GET /v1/docs", s.wrap(s.docs))
	mux.HandleFunc("POST /v1/docs", s.upload)
	methodNotAllowed(mux, "/v1/docs", "GET, POST")
	mux.Handle("GET /v1/docs/{id}", s.wrap(s.doc))
	mux.Handle("DELETE /v1/docs/{id}", s.wrap(s.remove))
	methodNotAllowed(mux, "/v1/docs/{id}", "GET, DELETE")
	route("POST", "/v1/feedback", s.feedback)
	route("GET", "/healthz", s.health)
	mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "没有这个接口: "+r.URL.Path)
	})
	return s.authenticate(mux)
}

func methodNotAllowed(mux *http.ServeMux, path, methods string) {
	mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", methods)
		writeError(w, http.StatusMethodNotAllowed, "该接口只接受 "+strings.ReplaceAll(methods, ", ", "、")+" 请求")
	})
}

// statusError carries an HTTP status other than 400/500.
type statusError struct {
	code int
	msg  string
	err  error
}

func (e *statusError) Error() string { return e.msg }
func (e *statusError) Unwrap() error { return e.err }

// WithStatus marks err, returned by an injected handler, to be answered with
// code (e.g. 404 for a plan that does not exist) and err's message.
func WithStatus(code int, err error) error {
	return &statusError{code: code, msg: err.Error(), err: err}
}

func (s *Server) wrap(h func(w http.ResponseWriter, r *http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout())
		defer cancel()
		start := time.Now()
		out, err := h(w, r.WithContext(ctx))
		code := statusOf(err)
		log := s.logger()
		if err != nil {
			msg := err.Error()
			if code == http.StatusInternalServerError {
				log.Error("api request failed", "path", r.URL.Path, "err", err)
				msg = "内部错误,请稍后再试"
			}
			writeError(w, code, msg)
		} else {
			writeJSON(w, code, out)
		}
		log.Info("api", "method", r.Method, "path", r.URL.Path, "status", code, "ms", time.Since(start).Milliseconds())
	})
}

// statusOf is the HTTP status err is answered with; 200 for nil.
func statusOf(err error) int {
	var se *statusError
	switch {
	case err == nil:
		return http.StatusOK
	case errors.As(err, &se):
		return se.code
	case errors.Is(err, ErrBadRequest):
		return http.StatusBadRequest
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	}
	return http.StatusInternalServerError
}

func (s *Server) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Logger
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// KindsText lists the document kinds a request may name, for messages.
const KindsText = "report、plan、policy、reply 或 other"

// KnownKind says whether kind names a kind of document a request may
// filter by; the CLI's --kind is checked by it too.
func KnownKind(kind string) bool {
	switch document.Kind(kind) {
	case document.KindReport, document.KindPlan, document.KindPolicy, document.KindReply, document.KindOther:
		return true
	}
	return false
}

// AskRequest is the body of POST /v1/ask and /v1/ask/stream.
type AskRequest struct {
	Q       string        `json:"q"`
	Now     string        `json:"now,omitempty"` // YYYY-MM-DD
	Org     string        `json:"org,omitempty"`
	Year    int           `json:"year,omitempty"`
	Kind    string        `json:"kind,omitempty"` // report | plan | policy | reply | other: preferred when the question names none
	Doc     string        `json:"doc,omitempty"`  // a document id: answer from that document only
	History []answer.Turn `json:"history,omitempty"`
}

// allowed says whether the caller of r may read the document: its scope in
// the access file (callerAllows) and the Access hook when set. Every
// handler that returns document content filters through it, so the
// server's access rules plug in at this one place.
func (s *Server) allowed(r *http.Request, docID string) bool {
	return (s.Access == nil || s.Access(r, docID)) && s.callerAllows(r, docID)
}

// Allowed is allowed for handlers outside this package (the web page's).
func (s *Server) Allowed(r *http.Request, docID string) bool { return s.allowed(r, docID) }

// allowFunc is allowed for one request, for code that filters documents
// without the request at hand.
func (s *Server) allowFunc(r *http.Request) func(docID string) bool {
	return func(id string) bool { return s.allowed(r, id) }
}

// askRequest checks a request body and turns it into the engine's request,
// restricted to what the caller may read (and to one document when asked).
func (s *Server) askRequest(r *http.Request) (answer.Request, error) {
	var in AskRequest
	if err := decode(r, &in); err != nil {
		return answer.Request{}, err
	}
	if strings.TrimSpace(in.Q) == "" {
		return answer.Request{}, fmt.Errorf("%w: 缺少问题 q", ErrBadRequest)
	}
	if err := badRequest(CheckQuestion("问题", in.Q)); err != nil {
		return answer.Request{}, err
	}
	if err := checkHistory(in.History); err != nil {
		return answer.Request{}, err
	}
	if in.Kind != "" && !KnownKind(in.Kind) {
		return answer.Request{}, fmt.Errorf("%w: kind 应为 %s", ErrBadRequest, KindsText)
	}
	if in.Doc != "" {
		if _, ok := s.Index.Doc(in.Doc); !ok || !s.allowed(r, in.Doc) {
			return answer.Request{}, &statusError{code: http.StatusNotFound, msg: "没有这份文件: " + in.Doc}
		}
	}
	req := answer.Request{Q: in.Q, Org: in.Org, Year: in.Year, Kind: document.Kind(in.Kind), History: in.History}
	req.Allow = func(id string) bool {
		return (in.Doc == "" || id == in.Doc) && s.allowed(r, id)
	}
	if in.Now != "" {
		t, err := time.ParseInLocation("2006-01-02", in.Now, time.Local)
		if err != nil {
			return answer.Request{}, fmt.Errorf("%w: now 应为 YYYY-MM-DD,收到 %q", ErrBadRequest, in.Now)
		}
		req.Now = t
	}
	return req, nil
}

func (s *Server) ask(w http.ResponseWriter, r *http.Request) (any, error) {
	req, err := s.askRequest(r)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	resp, err := s.Asker.Ask(r.Context(), req)
	s.record(r, audit.Entry{Kind: "ask", Q: req.Q, Org: req.Org, Year: req.Year}, start, resp, err)
	if err != nil {
		return nil, err
	}
	s.locate(r, resp)
	return resp, nil
}

// SearchRequest is the body of POST /v1/search.
type SearchRequest struct {
	Q string `json:"q"`
	// K is how many results, 1 to MaxK; nil (left out) is DefaultK. A
	// pointer, so that "k": 0 is told from no k and refused.
	K    *int   `json:"k,omitempty"`
	Org  string `json:"org,omitempty"`
	Year int    `json:"year,omitempty"`
	Kind string `json:"kind,omitempty"` // report | plan | policy | reply | other
	// Now is the day 去年/前年 in the query count from, as in
	// "gongwen search --now"; default today.
	Now string `json:"now,omitempty"`
}

// SearchResult is one result, as in "gongwen search --json".
type SearchResult struct {
	Rank    int          `json:"rank"`
	Score   float64      `json:"score"`
	Doc     document.Ref `json:"doc"`
	Section string       `json:"section"`
	Text    string       `json:"text"` // exactly as in the source document
}

// SearchResponse is the search contract: {"q", "results": [...]}.
type SearchResponse struct {
	Q       string         `json:"q"`
	Results []SearchResult `json:"results"`
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) (any, error) {
	var in SearchRequest
	if err := decode(r, &in); err != nil {
		return nil, err
	}
	if strings.TrimSpace(in.Q) == "" {
		return nil, fmt.Errorf("%w: 缺少检索词 q", ErrBadRequest)
	}
	if err := badRequest(CheckQuestion("检索词", in.Q)); err != nil {
		return nil, err
	}
	if in.Kind != "" && !KnownKind(in.Kind) {
		return nil, fmt.Errorf("%w: kind 应为 %s", ErrBadRequest, KindsText)
	}
	k := DefaultK
	if in.K != nil {
		k = *in.K
		if err := badRequest(CheckK(k)); err != nil {
			return nil, err
		}
	}
	now := time.Now()
	if in.Now != "" {
		t, err := time.ParseInLocation("2006-01-02", in.Now, time.Local)
		if err != nil {
			return nil, fmt.Errorf("%w: now 应为 YYYY-MM-DD,收到 %q", ErrBadRequest, in.Now)
		}
		now = t
	}
	f := index.Filter{Org: in.Org, Year: in.Year, Kind: document.Kind(in.Kind)}
	if ids, restricted := s.readable(r); restricted {
		// Searched within, not filtered after: k results of the caller's
		// own, however many of others' rank above them.
		f.DocIDs = append(ids, noDoc)
	}
	// 去年 in the query means the year it means, as in the CLI's search.
	var hits []index.Hit
	var err error
	if s.Searcher != nil {
		hits, err = s.Searcher.Search(r.Context(), in.Q, k, f, now)
	} else {
		hits, err = s.Index.Search(r.Context(), answer.SearchText(in.Q, now), k, f)
	}
	if err != nil {
		return nil, err
	}
	out := SearchResponse{Q: in.Q, Results: []SearchResult{}}
	for _, h := range hits {
		if !s.allowed(r, h.Doc.ID) {
			continue
		}
		out.Results = append(out.Results, SearchResult{Rank: len(out.Results) + 1, Score: h.Score, Doc: h.Doc.Ref(), Section: h.Chunk.Path.String(), Text: h.Chunk.Text})
	}
	return out, nil
}

func (s *Server) outline(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.Outline == nil {
		return nil, &statusError{code: http.StatusNotImplemented, msg: "起草提纲的接口尚未启用"}
	}
	var in OutlineRequest
	if err := decode(r, &in); err != nil {
		return nil, err
	}
	in.Section = strings.TrimSpace(in.Section) // blank: the whole report
	if err := checkLength("章节标题", in.Section, 100); err != nil {
		return nil, err
	}
	start := time.Now()
	o, err := s.Outline(r.Context(), in)
	s.record(r, audit.Entry{Kind: "outline", Q: in.Section, Org: in.Org, Year: in.Year}, start, o, err)
	if err != nil {
		return nil, err
	}
	if err := s.outlineAllowed(r, o); err != nil {
		return nil, err
	}
	return o, nil
}

// outlineAllowed refuses an outline that cites a document the caller may
// not read. The outline is drafted from the whole index (outline.Build
// takes no access rule yet), and dropping a citation would leave its [n]
// pointing nowhere.
func (s *Server) outlineAllowed(r *http.Request, o *outline.Outline) error {
	for _, c := range o.Citations {
		if !s.allowed(r, c.Doc.ID) {
			return &statusError{code: http.StatusForbidden, msg: "这份提纲会引用您无权阅读的文件,无法提供;请缩小单位或年度范围后再试"}
		}
	}
	return nil
}

func (s *Server) planItems(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.PlanItems == nil {
		return nil, &statusError{code: http.StatusNotImplemented, msg: "实施方案任务接口尚未启用"}
	}
	q := r.URL.Query()
	return s.PlanItems(r.Context(), q.Get("plan"), q.Get("lead"), s.allowFunc(r))
}

// DocInfo is one entry of GET /v1/docs, as in "gongwen docs --json".
type DocInfo struct {
	document.Meta
	Chunks int `json:"chunks"`
}

func (s *Server) docs(w http.ResponseWriter, r *http.Request) (any, error) {
	out := []DocInfo{}
	for _, d := range s.Index.Docs() {
		if !s.allowed(r, d.ID) {
			continue
		}
		out = append(out, DocInfo{Meta: d.Meta, Chunks: len(s.Index.Chunks(d.ID))})
	}
	return map[string]any{"docs": out}, nil
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) (any, error) {
	return map[string]any{"status": "ok", "docs": len(s.Index.Docs())}, nil
}
