package answer

import (
	"cmp"
	"context"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/zh"
)

// searchDepth is how many passages feed sentence selection.
const searchDepth = 8

// docAnswer answers what a question asks of a document itself; withTerm:
// its answer is joined by the document's term or force when the question
// asks that too (the head: "个税条例是第几号国务院令 哪天开始施行").
type docAnswer struct {
	answer   func(understood, []*index.StoredDoc) (*Response, bool)
	withTerm bool
}

// docAnswers answer what a question asks of a document itself, in order:
// what it asks of an old version a document repealed ("老的三定") before
// what it asks of the document's own head.
var docAnswers = []docAnswer{
	{answer: predecessorAnswer}, {answer: docAttrAnswer, withTerm: true}, {answer: periodAnswer},
	{answer: termAnswer}, {answer: validityAnswer}, {answer: docDateAnswer},
}

// weakNameRunes: a document named by no longer a run of its title's words
// than this ("业工作" of 企业工作年限) may only seem named; a title's core
// written out ("小区配套幼儿园治理") names it.
const weakNameRunes = 4

// otherDocsWrite reports whether every run that named documents is also
// written in the text of a document not named: then it is the matter of
// the question as much as a name ("执法案卷评查合格率" is a 通报's title
// and a 考核细则's row), and a second try looks beyond the named.
func (e *Engine) otherDocsWrite(nd namedDocs, q string) bool {
	if len(nd.spans) == 0 {
		return false
	}
	for _, sp := range nd.spans {
		run := q[sp[0]:sp[1]]
		// The index says first how many documents hold its words.
		if e.Index.DocsWithAll(zh.Tokens(run)) <= len(nd.docs) {
			return false
		}
		if !anyOf(e.Index.Docs(), func(d *index.StoredDoc) bool {
			return !slices.Contains(nd.docs, d) && strings.Contains(d.Text, run)
		}) {
			return false
		}
	}
	return true
}

// crossSearchDepth feeds a question across documents.
const crossSearchDepth = 24

