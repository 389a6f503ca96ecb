package answer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// maxIntroItems bounds how many items an introducing sentence brings in.
const maxIntroItems = 8

// complete finishes an answer whose best sentence only announces what
// follows. "主要有以下两方面因素:" is answered by the headings under it, so
// their titles join the answer, each cited. And for a list question, a
// sentence that only says what was done ("开展一次清理核查工作") is followed
// by the one that enumerates ("着重解决“人情保”、“骗保”、“错保”…").
func complete(picked []evidence, u understood) []evidence {
	out := withVerdict(withBreakdown(completeUnits(picked, u), u), u)
	// A case's figure asks of its band: the bands after it ("（二）…"
	// then "（三）自付费用超过3万元的…") are not its answer (inCaseRange).
	if figs := caseFigures(u.q); len(figs) > 0 && len(out) > len(picked) {
		out = slices.DeleteFunc(out, func(ev evidence) bool {
			if overlaps(picked, ev) {
				return false
			}
			fits, misses := rangeFit(ev.says(), figs)
			return misses && !fits
		})
	}
	return out
}

// withBreakdown follows a figure with the sentence that breaks it down
// ("全市共有社会组织3568个。其中，社会团体1402个，…"), when the question
// asks for the parts (分哪几类, 各有多少): the parts are written under the
// whole's subject, which that sentence does not repeat.
func withBreakdown(picked []evidence, u understood) []evidence {
	if !u.quantity || !(u.list || u.each) {
		return picked
	}
	var out []evidence
	for _, ev := range picked {
		out = append(out, ev)
		if next, ok := nextSentence(ev); ok && reOfWhich.MatchString(next.text()) && reDigits.MatchString(next.text()) && !overlaps(picked, next) && !overlaps(out, next) {
			out = append(out, next)
		}
	}
	return out
}

