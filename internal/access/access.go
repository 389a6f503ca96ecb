// Package access owns who may read what on a shared gongwen server: the
// access file (users with passwords, API tokens, and the documents each may
// read), credential checks, and Scope.Allows, the one test every answer,
// search, outline and document view applies. It is the only importer of
// golang.org/x/crypto.
//
// Secrets are kept only as bcrypt hashes: the file can be read by anyone who
// administers the machine without giving away a password or a token.
package access

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"sync"

	"golang.org/x/crypto/bcrypt"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// ErrBadCredentials is every failed login or token check. It never says
// whether the user exists, so it cannot be used to list accounts.
var ErrBadCredentials = errors.New("用户名、密码或访问令牌不正确")

// Rule is one kind of document a caller may read. Every field set must
// match (org AND kind AND …); a scope is a list of rules, any of which
// admits a document. A rule with no field set is an error in the file, so
// a typo cannot silently open everything: reading all needs "all": true.
type Rule struct {
	All  bool   `json:"all,omitempty"`
	Org  string `json:"org,omitempty"`  // a substring of the issuing org, e.g. "清城区民政局"
	Kind string `json:"kind,omitempty"` // report | plan | policy | reply | other
	Doc  string `json:"doc,omitempty"`  // one document id (gongwen docs)
	Tag  string `json:"tag,omitempty"`  // a folder tag given at ingest (gongwen ingest --tag)
}

// Scope is the documents one caller may read.
type Scope struct {
	rules []Rule
}

// All is the scope of the single-user mode: everything.
var All = Scope{rules: []Rule{{All: true}}}

// NewScope makes a scope of rules (tests and the channels file use it).
func NewScope(rules ...Rule) Scope {
	for i := range rules {
		rules[i] = rules[i].normalized()
	}
	return Scope{rules: rules}
}

// Rules returns the scope's rules, for display.
func (s Scope) Rules() []Rule { return append([]Rule(nil), s.rules...) }

// IsAll reports whether the scope admits every document.
func (s Scope) IsAll() bool {
	for _, r := range s.rules {
		if r.All {
			return true
		}
	}
	return false
}

func (r Rule) normalized() Rule {
	r.Org = zh.Normalize(strings.TrimSpace(r.Org))
	r.Kind = strings.TrimSpace(r.Kind)
	r.Doc = strings.TrimSpace(r.Doc)
	r.Tag = zh.Normalize(strings.TrimSpace(r.Tag))
	return r
}

func (r Rule) empty() bool {
	return !r.All && r.Org == "" && r.Kind == "" && r.Doc == "" && r.Tag == ""
}

// Allows reports whether the scope admits the document m describes.
func (s Scope) Allows(m document.Meta) bool {
	for _, r := range s.rules {
		if r.allows(m) {
			return true
		}
	}
	return false
}

func (r Rule) allows(m document.Meta) bool {
	if r.All {
		return true
	}
	if r.empty() {
		return false
	}
	if r.Doc != "" && m.ID != r.Doc {
		return false
	}
	if r.Kind != "" && string(m.Kind) != r.Kind {
		return false
	}
	// The org as detected (or given in the manifest), never the title: a
	// title like "关于清城区…的批复" would otherwise open another office's file.
	if r.Org != "" && (m.Org == "" || !strings.Contains(zh.Normalize(m.Org), r.Org)) {
		return false
	}
	if r.Tag != "" && !hasTag(m.Tags, r.Tag) {
		return false
	}
	return true
}

func hasTag(tags []string, want string) bool {
	for _, t := range tags {
		if zh.Normalize(strings.TrimSpace(t)) == want {
			return true
		}
	}
	return false
}

// Caller is who is asking and what they may read.
type Caller struct {
	Name  string // user or token name from the access file; "" in single-user mode
	Via   string // ViaLocal, ViaPassword or ViaToken
	Scope Scope
	// Manage allows uploading documents to the shared index and removing
	// them ("manage": true in the access file).
	Manage bool
}

// How a caller proved who it is.
const (
	ViaLocal    = "local"    // single-user mode: no access file, loopback only
	ViaPassword = "password" // logged in with a password (browser session)
	ViaToken    = "token"    // API token (Authorization: Bearer)
)

// Local is the caller of the single-user mode.
var Local = &Caller{Via: ViaLocal, Scope: All, Manage: true}

// Allows reports whether the caller may read the document m describes.
func (c *Caller) Allows(m document.Meta) bool { return c != nil && c.Scope.Allows(m) }

