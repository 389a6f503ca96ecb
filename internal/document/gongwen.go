package document

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// A 公文 (GB/T 9704) opens with a head in a fixed order: title (often
// wrapped over two or three lines), 文号, the 主送 line ending in a colon,
// and closes with the signature and the 成文日期. An order (令) opens with
// "中华人民共和国国务院令 第707号". Reading that head gives the issuer, the
// addressee, the number and the date of any official document, whatever its
// genre; reports written without a formal head fall back to the heuristics
// in metadata.go.

// Head is what the formal head and signature of a 公文 state.
type Head struct {
	Title     string
	Number    string // 文号: 国发〔2019〕4号, 国务院令第707号
	Addressee string // 主送: 各省、自治区、直辖市人民政府…
	Issuer    string // from the title ("国务院办公厅关于…") or the signature
	Date      string // 成文日期, YYYY-MM-DD
}

var (
	// A 纪要 is numbered by its year alone ("〔2026〕6号").
	reDocNumber = regexp.MustCompile(`^([\p{Han}]{0,12})\s*[〔\[［【(（]\s*((?:19|20)\d{2})\s*[〕\]］】)）]\s*(第?)\s*(\d{1,5})\s*号$`)
	// reCaseNumber is the number of a 文书 (调解协议书, 决定书, a court's
	// judgment) written year first: "（2026）夔调字第007号",
	// "（2025）渝0105民初1234号".
	reCaseNumber = regexp.MustCompile(`^[(（]\s*((?:19|20)\d{2})\s*[)）]\s*(\p{Han}[\p{Han}\d]{0,15}?)\s*(第?)\s*(\d{1,6})\s*号$`)
	reOrderHead  = regexp.MustCompile(`^(?:中华人民共和国)?([\p{Han}]{2,12}?)令$`)
	reOrderNo    = regexp.MustCompile(`^第\s*(\d{1,5})\s*号$`)
	reCNDateLine = regexp.MustCompile(`^([一二三四五六七八九〇零○０-９\d]{4})\s*年\s*([一二三四五六七八九十\d]{1,3})\s*月\s*([一二三四五六七八九十\d]{1,3})\s*日$`)
	reBookTitle  = regexp.MustCompile(`《([^《》]{2,60})》`)
	// What a title ends with says which genre the document is.
	reReplyTitle  = regexp.MustCompile(`(?:批复|复函|答复|答复书|的函|回复|回函)$`)
	rePlanTitle   = regexp.MustCompile(`(?:方案|规划|要点|计划|纲要|任务分工|清单)(?:[(（][^()（）]*[)）])?$`)
	rePolicyTitle = regexp.MustCompile(`(?:意见|通知|办法|规定|决定|决定书|告知书|通知书|条例|通报|预案|细则|规则|指引|公告|通告|公报|纪要|决议|命令|令|指南|制度)(?:[(（][^()（）]*[)）])?$`)
	reReportTitle = regexp.MustCompile(`(?:报告|年报|总结|汇报|情况)(?:[(（][^()（）]*[)）])?$`)
	reIssueVerb   = regexp.MustCompile(`^(?:印发|转发|批转|颁布|发布)(.+?)的(?:通知|函)$`)
	reTitleIssuer = regexp.MustCompile(`^(.{2,40}?)(?:关于|对|转发|批转|印发)`)
	reIssuerUnit  = regexp.MustCompile(`(?:国务院|办公厅|办公室|委员会|政府|部|委|局|厅|署|院|会|处|所|中心|办|组|科|股|站|队)$`)
)

// ParseHead reads the formal head of a 公文 from its first lines and its
// signature date. ok is false when the text has no such head (no 文号, no
// 主送 line and no 令): the caller then keeps its other heuristics.
func ParseHead(text string) (h Head, ok bool) {
	lines := contentLines(text, 40)
	if len(lines) == 0 {
		return h, false
	}
	numAt, toAt := -1, -1
	headDate := ""
	for i, l := range lines {
		if i >= 10 {
			break
		}
		c := compact(l)
		if numAt < 0 {
			if no, ok := docNumber(withoutSigner(c)); ok {
				numAt = i
				h.Number = no
				continue
			}
			if no, date, ok := numberAndDate(c); ok {
				numAt, h.Number, headDate = i, no, date
				continue
			}
		}
		if toAt < 0 && isAddresseeLine(l) {
			toAt = i
			h.Addressee = strings.TrimRight(l, ":：")
			break
		}
	}
	// An order: 中华人民共和国国务院令 / 第707号 / 现公布《…》 / signature.
	if len(lines) > 2 {
		if m := reOrderHead.FindStringSubmatch(compact(lines[0])); m != nil {
			if n := reOrderNo.FindStringSubmatch(compact(lines[1])); n != nil {
				h.Number = m[1] + "令第" + n[1] + "号"
				h.Issuer = m[1]
				for _, l := range lines[2:5] {
					if b := reBookTitle.FindStringSubmatch(l); b != nil {
						h.Title = b[1]
						break
					}
				}
				h.Date = signatureDate(text)
				return h, h.Title != ""
			}
		}
	}
	if h, ok := announcementHead(lines); ok {
		h.finish(text)
		return h, true
	}
	if h, ok := caseHead(lines); ok {
		h.finish(text)
		return h, true
	}
	if h, ok := fieldsHead(lines); ok {
		date, issuer := h.Date, h.Issuer
		h.finish(text)
		if date != "" {
			h.Date = date
		}
		if issuer != "" {
			h.Issuer = issuer
		}
		return h, true
	}
	// A 信息 or 专报 paper ("突发事件信息 / 续报 / （第2报）"): its issuer
	// stands on the line over the 文号, with the signer ("沣源县民政局
	// 签发人：刘卫东"), and the 文号 shares its line with the date and hour
	// it went up; the title and 主送 follow.
	if numAt > 0 && numAt <= maxMarkedNumberLine && toAt > numAt+1 {
		mark := compact(withoutSigner(compact(lines[numAt-1])))
		if mark != compact(lines[numAt-1]) && reIssuerUnit.MatchString(mark) && utf8.RuneCountInString(mark) <= 40 {
			if t, ok := titleBetween(lines[numAt+1 : toAt]); ok {
				h.Title, h.Issuer = t, mark
				h.finish(text)
				h.Issuer = mark
				if headDate != "" {
					h.Date = headDate
				}
				return h, true
			}
		}
	}
	end := numAt
	if end < 0 {
		end = toAt
	}
	// GB/T 9704's own order: the issuer's mark (版头: "某区人民政府办公室",
	// "某市人民政府文件"), the 文号, fields such as 签发人, then the title
	// and the 主送 line.
	if numAt > 0 && numAt <= 2 && toAt > numAt+1 {
		if t, ok := titleBetween(lines[numAt+1 : toAt]); ok {
			h.Title = t
			mark := strings.TrimSuffix(compact(strings.Join(lines[:numAt], "")), "文件")
			if reIssuerUnit.MatchString(mark) && utf8.RuneCountInString(mark) <= 40 {
				h.Issuer = mark
			}
			h.finish(text)
			return h, true
		}
	}
	if end <= 0 || end > 4 {
		return h, false
	}
	var title strings.Builder
	for _, l := range lines[:end] {
		if strings.ContainsAny(l, "。；;") || utf8.RuneCountInString(l) > 40 {
			return h, false
		}
		title.WriteString(compact(l))
	}
	h.Title = title.String()
	if !reReplyTitle.MatchString(h.Title) && !rePlanTitle.MatchString(h.Title) &&
		!rePolicyTitle.MatchString(h.Title) && !reReportTitle.MatchString(h.Title) {
		return Head{}, false
	}
	h.finish(text)
	return h, true
}

