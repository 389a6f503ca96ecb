package httpapi

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/access"
)

// The browser contract (docs/serve.md):
//
//	POST /v1/login {"user", "password"} → 200 {"user", "csrf_token"} and the
//	     session cookie (HttpOnly, SameSite=Strict, Secure under TLS)
//	GET  /v1/session → 200 {"user", "via", "csrf_token"} or 401 when not logged in
//	POST /v1/logout  → 200, the cookie cleared
//
// A request authenticated by the cookie that changes anything (any method
// but GET, HEAD, OPTIONS) must carry the session's token in X-CSRF-Token.
// Scripts send "Authorization: Bearer <token>" instead and need no CSRF
// token: a browser never adds that header by itself.
const (
	SessionCookie = "gongwen_session"
	CSRFHeader    = "X-CSRF-Token"
	// sessionTTL is how long a login lasts: a working day and then some.
	sessionTTL = 12 * time.Hour
)

type callerKey struct{}

// callerState is the caller of one request and, computed on first use,
// the set of documents it may read.
type callerState struct {
	caller *access.Caller
	once   sync.Once
	docs   map[string]bool
}

// CallerFrom returns who is making the request, as the authentication
// middleware found it: access.Local in single-user mode, nil when the
// request did not authenticate (possible only outside /v1/). Handlers of
// the web page use it to decide what to show.
func CallerFrom(ctx context.Context) *access.Caller {
	if st, ok := ctx.Value(callerKey{}).(*callerState); ok {
		return st.caller
	}
	return nil
}

// WithCaller returns ctx carrying c, for handlers and tests outside the
// middleware.
func WithCaller(ctx context.Context, c *access.Caller) context.Context {
	return context.WithValue(ctx, callerKey{}, &callerState{caller: c})
}

// callerAllows reports whether the caller of r may read document docID by
// its scope. With an access file, a request without a caller may read
// nothing; without one (single-user mode) everything is readable anyway.
func (s *Server) callerAllows(r *http.Request, docID string) bool {
	if s.Accounts == nil {
		return true
	}
	st, ok := r.Context().Value(callerKey{}).(*callerState)
	if !ok || st.caller == nil {
		return false
	}
	if st.caller.Scope.IsAll() {
		return true
	}
	st.once.Do(func() {
		st.docs = map[string]bool{}
		for _, d := range s.Index.Docs() {
			if st.caller.Allows(d.Meta) {
				st.docs[d.ID] = true
			}
		}
	})
	return st.docs[docID]
}

// readable returns the ids of the documents the caller may read, and
// whether that is a restriction at all (false: every document).
func (s *Server) readable(r *http.Request) (ids []string, restricted bool) {
	if c := CallerFrom(r.Context()); s.Access == nil && (s.Accounts == nil || c != nil && c.Scope.IsAll()) {
		return nil, false
	}
	for _, d := range s.Index.Docs() {
		if s.allowed(r, d.ID) {
			ids = append(ids, d.ID)
		}
	}
	return ids, true
}

// noDoc is a document id no index holds: a search limited to it finds
// nothing, where an empty id list would mean no limit at all.
const noDoc = "\x00none"

type session struct {
	caller  *access.Caller
	csrf    string
	expires time.Time
}

// sessions are the browser logins, in memory: a restart logs everyone out,
// which for a server restarted by its administrator is acceptable.
type sessions struct {
	mu sync.Mutex
	m  map[string]*session
}

func (ss *sessions) add(c *access.Caller, now time.Time) (id string, s *session) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.m == nil {
		ss.m = map[string]*session{}
	}
	for k, v := range ss.m {
		if now.After(v.expires) {
			delete(ss.m, k)
		}
	}
	id = access.NewSecret(32)
	s = &session{caller: c, csrf: access.NewSecret(32), expires: now.Add(sessionTTL)}
	ss.m[id] = s
	return id, s
}

