package document

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// ParserVersion numbers the way documents are read (headings, metadata,
// chunks). Raise it when a change reads a file differently: ingest then
// reads every file again instead of keeping what an older version read.
const ParserVersion = 75

// Heading marker types, outermost first. The rank is fixed by the numbering
// convention of Chinese official documents (GB/T 9704), not by indentation:
// 一、 > (一) > 1. > (1); 第X章 > 第X节 sit above them. An article (第X条) sits
// between 一、 and (一): its 款 and 项 are written (一), 1. within it, as laws
// and 办法 write them, and a section 一、 may quote articles.
var headingPatterns = []struct {
	rank int
	re   *regexp.Regexp
}{
	{0, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+[章编]`)},
	{1, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+节`)},
	{2, regexp.MustCompile(`^[一二三四五六七八九十]{1,3}\s*[、.．]`)},
	{4, regexp.MustCompile(`^[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]`)},
	{5, regexp.MustCompile(`^\d{1,2}\s*[.、．](?:[^\d]|$)`)},
	{6, regexp.MustCompile(`^[(（]\s*\d{1,2}\s*[)）]`)},
	{articleRank, regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]+条`)},
	// A labelled item of a list written as blocks — "问题3:…", "任务二：…",
	// "议定事项1：…" in 整改 reports and 纪要 — heads the lines under it
	// (整改措施:…, 整改时限:…), as "1." does.
	// Not a time ("上午9:30") or a weekday ("星期三：").
	{5, regexp.MustCompile(`^(?:[^星周礼上下晚\P{Han}]|[星周礼上下晚]\p{Han})\p{Han}{0,3}[一二三四五六七八九十\d]{1,3}\s*[:：]\s*[^\d\s]`)},
	// Decimal outline numbering, as 预案 and standards write it:
	// "1 总则" > "1.1 编制目的" > "1.1.1 …".
	{10, regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.\d{1,2}\s+`)},
	{9, regexp.MustCompile(`^\d{1,2}\.\d{1,2}\s+`)},
	{8, regexp.MustCompile(`^\d{1,2}\s+\p{Han}`)},
}