// reAnnouncementMark is the mark of an office's numbered announcements
// ("鄳岙县民政局公告", "某市人民政府通告"), and reIssueNo the issue under it
// ("2026年第3号", "（2026年第3号）").
var (
	reAnnouncementMark = regexp.MustCompile(`^(\p{Han}{2,30}?)(?:公告|通告)$`)
	reIssueNo          = regexp.MustCompile(`^[（(]?((?:19|20)\d{2})\s*年\s*第\s*(\d{1,4})\s*号[）)]?$`)
)

// announcementHead reads the head of an announcement numbered by year:
// the office's mark, the issue ("2026年第3号"), then its own title
// ("关于…的公告", on a line or two) — the mark is no title, and the issue
// is its number.
func announcementHead(lines []string) (Head, bool) {
	if len(lines) < 3 {
		return Head{}, false
	}
	mark := reAnnouncementMark.FindStringSubmatch(compact(lines[0]))
	if mark == nil || !reIssuerUnit.MatchString(mark[1]) {
		return Head{}, false
	}
	// The issue by year ("2026年第3号") or a 文号 ("鼒政公告〔2026〕2号").
	var number string
	if no := reIssueNo.FindStringSubmatch(compact(lines[1])); no != nil {
		number = no[1] + "年第" + no[2] + "号"
	} else if no, ok := docNumber(withoutSigner(compact(lines[1]))); ok {
		number = no
	} else {
		return Head{}, false
	}
	for n := 1; n <= 2 && 2+n <= len(lines); n++ {
		if t, ok := titleBetween(lines[2 : 2+n]); ok {
			return Head{Title: t, Number: number, Issuer: mark[1]}, true
		}
	}
	return Head{}, false
}

// reFieldValue is a field of a form's head and what it holds
// ("签报编号：琮民签〔2025〕23号", "提交日期：2026年1月8日", "案由：关于…的提案").
// A form may space its label out to the width of others ("案    由：",
// "拟 稿 人：").
var reFieldValue = regexp.MustCompile(`^(` + fieldLabel + `)[ \t\x{3000}]*[:：]\s*(.+)$`)

// reSerialNo is a number a form's field gives alone ("第062号").
var reSerialNo = regexp.MustCompile(`^第?\s*\d{1,5}\s*号$`)

// maxFormHeadLines bounds the lines a form's head (its mark, fields and
// title) takes at the top.
const maxFormHeadLines = 14

// fieldsHead reads the head of a form that labels what a 公文 head sets
// out by place: a mark ("琮川县民政局签报", or a meeting's name over the
// form's), fields ("签报编号：…", "签报日期：…", "提案编号：第062号"), and
// its title "关于…的签报" on a line or a few under them, or as a field's
// value ("案由：关于…的提案"). The mark is no title: staff name such a form
// by its title's subject. The issuer is the body the mark names before
// the genre, if it does; the date the field that says one.
func fieldsHead(lines []string) (Head, bool) {
	var h Head
	fields := 0
	for i := 0; i < len(lines) && i < maxFormHeadLines; i++ {
		l := strings.TrimSpace(lines[i])
		if m := reFieldValue.FindStringSubmatch(l); m != nil {
			fields++
			label, value := compact(m[1]), strings.TrimSpace(m[2])
			// A line holds one field first; others may follow after
			// spaces ("签报人：阙明远　　联系电话：6231547").
			if j := strings.IndexAny(value, " \u3000\t"); j > 0 {
				value = value[:j]
			}
			value = strings.TrimSpace(value)
			switch {
			case strings.HasSuffix(label, "编号") || strings.HasSuffix(label, "文号"):
				if no, ok := docNumber(compact(value)); ok && h.Number == "" {
					h.Number = no
				} else if reSerialNo.MatchString(compact(value)) && h.Number == "" {
					h.Number = compact(value)
				}
			case strings.HasSuffix(label, "日期"):
				if d, ok := dateLine(value); ok && h.Date == "" {
					h.Date = d
				}
			case h.Title == "" && strings.HasPrefix(value, "关于") && titleShapedText(m[2]) && utf8.RuneCountInString(m[2]) <= maxTitleLineRunes:
				// "案由：关于…的提案": what the form is about, in a
				// title's words.
				h.Title = compact(m[2])
			}
			continue
		}
		if fields == 0 || h.Title != "" || !strings.HasPrefix(l, "关于") {
			continue
		}
		// The title under the fields, set over a line or a few.
		for n := 1; n <= 3 && i+n <= len(lines); n++ {
			if t, ok := titleBetween(lines[i : i+n]); ok && reTitleGenre.MatchString(t) {
				h.Title = t
				break
			}
		}
	}
	if fields < 2 || h.Title == "" || (h.Number == "" && h.Date == "") {
		return Head{}, false
	}
	if m := reTitleGenre.FindStringSubmatchIndex(compact(lines[0])); m != nil && m[0] > 0 {
		if body := compact(lines[0])[:m[0]]; reBodyLine.MatchString(body) {
			h.Issuer = body
		}
	} else if m := reSessionMark.FindStringSubmatch(compact(lines[0])); m != nil {
		// "政协郦漳县第十一届委员会第五次会议" over "提　　案": the form is
		// of the body whose session it was raised at.
		h.Issuer = m[1] + m[2]
	}
	return h, true
}

