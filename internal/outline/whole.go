package outline

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/gongwen/gongwen/internal/index"
)

// leadershipTopic is reported in a part of its own: the 督察工作规定 (2019)
// prescribes a part on how the principal leaders fulfilled their duty as
// first responsible persons.
var leadershipTopic = topicByName("组织领导与第一责任人")

// partTitle is the heading of prescribed part i in a report on year.
func partTitle(i, year int) string {
	switch i {
	case partIdxWork:
		return fmt.Sprintf("%d年推进法治政府建设的主要举措和成效", year)
	case partIdxProblems:
		return fmt.Sprintf("%d年推进法治政府建设存在的不足和原因", year)
	case partIdxDuty:
		return "党政主要负责人履行推进法治建设第一责任人职责情况"
	case partIdxPlans:
		return fmt.Sprintf("%d年推进法治政府建设的主要安排", year+1)
	}
	return "其他需要报告的情况"
}

// wholeReport drafts the skeleton of a whole annual report in the five
// parts the 法治政府建设与责任落实督察工作规定 prescribes, in its order:
// 主要举措和成效 (by topic), 存在的不足和原因, 第一责任人职责, 下一年度主要
// 安排, 其他需要报告的情况; then, apart and unnumbered, the plans of other
// offices or periods for reference.
func (c *corpus) wholeReport(ctx context.Context) (*builder, error) {
	org := c.orgName
	if org == "" {
		org = "本单位"
	}
	b := newBuilder(c, fmt.Sprintf("%s%d年法治政府建设年度报告提纲", org, c.req.Year), "")
	for i := range Parts {
		if err := b.partBody(ctx, b.add(nil, partTitle(i, c.req.Year)), i); err != nil {
			return nil, err
		}
	}
	b.referenceBlock(b.refItems)
	if len(b.passages) == 0 {
		return nil, &TopicError{Section: "全文", Err: ErrNoEvidence}
	}
	return b, nil
}

// partOutline drafts the outline of one prescribed part asked for by
// name ("存在的问题", "明年打算"): the part as in the whole report, with
// other offices' wording of it to borrow from.
func (c *corpus) partOutline(ctx context.Context, i int) (*builder, error) {
	org := c.orgName
	if org == "" {
		org = "本单位"
	}
	b := newBuilder(c, fmt.Sprintf("%s%d年法治政府建设年度报告“%s”部分提纲", org, c.req.Year, Parts[i].Name), "")
	b.part = Parts[i].Name
	if err := b.partBody(ctx, b.add(nil, partTitle(i, c.req.Year)), i); err != nil {
		return nil, err
	}
	if i == partIdxProblems || i == partIdxPlans {
		p := map[int]part{partIdxProblems: partProblems, partIdxPlans: partPlans}[i]
		ex := b.add(nil, "其他单位报告的写法（供参考）")
		ex.reference = true
		for _, d := range c.others {
			if len(ex.children) == 2 {
				break
			}
			n := &node{title: fmt.Sprintf("%s%d年报告", d.Org, d.Year), level: 2}
			if b.listPart(n, d, p, 1, false) != "" {
				ex.children = append(ex.children, n)
			}
		}
	}
	b.referenceBlock(b.refItems)
	// A part is prescribed: when nothing indexed speaks to it, the outline
	// is the same 【待补充】 skeleton the whole report has for it, not a
	// refusal (a 2019 report without a 下一年度 part still needs one in 2020).
	if len(b.passages) == 0 && i != partIdxOther {
		c.notes = append(c.notes, fmt.Sprintf("本单位往年报告和其他单位此前的报告都没有“%s”部分的内容，请按实际情况起草", Parts[i].Name))
	}
	return b, nil
}

// partBody fills part i of the report under n.
func (b *builder) partBody(ctx context.Context, n *node, i int) error {
	c := b.c
	year := c.req.Year
	last := c.latest()
	switch i {
	case partIdxWork:
		for _, t := range c.topicOrder() {
			if t == leadershipTopic {
				continue
			}
			if err := b.topicPart(ctx, n, t); err != nil {
				return err
			}
		}
		if len(n.children) == 0 {
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年推进法治政府建设的主要举措和成效】", year))
		}
	case partIdxProblems:
		marks := ""
		if last != nil {
			marks = b.listPart(n, last, partProblems, 2, true)
		}
		if marks != "" {
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年存在的不足及原因（上列为%d年报告所列问题，请核实整改情况）】%s", year, last.Year, marks))
		} else {
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年存在的不足及原因】", year))
		}
	case partIdxDuty:
		if err := b.topicBullets(ctx, n, leadershipTopic); err != nil {
			return err
		}
		n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年党政主要负责人履行第一责任人职责的情况（研究部署法治建设、带头学法述法等）】", year))
	case partIdxPlans:
		marks := ""
		if last != nil {
			marks = b.listPart(n, last, partPlans, 1, true)
		}
		if marks != "" {
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年工作安排（上列为%d年报告对%d年的安排，请结合落实情况和存在的不足更新）】%s", year+1, last.Year, last.Year+1, marks))
		} else {
			n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年推进法治政府建设的主要安排】", year+1))
		}
	case partIdxOther:
		marks := ""
		if last != nil {
			marks = b.listPart(n, last, partOther, 2, true)
		}
		n.bullets = append(n.bullets, fmt.Sprintf("【待补充：%d年其他需要报告的情况（如法治督察、考核评价发现问题的整改，上级交办事项的落实；没有的可不写）】%s", year, marks))
	}
	return nil
}

