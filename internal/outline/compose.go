package outline

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/zh"
)

// Limits that keep an outline a page, not a copy of last year's report.
const (
	maxOwnBullets      = 4 // per group drawn from the office's own report
	maxPlaceholders    = 3 // figure placeholders per group
	maxExampleGroups   = 4 // groups of other reports' practice
	maxExampleBullets  = 2
	maxTopicBullets    = 3 // per topic in the whole-report skeleton
	maxTopicFigures    = 2
	maxFollowUpBullets = 8
)

// node is a section under construction; bullet texts carry citation
// markers (cite) that finish turns into [n].
type node struct {
	title     string
	level     int
	bullets   []string
	children  []*node
	reference bool // other offices' plans or wording, kept apart and unnumbered
}

// passage is a verbatim span of a document, whole sentences.
type passage struct {
	doc        *index.StoredDoc
	path       string
	start, end int
}

type builder struct {
	c        *corpus
	title    string
	topic    string
	part     string          // the prescribed part a part outline is of
	refItems []plan.PlanItem // items of plans that do not bind the office, for the reference block
	refSeen  map[string]bool
	roots    []*node
	passages []passage
	byKey    map[string]int
	used     map[string]bool // sentences already placed (whole report)
}

func newBuilder(c *corpus, title, topic string) *builder {
	return &builder{c: c, title: title, topic: topic, byKey: map[string]int{}, used: map[string]bool{}}
}

// add appends a section under parent (nil: a top-level part).
func (b *builder) add(parent *node, title string) *node {
	n := &node{title: title}
	if parent == nil {
		n.level = 1
		b.roots = append(b.roots, n)
	} else {
		n.level = parent.level + 1
		parent.children = append(parent.children, n)
	}
	return n
}

const markOpen, markClose = "\uE000", "\uE001"

var markRe = regexp.MustCompile(markOpen + `(\d+)` + markClose)

// cite registers a passage and returns the marker that becomes its [n].
func (b *builder) cite(d *index.StoredDoc, path string, start, end int) string {
	key := fmt.Sprintf("%s:%d:%d", d.ID, start, end)
	i, ok := b.byKey[key]
	if !ok {
		i = len(b.passages)
		b.passages = append(b.passages, passage{doc: d, path: path, start: start, end: end})
		b.byKey[key] = i
	}
	return markOpen + strconv.Itoa(i) + markClose
}

func (b *builder) citeSentence(s *secInfo, st sentence) string {
	return b.cite(s.doc, s.sec.Path.String(), st.start, st.end)
}

// finish numbers the citations in reading order, drops empty sections and
// numbers the sections.
func (b *builder) finish() *Outline {
	o := &Outline{
		Title: b.title, Section: b.c.req.Section, Year: b.c.req.Year, Org: b.c.orgName, Topic: b.topic, Part: b.part,
		Sections: []Section{}, Citations: []Citation{}, Mode: ModeOffline, Note: strings.Join(b.c.notes, "；"),
	}
	if last := b.c.latest(); last != nil {
		o.Addressee = last.Addressee
	}
	num := map[int]int{}
	var conv func(n *node) (Section, bool)
	conv = func(n *node) (Section, bool) {
		s := Section{Title: n.title, Level: n.level, Bullets: []Bullet{}, Children: []Section{}, Reference: n.reference}
		for _, text := range n.bullets {
			var cites []int
			text = markRe.ReplaceAllStringFunc(text, func(m string) string {
				i, _ := strconv.Atoi(markRe.FindStringSubmatch(m)[1])
				k, ok := num[i]
				if !ok {
					k = len(num) + 1
					num[i] = k
					p := b.passages[i]
					o.Citations = append(o.Citations, Citation{
						N: k, Doc: p.doc.Ref(), Section: p.path, Text: p.doc.Text[p.start:p.end], Start: p.start, End: p.end,
					})
				}
				if !containsInt(cites, k) {
					cites = append(cites, k)
				}
				return "[" + strconv.Itoa(k) + "]"
			})
			s.Bullets = append(s.Bullets, Bullet{Text: text, Citations: cites})
		}
		for _, ch := range n.children {
			if cs, ok := conv(ch); ok {
				s.Children = append(s.Children, cs)
			}
		}
		return s, len(s.Bullets) > 0 || len(s.Children) > 0
	}
	for _, r := range b.roots {
		if s, ok := conv(r); ok {
			o.Sections = append(o.Sections, s)
		}
	}
	numberSections(o.Sections)
	return o
}

