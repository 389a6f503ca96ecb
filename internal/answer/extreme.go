package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
)

// A question of which row of a table is most or least ("低保钱发得最多的是
// 哪个街道", "暴雨累计雨量最大的是哪个村", "哪项服务满意度最低") is answered
// by comparing the table's rows on the column of figures it asks of — no
// sentence of the document says which, the rows do.

// reExtremeWord says most or least; reWhichAsked asks which one.
var (
	reMostWord   = regexp.MustCompile(`最(?:多|高|大|长|贵|重|快)`)
	reLeastWord  = regexp.MustCompile(`最(?:少|低|小|短|便宜|轻|慢)`)
	reWhichAsked = regexp.MustCompile(`哪(?:个|家|项|位|一|条|所|类|种|块|支|批|期|些|几)|谁`)
)

// extremeAsked is +1 when a question asks which is most, −1 which is least,
// 0 when it asks neither ("最多能补多少" asks a bound, not which).
func extremeAsked(q string) int {
	if !reWhichAsked.MatchString(q) {
		return 0
	}
	most, least := reMostWord.MatchString(q), reLeastWord.MatchString(q)
	switch {
	case most && !least:
		return 1
	case least && !most:
		return -1
	}
	return 0
}

// reLeadFigure is the figure a cell begins with ("1368.52", "95%", "1,230").
var reLeadFigure = regexp.MustCompile(`^[+-]?\d[\d,]*(?:\.\d+)?`)

