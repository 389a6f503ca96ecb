package answer

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Office documents carry tables: the 政府信息公开年度报告's fixed tables,
// a 考核细则's scoring table, a 分工方案's task table. Extracted, a table is
// one line per row with a tab between cells, and a row's figures mean
// nothing without the header row above it: "行政复议	2	1	0	0	3" is 2
// upheld, 1 corrected and 3 in all, "行政事业性收费	286.37" is 286.37万元
// because its column is headed "本年收费金额(单位:万元)". A row is read, scored
// and shown with its header's cells beside its own.

// tableRow is a row of a table: a line of text with a tab in it.
type tableRow struct {
	start, end   int // the row's line
	hStart, hEnd int // its header row's line; hEnd == 0 when none is found
}

// rowAt returns the table row whose line holds offset i, if that line is one.
func rowAt(text string, i int) (tableRow, bool) {
	s := strings.LastIndexByte(text[:i], '\n') + 1
	e := lineEndAt(text, i)
	if !strings.ContainsRune(text[s:e], '\t') {
		return tableRow{}, false
	}
	r := tableRow{start: s, end: e}
	r.hStart, r.hEnd = tableHeader(text, s)
	return r, true
}

// maxCaptionRunes: a line between a header and its rows that is this
// short is a caption or a group heading ("一、组织领导(15分)", "第二十条第
// (五)项"), inside the table; a longer one is text, and the table ended.
const maxCaptionRunes = 40

// maxHeaderLines bounds how far above its row a header is looked for.
const maxHeaderLines = 60

// tableHeader finds the header row of the row starting at rowStart: the
// nearest line above with tabs whose cells after the first state no
// figure ("信息内容	本年处理决定数量"), over rows and short captions only.
func tableHeader(text string, rowStart int) (int, int) {
	end := rowStart - 1
	for n := 0; end > 0 && n < maxHeaderLines; n++ {
		start := strings.LastIndexByte(text[:end], '\n') + 1
		ln := strings.TrimSpace(text[start:end])
		if strings.ContainsRune(ln, '\t') {
			if cells := strings.Split(ln, "\t"); len(cells) >= 2 && !anyOf(cells[1:], func(c string) bool { return reDigits.MatchString(c) }) {
				return start, end
			}
		} else if utf8.RuneCountInString(ln) > maxCaptionRunes {
			return 0, 0
		}
		end = start - 1
	}
	return 0, 0
}

// reCellFigure is a cell that is only a figure.
var reCellFigure = regexp.MustCompile(`^-?\d+(?:\.\d+)?%?$`)

// reHeaderUnit is the unit a header cell states: "本年收费金额(单位:万元)".
var reHeaderUnit = regexp.MustCompile(`[(（]?\s*单位\s*[:：]\s*([^)）\s]{1,4})\s*[)）]?`)

// reRateHeader heads a column of shares, not counts.
var reRateHeader = regexp.MustCompile(`率|比例|比重|占比|%|％`)

// reScoreHeader heads a column of points.
var reScoreHeader = regexp.MustCompile(`分值|得分|分数|扣分|加分|满分`)

// reading is what a row says read with its header: "行政事业性收费:本年
// 收费金额(单位:万元)286.37万元". counts: some cell is a bare whole
// number in a column that states no unit, which counts whatever the table
// counts (件, 起, 人…).
func (r tableRow) reading(text string) (s string, counts bool) {
	row := strings.Split(strings.TrimSpace(text[r.start:r.end]), "\t")
	if r.hEnd == 0 {
		return strings.Join(row, " "), false
	}
	head := strings.Split(strings.TrimSpace(text[r.hStart:r.hEnd]), "\t")
	var b strings.Builder
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
		switch m := reHeaderUnit.FindStringSubmatch(h); {
		case m != nil:
			unit = m[1]
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