// reSessionMark is a session of a body as a form's mark names it: "政协
// 郦漳县第十一届委员会第五次会议", "郦漳县第十八届人民代表大会第六次会议".
var reSessionMark = regexp.MustCompile(`^(\p{Han}{2,20}?)第[一二三四五六七八九十百\d]+届(\p{Han}{2,12}?)第[一二三四五六七八九十百\d]+次(?:全体)?会议$`)

// docNumber reads a line that is a 文号 alone, in the form titles cite it:
// "国发〔2019〕4号", "嶓民低不字〔2025〕第0317号", "（2026）夔调字第007号".
func docNumber(c string) (string, bool) {
	if m := reDocNumber.FindStringSubmatch(c); m != nil {
		return m[1] + "〔" + m[2] + "〕" + m[3] + m[4] + "号", true
	}
	if m := reCaseNumber.FindStringSubmatch(c); m != nil {
		return "（" + m[1] + "）" + m[2] + m[3] + m[4] + "号", true
	}
	return "", false
}

// reNumberDated is a 文号 and the date (and hour) it went up on one line
// ("沣民急报〔2026〕4号　　2026年2月5日18时"), compacted.
var reNumberDated = regexp.MustCompile(`^(.+号)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?:\d{1,2}时(?:\d{1,2}分)?)?$`)

// reDateBegins is where a date begins on a line.
var reDateBegins = regexp.MustCompile(`(?:19|20)\d{2}\s*年`)

// maxMarkedNumberLine bounds the line a 文号 under its issuer's line may
// stand on: the paper's kind, its name and its issue ("（第2报）") above.
const maxMarkedNumberLine = 5

// numberAndDate reads a line that holds a 文号 and the date it went up.
func numberAndDate(c string) (number, date string, ok bool) {
	m := reNumberDated.FindStringSubmatch(c)
	if m == nil {
		return "", "", false
	}
	no, ok := docNumber(m[1])
	if !ok {
		return "", "", false
	}
	d, ok := dateLine(m[2])
	return no, d, ok
}

// isDocNumber reports whether a line is a 文号 alone.
func isDocNumber(c string) bool {
	_, ok := docNumber(c)
	return ok
}

// caseHead reads the head of a 文书 that its body heads: the body's name,
// the form's name ("人民调解协议书", "行政处罚决定书"), then its number
// ("（2026）夔调字第007号").
func caseHead(lines []string) (Head, bool) {
	// A form is a …书 (协议书, 决定书, 告知书); a 纪要 under its office's
	// line is the office's own paper, read as before.
	if len(lines) < 3 || !reBodyLine.MatchString(compact(lines[0])) || !reTitleGenre.MatchString(compact(lines[1])) || !strings.HasSuffix(compact(lines[1]), "书") {
		return Head{}, false
	}
	no, ok := docNumber(withoutSigner(compact(lines[2])))
	if !ok {
		return Head{}, false
	}
	// Named as the form of that body ("柏溪县应急管理局行政处罚决定书"):
	// many bodies serve the same form.
	return Head{Title: compact(lines[0]) + compact(lines[1]), Number: no, Issuer: compact(lines[0])}, true
}

// finish reads the rest of a head once its title is known: the issuer the
// title names ("国务院办公厅关于…") over any other, the signature's date,
// and the signature's issuer where nothing else names one.
func (h *Head) finish(text string) {
	if m := reTitleIssuer.FindStringSubmatch(h.Title); m != nil {
		if iss := strings.TrimSpace(m[1]); reIssuerUnit.MatchString(iss) {
			h.Issuer = iss
		}
	}
	h.Date = signatureDate(text)
	if h.Date == "" {
		h.Date = issuedDate(text)
	}
	if h.Issuer == "" {
		h.Issuer = signatureOrg(text)
	}
}

// reIssuedDateLine is an office and a date on one line: a 纪要's head
// under its number ("某县人民政府办公室    2026年4月20日") or a 版记's
// printing line ("…2026年4月20日印发").
var reIssuedDateLine = regexp.MustCompile(`^\p{Han}{2,30}?(?:办公室|办公厅|政府|局|委员会|委|厅|办)[ \t\x{3000}]+((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:印发)?$`)

// issuedDate is the date of a document without a signature date: the
// office-and-date line of its head, else of its 版记.
func issuedDate(text string) string {
	lines := contentLines(text, 1<<20)
	var look []string
	look = append(look, lines[:min(6, len(lines))]...)
	look = append(look, lines[max(0, len(lines)-8):]...)
	for _, l := range look {
		if m := reIssuedDateLine.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return dateString(m[1], m[2], m[3])
		}
	}
	return ""
}

// reHeadField is a field of a head between the 文号 and the title:
// "签发人:闫志鹏", "办理结果:A类", "紧急程度:特急".
// Its label may be spaced out to the width of others ("签 发 人：").
var reHeadField = regexp.MustCompile(`^` + fieldLabel + `[ \t\x{3000}]*[:：]`)

// fieldLabel is a field's label: two to six characters, spaces allowed
// between them.
const fieldLabel = `(?:\p{Han}[ \t\x{3000}]*){1,5}\p{Han}`

// maxTitleLineRunes bounds one line of a title between a 文号 and a 主送.
const maxTitleLineRunes = 80

// titleBetween reads a title from the lines between a 文号 and the 主送
// line, leaving out the head's fields; ok when it ends with a genre.
func titleBetween(lines []string) (string, bool) {
	var b strings.Builder
	for _, l := range lines {
		if reHeadField.MatchString(l) {
			continue
		}
		// A title set on one line may be long; a line of body text
		// ends a sentence.
		if strings.ContainsAny(l, "。；;") || utf8.RuneCountInString(l) > maxTitleLineRunes {
			return "", false
		}
		b.WriteString(compact(l))
	}
	t := b.String()
	// Or any genre a 公文 title ends with (…的请示, …目标责任书).
	ok := t != "" && (reReplyTitle.MatchString(t) || rePlanTitle.MatchString(t) || rePolicyTitle.MatchString(t) || reReportTitle.MatchString(t) || reTitleGenre.MatchString(t))
	return t, ok
}

// compact drops the spaces typesetters put between the characters of a
// short title line ("国 家 粮 食 应 急 预 案 的 函").
func compact(s string) string {
	if !strings.ContainsAny(s, " \u3000\t") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' }), "")
}

