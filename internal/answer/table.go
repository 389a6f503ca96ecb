package answer

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
)

// Office documents carry tables: the 政府信息公开年度报告's fixed tables,
// a 考核细则's scoring table, a 分工方案's task table. The document readers
// write a table row as one line, "| a | b | c |" (DOCX, XLSX, .doc), and
// plain-text files keep it with a tab between cells. A row's figures mean
// nothing without the header row above it: "行政复议	2	1	0	0	3" is 2
// upheld, 1 corrected and 3 in all, "行政事业性收费	286.37" is 286.37万元
// because its column is headed "本年收费金额(单位:万元)". A row is read, scored
// and shown with its header's cells beside its own.

// tableRow is a row of a table: a line of text with a tab in it.
type tableRow struct {
	start, end   int    // the row's line
	hStart, hEnd int    // its header row's line; hEnd == 0 when none is found
	unit         string // the unit the table's caption states for all its figures
}

// boxBars are the box-drawing vertical bars a text table may be drawn with,
// read as the full-width bar.
var boxBars = strings.NewReplacer("│", "｜", "┃", "｜", "║", "｜")

// boxCorners are the corners and joints of a box-drawn table's borders.
const boxCorners = "┌┬┐├┼┤└┴┘┏┳┓┣╋┫┗┻┛╔╦╗╠╬╣╚╩╝"

// cellsOf splits a line into table cells: "| a | b |", "a｜b｜c" or a tab
// between cells (a blank first cell kept: "	本年新增	年末总数"). ok is false for a
// line that is no table row; sep marks a "|---|---|" rule line, or a
// box-drawn border ("├──┼──┤").
func cellsOf(line string) (cells []string, ok, sep bool) {
	l := strings.Trim(line, " \r\u3000")
	// Box-drawing characters (U+2500–U+257F) all begin with these bytes:
	// a line without them is looked at no further for them.
	boxed := strings.Contains(l, "\xe2\x94") || strings.Contains(l, "\xe2\x95")
	if boxed && strings.Trim(l, " \u3000\u2500\u2501\u2502\u2503\u2550\u2551"+boxCorners) == "" {
		return nil, true, true
	}
	if strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|") && strings.Count(l, "|") >= 3 {
		for _, c := range strings.Split(l[1:len(l)-1], "|") {
			cells = append(cells, strings.TrimSpace(c))
		}
		return cells, true, strings.Trim(strings.Join(cells, ""), "-: ") == ""
	}
	// A table typed as plain text, or pasted from one, writes its cells
	// apart with a full-width bar: "13｜社区矫正对象外出的审批｜其他行政
	// 权力｜…", or a box-drawing one ("9:30—10:05│人员转移│…"). Two bars
	// at least: one may join a title and a site name.
	if boxed {
		l = boxBars.Replace(l)
	}
	if !strings.ContainsRune(l, '\t') && strings.Count(l, "｜") >= 2 {
		// Bars at both ends draw the table's border; a bar at one end
		// only closes an empty cell there (a merged 序号, a blank 备注).
		if strings.HasPrefix(l, "｜") && strings.HasSuffix(l, "｜") {
			l = strings.TrimSuffix(strings.TrimPrefix(l, "｜"), "｜")
		}
		for _, c := range strings.Split(l, "｜") {
			cells = append(cells, strings.Trim(c, " \u3000"))
		}
		return cells, true, strings.Trim(strings.Join(cells, ""), "-—─－=＝: ") == ""
	}
	// Typed with ASCII bars and no border: "序号|材料名称|材料来源".
	if !strings.ContainsRune(l, '\t') && strings.Count(l, "|") >= 2 {
		for _, c := range strings.Split(l, "|") {
			cells = append(cells, strings.Trim(c, " \u3000"))
		}
		return cells, true, strings.Trim(strings.Join(cells, ""), "-—─－=＝: ") == ""
	}
	if !strings.ContainsRune(l, '\t') {
		if cells := document.SpacedCells(l); cells != nil {
			return cells, true, false
		}
		return nil, false, false
	}
	// "一、	主要工作成效": a typist's tab after a heading's marker.
	if strings.Count(l, "\t") == 1 && document.MarkerOnly(l[:strings.IndexByte(l, '\t')]) {
		return nil, false, false
	}
	for _, c := range strings.Split(l, "\t") {
		cells = append(cells, strings.Trim(c, " \u3000"))
	}
	return cells, true, false
}