// cellFigure is the figure a cell states, if it is one.
func cellFigure(c string) (float64, bool) {
	c = strings.TrimSpace(c)
	m := reLeadFigure.FindString(c)
	if m == "" || utf8.RuneCountInString(c)-utf8.RuneCountInString(m) > 3 {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
	return f, err == nil
}

// minFigureRows: a column of figures holds one in this share of its rows.
const minFigureRows = 0.8

// reMoneyAsked and reMoneyHeader: a question of money asks of the column
// of sums; rePeople of people.
var (
	reMoneyAsked  = regexp.MustCompile(`钱|资金|经费|金额|花费|费用|预算|花|投入|补贴|补助|贷款`)
	reMoneyHeader = regexp.MustCompile(`金额|资金|经费|费用|预算|元|投入|补贴|补助`)
	// rePeople asks of people, and heads a column of them.
	rePeople    = regexp.MustCompile(`人|名额|户`)
	reHandedOut = regexp.MustCompile(`发|拨|花|支出|投`)
)

// tableExtreme answers which row of the table the best-ranked row stands in
// is most or least on the column the question asks of; ok is false when
// the question asks no such thing or no column of figures is the one.
func tableExtreme(evs []evidence, u understood, wt weightedTokens) (string, []Citation, bool) {
	if u.extreme == 0 || u.cross || len(evs) == 0 {
		return "", nil, false
	}
	// Of the tables rows of which were found, the one whose caption,
	// header, rows and heading write most of the question's words: the
	// words of which row and which column are in its header and caption
	// ("外派培训…花钱" over 培训项目 and 经费), not in any one row.
	// The tables of the best-ranked passages' documents count too, though
	// none of their rows was found: "哪个镇发得最多" may rank a sentence
	// that says 最多 of another thing above every row of the town table.
	var top *evidence
	bestCover := 0.0
	type tableAt struct {
		doc   string
		start int
	}
	seen := map[tableAt]bool{}
	which := reWhichKind.FindStringSubmatch(u.q)
	try := func(ev evidence) {
		k := tableAt{ev.doc.ID, ev.row.hStart}
		if ev.read == "" || ev.row.hEnd == 0 || seen[k] {
			return
		}
		seen[k] = true
		c := tableCover(ev, wt)
		// "哪个乡镇…" is of the table whose rows are 乡镇: its key
		// column's header says what its rows are; a table of towns does
		// not answer "哪个村".
		if which != nil {
			if !keyHeaderHas(ev, which[1]) {
				return
			}
			c += whichBonus
		}
		if c > bestCover {
			top, bestCover = &ev, c
		}
	}
	for _, ev := range evs {
		try(ev)
	}
	read := map[string]bool{}
	for _, at := range evs[:min(len(evs), maxExtremeDocs)] {
		if read[at.doc.ID] {
			continue
		}
		read[at.doc.ID] = true
		for _, r := range firstRows(at.doc.Text) {
			ev := at.atRow(r)
			ev.path = nil
			if k := document.SectionAt(ev.doc.Sections, r.start); k >= 0 {
				ev.path = ev.doc.Sections[k].Path
			}
			try(ev)
		}
	}
	if top == nil || bestCover < minTableCover {
		return "", nil, false
	}
	text := top.doc.Text
	head, _, _ := cellsOf(text[top.row.hStart:top.row.hEnd])
	rows := tableRows(text, top.row)
	if len(rows) < 3 {
		return "", nil, false
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i], _, _ = cellsOf(text[r.start:r.end])
	}
	key := keyColumn(head, cells)
	if key < 0 {
		return "", nil, false
	}
	col := figureColumn(u.q, wt, head, cells, key)
	if col < 0 {
		return "", nil, false
	}
	top1 := -1
	var bestV float64
	for i, c := range cells {
		if col >= len(c) {
			continue
		}
		v, ok := cellFigure(c[col])
		if !ok {
			continue
		}
		if top1 < 0 || float64(u.extreme)*(v-bestV) > 0 {
			top1, bestV = i, v
		}
	}
	if top1 < 0 {
		return "", nil, false
	}
	// Rows as high (or low) as the best are named with it.
	var at []int
	for i, c := range cells {
		if col < len(c) {
			if v, ok := cellFigure(c[col]); ok && v == bestV {
				at = append(at, i)
			}
		}
	}
	// Said as the question says it (最多, 最低).
	word := reMostWord.FindString(u.q)
	if u.extreme < 0 {
		word = reLeastWord.FindString(u.q)
	}
	colName := strings.TrimSpace(head[col])
	var b strings.Builder
	var cites []Citation
	fmt.Fprintf(&b, "据《%s》,按“%s”一栏比较,", top.doc.Title, colName)
	for k, i := range at {
		ev := top.atRow(rows[i])
		cites = append(cites, citationOf(len(cites)+1, ev))
		if k > 0 {
			b.WriteString("、")
		}
		fmt.Fprintf(&b, "%s(%s)[%d]", strings.TrimSpace(cells[i][key]), strings.TrimSpace(cells[i][col]), len(cites))
	}
	fmt.Fprintf(&b, "%s,共比较%d项", word, len(rows))
	h := top.row
	cites = append(cites, Citation{N: len(cites) + 1, Doc: top.doc.Ref(), Section: top.path.String(), Text: text[h.hStart:h.hEnd], Start: h.hStart, End: h.hEnd})
	fmt.Fprintf(&b, "(表头见[%d])。", len(cites))
	return b.String(), cites, true
}

// figureColumn is the column of figures a question asks of: the one whose
// header shares its words, else the one of the kind it asks (money,
// people), else the only one. −1 when none is or several are alike.
func figureColumn(q string, wt weightedTokens, head []string, cells [][]string, key int) int {
	var figs []int
	for j := range head {
		if j == key || reSerialHeader.MatchString(strings.TrimSpace(head[j])) {
			continue
		}
		n := 0
		for _, c := range cells {
			if j < len(c) {
				if _, ok := cellFigure(c[j]); ok {
					n++
				}
			}
		}
		if float64(n) >= minFigureRows*float64(len(cells)) {
			figs = append(figs, j)
		}
	}
	if len(figs) == 0 {
		return -1
	}
	pick := func(ok func(h string) bool) int {
		found := -1
		for _, j := range figs {
			if ok(head[j]) {
				if found >= 0 {
					return -2
				}
				found = j
			}
		}
		return found
	}
	// The header writes a word of the question ("累计雨量", "满意度").
	if j := pick(func(h string) bool {
		return anyOf(wt.toks, func(t string) bool { return utf8.RuneCountInString(t) >= 2 && strings.Contains(h, t) })
	}); j >= 0 {
		return j
	}
	if reMoneyAsked.MatchString(q) {
		if j := pick(func(h string) bool { return reMoneyHeader.MatchString(h) }); j >= 0 {
			return j
		}
	}
	if rePeople.MatchString(q) {
		if j := pick(func(h string) bool { return rePeople.MatchString(h) }); j >= 0 {
			return j
		}
	}
	if len(figs) == 1 {
		return figs[0]
	}
	// "哪个镇发得最多", of a table of sums and of people: what is handed
	// out is counted in money unless people are asked.
	if reHandedOut.MatchString(q) && !rePeople.MatchString(q) {
		// (A rate of money spent, 资金执行率, is no sum.)
		if j := pick(func(h string) bool { return reMoneyHeader.MatchString(h) && !reRateHeader.MatchString(h) }); j >= 0 {
			return j
		}
	}
	return -1
}

