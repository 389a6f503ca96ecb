package answer

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// reDocDateAsked asks when the document itself was sent, issued or signed
// (an agreement's 哪天签的), which its dated signature line (落款) answers,
// not a passage of its body.
var reDocDateAsked = regexp.MustCompile(`报给|报送|上报|报上去|交给|提交|印发|下发|发布|落款|成文|出台|签发|什么时候写|哪天写|什么时候出|[号天]报的|[号天]作的|[号天]` + makingAsked + `|作出的|做出的|(?:哪天|哪一天|什么时候|啥时候|何时|几号)` + signing + `|签订日期|签署日期`)

// signing asks of the signing (签的, 签字), not 签到 or what is to be
// signed (签劳动合同).
const signing = `签(?:的|订|署|了|字)`

// reSigningAsked asks of the signing: who signed is then asked as much as
// when.
var reSigningAsked = regexp.MustCompile(signing)

// reDateLine is a line holding only a date, as a signature block writes it.
var reDateLine = regexp.MustCompile(`(?m)^[ \t\x{3000}]*` + dayPattern + `[ \t\x{3000}]*$`)

// rePeriodAsked asks for a plan's period: 管哪几年, 多长时间内完成, 实施期.
var rePeriodAsked = regexp.MustCompile(`管哪|哪几年|几年内|几年完成|多长时间内|多长时间完成|多久完成|多久内|期限|实施期|周期|哪年到哪年|到哪一年|起止`)

// periodAnswer answers "株洲方案管哪几年?" from the period its title states,
// citing the title line.
func periodAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	if len(docs) != 1 || !u.period {
		return nil, false
	}
	d := docs[0]
	if d.Kind != document.KindPlan || d.PeriodStart == 0 {
		return nil, false
	}
	start, end, ok := document.PeriodLine(d.Text, d.PeriodStart, d.PeriodEnd)
	if !ok {
		return nil, false
	}
	resp := &Response{Found: true, Mode: "extractive"}
	resp.Citations = []Citation{{N: 1, Doc: d.Ref(), Section: "标题", Text: d.Text[start:end], Start: start, End: end}}
	resp.Answer = fmt.Sprintf("《%s》的实施期为%d—%d年[1]。", d.Title, d.PeriodStart, d.PeriodEnd)
	return resp, true
}

