package document

import (
	"cmp"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

var (
	reYear4       = regexp.MustCompile(`(19|20)\d{2}`)
	rePeriod      = regexp.MustCompile(`((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年`)
	rePublished   = regexp.MustCompile(`(?:发布日期|发布时间|日期)[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})`)
	reDateLine    = regexp.MustCompile(`^` + signedDate + `(?:印发)?$`)
	reReportYear  = regexp.MustCompile(`((?:19|20)\d{2})\s*年度?(?:[^,，。;；]{0,6})?(?:法治政府建设|依法行政|法治建设|工作)[^,，。;；]{0,16}?(?:报告|总结|情况|汇报)`)
	reTitleYearOf = regexp.MustCompile(`((?:19|20)\d{2})\s*年度`)
	reNowYear     = regexp.MustCompile(`现将[^,，。]{0,8}?((?:19|20)\d{2})\s*年`)
	reOpenDay     = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^\n]{0,12}?(?:召开|举行|主持|在)`)
	reOpenYear    = regexp.MustCompile(`^((?:19|20)\d{2})\s*年(?:以来|度)?[,，]`)
	reFileYear    = regexp.MustCompile(`_((?:19|20)\d{2})年?$`)
	// reCompiledBy is a head line naming who compiled the text, set apart
	// from 编 ("岚溪县民政局社会救助股　编"), not a word ending in 编 (汇编).
	reCompiledBy = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(\p{Han}{4,30}?)[ \t\x{3000}]+(?:编印|编制|编)[ \t\x{3000}]*$`)
	reSource     = regexp.MustCompile(`来源[:：]\s*([\p{Han}]{4,30}?)(?:\s|发布|$)`)
	// reIssuerField is a guide's or notice's head field naming who issued
	// it: "发布单位：芙川市芦陵县民政局".
	reIssuerField = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(?:发布单位|发文单位|发布机关|发文机关|制发单位|印发单位)[ \t\x{3000}]*[:：][ \t\x{3000}]*(\p{Han}{4,30})[ \t\x{3000}]*$`)
	reOrg         = regexp.MustCompile(`[\p{Han}]{2,14}?(?:民政局|社会事务管理局|司法局|人民政府|管理委员会|管委会|街道办事处|民政办|[^\s,，。、;；《》()（）“”]{0,2}局)`)
	reTitleInBook = regexp.MustCompile(`关于印发[《<]([^》>]{4,60})[》>]`)
	reRepresent   = regexp.MustCompile(`我谨?代表((?:[\p{Han}]{0,16}?(?:人民政府|管理委员会|管委会))|国务院)`)
	reWorkReport  = regexp.MustCompile(`^([\p{Han}]{2,6}?(?:省|市|新区|区|县))(人民政府|政府|管委会|管理委员会)?工作报告$`)
	reTitleDate   = regexp.MustCompile(`(?:19|20)\d{2}\s*年(?:\d{1,2}月)?|[(（][^)）]*[)）]`)
	reSession     = regexp.MustCompile(`第?[一二三四五六七八九十]+届`)
	reHashName    = regexp.MustCompile(`^\d{3}_[0-9a-f]{16}$`)
)

// orgJunkPrefixes are words that the org regex may sweep up on its left.
var orgJunkPrefixes = []string{"关于印发", "关于", "印发", "根据", "按照", "经", "由", "对", "在", "向", "与", "和", "及", "为", "是", "将", "我", "全", "省", "转发", "联合", "配合", "会同", "协调", "并", "代表", "今年", "去年", "明年"}

// reWorkYear is a title that says its document reports one year's work:
// "关于2024年度全市行政执法案卷评查情况的通报".
var reWorkYear = regexp.MustCompile(`关于((?:19|20)\d{2})\s*年度?[^年]{0,30}?(?:情况|工作)的?(?:通报|报告|总结)$`)

// WorkYear is the year whose work a title says its document reports on, 0
// if it names none.
func WorkYear(title string) int {
	m := reWorkYear.FindStringSubmatch(title)
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// DetectMeta fills what it can of m from the text and the file name. Fields
// already set (from a manifest) are kept: the manifest always wins.
func DetectMeta(m *Meta, text, fileName string) {
	lines := contentLines(text, 40)
	stem := strings.TrimSuffix(filepath.Base(fileName), filepath.Ext(fileName))
	meaningfulName := !reHashName.MatchString(stem) && utf8.RuneCountInString(stem) >= 4 && hasHan(stem)

	title := detectTitle(lines)
	hd, formal := ParseHead(text)
	if formal {
		title = hd.Title
		if m.Number == "" {
			m.Number = hd.Number
		}
		if m.Date == "" {
			m.Date = hd.Date
		}
		if m.Addressee == "" {
			m.Addressee = hd.Addressee
		}
		if m.Kind == "" {
			m.Kind = kindOfTitle(title)
		}
		if m.Org == "" {
			m.Org = hd.Issuer
			// "县人大常委会视察组关于…": the place it is of is the one
			// the text names.
			if m.Org != "" && !isOrgName(m.Org) {
				m.Org = placeWritten(m.Org, text) + m.Org
			}
		}
	}
	if title == "" && meaningfulName {
		title = reFileYear.ReplaceAllString(stem, "")
	}
	// A title that is a genre's name alone ("民事起诉状") says less than a
	// file name staff gave it ("07_民事起诉状_覃柏松诉福寿殡葬公司"), which
	// names the parties as they look for it.
	if n := utf8.RuneCountInString(title); meaningfulName && n > 0 && n < 6 && strings.Contains(stem, title) && utf8.RuneCountInString(stem) > n+2 {
		title = reFileYear.ReplaceAllString(stem, "")
	}
	if m.Kind == "" {
		m.Kind = detectKind(title, text)
	}
	if m.PeriodStart == 0 && m.Kind == KindPlan {
		if p := rePeriod.FindStringSubmatch(title + "\n" + head(text, 600)); p != nil {
			m.PeriodStart, _ = strconv.Atoi(p[1])
			m.PeriodEnd, _ = strconv.Atoi(p[2])
		}
	}
	if m.Published == "" {
		m.Published = detectPublished(text)
	}
	if m.Date == "" {
		// A speech is dated under its title, the day it was given.
		m.Date = SpeechDate(text)
	}
	if m.Date == "" && m.Published == "" {
		// No formal head: the office-and-date line of its head or its
		// 版记 ("嶅溪县民政局办公室　　2026年5月6日"), as LocateHead reads it.
		m.Date = issuedDate(text)
	}
	if issue, compiler, date := Bulletin(text); issue != "" || compiler != "" {
		// A bulletin's issue is its number, who compiled it its org.
		if m.Number == "" {
			m.Number = issue
		}
		if m.Org == "" && compiler != "" {
			m.Org = withPlacePrefix(compiler, text)
		}
		if m.Date == "" {
			m.Date = date
		}
	}
	if m.Year == 0 && formal && m.Kind != KindReport && m.PeriodStart == 0 {
		// "关于2024年度全市行政执法案卷评查情况的通报": a title that says
		// which year's work it is of is that year's, as staff look for
		// it ("去年的评查通报"), though signed the year after.
		if y := WorkYear(title); y > 0 {
			m.Year = y
		} else if len(m.Date) >= 4 {
			// A 上级文件's year is the year it was signed.
			m.Year, _ = strconv.Atoi(m.Date[:4])
		}
	}
	// The first line shaped like a title, read once for the year, the
	// office and the title a document without a known genre's title has.
	shaped := sync.OnceValue(func() string { return shapedTitle(lines) })
	if m.Year == 0 {
		// A title set over two lines (shapedTitle) says its year too.
		t := title
		if t == "" {
			t = shaped()
		}
		m.Year = detectYear(m, t, text, stem)
	}
	// A form titled by its kind alone ("事业单位法人年度报告书") is one
	// unit's, which a field of its head names ("单位名称：沣源县社会福利院"):
	// staff name it by that unit ("福利院的年报"), and it is of that unit.
	if unit := subjectUnit(lines, title); unit != "" {
		if m.Org == "" {
			m.Org = unit
		}
		if m.Title == "" {
			title = unit + title
		}
	}
	if m.Org == "" {
		// A title no genre names ("…内部控制手册（节选）") still opens
		// with its office: read it, not the names the text counts
		// ("计划财务股按县财政局要求…"). Only one it opens with: a
		// headline's office after its slogan ("兜牢民生底线——…镇民政办
		// 公室先进事迹材料") is whom it speaks of.
		t := title
		if t == "" {
			if st := shaped(); st != "" {
				if loc := reOrg.FindStringIndex(st); loc != nil && loc[0] == 0 || len(lines) > 0 && reBodyLine.MatchString(lines[0]) && strings.HasPrefix(st, lines[0]) {
					t = st
				}
			}
		}
		m.Org = detectOrg(text, t)
	}
	if m.Title == "" {
		m.Title = title
		if m.Title == "" {
			m.Title = shaped()
		}
		if m.Title == "" && m.Kind != KindReport {
			// An article's headline, a sentence of its own
			// ("结婚离婚都能…了！…，这份指南请收好"), rather than a
			// report's title made up from the office and year.
			m.Title = headline(lines)
		}
		if m.Title == "" {
			m.Title = synthesizeTitle(m, text)
		}
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if zh.IsHan(r) {
			return true
		}
	}
	return false
}

func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// contentLines returns up to n trimmed non-empty, non-chrome lines.
func contentLines(text string, n int) []string {
	var out []string
	for _, ln := range splitLines(text) {
		if ln.text == "" || IsChromeLine(ln.text) {
			continue
		}
		out = append(out, unspaced(ln.text))
		if len(out) == n {
			break
		}
	}
	return out
}

// reSpacedOut is a short line set out character by character ("感 谢 信",
// "监 理 月 报"), as a short title is centred at a document's top.
var reSpacedOut = regexp.MustCompile(`^\p{Han}(?:[ \t\x{3000}]+\p{Han}){1,9}$`)

// unspaced is a line set out character by character read as the word it
// spells; any other line as it is.
func unspaced(l string) string {
	if !reSpacedOut.MatchString(l) {
		return l
	}
	return strings.Join(strings.Fields(l), "")
}

var titleWords = []string{"报告", "方案", "总结", "规划", "要点", "计划", "意见", "办法", "通知"}

func detectTitle(lines []string) string {
	short := ""
	for i, l := range lines {
		if i >= 8 {
			break
		}
		// Only a line that is itself a notice's title names this document;
		// "根据…《关于印发<…实施方案>的通知》要求" cites another one.
		if m := reTitleInBook.FindStringSubmatchIndex(l); m != nil && m[0] == 0 {
			return l[m[2]:m[3]]
		}
		if _, _, _, ok := parseHeading(l); ok {
			continue
		}
		n := utf8.RuneCountInString(l)
		// "行政答辩状", "民事判决书" alone at the top: a short title that is
		// a genre's name is the document's, as a pleading or a ruling
		// is headed — when no longer line below is one (an 任务分工 sheet
		// over its table's title).
		if i == 0 && n >= 3 && n < 6 && titleShapedText(l) && reTitleGenre.MatchString(l) {
			short = strings.TrimSpace(l)
		}
		// "蘅渚县人民政府关于2025年度法治政府建设" over "情况的报告": a
		// title broken before its last few characters ends with them.
		if i > 0 && n < 6 && reTitleGenre.MatchString(l) && strings.Contains(lines[i-1], "关于") && titleShapedText(lines[i-1]) && titleShapedText(l) {
			return compact(lines[i-1]) + compact(l)
		}
		// "…建设项目" over "监理月报": a genre alone on the second line
		// ends the title the first line begins.
		if i == 1 && n < 6 && reTitleGenre.MatchString(l) && titleShapedText(l) {
			if t := withSubjectAbove(lines, i); t != lines[i] {
				return t
			}
		}
		if n > 60 || n < 6 || strings.ContainsAny(l, "。,，:：") {
			continue
		}
		// "鄳岙县民政局" over "12345热线工单办理情况月报": the office's
		// bulletin, named with it as "犨坪镇工作简报" is.
		if i == 1 && reBulletinTitle.MatchString(compact(l)) && reBodyLine.MatchString(compact(lines[0])) {
			return compact(lines[0]) + compact(l)
		}
		for _, w := range titleWords {
			if strings.Contains(l, w) {
				t := withItem(lines, i, withParties(lines, i, withSubjectAbove(lines, i)))
				if t == lines[i] {
					t = withTail(lines, i, t)
				}
				return t
			}
		}
		// Any 公文 genre a line ends with (…的复函, …的批复, …的决定).
		if reTitleGenre.MatchString(l) && !isDocNumber(compact(l)) {
			t := withMainTitle(lines, i)
			if t == lines[i] {
				t = withSubjectAbove(lines, i)
			}
			if t = withItem(lines, i, withParties(lines, i, t)); t == lines[i] {
				t = withTail(lines, i, t)
			}
			return t
		}
	}
	return short
}

// shapedTitle is, for a document no line of which names a genre we know
// ("…新闻发布会实录", "…部门预算公开说明" under an office's line) and whose
// file name says nothing, the first line at its top shaped like a title:
// a phrase, not a sentence, an issuer's name, a banner, a 文号 or a date.
// A title made up from the office and year would call any document its
// "工作报告".
func shapedTitle(lines []string) string {
	for i, l := range lines {
		if i >= 8 {
			break
		}
		// "中共岢汭县民政局党组领导班子" over "2025年度民主生活会对照检查材料":
		// the body whose document it is, and the year's matter under it.
		if i > 0 && reBodyLine.MatchString(compact(lines[i-1])) && titleShapedText(lines[i-1]) && reYearStart.MatchString(strings.TrimSpace(l)) {
			if rest := reYearStart.ReplaceAllString(strings.TrimSpace(l), ""); utf8.RuneCountInString(rest) >= 6 && titleShapedText(rest) && !IsDateLine(l) {
				return strings.TrimSpace(lines[i-1]) + strings.TrimSpace(l)
			}
		}
		if !titleShaped(l) {
			continue
		}
		// "蓼川县养老服务工作领导小组" over "成员名单及职责分工": a body's
		// name on the line above a title that names no place of its own is
		// the title's beginning.
		if i > 0 && reNotTitleEnd.MatchString(compact(lines[i-1])) && !reTitlePlace.MatchString(l) && titleShapedText(lines[i-1]) {
			return strings.TrimSpace(lines[i-1]) + strings.TrimSpace(l)
		}
		// A subtitle ("——…先进事迹材料") under its main title.
		return withTail(lines, i, withMainTitle(lines, i))
	}
	return ""
}

// withTail is title t at line i with the line under it when that line is
// the title's last words set apart: what the document is, of the thing the
// line above names ("…家庭入户调查表" over "填表说明", "《…规划》（送审稿）"
// over "专家论证意见", "…政府购买合同" over "补充协议（一）"). Only a short phrase with no digits, brackets or
// spaces, no heading, date or body's name (an issuer's line under the
// title), and not a title of its own (a place or 关于 begins one). The last
// words are a noun's, what the document is: no 的 in them.
func withTail(lines []string, i int, t string) string {
	// A headline ("天冷了！…请收好") is a sentence, not a title that ends
	// in what the document is: the line under it says more ("转给家里的
	// 老人").
	if i+1 >= len(lines) || strings.ContainsAny(t, "！？!?") {
		return t
	}
	next := strings.TrimSpace(lines[i+1])
	// A genre set under what it is of may carry its sequence in
	// brackets ("…政府购买合同" over "补充协议（一）").
	bare := next
	if reTitleGenre.MatchString(next) {
		bare = reTrailingBracket.ReplaceAllString(next, "")
	}
	n := utf8.RuneCountInString(bare)
	if n < 4 || n > maxTailRunes || !titleShapedText(bare) || strings.ContainsAny(bare, "0123456789０１２３４５６７８９()（）《》、的") {
		return t
	}
	if _, _, _, ok := parseHeading(bare); ok || reNotTitleEnd.MatchString(bare) || IsDateLine(bare) || reTitlePlace.MatchString(bare) || strings.HasPrefix(bare, "关于") {
		return t
	}
	return t + next
}

// maxTailRunes bounds the last words of a title set on a line of their own.
const maxTailRunes = 8

// reTitlePlace is a place a title begins with (蓼川县…, 嵛沚县“…”).
var reTitlePlace = regexp.MustCompile(`^\p{Han}{1,6}?(?:省|市|县|区|镇|乡|街道)`)

// bodyEnds end the names of bodies: offices (…局, …委员会, …办公室,
// …管委会), places' governments and committees, units (…中心, …队,
// …公司, …社区). A line that is such a name alone is an issuer's, a
// party's or a body's, not a title.
const bodyEnds = `政府|班子|室|局|委员会|管委会|理事会|协会|商会|工会|联合会|委|厅|中心|办事处|街道|社区|镇|乡|村|院|所|站|队|处|科|股|部|组|公司|学校|单位`

// reNotTitleEnd ends the lines at a document's top that are not its
// title: a body's name (…人民政府, …新闻办公室, …领导小组), a banner
// (…文件), a table of contents (目录). A meeting's name (…座谈会) may be a
// title.
var reNotTitleEnd = regexp.MustCompile(`(?:` + bodyEnds + `|文件|目录)$`)

// reBodyLine is a line that is a body's name alone (issuersUnder).
var reBodyLine = regexp.MustCompile(`^\p{Han}{2,30}(?:` + bodyEnds + `)$`)

// IsBodyName reports whether s is a body's name alone (民政局, 县社会福利
// 中心, …人民政府), as a line of issuers or a question's leftover is.
func IsBodyName(s string) bool { return reBodyLine.MatchString(s) }

// maxIssuerLines bounds the issuers a document lists under its title.
const maxIssuerLines = 4

// IssuersUnder reads the lines right under a document's title that are
// bodies' names alone ("榧山县统计局\n国家统计局榧山调查队" under a 公报's
// title): the span they take and the names. A document signed at its foot
// has none there.
func IssuersUnder(text, title string) (Span, []string) {
	var sp Span
	var orgs []string
	at := strings.Index(head(text, 3000), title)
	if at < 0 || title == "" {
		return sp, nil
	}
	for i, n := at+len(title), 0; n < maxIssuerLines+1 && i < len(text); n++ {
		end := strings.IndexByte(text[i:], '\n')
		if end < 0 {
			end = len(text) - i
		}
		raw := text[i : i+end]
		line := strings.TrimSpace(raw)
		switch {
		case line == "" && len(orgs) == 0:
		case reBodyLine.MatchString(line) && len(orgs) < maxIssuerLines:
			from := i + strings.Index(raw, line)
			if sp.End == 0 {
				sp.Start = from
			}
			sp.End = from + len(line)
			orgs = append(orgs, line)
		default:
			return sp, orgs
		}
		i += end + 1
	}
	return sp, orgs
}

// reNotTitleLine marks lines at a document's top that are no title: a
// banner (内部资料), a speaker's tag (【主持人】), a list of addressees
// (各乡镇人民政府、…), a period or a date (2026年第一季度, （2026年3月5日）).
var reNotTitleLine = regexp.MustCompile(`^[\d（(【\[]|^各|[、【】]|内部资料|注意保存|秘密|机密`)

// titleShaped reports whether a line at a document's top could be its
// title: a phrase of some length, no sentence, no field, no heading, no
// words set apart by spaces outside quotes (an issuer beside a date, a
// person's posts and name).
func titleShaped(l string) bool {
	n := utf8.RuneCountInString(l)
	if n < 8 || n > 60 || !titleShapedText(l) {
		return false
	}
	if _, _, _, ok := parseHeading(l); ok {
		return false
	}
	c := compact(l)
	return !reNotTitleEnd.MatchString(c) && !isDocNumber(c) && !IsDateLine(l)
}

// titleShapedText reports whether a line reads as a title would: no
// sentence, no field, no banner, list or date, no spaced-apart words.
func titleShapedText(l string) bool {
	l = strings.TrimSpace(l)
	if strings.ContainsAny(l, "。,，:：;；") || !hasHan(l) || reNotTitleLine.MatchString(l) {
		return false
	}
	return !strings.ContainsAny(reQuoted.ReplaceAllString(l, ""), " \t\u3000")
}

// reQuoted is a quoted phrase, whose spaces a title may keep
// (嵛沚县“织密兜底保障网 办好民生实事”新闻发布会实录).
var reQuoted = regexp.MustCompile(`“[^”]*”`)

// withItem is title t at line i with the line under it when that line
// names what the document is of, as a title would: a 办事指南's matter
// ("嵛沚县政务服务事项办事指南" over "临时救助对象认定及给付"). A
// speaker's line ("县委副书记、县长 张三"), a 主送 line, a period or a
// date names none.
func withItem(lines []string, i int, t string) string {
	if t != lines[i] || i+1 >= len(lines) || !reTitleGenre.MatchString(t) {
		return t
	}
	next := strings.TrimSpace(lines[i+1])
	if !titleShaped(next) || strings.ContainsAny(next, "、 \u3000()（）0123456789") || reTitleGenre.MatchString(next) {
		return t
	}
	// In brackets, so the title still ends with its genre.
	return t + "（" + next + "）"
}

// reBracketLine is a line in brackets alone.
var reBracketLine = regexp.MustCompile(`^[(（][^()（）]{4,40}[)）]$`)

// withParties is title t at line i with the line under it when that line
// names in brackets whom the document binds ("（镇人民政府—芡田村民委员会）"
// under a 目标责任书): they are what every line of it speaks of, as its
// title is. A period or a stage in brackets ("（2021—2023年）",
// "（征求意见稿）") names no party.
func withParties(lines []string, i int, t string) string {
	if i+1 >= len(lines) {
		return t
	}
	next := strings.TrimSpace(lines[i+1])
	if !reBracketLine.MatchString(next) || strings.ContainsAny(next, "0123456789") || !strings.ContainsAny(next, "—-－与和、") {
		return t
	}
	// Each side a body: "（草案、征求意见稿）", "（县民政局、县财政局起草）"
	// name stages and drafters, not parties.
	for _, side := range reParties.Split(strings.Trim(next, "()（）"), -1) {
		if !reParty.MatchString(strings.TrimSpace(side)) {
			return t
		}
	}
	return t + next
}

// reParties separates the parties a 责任书 binds; reParty is one of them,
// a body.
var (
	reParties = regexp.MustCompile(`[—\-－、]+|与|和`)
	reParty   = regexp.MustCompile(`(?:` + bodyEnds + `|甲方|乙方)$`)
)

// withSubjectAbove is the title at line i with the line above it when
// that line is the first half of a title set over two lines: what the
// document is of ("甗川县鼋湾镇区域性养老服务中心改扩建项目" over "竣工验收
// 报告"). Only the first line of the text may be that half — a line under
// a banner or a 文号 is the title's own — and only when it is a phrase
// shaped as a title's, no body's name (an issuer's line: "…人民政府",
// "…民政局"), and line i does not begin a title of its own with a place
// or 关于.
func withSubjectAbove(lines []string, i int) string {
	l := strings.TrimSpace(lines[i])
	// A genre line that begins with a place, 关于 or a year
	// ("2025年全县民政工作要点") is a title of its own: the line above is a
	// slogan or a banner.
	if i != 1 || reTitlePlace.MatchString(l) || strings.HasPrefix(l, "关于") || reYearStart.MatchString(l) && !genreOnlyAfterYear(l) {
		return lines[i]
	}
	above := strings.TrimSpace(lines[0])
	// An index number or an issue ("索引号…", "第3期") writes digits; a
	// subject does not, but for its year ("…局2025年度机关学法考试" over
	// "法治知识测试题及参考答案").
	if !titleShaped(above) || reTitleGenre.MatchString(above) || strings.ContainsAny(reSubjectYear.ReplaceAllString(above, ""), "0123456789０１２３４５６７８９") {
		return lines[i]
	}
	for _, w := range titleWords {
		if strings.Contains(above, w) {
			return lines[i]
		}
	}
	return above + l
}

// reSubjectYear is the year a subject line may name.
var reSubjectYear = regexp.MustCompile(`(?:19|20)\d{2}年度?`)

// genreOnlyAfterYear reports whether a line is a year and a genre only
// ("2025年工作方案"): the end of a title wrapped after its subject, not a
// title of its own ("2025年全县民政工作要点", review 24).
func genreOnlyAfterYear(l string) bool {
	rest := reYearStart.ReplaceAllString(compact(l), "")
	rest = strings.NewReplacer("工作", "", "实施", "", "年度", "", "的", "").Replace(rest)
	for _, g := range genreWords {
		rest = strings.ReplaceAll(rest, g, "")
	}
	return rest == ""
}

// reYearStart is a line that begins with a year.
var reYearStart = regexp.MustCompile(`^(?:19|20)\d{2}\s*年`)

// withMainTitle is the title at line i with the main title above it when
// line i is its subtitle ("移风易俗树新风 文明节俭过大年" over "——致全镇
// 广大干部群众的倡议书"): the main title says what the document is about.
func withMainTitle(lines []string, i int) string {
	l := lines[i]
	if i == 0 || !strings.HasPrefix(strings.TrimSpace(l), "—") {
		return l
	}
	main := strings.TrimSpace(lines[i-1])
	// A banner ("内部资料　注意保存") or an issue ("2025年第3期") above a
	// subtitle is no main title.
	if n := utf8.RuneCountInString(main); n < 4 || n > 40 || strings.ContainsAny(main, "。,，:：;；") || reNotTitleLine.MatchString(main) || reIssueLine.MatchString(compact(main)) || strings.HasPrefix(main, "索引号") {
		return l
	}
	return main + strings.TrimSpace(l)
}

// PeriodLine is the line of text that first states the period from–to
// ("(2021-2023年)" under a plan's title), as byte offsets, so an answer can
// quote where the period is written.
func PeriodLine(text string, from, to int) (start, end int, ok bool) {
	want := [2]string{strconv.Itoa(from), strconv.Itoa(to)}
	for _, m := range rePeriod.FindAllStringSubmatchIndex(text, -1) {
		if text[m[2]:m[3]] != want[0] || text[m[4]:m[5]] != want[1] {
			continue
		}
		start = strings.LastIndexByte(text[:m[0]], '\n') + 1
		end = len(text)
		if i := strings.IndexByte(text[m[1]:], '\n'); i >= 0 {
			end = m[1] + i
		}
		return start, end, true
	}
	return 0, 0, false
}

func detectKind(title, text string) Kind {
	t := title
	switch {
	case strings.Contains(t, "工作报告") || strings.Contains(t, "年度报告") || strings.Contains(t, "总结") || strings.HasSuffix(t, "报告") || strings.HasSuffix(t, "情况"):
		return KindReport
	case strings.Contains(t, "方案") || strings.Contains(t, "规划") || strings.Contains(t, "要点") || strings.HasSuffix(t, "计划") || strings.Contains(t, "纲要"):
		return KindPlan
	}
	// A title that ends with another genre (…的请示, …目标责任书) is not a
	// report for its "现将有关情况报告如下".
	if m := reTitleGenre.FindStringSubmatch(t); m != nil && m[1] != "报告" && m[1] != "总结" && m[1] != "年报" {
		return cmp.Or(kindOfTitle(t), KindOther)
	}
	h := head(text, 1500)
	for _, w := range []string{"报告如下", "总结如下", "汇报如下", "情况如下", "向大会报告"} {
		if strings.Contains(h, w) {
			return KindReport
		}
	}
	if strings.Contains(text, "牵头") && (strings.Contains(h, "方案") || strings.Contains(h, "主要任务")) {
		return KindPlan
	}
	// A title that is a 公文's whole title says its kind (…的复函, …的通知)
	// even where the head is not laid out as ParseHead expects.
	if k := kindOfTitle(title); k != "" {
		return k
	}
	return KindOther
}

func detectPublished(text string) string {
	if m := rePublished.FindStringSubmatch(head(text, 3000)); m != nil {
		return dateString(m[1], m[2], m[3])
	}
	// A signature date on its own line near the end: "2019年11月22日", or
	// the day a 纪要 was printed ("2025年12月19日印发", its 版记).
	lines := splitLines(text)
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		if m := reDateLine.FindStringSubmatch(strings.ReplaceAll(lines[i].text, " ", "")); m != nil {
			return dateString(m[1], m[2], m[3])
		}
		// "2024年8月28日　　　　2024年8月28日": the parties of an
		// agreement sign side by side, each with its date; it binds from
		// the later.
		if sp, ok := laterSideDate(lines[i]); ok {
			if m := reDateLine.FindStringSubmatch(strings.ReplaceAll(text[sp.Start:sp.End], " ", "")); m != nil {
				return dateString(m[1], m[2], m[3])
			}
		}
	}
	return ""
}

// signedDate is a date as a signature writes it, its year, month and day
// captured.
const signedDate = `((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`

// reSideDates is a line of two dates set apart, one under each party's
// signature.
var reSideDates = regexp.MustCompile(`^` + signedDate + `[ \t\x{3000}]{2,}` + signedDate + `$`)

// laterSideDate is the later of a line's side-by-side signature dates
// (reSideDates), the day an agreement binds from.
func laterSideDate(ln line) (Span, bool) {
	t := strings.TrimSpace(ln.text)
	m := reSideDates.FindStringSubmatchIndex(t)
	if m == nil {
		return Span{}, false
	}
	off := ln.start + strings.Index(ln.text, t)
	first := dateString(t[m[2]:m[3]], t[m[4]:m[5]], t[m[6]:m[7]])
	second := dateString(t[m[8]:m[9]], t[m[10]:m[11]], t[m[12]:m[13]])
	if first > second {
		return Span{off, off + m[7] + strings.Index(t[m[7]:], "日") + len("日")}, true
	}
	return Span{off + m[8], off + m[1]}, true
}

func dateString(y, mo, d string) string {
	if len(mo) == 1 {
		mo = "0" + mo
	}
	if len(d) == 1 {
		d = "0" + d
	}
	return y + "-" + mo + "-" + d
}

func detectYear(m *Meta, title, text, stem string) int {
	if m.Kind == KindPlan && m.PeriodStart > 0 {
		return m.PeriodStart
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	if y := reReportYear.FindStringSubmatch(title); y != nil {
		return atoi(y[1])
	}
	// "…领导班子2025年度民主生活会对照检查材料": a title that names the
	// year (年度) it is of is that year's, whatever years its text speaks
	// of first.
	if y := reTitleYearOf.FindStringSubmatch(title); y != nil {
		return atoi(y[1])
	}
	h := head(text, 2500)
	if y := reNowYear.FindStringSubmatch(h); y != nil {
		return atoi(y[1])
	}
	// "2025年12月18日上午，县长…主持召开…": a 纪要 or a record opens with
	// the day it is of; the years its decisions look to (2026年1月10日前)
	// are not its own.
	for _, l := range contentLines(text, 6) {
		if y := reOpenDay.FindStringSubmatch(strings.TrimSpace(l)); y != nil {
			return atoi(y[1])
		}
	}
	if y := reReportYear.FindStringSubmatch(h); y != nil {
		return atoi(y[1])
	}
	if y := reFileYear.FindStringSubmatch(stem); y != nil {
		return atoi(y[1])
	}
	for _, l := range contentLines(text, 6) {
		if y := reOpenYear.FindStringSubmatch(l); y != nil {
			return atoi(y[1])
		}
	}
	if y := reYear4.FindString(title); y != "" {
		return atoi(y)
	}
	// The most frequent year in the text, not later than publication.
	limit := 9999
	if len(m.Published) >= 4 {
		limit = atoi(m.Published[:4])
	}
	counts := map[int]int{}
	for _, s := range reYear4.FindAllString(text, -1) {
		if y := atoi(s); y <= limit {
			counts[y]++
		}
	}
	best, bestN := 0, 0
	for y, n := range counts {
		if n > bestN || (n == bestN && y > best) {
			best, bestN = y, n
		}
	}
	return best
}

func detectOrg(text, title string) string {
	h := head(text, 4000)
	if _, name := IssuerField(text); isOrgName(name) {
		return withPlacePrefix(name, text)
	}
	// "岚溪县民政局社会救助股　编" under a manual's or a compilation's
	// title: the office that compiled it is its office.
	if m := reCompiledBy.FindStringSubmatch(head(text, 600)); m != nil {
		if o := officeOfUnit(m[1]); isOrgName(o) {
			return withPlacePrefix(o, text)
		}
	}
	// "来源：岢汭县民政局社会救助股" at an article's head or foot (a
	// 公众号推文 ends with 来源, 编辑, 审核): the office it is of, as staff
	// name it ("岢汭民政发的那篇") — documents are scoped by office.
	for _, part := range []string{h, tail(text, 1500)} {
		if m := reSource.FindStringSubmatch(part); m != nil && isOrgName(m[1]) {
			return withPlacePrefix(officeOfUnit(m[1]), text)
		}
	}
	if m := reRepresent.FindStringSubmatch(h); m != nil {
		// "我代表光明区一届人民政府" names the government, not the session.
		o := reSession.ReplaceAllString(m[1], "")
		if o == "国务院" {
			return o
		}
		if !isOrgName(o) {
			// "我代表区人民政府": the place is in the title or the text.
			o = placeOf(o, title+"\n"+h) + o
		}
		return withPlacePrefix(o, text)
	}
	// "2017年坪山区政府工作报告", "大鹏新区2023年管理委员会工作报告": a
	// government work report names its government in the title.
	if m := reWorkReport.FindStringSubmatch(reTitleDate.ReplaceAllString(title, "")); m != nil {
		unit := "人民政府"
		switch {
		case m[2] == "管委会" || m[2] == "管理委员会":
			unit = m[2]
		case m[2] != "人民政府" && strings.HasSuffix(m[1], "新区"):
			// A 新区 is run by a 管委会, though its report may say 政府.
			unit = "管委会"
		}
		return withPlacePrefix(m[1]+unit, text)
	}
	if title != "" {
		if loc := reOrg.FindStringIndex(title); loc != nil {
			// "中共岢汭县民政局党组领导班子…": the body is the 党组.
			o := trimOrg(title[loc[0]:loc[1]])
			if b := bodyOfOffice(o, title[loc[1]:]); b != "" {
				o += b
			} else if rest, ok := strings.CutPrefix(o, "中共"); ok && isOrgName(rest) && !strings.HasPrefix(title[loc[1]:], "委员会") {
				// "中共磬山县民政局机关支部委员会…记录": a body of the
				// office's own, whose documents are the office's — not
				// its 党委 written out ("中共…民政局委员会"; review).
				o = rest
			}
			if isOrgName(o) {
				return withPlacePrefix(o, text)
			}
		}
	}
	// The body that signs it, on the line above its date, issued it
	// (a 章程 signed "嶅溪县慈善协会"): surer than names counted in a text
	// that speaks of other bodies ("本会党支部接受中共…民政局…的领导").
	if o := signatureOrg(text); o != "" && !strings.Contains(o, "、") {
		// "县人大常委会视察组": the place it is of is the one the text
		// names.
		if !isOrgName(o) {
			o = placeWritten(o, text) + o
		}
		return withPlacePrefix(o, text)
	}
	// "桐川县救助管理站" over "求助人员登记及处置记录": a title whose first
	// line is a body's name alone (and neither the title's words nor a
	// signature name an office) is that body's record.
	if first := contentLines(text, 1); len(first) == 1 && reBodyLine.MatchString(first[0]) && strings.HasPrefix(title, first[0]) && len(title) > len(first[0]) && isOrgName(first[0]) {
		return withPlacePrefix(first[0], text)
	}
	// Count candidate names; the self-reference (我局, 我镇) says which type.
	self := ""
	for _, w := range []string{"我局", "我镇", "我办", "我委", "我区", "我街道"} {
		if strings.Contains(h, w) {
			self = strings.TrimPrefix(w, "我")
			break
		}
	}
	counts := map[string]int{}
	for _, c := range reOrg.FindAllString(text, -1) {
		c = fromTitlePlace(trimOrg(c), title)
		if isOrgName(c) {
			counts[c]++
		}
	}
	// The regex starts at the first Han character, so a name after a verb
	// comes with it ("5月举办清城区民政局" → "月举办清城区民政局"). A candidate
	// that is another candidate behind words that are not a place name
	// (not ending in 省/市/区/县/…) is counted as that other candidate.
	names := make([]string, 0, len(counts))
	for c := range counts {
		names = append(names, c)
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	for i, c := range names {
		for _, s := range names[i+1:] {
			if _, ok := counts[s]; !ok || !strings.HasSuffix(c, s) || c == s {
				continue
			}
			p := []rune(strings.TrimSuffix(c, s))
			if !strings.ContainsRune("省市州区县镇乡", p[len(p)-1]) {
				counts[s] += counts[c]
				delete(counts, c)
			}
			break
		}
	}
	// A signature line that is just an org name counts double.
	for _, l := range contentLines(text, 1<<20) {
		if utf8.RuneCountInString(l) <= 20 && reOrg.FindString(l) == l && isOrgName(l) {
			counts[l] += 2
		}
	}
	type cand struct {
		name  string
		score int
	}
	var cs []cand
	for name, n := range counts {
		score := n * 10
		if self != "" && strings.Contains(name, self) {
			score += 100
		}
		score += utf8.RuneCountInString(name)
		cs = append(cs, cand{name, score})
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].name < cs[j].name
	})
	if len(cs) == 0 {
		return ""
	}
	best := cs[0].name
	// Prefer the longest spelling of the same unit ("清远市清城区民政局" over "清城区民政局").
	for _, c := range cs {
		if strings.HasSuffix(c.name, best) && len(c.name) > len(best) {
			best = c.name
		}
	}
	return withPlacePrefix(best, text)
}

// fromTitlePlace is name from the place the title writes, when words of
// a clause come before that place ("可提请岚川县民政局调解" in a 协议书
// titled 岚川县…): the regexp takes a name from the first Han character,
// and a verb before a place is no part of it. Words that end in a level
// (清远市 before 清城区) are a place of the name and stay.
func fromTitlePlace(name, title string) string {
	if title == "" {
		return name
	}
	rs := []rune(name)
	for i := 1; i+3 <= len(rs); i++ {
		if strings.ContainsRune("省市州区县镇乡", rs[i-1]) {
			return name
		}
		// Only a clause's word ends right before the place: 提请, 申请,
		// 由, 报送… — "岚川经济技术开发区" ends in no such word, and is
		// the name written long of the title's "开发区" (review).
		if !strings.ContainsRune(clauseBeforePlace+clauseOpens+"请至交", rs[i-1]) {
			continue
		}
		rest := rs[i:]
		for j := 2; j < len(rest) && j <= 6; j++ {
			if strings.ContainsRune("省市州区县", rest[j]) {
				if strings.Contains(title, string(rest[:j+1])) {
					return string(rest)
				}
				break
			}
		}
	}
	return name
}

// reBodyOfOffice is a body of an office named right after it in a title
// (…民政局党组, …人民政府办公室), and what may follow the body's name.
var reBodyOfOffice = regexp.MustCompile(`^(党组|党委|党总支|党支部|办公室)(.?)`)

// bodyOfOffice is the body of office that opens rest, "" if none: not a
// 党组织 of it, nor its 办公室 as a thing ("…局办公室用房清理…") — an
// office's 办公室 is a body when the office is a government (…人民政府办公室
// 会议纪要) or what follows says what it writes of (关于, a year).
func bodyOfOffice(office, rest string) string {
	m := reBodyOfOffice.FindStringSubmatch(rest)
	if m == nil || m[2] == "织" {
		return ""
	}
	if m[1] == "办公室" && !strings.HasSuffix(office, "政府") && m[2] != "" && m[2] != "关" && !strings.ContainsAny(m[2], "0123456789") {
		return ""
	}
	return m[1]
}

// tail is the last n bytes of s, from a line's start.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	s = s[len(s)-n:]
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// officeOfUnit is the office an internal unit of it belongs to
// ("岢汭县民政局社会救助股" → 岢汭县民政局).
func officeOfUnit(s string) string {
	if m := reInternalUnit.FindStringSubmatch(s); m != nil && isOrgName(m[1]) {
		return m[1]
	}
	return s
}

// reInternalUnit is an office and a unit inside it (…局…股, …局办公室).
var reInternalUnit = regexp.MustCompile(`^(\p{Han}+?(?:局|委员会|人民政府))\p{Han}{1,10}(?:股|科|处|室|办)$`)

func trimOrg(s string) string {
	for changed := true; changed; {
		changed = false
		for _, p := range orgJunkPrefixes {
			if strings.HasPrefix(s, p) && utf8.RuneCountInString(s)-utf8.RuneCountInString(p) >= 3 {
				s = strings.TrimPrefix(s, p)
				changed = true
			}
		}
	}
	return s
}

// clauseOpens begin a clause, never a name (会 and 和 do: 会同县, 和平县).
const clauseOpens = "要应须由在将把被对向及与等并"

// reInnerUnit is a unit's end inside a longer name.
var reInnerUnit = regexp.MustCompile(`(?:室|政府|局|委员会)`)

// clauseBeforePlace are words of a clause that end right before a level
// (由县…, 报送市…, 上报县…): what follows them is a unit with no place —
// not 同, 设, 及, 交, which end names too (大同市, 建设镇; review 32; 古交市,
// 三交镇; review 35). 副 ends a post before its level (副县长), 了 a verb
// (听取了县…), neither a place's name.
const clauseBeforePlace = "由在向对将把被据经报送给往赴副了"

// isOrgName rejects generic references such as "区民政局" or "上级部门局".
func isOrgName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 4 || n > 24 {
		return false
	}
	// Nor words of a clause around a name ("县政府的坚强领导和市民政局",
	// "村委会应当及时劝阻并报告镇人民政府", "关于印送《…").
	for _, bad := range []string{"各", "相关", "有关", "上级", "本局", "该局", "全区", "全市", "公安", "法制局", "信访局", "市局", "区局", "县局", "的", "《", "》", "关于", "应当", "及时"} {
		if strings.Contains(s, bad) {
			return false
		}
	}
	// The "…局" alternative of reOrg also matches words that end in 局.
	for _, w := range []string{"布局", "格局", "开局", "棋局", "大局", "全局", "变局", "新局", "结局", "当局", "僵局"} {
		if strings.HasSuffix(s, w) {
			return false
		}
	}
	// Two bodies in a clause ("县政府督查室要会同县农业农村局"): a unit
	// ends, and a place's level follows it.
	if m := reInnerUnit.FindStringIndex(s); m != nil && strings.ContainsAny(s[m[1]:], "省市州区县镇乡") {
		return false
	}
	rs := []rune(s)
	// Nor one that begins as a clause does ("要会同县生态环境局").
	if strings.ContainsRune(clauseOpens, rs[0]) {
		return false
	}
	// Needs a place name before the unit: at least two characters before 区/市/县/镇.
	for i, r := range rs {
		if (r == '市' || r == '区' || r == '县' || r == '镇' || r == '乡' || r == '州' || r == '省') && i >= 2 {
			// A word of a clause before the level is no place's name
			// ("这项工作由县农业农村局", "报送市司法局").
			// 交 ends names (古交市), but 转交/移交/提交 is a verb.
			return !strings.ContainsRune(clauseBeforePlace, rs[i-1]) && !strings.ContainsRune(verbsEndingIn[rs[i-1]], rs[i-2])
		}
	}
	// A 街道 is a place of its own level: "禾坪街道办事处".
	if i := strings.Index(s, "街道"); i > 0 && utf8.RuneCountInString(s[:i]) >= 2 {
		return true
	}
	return false
}

// verbsEndingIn are, for a character that ends place names as well as
// verbs (古交市, 周至县), the characters before it that make it a verb's:
// 转交/移交/提交, 拨付至/报送至/移交至.
var verbsEndingIn = map[rune]string{'交': "转移提递上", '至': "付送交报转发移拨寄递呈汇划退"}

// placeOf finds the place a bare "区人民政府" or "省人民政府" belongs to: the
// first two-character name of that level in s ("坪山区", "广东省"), with the
// level character itself left for the caller's org to supply.
func placeOf(org, s string) string {
	level, _ := utf8.DecodeRuneInString(org)
	if !strings.ContainsRune("省市区县", level) {
		return ""
	}
	re := regexp.MustCompile(`[\p{Han}]{2}` + regexp.QuoteMeta(string(level)))
	if m := re.FindString(s); m != "" {
		return strings.TrimSuffix(m, string(level))
	}
	return ""
}

// placeWritten is the place a body signing as "县人大常委会视察组" is of:
// the two characters text writes before that level most often, twice at
// least, of those it never writes without the level — a place's name
// stands with its level ("檀汶县", "檀汶县…"), a word of the clause around
// it on its own as well ("建议县民政局", "建议").
func placeWritten(org, text string) string {
	level, _ := utf8.DecodeRuneInString(org)
	if !strings.ContainsRune("省市区县", level) {
		return ""
	}
	re := regexp.MustCompile(`[\p{Han}]{2}` + regexp.QuoteMeta(string(level)))
	counts := map[string]int{}
	for _, m := range re.FindAllString(text, -1) {
		counts[strings.TrimSuffix(m, string(level))]++
	}
	best, bestN := "", 0
	for p, n := range counts {
		if n < 2 || strings.ContainsAny(p, "全本该各我每") || n < strings.Count(text, p) {
			continue
		}
		if n > bestN || n == bestN && p < best {
			best, bestN = p, n
		}
	}
	return best
}

// withPlacePrefix adds the city (and district) that the text names in full
// when the org name starts below it: "石潭镇人民政府" in a text that cites
// "清远市清新区" becomes "清远市清新区石潭镇人民政府".
var rePlace = regexp.MustCompile(`([\p{Han}]{2,4}市)([\p{Han}]{2,4}?(?:区|县))`)

func withPlacePrefix(org, text string) string {
	best, bestN := "", 0
	counts := map[string]int{}
	matches := rePlace.FindAllStringSubmatch(text, -1)
	// The city part starts at the first Han character and may carry the
	// words before it ("历史文化名村深圳市"): take the spelling, among its
	// endings, that the text uses most often ("深圳市").
	cityOf := func(c string) string {
		rs := []rune(c)
		best, bestN := c, strings.Count(text, c)
		for i := 1; i+3 <= len(rs); i++ {
			if n := strings.Count(text, string(rs[i:])); n > bestN {
				best, bestN = string(rs[i:]), n
			}
		}
		return best
	}
	for _, m := range matches {
		city, dist := trimOrg(cityOf(m[1])), m[2]
		if strings.HasPrefix(org, city) {
			return org
		}
		if strings.HasPrefix(org, dist) {
			return city + org
		}
		if strings.Contains(org, "镇") || strings.Contains(org, "街道") || strings.Contains(org, "乡") {
			counts[city+dist]++
		}
	}
	for p, n := range counts {
		if n > bestN {
			best, bestN = p, n
		}
	}
	if best != "" && !strings.Contains(org, "区") && !strings.Contains(org, "县") {
		return best + org
	}
	return org
}

var reAsReported = regexp.MustCompile(`现将(?:我局|我镇|我办|我委|我区|我街道|本单位|有关)?(?:(?:19|20)\d{2}\s*年度?)?(?:有关)?([^,，。]{2,24}?)(?:如下|汇报如下)`)

// headline is a document's first line when it reads as a headline: a
// phrase or an exclamation of some length, no sentence ending in 。, no
// date, 文号 or heading.
func headline(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	l := strings.TrimSpace(lines[0])
	n := utf8.RuneCountInString(l)
	if n < 6 || n > 40 || !hasHan(l) || strings.HasSuffix(l, "。") || IsDateLine(l) || isDocNumber(compact(l)) {
		return ""
	}
	if _, _, _, ok := parseHeading(l); ok {
		return ""
	}
	return l
}

func synthesizeTitle(m *Meta, text string) string {
	what := "工作报告"
	if mm := reAsReported.FindStringSubmatch(head(text, 3000)); mm != nil {
		what = strings.TrimSuffix(strings.TrimSuffix(mm[1], "报告"), "总结")
		switch {
		case strings.Contains(mm[0], "总结"):
			what += "总结"
		default:
			what += "报告"
		}
	}
	t := m.Org
	if m.Year > 0 {
		t += strconv.Itoa(m.Year) + "年"
	}
	return t + what
}

// reUnitField is a form's field that names the unit it is of: "单位名称：",
// "机构名称：", "报告单位：", "填报单位：", "申报单位：", its label spaced out as
// forms do ("单 位 名 称：").
var reUnitField = regexp.MustCompile(`^(?:单位|机构|组织)名称[:：](\p{Han}{4,30})$|^(?:报告|填报|申报)单位[:：](\p{Han}{4,30})$`)

// reTitleSubject is what a title names its subject by: a 关于 clause or a
// place's or an office's name.
var reTitleSubject = regexp.MustCompile(`关于|[省市县区镇乡村]|街道|政府|局`)

// maxUnitFieldLines bounds the lines at the top a form's unit field may
// stand on.
const maxUnitFieldLines = 12

// subjectUnit is the unit a form titled by its kind alone is of, as a
// field at its top names it, or "" when the title names its subject or
// no such field stands there.
func subjectUnit(lines []string, title string) string {
	if title == "" || reTitleSubject.MatchString(title) {
		return ""
	}
	for i, l := range lines {
		if i >= maxUnitFieldLines {
			break
		}
		if m := reUnitField.FindStringSubmatch(compact(l)); m != nil {
			u := m[1] + m[2]
			if isOrgName(u) {
				return u
			}
		}
	}
	return ""
}

// issuerFieldBytes is how far into a text its head's issuer field is read.
const issuerFieldBytes = 1000

// IssuerField is a head field naming who issued a document ("发布单位：
// 芙川市芦陵县民政局"): the field's line and the name, zero when the head
// writes none. Metadata takes the issuer from it; an answer quotes it.
func IssuerField(text string) (Span, string) {
	m := reIssuerField.FindStringSubmatchIndex(head(text, issuerFieldBytes))
	if m == nil {
		return Span{}, ""
	}
	return Span{Start: m[0], End: m[1]}, text[m[2]:m[3]]
}