func (ss *sessions) get(id string, now time.Time) *session {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	s, ok := ss.m[id]
	if !ok {
		return nil
	}
	if now.After(s.expires) {
		delete(ss.m, id)
		return nil
	}
	return s
}

func (ss *sessions) remove(id string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	delete(ss.m, id)
}

// Guessing passwords: after maxFailures wrong ones in a row a name is
// refused for lockout. bcrypt already makes each guess cost tens of
// milliseconds; this stops a patient script trying a dictionary on one
// account, at the price of a minute's wait for its owner.
const (
	maxFailures = 5
	lockout     = time.Minute
)

type failures struct {
	mu sync.Mutex
	m  map[string]*failCount
}

type failCount struct {
	n     int
	until time.Time // refused until then
	last  time.Time
}

func (f *failures) blocked(name string, now time.Time) time.Duration {
	f.mu.Lock()
	defer f.mu.Unlock()
	if c, ok := f.m[name]; ok && now.Before(c.until) {
		return c.until.Sub(now)
	}
	return 0
}

func (f *failures) fail(name string, now time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string]*failCount{}
	}
	if len(f.m) > 10000 { // names made up by a script: forget the old ones
		for k, c := range f.m {
			if now.Sub(c.last) > lockout {
				delete(f.m, k)
			}
		}
	}
	c, ok := f.m[name]
	if !ok || now.Sub(c.last) > lockout {
		c = &failCount{}
		f.m[name] = c
	}
	c.n++
	c.last = now
	if c.n >= maxFailures {
		c.until, c.n = now.Add(lockout), 0
	}
}

func (f *failures) reset(name string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.m, name)
}

// errUnauthenticated is answered 401 with a WWW-Authenticate header.
var errUnauthenticated = errors.New("需要登录(POST /v1/login)或在 Authorization 头中提供有效的访问令牌")

// authenticate finds the caller of every request and puts it in the
// context. Under /v1/ a request without valid credentials is refused,
// except login and session, which answer for themselves; elsewhere (the
// web page) the caller is simply absent.
func (s *Server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, csrfOK, err := s.identify(r)
		api := strings.HasPrefix(r.URL.Path, "/v1/")
		open := r.URL.Path == "/v1/login" || r.URL.Path == "/v1/session"
		switch {
		case err != nil && api && !open:
			w.Header().Set("WWW-Authenticate", `Bearer realm="gongwen"`)
			writeError(w, http.StatusUnauthorized, err.Error())
			return
		case c != nil && !csrfOK && api && r.URL.Path != "/v1/login":
			writeError(w, http.StatusForbidden, "缺少或错误的 "+CSRFHeader+" 请求头(登录后由 GET /v1/session 取得)")
			return
		}
		if c != nil {
			r = r.WithContext(context.WithValue(r.Context(), callerKey{}, &callerState{caller: c}))
		}
		next.ServeHTTP(w, r)
	})
}

// identify returns the request's caller, and whether the request passes
// the CSRF check (always true but for cookie sessions changing something).
func (s *Server) identify(r *http.Request) (*access.Caller, bool, error) {
	if s.Accounts == nil {
		return access.Local, true, nil
	}
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return nil, false, errUnauthenticated
		}
		c, err := s.Accounts.Token(strings.TrimSpace(tok))
		if err != nil {
			return nil, false, errUnauthenticated
		}
		return c, true, nil
	}
	ck, err := r.Cookie(SessionCookie)
	if err != nil {
		return nil, false, errUnauthenticated
	}
	sess := s.sessions.get(ck.Value, time.Now())
	if sess == nil {
		return nil, false, errUnauthenticated
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return sess.caller, true, nil
	}
	return sess.caller, access.Equal(r.Header.Get(CSRFHeader), sess.csrf), nil
}

// LoginRequest is the body of POST /v1/login.
type LoginRequest struct {
	User     string `json:"user"`
	Password string `json:"password"`
}

