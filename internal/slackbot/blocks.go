package slackbot

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/plan"
)

// Slack's limits that shape the rendering.
const (
	maxCitations = 5 // citations shown under an answer beyond those it cites by [n]; the rest are counted
	// maxCitationBlocks bounds even the cited ones: a message holds at
	// most 50 blocks, and the answer, its notes and the buttons need some.
	maxCitationBlocks = 40
	maxQuoteRunes     = 160  // a quoted passage is trimmed to this many characters
	maxSectionRunes   = 2900 // a section block's text may hold 3000 characters
	maxFallbackRunes  = 3000 // the notification text of a message
	maxPlanItems      = 20   // plan items listed in one message (Slack allows 50 blocks)
)

// Action IDs of the feedback buttons.
const (
	actionVoteUp   = "gongwen_vote_up"
	actionVoteDown = "gongwen_vote_down"
)

// Texts staff see.
const (
	textPlaceholder = chat.TextSearching
	textApology     = chat.TextApology
	textNotAllowed  = "抱歉,本频道的公文助手仅对指定人员开放。如需使用,请联系管理员。"
)

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject("mrkdwn", s, false, false)
}
func plain(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject("plain_text", s, true, false)
}

// escape makes text safe inside Slack mrkdwn: only &, < and > are special
// to Slack's parser (https://api.slack.com/reference/surfaces/formatting#escaping).
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// truncate cuts s to at most n runes, marking the cut with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

var spaceRun = regexp.MustCompile(`\s+`)

// quote renders a cited passage as a Slack block quote, on one line and
// trimmed: the full passage is one click away in the source, and five long
// quotes would bury the answer.
func quote(text string) string {
	t := strings.TrimSpace(spaceRun.ReplaceAllString(text, " "))
	return "> " + escape(truncate(t, maxQuoteRunes))
}

// citationLabel is "[n] 标题 · 年度 · 章节路径".
func citationLabel(n int, doc document.Ref, section string) string {
	parts := []string{doc.Title}
	if doc.Year > 0 {
		parts = append(parts, fmt.Sprint(doc.Year))
	}
	if section == "" {
		section = "(正文开头)"
	}
	parts = append(parts, section+doc.ReadNote())
	return fmt.Sprintf("[%d] %s", n, strings.Join(parts, " · "))
}

// sections splits long mrkdwn text into section blocks, at line breaks when
// it can, so no block exceeds Slack's 3000-character limit.
func sections(text string) []slack.Block {
	var out []slack.Block
	r := []rune(text)
	for len(r) > 0 {
		n := len(r)
		if n > maxSectionRunes {
			n = maxSectionRunes
			for i := n - 1; i > n/2; i-- {
				if r[i] == '\n' {
					n = i
					break
				}
			}
		}
		chunk := string(r[:n])
		r = r[n:]
		for len(r) > 0 && r[0] == '\n' {
			r = r[1:]
		}
		if strings.TrimSpace(chunk) != "" {
			out = append(out, slack.NewSectionBlock(mrkdwn(chunk), nil, nil))
		}
	}
	return out
}

// answerBlocks renders an answer with its citations (at most five) and the
// feedback buttons. fallback is the message text for notifications and
// clients without Block Kit.
func answerBlocks(resp *answer.Response, feedbackID string) (blocks []slack.Block, fallback string) {
	text := strings.TrimSpace(resp.Answer)
	if text == "" {
		text = "没有找到能回答这个问题的段落。可以换个说法,或说明单位和年度再试。"
	}
	blocks = append(blocks, sections(escape(text))...)
	var ctx []string
	if resp.Scope.Basis != "" {
		ctx = append(ctx, escape(resp.Scope.Basis))
	}
	if resp.Note != "" {
		ctx = append(ctx, escape(resp.Note))
	}
	if len(ctx) > 0 {
		blocks = append(blocks, slack.NewContextBlock("", mrkdwn(strings.Join(ctx, "\n"))))
	}
	cites, related := chat.SourcesOf(resp)
	heading := "*出处*"
	if related {
		heading = "*" + chat.Related + "*"
	}
	if len(cites) > 0 {
		blocks = append(blocks, slack.NewDividerBlock(), slack.NewContextBlock("", mrkdwn(heading)))
		shown, hidden := chat.Shown(resp.Answer, cites, maxCitations)
		if len(shown) > maxCitationBlocks {
			hidden += len(shown) - maxCitationBlocks
			shown = shown[:maxCitationBlocks]
		}
		for _, c := range shown {
			blocks = append(blocks, slack.NewSectionBlock(mrkdwn("*"+escape(citationLabel(c.N, c.Doc, c.Section))+"*\n"+quote(c.Text)), nil, nil))
		}
		if hidden > 0 {
			blocks = append(blocks, slack.NewContextBlock("", mrkdwn(fmt.Sprintf("另有 %d 处出处未列出。", hidden))))
		}
	}
	if feedbackID != "" {
		blocks = append(blocks, feedbackButtons(feedbackID))
	}
	return blocks, truncate(text, maxFallbackRunes)
}