// spacedRowBeside reports whether the line [s, e), a row only by its
// spaces, has a line next to it split by spaces into as many cells.
func spacedRowBeside(text string, s, e, n int) bool {
	if s >= 2 {
		ps := strings.LastIndexByte(text[:s-1], '\n') + 1
		if c := document.SpacedCells(strings.TrimRight(text[ps:s-1], "\r")); len(c) == n {
			return true
		}
	}
	if e+1 < len(text) {
		ne := lineEndAt(text, e+1)
		if c := document.SpacedCells(strings.TrimRight(text[e+1:ne], "\r")); len(c) == n {
			return true
		}
	}
	return false
}

// spacedOnly reports whether a line is a table row only by its spaces.
func spacedOnly(line string) bool {
	return !strings.ContainsAny(line, "\t|｜") && !strings.Contains(line, "\xe2\x94") && !strings.Contains(line, "\xe2\x95")
}

// rowAt returns the table row whose line holds offset i, if that line is one.
func rowAt(text string, i int) (tableRow, bool) {
	s := strings.LastIndexByte(text[:i], '\n') + 1
	e := lineEndAt(text, i)
	cells, ok, sep := cellsOf(text[s:e])
	if !ok || sep || len(cells) < 2 {
		return tableRow{}, false
	}
	if spacedOnly(text[s:e]) && !spacedRowBeside(text, s, e, len(cells)) {
		return tableRow{}, false
	}
	if bareBars(text[s:e]) && (!barsBeside(text, s, e) || strings.ContainsAny(text[s:e], ":：")) {
		// "第5期|清城区民政局编|2024年4月": a masthead; "本期要目：低保
		// 提标|养老服务": a label over a list.
		return tableRow{}, false
	}
	r := tableRow{start: s, end: e}
	r.hStart, r.hEnd = tableHeader(text, s, len(cells))
	if r.hEnd > 0 && r.hStart > 0 {
		// "表2 主要经济指标(单位:亿元)": a caption right above the
		// header states the unit of the whole table.
		aboveStart := strings.LastIndexByte(text[:r.hStart-1], '\n') + 1
		above := text[aboveStart : r.hStart-1]
		if strings.TrimSpace(above) == "" && aboveStart > 1 {
			// A blank line between the caption and its table.
			above = text[strings.LastIndexByte(text[:aboveStart-1], '\n')+1 : aboveStart-1]
		}
		if _, isRow, _ := cellsOf(above); !isRow {
			// Or a sentence that introduces the table and ends with its
			// unit: "分项目情况如下（单位：万元）：".
			if m := reHeaderUnit.FindStringSubmatchIndex(above); m != nil && (utf8.RuneCountInString(above) <= maxCaptionRunes || utf8.RuneCountInString(strings.TrimRight(above[m[1]:], "：:。 ")) == 0) {
				r.unit = above[m[2]:m[3]]
			}
		}
	}
	return r, true
}

// isHeaderRow reports whether row is the header of the rows below it,
// past a "|---|" rule or a short group heading.
func isHeaderRow(text string, row tableRow) bool {
	for at, k := row.end+1, 0; at < len(text) && k < 3; at, k = lineEndAt(text, at)+1, k+1 {
		if next, ok := rowAt(text, at); ok {
			return next.hEnd > 0 && next.hStart == row.start
		}
	}
	return false
}

// isTotalRow reports whether row sums the table (合计, 总计, 小计): no item
// of a group.
func isTotalRow(text string, row tableRow) bool {
	cells, _, _ := cellsOf(text[row.start:row.end])
	return len(cells) > 0 && reTotalCell.MatchString(cells[0])
}

var reTotalCell = regexp.MustCompile(`^(?:合\s*计|总\s*计|小\s*计)$`)

// maxCaptionRunes: a line between a header and its rows that is this
// short is a caption or a group heading ("一、组织领导(15分)", "第二十条第
// (五)项"), inside the table; a longer one is text, and the table ended.
const maxCaptionRunes = 40