// docDateAnswer answers "报告是什么时候报给区政府的?" from the document's
// last date line, cited verbatim.
func docDateAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	// A when-question that asks about nothing the text speaks of ("总结
	// 是哪天出的", "啥时候定稿的") asks when the document was written, as
	// much as 报送/印发 do.
	if !u.when || len(docs) != 1 || !(u.docDate || !anyOf(contentBigrams(u.topic), func(b string) bool { return strings.Contains(docs[0].Text, b) })) {
		return nil, false
	}
	if u.holder && reSigningAsked.MatchString(u.q) {
		// "双方是谁签的字 哪天签的" asks who as well: the signature block,
		// its date under it, answers both.
		return nil, false
	}
	d := docs[0]
	if d.Kind == document.KindPolicy || d.Kind == document.KindReply {
		// A 上级文件's own date is its 成文日期 (docAttrAnswer); a date it
		// asks for ("几月前要出台") is in its text.
		return nil, false
	}
	if d.Kind != document.KindReport && d.Kind != document.KindPlan && !slices.Contains(u.attrs, attrDate) && !whenOfNamed(u) {
		// Any other document — a 预算公开说明, a 责任书, a 请示 — is dated
		// by its signature when its own date is asked (落款哪天); what
		// its text dates ("自查报告啥时候报送", "什么时候能住人") is not.
		return nil, false
	}
	// "汇总表是哪天做的", "评估报告是几号写好的": a form or a report that
	// writes the day it was made in a field of its own ("制表日期：…",
	// "评估报告撰写日期：…") is dated by it — the signature under it may be
	// a later check's (审核日期).
	if reMadeAsked.MatchString(u.q) {
		if ms := reMadeField.FindAllStringSubmatchIndex(d.Text, -1); len(ms) > 0 {
			m := ms[len(ms)-1]
			resp := &Response{Found: true, Mode: "extractive"}
			var b strings.Builder
			cite(resp, &b, d, d.Text[m[2]:m[3]], document.Span{Start: m[0], End: m[1]}, fmt.Sprintf("《%s》所载%s为%s", d.Title, d.Text[m[2]:m[3]], d.Text[m[4]:m[5]]))
			resp.Answer = b.String() + "。"
			return resp, true
		}
	}
	// The date under the signature, in Arabic or Chinese numerals
	// (二〇二五年一月十五日); else the last date line.
	var start, end int
	if hs := document.LocateHead(d.Text); hs.Date.End > hs.Date.Start {
		start, end = hs.Date.Start, hs.Date.End
	} else {
		locs := reDateLine.FindAllStringIndex(d.Text, -1)
		if len(locs) == 0 {
			return nil, false
		}
		start, end = locs[len(locs)-1][0], locs[len(locs)-1][1]
	}
	for start < end && strings.ContainsRune(" \t\u3000", rune(d.Text[start])) {
		start++
	}
	date := strings.TrimSpace(d.Text[start:end])
	resp := &Response{Found: true, Mode: "extractive"}
	resp.Citations = []Citation{{N: 1, Doc: d.Ref(), Section: "落款", Text: d.Text[start:end], Start: start, End: end}}
	resp.Answer = fmt.Sprintf("《%s》落款日期为%s[1]。", d.Title, date)
	return resp, true
}

// dayPattern is a day as documents write one: 2025年5月9日.
const dayPattern = `(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日`

// makingAsked asks when a document was made (做, 写, 制, 编, 填: "做的",
// "写好的", "填完的").
const makingAsked = `(?:做|写|制|编|填)(?:好|完|出来)?的`

// reMadeAsked asks when a document was made (做, 写, 制, 编, 填), not
// when it was sent or signed.
var reMadeAsked = regexp.MustCompile(makingAsked)

