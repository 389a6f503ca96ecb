package answer

import (
	"cmp"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
)

// A list asked of a table ("目录里要开听证会的是哪几项", "我们局承办的有哪
// 些", "哪几项不做风险评估") is the rows whose cells hold what the question
// asks by — a word of it in a column, or a 是/否 column it names — each
// named by its first cell of text. Ranking finds one such row; the others
// are as much the answer and rank no higher than the rows that are not.

// tableRows returns the rows under header (the header's own row is not
// one), total rows left out: the table's block of row lines, through rule
// lines and short captions, to the first longer line of text.
func tableRows(text string, header tableRow) []tableRow {
	var rows []tableRow
	for at := header.hEnd + 1; at < len(text); {
		end := lineEndAt(text, at)
		line := text[at:end]
		if r, ok := rowAt(text, at); ok {
			// Another table's header, or this one's written again, ends
			// the block (sameHeaderRows reads on under a repeated one).
			if r.hStart != header.hStart || r.hEnd != header.hEnd || isHeaderRow(text, r) || text[r.start:r.end] == text[header.hStart:header.hEnd] {
				break
			}
			if !isTotalRow(text, r) {
				rows = append(rows, r)
			}
		} else if _, _, sep := cellsOf(line); !sep && utf8.RuneCountInString(strings.TrimSpace(line)) > maxCaptionRunes {
			break
		}
		at = end + 1
	}
	return rows
}

// sameHeaderRows are the rows of every table of the text headed as
// header's is ("一、社会救助" and "二、养老服务" each over 项目|责任股室|完成
// 时限): one list the document splits by heading.
func sameHeaderRows(text string, header tableRow) []tableRow {
	h := text[header.hStart:header.hEnd]
	var rows []tableRow
	for at := 0; at < len(text); {
		i := strings.Index(text[at:], h)
		if i < 0 {
			break
		}
		start := at + i
		end := start + len(h)
		at = end
		if start > 0 && text[start-1] != '\n' || end < len(text) && text[end] != '\n' && text[end] != '\r' {
			continue
		}
		first, ok := rowAt(text, min(end+1, len(text)-1))
		if !ok || first.hStart != start {
			// The line after may be a rule ("|---|").
			next := lineEndAt(text, min(end+1, len(text)-1)) + 1
			if first, ok = rowAt(text, min(next, len(text)-1)); !ok || first.hStart != start {
				continue
			}
		}
		rows = append(rows, tableRows(text, first)...)
	}
	return rows
}

// yesNoCells are what a 是/否 column holds; noCells say no.
var (
	yesNoCells = map[string]bool{"是": true, "否": true, "有": true, "无": true, "√": true, "×": true, "✓": true, "✗": true, "需要": true, "不需要": true, "要": true, "不要": true}
	noCells    = map[string]bool{"否": true, "无": true, "×": true, "✗": true, "不需要": true, "不要": true}
)

// keyColumn is the column that names a row: the first whose header is no
// 序号 and whose cells are text.
func keyColumn(head []string, rows [][]string) int {
	// A header that says it names ("事项名称", "重点任务", "项目") is the
	// key even after a unit's column ("责任单位	重点任务").
	for j, h := range head {
		if reKeyHeader.MatchString(h) && !anyOf(rows, func(r []string) bool { return j < len(r) && reCellFigure.MatchString(strings.TrimSpace(r[j])) }) {
			return j
		}
	}
	for j, h := range head {
		h = strings.TrimSpace(h)
		if h == "" || reSerialHeader.MatchString(h) {
			continue
		}
		if anyOf(rows, func(r []string) bool { return j < len(r) && reCellFigure.MatchString(strings.TrimSpace(r[j])) }) {
			continue
		}
		return j
	}
	return -1
}

var reKeyHeader = regexp.MustCompile(`名称|事项|项目|任务|内容|对象|姓名`)

var reSerialHeader = regexp.MustCompile(`^(?:序\s*号|编\s*号|No\.?|序)$`)

