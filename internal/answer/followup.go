package answer

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// maxLeaningRunes: a follow-up this short leans on the question before it
// for its subject ("通过哪些渠道公开?" after "石潭镇2019年主动公开政府信息多少条?").
const maxLeaningRunes = 16

// maxLeaningWords: a follow-up that leans on the earlier question says
// little of its own (渠道, 公开); one with more words of its own, even on
// the same subject ("三级中医院的绩效考核哪个部门组织" after a question on
// 三级医院考核), is asked for itself.
const maxLeaningWords = 4

// understandTurn parses one question of a conversation, with the documents
// it names.
func (e *Engine) understandTurn(q string, now time.Time, allow func(string) bool) understood {
	u := understand(e.Index, e.readableOrgs(allow), q, now)
	e.nameDocs(&u, allow)
	return u
}

// readableOrgs are the offices whose documents the caller may read, each
// with only those documents: an office the caller cannot read is not
// matched, spelled out or counted in an answer.
func (e *Engine) readableOrgs(allow func(string) bool) []*orgProfile {
	if allow == nil {
		return e.orgs
	}
	var out []*orgProfile
	for _, p := range e.orgs {
		q := *p
		q.docs = filter(p.docs, func(d *index.StoredDoc) bool { return allow(d.ID) })
		if len(q.docs) > 0 {
			out = append(out, &q)
		}
	}
	return out
}

