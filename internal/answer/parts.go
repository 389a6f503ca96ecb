package answer

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
)

// reClauseEnd splits a question into the questions it asks.
var reClauseEnd = regexp.MustCompile(`[?\x{ff1f}\x{ff1b};]+`)

// reSoftBreak separates two questions within a clause ("办公室设在哪,主任
// 谁当", "GDP多少 增长多少"); a side that asks nothing ("清城区民政局普法
// 宣传, 分别搞了多少场") is the subject of the side after it.
var reSoftBreak = regexp.MustCompile(`[,\x{ff0c}\s]+`)

// reOnlyEach is a side that asks only each one's figure or date, with no
// word of its own: 各多少, 分别是多少, 各是哪天.
var reOnlyEach = regexp.MustCompile(`^(?:各自|分别|各)(?:是|有|为|都)?(?:多少|几\p{Han}?|哪天|哪一天|什么时候|啥时候)(?:呢|啊)?$`)

// reDifferenceAsked is a question of the difference between two things
// named in full, each of which has a figure: "A跟B差多少", "A和B相差几天".
var reDifferenceAsked = regexp.MustCompile(`^(\p{Han}[^，,\s]{2,}?)(?:跟|和|与|同)(\p{Han}[^，,\s]{2,}?)(?:之间)?(?:相差|差了|差距|差)(?:是|有)?(?:多少|几)`)

// sameHead reports whether two names are each said in full and end in
// the same word: four characters at least, their last two alike
// (…的保证金, 鼋岙分库/浍川分库) — not two places of one thing (城关镇/河西镇,
// 上半年/下半年).
func sameHead(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 4 && len(rb) >= 4 && string(ra[len(ra)-2:]) == string(rb[len(rb)-2:])
}

// reUnitTail is the measure word a difference is asked in, right after
// the asking (户, 天, 个工作日).
var reUnitTail = regexp.MustCompile(`^(?:个工作日|个月|\p{Han})`)

// reAsks marks a clause that asks something.
var reAsks = regexp.MustCompile(`多少|几|哪|什么|啥|谁|怎么|如何|怎样|是否|吗|呢|多久|多大(?:[^学]|$)|多长|多高|多远|何时|截止时间|截止日期`)