// tableFilter picks, of the table the best-ranked row in evs stands in,
// the rows a list question selects; nil when no table answers so.
func tableFilter(evs []evidence, u understood, wt weightedTokens) []evidence {
	// (A question of several parts is answered part by part.)
	if !u.list || u.quantity || u.cross || len(evs) == 0 || len(subQuestions(u.q)) > 1 {
		return nil
	}
	var top *evidence
	// A row as near to the question as the best passage is: the table is
	// of what is asked, not a table a word of it happens to stand in.
	best := slices.MaxFunc(evs, func(a, b evidence) int { return cmp.Compare(a.coverage, b.coverage) }).coverage
	for i := range evs {
		if evs[i].read != "" && evs[i].row.hEnd > 0 && evs[i].coverage >= best-covTie {
			top = &evs[i]
			break
		}
	}
	if top == nil {
		return nil
	}
	text := top.doc.Text
	head, _, _ := cellsOf(text[top.row.hStart:top.row.hEnd])
	rows := sameHeaderRows(text, top.row)
	if len(rows) == 0 {
		// A header not on a line of its own (indented, drawn): its own
		// block.
		rows = tableRows(text, top.row)
	}
	if len(rows) < 3 {
		return nil
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i], _, _ = cellsOf(text[r.start:r.end])
	}
	key := keyColumn(head, cells)
	if key < 0 {
		return nil
	}
	// Every condition the question puts holds of a row picked: each 是/否
	// column it names, and the words of one column ("公安局配合的哪几项
	// 要联合检查").
	yes, named := byYesNoColumns(u.q, head, cells, key)
	words, by := byWords(filterWords(u.q, wt), cells, key, text, u.q)
	if !named && words == nil {
		return nil
	}
	var picked []int
	for i := range rows {
		if (!named || yes[i]) && (words == nil || words[i]) {
			picked = append(picked, i)
		}
	}
	if len(picked) < 2 || len(picked) == len(rows) {
		return nil
	}
	// The rest of the question is of the table: its header, its rows or
	// the heading it stands under name what is asked ("目录里…承办" over a
	// table headed 承办单位 in "二、…事项目录"), not of what a table a
	// word happens to pick rows from is of ("窎口镇给县民政局提了哪些建议"
	// of a 经办单位 column).
	// (Headings that are headings: an article's opening sentence the
	// table stands under speaks of more than the table.)
	of := top.doc.Title + text[top.row.hStart:top.row.hEnd]
	for _, r := range rows {
		of += text[r.start:r.end]
	}
	for _, h := range top.path {
		if utf8.RuneCountInString(h) <= maxHeaderCellRunes {
			of += h
		}
	}
	var rest, covered float64
	for _, t := range wt.toks {
		// (A word the document never writes is the asker's, no part of
		// it can hold it: "开听" of 开听证会.)
		if slices.Contains(by, t) || !strings.Contains(text, t) {
			continue
		}
		rest += wt.w[t]
		if strings.Contains(of, t) {
			covered += wt.w[t]
		}
	}
	if rest > 0 && covered < minTableCover*rest {
		return nil
	}
	var out []evidence
	for _, i := range picked {
		ev := top.atRow(rows[i])
		if key > 0 && key < len(cells[i]) {
			// Named by its key cell first ("开展社会组织法治培训", not the
			// unit's column before it).
			ev.read = strings.TrimSpace(cells[i][key]) + "——" + ev.read
		}
		// A row of a later table of the same header stands under its own
		// heading.
		ev.path = nil
		if k := document.SectionAt(top.doc.Sections, rows[i].start); k >= 0 {
			ev.path = top.doc.Sections[k].Path
		}
		out = append(out, ev)
	}
	return out
}

// byYesNoColumns selects the rows by each 是/否 column the question
// names: "哪几项不做风险评估" the rows whose 风险评估 is 否, "既要专家论证
// 又要风险评估" those whose both are 是. named is false when it names none.
func byYesNoColumns(q string, head []string, cells [][]string, key int) (picked []bool, named bool) {
	picked = make([]bool, len(cells))
	for i := range picked {
		picked[i] = true
	}
	for j, h := range head {
		h = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(h), "是否"))
		if j == key || utf8.RuneCountInString(h) < 2 {
			continue
		}
		at := strings.Index(q, h)
		if at < 0 || !allOf(cells, func(r []string) bool { return j < len(r) && yesNoCells[strings.TrimSpace(r[j])] }) {
			continue
		}
		named = true
		no := negated(q, at, at+len(h))
		for i, r := range cells {
			picked[i] = picked[i] && noCells[strings.TrimSpace(r[j])] == no
		}
	}
	return picked, named
}