// resolveFollowUp merges a follow-up with the conversation before it. What
// the follow-up names (an office, a year, a document) overrides; what it
// does not name carries over. A follow-up that names no scope of its own
// keeps the earlier scope, and a short one keeps the earlier topic and adds
// its own words to it; a follow-up that asks nothing new ("那2019年呢?")
// keeps what the earlier question asked.
func (e *Engine) resolveFollowUp(cur understood, history []Turn, now time.Time, allow func(string) bool, lean bool) understood {
	if len(history) == 0 {
		return cur
	}
	prev := e.understandTurn(history[len(history)-1].Q, now, allow)
	if len(history) > 1 {
		prev = e.resolveFollowUp(prev, history[:len(history)-1], now, allow, false)
	}
	// The words the question looks for besides what it asks: a role it
	// asks the holders of (配合的有哪几家) is what it asks, not a topic.
	own := len(zh.Tokens(reRoleWord.ReplaceAllString(cur.topic, " ")))
	// A question with nothing to look for — no word of two runes but a
	// role or a year — and no office, year or document of its own
	// ("配合的有哪几家", "比23年高了多少") can only be about what the
	// earlier one was.
	words := 0
	// A change asked of (提高了多少) is what is asked, not what of.
	wordDF := commonWordDF(e.Index)
	for _, t := range zh.Tokens(reChangeAsked.ReplaceAllString(reRoleWord.ReplaceAllString(cur.topic, " "), " ")) {
		// A pair of function characters ("都有", "还有") is no word, nor is
		// one with a function character the documents seldom write
		// ("要交" of "多久内要交"); 会议, 办法 and 要求 are words.
		glued := strings.ContainsAny(t, glueChars) && e.Index.DF(t) < wordDF
		if utf8.RuneCountInString(t) >= 2 && !reYearToken.MatchString(t) && !strings.HasSuffix(t, "年") && strings.Trim(t, glueChars) != "" && !glued {
			words++
		}
	}
	bare := words == 0 && len(cur.orgs) == 0 && len(cur.years) == 0 && len(cur.named.docs) == 0 && cur.unknown == "" && cur.unitType == ""
	// A follow-up leans on the question before it when it says so ("那…",
	// "…呢"), asks nothing of its own ("那2019年呢?"), or is short and
	// speaks of what the earlier question did ("通过哪些渠道公开?" after
	// "…主动公开政府信息多少条?"). A question with its own words and none
	// of the earlier ones is a new question, however short: staff ask one
	// question after another in one chat ("石潭镇依法治镇领导小组组长是谁?"
	// after a question on 株洲's plan).
	// "那个通知…" points at a document; "那2019年呢" leans on the last question.
	marked := marksFollowUp(cur.q)
	shares := sharesWord(cur.topic, prev.topic)
	asksOwn := cur.asksAnything() || len(cur.attrs) > 0 || cur.who || cur.how || cur.holder
	leaning := lean || marked || (own <= 1 && !asksOwn) || bare || (utf8.RuneCountInString(cur.q) <= maxLeaningRunes && own <= maxLeaningWords && shares)
	if !leaning {
		// A new question, with or without a scope of its own. Taking the
		// earlier office and year for it was tried: in a chat of unrelated
		// questions it answered from the wrong office more often than it
		// helped (fresh tune, interleaved: 0.672 against 0.759 alone).
		return cur
	}
	merged := cur
	merged.followUp = true
	if asksOwn {
		merged.answered = history[len(history)-1].Answer
	}
	if len(cur.orgs) == 0 && cur.unknown == "" && len(cur.named.docs) == 0 {
		merged.orgs, merged.unknown, merged.named, merged.unitType = prev.orgs, prev.unknown, prev.named, prev.unitType
		// The earlier question's spans are of its own text, not this one's.
		merged.named.spans, merged.named.said = nil, nil
		if len(prev.orgs) == 0 && prev.unknown == "" && len(prev.named.docs) == 0 && len(cur.years) == 0 {
			// "禾穗坊那案子罚了多少钱" then "多久内要交": the earlier
			// question named no document, but its answer came from one;
			// the follow-up is of that document — unless it asks of a
			// year of its own ("那2021年呢"), which another document
			// of the same office may answer.
			merged.named.docs = e.answeredFrom(history[len(history)-1].Answer, allow)
		}
	}
	if len(cur.years) == 0 && len(prev.years) > 0 {
		// A year carried over from the previous question names a report:
		// "清新区的呢?" after "清城区2024年…" asks for 清新区's 2024 report.
		merged.years, merged.relative, merged.explicit, merged.inherited = prev.years, prev.relative, prev.explicit, true
	}
	if cur.kind == "" {
		merged.kind = prev.kind
	}
	if !merged.cross {
		merged.cross = prev.cross
	}
	switch {
	case own <= 1 || bare:
		// "那2019年呢?": the earlier question, asked again of a new scope;
		// "配合的有哪几家": its topic, asked something new.
		merged.topic, merged.asking = prev.topic, prev.asking
		// "那橙色呢" after "红色预警啥标准": a word of the same kind as
		// one the earlier question asked of takes its place.
		if w := ownWord(cur.topic); w != "" {
			merged.topic = e.substituteWritten(prev.topic, w, func() []*index.StoredDoc {
				return appendDocs(slices.Clone(prev.named.docs), e.answeredFrom(history[len(history)-1].Answer, allow)...)
			})
		}
		if asksOwn {
			merged.topic = strings.TrimSpace(prev.topic + " " + cur.topic)
			merged.asking = cur.asking
		}
	case leaning:
		merged.topic = strings.TrimSpace(prev.topic + " " + cur.topic)
		if !cur.asksAnything() {
			merged.asking = prev.asking
		}
	}
	// "消防那边的呢", "那橙色呢": a marked follow-up's one word of its own,
	// new to the earlier question, is what it asks the same of — what the
	// earlier answer quoted answers it only if it writes it.
	// Its words of the documents' language (消防; not 张床 of "有多少张床").
	if w := askedOfWord(cur.topic); marked && w != "" && !strings.Contains(prev.topic, w) {
		if ws := e.wordsIn(w); len(ws) > 0 {
			merged.must, merged.before, merged.varied = append(merged.must, ws), history[len(history)-1].Answer, w
			// "出口呢" after "那社会消费品零售总额呢": the thing asked of
			// takes the place of the one the earlier follow-up asked of.
			if prev.varied != "" && prev.varied != w {
				merged.topic = strings.Join(strings.Fields(strings.Replace(merged.topic, prev.varied, " ", 1)), " ")
			}
		}
	}
	return merged
}

