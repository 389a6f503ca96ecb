package plan

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// Top-level headings are told apart by what they name: the task part of a
// 实施方案 goes by many names, the work requirements by a few, and the
// preamble parts (总体要求, 指导思想 …) are neither tasks nor requirements.
var (
	taskRootWords = []string{"主要任务", "重点任务", "工作任务", "具体任务", "任务分工", "主要措施", "工作措施", "重点工作", "主要内容", "任务措施", "重点举措", "主要举措"}
	reqRootWords  = []string{"工作要求", "保障措施", "组织保障", "组织实施", "实施保障", "工作保障", "保障机制"}
	preambleWords = []string{"总体要求", "指导思想", "基本原则", "工作目标", "主要目标", "总体目标", "目标要求", "适用范围", "编制依据", "工作原则"}
)

// maxTitleRunes bounds a task title taken from the text up to its first
// full stop; longer run-on first sentences fall back to the heading parser's
// clause-bounded title.
const maxTitleRunes = 40

// Parse turns one plan document into its task records and its work
// requirements. Tasks are the items under the task part (二、主要任务 >
// (X)group > 1.item); an item's sub-items ((1)…) stay inside it. Offsets
// point into doc.Text, so Text == doc.Text[Start:End] always holds.
func Parse(doc *index.StoredDoc) ([]PlanItem, []Requirement) {
	p := parser{doc: doc}
	var tops []int
	for i, s := range doc.Sections {
		if len(s.Path) == 1 {
			tops = append(tops, i)
		}
	}
	var taskRoots, reqRoots, others []int
	for _, i := range tops {
		h := headingWords(doc.Sections[i])
		switch {
		case containsAny(h, taskRootWords):
			taskRoots = append(taskRoots, i)
		case containsAny(h, reqRootWords):
			reqRoots = append(reqRoots, i)
		case containsAny(h, preambleWords):
		default:
			others = append(others, i)
		}
	}
	var items []PlanItem
	if len(taskRoots) > 0 {
		for _, r := range taskRoots {
			items = append(items, p.itemsUnder(r)...)
		}
	} else {
		// No named task part: every top-level part that is not preamble or
		// requirements is a group of tasks ("一、加强…  1.…").
		for _, g := range others {
			items = append(items, p.groupItems(-1, g)...)
		}
	}
	var reqs []Requirement
	for _, r := range reqRoots {
		kids := p.children(r)
		if len(kids) == 0 {
			kids = []int{r}
		}
		for _, k := range kids {
			s := doc.Sections[k]
			start, end := p.span(s)
			reqs = append(reqs, Requirement{
				DocID:  doc.ID,
				Number: s.Marker,
				Title:  p.title(s, start, end),
				Text:   doc.Text[start:end],
				Start:  start,
				End:    end,
			})
		}
	}
	return items, reqs
}

type parser struct {
	doc *index.StoredDoc
}

// itemsUnder returns the tasks of one task part: its children are groups,
// and a group without sub-headings is a task of its own.
func (p parser) itemsUnder(root int) []PlanItem {
	var out []PlanItem
	for _, g := range p.children(root) {
		out = append(out, p.groupItems(root, g)...)
	}
	return out
}

func (p parser) groupItems(root, g int) []PlanItem {
	kids := p.children(g)
	if len(kids) == 0 {
		// The "group" carries the task itself: (一)加强…。…(局办公室牵头)
		var group document.Section
		if root >= 0 {
			group = p.doc.Sections[root]
		}
		return []PlanItem{p.item(group, p.doc.Sections[g])}
	}
	var out []PlanItem
	for _, k := range kids {
		out = append(out, p.item(p.doc.Sections[g], p.doc.Sections[k]))
	}
	return out
}

// children lists the direct sub-sections of section i in document order.
func (p parser) children(i int) []int {
	parent := p.doc.Sections[i]
	var out []int
	for j := i + 1; j < len(p.doc.Sections); j++ {
		s := p.doc.Sections[j]
		if s.Start >= parent.End {
			break
		}
		if len(s.Path) == len(parent.Path)+1 {
			out = append(out, j)
		}
	}
	return out
}