// reMadeField is a field that dates the making of a form or a report, on
// a line of its own: its label, and the day.
var reMadeField = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(\p{Han}{0,6}?(?:制表|填表|填报|编制|撰写|编写|成文)(?:日期|时间))[:：][ \t\x{3000}]*(` + dayPattern + `)`)

// whenOfNamed reports whether the question asks when the document it
// names was itself sent or made: the words naming it stand right before
// the when-word ("资金请示几号报的", "那个请示是哪天报的").
func whenOfNamed(u understood) bool {
	if !u.docDate || len(u.named.spans) == 0 {
		return false
	}
	last := u.named.spans[len(u.named.spans)-1]
	return last[1] <= len(u.q) && reWhenRightAfter.MatchString(u.q[last[1]:])
}

// reWhenRightAfter is a when-word (reWhen's) right after a document's name.
var reWhenRightAfter = regexp.MustCompile(`^(?:是|是在|在)?(?:` + reWhen.String() + `)`)

// maxValiditySentences bounds the sentences a validity answer quotes.
const maxValiditySentences = 2

// validityAnswer answers "那版预案还管用吗" of the one document asked of
// from what it says of being in force: that it repeals an earlier one (同时
// 废止) and from when it applies (自…起施行). Those sentences seldom share
// a word with the question, so the passages found for its topic would
// not hold them.
//
// "这份分工通知出来后哪个老文件作废了" asks which document it repealed:
// of the few documents the question names, the one that says so answers.
func validityAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	if !u.validity || len(docs) == 0 {
		return nil, false
	}
	repealAsked := reRepealAsked.MatchString(u.q)
	d := docs[0]
	var repeal, apply []zh.Span
	if len(docs) == 1 {
		repeal, apply = forceSentences(d)
	} else {
		if !repealAsked || len(docs) > maxHeadTargets {
			return nil, false
		}
		found := 0
		for _, o := range docs {
			r, a := forceSentences(o)
			if len(r) > 0 {
				d, repeal, apply = o, r, a
				found++
			}
		}
		if found != 1 {
			return nil, false
		}
	}
	if repealAsked {
		if len(repeal) == 0 {
			return nil, false // it repeals none: its 施行 sentence is no answer
		}
		apply = nil // which one it repealed, not when it applies
	}
	// The last such sentences: the articles on force close a document.
	picked := append(lastOf(repeal, maxValiditySentences), lastOf(apply, maxValiditySentences)...)
	if len(picked) == 0 {
		return nil, false
	}
	picked = picked[:min(len(picked), maxValiditySentences)]
	sort.Slice(picked, func(i, j int) bool { return picked[i].Start < picked[j].Start })
	doc := &document.Document{Text: d.Text, Sections: d.Sections}
	resp := &Response{Found: true, Mode: "extractive"}
	var b strings.Builder
	fmt.Fprintf(&b, "据《%s》:", d.Title)
	for i, sp := range picked {
		resp.Citations = append(resp.Citations, Citation{N: i + 1, Doc: d.Ref(), Section: doc.PathAt(sp.Start).String(), Text: d.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End})
		if i > 0 {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, "%s[%d]", trimSentence(d.Text[sp.Start:sp.End]), i+1)
	}
	b.WriteString("。")
	resp.Answer = b.String()
	return resp, true
}

// reTermAsked asks how long a document itself holds: "那份责任书管到什么
// 时候", "协议管几年", "有效期多久".
var reTermAsked = regexp.MustCompile(`管到|管多久|管多长|管几年|到期|有效期|(?:开始|起)(?:执行|施行|实施|实行|生效)|(?:什么时候|啥时候|何时|哪天|几时)\S{0,2}生效|生效(?:日期|时间)`)

// reTermStated is a document stating its own term: "本责任书有效期自…起至
// …止", "本协议运营期限为3年", "本办法自2026年1月1日起施行,有效期5年",
// at the head of its item or article (第十四条　本基准自…起施行，有效期5年)
// or after its part's heading on the same line (六、有效期限　本备忘录有效期为三年);
// "该项目建设期限为2年" is a project's, not the document's.
var reTermStated = regexp.MustCompile(`^(?:\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百零〇\d]+条|[一二三四五六七八九十]+、(?:\p{Han}{0,8}[\s\x{3000}]+)?)?[\s\x{3000}]*本\p{Han}{1,6}?[^。；;]{0,40}?(?:有效期|期限为|期限自)`)

// termAnswer answers "那份责任书管到什么时候" of one named document from
// the sentence in which it states its own term, when the question asks of
// nothing else the document writes.
func termAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	if len(docs) != 1 || !u.term {
		return nil, false
	}
	d := docs[0]
	// Words of the name that named it ("运营规范管几年": 运营) ask of
	// nothing else.
	named := strings.Join(u.named.said, " ")
	if anyOf(contentBigrams(reTermAsked.ReplaceAllString(u.topic, " ")), func(b string) bool { return strings.Contains(d.Text, b) && !strings.Contains(named, b) }) {
		return nil, false
	}
	for _, sp := range zh.Sentences(d.Text, true) {
		if !reTermStated.MatchString(d.Text[sp.Start:sp.End]) {
			continue
		}
		doc := &document.Document{Text: d.Text, Sections: d.Sections}
		resp := &Response{Found: true, Mode: "extractive"}
		resp.Citations = []Citation{{N: 1, Doc: d.Ref(), Section: doc.PathAt(sp.Start).String(), Text: d.Text[sp.Start:sp.End], Start: sp.Start, End: sp.End}}
		resp.Answer = fmt.Sprintf("据《%s》:%s[1]。", d.Title, trimSentence(d.Text[sp.Start:sp.End]))
		return resp, true
	}
	// "三定规定几号开始施行" of a document that states no term: from when
	// it applies is what its 施行 sentence says (validityAnswer).
	// Only when it asks nothing else: "…办法里一站式结算啥时候生效" asks of
	// a thing the document may not write at all (review 27).
	if reStartAsked.MatchString(u.q) && len(contentBigrams(reTermAsked.ReplaceAllString(u.topic, " "))) == 0 {
		fu := u
		fu.validity = true
		return validityAnswer(fu, docs)
	}
	return nil, false
}

// reStartAsked asks from when a document applies, not how long.
var reStartAsked = regexp.MustCompile(`(?:开始|起)(?:执行|施行|实施|实行|生效)|(?:什么时候|啥时候|何时|哪天|几时|几号)\S{0,2}生效|生效(?:日期|时间)`)

func lastOf(sps []zh.Span, n int) []zh.Span { return sps[max(0, len(sps)-n):] }

// reSelfForce is a sentence about a document's force: of the document
// itself in the clause that names it (本暂行办法自…起施行, 自印发之日起施行;
// not "未按本办法规定期限开工的，批准文件自动失效") or of one it names
// (《…》(榧民发〔2020〕41号)同时废止, 《…》自2026年1月1日起施行).
var reSelfForce = regexp.MustCompile(`本\p{Han}{0,4}?(?:办法|规定|条例|通知|意见|细则|预案|方案|决定|制度|标准|清单|准则|规则|纲要|规划)[^，。；;,]{0,30}?(?:施行|有效期|废止|失效|停止执行)|自(?:印发|发布|公布)之日起[^，。；;,]{0,10}?施行|》\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:同时)?(?:废止|停止执行|不再执行|失效)|》[^，。；;,]{0,10}?自[^，。；;,]{0,20}?施行`)

// reClauseHead is what may stand before a document's name at the head of
// the clause it is the subject of: an article's or item's number.
var reClauseHead = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十百零〇\d]+条|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])?\s*$`)