// isAddresseeLine: "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
// "河北省人民政府、国家发展改革委：", "马万祺副主席：" — a short line that is
// only names, ending in a colon.
func isAddresseeLine(l string) bool {
	if !strings.HasSuffix(l, "：") && !strings.HasSuffix(l, ":") {
		return false
	}
	body := strings.TrimRight(l, ":：")
	n := utf8.RuneCountInString(body)
	if n < 2 || n > 120 || strings.ContainsAny(body, "。；;") {
		return false
	}
	// A lead-in sentence ("具体要求如下：") is not an addressee.
	// Nor is a speech's salutation or a bulletin's editor's note.
	if body == "同志们" || strings.HasSuffix(body, "编者按") {
		return false
	}
	// Nor a label over notes or items ("说明：", "备注：", "注意事项：").
	for _, w := range []string{"如下", "通知", "要求", "意见", "规定", "决定", "问题", "情况", "说明", "备注", "附注", "提示", "须知", "事项"} {
		if strings.HasSuffix(body, w) {
			return false
		}
	}
	return true
}

// signatureDate is the 成文日期: the first date line written under a
// signature (a transmittal notice signs before the document it carries),
// else the last date line near the end.
func signatureDate(text string) string {
	lines := contentLines(text, 1<<20)
	for i := 1; i < len(lines); i++ {
		if d, ok := dateLine(lines[i]); ok && (isSignatureOrg(lines[i-1]) || i > 1 && isSealLine(lines[i-1]) && isSignatureOrg(lines[i-2])) {
			return d
		}
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		if d, ok := dateLine(lines[i]); ok {
			return d
		}
	}
	return ""
}

// signatureOrg is the org named on the line above the 成文日期.
func signatureOrg(text string) string {
	lines := contentLines(text, 1<<20)
	// The signature is at the foot: the last pair of a body's name over a
	// date, not a list's first entry ("嶅溪县书法家协会\n2025年3月5日"
	// among a 公告's results), and within the last lines.
	// What follows an attachment's mark ("附件：…" listed in the body,
	// "附：会议议程" after the signature) is the attachment's, not body.
	listed := anyLine(lines, isAttachmentMark)
	for i := len(lines) - 1; i >= 1 && i >= len(lines)-maxFootLines; i-- {
		if _, ok := dateLine(lines[i]); !ok {
			continue
		}
		// Body text after it, before any attachment: a table's row, not
		// the signature.
		after := lines[i+1:]
		for k, l := range after {
			if isAttachmentMark(l) {
				after = after[:k]
				break
			}
		}
		if !listed && anyLine(after, isBodySentence) {
			return ""
		}
		// "答辩人：岢汭县民政局（盖章）": the party's label and the seal's
		// mark are no part of the name that signs.
		// A person's field may stand between it and the date
		// ("法定代表人：褚砚秋").
		j := i - 1
		for j > 0 && j >= i-2 && rePersonField.MatchString(strings.TrimSpace(lines[j])) {
			j--
		}
		// The line under 此致 is whom it is addressed to (此致 / …人民法院).
		if j > 0 && strings.TrimSpace(lines[j-1]) == "此致" {
			return ""
		}
		l := reSealMark.ReplaceAllString(rePartyLabel.ReplaceAllString(strings.TrimSpace(lines[j]), ""), "")
		// "嶅溪县第十八届人民代表大会第三次会议": the congress signs.
		if i := strings.Index(l, "人民代表大会"); i > 0 {
			return l[:i+len("人民代表大会")]
		}
		// "…协会第二届会员代表大会" signs for the 协会.
		if loc := reSession.FindStringIndex(l); loc != nil && reMeetingName.MatchString(l) && reIssuerUnit.MatchString(l[:loc[0]]) {
			return l[:loc[0]]
		}
		if isSignatureOrg(l) {
			return strings.Join(strings.Fields(l), "、")
		}
	}
	return ""
}

// isBodySentence reports whether a line is a sentence of a document's
// body, which no signature is followed by: it ends a sentence and is no
// 版记's line (抄送, 印发) or 附件 list.
func isBodySentence(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasSuffix(l, "。") && !strings.HasPrefix(l, "抄送") && !isAttachmentMark(l) && !strings.Contains(l, "印发")
}

func anyLine(ls []string, f func(string) bool) bool {
	for _, l := range ls {
		if f(l) {
			return true
		}
	}
	return false
}

// maxFootLines bounds how far from the end a signature stands: a date, a
// 版记's lines (抄送, 印发), an 附件 list and an attachment's form may
// follow it.
const maxFootLines = 40

// isAttachmentMark reports whether a line marks an attachment: "附件：…",
// "附：会议议程", "附表1".
func isAttachmentMark(l string) bool {
	l = strings.TrimSpace(l)
	return strings.HasPrefix(l, "附件") || strings.HasPrefix(l, "附：") || strings.HasPrefix(l, "附:") || strings.HasPrefix(l, "附表") || reListHeading.MatchString(l)
}

// reListHeading is a list's heading alone on its line ("证据清单" under a
// 答辩状's signature, "材料目录"): what follows is the list attached.
var reListHeading = regexp.MustCompile(`^\p{Han}{2,10}(?:清单|目录|名单|明细)$`)

// reMeetingName is a meeting's name, which ends like a body's (…会) but
// signs nothing: "第二届会员代表大会", "…竣工验收会".
var reMeetingName = regexp.MustCompile(`(?:大会|会议|座谈会|验收会|推进会|调度会|协调会|动员会|部署会|联席会|评审会|论证会|听证会|见面会|总结会|表彰会)$`)

// AgentLabels are the labels of a field that names who acts for a party
// or for the body that signs (法定代表人：, 委托代理人：, 负责人：): the person
// there neither signs nor is a party the document is about.
const AgentLabels = `法定代表人|主要负责人|负责人|委托诉讼代理人|委托代理人|代理人|联系人|经办人`

// rePersonField is a field that names who acts for the body signing
// above it (法定代表人：褚砚秋) — not a party signing itself (具状人：…),
// rePartyLabel the label of a party signing (答辩人：, 申请人：) and
// reSealMark the mark of its seal (（盖章）).
var (
	rePersonField = regexp.MustCompile(`^(?:` + AgentLabels + `)[:：]\s*\p{Han}{2,4}$`)
	rePartyLabel  = regexp.MustCompile(`^\p{Han}{1,5}人[:：]\s*`)
	reSealMark    = regexp.MustCompile(`\s*[（(](?:盖章|公章|印章|签章|章)[)）]$`)
)

// reSealLine is the note of a seal under a signature: "（政府信息公开专用章）",
// "（盖章）", "(印章)".
var reSealLine = regexp.MustCompile(`^[(（][\p{Han}]{0,12}章[)）]$`)