// reMarkerOnly is a heading's number alone before a typist's tab: 一、
// (二) 3.
var reMarkerOnly = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}(?:\.\d{1,2}){0,2}\s*[.、．]?)\s*$`)

// articleRank is the rank of an article (第X条), a heading that states,
// in a document of articles (holdsArticles). Elsewhere a line that opens
// with 第X条 ("第一条线路由县公交公司开通", "第五条明确，…" in a 解读) is
// under whatever item it stands in: innerArticleRank, below every item.
const (
	articleRank      = 3
	innerArticleRank = 7
)

// minArticles: a document of articles numbers at least this many, from
// 第一条.
const minArticles = 3

// holdsArticles reports whether lines are a document of articles: its
// first article is 第一条 and it has minArticles of them at least.
func holdsArticles(lines []line) bool {
	n := 0
	for _, ln := range lines {
		marker, _, rank, ok := parseHeading(ln.text)
		if !ok || rank != articleRank {
			continue
		}
		if n == 0 && marker != "第一条" {
			return false
		}
		n++
	}
	return n >= minArticles
}

// styledRank is the rank of the numbered heading of a Word outline level:
// 一、 (一) 1. (1), then deeper.
func styledRank(level int) int {
	if level == 0 {
		return 2
	}
	return 3 + level
}

// MarkerOnly reports whether s is a heading's number alone (一、 (二) 3.):
// a line of it, a tab and a title is a heading, not a table row.
func MarkerOnly(s string) bool { return reMarkerOnly.MatchString(s) }

// maxHeadingRunes bounds a heading's title: a longer first sentence is body
// text that happens to start with a number.
const maxHeadingRunes = 40

// parseHeading reports whether line (already trimmed) starts with a heading
// marker and returns the marker, the heading title and the rank.
func parseHeading(line string) (marker, title string, rank int, ok bool) {
	// A row of a table written with tabs ("(一)予以公开	41	6	…",
	// "1.属于国家秘密	0") is a row, whatever its first cell is numbered: its
	// figures are content. One tab right after a bare marker ("一、	主要
	// 工作成效") is how a typist spaced a heading.
	if n := strings.Count(line, "\t"); n >= 2 || n == 1 && !reMarkerOnly.MatchString(line[:strings.IndexByte(line, '\t')]) {
		return "", "", 0, false
	}
	if SpacedCells(line) != nil {
		return "", "", 0, false // a row lined up with spaces, likewise
	}
	for _, p := range headingPatterns {
		loc := p.re.FindStringIndex(line)
		if loc == nil {
			continue
		}
		end := loc[1]
		if (p.rank == 5 || p.rank == 8) && end < len(line) {
			// The pattern consumed one non-digit rune after the dot; give it back.
			_, n := utf8.DecodeLastRuneInString(line[:end])
			end -= n
		}
		marker = strings.TrimSpace(line[:end])
		rest := strings.TrimSpace(line[end:])
		if p.rank == 8 && utf8.RuneCountInString(rest) > 20 {
			continue // "3 人参加" is a sentence that starts with a number
		}
		if rest == "" && p.rank != 0 && p.rank != 1 && p.rank != articleRank {
			return "", "", 0, false
		}
		return marker, marker + headingTitle(rest), p.rank, true
	}
	return "", "", 0, false
}

// headingTitle cuts the title off a heading line that may carry its body on
// the same line: "(一)深化行政审批制度改革。我局根据…" → "深化行政审批制度改革".
func headingTitle(rest string) string {
	if i := strings.IndexAny(rest, "。!?！？"); i >= 0 && utf8.RuneCountInString(rest[:i]) <= maxHeadingRunes {
		return rest[:i]
	}
	if utf8.RuneCountInString(rest) <= maxHeadingRunes {
		return rest
	}
	// A lead-in to the items under it ("第八条 拟作出下列行政处罚决定的，
	// 应当…提交局长办公会议集体讨论决定：") says, all of it, what each
	// item is of: kept whole, within twice the bound.
	if t := strings.TrimRight(rest, "：: "); t != rest && !strings.ContainsAny(t, "：:；;。！？!?") && utf8.RuneCountInString(t) <= 2*maxHeadingRunes {
		return t
	}
	// A long run-on heading: keep its first clause, bounded.
	if i := strings.IndexAny(rest, ",，;；:： "); i >= 0 && utf8.RuneCountInString(rest[:i]) <= maxHeadingRunes {
		return rest[:i]
	}
	rs := []rune(rest)
	return string(rs[:maxHeadingRunes]) + "…"
}

// line is one line of Document.Text with its byte range (without the newline).
type line struct {
	start, end int
	text       string // trimmed
}

func splitLines(text string) []line {
	var out []line
	for pos := 0; pos <= len(text); {
		i := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if i >= 0 {
			end = pos + i
		}
		raw := text[pos:end]
		trimmed := strings.TrimFunc(raw, isSpaceRune)
		lead := strings.Index(raw, trimmed)
		if trimmed == "" {
			lead = 0
		}
		out = append(out, line{start: pos + lead, end: pos + lead + len(trimmed), text: trimmed})
		if i < 0 {
			break
		}
		pos = end + 1
	}
	return out
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\r' || r == '\u3000' || r == '\ufeff' || r == '\u00a0'
}

// Structure fills d.Sections and d.Body from d.Text: page chrome lines are
// left out of the body and headings become sections with their full path.
func (d *Document) Structure() {
	d.Sections = nil
	d.Body = nil
	var stack []Section
	closeTo := func(rank, at int) {
		for len(stack) > 0 && stack[len(stack)-1].Rank >= rank {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			top.End = at
			d.Sections = append(d.Sections, top)
		}
	}
	lines := splitLines(d.Text)
	articles := holdsArticles(lines)
	for li, ln := range lines {
		if ln.text == "" {
			continue
		}
		if IsChromeLine(ln.text) {
			continue
		}
		d.Body = append(d.Body, Span{ln.start, ln.end})
		marker, title, rank, ok := parseHeading(ln.text)
		if !ok && recordOrdinal(ln.text, lines[li+1:]) {
			// "第10号" over "日期：…", "来电来访人：…": an entry of a
			// register, headed by its number as a labelled item is.
			marker, title, rank, ok = ln.text, ln.text, recordRank, true
		} else if !ok && datedEntry(ln.text, lines[li+1:]) {
			// "9月10日（星期三）　记录人：杨帆" over "参与人员：…" and
			// "1. 上午…": a day of a log, headed by its date; its items
			// (1. 2.) stand under it.
			marker, title, rank, ok = "", headingTitle(ln.text), datedEntryRank, true
		}
		if ok {
			title += recordSubject(title, lines[li+1:])
		}
		if ok && rank == articleRank && !articles {
			rank = innerArticleRank
		}
		if level, styled := d.outline[ln.start]; styled && !ok {
			// A Word heading style without a typed or automatic number:
			// its outline level places it where the numbered heading of
			// that level (一、 (一) 1. (1)) would stand — in a document of
			// articles, where a 章 or a 节 would, above the articles.
			rank = styledRank(level)
			if articles {
				rank = min(level, 1)
			}
			marker, title, ok = "", headingTitle(ln.text), true
		}
		if !ok {
			continue
		}
		closeTo(rank, ln.start)
		path := make(HeadingPath, 0, len(stack)+1)
		for _, s := range stack {
			path = append(path, s.Heading)
		}
		path = append(path, title)
		stack = append(stack, Section{Heading: title, Marker: marker, Rank: rank, Path: path, Start: ln.start})
	}
	closeTo(-1, len(d.Text))
	sortSections(d.Sections)
}

// recordRank is the rank of a register's entry headed by its number
// alone ("第10号"): that of a labelled item ("问题3：…"), which it is.
const recordRank = 5

// reRecordOrdinal is an entry's number alone on its line, as registers
// (来电来访登记簿, 矛盾纠纷排查登记) number their entries: "第10号".
var reRecordOrdinal = regexp.MustCompile(`^第\s*[\d一二三四五六七八九十百零〇]+\s*号$`)

// recordOrdinal reports whether l is an entry's number alone over the
// entry's fields: "第10号" over "日期：8月18日". A 令's number over its
// text ("国务院令" > "第707号" > "《…》已经…") heads no entry.
func recordOrdinal(l string, below []line) bool {
	if !reRecordOrdinal.MatchString(l) {
		return false
	}
	for _, ln := range below {
		if ln.text != "" {
			_, _, ok := fieldOf(strings.FieldsFunc(ln.text, isSpaceRune)[0])
			return ok
		}
	}
	return false
}

// datedEntryRank is the rank of a day of a log: above its numbered items
// (1.), which it holds.
const datedEntryRank = 4

// reDatedEntry is a day alone on its line, with its weekday and fields
// after it: "9月10日（星期三）", "2026年3月2日 星期一 记录人：…".
var reDatedEntry = regexp.MustCompile(`^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日[（(]?(?:星期|周)?[一二三四五六日天]?[）)]?$`)

// datedEntry reports whether l heads a day of a log: its date (and
// weekday) alone or before fields, over the day's fields or numbered items
// ("参与人员：…", "1. 上午…"). A signature's date has neither under it.
func datedEntry(l string, below []line) bool {
	parts := strings.FieldsFunc(l, isSpaceRune)
	if len(parts) == 0 || !reDatedEntry.MatchString(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		if _, _, ok := fieldOf(p); !ok {
			return false
		}
	}
	// A bare date over a field is a signature's over its 版记 ("2019年11月
	// 22日" over "抄送:市民政局"); a day of a log names its weekday or
	// its writer.
	marked := len(parts) > 1 || strings.ContainsAny(parts[0], "星周")
	for _, ln := range below {
		if ln.text == "" {
			continue
		}
		if _, _, ok := fieldOf(strings.FieldsFunc(ln.text, isSpaceRune)[0]); ok {
			return marked
		}
		_, _, rank, ok := parseHeading(ln.text)
		return ok && rank > datedEntryRank
	}
	return false
}

// fieldOf splits "姓名：马永林" into its label and value.
func fieldOf(s string) (label, value string, ok bool) {
	label, value, ok = strings.Cut(strings.Replace(s, ":", "：", 1), "：")
	n := utf8.RuneCountInString(label)
	return label, value, ok && value != "" && n >= 2 && n <= maxFieldLabelRunes && !strings.ContainsFunc(label, func(r rune) bool { return !zh.IsHan(r) })
}

// maxFieldLabelRunes bounds a field's label: "来电来访人" is one, a
// sentence that has a colon in it is none.
const maxFieldLabelRunes = 8

// recordSubject is, for a heading that is a record's number alone
// ("（六）登记号：2025-0806", "第10号"), whom or what the record is of: the
// first field of its opening lines that names someone or something
// ("姓名：马永林", "来电来访人：吴志远（城关街道居民）"), set after a
// space. A date, a time or a number ("日期：8月18日", "电话：…") is passed
// over; a line that is no field ends the record's opening. Every passage
// of the record is of that subject, as of its heading; nothing is added to
// any other heading.
func recordSubject(title string, below []line) string {
	if !RecordNumber(title) {
		return ""
	}
	seen := 0
	for _, ln := range below {
		if ln.text == "" {
			if seen > 0 {
				return ""
			}
			continue
		}
		first := strings.FieldsFunc(ln.text, isSpaceRune)[0]
		_, value, ok := fieldOf(first)
		if !ok || seen == maxSubjectLines || isHeadingLine(ln.text) {
			return ""
		}
		seen++
		if strings.ContainsFunc(value, zh.IsHan) && !strings.ContainsFunc(value, unicode.IsDigit) && utf8.RuneCountInString(first) <= maxSubjectRunes {
			return " " + first
		}
	}
	return ""
}

// maxSubjectLines bounds the opening lines of a record its subject is
// looked for in: a number's date and manner come first ("日期：…　方式：…"),
// whom it is of right after.
const maxSubjectLines = 3

// RecordNumber reports whether a line is a record's number alone
// ("（六）登记号：2025-0806", "编号：A-12", "第10号"): a field labelled a number
// (…号, …编码) whose value writes no word — a heading that says nothing of
// whom the record is of. A phone or a time (咨询电话：…, 8:30-9:00) is no
// record's number.
func RecordNumber(l string) bool {
	if reRecordOrdinal.MatchString(l) {
		return true
	}
	i := strings.IndexAny(l, ":：")
	if i < 0 {
		return false
	}
	label := strings.TrimSpace(l[:i])
	v := strings.TrimSpace(strings.TrimLeft(l[i:], ":："))
	return (strings.HasSuffix(label, "号") || strings.HasSuffix(label, "编码")) && v != "" && !strings.ContainsFunc(v, zh.IsHan)
}

// maxSubjectRunes bounds the field a record's heading is read with.
const maxSubjectRunes = 24

func sortSections(ss []Section) {
	// Sections were closed innermost first; restore document order. Starts
	// are unique because each heading has its own line.
	sort.Slice(ss, func(i, j int) bool { return ss[i].Start < ss[j].Start })
}

// PathAt returns the heading path of the innermost section containing offset.
func (d *Document) PathAt(offset int) HeadingPath {
	if i := SectionAt(d.Sections, offset); i >= 0 {
		return d.Sections[i].Path
	}
	return nil
}

// SectionAt is the index in ss of the innermost section containing offset,
// -1 when none does: what a passage stands under, for a stored document's
// sections as for a parsed one's.
func SectionAt(ss []Section, offset int) int {
	best := -1
	for i := range ss {
		s := &ss[i]
		if s.Start <= offset && offset < s.End && (best < 0 || len(s.Path) > len(ss[best].Path)) {
			best = i
		}
	}
	return best
}

// ChunkRunes is the target chunk size. Measured on the bundled corpus and
// govreports: 200–350 runes keeps one topic per chunk in this officialese
// (a typical 一是/二是 item is 80–200 runes) while leaving enough context.
const ChunkRunes = 320

// Chunks cuts the document into passages that never cross a heading, never
// cut a sentence and never include page chrome. A heading line that carries
// nothing but its title is left out: its words live on in the path — of
// its body's passages, or of its sub-headings'; one over neither is kept.
func (d *Document) Chunks() []Chunk {
	var out []Chunk
	// Boundaries: every section start splits the body.
	cuts := map[int]bool{}
	for _, s := range d.Sections {
		cuts[s.Start] = true
	}
	var cur []zh.Span
	curRunes := 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		start, end := cur[0].Start, cur[len(cur)-1].End
		text := d.Text[start:end]
		if !d.headingOnly(start, end) {
			out = append(out, Chunk{DocID: d.ID, Path: d.PathAt(start), Start: start, End: end, Text: text})
		}
		cur, curRunes = nil, 0
	}
	prevEnd := -1
	for _, b := range d.Body {
		// A chunk is one span of Text, so it must not reach over a chrome
		// line that lies between two body lines ("发布日期:…信息来源:").
		if cuts[b.Start] || (prevEnd >= 0 && strings.TrimFunc(d.Text[prevEnd:b.Start], unicode.IsSpace) != "") {
			flush()
		}
		prevEnd = b.End
		seg := d.Text[b.Start:b.End]
		for _, s := range zh.Sentences(seg, false) {
			s = zh.Span{Start: s.Start + b.Start, End: s.End + b.Start}
			n := utf8.RuneCountInString(d.Text[s.Start:s.End])
			if n > ChunkRunes*2 {
				// An overlong sentence: split it at semicolons, which in
				// officialese separate the 一是/二是 items.
				for _, p := range zh.Sentences(d.Text[s.Start:s.End], true) {
					p = zh.Span{Start: p.Start + s.Start, End: p.End + s.Start}
					pn := utf8.RuneCountInString(d.Text[p.Start:p.End])
					if curRunes > 0 && curRunes+pn > ChunkRunes {
						flush()
					}
					cur = append(cur, p)
					curRunes += pn
				}
				continue
			}
			// A short tail (such as a task's "(局办公室牵头,…配合)") stays
			// with the sentences it belongs to, even past the target size.
			if curRunes > 0 && curRunes+n > ChunkRunes && !(n < 60 && curRunes+n <= ChunkRunes*3/2) {
				flush()
			}
			cur = append(cur, s)
			curRunes += n
		}
		// A paragraph end is a good place to cut once the chunk is mostly full.
		if curRunes >= ChunkRunes*3/4 {
			flush()
		}
	}
	flush()
	for i := range out {
		out[i].ID = chunkID(d.ID, i)
	}
	return out
}

func chunkID(docID string, i int) string {
	return docID + "#" + strconv.Itoa(i)
}

// reHeadingYear is a year or span of years a heading is of ("三、2025年工作
// 计划"), and reDigit any digit left after it.
var (
	reHeadingYear = regexp.MustCompile(`(?:19|20)\d{2}(?:\s*[-—–~至到]\s*(?:19|20)\d{2})?\s*年?度?`)
	reDigit       = regexp.MustCompile(`\d`)
)

// headingOnly reports whether [start,end) is just a heading line's title.
// A passage of several lines is never only its heading, however short
// ("第二十条第(五)项" over a two-row table).
func (d *Document) headingOnly(start, end int) bool {
	if strings.ContainsRune(d.Text[start:end], '\n') {
		return false
	}
	// "一、加分项(累计不超过5分)", "四、严格执法(25分)": a heading that
	// states a figure says something its path does not let be quoted.
	if reDigit.MatchString(reHeadingYear.ReplaceAllString(d.Text[start:end], "")) {
		return false
	}
	for _, s := range d.Sections {
		if s.Start == start && (s.Rank == articleRank || s.Rank == innerArticleRank) {
			// "第三条 下列犬只,属于禁止饲养的烈性犬:": an article is
			// content however its items follow it.
			return false
		}
		if s.Start == start {
			// "（二）电动自行车充电安全隐患排查" under "四、培训课程", with
			// the next heading right below it: no passage has its path,
			// so its words live on only if it is a passage itself.
			if strings.TrimSpace(d.Text[end:min(s.End, len(d.Text))]) == "" {
				return false
			}
			// The title drops the space some files put after the marker
			// ("五、 强化…"), so compare without spaces.
			text := strings.TrimSpace(d.Text[start:end])
			_, title, _, _ := parseHeading(text)
			return strings.Join(strings.Fields(title), "") == strings.Join(strings.Fields(text), "")
		}
	}
	return false
}
