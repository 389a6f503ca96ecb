package access_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/access"
	"github.com/gongwen/gongwen/internal/document"
)

func mustHash(t *testing.T, s string) string {
	t.Helper()
	h, err := access.HashWithCost(s, access.MinCost)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func TestScopeAllows(t *testing.T) {
	qc := document.Meta{ID: "001", Org: "清远市清城区民政局", Kind: document.KindReport, Tags: []string{"清城区民政局"}}
	qx := document.Meta{ID: "002", Org: "清远市清新区民政局", Kind: document.KindReport}
	pl := document.Meta{ID: "003", Org: "株洲市民政局", Kind: document.KindPlan}
	noOrg := document.Meta{ID: "004", Title: "关于清城区民政局工作的批复", Kind: document.KindOther}
	tests := []struct {
		name  string
		rules []access.Rule
		want  map[string]bool
	}{
		{"org substring", []access.Rule{{Org: "清城区"}}, map[string]bool{"001": true}},
		{"org never matches the title", []access.Rule{{Org: "清城区民政局"}}, map[string]bool{"001": true}},
		{"org with spaces", []access.Rule{{Org: " 清城区 "}}, map[string]bool{"001": true}},
		{"kind", []access.Rule{{Kind: "plan"}}, map[string]bool{"003": true}},
		{"org and kind together", []access.Rule{{Org: "民政局", Kind: "report"}}, map[string]bool{"001": true, "002": true}},
		{"any rule", []access.Rule{{Org: "清新区"}, {Kind: "plan"}}, map[string]bool{"002": true, "003": true}},
		{"doc id", []access.Rule{{Doc: "004"}}, map[string]bool{"004": true}},
		{"tag", []access.Rule{{Tag: "清城区民政局"}}, map[string]bool{"001": true}},
		{"all", []access.Rule{{All: true}}, map[string]bool{"001": true, "002": true, "003": true, "004": true}},
		{"empty rule reads nothing", []access.Rule{{}}, map[string]bool{}},
		{"no rules", nil, map[string]bool{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := access.NewScope(tt.rules...)
			for _, m := range []document.Meta{qc, qx, pl, noOrg} {
				if got := s.Allows(m); got != tt.want[m.ID] {
					t.Errorf("Allows(%s %s) = %v, want %v", m.ID, m.Org, got, tt.want[m.ID])
				}
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	h := mustHash(t, "secret")
	tests := []struct {
		name, file, want string
	}{
		{"not JSON", `users:`, "JSON"},
		{"unknown field", `{"users": [{"name": "a", "password": "x"}]}`, "未知字段"},
		{"plain password", `{"users": [{"name": "a", "password_hash": "secret", "read": [{"all": true}]}]}`, "bcrypt"},
		{"no name", fmt.Sprintf(`{"users": [{"password_hash": %q, "read": [{"all": true}]}]}`, h), "name"},
		{"duplicate", fmt.Sprintf(`{"users": [{"name": "a", "password_hash": %q, "read": [{"all": true}]}, {"name": "a", "password_hash": %q, "read": [{"all": true}]}]}`, h, h), "重复"},
		{"no scope", fmt.Sprintf(`{"users": [{"name": "a", "password_hash": %q}]}`, h), "没有可读范围"},
		{"empty rule", fmt.Sprintf(`{"users": [{"name": "a", "password_hash": %q, "read": [{}]}]}`, h), "规则为空"},
		{"all with org", fmt.Sprintf(`{"users": [{"name": "a", "password_hash": %q, "read": [{"all": true, "org": "x"}]}]}`, h), "all"},
		{"unknown named scope", fmt.Sprintf(`{"users": [{"name": "a", "password_hash": %q, "scope": "镇"}]}`, h), "scopes"},
		{"token hash on a user", fmt.Sprintf(`{"users": [{"name": "a", "token_hash": %q, "read": [{"all": true}]}]}`, h), "token_hash"},
		{"nobody", `{}`, "没有任何用户"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := access.Parse([]byte(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one mentioning %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "secret") && tt.name != "plain password" {
				t.Errorf("error repeats a secret: %v", err)
			}
		})
	}
}

func TestLoginAndToken(t *testing.T) {
	token := access.NewToken()
	file := fmt.Sprintf(`{
	  "scopes": {"清城区民政局": [{"org": "清城区民政局"}, {"tag": "清城区民政局"}]},
	  "users": [{"name": "张三", "password_hash": %q, "scope": "清城区民政局", "read": [{"kind": "plan"}]}],
	  "tokens": [{"name": "夜间脚本", "token_hash": %q, "read": [{"all": true}]}]
	}`, mustHash(t, "正确的口令"), mustHash(t, token))
	path := filepath.Join(t.TempDir(), "access.json")
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := access.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	c, err := f.Login("张三", "正确的口令")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "张三" || c.Via != access.ViaPassword {
		t.Errorf("caller = %+v", c)
	}
	if !c.Allows(document.Meta{Org: "清远市清城区民政局"}) || !c.Allows(document.Meta{Org: "株洲市民政局", Kind: document.KindPlan}) || c.Allows(document.Meta{Org: "清远市清新区民政局", Kind: document.KindReport}) {
		t.Error("named scope and own rules are not both applied")
	}
	for _, bad := range [][2]string{{"张三", "错误的口令"}, {"李四", "正确的口令"}, {"张三", ""}} {
		if _, err := f.Login(bad[0], bad[1]); !errors.Is(err, access.ErrBadCredentials) {
			t.Errorf("Login(%q, %q) = %v, want ErrBadCredentials", bad[0], bad[1], err)
		}
	}

	for range 2 { // the second time from the verified-token memory
		c, err = f.Token(token)
		if err != nil || c.Name != "夜间脚本" || c.Via != access.ViaToken || !c.Scope.IsAll() {
			t.Fatalf("Token = %+v, %v", c, err)
		}
	}
	for _, bad := range []string{"", token[:len(token)-1], token + "x", "正确的口令", strings.Repeat("a", 300)} {
		if _, err := f.Token(bad); !errors.Is(err, access.ErrBadCredentials) {
			t.Errorf("Token(%q) = %v, want ErrBadCredentials", bad, err)
		}
	}
}

func TestHash(t *testing.T) {
	if _, err := access.Hash(""); err == nil {
		t.Error("empty password hashed")
	}
	if _, err := access.Hash(strings.Repeat("口", 25)); err == nil || !strings.Contains(err.Error(), "72") {
		t.Errorf("75-byte password: %v, want the 72-byte limit named", err)
	}
	a, b := access.NewToken(), access.NewToken()
	if a == b || !strings.HasPrefix(a, "gw_") || len(a) < 40 {
		t.Errorf("tokens %q %q", a, b)
	}
}
