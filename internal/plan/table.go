package plan

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// Plans often keep their tasks in a 任务分工表 rather than in numbered
// paragraphs: 序号 | 重点任务 | 工作任务 | 牵头单位 | 配合单位 | 完成时限. The
// document readers (DOCX, .doc, XLSX, Markdown) write every table row as
// one line "| a | b | c |", so tables are read back from the text and each
// row becomes the record the same task gives when written as text:
// "1.深入学习…。…(人事科牵头,各科室配合)" under "(一)group".

// Tasks returns a plan's tasks and work requirements: those Parse finds in
// numbered text and those of its task tables. A task stated both in the
// text and in a table is kept once, from the text, taking the table's units
// where the text names none.
func Tasks(doc *index.StoredDoc) ([]PlanItem, []Requirement) {
	items, reqs := Parse(doc)
	tables := tableItems(doc)
	if len(tables) == 0 {
		return items, reqs
	}
	var kept []PlanItem
	byTitle := map[string]int{}
	for _, it := range items {
		if spansTable(it, tables) {
			// A whole section swallowed as one "task" because its
			// tasks are rows of a table, not headings — or a group
			// heading typed as a line between the rows.
			continue
		}
		byTitle[zh.Normalize(it.Title)] = len(kept)
		kept = append(kept, it)
	}
	for _, t := range tables {
		for _, it := range t.items {
			if i, ok := byTitle[zh.Normalize(it.Title)]; ok {
				if len(kept[i].Lead) == 0 {
					kept[i].Lead, kept[i].Coop = it.Lead, it.Coop
					if kept[i].Deadline == "" {
						kept[i].Deadline = it.Deadline
					}
				}
				continue
			}
			kept = append(kept, it)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	return kept, reqs
}

func spansTable(it PlanItem, tables []taskTable) bool {
	for _, t := range tables {
		if it.Start <= t.header && t.header < it.End || t.header <= it.Start && it.Start < t.end {
			return true
		}
	}
	return false
}

// taskTable is one task table found in a document's text.
type taskTable struct {
	header int // byte offset of the header row
	end    int // end of its last row
	items  []PlanItem
}

// Column roles of a task table.
const (
	colOther = iota
	colNumber
	colGroup
	colTask
	colLead
	colResp // 责任单位: lead, or "A牵头,B配合" spelled out in the cell
	colCoop
	colDeadline
)

// columnRole names what a header cell's words say the column holds.
func columnRole(h string) int {
	h = strings.Join(strings.Fields(norm.NFKC.String(h)), "")
	switch {
	case h == "":
		return colOther
	case h == "序号" || h == "编号" || h == "序" || h == "No.":
		return colNumber
	case strings.Contains(h, "牵头"):
		return colLead
	case strings.Contains(h, "配合") || strings.Contains(h, "协办") || strings.Contains(h, "参与单位") || strings.Contains(h, "协同"):
		return colCoop
	case strings.Contains(h, "责任单位") || strings.Contains(h, "责任部门") || strings.Contains(h, "责任科室") || strings.Contains(h, "主责") || h == "责任人":
		return colResp
	case strings.Contains(h, "时限") || strings.Contains(h, "时间") || strings.Contains(h, "期限") || strings.Contains(h, "进度"):
		return colDeadline
	case containsAny(h, []string{"类别", "领域", "方面", "板块", "分类"}):
		return colGroup
	case containsAny(h, []string{"任务", "事项", "措施", "内容", "工作", "举措", "项目"}):
		return colTask
	}
	return colOther
}

// tableRows splits a document's text into its tables: runs of "| … |"
// lines, each cell trimmed. Markdown's "| --- |" rule lines are skipped.
type tableRow struct {
	start, end int
	cells      []string
	spaced     bool // cells apart by spaces, not bars or tabs
}

func textTables(text string) [][]tableRow {
	var tables [][]tableRow
	var cur []tableRow
	for pos := 0; pos < len(text); {
		end := strings.IndexByte(text[pos:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		l := strings.Trim(text[pos:end], " \r\u3000") // a row's tabs keep its empty cells
		if cells, rule, ok := lineCells(l); ok {
			if !rule {
				start := pos + strings.Index(text[pos:end], l)
				cur = append(cur, tableRow{start: start, end: start + len(l), cells: cells, spaced: !strings.ContainsAny(l, "|\t")})
			}
		} else if g := strings.TrimSpace(l); len(cur) > 0 && groupMarkerRe.MatchString(g) && utf8.RuneCountInString(g) <= maxGroupRunes {
			// A group heading typed as a line of its own between the
			// rows of a table whose cells are apart by spaces: the
			// table goes on under it.
			start := pos + strings.Index(text[pos:end], g)
			cur = append(cur, tableRow{start: start, end: start + len(g), cells: []string{g}})
		} else if len(cur) > 0 {
			tables = append(tables, cur)
			cur = nil
		}
		pos = end + 1
	}
	if len(cur) > 0 {
		tables = append(tables, cur)
	}
	return tables
}

// maxGroupRunes bounds a group heading standing between a table's rows.
const maxGroupRunes = 40

// lineCells splits a line that is a table row: "| a | b |" as the readers
// write one, cells apart by tabs as a plain-text file keeps them, or lined
// up with spaces ("1　宪法　全县国家工作人员　普法与依法治理股、各司法所").
// rule marks Markdown's "| --- |" line.
func lineCells(l string) (cells []string, rule, ok bool) {
	switch {
	case len(l) > 1 && strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|"):
		inner := l[1 : len(l)-1]
		if strings.Trim(inner, "|-: ") == "" {
			return nil, true, true
		}
		cells = strings.Split(inner, "|")
	case strings.Count(l, "\t") >= 2:
		cells = strings.Split(l, "\t")
	default:
		cells = document.SpacedCells(l)
		if cells == nil {
			return nil, false, false
		}
	}
	for i := range cells {
		cells[i] = strings.Trim(cells[i], " \u3000")
	}
	return cells, false, true
}

// groupMarkerRe finds the numbering of a group cell or group row.
var groupMarkerRe = regexp.MustCompile(`^(?:[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])`)

// itemMarkerRe finds a task number written in the task cell itself.
var itemMarkerRe = regexp.MustCompile(`^(?:\d{1,3}\s*[.、．]|[(（]\s*\d{1,3}\s*[)）])`)

// tableItems reads the task tables of a document: tables whose header row
// names a task column and a lead or responsible-unit column.
func tableItems(doc *index.StoredDoc) []taskTable {
	var out []taskTable
	for _, rows := range textTables(doc.Text) {
		h := -1
		var roles []int
		for i, r := range rows {
			roles = roles[:0]
			has := map[int]bool{}
			for _, c := range r.cells {
				role := columnRole(c)
				roles = append(roles, role)
				has[role] = true
			}
			if has[colTask] && (has[colLead] || has[colResp]) {
				h = i
				break
			}
			if i >= 2 {
				break // a header is at the top of its table
			}
		}
		if h < 0 {
			continue
		}
		// Of two task-like columns the first is the group: 重点任务 | 具体任务.
		var taskCols []int
		for i, r := range roles {
			if r == colTask {
				taskCols = append(taskCols, i)
			}
		}
		if len(taskCols) > 1 {
			for _, i := range taskCols[:len(taskCols)-1] {
				roles[i] = colGroup
			}
		}
		t := taskTable{header: rows[h].start, end: rows[len(rows)-1].end}
		var group string
		for _, r := range rows[h+1:] {
			// A row holding only a group heading, spanning the table.
			filled := 0
			var only string
			for i, c := range r.cells {
				if c != "" && (i >= len(roles) || roles[i] != colNumber) {
					filled++
					only = c
				}
			}
			if filled == 1 && groupMarkerRe.MatchString(only) {
				group = only
				continue
			}
			if r.spaced && len(r.cells) < len(roles) && len(r.cells) >= 2 {
				// Lined up by spaces, a row's empty last cells leave
				// no mark: "1　深入学习…　人事科　各科室" under a 完成时限.
				r.cells = append(r.cells, make([]string, len(roles)-len(r.cells))...)
			}
			if len(r.cells) != len(roles) {
				continue
			}
			it, ok := tableItem(doc, r, roles, &group)
			if ok {
				t.items = append(t.items, it)
			}
		}
		if len(t.items) > 0 {
			out = append(out, t)
		}
	}
	return out
}

// tableItem builds one task record from a row; group carries the group
// down over rows whose group cell is empty (merged cells read as empty by
// converters that do not repeat them).
func tableItem(doc *index.StoredDoc, r tableRow, roles []int, group *string) (PlanItem, bool) {
	var number, task, lead, resp, coop, deadline string
	for i, c := range r.cells {
		switch roles[i] {
		case colNumber:
			number = c
		case colGroup:
			if c != "" {
				*group = c
			}
		case colTask:
			task = c
		case colLead:
			lead = c
		case colResp:
			resp = c
		case colCoop:
			coop = c
		case colDeadline:
			deadline = c
		}
	}
	if task == "" {
		return PlanItem{}, false
	}
	if m := itemMarkerRe.FindString(task); m != "" {
		number = strings.TrimSpace(m)
		task = strings.TrimLeftFunc(task[len(m):], isSpace)
	} else if number != "" && strings.Trim(number, "0123456789") == "" {
		number += "." // as the same task is numbered in text: "1."
	}
	groupTitle := *group
	if groupTitle == "" {
		groupTitle = enclosingGroup(doc, r.start)
	}
	groupTitle = headingOf(groupTitle)
	it := PlanItem{
		DocID:   doc.ID,
		Group:   groupTitle,
		GroupNo: strings.TrimSpace(groupMarkerRe.FindString(groupTitle)),
		Number:  number,
		Text:    doc.Text[r.start:r.end],
		Start:   r.start,
		End:     r.end,
	}
	// Units written into the task cell, as text would have them.
	var cuts []span
	for _, u := range findUnitSpans(task) {
		l, c, d := parseUnits(task[u.inner.start:u.inner.end])
		it.Lead = appendUnique(it.Lead, l...)
		it.Coop = appendUnique(it.Coop, c...)
		if deadline == "" {
			deadline = d
		}
		cuts = append(cuts, u.outer)
	}
	for _, cell := range []string{lead, resp} {
		if cell == "" {
			continue
		}
		if strongRoleRe.MatchString(cell) {
			l, c, d := parseUnits(cell)
			it.Lead = appendUnique(it.Lead, l...)
			it.Coop = appendUnique(it.Coop, c...)
			if deadline == "" {
				deadline = d
			}
			continue
		}
		units := splitUnits(cell)
		if cell == resp && coop == "" && len(units) > 1 && reFirstIsLead.MatchString(doc.Text) {
			// The document's own rule: the unit listed first in a
			// 责任单位 cell leads, the others cooperate.
			it.Lead = appendUnique(it.Lead, units[0])
			it.Coop = appendUnique(it.Coop, units[1:]...)
			continue
		}
		it.Lead = appendUnique(it.Lead, units...)
	}
	it.Coop = appendUnique(it.Coop, splitUnits(coop)...)
	it.Deadline = strings.TrimSpace(deadline)
	if it.Deadline == "" {
		it.Deadline = findDeadline(task)
	}
	it.Title = cellTitle(task)
	it.Body = bodyOf(task, "", it.Title, cuts)
	path := pathAt(doc, r.start)
	if groupTitle != "" && (len(path) == 0 || path[len(path)-1] != groupTitle) {
		path = append(path, groupTitle)
	}
	it.Section = strings.Join(append(path, number+headingOf(it.Title)), " > ")
	if it.Lead == nil {
		it.Lead = []string{}
	}
	if it.Coop == nil {
		it.Coop = []string{}
	}
	return it, true
}

// cellTitle is a task's name, as the text parser takes it from a heading:
// the words up to the first full stop, colon or units parenthetical.
func cellTitle(task string) string {
	if i := titleEnd(task); i > 0 {
		t := strings.TrimRightFunc(task[:i], isSpace)
		if n := utf8.RuneCountInString(t); n > 0 && n <= maxTitleRunes {
			return t
		}
	}
	return headingOf(task)
}

// headingOf bounds a cell's text the way the heading parser bounds a
// heading: up to its first full stop, at most 40 characters.
func headingOf(s string) string {
	if i := strings.IndexAny(s, "。!?！？"); i >= 0 && utf8.RuneCountInString(s[:i]) <= maxTitleRunes {
		return s[:i]
	}
	if utf8.RuneCountInString(s) <= maxTitleRunes {
		return s
	}
	return string([]rune(s)[:maxTitleRunes]) + "…"
}

// pathAt is the heading path of the innermost section containing offset.
func pathAt(doc *index.StoredDoc, offset int) []string {
	var best *document.Section
	for i := range doc.Sections {
		s := &doc.Sections[i]
		if s.Start <= offset && offset < s.End && (best == nil || len(s.Path) > len(best.Path)) {
			best = s
		}
	}
	if best == nil {
		return nil
	}
	return append([]string(nil), best.Path...)
}

// enclosingGroup is the group of a table without a group column: the
// heading it stands under, unless that heading names the task part itself.
func enclosingGroup(doc *index.StoredDoc, offset int) string {
	p := pathAt(doc, offset)
	if len(p) == 0 {
		return ""
	}
	last := p[len(p)-1]
	if containsAny(zh.Normalize(last), taskRootWords) {
		return ""
	}
	return last
}