// reNegation denies what follows it; reNotNegation only seems to ("不仅要
// 专家论证还要…", "不但", 非煤矿山, 无障碍, 未成年人).
var (
	reNegation    = regexp.MustCompile(`不|没|无|未|免|非`)
	reNotNegation = regexp.MustCompile(`不仅|不但|不只|不光|非常|无论|未来|非煤|无障碍|未成年|非营利|无偿|非遗|无人`)
	// reExcept opens an exception ("除了民政局的", "除联合检查以外"): 除了
	// anywhere, 除 alone at a clause's start (not 拆除, 清除), up to what
	// closes it.
	reExcept = regexp.MustCompile(`(?:除了|(?:^|[，,。；;\s])除)([^，,。？?；;]*?)(?:以外|之外|外|的|还|，|,|$)`)
	// reDeniedAfter denies the word right before it and ends its clause
	// ("风险评估不用做的", "听证会没开的"), not "不要专家论证", which denies
	// what follows.
	reDeniedAfter = regexp.MustCompile(`^(?:的)?(?:不|没|无需|未|免)(?:用|需要|需|要|必|有)?(?:做|搞|开|组织|进行|安排)?(?:的|了|吗|呢|[，,？?]|$)`)
	// reOutside is "X以外的", "X之外的": all but X.
	reOutside = regexp.MustCompile(`^的?(?:以外|之外)`)
)

// deniesIn reports whether text writes t denied: a negation right before
// it ("未完成", "不合格").
func deniesIn(text, t string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], t)
		if j < 0 {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i+j])
		if strings.ContainsRune("不没无未非", r) {
			return true
		}
		i += j + len(t)
	}
}

// negated reports whether the question denies what it writes at q[at:end]:
// a negation a few characters before it in the same clause ("不需要做风险
// 评估", "没有安排听证会"), right after it ("风险评估不用做的"), or an
// exception it stands in ("除了联合检查的以外").
func negated(q string, at, end int) bool {
	rs := []rune(q[:at])
	from := max(0, len(rs)-6)
	for k := len(rs) - 1; k >= from; k-- {
		if strings.ContainsRune("，,。；;？? ", rs[k]) {
			from = k + 1
			break
		}
	}
	before := reNotNegation.ReplaceAllString(string(rs[from:]), "")
	if reNegation.MatchString(before) {
		return true
	}
	for _, m := range reExcept.FindAllStringSubmatchIndex(q, -1) {
		if at >= m[2] && end <= m[3] {
			return true
		}
	}
	return reDeniedAfter.MatchString(q[end:]) || reOutside.MatchString(q[end:])
}

// filterWords are the question's topic words, and the office it names
// ("我们民政局承办的有哪些"): a scope word elsewhere, a value in a table's
// column of units; it weighs as the weightiest topic word.
func filterWords(q string, wt weightedTokens) weightedTokens {
	out := weightedTokens{w: maps.Clone(wt.w), total: wt.total}
	// What the rows are ("哪些物资", "哪几个股室") picks none of them: a
	// 提供单位 "应急物资储备库" is no condition on the 物资 listed.
	kind := ""
	if m := reListedKind.FindStringSubmatch(q); m != nil {
		kind = m[1]
	}
	for _, t := range wt.toks {
		if kind == "" || !strings.Contains(kind, t) {
			out.toks = append(out.toks, t)
		}
	}
	if out.w == nil {
		out.w = map[string]float64{}
	}
	top := 0.0
	for _, w := range wt.w {
		top = max(top, w)
	}
	for _, m := range scopeWords.FindAllString(q, -1) {
		if reOfficeWord.MatchString(m) && m != "我局" && out.w[m] == 0 {
			out.toks = append(out.toks, m)
			out.w[m] = top
			out.total += top
		}
	}
	return out
}

// reListedKind is the word after a list's question word: what the rows
// listed are (哪些物资, 哪几个股室, 哪两项).
var reListedKind = regexp.MustCompile(`哪(?:些|几|[两三四五六七八九十])[个项家位名条类种所处批]?(\p{Han}{2})`)

