package slackbot

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/slack-go/slack"
)

// ManifestOptions shape the app manifest.
type ManifestOptions struct {
	Name string // app and bot display name
	// RequestURL, when set (e.g. "https://gongwen.example.org"), points
	// events, the slash command and interactivity at the HTTP endpoints of
	// "gongwen serve" and turns Socket Mode off; empty: Socket Mode.
	RequestURL string
}

// Scopes are the bot token scopes the bot uses: read mentions and DMs,
// follow threads in public and private channels, post and update replies,
// upload outlines, and react.
var Scopes = []string{
	"app_mentions:read", "chat:write", "im:history", "im:read",
	"channels:history", "groups:history", "commands", "files:write", "reactions:write",
}

// Manifest is the Slack app manifest for gongwen.
func Manifest(o ManifestOptions) slack.Manifest {
	if o.Name == "" {
		o.Name = "公文助手"
	}
	base := strings.TrimRight(o.RequestURL, "/")
	url := func(path string) string {
		if base == "" {
			return ""
		}
		return base + path
	}
	return slack.Manifest{
		Metadata: slack.ManifestMetadata{MajorVersion: 1, MinorVersion: 1},
		Display: slack.Display{
			Name:        o.Name,
			Description: "法治政府建设报告与实施方案的问答、起草与审阅助手",
			// Slack wants 175 to 4000 characters here.
			LongDescription: "面向区县部门、乡镇和社会事务管理机构的工作人员:在频道里 @" + o.Name + " 或私信提问,例如“去年的报告里普法宣传搞了多少场活动?”,回答逐句注明出处(文件标题、年度、章节路径和原文段落);在回复的话题里可以接着追问。" +
				"用 /gongwen outline 按公文层级(一、(一) 1.)起草年度报告某一节的提纲,每个要点附上依据的原文,需要更新的数字标为待填;用 /gongwen plan items 查看实施方案中各单位牵头和配合的任务。" +
				"所有回答都来自已收录的报告和方案原文,找不到依据时会如实说明,不会编造。",
			BackgroundColor: "#8b1a1a",
		},
		Features: slack.Features{
			AppHome: slack.AppHome{MessagesTabEnabled: true},
			BotUser: slack.BotUser{DisplayName: o.Name, AlwaysOnline: true},
			SlashCommands: []slack.ManifestSlashCommand{{
				Command:     "/gongwen",
				Description: "提问、起草提纲、查看方案任务",
				UsageHint:   "ask|outline|plan items|help [-e] …",
				Url:         url("/slack/commands"),
			}},
		},
		OAuthConfig: slack.OAuthConfig{Scopes: slack.OAuthScopes{Bot: Scopes}},
		Settings: slack.Settings{
			EventSubscriptions: &slack.EventSubscriptions{
				RequestUrl: url("/slack/events"),
				// message.groups: follow-ups in private channels' threads.
				BotEvents: []string{"app_mention", "message.im", "message.channels", "message.groups"},
			},
			Interactivity:     &slack.Interactivity{IsEnabled: true, RequestUrl: url("/slack/interactive")},
			SocketModeEnabled: base == "",
		},
	}
}

// WriteManifestJSON writes the manifest as indented JSON.
func WriteManifestJSON(w io.Writer, m slack.Manifest) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(m)
}

// WriteManifestYAML writes the manifest as YAML, the form Slack's "Create
// an app → From a manifest" dialog shows first. The YAML is produced from
// the JSON token stream, so both forms always carry the same fields in the
// same order, and no YAML library is needed.
func WriteManifestYAML(w io.Writer, m slack.Manifest) error {
	js, err := json.Marshal(m)
	if err != nil {
		return err
	}
	// Decoding into a map would lose the key order; walk the tokens.
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	var buf bytes.Buffer
	if err := yamlValue(&buf, dec, 0, false); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// yamlValue writes the next JSON value from dec as YAML at indent. inList
// says the value follows "- " on the current line.
func yamlValue(buf *bytes.Buffer, dec *json.Decoder, indent int, inList bool) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	pad := strings.Repeat("  ", indent)
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			first := true
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return err
				}
				key := kt.(string)
				if !(first && inList) {
					buf.WriteString(pad)
				}
				first = false
				buf.WriteString(yamlScalar(key) + ":")
				if err := yamlChild(buf, dec, indent+1); err != nil {
					return err
				}
			}
			_, err := dec.Token() // '}'
			return err
		case '[':
			for dec.More() {
				buf.WriteString(pad + "- ")
				if err := yamlValue(buf, dec, indent+1, true); err != nil {
					return err
				}
			}
			_, err := dec.Token() // ']'
			return err
		}
	case string:
		buf.WriteString(yamlScalar(t) + "\n")
	case json.Number:
		buf.WriteString(t.String() + "\n")
	case bool:
		buf.WriteString(strconv.FormatBool(t) + "\n")
	case nil:
		buf.WriteString("null\n")
	}
	return nil
}

// yamlChild writes a mapping value: scalars on the key's line, mappings and
// lists on the following lines.
func yamlChild(buf *bytes.Buffer, dec *json.Decoder, indent int) error {
	// Peek by decoding the raw value, then re-tokenize it.
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return err
	}
	sub := json.NewDecoder(bytes.NewReader(raw))
	sub.UseNumber()
	switch raw[0] {
	case '{', '[':
		if string(raw) == "{}" || string(raw) == "[]" {
			buf.WriteString(" " + string(raw) + "\n")
			return nil
		}
		buf.WriteString("\n")
		return yamlValue(buf, sub, indent, false)
	}
	buf.WriteString(" ")
	return yamlValue(buf, sub, indent, false)
}

// yamlScalar quotes a string only when YAML would read it as something
// else, so scopes and URLs stay as readable as in Slack's own examples.
func yamlScalar(s string) string {
	quote := s == "" || strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@` ") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.HasSuffix(s, " ") || strings.ContainsAny(s, "\n\t\"\\")
	switch strings.ToLower(s) {
	case "true", "false", "yes", "no", "on", "off", "null", "~":
		quote = true
	}
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		quote = true
	}
	if quote {
		return strconv.Quote(s)
	}
	return s
}