func isSealLine(l string) bool {
	return reSealLine.MatchString(compact(l))
}

func isSignatureOrg(l string) bool {
	n := utf8.RuneCountInString(l)
	// A joint issue signs with its bodies side by side, each of 30 at
	// most ("中共X县委社会工作部　　X县民政局　　X县人力资源和社会保障局").
	if n < 2 || n > 30 && (len(strings.Fields(l)) < 2 || n > 90) || strings.ContainsAny(l, "。，,：:；;") {
		return false
	}
	if strings.HasPrefix(l, "总理") || strings.HasPrefix(l, "主席") {
		return true
	}
	if reMeetingName.MatchString(strings.TrimSpace(l)) {
		return false
	}
	for _, f := range strings.Fields(l) {
		if !reIssuerUnit.MatchString(f) {
			return false
		}
	}
	return true
}

// maxStackedSigners bounds the bodies a joint signature stacks.
const maxStackedSigners = 4

// isHeadingLine reports whether a line opens with a heading's marker.
func isHeadingLine(l string) bool {
	_, _, _, ok := parseHeading(strings.TrimSpace(l))
	return ok
}

// dateLine reads a date written alone on its line, in Arabic or Chinese
// numerals (二〇〇五年三月三日).
// IsDateLine reports whether a line is only a date, as a signature's is
// ("2025年1月10日", "二〇二一年五月十日").
func IsDateLine(l string) bool {
	_, ok := dateLine(l)
	return ok
}

func dateLine(l string) (string, bool) {
	m := reCNDateLine.FindStringSubmatch(compact(zh.Normalize(l)))
	if m == nil {
		return "", false
	}
	y, mo, d := cnNumber(m[1], true), cnNumber(m[2], false), cnNumber(m[3], false)
	if y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return "", false
	}
	return dateString(strconv.Itoa(y), strconv.Itoa(mo), strconv.Itoa(d)), true
}

// Numeral reads a number written in digits or Chinese numerals: 28, 二十八.
func Numeral(s string) int { return cnNumber(s, false) }

// cnNumber reads 2019, 二〇一九 (digit by digit when digits is set) or 二十八.
func cnNumber(s string, digits bool) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	val := map[rune]int{'〇': 0, '零': 0, '○': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	if digits {
		n := 0
		for _, r := range s {
			v, ok := val[r]
			if !ok {
				return 0
			}
			n = n*10 + v
		}
		return n
	}
	n, cur := 0, 0
	for _, r := range s {
		if r == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		v, ok := val[r]
		if !ok {
			return 0
		}
		cur = v
	}
	return n + cur
}

// genreWords are the words a 公文's title ends with to say what it is,
// longest first so 指导意见 is read before 意见.
var genreWords = []string{"指导意见", "若干意见", "实施意见", "实施方案", "工作方案", "试点方案", "暂行办法", "实施条例", "任务分工", "会议纪要",
	"答复函", "年报", "回函", "批文", "决定书", "答复书", "告知书", "通知书",
	"意见", "通知", "方案", "办法", "条例", "规定", "决定", "批复", "复函", "答复", "通报", "预案", "规划", "纲要",
	"要点", "计划", "报告", "总结", "细则", "规则", "指引", "公告", "公示", "决议", "指南", "清单", "纪要", "通告", "公报", "请示", "函",
	// Agreements and undertakings between parties, and rules a community
	// sets itself: 目标责任书, 运营协议, 村规民约, 居民公约.
	"责任书", "协议书", "协议", "合同", "承诺书", "倡议书", "意见书", "建议书", "判决书", "裁定书", "调解书", "答辩状", "起诉状", "上诉状", "村规民约", "居民公约", "村民公约", "公约", "章程",
	// What is said at a meeting and what an office circulates of its own
	// work: "在…推进会上的讲话", "犨坪镇工作简报", "…信息专报", and
	// what it sends up of an emergency as it unfolds (首报, 续报, 终报).
	"讲话稿", "讲话", "发言稿", "发言", "致辞", "简报", "专报", "快报", "工作动态", "首报", "续报", "终报",
	// What an office reports of its work at set times: "…工单办理情况月报".
	"月报", "季报", "周报", "旬报",
	// Letters an office writes to those it thanks, praises or greets.
	"感谢信", "慰问信", "表扬信", "贺信",
	// Forms that carry a matter to its office's leaders (a section's 签报
	// or 呈批件), and what is read out to run a meeting (主持词). (A
	// member's 提案 is not one: "提案答复" is the 答复 to it, named by it.)
	"签报", "呈批件", "主持词",
	// What an office sets its staff to test what they know of the law
	// (…机关学法考试 / 法治知识测试题及参考答案).
	"测试题", "试题", "试卷", "题库", "参考答案", "答案"}

// reTitleGenre is the genre word a title ends with, a period in brackets
// allowed after it ("总体规划（2018—2035年）").
var reTitleGenre = regexp.MustCompile(`(` + strings.Join(genreWords, "|") + `)(?:[(（][^()（）]*[)）])?$`)

// genreShort are the names staff give a genre for short: a 年报 is a
// 年度报告, an 答复函 an 答复. The forms written 书 (行政处罚决定书,
// 信息公开申请答复书) are their genre in a form to be served on a party.
var genreShort = map[string]string{"年报": "报告", "答复函": "答复", "回函": "复函", "批文": "批复",
	"决定书": "决定", "答复书": "答复", "告知书": "告知", "通知书": "通知"}

// CanonicalGenre is the genre a genre word names as titles write it.
func CanonicalGenre(g string) string {
	if c, ok := genreShort[g]; ok {
		return c
	}
	return g
}

// GenreWords are the genre words of 公文 titles, longest first: what staff
// call a document by ("那个批复", "这份通知里").
func GenreWords() []string { return append([]string(nil), genreWords...) }

// TitleGenres are the genre words a title names its document by: its last
// word, and for a 印发/转发 notice also what it carries ("…实施方案的通知" is
// both a 通知 and a 方案).
func TitleGenres(title string) []string {
	var out []string
	if m := reTitleGenre.FindStringSubmatchIndex(title); m != nil {
		out = append(out, title[m[2]:m[3]])
		// "…测试题及参考答案", "…章程暨选举办法": a title of two things
		// joined is of both their genres.
		for _, conj := range []string{"及", "和", "与", "暨"} {
			if before, ok := strings.CutSuffix(title[:m[2]], conj); ok {
				if g := reTitleGenre.FindStringSubmatch(before); g != nil {
					out = append(out, g[1])
				}
				break
			}
		}
	}
	if carried := CarriedTitle(title); carried != "" {
		if g := reTitleGenre.FindStringSubmatch(carried); g != nil {
			out = append(out, g[1])
		}
	}
	return out
}