// fileFormat is the access file on disk.
type fileFormat struct {
	// Scopes names scopes that several entries share: one per office.
	Scopes map[string][]Rule `json:"scopes,omitempty"`
	Users  []entryFormat     `json:"users,omitempty"`
	Tokens []entryFormat     `json:"tokens,omitempty"`
}

type entryFormat struct {
	Name         string `json:"name"`
	PasswordHash string `json:"password_hash,omitempty"` // users
	TokenHash    string `json:"token_hash,omitempty"`    // tokens
	Scope        string `json:"scope,omitempty"`         // a name from "scopes"
	Read         []Rule `json:"read,omitempty"`          // rules of its own, beside the named scope's
	Manage       bool   `json:"manage,omitempty"`        // may upload and remove documents
}

type entry struct {
	name   string
	hash   []byte
	scope  Scope
	manage bool
}

// File is a loaded access file. Its methods are safe for concurrent use.
type File struct {
	users  map[string]*entry
	tokens []*entry

	// slots bounds concurrent bcrypt checks (tens of milliseconds of CPU
	// each), so a flood of forged tokens or passwords cannot take every core.
	slots chan struct{}

	mu   sync.Mutex
	seen map[[sha256.Size]byte]*Caller // tokens already verified, by their SHA-256
}

// Load reads and checks an access file. Every problem is reported with the
// entry it is in, in Chinese, because an administrator edits this file by
// hand.
func Load(path string) (*File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取访问控制文件: %w", err)
	}
	f, err := Parse(b)
	if err != nil {
		return nil, fmt.Errorf("访问控制文件 %s: %w", path, err)
	}
	return f, nil
}

// Parse checks an access file's content.
func Parse(b []byte) (*File, error) {
	var ff fileFormat
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ff); err != nil {
		return nil, fmt.Errorf("不是有效的 JSON(或含有未知字段): %w", err)
	}
	for name, rules := range ff.Scopes {
		if err := checkRules(rules); err != nil {
			return nil, fmt.Errorf("scopes.%s: %w", name, err)
		}
	}
	f := &File{users: map[string]*entry{}, slots: make(chan struct{}, 2), seen: map[[sha256.Size]byte]*Caller{}}
	names := map[string]bool{}
	build := func(kind string, i int, ef entryFormat, hash string) (*entry, error) {
		where := fmt.Sprintf("%s[%d]", kind, i)
		name := strings.TrimSpace(ef.Name)
		if name == "" {
			return nil, fmt.Errorf("%s: 缺少 name", where)
		}
		where += "(" + name + ")"
		if names[name] {
			return nil, fmt.Errorf("%s: 名称重复", where)
		}
		names[name] = true
		if _, err := bcrypt.Cost([]byte(hash)); err != nil {
			return nil, fmt.Errorf("%s: 口令须以 bcrypt 散列保存(用 gongwen access hash 生成),不能写明文", where)
		}
		var rules []Rule
		if ef.Scope != "" {
			named, ok := ff.Scopes[ef.Scope]
			if !ok {
				return nil, fmt.Errorf("%s: scopes 中没有 %q", where, ef.Scope)
			}
			rules = append(rules, named...)
		}
		if err := checkRules(ef.Read); err != nil {
			return nil, fmt.Errorf("%s.read: %w", where, err)
		}
		rules = append(rules, ef.Read...)
		if len(rules) == 0 {
			return nil, fmt.Errorf("%s: 没有可读范围(scope 或 read);要读全部文件请写 \"read\": [{\"all\": true}]", where)
		}
		return &entry{name: name, hash: []byte(hash), scope: NewScope(rules...), manage: ef.Manage}, nil
	}
	for i, ef := range ff.Users {
		if ef.TokenHash != "" {
			return nil, fmt.Errorf("users[%d]: 用户使用 password_hash,token_hash 只用于 tokens", i)
		}
		e, err := build("users", i, ef, ef.PasswordHash)
		if err != nil {
			return nil, err
		}
		f.users[e.name] = e
	}
	for i, ef := range ff.Tokens {
		if ef.PasswordHash != "" {
			return nil, fmt.Errorf("tokens[%d]: 令牌使用 token_hash,password_hash 只用于 users", i)
		}
		e, err := build("tokens", i, ef, ef.TokenHash)
		if err != nil {
			return nil, err
		}
		f.tokens = append(f.tokens, e)
	}
	if len(f.users) == 0 && len(f.tokens) == 0 {
		return nil, errors.New("没有任何用户(users)或令牌(tokens)")
	}
	return f, nil
}