// reFirstIsLead is a document's own rule that the unit listed first leads
// ("列第一位者为牵头单位", "排在第一位的部门为牵头部门"): where a document
// states it, "(X、Y负责)" reads X 牵头, Y 配合.
var reFirstIsLead = regexp.MustCompile(`[。，,；;]?\s*(?:列|排在?|排)第一位(?:的|者)?(?:部门|单位)?为牵头(?:单位|部门)?(?:[，,]\s*下同)?`)

func (p parser) item(group, s document.Section) PlanItem {
	start, end := p.span(s)
	text := p.doc.Text[start:end]
	it := PlanItem{
		DocID:   p.doc.ID,
		Group:   group.Heading,
		GroupNo: group.Marker,
		Number:  s.Marker,
		Title:   p.title(s, start, end),
		Section: s.Path.String(),
		Text:    text,
		Start:   start,
		End:     end,
	}
	var cuts []span
	firstLeads := reFirstIsLead.MatchString(p.doc.Text)
	for _, u := range findUnitSpans(text) {
		inner := reFirstIsLead.ReplaceAllString(text[u.inner.start:u.inner.end], "")
		lead, coop, deadline := parseUnits(inner)
		if firstLeads && len(coop) == 0 && len(lead) > 1 && !strings.Contains(inner, "牵头") {
			lead, coop = lead[:1], lead[1:]
		}
		it.Lead = appendUnique(it.Lead, lead...)
		it.Coop = appendUnique(it.Coop, coop...)
		if it.Deadline == "" {
			it.Deadline = deadline
		}
		cuts = append(cuts, u.outer)
	}
	for _, l := range findUnitLines(text) {
		lead, coop, deadline := parseUnits(text[l.start:l.end])
		it.Lead = appendUnique(it.Lead, lead...)
		it.Coop = appendUnique(it.Coop, coop...)
		if it.Deadline == "" {
			it.Deadline = deadline
		}
		cuts = append(cuts, l)
	}
	if it.Deadline == "" {
		it.Deadline = findDeadline(text)
	}
	it.Body = bodyOf(text, s.Marker, it.Title, cuts)
	// Empty lists, not null, in JSON: "no cooperating unit stated".
	if it.Lead == nil {
		it.Lead = []string{}
	}
	if it.Coop == nil {
		it.Coop = []string{}
	}
	return it
}