func completeUnits(picked []evidence, u understood) []evidence {
	if len(picked) == 0 {
		return picked
	}
	// "有下列情形之一的，原则上不予认定为低保家庭：" before another picked
	// sentence: what it announces is listed right under it.
	for i, ev := range picked[:len(picked)-1] {
		if !endsWithColon(ev.text()) || statesAskedFigure(ev, u) {
			continue
		}
		items := introItems(ev)
		if len(items) == 0 {
			items = linesUnder(ev)
		}
		if items = filter(items, func(it evidence) bool { return !overlaps(picked, it) }); len(items) > 0 {
			return slices.Concat(picked[:i+1], items, picked[i+1:])
		}
	}
	// "联系人：林晓雯" over "联系电话：0593-…": a field picked brings the
	// fields beside it that the question asks too ("联系人和电话").
	for i, ev := range picked {
		if more := filter(askedFieldsBeside(ev, u.q), func(ev evidence) bool { return !overlaps(picked, ev) }); len(more) > 0 {
			picked = slices.Concat(picked[:i+1], more, picked[i+1:])
			break
		}
	}
	last := picked[len(picked)-1]
	t := strings.TrimSpace(last.text())
	// "关于违法所得" is a heading: what it heads says it ("本案…不存在违法
	// 所得").
	if body, ok := bodyOf(last); ok && !overlaps(picked, body) {
		picked = append(picked, body)
		last = body
		t = strings.TrimSpace(last.text())
	}
	// "住宿标准" over 第三条, 第四条: a heading with only headings under it
	// is said by their first sentences.
	// Of a post's holder asked, the items that name other posts are not
	// the answer ("2.王秀兰为…院长；" then "3.李建国为…副院长").
	if sec, end, ok := titleOf(last); ok {
		// A heading that asks is answered only by what it heads:
		// "（一）到哪里申请？" with nothing under it is not answered by
		// "（二）多长时间能办结？" (review 31).
		asks := asksItself(last.doc.Text[sec.Start:end])
		if items := filter(introItems(last), func(ev evidence) bool {
			return (!asks || ev.start < sec.End) && !overlaps(picked, ev) && (u.post == "" || writesPost(ev.passage(), u.post))
		}); len(items) > 0 {
			return append(picked, items...)
		}
	}
	if reply := replyTo(last); len(reply) > 0 {
		picked = append(picked, reply...)
		last = picked[len(picked)-1]
		t = strings.TrimSpace(last.text())
	}
	if (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "\uff1a")) && !statesAskedFigure(last, u) {
		if items := introItems(last); len(items) > 0 {
			return append(picked, items...)
		}
		if lines := linesUnder(last); len(lines) > 0 {
			return append(picked, lines...)
		}
	} else if q := strings.TrimSpace(last.quote()); last.qEnd > last.end && (strings.HasSuffix(q, ":") || strings.HasSuffix(q, "\uff1a")) && reRefersBelow.MatchString(t) {
		// "第二十五条 有下列情形之一的，由…追回违规资金…；构成违纪的，
		// …处理：": the clause answers and speaks of what is listed below
		// (下列情形), which the sentence it stands in goes on to list. A
		// clause that does not ("高龄津贴发放对象9870人；下一步…以下工作：")
		// is not of that list.
		whole := last
		whole.start, whole.end = last.qStart, last.qEnd
		if items := filter(introItems(whole), func(ev evidence) bool { return !overlaps(picked, ev) }); len(items) > 0 {
			return append(picked, items...)
		}
	}
	// "答:主要有四个方面的变化。" over "一是…" "二是…" lines: a sentence
	// that ends its line announcing items is followed by them.
	if reAnnounces.MatchString(t) && strings.TrimSpace(last.doc.Text[last.end:lineEndAt(last.doc.Text, last.end)]) == "" {
		if items := filter(orderedLinesUnder(last), func(ev evidence) bool { return !overlaps(picked, ev) }); len(items) > 1 {
			return append(picked, items...)
		}
	}
	// "指挥部下设7个工作组：\n（一）综合协调组。…": a unit that announces
	// the headings below and holds the first of them brings the rest.
	if i := max(strings.LastIndex(last.text(), ":\n"), strings.LastIndex(last.text(), "\uff1a\n")); i > 0 {
		intro := last
		intro.end = last.start + i + strings.IndexByte(last.text()[i:], '\n')
		if items := filter(introItems(intro), func(ev evidence) bool { return !overlaps(picked, ev) }); len(items) > 0 {
			return append(picked, items...)
		}
	}
	for i, ev := range picked {
		if !strings.Contains(ev.text(), "一是") {
			continue
		}
		if more := laterOrdinals(ev); len(more) > 0 {
			out := append(append(append([]evidence(nil), picked[:i+1]...), more...), picked[i+1:]...)
			return out
		}
	}
	if u.list {
		if more := filter(colonItems(last), func(ev evidence) bool { return !sameUnit(picked, ev) }); len(more) > 0 {
			return append(picked, more...)
		}
		// "附件：1.…明细表" over "2.…决定书" and "3.…明细表": a list
		// begun after a field's label goes on below it, numbered on.
		for i, ev := range picked {
			if more := filter(labelListOn(ev), func(ev evidence) bool { return !overlaps(picked, ev) }); len(more) > 0 {
				return slices.Concat(picked[:i+1], more, picked[i+1:])
			}
		}
	}
	if u.list && len(picked) == 1 && strings.Count(t, "、") < 2 {
		if next, ok := nextSentence(last); ok && strings.Count(next.text(), "、") >= 2 && !overlaps(picked, next) {
			return append(picked, next)
		}
	}
	return picked
}

// introItems are the first sentences of the headings that follow ev
// directly, at the rank of the first of them, until an outer heading.
func introItems(ev evidence) []evidence {
	d := ev.doc
	pos := ev.end
	for pos < len(d.Text) {
		r, n := utf8.DecodeRuneInString(d.Text[pos:])
		if !unicode.IsSpace(r) && !strings.ContainsRune(titleStops, r) {
			break
		}
		pos += n
	}
	var out []evidence
	rank := -1
	for _, s := range d.Sections {
		if s.Start < pos {
			continue
		}
		if rank < 0 {
			if s.Start != pos {
				return nil
			}
			rank = s.Rank
		}
		if s.Rank < rank || len(out) == maxIntroItems {
			break
		}
		if s.Rank != rank {
			continue
		}
		end := min(s.End, len(d.Text))
		spans := zh.Sentences(d.Text[s.Start:end], false)
		if len(spans) == 0 {
			continue
		}
		a, b := s.Start+spans[0].Start, s.Start+spans[0].End
		out = append(out, ev.unit(s.Path, a, b))
	}
	return out
}

// unit is another answering unit [a, b) of ev's document, quoted whole,
// ranked as ev: the completion of ev's answer.
func (ev evidence) unit(path document.HeadingPath, a, b int) evidence {
	return evidence{doc: ev.doc, path: path, start: a, end: b, qStart: a, qEnd: b, score: ev.score, coverage: ev.coverage, rank: ev.rank}
}