func (e *Engine) ask(ctx context.Context, req Request) (res *Response, rerr error) {
	// leaned: the question was read as a follow-up of the one before
	// (askInChat retries only a question that was not).
	leaned := false
	defer func() {
		if res != nil {
			res.leaned = leaned
		}
	}()
	now := req.Now
	if now.IsZero() {
		now = time.Now()
	}
	e.catalog()
	if !hasHanText(req.Q) || hasKanaOrHangul(req.Q) {
		return &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}, Answer: askInChinese}, nil
	}
	if msg := steered(req.Q); msg != "" {
		return &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}, Answer: msg}, nil
	}
	// "养老中心和防汛演练各要花多少钱": each thing is asked on its own,
	// in the documents it names.
	if !req.unscoped && len(req.History) == 0 {
		if parts := distributedParts(zh.Normalize(req.Q)); len(parts) > 1 {
			if r, n, err := e.askEach(ctx, req, parts, parts); err != nil || n > 0 {
				return r, err
			}
		}
	}
	if n := len(req.History); n > 0 && !req.unscoped {
		// "副的呢" after "防汛演练总指挥是谁" asks "防汛演练副总指挥是谁".
		if q := e.modifiedFollowUp(req.Q, req.History[n-1].Q); q != "" {
			leaned = true
			again := req
			again.Q, again.History = q, nil
			r, err := e.ask(ctx, again)
			if r != nil {
				r.Q = req.Q
			}
			return r, err
		}
	}
	u := e.understandTurn(e.namedPerson(req.Q, req.Allow), now, req.Allow)
	// A question asked after others that is not a follow-up of them is
	// understood as if asked alone (resolveFollowUp returns it unchanged).
	merged := e.resolveFollowUp(u, req.History, now, req.Allow, req.lean)
	followUp := merged.followUp
	leaned = followUp
	// A stem with a year or 报告 ("南山23年报告") names an office.
	stem := !followUp && len(u.years) == 0 && !u.reportWord && stemOnly(u.orgs, u.q)
	// Words a document's title shares, in a question that refers to no
	// document ("职业院校招专业课老师…"), may only seem to name it.
	named := !followUp && len(u.named.docs) > 0 && !u.named.byNo && (u.named.bySubject || !docRefWords.MatchString(u.q) && (u.named.longest(u.q) <= weakNameRunes || e.otherDocsWrite(u.named, u.q)))
	if req.unscoped {
		// The second try answers only with a sentence that says nearly
		// all that was asked: the scope the question seemed to name had
		// nothing, and a loose match elsewhere would not be its answer.
		u.strict = !req.bySubject
		if stem || req.placeInName {
			u.orgs = nil
			u.topic = topicOf(u.q, nil, u.isWord)
		}
		u.office = req.office
		if req.officeInTopic && u.unitType != "" {
			// "民政局归哪位副县长分管": the kind of office is what is
			// held, a word of the topic, not a scope.
			u.topic += " " + u.unitType
			u.unitType = ""
		}
		if named {
			u.named = namedDocs{}
			u.topic = topicOf(u.q, u.orgs, u.isWord)
		}
	}
	if followUp {
		merged.strict = u.strict
		u = merged
	}
	u.contentYears()
	if u.contact {
		// "福彩申报有问题找谁对接": the matter is the topic, not the asking.
		u.topic = strings.TrimSpace(reContactWords.ReplaceAllString(u.topic, " "))
	}
	if u.validity {
		// "试行版还用不用" asks whether it is in force: no passage writes
		// the asking, and it is no topic.
		u.topic = strings.TrimSpace(reInForceAsked.ReplaceAllString(u.topic, " "))
	}
	u.places = e.placesAsked(u.q, req.Allow)
	u.person = e.personAsked(u.q, req.Allow)
	// "芃塬的区域养老中心…": words that named documents none of which
	// writes the place the question names named the wrong ones; the
	// place's own are the ones meant.
	if len(u.places) > 0 && len(u.named.docs) > 0 && !u.named.byNo && !anyOf(u.named.docs, func(d *index.StoredDoc) bool {
		return anyOf(u.places, func(p string) bool { return strings.Contains(d.Text, p) })
	}) {
		u.named = namedDocs{}
		u.topic = topicOf(u.q, u.orgs, u.isWord)
	}
	// The years the asked thing is of: those written about when the
	// question names a report by its year ("今年的报告里去年GDP").
	of := u.years
	if len(u.written) > 0 {
		of = u.written
	}
	u.future = len(of) > 0 && slices.Min(of) >= now.Year()
	if u.kind == "" {
		u.kind = req.Kind
	}
	sc := selectScope(e.Index, u, req.Org, req.Year, now, req.Allow)
	u.yearWritten = sc.yearWritten
	// One office, no year named, several years' reports: say what each
	// year's report says, newest first, rather than pick one silently.
	// Several years named for one office ("14年和24年报告里…分别多少"):
	// each year's report answers, as well.
	byYear := (len(u.years) == 0 || len(u.years) > 1) && req.Year == 0 && len(u.orgs) == 1 && !u.cross && reportYears(sc.docs) > 1
	if byYear {
		u.cross, u.byYear = true, true
	}
	// Several offices of the kind the question names: each one answers.
	if u.unitType != "" && len(u.orgs) == 0 && distinctOrgs(sc.docs) > 1 && !anyOf(sc.docs, func(d *index.StoredDoc) bool { return !strings.Contains(d.Org, u.unitType) }) {
		u.cross = true
	}
	resp := &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}}
	resp.Scope = Scope{Kind: u.kind, Relative: u.relative, Question: u.topic}
	if len(u.orgs) > 0 {
		resp.Scope.Org = orgNames(u.orgs)
	}
	if len(u.years) == 1 {
		resp.Scope.Year = u.years[0]
	} else if req.Year > 0 {
		resp.Scope.Year = req.Year
	}
	if sc.missing != "" {
		// "犨坪春季攻势拆了多少 全县去年一共拆了多少": the year or office
		// no document is of may be one part's; the others are asked on
		// their own, each with its own scope.
		if parts := subQuestions(u.q); len(parts) > 1 && !req.onePart && !req.unscoped && !followUp && !yearAfterAsking(u.q) {
			if r, n, err := e.askParts(ctx, req, parts); err != nil {
				return nil, err
			} else if n > 0 {
				return r, nil
			}
		}
		resp.Scope.Docs = refs(sc.nearest)
		resp.Answer = sc.missing + "。" + nearestText(sc.nearest)
		// The asked year's report is missing ("去年的报告" before it is
		// written); what the office's other reports state is shown,
		// labelled by year, so nobody has to ask again.
		if len(u.orgs) > 0 || u.relative != "" {
			if reports := filter(sc.nearest, func(d *index.StoredDoc) bool { return d.Kind == document.KindReport }); len(reports) > 0 && u.unknown == "" && u.unknownNumber == "" {
				evs, wt, err := gather(ctx, e.Index, u, reports, searchDepth)
				if err != nil {
					return nil, err
				}
				otherYears(resp, sc.missing+"。", perDocument(evs, u, wt))
			}
		}
		return resp, nil
	}
	if len(u.orgs) > 0 && len(u.named.docs) == 0 && len(sc.docs) > 1 {
		// "龙华二届人大一次会议那份报告": words only one of the office's
		// titles writes name that one, and are scope, not topic.
		if d, run := titleOnlyRun(u.q, sc.docs, u.orgs); d != nil {
			sc.docs = []*index.StoredDoc{d}
			u.topic = strings.Replace(u.topic, run, " ", 1)
			if byYear {
				u.cross, u.byYear, byYear = false, false, false
			}
		}
	}
	u.inWordsOf(sc.docs, e.isWord)
	resp.Scope.Docs = refs(sc.docs)
	if len(sc.docs) == 1 {
		resp.Scope.Basis = "依据: " + sc.docs[0].Title
	}

	// What a question asks of a document itself — its head, its period,
	// its term, its force, its date — is answered from where the document
	// states it, before any passage is sought.
	for _, of := range docAnswers {
		if ans, ok := of.answer(u, sc.docs); ok {
			ans.Q, ans.Scope = req.Q, resp.Scope
			if of.withTerm && ans.Found {
				// "个税条例是第几号国务院令 哪天开始施行": the head and the
				// document's term or force, each where it is stated.
				// When it applies is asked as its term is (reTermAsked:
				// 开始施行, 什么时候生效); its 施行 sentence says it.
				fu := u
				fu.validity = fu.validity || u.term
				for _, more := range []func(understood, []*index.StoredDoc) (*Response, bool){termAnswer, validityAnswer} {
					if m, ok := more(fu, sc.docs); ok && m.Found {
						joinAnswer(ans, m)
						break
					}
				}
			}
			if ans.Found && !req.onePart {
				e.answerOtherParts(ctx, req, u, now, sc.docs, ans)
			}
			return ans, nil
		}
	}
	if ans, ok := e.planAnswer(ctx, u, sc.docs); ok {
		ans.Q, ans.Scope = req.Q, resp.Scope
		return ans, nil
	}
	// "柳河市民政局牵头哪些任务": the office is a unit of some plan's
	// tasks, whichever office issued the plan; its own documents are not
	// where its tasks are written.
	// Only the plans of the office's own place (a 县's for its 民政局),
	// and not when a year or an office was set to look in, nor for a
	// question of no unit's role (their documents are not gathered then).
	if len(u.orgs) > 0 && len(u.named.docs) == 0 && len(u.years) == 0 && req.Org == "" && req.Year == 0 && plan.AsksRoles(u.q) {
		all := filter(e.Index.Docs(), func(d *index.StoredDoc) bool {
			return (req.Allow == nil || req.Allow(d.ID)) && anyOf(u.orgs, func(p *orgProfile) bool { return p.samePlace(d) })
		})
		if ans, ok := e.planAnswerOf(ctx, u, all, true); ok {
			ans.Q, ans.Scope = req.Q, resp.Scope
			ans.Scope.Docs = refs(filter(all, func(d *index.StoredDoc) bool {
				return slices.ContainsFunc(ans.Citations, func(c Citation) bool { return c.Doc.ID == d.ID })
			}))
			return ans, nil
		}
	}

	depth := searchDepth
	if u.quantity && len(sc.docs) > 1 {
		// A figure is stated in one sentence among many that name the
		// topic: look further down the ranking for it.
		depth = 2 * searchDepth
	}
	if u.cross {
		depth = crossSearchDepth // enough passages for several documents to show
	}
	evs, wt, err := gather(ctx, e.Index, u, sc.docs, depth)
	if err != nil {
		return nil, err
	}
	evs = ownYearFirst(evs, u, wt, sc.yearSoft)
	evs = notAnsweredBefore(evs, u.answered)
	evs = realBeforeSamples(evs)
	evs = inCaseRange(evs, u)
	evs = signedDays(evs, u)
	if u.who || u.asksOrg() {
		e.markTasks(evs)
	}
	e.traceEvidence(u, sc, wt, evs)
	// "好差评通报表扬了哪些单位": of one document, 哪些单位 asks the units
	// it lists under the heading that names them, as much as what each
	// office's documents say.
	if text, cites, ok := tableExtreme(evs, u, wt); ok && wt.docCoverage >= minDocCoverage {
		resp.Found, resp.Answer, resp.Citations = true, text, cites
		return resp, nil
	}
	if rows := tableFilter(evs, u, wt); len(rows) > 0 && wt.docCoverage >= minDocCoverage {
		resp.Found = true
		resp.Answer, resp.Citations = composeTable(rows)
		return resp, nil
	}
	if u.list && (!u.cross || len(sc.docs) == 1) && !sc.yearSoft && wt.docCoverage >= minDocCoverage {
		// (Under yearSoft only a passage that writes the year answers:
		// a whole section of another year's document would not say so.)
		if text, cites, ok := sectionAnswer(wt, sc.docs, evs, u.asked, u.listKind); ok {
			resp.Found, resp.Answer, resp.Citations = true, text, cites
			return resp, nil
		}
	}
	var picked []evidence
	var unanswered []string
	isParts := false
	if u.cross {
		picked = perDocument(evs, u, wt)
		if byYear {
			sort.SliceStable(picked, func(i, j int) bool { return picked[i].doc.Year > picked[j].doc.Year })
		}
		if len(picked) > 1 && allSameDoc(picked) && !byYear && len(u.compared()) == 0 {
			// "石岭和白沙…分别多少" of one document: its passage on each
			// place, said as one document's answer.
			u.cross = false
		}
	} else if parts := subQuestions(u.q); len(parts) > 1 && !req.onePart {
		// "城市低保去年4月调到多少 今年又调到多少": parts of different
		// years are each asked in their own, not all in the first's.
		if yearsDiffer(parts) && !req.unscoped && !followUp {
			r, n, err := e.askParts(ctx, req, parts)
			if err != nil {
				return nil, err
			}
			if n > 0 {
				return r, nil
			}
		}
		picked, unanswered, err = e.pickParts(ctx, u, parts, evs, sc, now)
		if err != nil {
			return nil, err
		}
		isParts = true
		// No one document answers the parts together, or one leaves some
		// unanswered ("验收时说多少床 答复里说新增多少床" asks two
		// documents): each is asked on its own, a later part with the
		// first's subject ("…多长时间要通知到村 用什么办法通知"), and answers
		// when that answers more of them.
		// In a chat too, unless the question leaned on the one before:
		// its parts are then asked as this question's, without the chat.
		if (len(picked) == 0 || len(unanswered) > 0) && !req.unscoped && !followUp {
			r, n, err := e.askParts(ctx, req, parts)
			if err != nil {
				return nil, err
			}
			if n > 0 && (len(picked) == 0 || n > len(parts)-len(unanswered)) {
				return r, nil
			}
		}
	} else {
		picked = complete(pickAnswer(evs, u, wt, sc.yearSoft), u)
		// Nothing in the question says whose document it means (or its
		// words name several alike), and several documents (of the year
		// asked, if one is) state it about as well: each answers, newest
		// first, labelled with its office and year.
		// A band of a rule that holds the figure the question gives of
		// its case ("一笔8万的支出"), beside bands that miss it, is the rule
		// for it, not one document's say among others that share only its
		// other words.
		if len(picked) > 0 && len(u.orgs) == 0 && len(u.named.docs) != 1 && !u.list && !u.contact && !picked[0].band {
			// About as well as the document picked says it at its best
			// (of what answers at all): a cause picked before a higher
			// sentence of its document (pickAnswer) lowers no bar for the
			// others.
			top := picked[0].score
			for _, ev := range evs {
				if ev.doc == picked[0].doc && ev.score > top && supported(ev, u, wt, sc.yearSoft) {
					top = ev.score
				}
			}
			if many := strongPerDocument(evs, u, wt, top); len(many) > 1 {
				u.cross = true
				picked = many
			}
		}
		// "福彩申报找谁对接": whom the document that speaks of the matter
		// (or the one named) gives to contact; one that gives none is
		// answered by what it says of the matter (…负责).
		if u.contact {
			if lines := contactAnswer(picked, evs, u, wt); len(lines) > 0 {
				picked = lines
			}
		}
	}
	elsewhere := len(picked) == 0 && !stem && !named && !req.unscoped && e.nameElsewhere(u, sc.docs)
	// "民政局归哪位副县长分管", "鳜潭镇是哪个县领导联系的": the office, its
	// kind or the place is what a leader is over, not whose documents
	// answer — a 分工 names the leader.
	overHeld := len(picked) == 0 && u.holderPerson && (len(u.orgs) > 0 || u.unitType != "") && !req.unscoped
	if overHeld {
		elsewhere = true
	}
	// "民政局窗口一季度好评率多少": the office's own documents do not
	// speak of what is asked; another's may, of the office (a 政务服务
	// 中心's 通报 ranks the 县民政局 window). Asked again unscoped, only a
	// sentence that says nearly all of it answers.
	var ofOffice officeNamed
	if len(picked) == 0 && (len(u.orgs) > 0 || u.unitType != "") && len(u.named.docs) == 0 && req.Org == "" && !req.unscoped && wt.docCoverage < minDocCoverage {
		ofOffice = officeWords(u)
	}
	if len(ofOffice.words) > 0 {
		elsewhere = true
	}
	if len(picked) == 0 && (stem || named || elsewhere) && !req.unscoped {
		// "深圳湾港方查验区…": the office a stem seemed to name, or the
		// document shared words seemed to name, has nothing on it; the
		// question may not have named either.
		again := req
		again.unscoped, again.placeInName, again.officeInTopic, again.office = true, elsewhere, overHeld || len(ofOffice.words) > 0, ofOffice
		again.bySubject = named && u.named.bySubject
		if r, err := e.ask(ctx, again); err == nil && r.Found {
			return r, nil
		}
	}
	if len(picked) == 0 {
		refuse(resp, u, evs)
		if fy := u.fitYears(); u.quantity && len(fy) > len(u.written) && !sc.yearSoft {
			// "盐田2016年接待游客多少": the office's reports give the
			// figure only for other years — say so, each labelled with
			// the year its part of the report is about.
			lead := fmt.Sprintf("资料中未找到%s%s年的这项数字。", orgNames(u.orgs), yearsText(fy))
			otherYears(resp, lead, yearless(evs, u, wt))
		}
		if sc.yearSoft {
			// The office's reports of other years do not state this
			// year's figure; say what they do state, labelled by year,
			// without claiming they are silent.
			lead := fmt.Sprintf("资料中没有%s%s年度的报告,其他年度的报告中也没有%s年的这项内容。", orgNames(u.orgs), yearsText(u.years), yearsText(u.years))
			if sc.softMissing != "" {
				lead = fmt.Sprintf("%s,其他文件中也没有%s年的这项内容。", sc.softMissing, yearsText(u.years))
			}
			if !otherYears(resp, lead, yearless(evs, u, wt)) {
				resp.Answer = lead + resp.Answer
			}
		}
		return resp, nil
	}
	if len(unanswered) > 0 && (stem || named) && !req.unscoped {
		// The words that seemed to name a document (or an office) leave
		// part of the question unanswered there: they may be what is
		// asked about. Beyond them, an answer to more of it is the one.
		again := req
		again.unscoped = true
		if r, err := e.ask(ctx, again); err == nil && r.Found && r.parts && r.unanswered < len(unanswered) {
			return r, nil
		}
	}
	resp.Found = true
	resp.unanswered, resp.parts = len(unanswered), isParts
	resp.Answer, resp.Citations = compose(picked, u, wt)
	if len(sc.planFrom) > 0 && coversAny(picked[0].doc, sc.planFrom) {
		note := fmt.Sprintf("(%s年的工作安排见%s年度报告中的工作计划。)", yearsText(u.years), yearsText(sc.planFrom))
		if sc.planOnly {
			note = fmt.Sprintf("(%s年度的报告尚无;%s年的工作安排见%s年度报告中的工作计划。)", yearsText(u.years), yearsText(u.years), yearsText(sc.planFrom))
		}
		resp.Answer = note + resp.Answer
	}
	if len(sc.absent) > 0 {
		// "近两年" with one of the two years' reports missing: say so.
		resp.Answer = fmt.Sprintf("(资料中没有%s年度的报告,以下只据现有年度。)", yearsText(sc.absent)) + resp.Answer
	}
	for _, part := range unanswered {
		resp.Answer += unansweredPart(part)
	}
	if !u.cross && (u.who || (u.asksOrg() && anyOf(picked, func(ev evidence) bool { return ev.inTask && !namesOrg(ev.text()) }))) {
		e.appendRoles(resp, picked)
	}
	e.appendKeys(resp, picked)
	if len(picked) > 0 && resp.Scope.Basis == "" && allSameDoc(picked) {
		resp.Scope.Basis = "依据: " + picked[0].doc.Title
	}
	if e.LLM != nil && !req.NoLLM {
		e.rewrite(ctx, req, resp, evs)
	}
	return resp, nil
}

