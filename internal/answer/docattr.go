package answer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// A question may ask about a document itself rather than what it says: its
// 文号, its 成文日期, whom it is sent to (主送), who issued it, or which
// document a 文号 is. The head of a 公文 states each on a line of its own,
// and the answer quotes that line.

type docAttr int

const (
	attrNone docAttr = iota
	attrNumber
	attrDate
	attrAddressee
	attrIssuer
	attrTitle
	// attrProposer: who raised what a reply answers (提案, 建议): a reply
	// is sent to them, so its 主送 line says.
	attrProposer
	// attrPublished: when it was put online (网上发布, 挂网), which a page
	// kept from a website states as 发布日期:2022-01-03.
	attrPublished
	// attrRepliesTo: the document a reply answers, which its opening
	// names: "你区《关于…的请示》(东府〔2025〕17号)收悉".
	attrRepliesTo
	// attrSigner: who signed it off (签发人), which a document sent up
	// writes beside its 文号.
	attrSigner
	// attrSpeaker: who gave a speech, the post and name under its title.
	attrSpeaker
	// attrIssue and attrCompiler: a bulletin's issue (第7期) and who
	// compiled it; of any other document 第几期 asks of a project's phase
	// and 谁编的 of what it says.
	attrIssue
	attrCompiler
	// attrCopied: whom a copy went to, the 抄送 line of its 版记.
	attrCopied
	// attrHeld: when the meeting a record (实录, 记录, 纪要) is of was
	// held, which its head's 时间 field states.
	attrHeld
	// attrName: the title of a document named loosely ("述法那个报告的
	// 标题是什么"): its head writes it, over one line or several.
	attrName
	// attrAttached: what a document carries after its text (附件): the
	// 附件 line under the body and the numbered lines after it.
	attrAttached
	// attrSignedAt: where an agreement was signed, a field at its foot
	// beside the day (签订地点).
	attrSignedAt
	// attrFilledBy: who filled in a form or a record (填报人, 填表人,
	// 制表人, 登记人, 记录人), a field at its head or foot. (Who checked it is asked of
	// its 审核人 field as any field is: with its day, "谁审核的 哪天审的".)
	attrFilledBy
)