// nextSentence is the sentence after ev in the same paragraph.
func nextSentence(ev evidence) (evidence, bool) {
	d := ev.doc
	rest := d.Text[ev.end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	spans := zh.Sentences(rest, false)
	if len(spans) == 0 || strings.TrimSpace(rest[:spans[0].Start]) != "" {
		return evidence{}, false
	}
	a, b := ev.end+spans[0].Start, ev.end+spans[0].End
	if utf8.RuneCountInString(d.Text[a:b]) > maxQuoteRunes {
		return evidence{}, false
	}
	return ev.unit(ev.path, a, b), true
}

// colonItems are the items that follow a unit which introduces them with a
// colon and gives the first ("下列情形之一的,考核结果直接定为不合格:发生较大
// 及以上生产安全事故的;"): the rest of its sentence, item by item, up to its
// full stop. "哪些情况直接定不合格" is answered by all of them.
func colonItems(ev evidence) []evidence {
	t := strings.TrimSpace(ev.text())
	i := strings.LastIndexAny(t, ":\uff1a")
	if i < 0 {
		return nil
	}
	if _, n := utf8.DecodeRuneInString(t[i:]); strings.TrimSpace(t[i+n:]) == "" {
		return nil // nothing after the colon: introItems' case
	}
	if !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, "\uff1b") {
		return nil // the unit ends its sentence: no items follow
	}
	// The full stop ends the list.
	return unitsAfter(ev, func(t string) (take, last bool) {
		t = strings.TrimSpace(t)
		return true, !strings.HasSuffix(t, ";") && !strings.HasSuffix(t, "\uff1b")
	})
}

// laterOrdinal reports whether t opens a later item of a 一是…;二是…
// list: an item counted as reOrdinalIs counts, other than the first.
func laterOrdinal(t string) bool {
	t = strings.TrimSpace(t)
	return reOrdinalIs.MatchString(t) && !strings.HasPrefix(t, "一是")
}

// laterOrdinals are the 二是/三是… units that follow a picked 一是 unit in
// the same sentence: the answer to "通过哪些渠道" is all of them.
func laterOrdinals(ev evidence) []evidence {
	// Each item may run on in sentences of its own ("一是法治建设责任
	// 落实还有差距。部分单位……。二是行政执法质量有待提高。……"): those are
	// passed over, the 二是, 三是 that open the next items taken.
	var out []evidence
	for _, it := range unitsAfterMax(ev, 4*maxOrdinalItems, func(string) (take, last bool) { return true, false }) {
		if laterOrdinal(it.text()) && len(out) < maxOrdinalItems {
			out = append(out, it)
		}
	}
	return out
}

// unitsAfter are the units (sentences, items between semicolons) that
// follow ev on its line, as long as take accepts them and until one is
// the last; maxIntroItems at most.
func unitsAfter(ev evidence, take func(text string) (ok, last bool)) []evidence {
	return unitsAfterMax(ev, maxIntroItems, take)
}

// maxOrdinalItems bounds the 二是, 三是… items that follow a 一是 on its
// line: "办好十件民生实事：一是…" counts to 十是, one list (laterOrdinal
// reads no further).
const maxOrdinalItems = 9

