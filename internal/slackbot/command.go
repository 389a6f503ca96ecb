package slackbot

import (
	"regexp"
	"strconv"
	"strings"
)

// command is one parsed "/gongwen …" (or a mention's text).
type command struct {
	Name      string // "ask" | "outline" | "plan items" | "help"
	Text      string // the question, or the section title for outline
	Ephemeral bool   // -e / --ephemeral / 私下: only the caller sees the result
	Org       string
	Year      int
	Lead      string // plan items: 牵头 unit
	Plan      string // plan items: plan document ID
}

// Words that name a subcommand, English and Chinese: staff type either.
var commandWords = map[string]string{
	"ask": "ask", "问": "ask", "提问": "ask",
	"outline": "outline", "提纲": "outline", "起草": "outline",
	"help": "help", "帮助": "help", "-h": "help", "--help": "help",
}

// parseCommand reads "/gongwen [ask|outline|plan items|help] [-e|私下] [--org S]
// [--year N] [--lead UNIT] [--plan DOC] TEXT". Anything that does not start
// with a subcommand is a question, so "/gongwen 去年普法搞了多少场" just works.
func parseCommand(text string) command {
	var c command
	var rest []string
	fields := strings.Fields(text)
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		val := func() string {
			if i+1 < len(fields) {
				i++
				return fields[i]
			}
			return ""
		}
		name, inline, hasInline := strings.Cut(f, "=")
		get := func() string {
			if hasInline {
				return inline
			}
			return val()
		}
		switch name {
		case "-e", "--ephemeral", "私下", "-私下":
			c.Ephemeral = true
		case "--org", "-org":
			c.Org = get()
		case "--year", "-year":
			c.Year, _ = strconv.Atoi(strings.TrimSuffix(get(), "年"))
		case "--lead", "-lead":
			c.Lead = get()
		case "--plan", "-plan":
			c.Plan = get()
		default:
			rest = append(rest, f)
		}
	}
	switch {
	case len(rest) == 0:
		c.Name = "help"
		return c
	case rest[0] == "plan" || rest[0] == "方案":
		rest = rest[1:]
		if len(rest) > 0 && (rest[0] == "items" || rest[0] == "任务") {
			rest = rest[1:]
		}
		c.Name = "plan items"
		if c.Lead == "" && len(rest) > 0 {
			c.Lead = strings.Join(rest, "")
		}
		return c
	}
	if n, ok := commandWords[rest[0]]; ok {
		c.Name = n
		rest = rest[1:]
	} else {
		c.Name = "ask"
	}
	c.Text = strings.Join(rest, " ")
	if c.Name != "help" && strings.TrimSpace(c.Text) == "" {
		c.Name = "help"
	}
	return c
}

var (
	userMention = regexp.MustCompile(`<@[A-Z0-9]+(\|[^>]*)?>`)
	slackLink   = regexp.MustCompile(`<([^|>]+)\|([^>]+)>`)
	bareLink    = regexp.MustCompile(`<((?:https?|mailto):[^>]+)>`)
)

// messageText turns a Slack message's text into what the user typed:
// mentions removed, links to their labels, entities unescaped.
func messageText(s string) string {
	s = userMention.ReplaceAllString(s, " ")
	s = slackLink.ReplaceAllString(s, "$2")
	s = bareLink.ReplaceAllString(s, "$1")
	s = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(s)
	return strings.TrimSpace(s)
}