// maxCaptionLines is how many lines above a header may caption its table.
const maxCaptionLines = 3

// tableCover is the share of the question's words (those the document
// writes) that the table ev's row stands in writes: in its caption lines,
// header, rows or the heading it stands under.
func tableCover(ev evidence, wt weightedTokens) float64 {
	text := ev.doc.Text
	of := ev.path.String()
	at := ev.row.hStart
	for k := 0; k < maxCaptionLines && at > 0; k++ {
		prev := strings.LastIndexByte(text[:at-1], '\n') + 1
		of += text[prev : at-1]
		at = prev
	}
	of += text[ev.row.hStart:ev.row.hEnd]
	for _, r := range tableRows(text, ev.row) {
		of += text[r.start:r.end]
	}
	var all, covered float64
	for _, t := range wt.toks {
		// (最多, 最低 ask which; a sentence above the table that says
		// 最多 of something else is no word of the table's.)
		if !strings.Contains(text, t) || strings.ContainsRune(t, '最') {
			continue
		}
		all += wt.w[t]
		if strings.Contains(of, t) {
			covered += wt.w[t]
		}
	}
	if all == 0 {
		return 0
	}
	return covered / all
}

// firstRows is the first row under each table header of text.
func firstRows(text string) []tableRow {
	var out []tableRow
	last := -1
	for at := 0; at < len(text); at = lineEndAt(text, at) + 1 {
		if r, ok := rowAt(text, at); ok && r.hEnd > 0 && r.hStart != last && !isHeaderRow(text, r) {
			out = append(out, r)
			last = r.hStart
		}
	}
	return out
}

// maxExtremeDocs: the tables of the documents of this many best-ranked
// passages are compared.
const maxExtremeDocs = 3

// whichBonus ranks the table whose rows are what the question asks which
// of above one that shares as many of its words.
const whichBonus = 0.5

// reWhichKind is what a question asks which one of: 哪个镇, 哪家银行.
var reWhichKind = regexp.MustCompile(`哪(?:一个|个|家|项|所|类|种|位)(\p{Han}{1,2})`)

// keyHeaderHas reports whether the header of the column that names the
// rows of ev's table says noun, or its first rune ("乡镇（街道）" of 乡镇,
// of 镇发 in "哪个镇发得最多").
func keyHeaderHas(ev evidence, noun string) bool {
	text := ev.doc.Text
	head, _, _ := cellsOf(text[ev.row.hStart:ev.row.hEnd])
	var cells [][]string
	for _, r := range tableRows(text, ev.row) {
		c, _, _ := cellsOf(text[r.start:r.end])
		cells = append(cells, c)
	}
	k := keyColumn(head, cells)
	if k < 0 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(noun)
	if strings.Contains(head[k], noun) || strings.ContainsRune(head[k], first) {
		return true
	}
	// "上坪村", "下坪村" under a header that names no kind.
	n := 0
	for _, c := range cells {
		if k < len(c) && strings.ContainsRune(c[k], first) {
			n++
		}
	}
	return len(cells) > 0 && float64(n) >= minFigureRows*float64(len(cells))
}