// docAttrIntents is the table of what a question asks of a document, with
// example questions that are also its tests (TestDocAttrIntents).
var docAttrIntents = []struct {
	attr     docAttr
	re       *regexp.Regexp
	examples []string
}{
	// A document's 编号 is its number: "协议书编号", "决定书的编号" — of a
	// genre word, not of a thing it lists (工单编号, 许可证编号).
	{attrNumber, regexp.MustCompile(reDocNoWords + `|(?:` + strings.Join(document.GenreWords(), "|") + `)的?编号`),
		[]string{"职教20条的文号是多少", "这个通知是国办发几号", "条例是国务院令第几号", "那个批复发文字号多少", "年检结果那个公告是哪一号", "那份处罚决定书的编号是多少"}},
	{attrHeld, regexp.MustCompile(`(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月几[日号])\S{0,2}(?:开的|召开|举行|开会|开了)|(?:召开|举行|开会)(?:的)?(?:时间|日期)`),
		[]string{"社会救助专题询问是哪天开的", "协调会什么时候召开的", "那次座谈会召开时间"}},
	{attrIssue, regexp.MustCompile(`第几期|哪一期|期号|第几报`),
		[]string{"这份简报是第几期", "那期专报期号多少", "这个续报是第几报"}},
	{attrDate, regexp.MustCompile(`成文日期|落款(?:日期|是?(?:哪天|哪一天|什么时候|几号))|发文日期|印发日期|签发日期|同一天|(?:哪个|哪份|谁)(?:先|早|晚)\S{0,2}(?:发|印发|成文|出台|签发|下发)|(?:哪个|哪份)(?:先|早|晚)出|(?:哪个|哪份|谁)\S{0,2}(?:发|印发|成文|出台|签发|下发)\S{0,2}(?:先|早|晚)|号\S{0,3}日期|[\s,，](?:哪天|哪一天|什么时候|啥时候)$|(?:哪天|哪一天|什么时候|何时|啥时候|几月几[日号]|什么日子|哪年哪月)\S{0,3}(?:发|印发|签发|下发|出台|发布|成文|签|答复|批复|回复|函复|复函|批的|回的|出的|报的|讲的|(?:报|交|送|呈)(?:上去|上来|出去|出)(?:的|了))|讲话(?:的)?(?:日期|时间)|是(?:哪天|哪一天|什么时候)的[?？]?$|(?:发|印发|签发|下发|出台|发布|成文|答复|批复|回复|函复)\S{0,2}(?:的)?(?:哪天|哪一天|时间|日期|什么时候|啥时候)`),
		[]string{"消防救援车辆号牌那个通知是哪天发的", "部门预算公开说明落款哪天", "综保区那个意见成文日期是哪天", "这个复函什么时候印发的", "这两个文件是不是同一天发的", "4626号提案答复 文号和日期", "化学武器那个通知 哪天", "巴东滑坡那个复函是啥时候回复的", "雄安规划是哪天批复的", "那个通报是哪天出的", "整改报告跟评查通报哪个成文晚", "东渠区那份请示是哪天报的", "那份请示什么时候交上去的", "年报和预案哪个先出的", "推进会那个讲话是哪天讲的", "人居环境讲话的日期", "周局长的述职报告是哪天的"}},
	{attrPublished, regexp.MustCompile(`网上\S{0,3}(?:发布|公布|公开|挂)|(?:挂网|上网)|(?:发布|公开|公布)(?:日期|时间)`),
		[]string{"株洲那个方案网上是哪天发布的", "这个通知什么时候挂网的", "清城民政这份报告的发布日期"}},
	{attrAddressee, regexp.MustCompile(`主送(?:的|给)?(?:是)?(?:哪些|哪几个|哪几家|哪个|哪家)?(?:单位|部门|地方)?|(?:发给|写给)(?:了)?(?:哪|谁)|下发给(?:了)?(?:哪|谁)|是给谁的|[回答]复?给(?:了)?(?:哪|谁)|回的谁|(?:报给|报送给?|上报给?|呈报给?)(?:了)?(?:县里|市里|上级|上面)?(?:哪|谁)`),
		[]string{"雄安规划的批复主送哪两家", "这个答复是发给谁的", "那个复函是回给谁的", "这份总结是报送哪个部门的", "那个答复是写给哪位代表的"}},
	{attrIssuer, regexp.MustCompile(`(?:谁|哪(?:个|些|两个|几个|一个|两|几)?(?:部门|单位|机关|家))\S{0,4}(?:发的|印发|下发|(?:联合|一起|共同)发|发布|发文|出台|出的(?:$|[?？,，\s]))|发文机关|落款单位|以谁的名义`),
		[]string{"化学武器那个通知是哪两家联合发的", "这个意见是哪个部门印发的", "统计公报是哪个单位出的", "网格员招聘公告是哪几个单位一起发的"}},
	{attrCompiler, regexp.MustCompile(`(?:谁|哪个部门|哪个单位|哪家)\S{0,2}(?:编的|编印|编发|主办)`),
		[]string{"那期简报是哪个单位编的", "这份专报谁编印的"}},
	{attrProposer, regexp.MustCompile(`(?:谁|哪位|哪个)\S{0,4}提(?:的|出)|(?:提案|建议)(?:人|者)是谁`),
		[]string{"设总理热线电话的提案是哪位委员提的", "科技节水建议是谁提出的"}},
	{attrRepliesTo, regexp.MustCompile(`(?:回|答复|批复|回复|复)(?:的)?(?:是)?(?:哪个|哪份|什么)(?:文|文件|请示|报告|函|来文)|(?:针对|对应)(?:的)?(?:是)?(?:哪个|哪份)(?:文|请示|报告)`),
		[]string{"这个批复是回的哪个文", "那个复函答复的是哪份请示", "批复针对的是哪个请示"}},
	{attrSigner, regexp.MustCompile(`签发人|(?:谁|哪位|哪个领导)\S{0,2}签发`),
		[]string{"那份请示谁签发的", "请示的签发人是谁", "这个报告是哪位领导签发的"}},
	{attrCopied, regexp.MustCompile(`抄送(?:给)?(?:了)?(?:哪|谁)|抄送(?:单位|的单位|的是)|抄报(?:给)?(?:了)?(?:哪|谁)`),
		[]string{"养老中心请示报给谁的 抄送了哪几家", "那个通知抄送单位有哪些", "差旅那个规定抄送给了哪些单位"}},
	// A report given in person (述法, 述职) is asked of the same way: who
	// gave it, the post and name under its title.
	// "谁做的" right after the genre asks who gave the document, not who
	// did something it tells of ("讲话里说厕所改造是谁做的").
	{attrSpeaker, regexp.MustCompile(`(?:谁|哪位|哪个领导)\S{0,2}(?:讲的|讲话|致的辞|致辞|述的|述职|述法)|(?:` + genreAlt + `)是?(?:谁|哪位|哪个领导)(?:做|作)的[?？]?$|(?:讲话|述职|述法|报告)(?:人|者)|作者|(?:讲话|致辞)的(?:是)?(?:谁|哪位|哪个领导)`),
		[]string{"推进会那个讲话是谁讲的", "这篇讲话是哪位领导讲的", "致辞的是哪位领导", "这份述法报告是谁述的", "述职报告是哪位领导述的", "那个报告的报告人是谁", "民政局那个述职报告是谁做的", "述职报告的作者是谁"}},
	// Of the 附件 as a whole: "附件1里要填什么" asks what one says.
	{attrAttached, regexp.MustCompile(`附件(?:都|一共|共|分别)?(?:有|是|包括)?(?:哪些|哪几|几个|几份|几项|啥|什么)(?:$|[?？\s呢啊]|附件|表|材料|文件)|附件[?？]?$|(?:后面|后头|最后|末尾|文后)附(?:带了?|了|的|有)(?:哪|啥|什么|几)`),
		[]string{"那个方案的附件有哪些", "通知后面附了几个表", "请示最后附的什么材料", "评定通知的附件", "附件是什么"}},
	// Where the agreement itself was signed — not where a form is signed
	// for (在哪签字, 签到, 签收).
	{attrSignedAt, regexp.MustCompile(`(?:哪|哪里|哪儿|什么地方|啥地方|何处)(?:` + signedWords + `|签的)|` + signedWords + `的?(?:地点|地方)`),
		[]string{"上个月签的那个补充协议是在哪签的", "租赁合同签订地点是哪", "这份协议书是在什么地方签署的"}},
	// Who wrote a register or a record up is asked so too: 谁记的,
	// 登记人, 记录人.
	{attrFilledBy, regexp.MustCompile(`谁填(?:的|报|写)|谁(?:登记|记录|记)的|(?:填报|填表|制表|登记|记录)人`),
		[]string{"特困花名册是谁填报的", "汇总表谁填的", "这张表的制表人是谁", "8月份来访登记簿是谁记的", "那次会议记录人是谁"}},
	{attrTitle, regexp.MustCompile(`(?:是|叫)(?:什么|哪个|哪份|啥)文件|讲的(?:是)?(?:啥|什么)|是关于什么的|(?:什么|啥)文件`),
		[]string{"国发〔2019〕4号是什么文件", "国发2019年3号讲的啥"}},
	// A title is asked by name: 标题, a document's 全称 (of an office
	// it asks the office's), 题目 only as the document's ("周报的题目"),
	// since of a quiz "题目谁审的" asks of its questions. "叫什么" asks as
	// often of a person (组长叫什么名字).
	{attrName, regexp.MustCompile(`标题|(?:` + genreAlt + `|文件|文)的?全称|(?:的|个|份|篇)题目(?:是|叫|为)?|题目(?:是|叫)(?:什么|啥)`),
		[]string{"述法那个报告的标题是什么", "法律顾问合同全称叫什么", "周报的题目是啥", "这套题的标题全称叫啥", "国发〔2019〕4号文全称是什么"}},
}