// maxHeaderLines bounds how far above its row a header is looked for.
const maxHeaderLines = 60

// maxHeaderCellRunes: a header cell names a column; a longer cell is data.
const maxHeaderCellRunes = 20

// headerLike reports whether cells can be a header row: no cell after the
// first is a figure or a passage, and the first is no 序号.
func headerLike(cells []string) bool {
	if len(cells) < 2 || reCellFigure.MatchString(cells[0]) {
		return false
	}
	// "| 表1 主要经济指标 |  |  |", a title merged across the row, names
	// no column: every cell but the corner names one.
	return !anyOf(cells[1:], func(c string) bool {
		return c == "" || reCellFigure.MatchString(c) || utf8.RuneCountInString(c) > maxHeaderCellRunes
	})
}

// tableHeader finds the header row of the row starting at rowStart with n
// cells: the topmost header-like row of as many cells in the block of rows
// above it ("信息内容	本年处理决定数量"), or, when that block has none,
// of the block above a short caption ("一、组织领导(15分)") — never past a
// line of text.
func tableHeader(text string, rowStart, n int) (int, int) {
	hs, he := 0, 0
	end := rowStart - 1
	for k := 0; end > 0 && k < maxHeaderLines; k++ {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		cells, ok, sep := cellsOf(text[start:end])
		switch {
		case ok && !sep:
			if len(cells) == n && headerLike(cells) {
				hs, he = start, end
			}
		case sep:
		case he > 0:
			return hs, he // the block that holds the header has ended
		case utf8.RuneCountInString(strings.TrimSpace(text[start:end])) > maxCaptionRunes:
			return 0, 0
		}
		end = start - 1
	}
	return hs, he
}

// reCellFigure is a cell that is only a figure.
var reCellFigure = regexp.MustCompile(`^-?\d+(?:\.\d+)?%?$`)

// reHeaderUnit is the unit a header cell states: "本年收费金额(单位:万元)".
var reHeaderUnit = regexp.MustCompile(`(?:^|[^\p{Han}]|[表题]|资金|金额|计量)单位\s*[:：]\s*([^)）\s,，;；:：]{1,4})\s*[)）]?`)

// reBracketUnit is the unit a header cell states in brackets at its end:
// "会费标准（元/年）", "床位数(张)", "金额（万元）".
// The units are the closed class measure.go groups (unitGroups).
var reBracketUnit = func() *regexp.Regexp {
	var us []string
	for _, g := range unitGroups {
		for _, u := range g {
			us = append(us, regexp.QuoteMeta(u))
		}
	}
	// Longer first: 平方米 before 米, 人次 before 人.
	sort.Slice(us, func(i, j int) bool { return len(us[i]) > len(us[j]) || len(us[i]) == len(us[j]) && us[i] < us[j] })
	return regexp.MustCompile(`[（(]((?:` + strings.Join(us, "|") + `)(?:/[^()（）]{1,5})?)[)）]$`)
}()

// reRateHeader heads a column of shares, not counts.
var reRateHeader = regexp.MustCompile(`率|比例|比重|占比|%|％`)

// reCountHeader heads a column of counts ("保障户数", "人次"), which the
// table's stated unit (单位：万元) is not of.
var reCountHeader = regexp.MustCompile(`(?:数|户|人|人次|个|次|家|所|项|件)$`)

// reCountOfHeader heads a column of counts that names what it counts in:
// 人数 in 人, 户数 in 户 ("可容纳人数", "保障户数", "床位数").
var reCountOfHeader = regexp.MustCompile(`(人次|人|户|家|所|张|床位|床|辆|件|项|名)数$`)

// reScoreHeader heads a column of points.
var reScoreHeader = regexp.MustCompile(`分值|得分|分数|扣分|加分|满分`)

// rePersonColumn heads a column of people: 姓名, or one who holds a role
// (负责人, 联系人, 责任人) — not a kind of people counted (残疾人|人数).
var rePersonColumn = regexp.MustCompile(`^(?:姓名|\p{Han}{0,2}(?:负责|联系|责任|经办|承办|值班|带班|填报|召集|发言|主持|分管|法定代表|代理)人)$`)