// distinctOrgs counts the offices among docs.
func distinctOrgs(docs []*index.StoredDoc) int {
	orgs := map[string]bool{}
	for _, d := range docs {
		orgs[d.Org] = true
	}
	return len(orgs)
}

// reportYears counts the distinct years the reports among docs cover.
func reportYears(docs []*index.StoredDoc) int {
	years := map[int]bool{}
	for _, d := range docs {
		if d.Kind == document.KindReport {
			years[d.Year] = true
		}
	}
	return len(years)
}

func allSameDoc(evs []evidence) bool {
	for _, ev := range evs {
		if ev.doc.ID != evs[0].doc.ID {
			return false
		}
	}
	return true
}

func refs(ds []*index.StoredDoc) []document.Ref {
	out := make([]document.Ref, len(ds))
	for i, d := range ds {
		out[i] = d.Ref()
	}
	return out
}

func nearestText(ds []*index.StoredDoc) string {
	if len(ds) == 0 {
		return ""
	}
	var parts []string
	for _, d := range ds {
		switch {
		case d.Org != "" && dated(d):
			parts = append(parts, fmt.Sprintf("《%s》(%s,%s)", d.Title, d.Org, yearLabel(d)))
		case d.Org != "":
			parts = append(parts, fmt.Sprintf("《%s》(%s)", d.Title, d.Org))
		default:
			parts = append(parts, "《"+d.Title+"》")
		}
	}
	return "现有最接近的文件:" + strings.Join(parts, ";") + "。"
}

func yearLabel(d *index.StoredDoc) string {
	if d.Kind == document.KindPlan && d.PeriodStart > 0 {
		return fmt.Sprintf("%d-%d年", d.PeriodStart, d.PeriodEnd)
	}
	return fmt.Sprintf("%d年度", d.Year)
}