// CarriedTitle is the title a 印发/转发 notice carries (…关于印发《X》的通知
// → X), "" for a title that carries none.
func CarriedTitle(title string) string {
	if m := reIssueVerb.FindStringSubmatch(afterIssuer(title)); m != nil {
		return strings.Trim(m[1], "《》“”\"")
	}
	return ""
}

// SelfName is what a document calls itself with 本: the genre word of the
// title it carries or is (…协议书 → 协议书), else that title's last two
// characters (…核对工作规程 → 规程, …值守守则 → 守则), however few
// documents of its genre there are; "" when the title ends in no word.
func SelfName(title string) string {
	t := CarriedTitle(title)
	if t == "" {
		t = title
	}
	t = reTrailingBracket.ReplaceAllString(strings.TrimSpace(t), "")
	if gs := TitleGenres(t); len(gs) > 0 {
		return gs[0]
	}
	rs := []rune(t)
	if len(rs) < 4 || !zh.IsHan(rs[len(rs)-1]) || !zh.IsHan(rs[len(rs)-2]) {
		return ""
	}
	return string(rs[len(rs)-2:])
}

// TitleSubject is what a title says its document is about, without the
// issuer, 关于, the 印发/转发 wrapper and the genre word:
// 国务院关于印发国家职业教育改革实施方案的通知 → 国家职业教育改革.
func TitleSubject(title string) string {
	t := CarriedTitle(title)
	if t == "" {
		t = strings.Trim(afterIssuer(title), "《》“”\"")
	}
	if loc := reTitleGenre.FindStringIndex(t); loc != nil && utf8.RuneCountInString(t[:loc[0]]) >= 2 {
		t = strings.TrimSuffix(t[:loc[0]], "的")
	}
	if strings.HasPrefix(t, "在") && strings.HasSuffix(t, "上") && utf8.RuneCountInString(t) > 4 {
		// "在全县…推进会上的讲话" is about the meeting it was given at;
		// 在 and 上 say only where.
		t = strings.TrimSuffix(strings.TrimPrefix(t, "在"), "上")
	}
	return t
}

// afterIssuer is a title without its issuer and 关于/对.
func afterIssuer(title string) string {
	t := title
	if m := reTitleIssuer.FindStringSubmatch(t); m != nil && !strings.HasPrefix(t, "关于") {
		t = t[len(m[1]):]
	}
	return strings.TrimPrefix(strings.TrimPrefix(t, "关于"), "对")
}

// kindOfTitle says which genre a formal title names: what it transmits
// when it is a 印发/转发 notice of a plan ("印发…实施方案的通知" is a plan),
// else its last word.
func kindOfTitle(title string) Kind {
	// "…管理办法（试行）", "…办事指南（临时救助对象认定及给付）": what the
	// brackets add after the genre says nothing of the kind.
	core := afterIssuer(reTrailingBracket.ReplaceAllString(title, ""))
	if inner := CarriedTitle(core); inner != "" {
		if rePlanTitle.MatchString(inner) {
			return KindPlan
		}
		return KindPolicy
	}
	switch {
	case reReplyTitle.MatchString(core):
		return KindReply
	case rePlanTitle.MatchString(core):
		return KindPlan
	case rePolicyTitle.MatchString(core):
		return KindPolicy
	case reReportTitle.MatchString(core):
		return KindReport
	}
	return ""
}

// reTrailingBracket is a bracketed phrase a title ends with.
var reTrailingBracket = regexp.MustCompile(`[(（][^()（）]*[)）]$`)

// Span of text, as byte offsets.
type HeadSpans struct {
	Title, Number, Addressee, Date, Signature Span
	// Signer: "签发人:骆秉谦", written beside the 文号 of a document sent
	// up (请示, 报告).
	Signer Span
	// Speaker: who gave a speech, the post and name under its title
	// ("县委常委、副县长  禤振岳").
	Speaker Span
}

// reSpeechTitle is the title of what was said at a meeting.
var reSpeechTitle = regexp.MustCompile(`(?:讲话|讲话稿|发言|发言稿|致辞)$`)

// IsSpeechTitle reports whether a title is of what was said at a meeting
// (讲话, 发言, 致辞) rather than a report given in person.
func IsSpeechTitle(title string) bool {
	return reSpeechTitle.MatchString(compact(title))
}

// reSpeakerLine is a speaker's post and name on a line of their own: the
// name, two to four characters, after a space.
var reSpeakerLine = regexp.MustCompile(`^\p{Han}[\p{Han}、，,]{1,30}[ \t\x{3000}]+(?:\p{Han}{2,4}|\p{Han}[ \t\x{3000}]+\p{Han})$`)

// speechHead reads the head of a speech: its speaker's line and the date
// in brackets under its title ("（2026年3月12日）"), as indexes into lines.
//
// A report given in person (述法报告, 述职报告, a 工作报告 to a 人代会) is
// headed the same way under a title of any genre: there the post-and-name
// line counts only beside a date in brackets, the two together marking
// who gave it and when.
func speechHead(lines []string) (speaker, date int) {
	speaker, date = -1, -1
	if len(lines) < 2 {
		return
	}
	speech := reSpeechTitle.MatchString(compact(lines[0]))
	bracketed := false
	// The speaker and the date, in either order, with or without brackets.
	for i := 1; i < min(4, len(lines)); i++ {
		l := strings.TrimSpace(lines[i])
		switch {
		case speaker < 0 && reSpeakerLine.MatchString(l):
			speaker = i
		case date < 0 && speechDateLine(l):
			date = i
			bracketed = strings.ContainsAny(l, "(（")
		default:
			i = len(lines)
		}
	}
	if !speech && (speaker < 0 || date < 0 || !bracketed) {
		return -1, -1
	}
	return
}

// speechDateLine is a date under a speech's title: "（2026年3月12日）".
func speechDateLine(l string) bool {
	_, ok := dateLine(strings.Trim(zh.Normalize(l), "()"))
	return ok
}

// reBulletinTitle is the title of a bulletin an office circulates, or of
// what it reports at set times (…工单办理情况月报).
var reBulletinTitle = regexp.MustCompile(`(?:简报|专报|快报|工作动态|月报|季报|周报|旬报)$`)