// reReplyOf is the reply to a document, asked of: "…请示的批复", "对…
// 建议的答复".
var reReplyOf = regexp.MustCompile(`(?:请示|报告|建议|提案|来函|函|申请)[^，,。？?]{0,6}?(批复|复函|答复|回复)`)

// reDocNoWords ask a 文号 by its name; a genre word's 编号 asks it only of
// a document whose text numbers nothing itself.
const reDocNoWords = `文号|发文字号|[发函字令]\s*(?:是)?(?:几|多少|哪个|哪一)号|几号文|第几号|(?:是|的|文)多少号|(?:公告|通告|通知|文件|决定|批复)(?:是)?哪一号`

var reDocNoAsked = regexp.MustCompile(reDocNoWords)

// askedDocAttrs is every attribute a question asks ("文号和成文日期").
func askedDocAttrs(q string) []docAttr {
	type at struct {
		attr docAttr
		pos  int
	}
	var found []at
	for _, it := range docAttrIntents {
		if loc := it.re.FindStringIndex(q); loc != nil {
			found = append(found, at{it.attr, loc[0]})
		}
	}
	// A title asked by name is the whole of which document a 文号 is.
	if slices.ContainsFunc(found, func(f at) bool { return f.attr == attrName }) {
		found = slices.DeleteFunc(found, func(f at) bool { return f.attr == attrTitle })
	}
	// "谁签发的" asks who signed, not which office issued (谁…发的).
	if slices.ContainsFunc(found, func(f at) bool { return f.attr == attrSigner }) {
		found = slices.DeleteFunc(found, func(f at) bool { return f.attr == attrIssuer })
	}
	// In the order the question asks them.
	sort.SliceStable(found, func(i, j int) bool { return found[i].pos < found[j].pos })
	out := make([]docAttr, len(found))
	for i, f := range found {
		out[i] = f.attr
	}
	return out
}

// reIssuerShort is an issuing office written short: 政府办, 府办, 办公室.
var reIssuerShort = regexp.MustCompile(`政府办|府办|办公室`)

// maxResidueRunes: a question about a document's head says little besides
// naming the document and the attribute; "各省的具体实施方案几月前要出台"
// asks about something the document says, not when it was issued.
const maxResidueRunes = 6

// asksOnlyHead reports whether, the document's name and the attribute
// asked taken away, little of the question is left.
func asksOnlyHead(u understood) bool {
	return headResidue(u) <= maxResidueRunes
}

// maxHeldResidue: when a meeting was held is asked of a record named and
// nothing else ("社会救助专题询问是哪天开的"); "戚满仓申请的时候…评议是哪天
// 开的" asks of a meeting the record named may not be of.
const maxHeldResidue = 1

// headResidue counts the characters of the question left when the
// document's name and the attribute asked are taken away.
func headResidue(u understood) int {
	rest := blank(u.q, u.named.spans)
	// The offices that issued the documents name them too ("潭口的要点和
	// 市司法局评查通报").
	for _, p := range u.orgs {
		rest = withoutOrg(rest, p)
	}
	for _, d := range u.named.docs {
		rest = withoutOrg(rest, newOrgProfile(d.Org))
		// Words of its title name it too ("处罚禾穗坊那份决定书").
		rest = withoutTitleWords(rest, d.Title)
	}
	// "县政府办那个通知": an issuer written short.
	rest = reIssuerShort.ReplaceAllString(rest, " ")
	if u.unitType != "" {
		// "市民政局那个通知是发给哪些单位的": the office names the document.
		rest = strings.ReplaceAll(rest, u.unitType, " ")
	}
	for _, it := range docAttrIntents {
		rest = it.re.ReplaceAllString(rest, " ")
	}
	rest = docRefWords.ReplaceAllString(rest, " ")
	rest = zh.StripQuestion(rest)
	n := 0
	for _, r := range rest {
		if zh.IsHan(r) && !strings.ContainsRune("的是了吗呢啊哪个几多少什么啥谁和跟与及分别各都这那份件条给在由些", r) {
			n++
		}
	}
	return n
}

// withoutTitleWords blanks the words of s that a title writes: every
// character of a bigram the title has.
func withoutTitleWords(s, title string) string {
	rs := []rune(s)
	drop := make([]bool, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		if zh.IsHan(rs[i]) && zh.IsHan(rs[i+1]) && strings.Contains(title, string(rs[i:i+2])) {
			drop[i], drop[i+1] = true, true
		}
	}
	for i := range rs {
		if drop[i] {
			rs[i] = ' '
		}
	}
	return string(rs)
}

// maxHeadTargets: a question about a document's head that its scope
// leaves this many documents for is answered for each of them.
const maxHeadTargets = 3