func containsInt(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// numberSections sets the official numbering: 一、 at level 1, （一） at 2.
// A reference block stands apart from the report's parts and takes no
// number, so the parts keep theirs (一、 to 五、).
func numberSections(ss []Section) {
	k := 0
	for i := range ss {
		if ss[i].Reference && ss[i].Level == 1 {
			ss[i].Number = ""
			numberSections(ss[i].Children)
			continue
		}
		k++
		switch ss[i].Level {
		case 1:
			ss[i].Number = chineseNumber(k) + "、"
		case 2:
			ss[i].Number = "（" + chineseNumber(k) + "）"
		default:
			ss[i].Number = strconv.Itoa(k) + "."
		}
		numberSections(ss[i].Children)
	}
}

// chineseNumber writes 1..99 as 一 … 九十九.
func chineseNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return digits[n]
	case n < 20:
		if n == 10 {
			return "十"
		}
		return "十" + digits[n-10]
	default:
		s := digits[n/10] + "十"
		if n%10 != 0 {
			s += digits[n%10]
		}
		return s
	}
}

// group is evidence on one topic under one heading (or one 一是… item).
type group struct {
	title string
	sec   *secInfo
	sents []sentence
}

// groupsOf collects the evidence on topic t in one part of document d,
// grouped by section heading; a section about t whose points are named
// items ("一是加强对干部职工的法治宣传教育。") is grouped by item, and
// passing mentions in sections on other topics come last.
func (c *corpus) groupsOf(d *index.StoredDoc, t int, p part) []group {
	var out, related []group
	for _, s := range c.sections(d) {
		if s.part != p {
			continue
		}
		rel := s.relevant(t)
		if len(rel) == 0 {
			continue
		}
		titled := 0
		for _, st := range s.read().sents {
			if st.itemTitle {
				titled++
			}
		}
		if !s.onTopic(t) {
			related = append(related, group{title: stripMarker(s.sec.Heading) + "（相关内容）", sec: s, sents: rel})
			continue
		}
		if titled < 2 {
			out = append(out, group{title: stripMarker(s.sec.Heading), sec: s, sents: rel})
			continue
		}
		byItem := map[int]*group{}
		var order []int
		for _, st := range rel {
			g, ok := byItem[st.item]
			if !ok {
				g = &group{title: "总体情况", sec: s}
				byItem[st.item] = g
				order = append(order, st.item)
			}
			if st.itemTitle {
				g.title = condense(s.doc.Text[st.start:st.end])
				continue
			}
			g.sents = append(g.sents, st)
		}
		for _, k := range order {
			if g := byItem[k]; len(g.sents) > 0 {
				out = append(out, *g)
			}
		}
	}
	// Sections about t first; passing mentions elsewhere after them.
	return append(out, related...)
}

// pick chooses up to n sentences of g, preferring those that name the
// topic most and carry figures, and returns them in document order.
func pick(g group, t, n int) []sentence {
	if len(g.sents) <= n {
		return g.sents
	}
	idx := make([]int, len(g.sents))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return weight(g, g.sents[idx[a]], t) > weight(g, g.sents[idx[b]], t) })
	idx = idx[:n]
	sort.Ints(idx)
	out := make([]sentence, n)
	for i, k := range idx {
		out[i] = g.sents[k]
	}
	return out
}

// weight prefers sentences that name the topic most and carry figures.
func weight(g group, st sentence, t int) int {
	w := st.scores[t]
	if len(figures(g.sec.doc.Text[st.start:st.end])) > 0 {
		w += 2
	}
	return w
}

// figureOnly: a short sentence that mostly states figures is replaced by
// its placeholders rather than repeated.
const figureOnlyRunes = 45