// reIssueLine is a bulletin's issue: "2026年第7期（总第85期）", "第12期".
var reIssueLine = regexp.MustCompile(`^[(（]?(?:(?:19|20)\d{2}年)?第\d+期[)）]?(?:[(（]总第\d+期[)）])?$`)

// reCompilerLine is who compiled a bulletin, and when: "犨坪镇党政综合
// 办公室编    2026年5月18日", or a body's name set apart from the date
// ("鄳岙县民政局办公室　　2026年4月7日") — the date in group 2 or 3.
var reCompilerLine = regexp.MustCompile(`^(\p{Han}{2,30}?)(?:(?:编印|编发|编辑|主办|编)(?:[ \t\x{3000}]+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))?|[ \t\x{3000}]+((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))$`)

// reBanner is a banner line above a bulletin's title.
var reBanner = regexp.MustCompile(`^(?:内部资料|注意保存|内部刊物|内部参阅|秘密|机密)+$`)

// compilerLine reads a bulletin's compiler line: the compiler and the
// span of its date in l (-1, -1 when it writes none). A name beside a
// date without 编 must be a body's.
func compilerLine(l string) (name string, ds, de int, ok bool) {
	m := reCompilerLine.FindStringSubmatchIndex(l)
	if m == nil {
		return "", -1, -1, false
	}
	name = l[m[2]:m[3]]
	switch {
	case m[4] >= 0:
		return name, m[4], m[5], true
	case m[6] >= 0:
		if !reBodyLine.MatchString(name) {
			return "", -1, -1, false
		}
		return name, m[6], m[7], true
	}
	return name, -1, -1, true
}

// bulletinHead reads the head of a bulletin: the line of its title (the
// first, or the second under the office's name that heads it), of its
// issue and of who compiled it, as indexes into lines (-1 when absent).
func bulletinHead(lines []string) (title, issue, compiler int) {
	title, issue, compiler = -1, -1, -1
	first := 0
	if len(lines) > 0 && reBanner.MatchString(compact(lines[0])) {
		first = 1 // "内部资料 注意保存" over the bulletin's title
	}
	switch {
	case len(lines) < first+2:
		return
	case reBulletinTitle.MatchString(compact(lines[first])):
		title = first
	case len(lines) > first+2 && reBodyLine.MatchString(compact(lines[first])) && reBulletinTitle.MatchString(compact(lines[first+1])):
		title = first + 1
	default:
		return
	}
	for i := title + 1; i < min(title+5, len(lines)); i++ {
		l := strings.TrimSpace(lines[i])
		if issue < 0 && reIssueLine.MatchString(compact(l)) {
			issue = i
		} else if _, _, _, ok := compilerLine(l); compiler < 0 && ok {
			compiler = i
		}
	}
	return
}

// Bulletin is what a bulletin's head says: its issue, who compiled it
// and the date, each empty when not written.
func Bulletin(text string) (issue, compiler, date string) {
	lines := contentLines(head(text, headBytes), 6)
	_, is, co := bulletinHead(lines)
	if is > 0 {
		issue = compact(lines[is])
	}
	if co > 0 {
		l := strings.TrimSpace(lines[co])
		name, ds, de, _ := compilerLine(l)
		compiler = name
		if ds >= 0 {
			date, _ = dateLine(l[ds:de])
		}
	}
	return
}

// headBytes is as much of a text as a speech's or a bulletin's head can
// take: reading the first lines of it, not splitting the whole text, keeps
// Speaker cheap when every title is named at start-up.
const headBytes = 2000

// Speaker is who gave a speech, as its head writes it: the posts
// ("县委常委、副县长") and the name; empty when text is no speech.
func Speaker(text string) (posts []string, name string) {
	lines := contentLines(head(text, headBytes), 4)
	sp, _ := speechHead(lines)
	if sp < 0 {
		return nil, ""
	}
	f := strings.Fields(strings.ReplaceAll(lines[sp], "\u3000", " "))
	if len(f) < 2 {
		return nil, ""
	}
	name, f = f[len(f)-1], f[:len(f)-1]
	if utf8.RuneCountInString(name) == 1 && len(f) > 1 && utf8.RuneCountInString(f[len(f)-1]) == 1 {
		// "王　强": a two-character name typeset with a space between.
		name, f = f[len(f)-1]+name, f[:len(f)-1]
	}
	for _, p := range f {
		posts = append(posts, strings.FieldsFunc(p, func(r rune) bool { return strings.ContainsRune("、，,", r) })...)
	}
	return posts, name
}

// SpeechDate is the date a speech was given, written under its title.
func SpeechDate(text string) string {
	lines := contentLines(head(text, headBytes), 4)
	if _, i := speechHead(lines); i > 0 {
		d, _ := dateLine(strings.Trim(zh.Normalize(strings.TrimSpace(lines[i])), "()"))
		return d
	}
	return ""
}

// reSignerField is the 签发人 field a document sent up writes beside its
// 文号; withoutSigner is a compacted line without it.
var reSignerField = regexp.MustCompile(`签[\s\x{3000}]*发[\s\x{3000}]*人[\s\x{3000}]*[:：][\s\x{3000}]*\p{Han}[\p{Han}\s\x{3000}、，,]*$`)

func withoutSigner(c string) string {
	return strings.TrimSpace(reSignerField.ReplaceAllString(c, ""))
}