// asksAnything reports whether a question says what kind of answer it
// wants (a figure, a date, a list, a unit).
func (u understood) asksAnything() bool {
	a := u.asking
	return a.quantity || a.when || a.list || len(a.asked) > 0 || a.total || a.rate != "" || a.validity || len(a.ident) > 0
}

// marksFollowUp reports whether a question says it leans on the one before:
// it opens with 那 as "then" ("那2019年呢") or ends with 呢.
func marksFollowUp(q string) bool {
	return (strings.HasPrefix(q, "那") && !rePointingThat.MatchString(q)) || strings.HasSuffix(strings.TrimRight(q, "?？。 "), "呢")
}

// reRoleWord is a role in a task a who question asks the holders of.
var reRoleWord = regexp.MustCompile(`牵头|配合|负责|责任|承办|主办|协办`)

// rePointingThat is 那 as a demonstrative of a thing, not "then".
var rePointingThat = regexp.MustCompile(`^那(?:个|份|篇|项|条|些|次|位|家|件|本|种|类)`)

// sharesWord reports whether two topics have a word (bigram) in common.
func sharesWord(a, b string) bool {
	bs := map[string]bool{}
	for _, t := range zh.Tokens(b) {
		if utf8.RuneCountInString(t) >= 2 {
			bs[t] = true
		}
	}
	for _, t := range zh.Tokens(a) {
		if bs[t] {
			return true
		}
	}
	return false
}

// ownWord is the one word of two to four runes a follow-up's topic holds,
// "" if it holds none or several.
func ownWord(topic string) string { return oneWord(topic, 4) }

// oneWord is the one word of two to most runes a topic holds, "" if it
// holds none or several.
func oneWord(topic string, most int) string {
	var ws []string
	for _, f := range strings.Fields(topic) {
		if n := utf8.RuneCountInString(f); n >= 2 && n <= most && zh.IsHan([]rune(f)[0]) && !reYearToken.MatchString(f) && !strings.HasSuffix(f, "年") && strings.Trim(f, glueChars) != "" {
			ws = append(ws, f)
		}
	}
	if len(ws) != 1 {
		return ""
	}
	return ws[0]
}

// substitute puts w in topic in place of a word of its kind: one as long
// that ends with the same character, the head of a Chinese compound (红色
// for 橙色, 一期 for 二期, 市级 for 县级). Without one, w joins the topic.
func substitute(topic, w string) string {
	if strings.Contains(topic, w) {
		return topic
	}
	wr := []rune(w)
	tr := []rune(topic)
	for i := 0; i+len(wr) <= len(tr); i++ {
		cand := tr[i : i+len(wr)]
		if cand[len(cand)-1] != wr[len(wr)-1] || !allHan(string(cand)) {
			continue
		}
		return string(tr[:i]) + w + string(tr[i+len(wr):])
	}
	return strings.TrimSpace(topic + " " + w)
}

// substituteWritten is substitute, and where no word of the topic ends as
// w does, puts w in place of a word as long that the documents the earlier
// answer quoted write w beside as they write it: "集体呢" after "先进个人
// 奖金多少" takes the place of 个人 (先进集体 is written as 先进个人 is),
// "城市的呢" after "农村低保标准…" that of 农村 (城市低保). Without one,
// w joins the topic.
func (e *Engine) substituteWritten(topic, w string, docsOf func() []*index.StoredDoc) string {
	joined := strings.TrimSpace(topic + " " + w)
	if got := substitute(topic, w); got != joined {
		return got
	}
	// The documents are read only here: most follow-ups never need them.
	docs := docsOf()
	if len(docs) == 0 {
		return joined
	}
	written := func(s string) bool {
		return anyOf(docs, func(d *index.StoredDoc) bool { return strings.Contains(d.Text, s) })
	}
	wr, tr := []rune(w), []rune(topic)
	best, bestAt := 0, -1
	for i := 0; i+len(wr) <= len(tr); i++ {
		x := string(tr[i : i+len(wr)])
		// A word as long: each of its bigrams one (wordsIn keeps those).
		if !allHan(x) || x == w || len(e.wordsIn(x)) != len(wr)-1 {
			continue
		}
		n := 0
		// The two characters before and after the word: what it stands
		// beside, as the documents write w beside them too.
		if i >= 2 && allHan(string(tr[i-2:i])) && written(string(tr[i-2:i])+w) {
			n++
		}
		if j := i + len(wr); j+2 <= len(tr) && allHan(string(tr[j:j+2])) && written(w+string(tr[j:j+2])) {
			n++
		}
		if n > best {
			best, bestAt = n, i
		}
	}
	if bestAt < 0 {
		return joined
	}
	return string(tr[:bestAt]) + w + string(tr[bestAt+len(wr):])
}