// byWords selects the rows whose cells of one column hold the weightiest
// of the question's words that some rows of it hold and others do not:
// "听证会" in "公众参与方式", "民政局" in "承办单位" — or, the question
// denying them ("哪些事项没有安排听证会"), the rows that do not. A word
// found in one column of some rows and another of others picks by no
// column. The column that names the rows picks none: its words are what
// rows are, not what they are picked by. nil when no word picks.
func byWords(wt weightedTokens, cells [][]string, key int, text, q string) ([]bool, []string) {
	// A word the document never writes may be the short form of one a
	// cell writes: "卫健局" of 县卫生健康局.
	holds := func(cell, t string) bool {
		return strings.Contains(cell, t) || (!strings.Contains(text, t) && abbreviates(t, cell))
	}
	type columnPick struct {
		top    float64
		picked []bool
		by     []string
	}
	var cols []columnPick
	for j := range cells[0] {
		if j == key {
			continue
		}
		score := make([]float64, len(cells))
		var used []string
		for _, t := range wt.toks {
			var in []int
			for i, r := range cells {
				if j < len(r) && holds(r[j], t) {
					in = append(in, i)
				}
			}
			if len(in) == 0 || len(in) == len(cells) {
				continue
			}
			for _, i := range in {
				score[i] += wt.w[t]
			}
			used = append(used, t)
		}
		top := slices.Max(score)
		if top == 0 || top < minFilterShare*wt.total {
			continue
		}
		c := columnPick{top: top, by: used, picked: make([]bool, len(cells))}
		for i, s := range score {
			c.picked[i] = s == top
		}
		// (Not where the cells write the denial themselves: "哪些乡镇未
		// 完成" of a column of 已完成 and 未完成 picks the 未完成 rows as
		// written.)
		if anyOf(used, func(t string) bool {
			at := strings.Index(q, t)
			return at >= 0 && negated(q, at, at+len(t))
		}) && !anyOf(cells, func(r []string) bool {
			return j < len(r) && anyOf(used, func(t string) bool { return deniesIn(r[j], t) })
		}) {
			for i := range c.picked {
				c.picked[i] = !c.picked[i]
			}
		}
		cols = append(cols, c)
	}
	if len(cols) == 0 {
		return nil, nil
	}
	// The weightiest column picks; another picks too by words of its own
	// ("民政局承办的哪些事项要开听证会": 承办单位 and 公众参与方式).
	slices.SortStableFunc(cols, func(a, b columnPick) int { return cmp.Compare(b.top, a.top) })
	picked, by := cols[0].picked, slices.Clone(cols[0].by)
	for _, c := range cols[1:] {
		if anyOf(c.by, func(t string) bool { return slices.Contains(by, t) }) {
			continue
		}
		for i := range picked {
			picked[i] = picked[i] && c.picked[i]
		}
		by = append(by, c.by...)
	}
	return picked, by
}

// covTie: coverages this close are one.
const covTie = 0.01

// minTableCover: the share of the question's other words the table must
// write.
const minTableCover = 0.5

// minFilterShare: the words that select rows weigh at least this share of
// the question's.
const minFilterShare = 0.25

// composeTable lists the rows a table filter picked, each read with its
// header (what else a row says may be what is wanted of it: "哪些项目由
// 民政局承办" wants their names, and when), the header cited once after
// them.
func composeTable(picked []evidence) (string, []Citation) {
	var b strings.Builder
	var cites []Citation
	d := picked[0].doc
	fmt.Fprintf(&b, "据《%s》,共%d项:\n", d.Title, len(picked))
	for i, ev := range picked {
		cites = append(cites, citationOf(len(cites)+1, ev))
		fmt.Fprintf(&b, "%d. %s[%d]\n", i+1, trimSentence(shorten(ev.read, 200)), len(cites))
	}
	h := picked[0].row
	cites = append(cites, Citation{N: len(cites) + 1, Doc: d.Ref(), Section: picked[0].path.String(), Text: d.Text[h.hStart:h.hEnd], Start: h.hStart, End: h.hEnd})
	fmt.Fprintf(&b, "(表头见[%d])", len(cites))
	return b.String(), cites
}

// atRow is ev moved to another row of its table, read with the header.
func (ev evidence) atRow(r tableRow) evidence {
	ev.row = r
	ev.start, ev.end = r.start, r.end
	ev.qStart, ev.qEnd = r.start, r.end
	ev.showStart, ev.showEnd = 0, 0
	ev.read, ev.counts = r.reading(ev.doc.Text)
	return ev
}