// subQuestions splits "主动公开了多少条政府信息?通过哪些渠道公开?" into
// its questions. A clause that only asks who leads is answered from the
// plan records (appendRoles), not here.
func subQuestions(q string) []string {
	var out []string
	for _, c := range reClauseEnd.Split(q, -1) {
		// "没收的保证金跟重新招标的保证金差多少" asks each one's figure:
		// the difference is theirs to take.
		// Each is named in full: they end alike (…的保证金, …的保证金);
		// "城市和农村低保标准差多少" names one thing of two places.
		// What the difference is counted in goes with each ("差多少户").
		cc := strings.TrimSpace(c)
		if loc := reDifferenceAsked.FindStringSubmatchIndex(cc); loc != nil && sameHead(cc[loc[2]:loc[3]], cc[loc[4]:loc[5]]) {
			unit := reUnitTail.FindString(cc[loc[1]:])
			out = append(out, cc[loc[2]:loc[3]]+"是多少"+unit, cc[loc[4]:loc[5]]+"是多少"+unit)
			continue
		}
		// A side that asks nothing is the subject of the side after it.
		var sides []string
		subject := ""
		for _, s := range reSoftBreak.Split(strings.TrimSpace(c), -1) {
			if !reAsks.MatchString(s) {
				subject += s + " "
				continue
			}
			// "濛溪和鼋湾哪个镇损失大 各多少": a side that only asks each
			// thing's figure restates the side before it.
			if len(sides) > 0 && subject == "" && reOnlyEach.MatchString(s) {
				sides[len(sides)-1] += " " + s
				continue
			}
			sides = append(sides, subject+s)
			subject = ""
		}
		if subject != "" && len(sides) > 0 {
			sides[len(sides)-1] += " " + subject
		}
		for _, s := range sides {
			s = strings.TrimSpace(s)
			if utf8.RuneCountInString(s) < 3 || !reAsks.MatchString(s) {
				continue
			}
			if rest := strings.TrimSpace(reWhoPart.ReplaceAllString(s, "")); utf8.RuneCountInString(rest) < 3 {
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// pickParts answers each part of a multi-part question within the scope
// the whole question set, and names the parts the documents do not answer.
// The parts ask of one document: the one that answers most of them, and
// among those the one whose sentence best says the whole question's words
// (whole: its evidence) — "法律明白人新培养了多少 每个村最少几个" is
// answered by the report that states both, not by the one that best words
// the first alone.
func (e *Engine) pickParts(ctx context.Context, u understood, parts []string, whole []evidence, sc scopeResult, now time.Time) ([]evidence, []string, error) {
	var ps []questionPart
	var first string
	for i, q := range parts {
		// The whole question's scope, the part's own kind of answer.
		pu := understand(e.Index, e.readableOrgs(nil), q, now)
		nameOnly := ""
		if len(u.named.docs) > 0 {
			// The words that named the documents are scope in each part.
			pu.topic, nameOnly = u.named.topicOf(q, pu)
		}
		su := u
		su.q, su.topic, su.asking = pu.q, pu.topic, pu.asking
		// What kind of answer each part wants is its own: "是谁发现的"
		// after "那个老人叫啥" asks no person's name.
		su.personName, su.roleHolder, su.agentRole, su.yesNo, su.whichNoun, su.post = pu.personName, pu.roleHolder, pu.agentRole, pu.yesNo, pu.whichNoun, pu.post
		su.nameOnly = nameOnly // the part's own leftover, not the whole's
		if i == 0 {
			first = su.topic
		} else {
			// "通过哪些渠道公开?" leaves its subject to the first part.
			su.topic = first + " " + su.topic
		}
		su.inWordsOf(sc.docs, e.isWord)
		evs, wt, err := gather(ctx, e.Index, su, sc.docs, searchDepth)
		if err != nil {
			return nil, nil, err
		}
		evs = inCaseRange(evs, su)
		pt := questionPart{su: su, evs: evs, wt: wt, floor: relativeFloor(evs)}
		if i > 0 {
			pt.own = su
			pt.own.topic = pu.topic
			pt.own.inWordsOf(sc.docs, e.isWord)
		}
		ps = append(ps, pt)
	}
	// The document that answers the parts best together: the most parts
	// answered, then the best sentence on the whole question's words.
	answered := map[string]int{}
	var order []string
	for _, p := range ps {
		seen := map[string]bool{}
		for _, ev := range p.evs {
			if seen[ev.doc.ID] || ev.coverage < p.floor || !supported(ev, p.su, p.wt, sc.yearSoft) {
				continue
			}
			seen[ev.doc.ID] = true
			if _, ok := answered[ev.doc.ID]; !ok {
				order = append(order, ev.doc.ID)
			}
			answered[ev.doc.ID]++
		}
	}
	wholeBest := map[string]float64{}
	for _, ev := range whole {
		wholeBest[ev.doc.ID] = max(wholeBest[ev.doc.ID], ev.score)
	}
	doc := ""
	for _, id := range order {
		if doc == "" || answered[id] > answered[doc] || (answered[id] == answered[doc] && wholeBest[id] > wholeBest[doc]) {
			doc = id
		}
	}
	e.tracef("parts %q doc=%s answered=%v whole=%v\n", parts, doc, answered, wholeBest)
	if doc == "" {
		return nil, nil, nil
	}
	docOf := map[string]*index.StoredDoc{}
	for _, d := range sc.docs {
		docOf[d.ID] = d
	}
	picked, unanswered, err := e.partsFrom(ctx, ps, doc, docOf, sc)
	if err != nil || len(picked) == 0 {
		return nil, nil, err
	}
	// Nothing in the question says whose document it means, and another
	// answers every part it does about as well: it answers too, after.
	if len(u.orgs) == 0 && len(u.named.docs) <= maxNamedAlike && len(u.named.docs) != 1 {
		more := 0
		// Each part's best passage in a document, supported.
		best := func(p questionPart, id string) float64 {
			b := 0.0
			for _, ev := range p.evs {
				if ev.doc.ID == id && ev.coverage >= p.floor && supported(ev, p.su, p.wt, sc.yearSoft) {
					b = max(b, ev.score)
				}
			}
			return b
		}
		for _, id := range order {
			if id == doc || answered[id] < answered[doc] || wholeBest[id] < wholeBest[doc]*manyFraction || more == maxAlikeParts {
				continue
			}
			if !allOf(ps, func(p questionPart) bool { return best(p, id) >= best(p, doc)*manyFraction }) {
				continue // it answers some part far less well
			}
			other, missed, err := e.partsFrom(ctx, ps, id, docOf, sc)
			if err != nil {
				return nil, nil, err
			}
			// Each figure asked in its unit ("至少藏多少册"), stated.
			var said strings.Builder
			for _, ev := range other {
				said.WriteString(ev.says() + " ")
			}
			if !allOf(ps, func(p questionPart) bool {
				return !p.su.quantity || p.su.unitRe == nil || p.su.unitRe.MatchString(said.String())
			}) {
				continue
			}
			// Each part its own passage: a document whose one sentence
			// stands for every part ("新建农家书屋15个" for 藏书多少册)
			// answers the first only.
			if len(other) >= len(ps) && len(missed) <= len(unanswered) {
				picked = append(picked, other...)
				more++
			}
		}
	}
	return picked, unanswered, nil
}

// maxAlikeParts bounds the other documents a multi-part answer adds.
const maxAlikeParts = 2

// partsFrom answers each part in the one document doc.
func (e *Engine) partsFrom(ctx context.Context, ps []questionPart, doc string, docOf map[string]*index.StoredDoc, sc scopeResult) ([]evidence, []string, error) {
	var picked []evidence
	var unanswered []string
	for i, p := range ps {
		inDoc := func(ev evidence) bool { return ev.doc.ID == doc && ev.coverage >= p.floor }
		evs := filter(p.evs, inDoc)
		got := filter(complete(pickAnswer(evs, p.su, p.wt, sc.yearSoft), p.su), inDoc)
		reused := len(got) > 0 && allOf(got, func(ev evidence) bool { return sameUnit(picked, ev) })
		if i > 0 && reused {
			// A later part inherits the first one's subject, so the
			// sentence that answered the first scores high again: the
			// next that answers is this part's, if there is one.
			rest := filter(evs, func(ev evidence) bool { return !sameUnit(picked, ev) })
			if more := filter(complete(pickAnswer(rest, p.su, p.wt, sc.yearSoft), p.su), inDoc); len(more) > 0 {
				got, reused = more, false
			}
		}
		if i > 0 && (len(got) == 0 || reused) {
			// Else the part on its own words, if the document answers
			// them; else the first part's sentence answers both.
			own, err := e.ownAnswer(ctx, p, docOf[doc], picked, sc.yearSoft)
			if err != nil {
				return nil, nil, err
			}
			if len(own) > 0 {
				got = own
			}
		}
		e.tracef("part %d topic=%q got=%d first=%.40q\n", i, p.su.topic, len(got), func() string {
			if len(got) > 0 {
				return got[0].says()
			}
			return ""
		}())
		if len(got) == 0 {
			// Named as the asker wrote it ("多少人参加"), not by the
			// words searched for ("2026年 在 举办 参加").
			unanswered = append(unanswered, strings.TrimSpace(p.su.q))
			continue
		}
		for _, ev := range got {
			if !sameUnit(picked, ev) {
				picked = append(picked, ev)
			}
		}
	}
	return picked, unanswered, nil
}

// questionPart is one part of a multi-part question, answered within the
// whole question's scope.
type questionPart struct {
	su    understood
	evs   []evidence
	wt    weightedTokens
	floor float64
	// own: a later part asked on its own words only (without the
	// subject it inherits from the first part).
	own understood
}

// ownAnswer is a later part answered on its own words in the document the
// parts share: "已经卖掉的收入多少" after "货值算下来多少钱" is answered
// by the sentence that says 收入, not by the 货值 one again. Of the units
// that support the part's own words and are not picked yet, the one that
// also best says the subject it inherits answers. A part whose own words
// the documents in scope never write ("报给谁") has none.
func (e *Engine) ownAnswer(ctx context.Context, p questionPart, doc *index.StoredDoc, picked []evidence, yearSoft bool) ([]evidence, error) {
	evs, wt, err := gather(ctx, e.Index, p.own, []*index.StoredDoc{doc}, searchDepth)
	if err != nil || wt.scope.Total() == 0 {
		return nil, err
	}
	evs = inCaseRange(evs, p.own)
	// The parts already chose this document as the one that speaks of
	// the question; what of the part's own words it does not write
	// ("已经卖掉" of "售出") is the asker's wording, not a sign it is silent.
	wt.docCoverage = 1
	floor := relativeFloor(evs)
	var best []evidence
	bestCov := -1.0
	for _, ev := range evs {
		if ev.coverage < floor || sameUnit(picked, ev) || !supported(ev, p.own, wt, yearSoft) {
			continue
		}
		if cov := p.wt.coverage(ev.says(), strings.Join(ev.path, " "), ev.doc); cov > bestCov {
			best, bestCov = []evidence{ev}, cov
		}
	}
	return complete(best, p.su), nil
}

// sameUnit reports whether ev's answering unit overlaps one already picked
// (their quotes may share a sentence: 一是…;二是… are units of one).
func sameUnit(evs []evidence, ev evidence) bool {
	for _, o := range evs {
		if o.doc.ID == ev.doc.ID && o.start < ev.end && ev.start < o.end {
			return true
		}
	}
	return false
}

func allOf[T any](xs []T, f func(T) bool) bool {
	for _, x := range xs {
		if !f(x) {
			return false
		}
	}
	return true
}
