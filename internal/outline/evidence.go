package outline

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/relevance"
	"github.com/gongwen/gongwen/internal/zh"
)

// part is which of a report's prescribed parts a section belongs to.
type part int

const (
	partWork     part = iota // 主要举措和成效
	partProblems             // 存在问题/不足
	partPlans                // 下一年度工作计划
	partOther                // 其他需要报告的情况
)

// partOf reads the part from the top heading: reports put 存在问题 and
// 工作计划 at the top level, while deeper headings such as "化解信访问题"
// are work.
func partOf(path document.HeadingPath) part {
	if len(path) == 0 {
		return partWork
	}
	h := zh.Normalize(path[0])
	switch {
	case containsAny(h, "不足", "差距", "短板", "存在的问题", "存在问题", "存在的主要问题", "存在的工作问题"):
		return partProblems
	case containsAny(h, "计划", "打算", "安排", "下一步", "下步", "思路", "展望"):
		return partPlans
	case containsAny(h, "其他需要报告", "其他情况", "其他事项"):
		return partOther
	}
	return partWork
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// sentence is one whole sentence of a section's own text.
type sentence struct {
	start, end int
	scores     []int
	item       int  // index of the enumeration item (一是…) it belongs to; -1 before the first
	itemTitle  bool // a short first sentence that names its item ("一是执法质量需进一步提升。")
	heading    bool // the heading line itself
}

// secInfo is one section of a report with its own text (up to its first
// sub-heading) split into sentences and weighed against the topics.
type secInfo struct {
	doc       *index.StoredDoc
	sec       document.Section
	pos       int // index in doc.Sections
	part      part
	headTopic int // primary topic of the heading alone; -1 for generic headings ("(一)调处股")
	own       int // where the section's own text ends: its first subsection's start

	// The section's text is read on first use (read): an outline looks
	// into few of the sections of the many reports a search touches.
	once      sync.Once
	bodyTopic int // primary topic of the own text, when clear
	sents     []sentence
	nItems    int
}

// onTopic reports whether the whole section is about topic t.
func (s *secInfo) onTopic(t int) bool {
	return s.headTopic == t || (s.headTopic < 0 && s.read().bodyTopic == t)
}

var itemStart = regexp.MustCompile(`^(?:主要(?:是|有|表现在)[::]?)?[一二三四五六七八九十]是`)

// minHan is how many Han characters a sentence needs to be content rather
// than a date, a signature or a stray label.
const minHan = 8

// maxItemTitleRunes bounds an item's naming sentence ("一是加强对干部职工的
// 法治宣传教育。"), a single clause; a longer first sentence is content.
const maxItemTitleRunes = 50

// sectionsOf splits a document into secInfos, their text not yet read.
func sectionsOf(d *index.StoredDoc) []*secInfo {
	var out []*secInfo
	for i, s := range d.Sections {
		own := s.End
		if i+1 < len(d.Sections) && d.Sections[i+1].Start < own {
			own = d.Sections[i+1].Start
		}
		out = append(out, &secInfo{doc: d, sec: s, pos: i, own: own, part: partOf(s.Path), headTopic: primaryTopic(topicScores(stripMarker(s.Heading)), 2)})
	}
	return out
}

// read reads the section's own text into sentences with their topics and
// items, once, and returns the section.
func (si *secInfo) read() *secInfo {
	si.once.Do(si.readText)
	return si
}

func (si *secInfo) readText() {
	d, s := si.doc, si.sec
	body := make([]int, len(Topics))
	item := -1
	for j, sp := range zh.Sentences(d.Text[s.Start:si.own], true) {
		st := sentence{start: s.Start + sp.Start, end: s.Start + sp.End, item: item}
		text := d.Text[st.start:st.end]
		if j == 0 && utf8.RuneCountInString(text) <= utf8.RuneCountInString(s.Heading)+2 {
			st.heading = true
			si.sents = append(si.sents, st)
			continue
		}
		if zh.HanCount(text) < minHan || boilerplate(text) {
			continue
		}
		n := zh.Normalize(text)
		if itemStart.MatchString(n) {
			item++
			st.item = item
			rest := itemStart.ReplaceAllString(n, "")
			st.itemTitle = utf8.RuneCountInString(rest) <= maxItemTitleRunes && strings.HasSuffix(n, "。") &&
				!strings.ContainsAny(strings.TrimSuffix(rest, "。"), ",;:。")
		}
		st.scores = topicScores(text)
		for t, v := range st.scores {
			body[t] += v
		}
		si.sents = append(si.sents, st)
	}
	si.nItems = item + 1
	// An item's first sentence names it only when more sentences follow.
	for j := range si.sents {
		if si.sents[j].itemTitle && (j+1 == len(si.sents) || si.sents[j+1].item != si.sents[j].item) {
			si.sents[j].itemTitle = false
		}
	}
	// A generic heading ("(一)调处股") takes the topic its text is
	// about; a list of items under one ("二、存在的主要问题") is about
	// as many topics as it has items.
	si.bodyTopic = -1
	if si.part == partWork && si.nItems < 2 {
		si.bodyTopic = primaryTopic(body, 6)
	}
}

// itemTopic is the topic an enumeration item's title sentence names, or -1.
func (s *secInfo) itemTopic(item int) int {
	for _, st := range s.read().sents {
		if st.item == item && st.itemTitle {
			return primaryTopic(st.scores, 3)
		}
	}
	return -1
}

// relevant returns the sentences of s that speak to topic t: all of them
// when the section is about t, the items whose title names t, and any
// sentence that names t more than any other topic.
func (s *secInfo) relevant(t int) []sentence {
	whole := s.onTopic(t)
	var out []sentence
	for _, st := range s.read().sents {
		if st.heading {
			continue
		}
		switch {
		case whole:
		case st.item >= 0 && s.itemTopic(st.item) == t:
		case st.scores[t] >= 3 && primaryTopic(st.scores, 3) == t:
		default:
			continue
		}
		out = append(out, st)
	}
	return out
}

// corpus is the evidence an outline draws on.
type corpus struct {
	ix      *index.Index
	req     Request
	topic   int // -1 for the whole report and a part
	part    int // the prescribed part asked for by name; -1 otherwise
	own     []*index.StoredDoc
	others  []*index.StoredDoc
	orgName string
	items   []plan.PlanItem
	scored  map[string][]int // itemScores by item, computed once
	plans   map[string]*index.StoredDoc
	secs    map[string][]*secInfo
	notes   []string
	// readable limits every search to the documents req.Allow admits; nil
	// when it admits all.
	readable []string
}

func newCorpus(ctx context.Context, ix *index.Index, req Request) (*corpus, error) {
	c := &corpus{ix: ix, req: req, topic: -1, part: -1, plans: map[string]*index.StoredDoc{}, secs: map[string][]*secInfo{}}
	org := zh.Normalize(req.Org)
	for _, d := range ix.Docs() {
		if req.Allow != nil {
			if !req.Allow(d.ID) {
				continue
			}
			c.readable = append(c.readable, d.ID)
		}
		switch d.Kind {
		case document.KindReport:
			mine := org != "" && (strings.Contains(zh.Normalize(d.Org), org) || strings.Contains(zh.Normalize(d.Title), org))
			switch {
			case mine && d.Year < req.Year:
				c.own = append(c.own, d)
			case !mine && d.Year < req.Year:
				c.others = append(c.others, d)
			}
		case document.KindPlan:
			c.plans[d.ID] = d
		}
	}
	newestFirst := func(ds []*index.StoredDoc) {
		sort.SliceStable(ds, func(i, j int) bool { return ds[i].Year > ds[j].Year })
	}
	newestFirst(c.own)
	newestFirst(c.others)
	c.orgName = req.Org
	if len(c.own) > 0 {
		c.orgName = c.own[0].Org
	}
	switch {
	case org == "":
	case len(c.own) == 0:
		c.notes = append(c.notes, fmt.Sprintf("未找到“%s”%d年以前的报告，提纲依据其他单位的报告", req.Org, req.Year))
	case c.own[0].Year != req.Year-1:
		c.notes = append(c.notes, fmt.Sprintf("未找到%s%d年的报告，“上年度”按最近的%d年报告", c.orgName, req.Year-1, c.own[0].Year))
	}
	items, err := plan.Items(ix, "")
	if err != nil && !errors.Is(err, plan.ErrNoPlan) {
		c.notes = append(c.notes, "实施方案任务读取失败："+err.Error())
	}
	for _, it := range items {
		if req.Allow == nil || req.Allow(it.DocID) {
			c.items = append(c.items, it)
		}
	}
	if req.Section != "" {
		if p, ok := resolvePart(req.Section); ok && p != partIdxDuty {
			c.part = p
			return c, ctx.Err()
		}
		t, ok := ResolveTopic(req.Section)
		if p, isPart := resolvePart(req.Section); isPart && p == partIdxDuty {
			t, ok = Topics[leadershipTopic], true
		}
		if !ok {
			near, err := c.nearest(ctx, req.Section)
			if err != nil {
				return nil, err
			}
			return nil, &TopicError{Section: req.Section, Nearest: near, Err: ErrUnknownTopic}
		}
		c.topic = topicByName(t.Name)
	}
	return c, ctx.Err()
}

// latest is the office's most recent report before the year drafted.
func (c *corpus) latest() *index.StoredDoc {
	if len(c.own) == 0 {
		return nil
	}
	return c.own[0]
}

func (c *corpus) sections(d *index.StoredDoc) []*secInfo {
	s, ok := c.secs[d.ID]
	if !ok {
		s = cachedSectionsOf(d)
		c.secs[d.ID] = s
	}
	return s
}

// docSections keeps sectionsOf's reading of each document across
// outlines: reading sentences and topics is most of an offline outline's
// time once the index holds more than the office's own reports (with
// ../shared/govreports indexed, BenchmarkBuildShared), and a stored
// document never changes — an ingest that changes one stores a new one.
// The readings are not modified after sectionsOf, so outlines built at the
// same time share them. Bounded: past docSectionsMax documents (an index
// rebuilt many times in a long-running server) it starts afresh.
var docSections struct {
	sync.Mutex
	m map[*index.StoredDoc][]*secInfo
}

const docSectionsMax = 4096

func cachedSectionsOf(d *index.StoredDoc) []*secInfo {
	docSections.Lock()
	s, ok := docSections.m[d]
	docSections.Unlock()
	if ok {
		return s
	}
	s = sectionsOf(d)
	docSections.Lock()
	if docSections.m == nil || len(docSections.m) >= docSectionsMax {
		docSections.m = map[*index.StoredDoc][]*secInfo{}
	}
	docSections.m[d] = s
	docSections.Unlock()
	return s
}

// coveredTopics are the topics with evidence anywhere in the reports or
// among the plan items, in canonical order.
func (c *corpus) coveredTopics() []int {
	var out []int
	for t := range Topics {
		if c.hasEvidence(t) {
			out = append(out, t)
		}
	}
	return out
}

func (c *corpus) hasEvidence(t int) bool {
	for _, it := range c.items {
		if c.itemMaps(it, t) {
			return true
		}
	}
	for _, ds := range [][]*index.StoredDoc{c.own, c.others} {
		for _, d := range ds {
			for _, s := range c.sections(d) {
				if len(s.relevant(t)) > 0 {
					return true
				}
			}
		}
	}
	return false
}

// itemMaps reports whether a plan item answers to topic t: its title (twice
// weighted) and body name t first, or its title says at least half the
// requested section title's words (relevance recall, every word counting 1).
func (c *corpus) itemMaps(it plan.PlanItem, t int) bool {
	key := it.DocID + ":" + strconv.Itoa(it.Start)
	scores, ok := c.scored[key]
	if !ok {
		if c.scored == nil {
			c.scored = map[string][]int{}
		}
		scores = itemScores(it)
		c.scored[key] = scores
	}
	p := primaryTopic(scores, minItemScore)
	if p == t {
		return true
	}
	if c.req.Section == "" || t != c.topic {
		return false
	}
	// A section also answers to items it is a close second topic of:
	// "深入学习习近平法治思想" is Party leadership first and 八五普法 content
	// a close second.
	if p >= 0 && scores[t] >= 2*minItemScore && 4*scores[t] >= 3*scores[p] {
		return true
	}
	sec := relevance.NewTerms(stripMarker(c.req.Section), relevance.Uniform{}, nil)
	if len(sec.Tokens()) < 2 {
		return false
	}
	return sec.Recall(relevance.In(relevance.WordSet(it.Title))) >= 0.5
}

// minItemScore is the least weight that maps a plan item to a topic: one
// strong keyword in the title, or more than one in the body.
const minItemScore = 5

// itemScores weighs a plan item against the topics, its title twice.
func itemScores(it plan.PlanItem) []int {
	ts := topicScores(it.Title)
	bs := topicScores(it.Body)
	sum := make([]int, len(Topics))
	for i := range sum {
		sum[i] = 2*ts[i] + bs[i]
	}
	return sum
}

// hitSection is a section some search hit fell in, with its best rank.
type hitSection struct {
	s    *secInfo
	rank int
}

// searchSections runs the topic query against the office's reports and
// against all reports, and returns the sections the hits fall in, best
// first. Hits are grouped by their heading path, the unit reports are
// written in.
func (c *corpus) searchSections(ctx context.Context, query string) ([]hitSection, error) {
	seen := map[*secInfo]int{}
	var order []*secInfo
	rank := 0
	add := func(hits []index.Hit) {
		for _, h := range hits {
			rank++
			if h.Doc.Kind != document.KindReport || len(h.Chunk.Path) == 0 {
				continue
			}
			path := h.Chunk.Path.String()
			for _, s := range c.sections(h.Doc) {
				if s.sec.Path.String() != path || s.sec.Start > h.Chunk.Start {
					continue
				}
				if _, ok := seen[s]; !ok {
					seen[s] = rank
					order = append(order, s)
				}
				break
			}
		}
	}
	const k = 30
	if c.req.Org != "" {
		hits, err := c.search(ctx, query, k, index.Filter{Org: c.req.Org, Kind: document.KindReport})
		if err != nil {
			return nil, err
		}
		add(hits)
	}
	hits, err := c.search(ctx, query, k, index.Filter{Kind: document.KindReport})
	if err != nil {
		return nil, err
	}
	add(hits)
	out := make([]hitSection, len(order))
	for i, s := range order {
		out[i] = hitSection{s, seen[s]}
	}
	return out, nil
}

// search is the index's search within the documents the caller may read.
func (c *corpus) search(ctx context.Context, query string, k int, f index.Filter) ([]index.Hit, error) {
	if c.req.Allow != nil {
		// A nonexistent id keeps an empty list from meaning "no limit".
		f.DocIDs = append(append([]string(nil), c.readable...), "\x00none")
	}
	return c.ix.Search(ctx, query, k, f)
}

// stripMarker removes a heading's numbering: "(五)加强法治宣传教育" →
// "加强法治宣传教育".
func stripMarker(h string) string {
	h = strings.TrimSpace(h)
	if m := markerRe.FindString(h); m != "" {
		h = strings.TrimSpace(h[len(m):])
	}
	return h
}

var markerRe = regexp.MustCompile(`^(?:第[一二三四五六七八九十百零〇\d]+[章节条]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．])\s*`)

// usable reports whether d is one of the reports an outline may draw on:
// the office's reports before the year drafted, or another office's.
func (c *corpus) usable(d *index.StoredDoc) bool {
	for _, ds := range [][]*index.StoredDoc{c.own, c.others} {
		for _, x := range ds {
			if x == d {
				return true
			}
		}
	}
	return false
}

// nearest names up to three topics the corpus covers that are closest to
// a section title: first those of the passages a search for the title
// finds, then by shared keywords and characters.
func (c *corpus) nearest(ctx context.Context, section string) ([]string, error) {
	hits, err := c.search(ctx, section, 10, index.Filter{})
	if err != nil {
		return nil, err
	}
	votes := make([]float64, len(Topics))
	for r, h := range hits {
		if t := primaryTopic(topicScores(h.Chunk.Path.String()+" "+h.Chunk.Text), 3); t >= 0 {
			votes[t] += 1 / float64(r+1)
		}
	}
	covered := c.coveredTopics()
	ranked := nearestTopics(section, covered, len(covered))
	sort.SliceStable(ranked, func(i, j int) bool {
		return votes[topicByName(ranked[i])] > votes[topicByName(ranked[j])]
	})
	return ranked[:min(3, len(ranked))], nil
}