// docAttrAnswer answers a question about the documents' own heads, each
// answer quoting the line that states it.
func docAttrAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	if len(u.attrs) == 0 || !asksOnlyHead(u) {
		return nil, false
	}
	targets := u.named.docs
	if len(targets) == 0 {
		// "市民政局那个通知是发给谁的" of two offices' 通知: each one's
		// head is said, under its title, rather than none.
		if len(docs) > maxHeadTargets {
			// "那个通报是哪天出的": the documents of the genre pointed at.
			var pointed []string
			for _, m := range rePointedGenre.FindAllStringSubmatch(u.q, -1) {
				if m[1] == "" {
					pointed = append(pointed, m[2])
				}
			}
			docs = filter(docs, func(d *index.StoredDoc) bool {
				return anyOf(pointed, func(g string) bool { return ofGenre(d, g) })
			})
		}
		if len(docs) == 0 || len(docs) > maxHeadTargets {
			return nil, false
		}
		targets = docs
	}
	attrs := u.attrs
	if slices.Contains(attrs, attrHeld) && headResidue(u) > maxHeldResidue {
		attrs = filter(attrs, func(a docAttr) bool { return a != attrHeld })
		if len(attrs) == 0 {
			return nil, false
		}
	}
	// "县政府对砻坊并村请示的批复文号是多少" asks of the reply to the
	// document named, not of it: a 请示 answers nothing of its 批复.
	if m := reReplyOf.FindStringSubmatch(u.q); m != nil && !anyOf(targets, func(d *index.StoredDoc) bool { return ofGenre(d, m[1]) }) {
		return &Response{Mode: "extractive", Citations: []Citation{},
			Answer: fmt.Sprintf("资料中没有对%s的%s。", bookTitles(targets), m[1])}, true
	}
	// "协议编号多少" of a document whose text writes a 编号 ("协议编号：
	// MZ-2026-015", "检测报告编号为…"): its text says it, not its head.
	// A form that carries no 文号 in its head may write one in a field of
	// its own ("申请文号：汶福〔2025〕8号", "批复文号：…"): that field says
	// it — the one whose label the question says (申请, 批复), else each.
	if slices.Contains(attrs, attrNumber) && len(attrs) == 1 {
		if r, ok := numberFieldAnswer(u, targets); ok {
			return r, true
		}
	}
	if slices.Contains(attrs, attrNumber) && !reDocNoAsked.MatchString(u.q) && anyOf(targets, func(d *index.StoredDoc) bool { return strings.Contains(d.Text, "编号") }) {
		attrs = filter(attrs, func(a docAttr) bool { return a != attrNumber })
		if len(attrs) == 0 {
			return nil, false
		}
	}
	if !u.named.byNo {
		// Which document a 文号 is asks only of a 文号.
		attrs = filter(attrs, func(a docAttr) bool { return a != attrTitle })
		if len(attrs) == 0 {
			return nil, false
		}
	}
	resp := &Response{Found: true, Mode: "extractive"}
	var b strings.Builder
	for _, d := range targets {
		for _, attr := range attrs {
			// "哪位县长签发的" asks for a person: a document with no 签发人
			// line does not say, and the office that issued it is no
			// answer.
			if attr == attrSigner && u.holderPerson && document.LocateHead(d.Text).Signer.End == 0 {
				continue
			}
			headAnswer(resp, &b, d, attr)
		}
	}
	if len(resp.Citations) == 0 {
		// "竣工验收报告文号多少" of a report that carries none: say so,
		// rather than search its text for a figure.
		if len(u.named.docs) > 0 && allOf(attrs, func(a docAttr) bool { return headLineWords[a] != "" }) {
			var words []string
			for _, a := range attrs {
				words = append(words, headLineWords[a])
			}
			return &Response{Mode: "extractive", Citations: []Citation{},
				Answer: fmt.Sprintf("%s未写明%s。", bookTitles(targets), strings.Join(words, "和"))}, true
		}
		return nil, false
	}
	b.WriteString("。")
	resp.Answer = b.String()
	return resp, true
}

// reAttachedLine opens what a document carries after its text: "附件：
// 1. …", "附：本节选涉及的主要表单", "附件:" alone on its line.
var reAttachedLine = regexp.MustCompile(`^[ \t\x{3000}]*附(?:件|表)?[ \t\x{3000}]*[:：]`)

// reAttachedItem is a numbered line of what is attached ("2. 告知承诺制
// 核查情况登记表", "（2）…").
var reAttachedItem = regexp.MustCompile(`^[ \t\x{3000}]*(?:\d+[.．、]|[（(]\d+[)）])`)

// maxAttachedItems bounds the numbered lines an 附件 line brings.
const maxAttachedItems = 12

// attachedLines are the lines that say what text carries after it: the
// first 附件 line, and the numbered lines right after it.
func attachedLines(text string) []document.Span {
	for at := 0; at < len(text); {
		end := lineEndAt(text, at)
		if reAttachedLine.MatchString(text[at:end]) {
			out := []document.Span{{Start: at, End: end}}
			for next := end + 1; next < len(text) && len(out) <= maxAttachedItems; {
				e := lineEndAt(text, next)
				if !reAttachedItem.MatchString(text[next:e]) {
					break
				}
				out = append(out, document.Span{Start: next, End: e})
				next = e + 1
			}
			return out
		}
		at = end + 1
	}
	return nil
}