// reading is what a row says read with its header: "行政事业性收费:本年
// 收费金额 286.37万元". counts: some cell is a bare whole
// number in a column that states no unit, which counts whatever the table
// counts (件, 起, 人…).
func (r tableRow) reading(text string) (s string, counts bool) {
	row, _, _ := cellsOf(text[r.start:r.end])
	if r.hEnd == 0 {
		return strings.Join(row, " "), false
	}
	head, _, _ := cellsOf(text[r.hStart:r.hEnd])
	var b strings.Builder
	// A row that opens with a person ("姓名|职务|分工" over "管檀|社区老年
	// 食堂负责人|助餐送餐") says so, as its other cells say what they are.
	if len(head) > 0 && rePersonColumn.MatchString(strings.TrimSpace(head[0])) {
		b.WriteString(strings.TrimSpace(head[0]) + " ")
	}
	b.WriteString(strings.TrimSpace(row[0]))
	for i, c := range row[1:] {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		h := ""
		if i+1 < len(head) {
			h = strings.TrimSpace(head[i+1])
		}
		if i == 0 {
			b.WriteString(":")
		} else {
			b.WriteString(",")
		}
		if !reCellFigure.MatchString(c) {
			if h != "" {
				b.WriteString(h + " ")
			}
			b.WriteString(c)
			continue
		}
		unit := ""
		bracketed := reBracketUnit.FindStringSubmatch(h)
		switch m := reHeaderUnit.FindStringSubmatch(h); {
		case m != nil:
			unit = m[1]
		case bracketed != nil:
			// "会费标准（元/年）": the unit in brackets goes with
			// each figure of the column ("10000元/年").
			unit = bracketed[1]
			h = strings.Replace(h, bracketed[0], "", 1)
		case r.unit == "" && reCountOfHeader.MatchString(h) && !strings.Contains(h, "万") && !strings.ContainsAny(c, ".%"):
			// "可容纳人数 260" counts people: 260人, no answer to 几个 —
			// unless the table states a unit of its own (单位：万人).
			unit = reCountOfHeader.FindStringSubmatch(h)[1]
			if unit == "床位" {
				unit = "张"
			}
		case r.unit != "" && !reRateHeader.MatchString(h) && !reCountHeader.MatchString(h):
			unit = r.unit
		case reScoreHeader.MatchString(h):
			unit = "分"
		case reRateHeader.MatchString(h) || strings.ContainsAny(c, ".%"):
		default:
			counts = true
		}
		// The unit goes with the figure, not twice.
		h = strings.TrimSpace(reHeaderUnit.ReplaceAllString(h, ""))
		b.WriteString(h + " " + c + unit)
	}
	return b.String(), counts
}

// countUnits are the asked units a table's bare whole numbers can answer:
// counts of things and events, not sums, areas, lengths or times.
func countUnit(unit string) bool {
	g, ok := askedUnits[unit]
	if !ok {
		return unit == ""
	}
	switch g[0] {
	case "元", "平方米", "米", "吨", "立方米", "天", "倍", "岁", "千瓦", "万千瓦", "兆瓦":
		return false
	}
	return true
}

// bareBars reports whether a line is written with ASCII bars and no
// border, tab or full-width bar: such a line is a table's row only beside
// another like it (barsBeside), not a masthead or a site's menu that
// happens to use bars ("云适配版| 电脑版| 国务院客户端").
func bareBars(line string) bool {
	l := strings.TrimSpace(line)
	return !strings.HasPrefix(l, "|") && !strings.ContainsAny(l, "\t｜") && strings.Count(l, "|") >= 2
}

// barsBeside reports whether the line before or after [s, e) has as many
// ASCII bars, and is no label's list.
func barsBeside(text string, s, e int) bool {
	n := strings.Count(text[s:e], "|")
	if s > 0 {
		ps := strings.LastIndexByte(text[:s-1], '\n') + 1
		if l := text[ps : s-1]; strings.Count(l, "|") == n && !strings.ContainsAny(l, ":：") {
			return true
		}
	}
	if e < len(text) {
		ne := lineEndAt(text, e+1)
		if l := text[e+1 : ne]; strings.Count(l, "|") == n && !strings.ContainsAny(l, ":：") {
			return true
		}
	}
	return false
}