// dated reports whether yearLabel has a year to say.
func dated(d *index.StoredDoc) bool {
	return d.Year > 0 || (d.Kind == document.KindPlan && d.PeriodStart > 0)
}

// docLabel names a document in a list of several: its office and year,
// or its title where the metadata read neither ("(0年度)" says nothing).
func docLabel(d *index.StoredDoc) string {
	switch {
	case d.Org != "" && dated(d):
		return fmt.Sprintf("%s(%s)", d.Org, yearLabel(d))
	case d.Org != "":
		return fmt.Sprintf("%s(《%s》)", d.Org, d.Title)
	case dated(d):
		return fmt.Sprintf("《%s》(%s)", d.Title, yearLabel(d))
	}
	return "《" + d.Title + "》"
}

func citationOf(n int, ev evidence) Citation {
	return Citation{N: n, Doc: ev.doc.Ref(), Section: ev.path.String(), Text: ev.quote(), Start: ev.qStart, End: ev.qEnd}
}

// citeEvidence adds ev's citations after those in cites and returns their
// markers: a table row read with its header cites the header row too,
// whose words the answer repeats.
func citeEvidence(cites []Citation, ev evidence) ([]Citation, string) {
	n := len(cites) + 1
	cites = append(cites, citationOf(n, ev))
	marks := fmt.Sprintf("[%d]", n)
	if ev.read != "" && ev.row.hEnd > 0 {
		h := ev.row
		cites = append(cites, Citation{N: n + 1, Doc: ev.doc.Ref(), Section: ev.path.String(), Text: ev.doc.Text[h.hStart:h.hEnd], Start: h.hStart, End: h.hEnd})
		marks += fmt.Sprintf("[%d]", n+1)
	}
	return cites, marks
}

// compose joins the picked sentences into a short answer with [n] markers.
func compose(picked []evidence, u understood, wt weightedTokens) (string, []Citation) {
	if u.cross {
		return composeCross(picked, u, wt)
	}
	var b strings.Builder
	var cites []Citation
	d := picked[0].doc
	fmt.Fprintf(&b, "据《%s》", d.Title)
	if u.relative != "" && len(u.years) == 1 {
		fmt.Fprintf(&b, "(%s即%d年度)", u.relative, u.years[0])
	}
	b.WriteString(":")
	var kept shownSet
	for _, ev := range picked {
		kept.take(ev)
	}
	picked = kept
	for i, ev := range picked {
		var marks string
		cites, marks = citeEvidence(cites, ev)
		if ev.doc.ID != d.ID {
			fmt.Fprintf(&b, "另据《%s》:", ev.doc.Title)
		}
		writeHolder(&b, ev, u)
		fmt.Fprintf(&b, "%s%s", trimSentence(shown(ev)), marks)
		if i < len(picked)-1 {
			if endsWithColon(shown(ev)) {
				b.WriteString(":")
			} else {
				b.WriteString(";")
			}
		}
	}
	b.WriteString("。")
	return b.String(), cites
}

// endsWithColon reports whether a passage announces what follows it.
func endsWithColon(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "\uff1a")
}

// writeHolder writes the heading of ev's section before it when the
// question asks who and the heading, not the sentence, names who: "分管县
// 民政局…" under "四、龙雅琴(县政府副县长)".
func writeHolder(b *strings.Builder, ev evidence, u understood) {
	if h := holderHeading(ev, u.holderPerson); u.holder && h != "" && !namesPerson(ev.passage()) && (u.holderPerson || !namesOrg(ev.says())) {
		fmt.Fprintf(b, "“%s”部分:", h)
		return
	}
	// "哪个股管" answered under "（四）儿童福利和社会事务股": the heading
	// names the kind asked, the sentence does not.
	if len(ev.path) > 0 && !namesAskedKind(ev.says(), u.asked) && namesAskedKind(ev.path[len(ev.path)-1], u.asked) {
		fmt.Fprintf(b, "“%s”部分:", strings.TrimRight(ev.path[len(ev.path)-1], "。.:： "))
	}
}

// reHowAsked asks how something was done (怎么抓的, 如何开展).
var reHowAsked = regexp.MustCompile(`怎么|如何|怎样|哪些做法|哪些措施|做法|措施`)

// composeCross answers per document, one line each. For a "how" question
// ("各单位…怎么做的"), a document with a section whose heading names the
// topic ("八、完善信访工作制度") answers with that section's items; any
// other with its best sentence.
func composeCross(picked []evidence, u understood, wt weightedTokens) (string, []Citation) {
	var b strings.Builder
	var cites []Citation
	if u.byYear {
		b.WriteString("各年度报告的相关内容:\n")
	} else {
		b.WriteString("各文件的相关内容:\n")
	}
	sections := !u.byYear && (u.list || u.how)
	sectioned := map[*index.StoredDoc]bool{}
	var done shownSet
	for _, ev := range picked {
		if sectioned[ev.doc] {
			continue // its section is said already, for another place asked
		}
		ev, ok := done.take(ev)
		if !ok {
			continue // its sentence is shown already
		}
		fmt.Fprintf(&b, "- %s:", docLabel(ev.doc))
		// A sentence that closes its list with a count ("察看了A、B等9个
		// 点位") answers as a whole; no section's items stand in for it.
		if sections && !reCountedList.MatchString(ev.says()) {
			if _, sec, items, _ := sectionItems(wt, []*index.StoredDoc{ev.doc}, 4, u.asked, ""); len(items) >= 2 && !bandsOfCase(items, u) {
				sectioned[ev.doc] = true
				fmt.Fprintf(&b, "“%s”部分:", sec.Heading)
				for i, it := range items {
					it.N = len(cites) + 1
					cites = append(cites, it)
					if i > 0 {
						b.WriteString(";")
					}
					fmt.Fprintf(&b, "%s[%d]", trimSentence(shorten(it.Text, 60)), it.N)
				}
				b.WriteString("\n")
				continue
			}
		}
		var marks string
		cites, marks = citeEvidence(cites, ev)
		writeHolder(&b, ev, u)
		fmt.Fprintf(&b, "%s%s", trimSentence(shown(ev)), marks)
		// What completes a passage in one document's answer completes it
		// here (complete): a heading's body, a reply to a question the
		// document asks itself, the items a colon announces, the 二是 and
		// 三是 after a 一是.
		prev := ev
		for _, it := range complete([]evidence{ev}, u)[1:] {
			it, ok := done.take(it)
			if !ok {
				continue
			}
			cites, marks = citeEvidence(cites, it)
			sep := ";"
			if _, heads := bodyOf(prev); heads || endsWithColon(shown(prev)) {
				sep = ":"
			}
			fmt.Fprintf(&b, "%s%s%s", sep, trimSentence(shown(it)), marks)
			prev = it
		}
		b.WriteString("\n")
	}
	// A comparison lists every document it was asked to compare: one that
	// says nothing of it is named as silent, not left out.
	for _, d := range u.compared() {
		if !anyOf(picked, func(ev evidence) bool { return ev.doc == d }) {
			fmt.Fprintf(&b, "- %s:未提及\n", docLabel(d))
		}
	}
	return strings.TrimRight(b.String(), "\n"), cites
}

// compared are the documents a question names to compare: several named
// documents, or the reports of several named offices for the years asked.
func (u understood) compared() []*index.StoredDoc {
	if len(u.named.docs) > 1 {
		return u.named.docs
	}
	if len(u.orgs) < 2 || len(u.years) == 0 {
		return nil
	}
	var out []*index.StoredDoc
	for _, p := range u.orgs {
		for _, d := range p.docs {
			if coversAny(d, u.years) {
				out = append(out, d)
			}
		}
	}
	return out
}

// trimSentence drops the sentence's closing punctuation so [n] can follow.
func trimSentence(s string) string {
	return strings.TrimRight(s, "。\uff1b;\uff0c,\uff01!\uff1f?\uff1a: \n")
}