// fill writes the chosen sentences of g as bullets under n. With figures
// set (the office's own report), each figure becomes a placeholder to
// refresh for the year drafted.
func (b *builder) fill(n *node, g group, sents []sentence, withFigures bool, maxFig int) {
	year := b.c.req.Year
	placed := 0
	for _, st := range sents {
		text := g.sec.doc.Text[st.start:st.end]
		mark := b.citeSentence(g.sec, st)
		var figs []figure
		if withFigures {
			figs = figures(text)
		}
		if len(figs) == 0 || utf8.RuneCountInString(text) > figureOnlyRunes {
			n.bullets = append(n.bullets, condense(text)+b.priorTag(g.sec.doc)+mark)
		}
		for _, f := range figs {
			if placed == maxFig {
				break
			}
			placed++
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年%s（%d年为%s%s）】", year, f.label, g.sec.doc.Year, text[f.start:f.end], mark))
		}
	}
}

// itemPassage cites the opening sentences of a plan item: its title and
// the first sentence of its body, which say what the item demands.
func (b *builder) itemPassage(it plan.PlanItem) string {
	d, ok := b.c.plans[it.DocID]
	if !ok || it.End > len(d.Text) || d.Text[it.Start:it.End] != it.Text {
		return ""
	}
	start, end := it.Start, it.Start
	runes := 0
	for i, sp := range zh.Sentences(it.Text, false) {
		end = it.Start + sp.End
		runes += utf8.RuneCountInString(it.Text[sp.Start:sp.End])
		if runes >= 60 || i == 2 {
			break
		}
	}
	if end == start {
		return ""
	}
	return b.cite(d, it.Section, start, end)
}

// itemBullet is the bullet for a plan item the section must answer to.
// The item's own numbering stays in the citation: the outline numbers its
// points once.
func (b *builder) itemBullet(it plan.PlanItem) string {
	mark := b.itemPassage(it)
	if mark == "" {
		return ""
	}
	return fmt.Sprintf("%s%s：【待补充：%d年落实情况】%s", stripMarker(it.Title), leadUnits(it), b.c.req.Year, mark)
}

// referenceBullet is the bullet for an item of a plan that does not bind
// the office: what it asks, nothing to fill in.
func (b *builder) referenceBullet(it plan.PlanItem) string {
	mark := b.itemPassage(it)
	if mark == "" {
		return ""
	}
	return stripMarker(it.Title) + leadUnits(it) + mark
}

func leadUnits(it plan.PlanItem) string {
	if len(it.Lead) == 0 {
		return ""
	}
	return "（" + strings.Join(it.Lead, "、") + "牵头）"
}

// priorTag marks text carried from the office's own earlier report: it
// is that year's fact, shown for reference, never this year's.
func (b *builder) priorTag(d *index.StoredDoc) string {
	for _, o := range b.c.own {
		if o == d {
			return fmt.Sprintf("（%d年情况，供参考）", d.Year)
		}
	}
	return ""
}

// refer keeps an item of a plan that does not bind the office for the
// reference block, once.
func (b *builder) refer(it plan.PlanItem) {
	key := it.DocID + ":" + strconv.Itoa(it.Start)
	if b.refSeen == nil {
		b.refSeen = map[string]bool{}
	}
	if !b.refSeen[key] {
		b.refSeen[key] = true
		b.refItems = append(b.refItems, it)
	}
}

// referenceBlock adds the items of plans that do not bind the office as a
// separate, unnumbered block, one child per plan saying why it does not
// apply — or nothing with Request.NoReference.
func (b *builder) referenceBlock(items []plan.PlanItem) {
	if len(items) == 0 || b.c.req.NoReference {
		return
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].DocID != items[j].DocID {
			return items[i].DocID < items[j].DocID
		}
		return items[i].Start < items[j].Start
	})
	ref := b.add(nil, "可参考的其他单位方案（不属于本单位须回应的任务，仅供对照）")
	ref.reference = true
	var cur *node
	curDoc := ""
	for _, it := range items {
		bl := b.referenceBullet(it)
		if bl == "" {
			continue
		}
		if cur == nil || it.DocID != curDoc {
			cur = b.add(ref, b.c.planTitle(it.DocID))
			curDoc = it.DocID
		}
		cur.bullets = append(cur.bullets, bl)
	}
}