// reNumberField is a 文号 a form writes as a field of its body: its
// label's words before 文号, and the number.
var reNumberField = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(\p{Han}{0,6})文号[:：][ \t\x{3000}]*(\p{Han}{1,8}[〔\[［]\d{4}[〕\]］]\d+号)`)

// numberFieldAnswer answers a 文号 asked of documents whose heads carry
// none from the 文号 fields their text writes.
func numberFieldAnswer(u understood, targets []*index.StoredDoc) (*Response, bool) {
	resp := &Response{Found: true, Mode: "extractive"}
	var b strings.Builder
	for _, d := range targets {
		if document.LocateHead(d.Text).Number.End > 0 {
			return nil, false
		}
		if _, _, ok := citedNumber(d); ok {
			return nil, false
		}
		ms := reNumberField.FindAllStringSubmatchIndex(d.Text, -1)
		// The words that name the document are no field's ("资产调剂审批表
		// 文号多少" asks of no 审批 field in particular; review).
		asked := withoutTitleWords(u.q, d.Title)
		said := filter(ms, func(m []int) bool { return sharesWord(d.Text[m[2]:m[3]], asked) })
		if len(said) > 0 {
			ms = said
		}
		for _, m := range ms {
			cite(resp, &b, d, "正文", document.Span{Start: m[0], End: m[1]}, fmt.Sprintf("《%s》所载%s文号为%s", d.Title, d.Text[m[2]:m[3]], d.Text[m[4]:m[5]]))
		}
	}
	if len(resp.Citations) == 0 {
		return nil, false
	}
	b.WriteString("。")
	resp.Answer = b.String()
	return resp, true
}

// headLineWords name the lines of a 公文's head and foot that a document
// either has or lacks, and that nothing else a question asks is called.
// Not its date or its signer: a document without a date line may date
// itself in its text (docDateAnswer), and who signed may be said
// elsewhere; nor its addressee: "发给哪些人" asks of a subsidy as often.
var headLineWords = map[docAttr]string{
	attrNumber: "文号",
	attrCopied: "抄送单位",
}

// reCopiedLine is the 抄送 line of a 公文's 版记 at its foot.
var reCopiedLine = regexp.MustCompile(`(?m)^[ \t\x{3000}]*抄(?:送|报)[:：][^\n]+`)

// citedNumber is the 文号 the text of d gives, in brackets where it cites
// it, of the document d's title names in 《》 ("《…实施办法》政策解读":
// "印发了《…实施办法》(甪民发〔2026〕9号,以下简称…)").
func citedNumber(d *index.StoredDoc) (string, document.Span, bool) {
	for _, m := range reBookTitle.FindAllString(d.Title, -1) {
		t := strings.Trim(m, "《》")
		if t == "" {
			continue
		}
		for at := 0; ; {
			i := strings.Index(d.Text[at:], m)
			if i < 0 {
				break
			}
			at += i + len(m)
			if loc := reCitedNumber.FindStringSubmatchIndex(d.Text[at:]); loc != nil {
				return t, document.Span{Start: at + loc[2], End: at + loc[3]}, true
			}
		}
	}
	return "", document.Span{}, false
}

// reCitedNumber is the 文号 in brackets right after a cited title:
// "(甪民发〔2026〕9号,以下简称…".
var reCitedNumber = regexp.MustCompile(`^\s*[(（]\s*(\p{Han}{1,8}[〔\[]\d{4}[〕\]]\d+号)`)

// headAnswer adds what d's head says of attr, citing its line.
// rePublishedLine is where a page kept from a website states when it was
// put online: "发布日期:2022-01-03", "发布时间:2019年11月22日".
var rePublishedLine = regexp.MustCompile(`(?:发布日期|发布时间|公开日期|发文日期)\s*[:：]\s*((?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日))`)

// signedField finds reSignedField in text's last 1500 bytes: where it
// begins reading, and the match there (nil if none).
func signedField(text string) (int, []int) {
	off := max(0, len(text)-1500)
	for off > 0 && !utf8.RuneStart(text[off]) {
		off--
	}
	return off, reSignedField.FindStringSubmatchIndex(text[off:])
}

// signedWords are the words an agreement's fields of its signing write
// (签订日期, 签署地点), and a question of where it was signed (docdate.go's
// signing asks of the signing more loosely: 签的, 签字).
const signedWords = `(?:签订|签署|签约)`

// reSignedField is the day an agreement was signed, a field at its foot.
var reSignedField = regexp.MustCompile(signedWords + `(?:日期|时间)\s*[:：]\s*(` + dayPattern + `)`)

// reFilledByLabel labels a form's or a record's field of who filled it
// in; reAnyLabel any field's label, where the value before it ends
// ("填表人：韦丽　　审核人：覃国强", "填报人：县民政局社救股　韦丽").
var (
	reFilledByLabel = regexp.MustCompile(`((?:填报|填表|制表|登记|记录)人)[ \t\x{3000}]*[:：][ \t\x{3000}]*`)
	reAnyLabel      = regexp.MustCompile(`[ \t\x{3000}]+\p{Han}{2,6}[ \t\x{3000}]*[:：]`)
)

// filledByField is one such field: its label, where the field begins,
// and the span of its value.
type filledByField struct {
	label          string
	at, start, end int
}

// filledByFields are the fields of who filled in a document, read at its
// head and its foot (footStart), where forms write them.
func filledByFields(text string) []filledByField {
	headEnd := min(len(text), headBytes)
	for headEnd < len(text) && !utf8.RuneStart(text[headEnd]) {
		headEnd--
	}
	var out []filledByField
	read := func(from, to int) {
		for _, m := range reFilledByLabel.FindAllStringSubmatchIndex(text[from:to], -1) {
			start := from + m[1]
			end := lineEndAt(text, start)
			if l := reAnyLabel.FindStringIndex(text[start:end]); l != nil {
				end = start + l[0]
			}
			if v := strings.TrimSpace(text[start:end]); v != "" {
				out = append(out, filledByField{text[from+m[2] : from+m[3]], from + m[2], start, start + len(strings.TrimRight(text[start:end], " \t\u3000"))})
			}
		}
	}
	read(0, headEnd)
	read(max(headEnd, footStart(text)), len(text))
	return out
}

// reSignedAtField is where an agreement was signed, a field at its foot.
var reSignedAtField = regexp.MustCompile(signedWords + `地点\s*[:：]\s*([^\n]+)`)

// reHeldField is a record's field of when its meeting was held ("时　　间：
// 2025年8月28日（星期四）上午9:00—11:40", "会议时间：…"), on a line of its
// own: the line, and its value.
var reHeldField = regexp.MustCompile(`(?m)^[ \t\x{3000}]*((?:会议)?时[ \t\x{3000}]*间[ \t\x{3000}]*[:：][ \t\x{3000}]*((?:19|20)\d{2}\s*年[^\n]*?))[ \t\x{3000}]*$`)

// reReportNo is the count of a report sent up as an emergency unfolds,
// on a line of its own in its head: "（第2报）".
var reReportNo = regexp.MustCompile(`(?m)^[ \t\x{3000}]*[（(]?(第[0-9一二三四五六七八九十]+报)[)）]?[ \t\x{3000}]*$`)

// reSourceField is the body a kept web page says it comes from.
var reSourceField = regexp.MustCompile(`来源\s*[:：]\s*(\p{Han}{2,30})`)

func headAnswer(resp *Response, b *strings.Builder, d *index.StoredDoc, attr docAttr) {
	if attr == attrAttached {
		for i, sp := range attachedLines(d.Text) {
			text := strings.TrimSpace(d.Text[sp.Start:sp.End])
			if i == 0 {
				text = fmt.Sprintf("《%s》%s", d.Title, text)
			}
			cite(resp, b, d, "附件", sp, text)
		}
		return
	}
	hs := document.LocateHead(d.Text)
	var span document.Span
	var section, text string
	switch attr {
	case attrNumber:
		span, section = hs.Number, "文号"
		if span.End > 0 {
			text = fmt.Sprintf("《%s》的文号为%s", d.Title, d.Text[span.Start:span.End])
		} else if t, sp, ok := citedNumber(d); ok {
			// A 解读 or a 转发 notice is named by the document in its
			// title, whose 文号 its text gives where it cites it.
			span, section, text = sp, "正文", fmt.Sprintf("《%s》的文号为%s", t, d.Text[sp.Start:sp.End])
		}
	case attrDate:
		span, section = hs.Date, "落款"
		if span.End > 0 {
			date := strings.Trim(strings.TrimSpace(d.Text[span.Start:span.End]), "（）()")
			text = fmt.Sprintf("《%s》的成文日期为%s", d.Title, date)
			if strings.HasPrefix(d.Text[span.End:lineEndAt(d.Text, span.End)], "印发") {
				// A 纪要 has no 落款: its 版记 says when it was printed.
				section, text = "版记", fmt.Sprintf("《%s》版记所载印发日期为%s", d.Title, date)
			}
		} else if off, m := signedField(d.Text); m != nil {
			// An agreement is dated by its signing, a field under the
			// parties' signatures ("签订日期：2024年9月26日").
			span, section = document.Span{Start: off + m[0], End: off + m[1]}, "签订日期"
			text = fmt.Sprintf("《%s》的签订日期为%s", d.Title, d.Text[off+m[2]:off+m[3]])
		} else if m := rePublishedLine.FindStringSubmatchIndex(d.Text[:min(len(d.Text), 3000)]); m != nil {
			// A page kept from a website, signed nowhere ("询问实录是哪天
			// 发布的"): when it was put online is the date it gives.
			span, section = document.Span{Start: m[0], End: m[1]}, "发布信息"
			text = fmt.Sprintf("《%s》未写成文日期,发布日期为%s", d.Title, d.Text[m[2]:m[3]])
		}
	case attrAddressee:
		span, section = hs.Addressee, "主送"
		if span.End > 0 {
			to := strings.TrimRight(d.Text[span.Start:span.End], ":：")
			for _, p := range []string{"报：", "报:"} {
				if rest, ok := strings.CutPrefix(to, p); ok {
					to = strings.TrimSpace(rest) // a bulletin's 报: line
				}
			}
			text = fmt.Sprintf("《%s》主送%s", d.Title, to)
		}
	case attrProposer:
		if d.Kind != document.KindReply {
			return
		}
		span, section = hs.Addressee, "主送"
		if span.End > 0 {
			text = fmt.Sprintf("《%s》是对%s所提的答复", d.Title, strings.TrimRight(d.Text[span.Start:span.End], ":："))
		}
	case attrIssuer:
		if d.Org == "" {
			return
		}
		span, section = hs.Title, "标题"
		if span.End == 0 || !strings.Contains(strings.Join(strings.Fields(d.Text[span.Start:span.End]), ""), firstIssuer(d.Org)) {
			span, section = hs.Signature, "落款"
		}
		if span.End == 0 {
			// "榧山县统计局\n国家统计局榧山调查队" under a 公报's title:
			// its issuers, named where a signature would be.
			if sp, orgs := document.IssuersUnder(d.Text, d.Title); sp.End > 0 {
				span, section = sp, "发布机关"
				text = fmt.Sprintf("《%s》由%s发布", d.Title, strings.Join(orgs, "、"))
				break
			}
		}
		if span.End == 0 {
			// A page kept from a website names its source beside its
			// date ("发布日期：…　　来源：沣源县人大常委会办公室").
			if m := reSourceField.FindStringSubmatchIndex(d.Text[:min(len(d.Text), 3000)]); m != nil && d.Text[m[2]:m[3]] == d.Org {
				span, section = document.Span{Start: m[0], End: m[1]}, "发布信息"
				text = fmt.Sprintf("《%s》由%s发布", d.Title, d.Org)
				break
			}
			// A guide's head field of who issued it, the one its
			// metadata read ("发布单位：芙川市芦陵县民政局").
			if sp, name := document.IssuerField(d.Text); sp.End > 0 && strings.HasSuffix(d.Org, name) {
				span, section = sp, "发布信息"
				text = fmt.Sprintf("《%s》由%s发布", d.Title, d.Org)
				break
			}
		}
		org := d.Org
		if sig := hs.Signature; sig.End > 0 {
			// "涞棠县民政局政策法规股" signing what the title says is the
			// 局's: the unit within it that made it is the surer answer.
			if s := compactText(d.Text[sig.Start:sig.End]); strings.HasPrefix(s, firstIssuer(d.Org)) && len(s) > len(firstIssuer(d.Org)) && !strings.Contains(d.Org, "、") {
				span, section, org = sig, "落款", s
			}
		}
		if span.End > 0 {
			text = fmt.Sprintf("《%s》由%s发布", d.Title, org)
			// A signature of several bodies side by side ("中共X县委社会
			// 工作部　　X县民政局　　X县人力资源和社会保障局") is a joint
			// issue: each of them, as the signature writes them; so is a
			// title or masthead that names several ("X县应急管理局\nX县
			// 民政局\nX县财政局" over 文号 and 关于印发…的通知).
			if section == "落款" {
				if bodies := strings.Fields(d.Text[span.Start:span.End]); len(bodies) > 1 {
					text = fmt.Sprintf("《%s》由%s联合发布", d.Title, strings.Join(bodies, "、"))
				}
			} else if bodies := titleIssuers(d.Text[span.Start:span.End]); len(bodies) > 1 {
				text = fmt.Sprintf("《%s》由%s联合发布", d.Title, strings.Join(bodies, "、"))
			}
		}
	case attrHeld:
		if m := reHeldField.FindStringSubmatchIndex(d.Text[:min(len(d.Text), 3000)]); m != nil {
			span, section = document.Span{Start: m[2], End: m[3]}, "会议时间"
			text = fmt.Sprintf("《%s》所记会议的时间为%s", d.Title, strings.TrimSpace(d.Text[m[4]:m[5]]))
		}
	case attrPublished:
		if m := rePublishedLine.FindStringSubmatchIndex(d.Text[:min(len(d.Text), 3000)]); m != nil {
			span, section = document.Span{Start: m[0], End: m[1]}, "发布信息"
			text = fmt.Sprintf("《%s》的发布日期为%s", d.Title, d.Text[m[2]:m[3]])
		}
	case attrRepliesTo:
		if d.Kind != document.KindReply {
			return
		}
		if m := reReceived.FindStringIndex(d.Text[:min(len(d.Text), 1500)]); m != nil {
			span, section = document.Span{Start: m[0], End: m[1]}, "开头"
			text = fmt.Sprintf("《%s》答复的是%s", d.Title, strings.TrimSuffix(strings.TrimSpace(d.Text[m[0]:m[1]]), "收悉"))
		}
	case attrSigner:
		if hs.Signer.End == 0 {
			// A document with no 签发人 field: who signed it off is
			// the office that issued it.
			headAnswer(resp, b, d, attrIssuer)
			return
		}
		span, section = hs.Signer, "签发人"
		if span.End > 0 {
			_, who, _ := strings.Cut(d.Text[span.Start:span.End], "人")
			text = fmt.Sprintf("《%s》的签发人为%s", d.Title, strings.TrimSpace(strings.TrimLeft(who, ":： \u3000")))
		}
	case attrIssue:
		if issue, _, _ := document.Bulletin(d.Text); issue != "" {
			span, section = hs.Number, "期号"
			text = fmt.Sprintf("《%s》为%s", d.Title, d.Text[span.Start:span.End])
		} else if m := reReportNo.FindStringSubmatchIndex(d.Text[:min(len(d.Text), 600)]); m != nil {
			// A 续报 counts its reports in its head: "（第2报）".
			span, section = document.Span{Start: m[2], End: m[3]}, "报次"
			text = fmt.Sprintf("《%s》为%s", d.Title, d.Text[m[2]:m[3]])
		}
	case attrCompiler:
		_, compiler, _ := document.Bulletin(d.Text)
		if compiler == "" {
			// "大事记是哪个部门编的" of a document with no 编印 line (a
			// bulletin's masthead): who made it is the office named under
			// its title ("…年度报告\n苁蓉县人民政府办公室") or signing it
			// — the office's own unit, not only the body the title names.
			if sp, orgs := document.IssuersUnder(d.Text, d.Title); sp.End > 0 {
				span, section = sp, "编制单位"
				text = fmt.Sprintf("《%s》由%s编制", d.Title, strings.Join(orgs, "、"))
				break
			}
			if hs.Signature.End > 0 {
				span, section = hs.Signature, "落款"
				text = fmt.Sprintf("《%s》由%s编制", d.Title, strings.Join(strings.Fields(d.Text[hs.Signature.Start:hs.Signature.End]), "、"))
				break
			}
			headAnswer(resp, b, d, attrIssuer)
			return
		}
		span, section = hs.Signature, "编印"
		text = fmt.Sprintf("《%s》由%s编印", d.Title, compiler)
	case attrCopied:
		// The 版记 is at the foot: only its last lines are read.
		off := max(0, len(d.Text)-1500)
		if m := reCopiedLine.FindStringIndex(d.Text[off:]); m != nil {
			span, section = document.Span{Start: off + m[0], End: off + m[1]}, "抄送"
			to := strings.TrimSpace(d.Text[span.Start:span.End])
			to = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(to, "抄送"), "抄报"), "：: ")
			text = fmt.Sprintf("《%s》抄送%s", d.Title, strings.TrimRight(to, "。"))
		}
	case attrSpeaker:
		span, section = hs.Speaker, "讲话人"
		if span.End > 0 {
			who := "讲话人"
			if !document.IsSpeechTitle(d.Title) {
				who = "署名为"
			}
			text = fmt.Sprintf("《%s》的%s%s", d.Title, strings.TrimSuffix(who, "为")+"为", strings.Join(strings.Fields(d.Text[span.Start:span.End]), " "))
		}
	case attrFilledBy:
		said := map[string]bool{}
		for _, f := range filledByFields(d.Text) {
			// A register names who keeps it at its head and signs it so
			// at its foot ("记录人：冼婉如（村委会委员、村文书）", then
			// "记录人：冼婉如"): once is enough.
			v := f.label + d.Text[f.start:f.end]
			if who := strings.FieldsFunc(d.Text[f.start:f.end], func(r rune) bool { return r == '（' || r == '(' || unicode.IsSpace(r) }); len(who) > 0 {
				v = f.label + who[0]
			}
			if said[v] {
				continue
			}
			said[v] = true
			cite(resp, b, d, f.label, document.Span{Start: f.at, End: f.end}, fmt.Sprintf("《%s》的%s为%s", d.Title, f.label, d.Text[f.start:f.end]))
		}
		return
	case attrSignedAt:
		// Read anywhere: a contract may write where it was signed in its
		// head ("签订地点：…　签订时间：…") as well as at its foot.
		if m := reSignedAtField.FindStringSubmatchIndex(d.Text); m != nil {
			span, section = document.Span{Start: m[0], End: m[1]}, "签订地点"
			text = fmt.Sprintf("《%s》的签订地点为%s", d.Title, strings.TrimSpace(d.Text[m[2]:m[3]]))
		}
	case attrName:
		if sp, ok := titleSpan(d); ok {
			span, section = sp, "标题"
			text = fmt.Sprintf("标题为《%s》", d.Title)
		}
	case attrTitle:
		if hs.Title.End > 0 && hs.Number.End > hs.Title.End {
			span, section = document.Span{Start: hs.Title.Start, End: hs.Number.End}, "标题"
			text = fmt.Sprintf("%s是《%s》", d.Number, d.Title)
		}
	}
	if text == "" {
		return
	}
	cite(resp, b, d, section, span, text)
	// The 版记 at a 公文's foot says when it was printed and sent out
	// ("市政府办公室 2025年4月28日印发"), days after the 成文日期: staff
	// asking when it was 印发 may mean either, so both are said.
	if attr == attrDate && hs.Date.End > 0 {
		m := reIssuedLine.FindStringSubmatchIndex(d.Text[hs.Date.End:])
		if m == nil {
			m = reIssuedField.FindStringSubmatchIndex(d.Text[hs.Date.End:])
		}
		if m != nil {
			at := hs.Date.End
			cite(resp, b, d, "版记", document.Span{Start: at + m[0], End: at + m[1]}, "版记所载印发日期为"+d.Text[at+m[2]:at+m[3]])
		}
	}
}

// reIssuedLine is a 版记's line of the office that printed a document and
// the date it did: "芦湾市人民政府办公室　　2025年4月28日印发".
var reIssuedLine = regexp.MustCompile(`(?m)^[^\n]{0,40}?(` + dayPattern + `)\s*印发[ \t\x{3000}]*$`)

// reIssuedField is the same said as a field under the signature:
// "（印发：2025年11月21日）", "印发日期：2025年11月21日".
var reIssuedField = regexp.MustCompile(`(?m)^[ \t\x{3000}]*[（(]?印发(?:日期|时间)?[:：]\s*(` + dayPattern + `)\s*[)）]?[ \t\x{3000}]*$`)

// cite adds text to the answer, citing span of d.
func cite(resp *Response, b *strings.Builder, d *index.StoredDoc, section string, span document.Span, text string) {
	n := len(resp.Citations) + 1
	resp.Citations = append(resp.Citations, Citation{N: n, Doc: d.Ref(), Section: section, Text: d.Text[span.Start:span.End], Start: span.Start, End: span.End})
	if n > 1 {
		b.WriteString(";")
	}
	fmt.Fprintf(b, "%s[%d]", text, n)
}

// reReceived is a reply's opening formula naming what it answers:
// "你区《关于…的请示》(东府〔2025〕17号)收悉".
var reReceived = regexp.MustCompile(`[^。\n]{0,10}(?:《[^》]{2,80}》|关于[^。\n《》]{2,80}?的(?:请示|报告|函|建议|提案))[^。\n]{0,30}?收悉`)

// firstIssuer is the first of several joint issuers ("国务院办公厅、中央军委办公厅").
func firstIssuer(org string) string {
	if i := strings.Index(org, "、"); i > 0 {
		return org[:i]
	}
	return org
}

// titleIssuers are the bodies a title, or the masthead above it, names
// before its 关于, when each is set apart (by spaces or lines) and a
// body's name alone.
func titleIssuers(title string) []string {
	before, _, _ := strings.Cut(title, "关于")
	bodies := strings.Fields(before)
	if !allOf(bodies, document.IsBodyName) {
		return nil
	}
	return bodies
}

// bookTitles names documents as an answer does: 《…》、《…》.
func bookTitles(docs []*index.StoredDoc) string {
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = "《" + d.Title + "》"
	}
	return strings.Join(titles, "、")
}

// maxTitleLines: a title wraps over at most this many lines.
const maxTitleLines = 4

// titleSpan is where d's text writes its title: the lines near its head
// that, joined, read as the title — under a 版头 ("…文件") and a 文号,
// or wrapped over two lines. A title the text writes nowhere (a file named
// by its file name) has none.
func titleSpan(d *index.StoredDoc) (document.Span, bool) {
	want := compactText(d.Title)
	if want == "" {
		return document.Span{}, false
	}
	var starts, ends []int
	var texts []string
	at := 0
	for n := 0; at < len(d.Text) && n < 20; n++ {
		end := lineEndAt(d.Text, at)
		if c := compactText(d.Text[at:end]); c != "" {
			starts, ends, texts = append(starts, at), append(ends, end), append(texts, c)
		}
		at = end + 1
	}
	for i := range texts {
		joined := ""
		for j := i; j < len(texts) && j < i+maxTitleLines; j++ {
			joined += texts[j]
			if joined == want {
				return document.Span{Start: starts[i], End: ends[j]}, true
			}
			if !strings.HasPrefix(want, joined) {
				break
			}
		}
	}
	return document.Span{}, false
}

// compactText is s without its spaces.
func compactText(s string) string {
	return strings.Join(strings.Fields(s), "")
}