// refuse explains that the documents do not say, and names what is nearest.
// otherYears writes a refusal for a missing year that shows what other
// years' reports state (at most three, each labelled with its year) after
// lead; false when they state nothing to the point. The answer stays a
// refusal: those reports do not answer for the year asked.
func otherYears(resp *Response, lead string, other []evidence) bool {
	if len(other) == 0 {
		return false
	}
	var b strings.Builder
	resp.Found = false
	resp.Citations, resp.Related = []Citation{}, nil
	b.WriteString(lead + "其他年度报告中的相关内容(仅供参考):")
	for i, ev := range other {
		if i == 3 {
			break
		}
		c := citationOf(i+1, ev)
		resp.Citations = append(resp.Citations, c)
		resp.Related = append(resp.Related, c)
		year := fmt.Sprintf("%d年度", ev.doc.Year)
		if p := impliedYear(ev.doc, ev.start); p.year > 0 && p.year != ev.doc.Year {
			year = fmt.Sprintf("%d年%s", p.year, map[bool]string{true: "情况", false: "安排"}[p.review])
		}
		fmt.Fprintf(&b, "%s(%s):%s[%d]。", ev.doc.Title, year, strings.TrimRight(ev.says(), "。;；"), i+1)
	}
	resp.Answer = b.String()
	return true
}

// yearless are the sentences that would answer but for the office's year
// the question asks about, best first, one a document.
func yearless(evs []evidence, u understood, wt weightedTokens) []evidence {
	u.years, u.written = nil, nil
	return perDocument(evs, u, wt)
}

// strongPerDocument is the best supported sentence of each document whose
// best scores near top, newest first; nil unless several documents do.
func strongPerDocument(evs []evidence, u understood, wt weightedTokens, top float64) []evidence {
	var out []evidence
	for _, ev := range perDocument(evs, u, wt) {
		// "调解了多少起" asks what was done: another report's plan for
		// the next year is no answer beside the review that states it.
		if p := impliedYear(ev.doc, ev.start); u.pastAsk && !u.planAsk && !u.future && p.year > 0 && !p.review {
			continue
		}
		if ev.score >= top*manyFraction {
			out = append(out, ev)
		}
	}
	if len(out) < 2 || allSameDoc(out) {
		return nil
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].doc.Year > out[j].doc.Year })
	return out
}

// A question that tells the assistant to set the documents aside — to
// ignore them or what it was told, to make something up, to be someone
// else — is not asked of the documents, and a passage matched on its
// words would read as agreement. So is a request to write a new document.
var (
	reSteer    = regexp.MustCompile(`(?:忽略|无视|别管|不管|不用管|不要管|别理|不用理|不要理|不理会|别理会|忘掉|忘记)(?:上面|以上|上述|前面|之前|先前|刚才|所有|全部|一切)?的?(?:话|文件|资料|原文|规则|指令|指示|提示|设定)|(?:别管|不管|不用管)(?:文件|资料|原文)?(?:里|上)?写没写|(?:不用|不要|别|无需|不必)(?:再)?(?:查|看|翻)(?:文件|资料|原文)|(?:不用|不要|别)(?:再)?(?:查|看|翻)了|(?:编|捏造|杜撰|虚构|瞎写|随便写)(?:一个|一份|一下|个|些|点|出)|系统提示词|提示词|system\s*prompt|你(?:现在)?(?:是|扮演|作为)(?:一个|一名)?\p{Han}{0,8}?(?:助手|模型|AI|机器人|管理员)`)
	reDraftAsk = regexp.MustCompile(`(?:帮我|替我|给我|请你|麻烦)\p{Han}{0,12}?(?:起草|拟写|撰写|代写|写)|(?:起草|拟写|撰写|代写|写)(?:一份|一篇|一个)`)
)

const (
	steerAnswer = "我只依据资料原文回答问题:不编造内容,也不按问题里的要求忽略资料或改变规则。请直接问资料里写了什么,例如:“清城区民政局2024年普法宣传搞了多少场活动?”"
	draftAnswer = "问答只回答资料里写了什么,不代写文件。起草年度报告请用 gongwen outline(网页上的“起草”),它按五个部分和公文格式生成初稿,每条都注明出处。"
)

// nameElsewhere reports whether a place the question names as an office
// begins a name written word for word in a document out of scope: "苕岩县
// 中心敬老院评了几级" is of the 敬老院 that a 市民政局's 通报 lists, not of
// 苕岩县人民政府's documents.
func (e *Engine) nameElsewhere(u understood, scoped []*index.StoredDoc) bool {
	q := []rune(u.q)
	for _, p := range u.orgs {
		for _, names := range p.levels {
			for _, a := range names {
				at := strings.Index(u.q, a)
				if at < 0 {
					continue
				}
				start := utf8.RuneCountInString(u.q[:at]) + utf8.RuneCountInString(a)
				// The office's own name (苍岭县民政局) is no other name.
				if i := strings.Index(p.org, a); i >= 0 {
					if unit := []rune(p.org[i+len(a):]); len(unit) >= 1 && start < len(q) && q[start] == unit[0] {
						continue
					}
				}
				end := start
				for end < len(q) && end-start < maxNameTail && zh.IsHan(q[end]) {
					end++
				}
				for k := end; k-start >= minNameTail; k-- {
					if name := a + string(q[start:k]); e.writtenOutside(name, scoped) {
						return true
					}
				}
			}
		}
	}
	return false
}

// contactAnswer is the contact lines of the first document that gives
// any, of those that speak of the matter best (the picked answer's, then
// the evidence's, at most maxContactDocs; the one named when none), the
// ones whose title says the matter first: "督查通报有问题联系谁" is of the
// 督查…通报, not of the 考核通报 that mentions a 督查.
func contactAnswer(picked, evs []evidence, u understood, wt weightedTokens) []evidence {
	var docs []*index.StoredDoc
	for _, ev := range append(slices.Clone(picked), evs...) {
		if !slices.Contains(docs, ev.doc) && len(docs) < maxContactDocs {
			docs = append(docs, ev.doc)
		}
	}
	if len(docs) == 0 && len(u.named.docs) == 1 {
		docs = u.named.docs
	}
	slices.SortStableFunc(docs, func(a, b *index.StoredDoc) int {
		return cmp.Compare(wt.coverage(b.Title, "", nil), wt.coverage(a.Title, "", nil))
	})
	for _, d := range docs {
		if lines := contactLines(d); len(lines) > 0 {
			return lines
		}
	}
	return nil
}

// reContactLine is a line that gives whom to contact: a contact named as
// one, or a phone number to call (0735-6621500, 13907935526).
var reContactLine = regexp.MustCompile(`联系人|联系电话|咨询电话|\d{3,4}[-—－]\d{7,8}|1\d{10}`)

// maxContactLines bounds the lines a contact answer quotes;
// maxContactDocs the documents looked in for them.
const (
	maxContactLines = 4
	maxContactDocs  = 5
)