// reAnsweredFrom is how an extractive answer names the document it quotes
// ("据《…》:").
var reAnsweredFrom = regexp.MustCompile(`据《([^《》]+)》`)

// answeredFrom are the documents an earlier answer quoted, at most
// maxNamedAlike of them; none when it found nothing.
func (e *Engine) answeredFrom(answer string, allow func(string) bool) []*index.StoredDoc {
	if answer == "" || strings.HasPrefix(answer, "资料中") {
		return nil
	}
	titles := map[string]bool{}
	for _, m := range reAnsweredFrom.FindAllStringSubmatch(answer, -1) {
		titles[m[1]] = true
	}
	if len(titles) == 0 || len(titles) > maxNamedAlike {
		return nil
	}
	var out []*index.StoredDoc
	for _, d := range e.Index.Docs() {
		if titles[d.Title] && (allow == nil || allow(d.ID)) {
			out = append(out, d)
		}
	}
	if len(out) > maxNamedAlike {
		return nil
	}
	return out
}

// reModifierFollowUp is a follow-up that names only a modifier of what the
// question before asked: "副的呢" after "总指挥是谁".
var reModifierFollowUp = regexp.MustCompile(`^(?:那|那么)?(\p{Han}{1,2})的呢[?？]?$`)

// modifiedFollowUp rewrites "副的呢" after "防汛演练总指挥是谁" as
// "防汛演练副总指挥是谁": the modifier goes before the last word of the
// earlier question the documents write it before (副总指挥), which is
// what it modifies. It returns "" when no word takes it.
func (e *Engine) modifiedFollowUp(q, prev string) string {
	m := reModifierFollowUp.FindStringSubmatch(strings.TrimSpace(zh.Normalize(q)))
	if m == nil {
		return ""
	}
	mod := m[1]
	rs := []rune(prev)
	end := len(rs)
	if loc := reAskWord.FindStringIndex(prev); loc != nil {
		end = utf8.RuneCountInString(prev[:loc[0]])
	}
	// The word right before the ask, its function characters (是, 的)
	// aside: its longest ending the documents write the modifier before.
	for end > 0 && strings.ContainsRune(glueChars, rs[end-1]) {
		end--
	}
	for n := min(4, end); n >= 2; n-- {
		w := string(rs[end-n : end])
		if !allHan(w) {
			continue
		}
		// The index says first whether any passage holds its bigrams;
		// only then are texts read for the phrase itself.
		if e.Index.DocsWithAll(zh.Tokens(mod+w)) > 0 && anyOf(e.Index.Docs(), func(d *index.StoredDoc) bool { return strings.Contains(d.Text, mod+w) }) {
			return string(rs[:end-n]) + mod + string(rs[end-n:])
		}
	}
	return ""
}

// wordsIn are the bigrams of w that are words of the documents'
// language (cohesive bigrams).
func (e *Engine) wordsIn(w string) []string {
	rs := []rune(w)
	var out []string
	for i := 0; i+1 < len(rs); i++ {
		if b := string(rs[i : i+2]); e.isWord(b) {
			out = append(out, b)
		}
	}
	return out
}

// askedOfWord is the one word a follow-up's topic holds, as ownWord, of
// up to maxAskedOfRunes (社会消费品零售总额 is one thing asked of).
func askedOfWord(topic string) string { return oneWord(topic, maxAskedOfRunes) }

const maxAskedOfRunes = 12