// mappedItems are the plan items that answer to topic t, grouped by plan in
// the plans' order.
func (c *corpus) mappedItems(t int) []plan.PlanItem {
	var out []plan.PlanItem
	for _, it := range c.items {
		if c.itemMaps(it, t) {
			out = append(out, it)
		}
	}
	return out
}

// planTitle names a plan document for an outline heading, saying why it
// does not bind the office when it does not.
func (c *corpus) planTitle(docID string) string {
	d, ok := c.plans[docID]
	if !ok {
		return "实施方案"
	}
	title := "《" + strings.Trim(d.Title, "《》") + "》"
	if a := plan.CheckApplies(d.Meta, c.orgName, c.req.Year); !a.Applies() {
		title += "（" + strings.Join(a.Reasons, "；") + "）"
	}
	return title
}

// applies reports whether the plan docID binds the office in the year
// drafted.
func (c *corpus) applies(docID string) bool {
	d, ok := c.plans[docID]
	return ok && plan.CheckApplies(d.Meta, c.orgName, c.req.Year).Applies()
}

// addPlanItems adds one child per plan with a bullet per item.
func (b *builder) addPlanItems(parent *node, items []plan.PlanItem) {
	var cur *node
	curDoc := ""
	for _, it := range items {
		bl := b.itemBullet(it)
		if bl == "" {
			continue
		}
		if cur == nil || it.DocID != curDoc {
			cur = b.add(parent, b.c.planTitle(it.DocID))
			curDoc = it.DocID
		}
		cur.bullets = append(cur.bullets, bl)
	}
}

// exampleTitle names another report's section: who, which year, which heading.
func exampleTitle(s *secInfo) string {
	return fmt.Sprintf("%s%d年报告：%s", s.doc.Org, s.doc.Year, stripMarker(s.sec.Heading))
}

// examples are sections of other reports (and of the office's older ones)
// on topic t among the search hits: the office's first, then sections about
// t before passing mentions, then the most recent.
func (c *corpus) examples(hits []hitSection, t int, skip map[*index.StoredDoc]bool) []group {
	type cand struct {
		g    group
		own  bool
		rank int
	}
	own := map[*index.StoredDoc]bool{}
	for _, d := range c.own {
		own[d] = true
	}
	var cs []cand
	for _, h := range hits {
		s := h.s
		if skip[s.doc] || s.part != partWork || !c.usable(s.doc) {
			continue
		}
		rel := s.relevant(t)
		if len(rel) == 0 {
			continue
		}
		cs = append(cs, cand{group{title: exampleTitle(s), sec: s, sents: rel}, own[s.doc], h.rank})
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].own != cs[j].own {
			return cs[i].own
		}
		if a, b := cs[i].g.sec.onTopic(t), cs[j].g.sec.onTopic(t); a != b {
			return a
		}
		if cs[i].g.sec.doc.Year != cs[j].g.sec.doc.Year {
			return cs[i].g.sec.doc.Year > cs[j].g.sec.doc.Year
		}
		return cs[i].rank < cs[j].rank
	})
	out := make([]group, len(cs))
	for i, c := range cs {
		out[i] = c.g
	}
	return out
}