// topicOrder lists the topics in the order the office's latest report
// treats them, then the rest in the 纲要's order.
func (c *corpus) topicOrder() []int {
	var out []int
	seen := map[int]bool{}
	if last := c.latest(); last != nil {
		for _, s := range c.sections(last) {
			t := s.headTopic
			if t < 0 {
				t = s.read().bodyTopic
			}
			if s.part == partWork && t >= 0 && !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	for t := range Topics {
		if !seen[t] {
			out = append(out, t)
		}
	}
	return out
}

// topicPart adds a （X） part for topic t under parent, titled as the
// office last titled it, when the topic has any evidence.
func (b *builder) topicPart(ctx context.Context, parent *node, t int) error {
	title := Topics[t].Heading
	if last := b.c.latest(); last != nil {
		for _, s := range b.c.sections(last) {
			if s.part == partWork && s.headTopic == t {
				title = stripMarker(s.sec.Heading)
				break
			}
		}
	}
	n := &node{title: title, level: parent.level + 1}
	if err := b.topicBullets(ctx, n, t); err != nil {
		return err
	}
	if len(n.bullets) > 0 {
		parent.children = append(parent.children, n)
	}
	return nil
}

// listPart lists one part (problems or plans) of report d as bullets under
// n: each sub-heading's first perSub sentences, or the sentences of a part
// without sub-headings, leaving out the stock phrases around them. It
// returns the citation marks of the bullets.
func (b *builder) listPart(n *node, d *index.StoredDoc, p part, perSub int, prior bool) string {
	var marks []string
	for _, s := range b.c.sections(d) {
		if s.part != p {
			continue
		}
		taken := 0
		for _, st := range s.read().sents {
			sub := len(s.sec.Path) > 1
			if len(marks) == maxFollowUpBullets || sub && taken == perSub {
				break
			}
			text := d.Text[st.start:st.end]
			if st.heading && !sub || boilerplate(text) {
				continue
			}
			mark := b.citeSentence(s, st)
			tag := ""
			if prior {
				tag = b.priorTag(d)
			}
			n.bullets = append(n.bullets, condense(text)+tag+mark)
			marks = append(marks, mark)
			taken++
		}
	}
	return strings.Join(marks, "")
}

// boilerplate is the stock framing of a part ("…取得了一定成效,但也存在
// 不足。", "…着重做好以下工作:"), which says nothing to follow up.
func boilerplate(s string) bool {
	s = strings.TrimSpace(s)
	return containsAny(s, "取得一定", "取得了一定", "以下问题", "以下工作", "以下几个方面") ||
		strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}

// topicBullets seeds n with the office's own sentences on topic t (and
// figure placeholders), the plan items t must answer to, and — when the
// office never reported on t — one example from another report.
func (b *builder) topicBullets(ctx context.Context, n *node, t int) error {
	c := b.c
	own := false
	for _, d := range c.own {
		gs := c.groupsOf(d, t, partWork)
		if len(gs) == 0 {
			continue
		}
		// Rank the sentences of all sections on t together, those of
		// sections about t first; a sentence serves one topic only.
		type ranked struct {
			g  group
			st sentence
		}
		var rs []ranked
		for _, g := range gs {
			for _, st := range g.sents {
				if !b.used[sentKey(g.sec, st)] {
					rs = append(rs, ranked{g, st})
				}
			}
		}
		rank := func(r ranked) int {
			w := weight(r.g, r.st, t)
			if r.g.sec.onTopic(t) {
				w += 10
			}
			return w
		}
		idx := make([]int, len(rs))
		for i := range idx {
			idx[i] = i
		}
		sort.SliceStable(idx, func(i, j int) bool { return rank(rs[idx[i]]) > rank(rs[idx[j]]) })
		chosen := map[int]bool{}
		for _, i := range idx[:min(len(idx), maxTopicBullets)] {
			chosen[i] = true
		}
		// The figures to refresh come from the sections about t even when
		// their sentences did not make the cut.
		figs := 0
		for i, r := range rs {
			if figs < maxTopicFigures && r.g.sec.onTopic(t) && d == c.latest() && len(figures(d.Text[r.st.start:r.st.end])) > 0 {
				chosen[i] = true
				figs++
			}
		}
		placed := 0
		for i, r := range rs {
			if !chosen[i] {
				continue
			}
			b.used[sentKey(r.g.sec, r.st)] = true
			before := len(n.bullets)
			b.fill(n, r.g, []sentence{r.st}, d == c.latest(), maxTopicFigures-placed)
			for _, bl := range n.bullets[before:] {
				if strings.HasPrefix(bl, "【待补充") {
					placed++
				}
			}
		}
		own = true
		break
	}
	for _, it := range c.mappedItems(t) {
		if !c.applies(it.DocID) {
			b.refer(it)
			continue
		}
		if bl := b.itemBullet(it); bl != "" {
			n.bullets = append(n.bullets, bl)
		}
	}
	if !own {
		hits, err := c.searchSections(ctx, topicQuery(Topics[t].Heading, t))
		if err != nil {
			return err
		}
		if exs := c.examples(hits, t, nil); len(exs) > 0 && (len(n.bullets) > 0 || t == leadershipTopic) {
			g := exs[0]
			for _, st := range pick(g, t, 1) {
				n.bullets = append(n.bullets, fmt.Sprintf("参考%s%d年报告：%s%s", g.sec.doc.Org, g.sec.doc.Year, condense(g.sec.doc.Text[st.start:st.end]), b.citeSentence(g.sec, st)))
			}
		}
	}
	return nil
}

func sentKey(s *secInfo, st sentence) string { return fmt.Sprintf("%s:%d", s.doc.ID, st.start) }
