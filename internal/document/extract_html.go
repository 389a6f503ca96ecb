package document

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// extractHTML returns the readable text of an HTML page: the article title
// first, then one line per block element, without navigation, share buttons,
// footers and the other chrome that Chinese government sites wrap around a
// document.
func extractHTML(data []byte) (string, error) {
	src, err := decodeHTML(data)
	if err != nil {
		return "", err
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// html.Parse accepts any tag soup; an error here means a reader
		// failure, but report it the same way as other unreadable files.
		return "", fmt.Errorf("HTML 解析失败: %v: %w", err, ErrCorrupt)
	}

	body := findElement(doc, atom.Body)
	if body == nil {
		body = doc
	}
	w := htmlWalker{bodyLen: textLen(body)}
	w.walk(body)
	w.flush()

	title := pickTitle(elementText(findElement(doc, atom.Title)), allH1(body), w.keptH1)

	out := make([]string, 0, len(w.lines)+1)
	if title != "" {
		out = append(out, title)
	}
	skippedTitle := false
	for _, l := range w.lines {
		if !skippedTitle && l == title {
			skippedTitle = true // the title itself, already emitted first
			continue
		}
		if IsChromeLine(l) {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n"), nil
}

// metaCharsetRe finds the charset of <meta charset="gbk"> as well as of
// <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
var metaCharsetRe = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// decodeHTML converts an HTML page to UTF-8.
//
// Bytes that are valid UTF-8 are taken as UTF-8 even if a meta tag says
// otherwise: many Chinese sites were converted to UTF-8 but kept their old
// gb2312 meta tag, and pure-ASCII pages decode the same either way. For other
// bytes the declared charset is honoured, and without a usable declaration
// GB18030 is assumed, the only legacy encoding we expect on .gov.cn sites.
func decodeHTML(data []byte) (string, error) {
	if bytes.HasPrefix(data, bomUTF8) || bytes.HasPrefix(data, bomUTF16LE) ||
		bytes.HasPrefix(data, bomUTF16BE) || utf8.Valid(data) {
		return decodeText(data)
	}
	head := data[:min(len(data), 4096)]
	if m := metaCharsetRe.FindSubmatch(head); m != nil {
		label := strings.ToLower(string(m[1]))
		switch {
		case strings.HasPrefix(label, "gb"), label == "cp936", label == "x-gbk":
			// Fall through to GB18030, a superset of GB2312 and GBK.
		default:
			if enc, err := htmlindex.Get(label); err == nil && enc != nil {
				s, err := decodeWith(enc, data)
				if err == nil {
					return checkText(s, label)
				}
			}
		}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("含有 NUL 字节: %w", ErrBinary)
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	if err != nil {
		return "", fmt.Errorf("既不是 UTF-8 也不是 GBK/GB18030: %v: %w", err, ErrBinary)
	}
	return checkText(s, "GBK/GB18030")
}

// skipTags are elements whose content is never document text.
var skipTags = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true,
	atom.Template: true, atom.Svg: true, atom.Iframe: true, atom.Object: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Select: true, atom.Button: true, atom.Textarea: true,
}

// blockTags start and end a line of output.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Table: true, atom.Caption: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Blockquote: true,
	atom.Pre: true, atom.Hr: true, atom.Center: true, atom.Address: true,
	atom.Figure: true, atom.Figcaption: true, atom.Body: true, atom.Title: true,
}

// chromeClassWords appear in class or id attributes of navigation, share
// bars, breadcrumbs ("position"/"location" on many Chinese CMSes) and footers.
var chromeClassWords = []string{
	"nav", "menu", "breadcrumb", "crumb", "share", "footer", "header",
	"sidebar", "position", "location",
}

// isChromeElement reports whether an element's class or id, or an inline
// display:none, marks it as page chrome rather than content.
func isChromeElement(n *html.Node) bool {
	for _, a := range n.Attr {
		v := strings.ToLower(a.Val)
		switch a.Key {
		case "class", "id":
			for _, w := range chromeClassWords {
				if strings.Contains(v, w) {
					return true
				}
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(v, " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// htmlWalker accumulates the text of the kept part of a DOM as lines.
type htmlWalker struct {
	lines   []string
	cur     strings.Builder
	bodyLen int      // rune count of the whole body, see walk
	keptH1  []string // texts of <h1> elements that survived filtering
	inPre   int
}

func (w *htmlWalker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipTags[n.DataAtom] {
			return
		}
		// Class/id names are only a hint: a CMS that wraps the whole article
		// in, say, <div class="main-location"> must not lose the document.
		// So an element that holds most of the page's text is kept anyway.
		if n.DataAtom != atom.Body && isChromeElement(n) {
			if l := textLen(n); !(l >= 300 && l*2 > w.bodyLen) {
				return
			}
		}
		switch n.DataAtom {
		case atom.Br:
			w.flush()
			return
		case atom.H1:
			if t := elementText(n); t != "" {
				w.keptH1 = append(w.keptH1, t)
			}
		case atom.Pre:
			w.inPre++
			defer func() { w.inPre-- }()
		}
	}
	block := n.Type == html.ElementNode && blockTags[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

// text appends a text node. Inside <pre> newlines are real line breaks;
// elsewhere they are kept in the buffer as segment breaks and resolved by
// flush.
func (w *htmlWalker) text(s string) {
	if w.inPre == 0 {
		w.cur.WriteString(s)
		return
	}
	for i, part := range strings.Split(normalizeNewlines(s), "\n") {
		if i > 0 {
			w.flush()
		}
		w.cur.WriteString(part)
	}
}

// flush ends the current line.
func (w *htmlWalker) flush() {
	if w.cur.Len() == 0 {
		return
	}
	l := collapseSpaces(resolveSegmentBreaks(w.cur.String()))
	w.cur.Reset()
	if l != "" {
		w.lines = append(w.lines, l)
	}
}

// resolveSegmentBreaks handles white space that contains a newline from the
// HTML source. Browsers render it as a space, but between two Chinese
// characters it is just where the author's editor wrapped the line (CSS Text
// 3 drops it there too), and keeping it would split words for search.
func resolveSegmentBreaks(s string) string {
	if !strings.ContainsAny(s, "\n\r") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if !unicode.IsSpace(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j, hasBreak := i, false
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			hasBreak = hasBreak || rs[j] == '\n' || rs[j] == '\r'
			j++
		}
		joinCJK := hasBreak && i > 0 && j < len(rs) && isCJK(rs[i-1]) && isCJK(rs[j])
		if !joinCJK {
			b.WriteByte(' ')
		}
		i = j
	}
	return b.String()
}

// findElement returns the first element of type a in document order.
func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

// allH1 returns the texts of every <h1> under n, filtered or not.
func allH1(n *html.Node) []string {
	var out []string
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template {
				return
			}
			if n.DataAtom == atom.H1 {
				if t := elementText(n); t != "" {
					out = append(out, t)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return out
}

// elementText returns the whitespace-collapsed text content of n ("" for nil).
func elementText(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
			b.WriteByte(' ')
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return collapseSpaces(joinCJKSpaces(collapseSpaces(b.String())))
}

// textLen counts the non-space runes of n's text, ignoring scripts and styles.
func textLen(n *html.Node) int {
	switch {
	case n.Type == html.TextNode:
		c := 0
		for _, r := range n.Data {
			if !unicode.IsSpace(r) {
				c++
			}
		}
		return c
	case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style):
		return 0
	}
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c += textLen(ch)
	}
	return c
}

// titleSepRe splits a <title> such as "某某报告_阳江市人民政府门户网站" or
// "某某报告 - 广东省人民政府" into the article part and the site part.
var titleSepRe = regexp.MustCompile(`\s*(?:[_|｜]|\s[-–—]\s|--|——)\s*`)

// pickTitle chooses the article title.
//
// The first kept <h1> is the natural choice, but on many government sites the
// only <h1> is the site logo, and the article's own <h1> may sit in an
// <header> we dropped. The <title> element usually names the article plus the
// site, so an <h1> that matches the article part of <title> wins, a kept
// <h1> that is merely the site part of <title> loses, and without any usable
// <h1> the article part of <title> is used.
func pickTitle(pageTitle string, h1s, keptH1 []string) string {
	var main string
	parts := titleSepRe.Split(pageTitle, -1)
	for _, p := range parts {
		if utf8.RuneCountInString(p) > utf8.RuneCountInString(main) {
			main = strings.TrimSpace(p)
		}
	}
	if main != "" {
		for _, h := range h1s {
			if h == main || strings.Contains(h, main) ||
				(strings.Contains(main, h) && 2*utf8.RuneCountInString(h) >= utf8.RuneCountInString(main)) {
				return h
			}
		}
	}
	if len(keptH1) > 0 {
		first := keptH1[0]
		if main == "" || len(parts) < 2 {
			return first
		}
		for _, p := range parts {
			if strings.TrimSpace(p) == first && first != main {
				return main // the <h1> is just the site name
			}
		}
		return first
	}
	return main
}

// headingRe matches the numbering that starts a heading in Chinese official
// documents: 一、 (一) （一） 1. 1、 (1) 第一章 第三条 ...
var headingRe = regexp.MustCompile(`^(?:[一二三四五六七八九十百零〇]+[、.．]|[(（][一二三四五六七八九十百零〇]+[)）]|[(（]\d+[)）]|\d+[.．、]|第[一二三四五六七八九十百零〇\d]+[章节条部分])`)

// breadcrumbPrefixes start a "you are here" line.
var breadcrumbPrefixes = []string{"当前位置", "您当前的位置", "您的位置", "您现在的位置", "当前所在位置"}

// chromeMarkers, anywhere in a short line without a full stop, mark chrome.
var chromeMarkers = []string{
	"【字体", "【字号", "[字体", "[字号", "责任编辑", "转载分享", "分享到:", "分享到：",
	"打印本页", "打印此页", "【打印", "[打印", "关闭窗口", "关闭本页", "【关闭", "[关闭",
	"【收藏", "返回顶部", "上一篇", "下一篇", "扫一扫", "版权所有", "ICP备", "icp备",
	"网站标识码", "公网安备",
}

// footerMarkers make a line containing 主办单位 chrome: on its own, 主办单位 is
// also an ordinary field in event notices and work plans.
var footerMarkers = []string{"版权", "ICP", "网站标识码", "公网安备", "承办", "技术支持", "维护", "网站地图", "联系我们"}

// viewCountMarkers are the hit counters shown next to source and date.
var viewCountMarkers = []string{"浏览量", "浏览次数", "访问量", "访问次数", "点击数", "点击量", "点击率", "阅读量", "阅读数", "阅读次数"}

var (
	fontSizeRe    = regexp.MustCompile(`字[体号]\s*[:：]\s*[\[【(（]?\s*[大中小]`) // not 老字号大…
	sourceRe      = regexp.MustCompile(`来源\s*[:：]`)
	sourceLineRe  = regexp.MustCompile(`^(?:信息|文章|稿件)?来源\s*[:：]`)
	publishRe     = regexp.MustCompile(`(?:发布|更新|发稿|成文)\s*(?:日期|时间)`)
	dateOnlyRe    = regexp.MustCompile(`^(?:发布|更新|发稿)(?:日期|时间)\s*[:：]\s*[\d\-/年月日:：.\s]*$`)
	homeCrumbRe   = regexp.MustCompile(`^首页\s*(?:[>＞»›/]|&gt;)`)
	sentenceEnder = "。；！？"
)

// IsChromeLine reports whether a single line of text is web-page chrome
// (breadcrumbs, source/date/view-count bars, font-size switches, share and
// print links, editor credits, copyright footers) rather than document text.
//
// It is also applied to plain-text files saved from web pages, so it errs on
// the side of keeping text: a line that starts with a heading number (一、
// （一） 1. 第一条 ...) is never chrome; apart from breadcrumbs, neither is a
// line with a sentence-ending mark (。！？；); and a line longer than 80 runes
// is chrome only when unmistakable (a breadcrumb without sentences, or a
// source/date bar with a hit counter).
func IsChromeLine(line string) bool {
	t := strings.TrimSpace(line)
	if t == "" || headingRe.MatchString(t) {
		return false
	}
	n := utf8.RuneCountInString(t)
	sentence := strings.ContainsAny(t, sentenceEnder)

	// Breadcrumbs, possibly behind a decoration such as "■" or "》".
	bare := strings.TrimLeftFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r)
	})
	for _, p := range breadcrumbPrefixes {
		if strings.HasPrefix(bare, p) && (n <= 80 || !sentence) {
			return true
		}
	}
	if sentence {
		return false
	}

	// "来源:某某局 发布日期:2022-02-18 16:27 浏览量:-" may be long when the
	// source is a long office name, but is unmistakable.
	if n <= 200 && containsAny(t, viewCountMarkers) && (strings.Contains(t, "来源") || strings.Contains(t, "发布")) {
		return true
	}
	if n > 80 {
		return false
	}
	if sourceRe.MatchString(t) && publishRe.MatchString(t) {
		return true // "发布日期:2022-01-03 信息来源:某某局"
	}
	if dateOnlyRe.MatchString(t) || (n <= 40 && sourceLineRe.MatchString(t)) {
		return true
	}
	if homeCrumbRe.MatchString(t) || fontSizeRe.MatchString(t) || containsAny(t, chromeMarkers) {
		return true
	}
	return strings.Contains(t, "主办单位") && containsAny(t, footerMarkers)
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