func checkRules(rules []Rule) error {
	for i, r := range rules {
		r = r.normalized()
		if r.empty() {
			return fmt.Errorf("第 %d 条规则为空:至少写 org、kind、doc、tag 之一,或 \"all\": true", i+1)
		}
		if r.All && (r.Org != "" || r.Kind != "" || r.Doc != "" || r.Tag != "") {
			return fmt.Errorf("第 %d 条规则: \"all\": true 不能与其他条件同用", i+1)
		}
	}
	return nil
}

// Entries returns every user and token as the caller it stands for,
// users first, each group by name: for "gongwen access check".
func (f *File) Entries() []*Caller {
	var out []*Caller
	for _, n := range slices.Sorted(maps.Keys(f.users)) {
		out = append(out, &Caller{Name: n, Via: ViaPassword, Scope: f.users[n].scope, Manage: f.users[n].manage})
	}
	for _, e := range f.tokens {
		out = append(out, &Caller{Name: e.name, Via: ViaToken, Scope: e.scope, Manage: e.manage})
	}
	return out
}

// Users returns the user names, for display.
func (f *File) Users() []string {
	out := make([]string, 0, len(f.users))
	for n := range f.users {
		out = append(out, n)
	}
	return out
}

// dummyHash is compared against when a user does not exist, so a login
// for a missing user costs as long as one for a wrong password.
var dummyHash, _ = bcrypt.GenerateFromPassword([]byte("gongwen-no-such-user"), bcrypt.DefaultCost)

// Login checks a user's password.
func (f *File) Login(name, password string) (*Caller, error) {
	f.slots <- struct{}{}
	defer func() { <-f.slots }()
	e, ok := f.users[strings.TrimSpace(name)]
	if !ok {
		_ = bcrypt.CompareHashAndPassword(dummyHash, []byte(password))
		return nil, ErrBadCredentials
	}
	if bcrypt.CompareHashAndPassword(e.hash, []byte(password)) != nil {
		return nil, ErrBadCredentials
	}
	return &Caller{Name: e.name, Via: ViaPassword, Scope: e.scope, Manage: e.manage}, nil
}

// Token checks an API token. A token once verified is remembered by its
// SHA-256 (in memory only), so a script's every request does not pay for
// bcrypt again; tokens are long and random, so the digest is as good a key
// as the token itself.
func (f *File) Token(token string) (*Caller, error) {
	if token == "" || len(token) > 200 {
		return nil, ErrBadCredentials
	}
	sum := sha256.Sum256([]byte(token))
	f.mu.Lock()
	c, ok := f.seen[sum]
	f.mu.Unlock()
	if ok {
		return c, nil
	}
	f.slots <- struct{}{}
	defer func() { <-f.slots }()
	for _, e := range f.tokens {
		if bcrypt.CompareHashAndPassword(e.hash, []byte(token)) == nil {
			c := &Caller{Name: e.name, Via: ViaToken, Scope: e.scope, Manage: e.manage}
			f.mu.Lock()
			f.seen[sum] = c
			f.mu.Unlock()
			return c, nil
		}
	}
	return nil, ErrBadCredentials
}

// Hash returns the bcrypt hash of a password or token for the access file.
func Hash(secret string) (string, error) { return HashWithCost(secret, bcrypt.DefaultCost) }

// MinCost is the cheapest bcrypt cost, for tests: a check costs a
// fraction of a millisecond instead of tens.
const MinCost = bcrypt.MinCost

// HashWithCost is Hash at a given bcrypt cost; the cost is stored in the
// hash, so checking takes as long as hashing did.
func HashWithCost(secret string, cost int) (string, error) {
	if secret == "" {
		return "", errors.New("口令为空")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(secret), cost)
	if errors.Is(err, bcrypt.ErrPasswordTooLong) {
		return "", errors.New("口令过长:bcrypt 最多 72 字节(约 24 个汉字)")
	}
	return string(h), err
}

// NewToken returns a fresh random API token: 32 bytes from crypto/rand,
// with a "gw_" prefix so it is recognizable in a script's configuration.
func NewToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails (crypto/rand documents it)
	return "gw_" + base64.RawURLEncoding.EncodeToString(b)
}

// NewSecret returns n random bytes, URL-safe encoded: session ids and CSRF
// tokens.
func NewSecret(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// Equal compares two secrets in constant time.
func Equal(a, b string) bool { return subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 }