// span is the verbatim extent of a section: its heading line to its end,
// without trailing blank lines, page chrome (责任编辑 …) or the signature
// and date that close the document.
func (p parser) span(s document.Section) (int, int) {
	text := p.doc.Text
	start, end := s.Start, s.End
	// Page chrome ends the content: nothing after it belongs to the item.
	for pos := start; pos < end; {
		nl := strings.IndexByte(text[pos:end], '\n')
		lineEnd := end
		if nl >= 0 {
			lineEnd = pos + nl
		}
		if pos > start && document.IsChromeLine(text[pos:lineEnd]) {
			end = pos
			break
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	end = trimRightSpace(text, start, end)
	// A closing date line and the signing office above it.
	if ls := lastLineStart(text, start, end); ls > start && signatureDateRe.MatchString(strings.TrimSpace(text[ls:end])) {
		end = trimRightSpace(text, start, ls)
		if ls2 := lastLineStart(text, start, end); ls2 > start && isSignatureLine(strings.TrimSpace(text[ls2:end])) {
			end = trimRightSpace(text, start, ls2)
		}
	}
	return start, end
}

var signatureDateRe = regexp.MustCompile(`^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|^[一二三四五六七八九〇零○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$`)

// isSignatureLine reports whether a line is an issuing office's name: short,
// no sentence punctuation, ending in the name of an office.
func isSignatureLine(s string) bool {
	if utf8.RuneCountInString(s) > 30 || strings.ContainsAny(s, "。,;:\uff0c\uff1b\uff1a") {
		return false
	}
	for _, suf := range []string{"局", "政府", "委员会", "办公室", "厅", "委", "办", "中心", "所", "院"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func trimRightSpace(text string, start, end int) int {
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\u3000' && r != '\ufeff' {
			break
		}
		end -= n
	}
	return end
}

func lastLineStart(text string, start, end int) int {
	i := strings.LastIndexByte(text[start:end], '\n')
	if i < 0 {
		return start
	}
	return start + i + 1
}

// sentenceStops end a task's title. Escapes keep the full-width forms
// (！？：；) from being folded to half-width by editors.
var sentenceStops = []string{"。", "!", "?", "\uff01", "\uff1f", ":", "\uff1a", ";", "\uff1b"}

// title is the task's name: the words after the marker up to the first
// full stop (or colon, or the units parenthetical), without the marker.
func (p parser) title(s document.Section, start, end int) string {
	text := p.doc.Text[start:end]
	rest := strings.TrimLeftFunc(strings.TrimPrefix(text, s.Marker), isSpace)
	if !strings.HasPrefix(text, s.Marker) {
		rest = strings.TrimPrefix(s.Heading, s.Marker)
	}
	if i := titleEnd(rest); i > 0 {
		t := strings.TrimRightFunc(rest[:i], isSpace)
		if n := utf8.RuneCountInString(t); n > 0 && n <= maxTitleRunes {
			return t
		}
	}
	return strings.TrimSpace(strings.TrimPrefix(s.Heading, s.Marker))
}

// titleEnd is the byte offset where a task's title ends in rest.
func titleEnd(rest string) int {
	best := len(rest)
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		best = i
	}
	for _, stop := range sentenceStops {
		if i := strings.Index(rest, stop); i >= 0 && i < best {
			best = i
		}
	}
	for _, u := range findUnitSpans(rest) {
		if u.outer.start < best {
			best = u.outer.start
		}
	}
	return best
}

// bodyOf is the task text after its marker and title, with the units
// parentheticals and unit lines cut out. It is for reading and matching, not
// for quoting: quote PlanItem.Text.
func bodyOf(text, marker, title string, cuts []span) string {
	from := 0
	if strings.HasPrefix(text, marker) {
		from = len(marker)
	}
	for from < len(text) {
		r, n := utf8.DecodeRuneInString(text[from:])
		if !isSpace(r) {
			break
		}
		from += n
	}
	if title != "" && strings.HasPrefix(text[from:], title) {
		from += len(title)
		// The stop that ended the title.
		for _, stop := range sentenceStops {
			if strings.HasPrefix(text[from:], stop) {
				from += len(stop)
				break
			}
		}
	}
	var b strings.Builder
	pos := from
	for _, c := range sortSpans(cuts) {
		if c.end <= pos {
			continue
		}
		if c.start > pos {
			b.WriteString(text[pos:c.start])
		}
		pos = c.end
	}
	if pos < len(text) {
		b.WriteString(text[pos:])
	}
	lines := strings.Split(b.String(), "\n")
	var kept []string
	for _, l := range lines {
		if l = strings.TrimFunc(l, isSpace); l != "" {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

type span struct{ start, end int }

func sortSpans(ss []span) []span {
	out := append([]span(nil), ss...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// unitParen is one units parenthetical: outer includes the brackets and
// any space before them.
type unitParen struct{ outer, inner span }

var parenRe = regexp.MustCompile(`[(（]([^()（）\n]{1,120})[)）]`)

// strongRoleRe marks a parenthetical as a units statement wherever it
// stands; weakRoleRe only when it closes a line, since "(由各区县负责实施)"
// inside a sentence explains rather than assigns.
var (
	strongRoleRe = regexp.MustCompile(`牵头|配合|协助|责任单位|责任部门|责任科室|主责单位`)
	weakRoleRe   = regexp.MustCompile(`负责|参与|协同`)
)

// NamesUnits reports whether the inside of a parenthetical states which
// units do a task ("局办公室牵头,各科室配合"); atLineEnd says the
// parenthetical closes its line, where 负责/参与 assign too.
func NamesUnits(inner string, atLineEnd bool) bool {
	return strongRoleRe.MatchString(inner) || (atLineEnd && weakRoleRe.MatchString(inner))
}

func findUnitSpans(text string) []unitParen {
	var out []unitParen
	for _, m := range parenRe.FindAllStringSubmatchIndex(text, -1) {
		inner := text[m[2]:m[3]]
		after := strings.TrimLeftFunc(text[m[1]:], func(r rune) bool {
			return r == ' ' || r == '\t' || r == '\u3000' || r == '。' || r == ';' || r == '\uff1b'
		})
		atLineEnd := after == "" || after[0] == '\n' || after[0] == '\r'
		if !NamesUnits(inner, atLineEnd) {
			continue
		}
		start := m[0]
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if r != ' ' && r != '\u3000' && r != '\t' {
				break
			}
			start -= n
		}
		out = append(out, unitParen{outer: span{start, m[1]}, inner: span{m[2], m[3]}})
	}
	return out
}

// unitLineRe finds units stated on lines of their own: "牵头单位:局办公室".
var unitLineRe = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(?:牵头单位|牵头部门|牵头科室|责任单位|责任部门|责任科室|主责单位|负责单位|负责部门|配合单位|配合部门|协办单位|参与单位|协同单位|完成时限|完成时间|时间要求|时限要求|时间节点)[ \t]*[:\x{FF1A}].*$`)

func findUnitLines(text string) []span {
	var out []span
	for _, m := range unitLineRe.FindAllStringIndex(text, -1) {
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// Role suffixes and labels, longest first so "具体配合" wins over "配合".
var (
	leadSuffixes = []string{"牵头负责", "牵头落实", "牵头", "主责", "负责"}
	coopSuffixes = []string{"具体配合", "协助配合", "共同配合", "配合落实", "协同配合", "配合", "协助", "协同", "参与"}
	leadLabels   = []string{"牵头单位", "牵头部门", "牵头科室", "责任单位", "责任部门", "责任科室", "主责单位", "负责单位", "负责部门"}
	coopLabels   = []string{"配合单位", "配合部门", "协办单位", "参与单位", "协同单位"}
	timeLabels   = []string{"完成时限", "完成时间", "时间要求", "时限要求", "时间节点"}
)

// parseUnits reads a units statement such as
// "人事科、局办公室、机关党委牵头,各科室、直属单位具体配合" or
// "牵头单位:局办公室;配合单位:各科室". Units named before any role word
// take the role that follows them ("A,B配合").
func parseUnits(s string) (lead, coop []string, deadline string) {
	s = norm.NFKC.String(s)
	role := "" // the current label's role: "lead", "coop", "time"
	var pending []string
	for _, clause := range splitAny(s, ",;") {
		clause = strings.TrimSpace(clause)
		if clause == "" {
			continue
		}
		if _, rest, ok := cutLabel(clause, leadLabels); ok {
			role, clause = "lead", rest
		} else if _, rest, ok := cutLabel(clause, coopLabels); ok {
			role, clause = "coop", rest
		} else if _, rest, ok := cutLabel(clause, timeLabels); ok {
			role, clause = "time", rest
		}
		if role == "time" || isTimeClause(clause) {
			if deadline != "" {
				deadline += ","
			}
			deadline += strings.TrimSpace(clause)
			continue
		}
		if rest, ok := cutSuffix(clause, leadSuffixes); ok {
			lead = appendUnique(lead, pending...)
			lead = appendUnique(lead, splitUnits(rest)...)
			pending = nil
			continue
		}
		if rest, ok := cutSuffix(clause, coopSuffixes); ok {
			coop = appendUnique(coop, pending...)
			coop = appendUnique(coop, splitUnits(rest)...)
			pending = nil
			continue
		}
		switch role {
		case "lead":
			lead = appendUnique(lead, splitUnits(clause)...)
		case "coop":
			coop = appendUnique(coop, splitUnits(clause)...)
		default:
			pending = append(pending, splitUnits(clause)...)
		}
	}
	if len(pending) > 0 {
		if len(lead) == 0 {
			lead = appendUnique(lead, pending...)
		} else {
			coop = appendUnique(coop, pending...)
		}
	}
	return lead, coop, deadline
}

// timeClauseRe recognises a deadline or period written among the units:
// "(办公室牵头;2022年12月底前完成)", "(长期坚持)", "2022-2024年".
var timeClauseRe = regexp.MustCompile(`^(?:\d{4}\s*年|\d{4}\s*[-—–至到]\s*\d{4})|前完成$|底前$|长期|持续推进$|每年|年底`)

func isTimeClause(c string) bool { return timeClauseRe.MatchString(c) }

func cutLabel(clause string, labels []string) (string, string, bool) {
	for _, l := range labels {
		if rest, ok := strings.CutPrefix(clause, l); ok {
			rest = strings.TrimLeft(rest, " :为是")
			return l, rest, true
		}
	}
	return "", clause, false
}

func cutSuffix(clause string, sufs []string) (string, bool) {
	for _, suf := range sufs {
		if rest, ok := strings.CutSuffix(clause, suf); ok {
			return rest, true
		}
	}
	return clause, false
}

// splitUnits splits a list of units on 、 , and / and normalizes each.
func splitUnits(s string) []string {
	var out []string
	for _, u := range splitAny(s, "、,/") {
		if u = NormalizeUnit(u); u != "" {
			out = append(out, u)
		}
	}
	return out
}

// NormalizeUnit folds a unit name for storage and matching: NFKC (全角 →
// 半角), no spaces, without a leading 由 or a trailing 等. Case is kept for
// display; matching compares case-insensitively.
func NormalizeUnit(u string) string {
	u = strings.Join(strings.Fields(norm.NFKC.String(u)), "")
	u = strings.TrimPrefix(u, "由")
	for _, suf := range []string{"按职责分工", "等有关部门", "等有关单位", "等部门", "等单位"} {
		u = strings.TrimSuffix(u, suf)
	}
	u = strings.TrimSuffix(u, "等")
	return strings.Trim(u, "。.;:")
}

// splitAny splits s at any rune of seps. Callers normalize first, so
// full-width separators (，；／) arrive as their half-width forms.
func splitAny(s, seps string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(seps, r) })
}

// Deadlines as plans state them: "2022年底前完成", "2021年12月底前",
// "2022年6月30日前", "长期坚持".
var deadlineRe = regexp.MustCompile(`\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?(?:底|末|年底|上半年|下半年)?(?:前|以前|之前)(?:完成|落实到位|到位)?|\d{4}\s*[-—–至到]\s*\d{4}\s*年|长期坚持|长期推进`)

func findDeadline(text string) string {
	// A deadline is stated in the units parenthetical or the task's own
	// words; "2021-2023年" periods of cited documents sit inside 《》.
	for _, m := range deadlineRe.FindAllStringIndex(text, -1) {
		if insideBookTitle(text, m[0]) {
			continue
		}
		return text[m[0]:m[1]]
	}
	return ""
}

func insideBookTitle(text string, at int) bool {
	open := strings.LastIndex(text[:at], "《")
	if open < 0 {
		return false
	}
	return !strings.Contains(text[open:at], "》")
}

func appendUnique(list []string, add ...string) []string {
	for _, a := range add {
		dup := false
		for _, l := range list {
			if l == a {
				dup = true
				break
			}
		}
		if !dup {
			list = append(list, a)
		}
	}
	return list
}

func headingWords(s document.Section) string {
	return zh.Normalize(strings.TrimPrefix(s.Heading, s.Marker))
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' }
