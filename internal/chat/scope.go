package chat

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
)

// Scope is what one chat sees: its own org's documents first, the kind of
// document it asks about by default, and optionally only some users may ask.
type Scope struct {
	Org          string   `json:"org,omitempty"`
	Kind         string   `json:"kind,omitempty"`
	AllowedUsers []string `json:"allowed_users,omitempty"`
}

// Allows reports whether user may use the bot under this scope.
func (s Scope) Allows(user string) bool {
	return len(s.AllowedUsers) == 0 || slices.Contains(s.AllowedUsers, user)
}

// Scopes is the channels file: chat id → scope. A key may carry a platform
// prefix ("wecom:wrkSFfCgAA…", "dingtalk:cid6Kx…=="); an unprefixed key is
// a Slack channel id (the file's original form) and matches any platform,
// since ids of different platforms do not collide. "*" is the scope of every
// chat not listed, "wecom:*" of every WeCom chat not listed.
type Scopes map[string]Scope

// Lookup finds the scope of a chat: platform-prefixed id, bare id, the
// platform's "*", the global "*".
func (s Scopes) Lookup(platform, chatID string) Scope {
	for _, k := range []string{platform + ":" + chatID, chatID, platform + ":*", "*"} {
		if k == platform+":" || k == "" {
			continue
		}
		if sc, ok := s[k]; ok {
			return sc
		}
	}
	return Scope{}
}

// LoadScopes reads a channels file: a JSON object from chat id to scope.
func LoadScopes(path string) (Scopes, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("无法读取频道配置: %w", err)
	}
	var m Scopes
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("频道配置 %s 不是有效的 JSON(应为 {\"频道ID\": {\"org\": …, \"allowed_users\": […]}},企业微信群写作 \"wecom:群ID\",钉钉群写作 \"dingtalk:会话ID\"): %w", path, err)
	}
	return m, nil
}