// namesItselfInForce reports whether a sentence says the document's own
// force in the words it calls itself by: "本规程自2026年5月1日起施行" —
// 本规程 the subject of its clause, not "依照本规程制定的细则自…起施行".
func namesItselfInForce(raw, self string) bool {
	if self == "" {
		return false
	}
	name := "本" + self
	for off := 0; ; {
		i := strings.Index(raw[off:], name)
		if i < 0 {
			return false
		}
		i += off
		off = i + len(name)
		// The clause it heads, from the last mark before it; what it says
		// of itself, to the next mark and within a few words.
		head := raw[:i]
		if k := strings.LastIndexAny(head, "，。；;,："); k >= 0 {
			_, size := utf8.DecodeRuneInString(head[k:])
			head = head[k+size:]
		}
		rest := raw[i:]
		if j := strings.IndexAny(rest, "，。；;,"); j >= 0 {
			rest = rest[:j]
		}
		if rs := []rune(rest); len(rs) > maxForceRunes {
			rest = string(rs[:maxForceRunes])
		}
		if reClauseHead.MatchString(head) && reForceWord.MatchString(rest) {
			return true
		}
	}
}

// maxForceRunes bounds how far after its name a document says its force.
const maxForceRunes = 36

// reForceWord is what a document says of its own force.
var reForceWord = regexp.MustCompile(`施行|有效期|废止|失效|停止执行`)

// reRepealed says a document is repealed or lapses.
var reRepealed = regexp.MustCompile(`废止|废除|失效|作废|停止执行|不再执行`)