// SessionInfo answers POST /v1/login and GET /v1/session.
type SessionInfo struct {
	User string `json:"user"` // "" in single-user mode
	// Via is "local" (single-user mode: no login needed), "password" or
	// "token".
	Via string `json:"via"`
	// CSRFToken goes in the X-CSRF-Token header of every POST/DELETE the
	// page makes; empty when no cookie session is in use.
	CSRFToken string `json:"csrf"`
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) (any, error) {
	var in LoginRequest
	if err := decode(r, &in); err != nil {
		return nil, err
	}
	if s.Accounts == nil {
		return SessionInfo{Via: access.ViaLocal}, nil
	}
	if wait := s.failures.blocked(in.User, time.Now()); wait > 0 {
		secs := int((wait + time.Second - 1) / time.Second)
		w.Header().Set("Retry-After", strconv.Itoa(secs))
		return nil, &statusError{code: http.StatusTooManyRequests, msg: fmt.Sprintf("登录失败次数过多,请 %d 秒后再试", secs)}
	}
	c, err := s.Accounts.Login(in.User, in.Password)
	if err != nil {
		s.failures.fail(in.User, time.Now())
		s.logger().Info("login failed") // no name: a password typed into the name field must not reach the log
		return nil, &statusError{code: http.StatusUnauthorized, msg: "用户名或密码不正确", err: err}
	}
	s.failures.reset(in.User)
	id, sess := s.sessions.add(c, time.Now())
	http.SetCookie(w, &http.Cookie{
		Name:     SessionCookie,
		Value:    id,
		Path:     "/",
		MaxAge:   int(sessionTTL / time.Second),
		HttpOnly: true,
		Secure:   r.TLS != nil || s.SecureCookies,
		SameSite: http.SameSiteStrictMode,
	})
	s.logger().Info("login", "user", c.Name)
	return SessionInfo{User: c.Name, Via: c.Via, CSRFToken: sess.csrf}, nil
}

func (s *Server) session(w http.ResponseWriter, r *http.Request) (any, error) {
	c := CallerFrom(r.Context())
	if c == nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="gongwen"`)
		return nil, &statusError{code: http.StatusUnauthorized, msg: "未登录"}
	}
	info := SessionInfo{User: c.Name, Via: c.Via}
	if ck, err := r.Cookie(SessionCookie); err == nil && c.Via == access.ViaPassword {
		if sess := s.sessions.get(ck.Value, time.Now()); sess != nil {
			info.CSRFToken = sess.csrf
		}
	}
	return info, nil
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) (any, error) {
	if ck, err := r.Cookie(SessionCookie); err == nil {
		s.sessions.remove(ck.Value)
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, Secure: r.TLS != nil || s.SecureCookies, SameSite: http.SameSiteStrictMode})
	return map[string]bool{"ok": true}, nil
}

// uploadReadTimeout bounds reading an upload (maxUpload at about 3 Mbit/s).
const uploadReadTimeout = 10 * time.Minute

// errNoManage: changing the shared index is for the entries of the access
// file marked "manage": true.
var errNoManage = &statusError{code: http.StatusForbidden, msg: "只有可管理文件库的用户(访问控制文件中 \"manage\": true)才能上传或删除文件"}

// mayManage reports whether the caller of r may add documents to the
// index or remove them: everyone in single-user mode.
func mayManage(r *http.Request) bool {
	c := CallerFrom(r.Context())
	return c != nil && (c.Via == access.ViaLocal || c.Manage)
}

// callerName is how the audit trail and the log name a caller.
func callerName(c *access.Caller) string {
	switch {
	case c == nil:
		return ""
	case c.Via == access.ViaLocal:
		return "本机"
	default:
		return c.Name
	}
}

// channelOf names where a request came from for the audit trail.
func channelOf(c *access.Caller) string {
	if c == nil {
		return "web"
	}
	switch c.Via {
	case access.ViaToken:
		return "api"
	case access.ViaPassword:
		return "web"
	}
	return "local"
}