// unitsAfterMax is unitsAfter with at most limit units.
func unitsAfterMax(ev evidence, limit int, take func(text string) (ok, last bool)) []evidence {
	d := ev.doc
	rest := d.Text[ev.end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	var out []evidence
	for _, sp := range zh.Sentences(rest, true) {
		a, b := ev.end+sp.Start, ev.end+sp.End
		a += len(d.Text[a:b]) - len(strings.TrimLeft(d.Text[a:b], ";\uff1b,\uff0c \u3000"))
		if strings.TrimSpace(d.Text[a:b]) == "" {
			continue
		}
		ok, last := take(d.Text[a:b])
		if !ok || len(out) == limit {
			break
		}
		out = append(out, ev.unit(ev.path, a, b))
		if last {
			break
		}
	}
	return out
}

// reAskedTurn is a question written in a document for its reader to find
// answered below: "十问:哪些情况下会停止发放补贴?", "2.问：…？", a
// reporter's turn in a 发布会实录.
var reAskedTurn = regexp.MustCompile(`(?:^|[\s　])(?:[0-9０-９]+[.．、]\s*|[一二三四五六七八九十百]+)?问[:：]|[？?]$`)

// reReplyOpens opens the reply to such a question: "答：", or a speaker's
// turn "【覃立峰】".
var reReplyOpens = regexp.MustCompile(`^\s*(?:答[:：]|【[^】]{1,20}】)`)

// replyTo completes a unit that is a question the document asks itself —
// a 政策解读's "十问", a 办事指南's 常见问题, a reporter at a 发布会 — with
// the reply below it, which is what a reader who asks the same wants: the
// rest of its line, or the lines after it up to the next question. A
// reply that only says yes or no ("答：可以。") is completed by the
// sentence that follows it on its line.
func replyTo(ev evidence) []evidence {
	t := strings.TrimSpace(ev.text())
	d := ev.doc
	lineEnd := lineEndAt(d.Text, ev.end)
	if i := strings.LastIndex(t, "答"); i >= 0 && reReplyOpens.MatchString(t[i:]) {
		reply := strings.TrimRight(strings.TrimLeft(t[i+len("答"):], ":：\u3000 "), "。.!！")
		if reYesNo.MatchString(reply) {
			if next, ok := nextSentence(ev); ok && !reAskedTurn.MatchString(strings.TrimSpace(next.text())) {
				return []evidence{next}
			}
		}
		// "答：实行分类管理。A类家庭每年复核1次；…": a reply that opens
		// with a short lead and no figure is said by the rest of its line.
		// So is every reply whose question the unit holds: the document's
		// question met, its whole reply answers.
		if asked := reAskedTurn.MatchString(strings.TrimSpace(t[:i])); asked || utf8.RuneCountInString(reply) <= maxLeadReply && !strings.ContainsFunc(reply, unicode.IsDigit) && !reYesNo.MatchString(reply) {
			return restOfReply(ev)
		}
		return nil
	}
	if !reAskedTurn.MatchString(t) && !reSpeakerEnds.MatchString(t) {
		return nil
	}
	if strings.TrimSpace(d.Text[ev.end:lineEnd]) != "" {
		// The reply ends where the next question on the line begins
		// ("问：A？答：…。问：B？…").
		return unitsAfter(ev, func(u string) (bool, bool) { return !reAskedTurn.MatchString(strings.TrimSpace(u)), false })
	}
	return linesUnder(ev)
}

// restOfReply is what follows a reply's first sentence on its line: up
// to the next question, another speaker or label ("主持人：", "联系人："),
// the document's own foot ("本问答由…负责解释", its office and date), and
// maxReplyRunes at most.
func restOfReply(ev evidence) []evidence {
	n := 0
	return unitsAfter(ev, func(u string) (bool, bool) {
		u = strings.TrimSpace(u)
		n += utf8.RuneCountInString(u)
		return n <= maxReplyRunes && !reAskedTurn.MatchString(u) && !reReplyEnds.MatchString(u), false
	})
}

// reReplyEnds begins what is no more of a reply: a host or a contact and
// a colon (主持人：, 联系人：) — not a label of the reply's own (城市对象：,
// 乡镇人民政府：负责受理…) —, the note on who explains the text, or an
// office's date alone.
var reReplyEnds = regexp.MustCompile(`^(?:联系人|联系电话|咨询电话|电话|主持人|记者)[：:]|^本\p{Han}{1,8}由\p{Han}{0,20}负责解释|^(?:\p{Han}{2,20}(?:局|政府|办公室|委员会|办))?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:印发)?$`)

// maxReplyRunes bounds the rest of a reply brought after its first
// sentence.
const maxReplyRunes = 300

// maxLeadReply is how long (in runes) a reply's opening may be and still
// only lead to what follows it on its line ("实行分类管理", "分三种情况").
const maxLeadReply = 8

// reSpeakerEnds is a unit that ends with the next speaker's tag: the
// reporter's question and "【覃立峰】", whose words follow.
var reSpeakerEnds = regexp.MustCompile(`[？?]\s*【[^】]{1,20}】$`)

// reYesNo is a reply that only says yes or no.
var reYesNo = regexp.MustCompile(`^(?:可以|不可以|能|不能|是|不是|否|会|不会|需要|不需要|要|不要|有|没有|行|不行|不用|不必|对|不对|允许|不允许)$`)

// linesUnder are the lines after ev's line that belong to it: a reply
// ("答：…" and its items), or the names under a label ("发布人：" over
// one line per speaker). They end at a blank line, a heading, the next
// question, or a line that is a label of its own; each line's sentences
// are units, maxIntroItems at most.
func linesUnder(ev evidence) []evidence {
	d := ev.doc
	pos := lineEndAt(d.Text, ev.end)
	var out []evidence
	for first := true; pos < len(d.Text) && len(out) < maxIntroItems; first = false {
		if d.Text[pos] == '\n' {
			pos++
		}
		end := lineEndAt(d.Text, pos)
		line := d.Text[pos:end]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || startsSection(d, pos, end, len(ev.path)) || trimmed == d.Org || reDateLine.MatchString(trimmed) {
			break // a blank line, a heading, the signature
		}
		if !first && (reAskedTurn.MatchString(trimmed) || reReplyOpens.MatchString(line) && !strings.HasPrefix(trimmed, "答") || reBareLabel.MatchString(trimmed)) {
			break // the next question, speaker or label ("主持人：")
		}
		for _, sp := range zh.Sentences(line, false) {
			a, b := pos+sp.Start, pos+sp.End
			if strings.TrimSpace(d.Text[a:b]) == "" || len(out) == maxIntroItems {
				continue
			}
			out = append(out, ev.unit(ev.path, a, b))
		}
		pos = end
	}
	return out
}

// reBareLabel is a line that is only a label, over lines of its own.
var reBareLabel = regexp.MustCompile(`^\p{Han}{1,8}[:：]$`)

// startsSection reports whether a heading of d begins on the line [pos,
// end) (indented or not) that is not under the one of depth depth: "(一)…"
// items under a reply belong to it; under no heading, any heading ends it.
func startsSection(d *index.StoredDoc, pos, end, depth int) bool {
	for _, s := range d.Sections {
		if s.Start >= pos && s.Start < end {
			return depth == 0 || len(s.Path) <= depth
		}
		if s.Start >= end {
			break
		}
	}
	return false
}

// maxLeadRunes bounds a paragraph's lead ("关于违法所得。").
const maxLeadRunes = 16

// bodyOf is the first sentence under ev when ev is only a heading's line
// with its body below it, or the sentence after a paragraph's lead.
func bodyOf(ev evidence) (evidence, bool) {
	d := ev.doc
	// "关于违法所得。经查，…": a paragraph's lead names what it says,
	// which the sentences after it on its line say.
	if t := strings.TrimSpace(ev.text()); strings.HasPrefix(t, "关于") && utf8.RuneCountInString(t) <= maxLeadRunes && strings.TrimSpace(d.Text[lineStartAt(d.Text, ev.start):ev.start]) == "" {
		return nextSentence(ev)
	}
	s, end, ok := titleOf(ev)
	if !ok {
		return evidence{}, false
	}
	bodyStart := end
	for bodyStart < len(d.Text) && (d.Text[bodyStart] == '\n' || d.Text[bodyStart] == ' ') {
		bodyStart++
	}
	bodyEnd := min(s.End, len(d.Text))
	if bodyStart >= bodyEnd || startsSection(d, bodyStart, lineEndAt(d.Text, bodyStart), 0) {
		return evidence{}, false
	}
	a, b := firstSentence(d.Text, bodyStart, bodyEnd)
	if strings.TrimSpace(d.Text[a:b]) == "" {
		return evidence{}, false
	}
	return ev.unit(ev.path, a, b), true
}

// titleStops end a heading's title without being a part of its words:
// "（三）哪些情况一般不能享受低保？" heads what answers it.
const titleStops = "？?"

// titleOf is the section ev is the whole title of, with its line's end,
// when that heading is written on a line of its own (its closing stop
// aside).
func titleOf(ev evidence) (*document.Section, int, bool) {
	s, end, ok := titleLineOf(ev)
	if !ok || strings.TrimRight(compactSpace(ev.text()), titleStops) != strings.TrimRight(compactSpace(ev.doc.Text[s.Start:end]), titleStops) {
		return nil, 0, false
	}
	return s, end, true
}

// asksItself reports whether a heading's line is a question ("（三）哪些
// 情况一般不能享受低保？").
func asksItself(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasSuffix(t, "？") || strings.HasSuffix(t, "?")
}

// reAnnounces is a sentence that says items follow: 主要有四个方面, 如下,
// 以下几点.
var reAnnounces = regexp.MustCompile(`(?:主要有|有以下|如下|以下|下列|[一二三四五六七八九十两几]个?方面)\S{0,8}[。.]?$`)

// reOrderedItem opens an item of a list: 一是, （一）, 1., 第一.
var reOrderedItem = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[，,、])`)

// orderedLinesUnder are the first sentences of the lines after ev's that
// each open an item, as many as follow one another (maxIntroItems at
// most).
func orderedLinesUnder(ev evidence) []evidence {
	d := ev.doc
	var out []evidence
	for pos := lineEndAt(d.Text, ev.end) + 1; pos < len(d.Text) && len(out) < maxIntroItems; pos = lineEndAt(d.Text, pos) + 1 {
		end := lineEndAt(d.Text, pos)
		if !reOrderedItem.MatchString(d.Text[pos:end]) {
			break
		}
		a, b := firstSentence(d.Text, pos, end)
		out = append(out, ev.unit(ev.path, a, b))
	}
	return out
}

// reRefersBelow is a clause that speaks of what is listed below it.
var reRefersBelow = regexp.MustCompile(`下列|以下|如下|下述`)

// reLabelFirstItem is a field's label and the first item of a numbered
// list after it, on one line: "附件：1.", "材料:（1）".
var reLabelFirstItem = regexp.MustCompile(`[:：]\s*(?:1|（1）|\(1\))[.、．]?`)

// labelListOn is the lines under ev's line that go on with the numbered
// list its line begins after a label: "2.…", "3.…", each in turn.
func labelListOn(ev evidence) []evidence {
	d := ev.doc
	lineStart := strings.LastIndexByte(d.Text[:ev.start], '\n') + 1
	lineEnd := lineEndAt(d.Text, ev.end)
	if !reLabelFirstItem.MatchString(d.Text[lineStart:lineEnd]) {
		return nil
	}
	var out []evidence
	for n, at := 2, lineEnd+1; at < len(d.Text) && len(out) < maxIntroItems; n++ {
		end := lineEndAt(d.Text, at)
		line := strings.TrimSpace(d.Text[at:end])
		num := strconv.Itoa(n)
		if !strings.HasPrefix(line, num+".") && !strings.HasPrefix(line, num+"．") && !strings.HasPrefix(line, num+"、") && !strings.HasPrefix(line, "（"+num+"）") {
			break
		}
		a := at + strings.Index(d.Text[at:end], line)
		out = append(out, ev.unit(ev.path, a, a+len(line)))
		at = end + 1
	}
	return out
}

// maxFieldsBeside is how many lines of a block of fields either side of
// one are read for others the question asks.
const maxFieldsBeside = 3

// askedFieldsBeside are the field lines next to ev's field line, in its
// block of fields, whose label writes a word of q that ev's does not.
func askedFieldsBeside(ev evidence, q string) []evidence {
	d := ev.doc
	lineStart := strings.LastIndexByte(d.Text[:ev.start], '\n') + 1
	own := fieldLabel(d.Text[lineStart:lineEndAt(d.Text, lineStart)])
	if own == "" {
		return nil
	}
	asks := func(label string) bool {
		rs := []rune(label)
		for k := 0; k+1 < len(rs); k++ {
			if bg := string(rs[k : k+2]); strings.Contains(q, bg) && !strings.Contains(own, bg) {
				return true
			}
		}
		return false
	}
	var out []evidence
	// Lines after, then before, while they are fields.
	for n, at := 0, lineEndAt(d.Text, lineStart)+1; n < maxFieldsBeside && at < len(d.Text); n++ {
		end := lineEndAt(d.Text, at)
		label := fieldLabel(d.Text[at:end])
		if label == "" {
			break
		}
		if asks(label) {
			out = append(out, ev.unit(ev.path, at, end))
		}
		at = end + 1
	}
	for n, end := 0, lineStart-1; n < maxFieldsBeside && end > 0; n++ {
		at := strings.LastIndexByte(d.Text[:end], '\n') + 1
		label := fieldLabel(d.Text[at:end])
		if label == "" {
			break
		}
		if asks(label) {
			out = append(out, ev.unit(ev.path, at, end))
		}
		end = at - 1
	}
	return out
}

// statesAskedFigure reports whether ev, though it announces what follows
// ("全年共安排培训班9期，具体如下："), states the figure a question of how
// many asks: the list below is no part of that answer.
func statesAskedFigure(ev evidence, u understood) bool {
	if !u.quantity || u.list {
		return false
	}
	// A figure the question itself writes is what it asks within ("72项里
	// 同意了几项"), not the answer: the list below holds that.
	text := ev.text()
	for _, n := range reQuestionNumber.FindAllString(u.q, -1) {
		text = strings.ReplaceAll(text, n, " ")
	}
	return hasFigure(text, u.unitWord)
}

// reQuestionNumber is a number a question writes.
var reQuestionNumber = regexp.MustCompile(`\d+(?:\.\d+)?`)