func feedbackButtons(id string) slack.Block {
	up := slack.NewButtonBlockElement(actionVoteUp, id, plain("👍 有用"))
	down := slack.NewButtonBlockElement(actionVoteDown, id, plain("👎 没用"))
	return slack.NewActionBlock("gongwen_feedback", up, down)
}

var mdHeading = regexp.MustCompile(`(?m)^#{1,6}\s*(.+)$`)
var mdBold = regexp.MustCompile(`\*\*(.+?)\*\*`)

// markdownToMrkdwn converts the little Markdown an outline uses (headings,
// bold) to Slack's mrkdwn, which has neither "#" headings nor "**".
func markdownToMrkdwn(md string) string {
	s := escape(md)
	s = mdBold.ReplaceAllString(s, "*$1*")
	s = mdHeading.ReplaceAllString(s, "*$1*")
	s = mdQuote.ReplaceAllString(s, "> ") // block quotes survive escaping
	return s
}

var mdQuote = regexp.MustCompile(`(?m)^&gt; ?`)

// outlineBlocks renders an outline as a message.
func outlineBlocks(o *Outline) (blocks []slack.Block, fallback string) {
	if o.Title != "" {
		blocks = append(blocks, slack.NewHeaderBlock(plain(truncate(o.Title, 150))))
	}
	md := o.Markdown
	if first, rest, ok := strings.Cut(md, "\n"); ok && strings.TrimSpace(strings.TrimLeft(first, "#")) == o.Title {
		md = rest // the title is already the header
	}
	blocks = append(blocks, sections(markdownToMrkdwn(strings.TrimLeft(md, "\n")))...)
	fallback = o.Title
	if fallback == "" {
		fallback = truncate(o.Markdown, maxFallbackRunes)
	}
	return blocks, fallback
}

// planItemsBlocks lists plan tasks with their lead and cooperating units.
func planItemsBlocks(items []plan.PlanItem, lead string) (blocks []slack.Block, fallback string) {
	head := fmt.Sprintf("实施方案中的任务共 %d 项", len(items))
	if lead != "" {
		head = fmt.Sprintf("由 %s 牵头的任务共 %d 项", lead, len(items))
	}
	if len(items) == 0 {
		msg := head + "。"
		if lead != "" {
			msg += "请检查单位名称(例如“局办公室”),或去掉单位查看全部任务。"
		}
		return []slack.Block{slack.NewSectionBlock(mrkdwn(escape(msg)), nil, nil)}, msg
	}
	blocks = append(blocks, slack.NewSectionBlock(mrkdwn("*"+escape(head)+"*"), nil, nil))
	for i, it := range items {
		if i == maxPlanItems {
			blocks = append(blocks, slack.NewContextBlock("", mrkdwn(escape(fmt.Sprintf("另有 %d 项未列出,完整列表请用命令行: gongwen plan items --lead %s", len(items)-maxPlanItems, lead)))))
			break
		}
		title := strings.TrimSpace(it.GroupNo + " " + it.Number + " " + it.Title)
		lines := []string{"*" + escape(title) + "*"}
		if len(it.Lead) > 0 {
			lines = append(lines, "牵头: "+escape(strings.Join(it.Lead, "、")))
		}
		if len(it.Coop) > 0 {
			lines = append(lines, "配合: "+escape(strings.Join(it.Coop, "、")))
		}
		if it.Deadline != "" {
			lines = append(lines, "时限: "+escape(it.Deadline))
		}
		blocks = append(blocks, slack.NewSectionBlock(mrkdwn(truncate(strings.Join(lines, "\n"), maxSectionRunes)), nil, nil))
	}
	return blocks, head
}

// helpText is the reply to "/gongwen help".
const helpText = "*公文助手用法*\n" +
	"• 在频道里 @公文助手 提问,或直接私信提问;在回复的话题(thread)里接着问,无需再 @。\n" +
	"• `/gongwen ask 去年的报告里普法宣传搞了多少场活动?` 提问(`ask` 可省略)\n" +
	"• `/gongwen outline 加强法治宣传教育 --org 清城区 --year 2025` 起草报告某一节的提纲\n" +
	"• `/gongwen plan items --lead 局办公室` 列出实施方案中某单位牵头的任务\n" +
	"• 加 `-e` 或 `私下`,结果只有你自己能看到,例如 `/gongwen ask -e 2024年行政复议情况`\n" +
	"回答中的 [n] 对应下方出处;点 👍/👎 告诉我们回答是否有用。"