// LocateHead finds where the head's parts are written, so an answer about
// a document's 文号, 主送, issuer or 成文日期 can quote the very line.
// A part not found has an empty span.
func LocateHead(text string) HeadSpans {
	var hs HeadSpans
	var lines []line
	for _, ln := range splitLines(text) {
		if ln.text != "" && !IsChromeLine(ln.text) {
			lines = append(lines, ln)
		}
	}
	titleEnd := -1
	for i, ln := range lines {
		if i >= 10 {
			break
		}
		c := compact(ln.text)
		if hs.Number.End == 0 && (isDocNumber(withoutSigner(c)) || (i == 1 && reOrderNo.MatchString(c))) {
			hs.Number = Span{ln.start, ln.end}
			if loc := reSignerField.FindStringIndex(ln.text); loc != nil && loc[0] > 0 {
				// "苫民〔2026〕17号　　签发人:骆秉谦": a 请示's or 报告's
				// signer shares the 文号's line.
				hs.Number.End = ln.start + len(strings.TrimRight(ln.text[:loc[0]], " \t\u3000"))
				hs.Signer = Span{ln.start + loc[0], ln.start + loc[1]}
			}
			if i == 1 && reOrderNo.MatchString(c) {
				hs.Number = Span{lines[0].start, ln.end}
			}
			if titleEnd < 0 {
				titleEnd = i
			}
			continue
		}
		if _, _, ok := numberAndDate(c); ok && hs.Number.End == 0 {
			// "沣民急报〔2026〕4号　　2026年2月5日18时": the 文号 is the
			// line up to the date; the title stands below, not above.
			if d := reDateBegins.FindStringIndex(ln.text); d != nil {
				if j := strings.LastIndex(ln.text[:d[0]], "号"); j > 0 {
					hs.Number = Span{ln.start, ln.start + j + len("号")}
					continue
				}
			}
		}
		if loc := reSignerField.FindStringIndex(ln.text); hs.Signer.End == 0 && loc != nil {
			// On a line of its own, or after the issuer's name ("沣源县
			// 民政局　　签发人：刘卫东").
			hs.Signer = Span{ln.start + loc[0], ln.start + loc[1]}
			continue
		}
		if isAddresseeLine(ln.text) {
			hs.Addressee = Span{ln.start, ln.end}
			if titleEnd < 0 {
				titleEnd = i
			}
			break
		}
	}
	if titleEnd > 0 && titleEnd <= 4 {
		hs.Title = Span{lines[0].start, lines[titleEnd-1].end}
	}
	texts := make([]string, min(5, len(lines)))
	for i := range texts {
		texts[i] = lines[i].text
	}
	if h, ok := announcementHead(texts); ok {
		// An announcement's mark over its issue: its number is the issue
		// (inside its brackets), its title below.
		if ln := lines[1]; reIssueNo.MatchString(compact(ln.text)) {
			inner := strings.TrimLeft(ln.text, "（( \t\u3000")
			a := len(ln.text) - len(inner)
			hs.Number = Span{ln.start + a, ln.start + a + len(strings.TrimRight(inner, "）) \t\u3000"))}
		}
		first := 2
		for first < len(texts)-1 && reHeadField.MatchString(compact(lines[first].text)) {
			first++ // a 签发人 line before the title
		}
		last := first
		if !strings.HasSuffix(compact(lines[first].text), h.Title) && first+1 < len(lines) {
			last = first + 1 // a title over two lines
		}
		hs.Title = Span{lines[first].start, lines[last].end}
	}
	if ti, is, co := bulletinHead(texts); is > 0 || co > 0 {
		hs.Title = Span{lines[ti].start, lines[ti].end}
		// A bulletin is sent up by its 报: line at the foot.
		for i := len(lines) - 1; i >= max(0, len(lines)-6); i-- {
			if l := zh.Normalize(lines[i].text); strings.HasPrefix(l, "报:") {
				hs.Addressee = Span{lines[i].start, lines[i].end}
				break
			}
		}
		if is > 0 {
			hs.Number = Span{lines[is].start, lines[is].end}
		}
		if co > 0 {
			ln := lines[co]
			hs.Signature = Span{ln.start, ln.end}
			if _, ds, de, ok := compilerLine(ln.text); ok && ds >= 0 {
				hs.Signature.End = ln.start + len(strings.TrimRight(ln.text[:ds], " \t\u3000"))
				hs.Date = Span{ln.start + ds, ln.start + de}
				return hs
			}
		}
	}
	if sp, dt := speechHead(texts); sp > 0 || dt > 0 {
		hs.Title = Span{lines[0].start, lines[0].end}
		if sp > 0 {
			hs.Speaker = Span{lines[sp].start, lines[sp].end}
		}
		if dt > 0 {
			hs.Date = Span{lines[dt].start, lines[dt].end}
			return hs
		}
	}
	for i := 1; i < len(lines); i++ {
		if _, ok := dateLine(lines[i].text); ok && i > 1 && isSealLine(lines[i-1].text) && isSignatureOrg(lines[i-2].text) {
			// "溯阳市北淇区民政局\n（政府信息公开专用章）\n2026年4月28日":
			// the seal's note stands between the office and the date.
			hs.Date = Span{lines[i].start, lines[i].end}
			hs.Signature = Span{lines[i-2].start, lines[i-2].end}
			return hs
		}
		if _, ok := dateLine(lines[i].text); ok && isSignatureOrg(lines[i-1].text) {
			hs.Date = Span{lines[i].start, lines[i].end}
			// A joint issue may sign one body a line ("中共X镇委员会\nX镇
			// 人民政府\n2026年1月26日"): the bodies stacked above the date.
			first := i - 1
			for first > 1 && i-first < maxStackedSigners && isSignatureOrg(lines[first-1].text) && !isHeadingLine(lines[first-1].text) {
				first--
			}
			hs.Signature = Span{lines[first].start, lines[i-1].end}
			return hs
		}
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		if _, ok := dateLine(lines[i].text); ok {
			hs.Date = Span{lines[i].start, lines[i].end}
			return hs
		}
		if sp, ok := laterSideDate(lines[i]); ok {
			hs.Date = sp
			return hs
		}
	}
	// No 落款: a 统计公报's date under its title and issuers, before its
	// first heading or sentence; else the office-and-date line issuedDate
	// reads for the metadata — a 纪要's head or its 版记 ("…2026年4月20日
	// 印发"), the last of them.
	for i := 1; i < min(len(lines), headDateLines); i++ {
		if isHeadingLine(lines[i].text) || utf8.RuneCountInString(lines[i].text) > maxHeadLineRunes {
			break
		}
		if _, ok := dateLine(lines[i].text); ok {
			hs.Date = Span{lines[i].start, lines[i].end}
			return hs
		}
		// "嶅溪县民政局办公室　　2026年5月6日" under a 台账's title: the
		// office that made it and the day, on one line.
		if sp, ok := issuedDateSpan(lines[i]); ok {
			hs.Date = sp
			return hs
		}
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
		if sp, ok := issuedDateSpan(lines[i]); ok {
			hs.Date = sp
			return hs
		}
	}
	return hs
}

// issuedDateSpan is the date of an office-and-date line (reIssuedDateLine),
// as a span of the text.
func issuedDateSpan(ln line) (Span, bool) {
	t := strings.TrimSpace(ln.text)
	m := reIssuedDateLine.FindStringSubmatchIndex(t)
	if m == nil {
		return Span{}, false
	}
	off := ln.start + strings.Index(ln.text, t)
	end := m[7] + strings.Index(t[m[7]:], "日") + len("日")
	return Span{off + m[2], off + end}, true
}

// headDateLines bounds the lines of a head a date may stand in under the
// title and issuers.
const headDateLines = 6

// maxHeadLineRunes: a longer line is body text, not a head's.
const maxHeadLineRunes = 40
