package chat

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
)

// What a Markdown answer shows of its sources.
const (
	MaxSources     = 5  // sources listed beyond those the answer cites by [n]; the rest are counted
	MaxQuoteRunes  = 80 // a quote is trimmed to this many characters
	TextNotFound   = "没有找到能回答这个问题的段落。可以换个说法,或说明单位和年度再试。"
	TextSearching  = "正在查找…"
	headingSources = "**来源**"
)

var (
	spaceRun = regexp.MustCompile(`\s+`)
	// A line break inside Chinese text is no word break: joined without a space.
	cjkGap = regexp.MustCompile(`([\p{Han}\p{P}])\s+(\p{Han})`)
)

// Truncate cuts s to at most n runes, marking the cut with "…".
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// SourceLabel is "《标题》 · 年度 · 章节路径".
func SourceLabel(doc document.Ref, section string) string {
	parts := []string{"《" + doc.Title + "》"}
	if doc.Year > 0 {
		parts = append(parts, fmt.Sprintf("%d年", doc.Year))
	}
	if section == "" {
		section = "正文开头"
	}
	parts = append(parts, section)
	return strings.Join(parts, " · ")
}

// ShortQuote is a cited passage on one line, trimmed.
func ShortQuote(text string) string {
	t := strings.TrimSpace(spaceRun.ReplaceAllString(text, " "))
	t = cjkGap.ReplaceAllString(cjkGap.ReplaceAllString(t, "$1$2"), "$1$2")
	return Truncate(t, MaxQuoteRunes)
}

// Markdown renders an answer for chat platforms that take Markdown (企业微信
// stream messages, 钉钉 markdown and AI cards): the answer, the basis line,
// then numbered sources — document · year · section, and a short quote. The
// numbers are the [n] the answer cites.
func Markdown(resp *answer.Response) string {
	var b strings.Builder
	text := strings.TrimSpace(resp.Answer)
	if text == "" {
		text = TextNotFound
	}
	b.WriteString(text)
	var notes []string
	if resp.Scope.Basis != "" {
		notes = append(notes, resp.Scope.Basis)
	}
	if resp.Note != "" {
		notes = append(notes, resp.Note)
	}
	if len(notes) > 0 {
		b.WriteString("\n\n> " + strings.Join(notes, "\n> "))
	}
	cites, related := SourcesOf(resp)
	heading := headingSources
	if related {
		heading = "**" + Related + "**"
	}
	if len(cites) > 0 {
		b.WriteString("\n\n" + heading)
		shown, hidden := Shown(resp.Answer, cites, MaxSources)
		for _, c := range shown {
			fmt.Fprintf(&b, "\n%d. %s\n   “%s”", c.N, SourceLabel(c.Doc, c.Section), ShortQuote(c.Text))
		}
		if hidden > 0 {
			fmt.Fprintf(&b, "\n另有 %d 处出处未列出。", hidden)
		}
	}
	return b.String()
}

// Related is the heading of passages shown beside a refusal, as the CLI
// and the web page label them.
const Related = "可能相关"

// SourcesOf is what every channel lists under an answer and whether to head
// the list Related: the citations, or the related passages when there are
// none. A refusal's citations are passages that might bear on the question,
// not the sources of an answer, so every channel heads them Related, as the
// CLI does ("可能相关:"); related is false only for an answer's sources.
func SourcesOf(resp *answer.Response) (cites []answer.Citation, related bool) {
	cites = resp.Citations
	if len(cites) == 0 && len(resp.Related) > 0 {
		return resp.Related, true
	}
	return cites, !resp.Found && len(cites) > 0
}

var citeMarker = regexp.MustCompile(`\[(\d+)\]`)

// Shown is what a channel lists of cites under text: every citation text
// refers to by its [n] — a marker whose source is not listed sends the
// reader nowhere, and the CLI and the web page list them all — then the
// others in order while fewer than max are listed; hidden counts the rest.
// A citation without a number gets its place in cites as its number.
func Shown(text string, cites []answer.Citation, max int) (shown []answer.Citation, hidden int) {
	used := map[int]bool{}
	for _, m := range citeMarker.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		used[n] = true
	}
	for i, c := range cites {
		if c.N == 0 {
			c.N = i + 1
		}
		if used[c.N] || len(shown) < max {
			shown = append(shown, c)
		} else {
			hidden++
		}
	}
	return shown, hidden
}

// PartialMarkdown is an LLM answer being written, marked as unfinished.
func PartialMarkdown(text string) string {
	return strings.TrimRight(text, "\n") + " …"
}