// sectionOutline drafts the outline of one section of the report.
func (c *corpus) sectionOutline(ctx context.Context) (*builder, error) {
	t := c.topic
	topic := Topics[t]
	year := c.req.Year
	hits, err := c.searchSections(ctx, topicQuery(c.req.Section, t))
	if err != nil {
		return nil, err
	}
	org := c.orgName
	if org == "" {
		org = "本单位"
	}
	b := newBuilder(c, fmt.Sprintf("%s%d年法治政府建设年度报告“%s”部分提纲", org, year, c.req.Section), topic.Name)

	// 一、what the office did under this topic, from its latest report that
	// covers it; with no such report, other offices' practice stands in.
	work := b.add(nil, fmt.Sprintf("%d年主要举措和成效", year))
	used := map[*index.StoredDoc]bool{}
	dedicated := false // the office's report has a section on the topic, not just mentions
	for _, d := range c.own {
		gs := c.groupsOf(d, t, partWork)
		if len(gs) == 0 {
			continue
		}
		if d != c.latest() {
			c.notes = append(c.notes, fmt.Sprintf("%d年报告未涉及该主题，举措取自%d年报告", c.latest().Year, d.Year))
		}
		for _, g := range gs {
			b.fill(b.add(work, g.title), g, pick(g, t, maxOwnBullets), true, maxPlaceholders)
			dedicated = dedicated || g.sec.onTopic(t)
		}
		used[d] = true
		break
	}
	exs := c.examples(hits, t, used)
	if !dedicated && len(exs) > 0 {
		if len(used) == 0 {
			c.notes = append(c.notes, "本单位往年报告未涉及该主题，主要举措参照其他单位报告起草")
		} else {
			c.notes = append(c.notes, "本单位往年报告没有该主题的专门部分，主要举措参照其他单位报告补充")
		}
		n := min(len(exs), 2)
		for _, g := range exs[:n] {
			b.fill(b.add(work, g.title), g, pick(g, t, maxOwnBullets), false, 0)
		}
		exs = exs[n:]
	}

	// 二、the plan items this section must answer to; items of plans that
	// bind other offices or years go to the reference block.
	var binding []plan.PlanItem
	for _, it := range c.mappedItems(t) {
		if c.applies(it.DocID) {
			binding = append(binding, it)
		} else {
			b.refer(it)
		}
	}
	if len(binding) > 0 {
		b.addPlanItems(b.add(nil, "对照实施方案须回应的任务"), binding)
	}

	// 三、follow-through on what last year's report admitted and promised.
	if last := c.latest(); last != nil {
		follow := b.add(nil, fmt.Sprintf("落实%d年报告提出的问题和计划", last.Year))
		b.followUp(follow, fmt.Sprintf("%d年报告指出的问题", last.Year), c.groupsOf(last, t, partProblems), t,
			fmt.Sprintf("【待补充：%d年针对上述问题的整改措施及成效】", year))
		b.followUp(follow, fmt.Sprintf("%d年报告提出的%d年工作计划", last.Year, last.Year+1), c.groupsOf(last, t, partPlans), t,
			fmt.Sprintf("【待补充：上述计划在%d年的落实情况】", year))
	}

	// 四、practice of earlier years and other offices to borrow from.
	if len(exs) > 0 {
		ex := b.add(nil, "可借鉴的做法（往年及其他单位报告）")
		for i, g := range exs {
			if i == maxExampleGroups {
				break
			}
			b.fill(b.add(ex, g.title), g, pick(g, t, maxExampleBullets), false, 0)
		}
	}
	b.referenceBlock(b.refItems)
	if len(b.passages) == 0 {
		near, err := c.nearest(ctx, c.req.Section)
		if err != nil {
			return nil, err
		}
		return nil, &TopicError{Section: c.req.Section, Topic: topic.Name, Nearest: near, Err: ErrNoEvidence}
	}
	return b, nil
}

// followUp adds a child listing what last year's report said on the topic
// in one part, closed by a placeholder for this year's answer to it.
func (b *builder) followUp(parent *node, title string, gs []group, t int, todo string) {
	if len(gs) == 0 {
		return
	}
	n := b.add(parent, title)
	var marks []string
	for _, g := range gs {
		for _, st := range pick(g, t, maxFollowUpBullets) {
			if len(marks) == maxFollowUpBullets {
				break
			}
			mark := b.citeSentence(g.sec, st)
			n.bullets = append(n.bullets, condense(g.sec.doc.Text[st.start:st.end])+mark)
			marks = append(marks, mark)
		}
	}
	n.bullets = append(n.bullets, todo+strings.Join(marks, ""))
}
