package slackbot

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

func TestManifest(t *testing.T) {
	tests := []struct {
		name string
		opt  ManifestOptions
	}{
		{"socket_mode", ManifestOptions{}},
		{"http", ManifestOptions{Name: "公文助手-测试", RequestURL: "https://gongwen.example.org/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := Manifest(tt.opt)
			for _, s := range []string{"app_mentions:read", "chat:write", "im:history", "im:read", "channels:history", "groups:history", "commands", "files:write", "reactions:write"} {
				if !slices.Contains(m.OAuthConfig.Scopes.Bot, s) {
					t.Errorf("scope %s missing", s)
				}
			}
			for _, ev := range []string{"app_mention", "message.im", "message.channels"} {
				if !slices.Contains(m.Settings.EventSubscriptions.BotEvents, ev) {
					t.Errorf("event %s missing", ev)
				}
			}
			if got, want := m.Settings.SocketModeEnabled, tt.opt.RequestURL == ""; got != want {
				t.Errorf("socket_mode_enabled = %v, want %v", got, want)
			}
			if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/gongwen" {
				t.Errorf("slash commands = %+v, want /gongwen", m.Features.SlashCommands)
			}
			if !m.Settings.Interactivity.IsEnabled {
				t.Error("interactivity disabled")
			}
			if n := len([]rune(m.Display.LongDescription)); n < 175 || n > 4000 {
				t.Errorf("long_description has %d characters; Slack wants 175..4000", n)
			}
			var js, yml bytes.Buffer
			if err := WriteManifestJSON(&js, m); err != nil {
				t.Fatal(err)
			}
			if !json.Valid(js.Bytes()) {
				t.Fatal("invalid JSON")
			}
			if err := WriteManifestYAML(&yml, m); err != nil {
				t.Fatal(err)
			}
			golden(t, "manifest/"+tt.name+".json", js.Bytes())
			golden(t, "manifest/"+tt.name+".yaml", yml.Bytes())
		})
	}
}

func TestYAMLScalar(t *testing.T) {
	tests := []struct{ in, want string }{
		{"公文助手", "公文助手"},
		{"app_mentions:read", "app_mentions:read"},
		{"https://x.org/slack/events", "https://x.org/slack/events"},
		{"#8b1a1a", `"#8b1a1a"`},
		{"true", `"true"`},
		{"1.5", `"1.5"`},
		{"a: b", `"a: b"`},
		{"- x", `"- x"`},
		{"", `""`},
	}
	for _, tt := range tests {
		t.Run(strings.TrimSpace(tt.in)+"_", func(t *testing.T) {
			if got := yamlScalar(tt.in); got != tt.want {
				t.Errorf("yamlScalar(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}