// contactLines are whom d gives to contact: the lines that write 联系人
// or a phone to call, under its 联系方式 heading if it has one ("二、联系
// 方式" over how leaders keep in touch with firms gives none).
func contactLines(d *index.StoredDoc) []evidence {
	if d == nil {
		return nil
	}
	var out []evidence
	doc := &document.Document{Text: d.Text, Sections: d.Sections}
	add := func(a, b int) {
		if t := strings.TrimSpace(d.Text[a:b]); t != "" && len(out) < maxContactLines {
			a += strings.Index(d.Text[a:b], t)
			out = append(out, evidence{doc: d, path: doc.PathAt(a), start: a, end: a + len(t), qStart: a, qEnd: a + len(t)})
		}
	}
	for _, s := range d.Sections {
		if !strings.Contains(s.Heading, "联系方式") {
			continue
		}
		body := lineEndAt(d.Text, s.Start) + 1
		for at := body; at < s.End && len(out) < maxContactLines; at = lineEndAt(d.Text, at) + 1 {
			if end := min(lineEndAt(d.Text, at), s.End); reContactLine.MatchString(d.Text[at:end]) {
				add(at, end)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	for at := 0; at < len(d.Text) && len(out) < maxContactLines; at = lineEndAt(d.Text, at) + 1 {
		if end := lineEndAt(d.Text, at); reContactLine.MatchString(d.Text[at:end]) {
			add(at, end)
		}
	}
	return out
}

// officeNamed is how a question names the offices whose own documents
// did not speak of what it asks: a passage that answers of them writes
// one of words, in a document that writes every one of places.
type officeNamed struct {
	words, places []string
}

// officeWords are how u's question names its offices: the unit of each
// when it writes it (民政局 of 崞阳县民政局: another office's 通报 writes
// "县民政局"), else the deepest place written (福田 of 福田区人民政府), or
// the kind of office (民政局); and the places it writes of them (崞阳县),
// which a document of another county's 民政局 does not.
func officeWords(u understood) officeNamed {
	var out officeNamed
	for _, p := range u.orgs {
		var deepest string
		for lvl := range p.levels {
			if i := slices.IndexFunc(p.levels[lvl], func(a string) bool { return strings.Contains(u.q, a) }); i >= 0 {
				deepest = p.levels[lvl][i]
				out.places = append(out.places, deepest)
			}
		}
		switch {
		case p.unit != "" && p.unit != p.org && strings.Contains(u.q, p.unit):
			out.words = append(out.words, p.unit)
		case deepest != "":
			out.words = append(out.words, deepest)
		}
	}
	if u.unitType != "" {
		out.words = append(out.words, u.unitType)
	}
	return out
}

// minNameTail and maxNameTail bound the words after a place that may be
// the rest of a name (中心敬老院).
const (
	minNameTail = 3
	maxNameTail = 8
)

// writtenOutside reports whether a document out of scoped writes s.
func (e *Engine) writtenOutside(s string, scoped []*index.StoredDoc) bool {
	if e.Index.DocsWithAll(zh.Tokens(s)) == 0 {
		return false
	}
	for _, d := range e.Index.Docs() {
		if !slices.Contains(scoped, d) && strings.Contains(d.Text, s) {
			return true
		}
	}
	return false
}

// steered is the reply to a question that is an instruction rather than a
// question about the documents, "" for a question.
func steered(q string) string {
	nq := zh.Normalize(q)
	switch {
	case reSteer.MatchString(nq) || isInstruction(nq):
		return steerAnswer
	case reDraftAsk.MatchString(nq) && !reAskWord.MatchString(nq):
		return draftAnswer
	}
	return ""
}

// reAskWord marks a question about what a document says ("报告里写了哪些",
// "怎么写的"), which a drafting word inside it does not turn into a request.
var reAskWord = regexp.MustCompile(`多少|几|哪|什么|怎么|如何|是否|有没有|吗|谁|\?|？`)

// askInChinese answers a question with no Chinese in it: the documents
// are Chinese, and a passage matched on a few shared letters is no answer.
const askInChinese = "请用中文提问。gongwen 检索的是中文报告和文件,例如:“清城区民政局2024年普法宣传搞了多少场活动?”"

// hasKanaOrHangul reports whether a question is written in Japanese or
// Korean: its Han characters match Chinese text only by chance.
func hasKanaOrHangul(q string) bool {
	for _, r := range q {
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
	}
	return false
}

// hasHanText reports whether a question has Chinese in it.
func hasHanText(q string) bool {
	for _, r := range q {
		if zh.IsHan(r) {
			return true
		}
	}
	return false
}

func refuse(resp *Response, u understood, evs []evidence) {
	resp.Found = false
	var b strings.Builder
	// The question as asked, not its leftover topic words; its brackets
	// (国发[1981]88号) must not read as citation markers.
	q := strings.NewReplacer("[", "〔", "]", "〕").Replace(strings.TrimRight(strings.TrimSpace(u.q), "?？。.!！ "))
	fmt.Fprintf(&b, "资料中未找到对“%s”的明确说法。", q)
	seen := map[string]bool{}
	n := 0
	for _, ev := range evs {
		if n == 3 {
			break
		}
		key := fmt.Sprintf("%s:%d", ev.doc.ID, ev.qStart)
		if seen[key] || ev.coverage < 0.25 {
			continue
		}
		seen[key] = true
		n++
		c := citationOf(n, ev)
		resp.Related = append(resp.Related, c)
		if n == 1 {
			b.WriteString("可能相关:")
		} else {
			b.WriteString(";")
		}
		fmt.Fprintf(&b, "《%s》%s[%d]", ev.doc.Title, sectionLabel(ev.path), n)
	}
	if n > 0 {
		b.WriteString("。")
		resp.Citations = append(resp.Citations, resp.Related...)
	}
	resp.Answer = b.String()
}

func sectionLabel(p document.HeadingPath) string {
	if len(p) == 0 {
		return ""
	}
	return "“" + p[len(p)-1] + "”部分"
}

// traceEvidence writes the understood question and its best evidence.
func (e *Engine) traceEvidence(u understood, sc scopeResult, wt weightedTokens, evs []evidence) {
	if e.Trace == nil {
		return
	}
	spans := u.named.said
	var named []string
	for _, d := range u.named.docs {
		named = append(named, d.ID)
	}
	e.tracef("topic=%q places=%v years=%v written=%v orgs=%d named=%d%q%v docs=%d docCoverage=%.2f post=%q office=%+v asking=%+v\n", u.topic, u.places, u.years, u.written, len(u.orgs), len(u.named.docs), spans, named, len(sc.docs), wt.docCoverage, u.post, u.office, u.asking)
	for _, t := range wt.toks {
		e.tracef("  tok %s w=%.2f in=%v coh=%.3f\n", t, wt.w[t], wt.in[t], e.Index.Cohesion(t))
	}
	for i, ev := range evs {
		if i == 12 {
			break
		}
		e.tracef("  %.3f cov=%.2f r=%d %s | %s\n", ev.score, ev.coverage, ev.rank, ev.doc.ID, trimSentence(ev.says()))
	}
}

// minTitleRun is how many characters of a title a question must write for
// them to pick one of an office's documents.
const minTitleRun = 4

// titleOnlyRun finds the document whose title alone, among docs, writes a
// run of the question (not the office's name, a year or a genre word), and
// that run.
func titleOnlyRun(q string, docs []*index.StoredDoc, orgs []*orgProfile) (*index.StoredDoc, string) {
	rs := []rune(q)
	var found *index.StoredDoc
	best := ""
	titles := make([]string, len(docs))
	for i, d := range docs {
		titles[i] = strings.Join(strings.Fields(d.Title), "")
	}
	for i := range rs {
		for j := min(len(rs), i+16); j-i >= minTitleRun; j-- {
			run := string(rs[i:j])
			if !allHan(run) || isGenreOnly(run) || anyOf(orgs, func(p *orgProfile) bool { return strings.Contains(p.org, run) }) {
				continue
			}
			var with []*index.StoredDoc
			for k, d := range docs {
				if strings.Contains(titles[k], run) {
					with = append(with, d)
				}
			}
			// And the others do not write it in their text either: then
			// it is what the question is about, not which one it means.
			if len(with) == 1 && len([]rune(run)) > len([]rune(best)) && !anyOf(docs, func(d *index.StoredDoc) bool { return d != with[0] && strings.Contains(d.Text, run) }) {
				found, best = with[0], run
			}
			if len(with) > 0 {
				break // a longer run from i found in a title; shorter ones add nothing
			}
		}
	}
	return found, best
}

func allHan(s string) bool {
	for _, r := range s {
		if !zh.IsHan(r) {
			return false
		}
	}
	return s != ""
}

// notAnsweredBefore drops the passages the answer before quoted: a
// follow-up that asks something of its own ("牵头的是谁" after "老旧小区
// 改造几个小区 总投资多少") is not answered by the sentence that answered
// the question before, which its inherited words match best.
func notAnsweredBefore(evs []evidence, answered string) []evidence {
	if answered == "" {
		return evs
	}
	out := append([]evidence(nil), evs...)
	for i := range out {
		if t := trimSentence(out[i].says()); utf8.RuneCountInString(t) >= minAnsweredRunes && strings.Contains(answered, t) {
			out[i].score *= answeredBeforeWeight
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out
}

// answeredBeforeWeight is what a passage the answer before quoted scores
// for a follow-up that asks something of its own: it may hold both ("去年
// 达到38%，今年要达到42%以上"), but another that matches as well is the
// likelier answer.
const answeredBeforeWeight = 0.8 // tune: 0.9 and 0.65 no better

// minAnsweredRunes: a shorter unit (a heading, a label) may stand in any
// answer.
const minAnsweredRunes = 12

// answerOtherParts answers, in the documents a head answer is of, the
// parts of the question no head answer covers: "第47号提案是谁提的，由
// 哪些单位协办" is the 提案人 from the reply's head and the 协办 units
// from its text. A part the documents leave open is said to be.
func (e *Engine) answerOtherParts(ctx context.Context, req Request, u understood, now time.Time, docs []*index.StoredDoc, ans *Response) {
	parts := subQuestions(zh.Normalize(req.Q))
	if len(parts) < 2 {
		return
	}
	in := map[string]bool{}
	for _, d := range docs {
		in[d.ID] = true
	}
	orgs := e.readableOrgs(req.Allow) // once, not per part
	for _, p := range parts {
		pu := understand(e.Index, orgs, p, now)
		// The documents the question named are the part's too: their
		// title's words in the part ("…处置记录是谁填的") name them, no
		// more of what is asked.
		pu.named.docs = u.named.docs
		if anyOf(docAnswers, func(of docAnswer) bool {
			_, ok := of.answer(pu, docs)
			return ok
		}) {
			continue // the head answers it
		}
		// The part is asked of what the first part is of: its subject
		// goes with it ("第47号提案" + "由哪些单位协办").
		q := p
		if p != parts[0] {
			q = withSubjectOf(parts[0], p)
		}
		sub := req
		sub.Q, sub.History, sub.onePart = q, nil, true
		sub.Allow = func(id string) bool { return in[id] && (req.Allow == nil || req.Allow(id)) }
		r, err := e.ask(ctx, sub)
		if err != nil {
			continue // the head's answer stands alone
		}
		// A part's answer must quote some word of the part: the best
		// passage of a few documents may speak of something else
		// ("您提出的《…》收悉" for "是答复谁的", review 23).
		if !r.Found || !quotesWordOf(r, p) {
			ans.Answer += unansweredPart(p)
			continue
		}
		joinAnswer(ans, r)
	}
}

// unansweredPart says that the documents leave a part of a question
// open, in the asker's words (a 文号's brackets as 公文 write them).
func unansweredPart(p string) string {
	return fmt.Sprintf("关于“%s”,资料中未找到明确说法。", writtenBrackets.Replace(p))
}

// quotesWordOf reports whether r's citations quote a content word of
// topic.
func quotesWordOf(r *Response, topic string) bool {
	var ws []string
	for _, t := range zh.Tokens(topic) {
		rs := []rune(t)
		// A pair of Han characters that asks nothing (哪些, 什么, 多少)
		// and is not two function characters (都有).
		if len(rs) == 2 && zh.IsHan(rs[0]) && zh.IsHan(rs[1]) && !reAsks.MatchString(t) && !(strings.ContainsRune(glueChars, rs[0]) && strings.ContainsRune(glueChars, rs[1])) {
			ws = append(ws, t)
		}
	}
	if len(ws) == 0 {
		return true // "找谁办" says no word to look for
	}
	// The section a passage stands under speaks for it ("三、检查内容").
	return anyOf(r.Citations, func(c Citation) bool {
		return anyOf(ws, func(w string) bool { return strings.Contains(c.Text, w) || strings.Contains(c.Section, w) })
	})
}

// withSubjectOf is a later part of a question with the subject of its
// first part — the first's words without its asking words, whole words
// kept (理由, 行为) — which it leaves to the first ("第47号提案是谁提的" +
// "由哪些单位协办"), unless it writes that subject itself.
func withSubjectOf(first, p string) string {
	subject := zh.StripQuestion(first)
	// A part that names its own year is not lent the first's ("去年…资助了
	// 多少钱 今年盘子多大").
	if reYearNamed.MatchString(p) {
		subject = reYearNamed.ReplaceAllString(subject, " ")
	}
	if subject := strings.Join(strings.Fields(subject), " "); subject != "" && !strings.Contains(p, subject) {
		return subject + " " + p
	}
	return p
}

// joinAnswer adds m's answer and citations after a's, its marks numbered
// on.
func joinAnswer(a, m *Response) {
	a.Answer = strings.TrimSuffix(a.Answer, "。") + ";" + numberedOn(a, m)
}

// manyFraction: when the question names no office, document or year,
// every document whose best passage scores at least this share of the
// best's answers too, each labelled (tune: 0.85 → 0.7 answered 10 more,
// 0.6 and 0.65 no better).
const manyFraction = 0.7

// reYearNamed is a year written out (2025年) or a relative one (去年).
var reYearNamed = func() *regexp.Regexp {
	words := []string{`(?:19|20)\d{2}\s*年`}
	for _, r := range relativeYears {
		words = append(words, r.word)
	}
	return regexp.MustCompile(strings.Join(words, "|"))
}()

// yearsDiffer reports whether two parts of a question name different
// years (去年 and 今年, 2024年 and 2025年).
func yearsDiffer(parts []string) bool {
	seen := ""
	for _, p := range parts {
		// A year a figure is compared with ("比2024年提高了多少", "较去年
		// 增长多少") is no part's own (review 27).
		p = reComparedYear.ReplaceAllString(p, " ")
		p = reComparedExplicit.ReplaceAllString(p, " ")
		ys := strings.Join(reYearNamed.FindAllString(p, -1), " ")
		if ys == "" {
			continue
		}
		if seen != "" && ys != seen {
			return true
		}
		seen = ys
	}
	return false
}

// yearAfterAsking reports whether a year the question names comes after
// all it asks ("…转移了多少群众 集中安置了多少 都是去年的"): it is every
// part's, not the last one's (review 26).
func yearAfterAsking(q string) bool {
	locs := reAsks.FindAllStringIndex(q, -1)
	return len(locs) > 0 && reYearNamed.MatchString(q[locs[len(locs)-1][1]:])
}

// maxShownRunes bounds the sentence an answer shows whole around the unit
// that answers (chosen on the tune splits: 100 runes fixed 4 answers, 160
// and 220 the same 17; limiting the sentence to two or three units instead
// kept 6 or 9 of them).
const maxShownRunes = 160

// shownSpan is the span an answer may show of ev: the whole sentence it
// quotes, from the start of the unit's line, when what that adds is on the
// unit's line and short — "19日18时降为Ⅳ级，22日12时终止" says what ended
// only with the clause before its ；("…启动…应急响应"), and the citation
// quotes that sentence anyway — else the unit itself. A table row is read
// with its header (says), never widened.
func shownSpan(ev evidence) (int, int, bool) {
	if ev.read != "" || ev.qStart > ev.start || ev.qEnd < ev.end {
		return ev.start, ev.end, false
	}
	// A heading line the quote begins with is not shown before a later
	// clause of the sentence under it (review 26).
	s := ev.qStart
	if i := strings.LastIndexByte(ev.doc.Text[ev.qStart:ev.start], '\n'); i >= 0 {
		s = ev.qStart + i + 1
	}
	if s == ev.start && ev.qEnd == ev.end {
		return ev.start, ev.end, false
	}
	if strings.Contains(strings.TrimSpace(ev.doc.Text[ev.end:ev.qEnd]), "\n") || utf8.RuneCountInString(ev.doc.Text[s:ev.qEnd]) > maxShownRunes {
		return ev.start, ev.end, false
	}
	return s, ev.qEnd, true
}

// shown is the text an answer shows of ev: the span shownSet.take chose,
// else the unit.
func shown(ev evidence) string {
	if ev.showEnd > 0 {
		return ev.doc.Text[ev.showStart:ev.showEnd]
	}
	return ev.says()
}

// shownSet is what an answer has shown so far, so that each sentence is
// shown once: a unit is shown whole (shownSpan) unless that overlaps what
// is shown already, then bare, and not at all when the unit itself is.
type shownSet []evidence

func (sh *shownSet) take(ev evidence) (evidence, bool) {
	overlaps := func(s, e int) bool {
		return anyOf(*sh, func(d evidence) bool {
			ds, de := d.start, d.end
			if d.showEnd > 0 {
				ds, de = d.showStart, d.showEnd
			}
			return d.doc == ev.doc && s < de && ds < e
		})
	}
	if s, e, whole := shownSpan(ev); whole && !overlaps(s, e) {
		ev.showStart, ev.showEnd = s, e
	} else if overlaps(ev.start, ev.end) {
		return ev, false
	}
	*sh = append(*sh, ev)
	return ev, true
}

// nameRunes is how long a run of a question is read as a name (康宁颐养院
// → 康宁颐养), and maxNameDocs how many documents at most may write it.
const (
	nameRunes   = 4
	maxNameDocs = 2
)

// reNameEnd is how the name of a body or a place ends.
var reNameEnd = regexp.MustCompile(`(?:[院局镇村站所园馆会队处校厂店司社]|中心|街道|公司|社区)$`)

// nameNamedLack reports whether the question writes, outside the words
// that named documents, a name — a run of nameRunes Han runes that at
// most maxNameDocs documents write — none of the named documents writes.
func (e *Engine) nameNamedLack(q string, nd namedDocs, allow func(string) bool) bool {
	q = blank(q, nd.spans)
	rs := []rune(q)
	for i := 0; i+nameRunes <= len(rs); i++ {
		run := rs[i : i+nameRunes]
		if !allOf(run, zh.IsHan) || asksAt(rs, i, i+nameRunes) {
			continue
		}
		s := string(run)
		// A name ends as a body or a place does (…颐养院, …街道).
		if !reNameEnd.MatchString(s) {
			continue
		}
		var writers []*index.StoredDoc
		for _, d := range e.Index.DocsHolding(zh.Tokens(s)) {
			if (allow == nil || allow(d.ID)) && strings.Contains(d.Text, s) {
				writers = append(writers, d)
			}
		}
		if len(writers) == 0 || len(writers) > maxNameDocs {
			continue
		}
		if !anyOf(writers, func(d *index.StoredDoc) bool { return slices.Contains(nd.docs, d) }) {
			return true
		}
	}
	return false
}

// reSampleMark marks what a document gives as a form to fill or an example
// ("干部教育培训学时登记表（样表）", "工作台账（样式）", "（示例）王某某"):
// made-up entries, no fact the document states.
var reSampleMark = regexp.MustCompile(`[（(](?:样表|样式|式样|示例|范例|模板|样本)[）)]|^\s*(?:[（(]示例[）)]|示例[:：])`)

// maxSampleCaption is how many lines above a table's header its caption
// may say it is a sample.
const maxSampleCaption = 2

// isSample reports whether ev stands in a sample: its heading, its own
// line, or the caption over the table it is a row of says so.
func isSample(ev evidence) bool {
	if reSampleMark.MatchString(ev.text()) || anyOf(ev.path, func(h string) bool { return reSampleMark.MatchString(h) }) {
		return true
	}
	if ev.row.hEnd == 0 {
		return false
	}
	text := ev.doc.Text
	at := ev.row.hStart
	for k := 0; k < maxSampleCaption && at > 1; k++ {
		prev := strings.LastIndexByte(text[:at-1], '\n') + 1
		if reSampleMark.MatchString(text[prev : at-1]) {
			return true
		}
		at = prev
	}
	return false
}

// realBeforeSamples leaves out the passages that stand in a sample where
// a passage that states what the document says matches the question as
// well: a sample answers only what nothing else does (what a form asks).
func realBeforeSamples(evs []evidence) []evidence {
	best := -1.0
	sample := make([]bool, len(evs))
	for i, ev := range evs {
		if sample[i] = isSample(ev); !sample[i] {
			best = max(best, ev.coverage)
		}
	}
	if best < 0 || !slices.Contains(sample, true) {
		return evs
	}
	var out []evidence
	for i, ev := range evs {
		if !sample[i] || ev.coverage > best {
			out = append(out, ev)
		}
	}
	return out
}

// personRunes is how long a name the question writes is read as (陈建华).
const personRunes = 3

// personAsked is a person the question asks a thing of ("陈建华的联系电话"):
// three runes before 的, no word that asks or that names a body or a
// label (联系人), that a document writes as people are written — before a
// colon as one addressed or filed under a label ("陈建华：", "联系人：陈建华"),
// before 同志, or after a post ("局长 陈建华").
func (e *Engine) personAsked(q string, allow func(string) bool) string {
	rs := []rune(q)
	for i := 0; i+personRunes < len(rs); i++ {
		run := rs[i : i+personRunes]
		if rs[i+personRunes] != '的' || !allOf(run, zh.IsHan) || asksAt(rs, i, i+personRunes) || strings.ContainsAny(string(run), notNameChars+"人的是了吗呢啥谁哪几多少") {
			continue
		}
		name := string(run)
		for _, d := range e.Index.DocsHolding(zh.Tokens(name)) {
			if (allow == nil || allow(d.ID)) && writesAsPerson(d.Text, name) {
				return name
			}
		}
	}
	return ""
}

// writesAsPerson reports whether text writes name as people are written:
// on a line of its own before a colon ("陈建华："), after a label, a post or
// the start of a line ("联系人：陈建华", "局长 陈建华") and before no other
// Han rune, or before 同志 — read with string checks, no pattern built per
// question.
func writesAsPerson(text, name string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		i += at
		end := i + len(name)
		at = end
		after, _ := utf8.DecodeRuneInString(text[end:])
		if strings.HasPrefix(text[end:], "同志") {
			return true
		}
		lineStart := strings.LastIndexByte(text[:i], '\n') + 1
		before := strings.TrimRight(text[lineStart:i], " \t\u3000")
		if before == "" && (after == '：' || after == ':') {
			return true
		}
		if end < len(text) && zh.IsHan(after) {
			continue
		}
		before = strings.TrimRight(before, ":：")
		if before == "" || strings.HasSuffix(before, "人") || strings.HasSuffix(before, "师") || rePostEnd.MatchString(before) {
			return true
		}
	}
}

// rePostEnd is a post a name may follow ("局长 陈建华").
var rePostEnd = regexp.MustCompile(`(?:` + postWords + `)$`)

// writesPerson reports whether ev speaks of person: its passage or heading
// names them, or its document is theirs — given or signed by them (a
// report in the first person: "本人于…出庭应诉"). A reply addressed to
// them is not: its contact's number is the office's, not theirs.
func writesPerson(ev evidence, person string) bool {
	// (A heading that only addresses them, "黄振宇：", is the salutation.)
	if strings.Contains(ev.passage(), person) || anyOf(ev.path, func(h string) bool {
		return strings.Contains(h, person) && strings.TrimRight(strings.TrimSpace(h), ":：") != person
	}) {
		return true
	}
	if _, name := document.Speaker(ev.doc.Text); name == person {
		return true
	}
	// The signature is read from the foot only: the whole text's head is
	// not split again for every passage weighed.
	t := ev.doc.Text
	foot := t[footStart(t):]
	sig := document.LocateHead(foot).Signature
	return sig.End > 0 && strings.Contains(foot[sig.Start:sig.End], person)
}

// footBytes is how much of a text's end holds its signature.
const footBytes = 600

// footStart is where the last footBytes of t begin, at a line's start.
func footStart(t string) int {
	if len(t) <= footBytes {
		return 0
	}
	at := len(t) - footBytes
	if i := strings.IndexByte(t[at:], '\n'); i >= 0 {
		return at + i + 1
	}
	for at > 0 && !utf8.RuneStart(t[at]) { // a foot with no line break: from a whole character
		at--
	}
	return at
}
