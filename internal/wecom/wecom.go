// Package wecom owns gongwen in 企业微信 (WeCom) as a 智能机器人 (AI bot), in
// both of its modes: the long connection, where the server dials out to
// wss://openws.work.weixin.qq.com and needs no public address (the mode an
// intranet machine of a government office can use), and the URL callback,
// where WeCom posts encrypted JSON to /wecom/callback. Answers stream as
// "stream" messages whose every frame is the whole text so far. It is the
// only importer of gorilla/websocket.
package wecom

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
)

const platform = "wecom"

// DefaultURL is the public long-connection endpoint; 政务微信 and other
// private deployments set WECOM_WS_URL to theirs.
const DefaultURL = "wss://openws.work.weixin.qq.com"

// Commands of the long-connection protocol.
const (
	cmdSubscribe     = "aibot_subscribe"
	cmdPing          = "ping"
	cmdMsgCallback   = "aibot_msg_callback"
	cmdEventCallback = "aibot_event_callback"
	cmdRespond       = "aibot_respond_msg"
	cmdWelcome       = "aibot_respond_welcome_msg"
)

// frame is one message of the long connection, both ways.
type frame struct {
	Cmd     string            `json:"cmd,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    json.RawMessage   `json:"body,omitempty"`
	ErrCode int               `json:"errcode,omitempty"`
	ErrMsg  string            `json:"errmsg,omitempty"`
}

// message is the body of a message or event callback, the same in both
// modes (the URL callback's is the decrypted JSON).
type message struct {
	MsgID      string `json:"msgid"`
	AIBotID    string `json:"aibotid"`
	ChatID     string `json:"chatid"`
	ChatType   string `json:"chattype"` // "single" | "group"
	MsgType    string `json:"msgtype"`  // "text" | "mixed" | "stream" | "event" | …
	CreateTime int64  `json:"create_time"`
	From       struct {
		UserID string `json:"userid"`
	} `json:"from"`
	Text struct {
		Content string `json:"content"`
	} `json:"text"`
	Mixed struct {
		Items []struct {
			MsgType string `json:"msgtype"`
			Text    struct {
				Content string `json:"content"`
			} `json:"text"`
		} `json:"msg_item"`
	} `json:"mixed"`
	Stream struct {
		ID string `json:"id"`
	} `json:"stream"` // URL callback: a refresh asking for the stream's latest text
	Event event `json:"event"`
}

type event struct {
	EventType string    `json:"eventtype"`
	Feedback  *feedback `json:"feedback_event,omitempty"`
}

// feedback is a 👍/👎 on an answer that carried a feedback id.
type feedback struct {
	ID      string `json:"id"`
	Type    int    `json:"type"` // 1 accurate, 2 inaccurate, 3 withdrawn
	Content string `json:"content"`
}

// streamBody is a stream reply: each one replaces the text shown.
type streamBody struct {
	MsgType string       `json:"msgtype"`
	Stream  streamFields `json:"stream"`
}

type streamFields struct {
	ID       string         `json:"id"`
	Finish   bool           `json:"finish"`
	Content  string         `json:"content"`
	Feedback *feedbackField `json:"feedback,omitempty"`
}

type feedbackField struct {
	ID string `json:"id"`
}

func newStream(id, content string, finish bool, feedbackID string) streamBody {
	b := streamBody{MsgType: "stream", Stream: streamFields{ID: id, Finish: finish, Content: content}}
	if finish && feedbackID != "" {
		b.Stream.Feedback = &feedbackField{ID: feedbackID}
	}
	return b
}

type textBody struct {
	MsgType string `json:"msgtype"`
	Text    struct {
		Content string `json:"content"`
	} `json:"text"`
}

func newText(s string) textBody {
	b := textBody{MsgType: "text"}
	b.Text.Content = s
	return b
}

// maxStreamBytes is WeCom's limit on a stream's content (20480 bytes).
const maxStreamBytes = 20000

// clip keeps content within the stream limit, cutting at a rune boundary.
func clip(s string) string {
	if len(s) <= maxStreamBytes {
		return s
	}
	cut := maxStreamBytes - len("…")
	for cut > 0 && !utf8RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

var mentionPrefix = regexp.MustCompile(`^@\S+[\s\x{2005}]*`)

// question is what the user typed: text, or the text items of a mixed
// message, with a group chat's leading @mention of the bot removed (WeCom
// leaves it in).
func (m *message) question(botName string) string {
	var parts []string
	switch m.MsgType {
	case "text":
		parts = append(parts, m.Text.Content)
	case "mixed":
		for _, it := range m.Mixed.Items {
			if it.MsgType == "text" {
				parts = append(parts, it.Text.Content)
			}
		}
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if m.ChatType == "group" {
			p = stripMention(p, botName)
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, "\n")
}

func stripMention(s, botName string) string {
	if botName != "" && strings.HasPrefix(s, "@"+botName) {
		return strings.TrimSpace(strings.TrimPrefix(s, "@"+botName))
	}
	return strings.TrimSpace(mentionPrefix.ReplaceAllString(s, ""))
}

// conversation is the chat a message belongs to: the group, or the 1:1
// chat with its user (which has no chat id).
func (m *message) conversation() chat.Key {
	if m.ChatType == "group" && m.ChatID != "" {
		return chat.Key{Platform: platform, Chat: m.ChatID}
	}
	return chat.Key{Platform: platform, Chat: "single:" + m.From.UserID}
}

func (m *message) ts() string {
	if m.CreateTime == 0 {
		return ""
	}
	return time.Unix(m.CreateTime, 0).UTC().Format(time.RFC3339)
}

// isHelp is a message asking what the bot does.
func isHelp(q string) bool {
	switch strings.ToLower(strings.TrimSpace(q)) {
	case "", "help", "帮助", "/help", "?", "？":
		return true
	}
	return false
}

func newID() string {
	var b [8]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// vote maps WeCom's feedback type to the log's vote.
func vote(t int) string {
	switch t {
	case 1:
		return "up"
	case 2:
		return "down"
	}
	return "cancel"
}

// answerText is the final stream content of an answer.
func answerText(resp *answer.Response) string { return clip(chat.Markdown(resp)) }