// forceSentences are the sentences in which d says it repeals another
// document and those in which it says from when it applies.
func forceSentences(d *index.StoredDoc) (repeal, apply []zh.Span) {
	self := document.SelfName(d.Title)
	for _, sp := range zh.Sentences(d.Text, false) {
		// A word inside a title (《…施行细则》) says nothing of force.
		raw := d.Text[sp.Start:sp.End]
		text := withoutBookTitles(raw)
		switch {
		// Only what the document says of its own force (本办法自…起施行)
		// or of one it replaces (《…》同时废止): "批准文件自动失效" is a
		// rule it lays down, not its force.
		case !reValidityStated.MatchString(text) || !reSelfForce.MatchString(raw) && !namesItselfInForce(raw, self):
		case reRepealed.MatchString(text):
			repeal = append(repeal, sp)
		default:
			apply = append(apply, sp)
		}
	}
	return repeal, apply
}

// reRepealAsked asks which document was repealed: "哪个老文件作废了",
// "把哪个文件废了", "废止了哪个".
var reRepealAsked = regexp.MustCompile(`(?:哪个|哪份|哪些|什么)\p{Han}{0,4}?(?:文件|办法|规定|通知|制度|细则|方案)?\p{Han}{0,2}?(?:作废|废止|废除|废了|失效)|(?:作废|废止|废除|废了)了?(?:哪个|哪份|哪些|什么)`)

// reOldVersion asks of the document a named one replaced: "老的三定",
// "原来的差旅办法", "旧版的规定".
var reOldVersion = regexp.MustCompile(`(?:老的|旧的|原来的|原先的|以前的|之前的|上一版的?|老版的?|旧版的?)`)

// predecessorAnswer answers what a question asks of the document another
// one repealed — when it was issued, its 文号 — from the sentence that
// repeals it ("2019年3月印发的《…规定》同时废止"), which is all the
// documents say of it: the named document's own such sentence ("老的三定"),
// or the one sentence in scope whose quoted title the words after 老的/原来的
// name ("原来的差旅办法" of 《…机关差旅费管理办法》).
func predecessorAnswer(u understood, docs []*index.StoredDoc) (*Response, bool) {
	loc := reOldVersion.FindStringIndex(u.q)
	// What is asked must be in the sentence: a day, or a 文号.
	wantDate := u.when || u.docDate || slices.Contains(u.attrs, attrDate)
	wantNo := slices.Contains(u.attrs, attrNumber)
	if loc == nil || !wantDate && !wantNo {
		return nil, false
	}
	name := []rune(u.q[loc[1]:])
	n := 0
	for n < len(name) && zh.IsHan(name[n]) {
		n++
	}
	type hit struct {
		d  *index.StoredDoc
		sp zh.Span
	}
	var hits []hit
	for _, d := range docs {
		// Sentences are split only of a document that repeals something.
		if !reRepealed.MatchString(d.Text) {
			continue
		}
		repeal, _ := forceSentences(d)
		for _, sp := range repeal {
			text := d.Text[sp.Start:sp.End]
			if !strings.Contains(text, "《") || wantDate && !hasDate(text) || wantNo && !reNumberInText.MatchString(text) {
				continue
			}
			named := len(docs) == 1
			for k := n; k >= 3 && !named; k-- {
				named = inOrderWithin(string(name[:k]), text)
			}
			if named {
				hits = append(hits, hit{d, sp})
			}
		}
	}
	if len(hits) != 1 {
		return nil, false
	}
	d, sp := hits[0].d, hits[0].sp
	text := d.Text[sp.Start:sp.End]
	doc := &document.Document{Text: d.Text, Sections: d.Sections}
	resp := &Response{Found: true, Mode: "extractive"}
	resp.Citations = []Citation{{N: 1, Doc: d.Ref(), Section: doc.PathAt(sp.Start).String(), Text: text, Start: sp.Start, End: sp.End}}
	resp.Answer = fmt.Sprintf("据《%s》:%s[1]。", d.Title, trimSentence(text))
	return resp, true
}

// reNumberInText is a 文号 written in a sentence (甗民发〔2022〕31号).
var reNumberInText = regexp.MustCompile(`\p{Han}{1,8}[〔\[(（]\d{4}[〕\])）]\d+号`)
