package answer

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// minSectionCoverage is how much of a list question a heading must name
// ("存在哪些问题" → "二、存在的工作问题") before the answer lists what the
// section contains.
const minSectionCoverage = 0.6

// sectionAnswer answers a list question ("报告里说存在哪些问题?") with the
// items of the section whose heading names the topic: its sub-headings, or
// its 一是/二是 items, each cited.
//
// A sentence that lists the things asked itself ("打造成…加工制造中心、研发
// 设计中心、物流分拨中心…", the kind asked written in two items at least)
// answers better than another section whose heading names one of them:
// when one covers the topic as well as the heading does and names the
// heading's own thing among its items, the section is not the answer; one
// that only names things of the kind ("急难问题、热点问题…" beside "二、
// 存在的问题") is not. Nor is the section the answer where a sentence
// covering the topic as well closes its list with a count (reCountedList).
// reCountedList is a list a sentence closes with the count of its items
// ("察看了A、B、C等9个点位", "联合民政、财政等12个部门"): the set the
// sentence names is whole, the answer to "看了哪些地方".
var reCountedList = regexp.MustCompile(countedList + `[个家项处类所名位条批件座]`)

// countedList is the list and its count, before the measure word: the
// kind listed ("等8个点位": 点) is read from what follows (listsOfKind).
const countedList = `、[^，。；;]{0,40}等\s*(?:\d+|[两二三四五六七八九十]+)\s*`

func sectionAnswer(wt weightedTokens, docs []*index.StoredDoc, evs []evidence, asked []string, kind string) (string, []Citation, bool) {
	d, sec, cites, cov := sectionItems(wt, docs, maxSectionItems, asked, kind)
	if len(cites) < 2 {
		return "", nil, false
	}
	if len(wt.toks) > 0 {
		head := wt.toks[len(wt.toks)-1] // what a phrase is of ends it
		// The heading's own thing, among the sentence's ("打造加工制造
		// 中心" of "加工制造中心、研发设计中心…").
		hr := []rune(strings.TrimRight(sec.Heading, "。.:：;； "))
		tail := string(hr[max(0, len(hr)-6):])
		if anyOf(evs, func(ev evidence) bool {
			inSection := ev.doc == d && ev.start >= sec.Start && ev.start < sec.End
			return !inSection && ev.coverage >= cov && strings.Count(ev.says(), "、") >= 2 && (strings.Count(ev.says(), head) >= 2 && strings.Contains(ev.says(), tail) || reCountedList.MatchString(ev.says()))
		}) {
			return "", nil, false
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "据《%s》“%s”部分,主要有:\n", d.Title, sec.Heading)
	for _, c := range cites {
		// A table row is shown with its cells apart, not its tabs.
		text := c.Text
		if cells, ok, _ := cellsOf(text); ok {
			text = strings.Join(filter(cells, func(c string) bool { return c != "" }), ";")
		}
		fmt.Fprintf(&b, "%d. %s[%d]\n", c.N, trimSentence(shorten(text, 80)), c.N)
	}
	return strings.TrimRight(b.String(), "\n"), cites, true
}

// sectionItems finds the section whose heading names the topic best and
// returns its items (sub-headings' first sentences, or its 一是/二是
// units), at most limit, numbered from 1.
func sectionItems(wt weightedTokens, docs []*index.StoredDoc, limit int, asked []string, kind string) (*index.StoredDoc, *document.Section, []Citation, float64) {
	var best *document.Section
	var bestDoc *index.StoredDoc
	bestCov, bestHead, bestKind := 0.0, false, false
	for _, d := range docs {
		for i := range d.Sections {
			s := &d.Sections[i]
			// The document's title says what all its sections are of
			// (法治政府建设): its words count, at half, for every heading;
			// in full for one that ends with a word of the topic, which
			// names what is asked of the document's subject ("六、申请
			// 材料" of a 临时救助 办事指南, "临时救助要交哪些材料").
			// A Chinese phrase ends with what it is about: "存在的主要
			// 问题" is of 问题, "上年度问题整改情况" of 情况. Of headings
			// that cover the topic alike, one it ends with wins.
			head := endsWithTopic(s.Heading, wt)
			cov := wt.coverage(s.Heading, d.Title, d)
			// Not for a heading with nothing to list under it ("（二十五）
			// 实施差异化监管措施" of "…有哪些措施").
			if head && hasItems(d, s) {
				cov = max(cov, wt.coverage(s.Heading+"\n"+d.Title, "", nil))
			}
			// Of headings that cover the topic alike, one that names the
			// kind of thing asked lists it ("（一）表扬单位" under "四、表扬与
			// 通报", of "表扬了哪些单位").
			kind := anyOf(asked, func(a string) bool { return strings.Contains(s.Heading, a) })
			if cov > bestCov || (cov == bestCov && best != nil && (kind && !bestKind || kind == bestKind && (head && !bestHead || head == bestHead && s.Rank < best.Rank))) {
				best, bestDoc, bestCov, bestHead, bestKind = s, d, cov, head, kind
			}
		}
	}
	if best == nil || bestCov < minSectionCoverage {
		return nil, nil, nil, 0
	}
	// "这批批了哪几座桥": of the headings under the one chosen, the only
	// one that names the kind asked ("（二）桥梁命名（3座）" beside 道路,
	// 居民区) holds the things listed.
	if kind != "" {
		best = kindChild(bestDoc, best, kind)
	}
	var cites []Citation
	add := func(start, end int, path document.HeadingPath) {
		cites = append(cites, Citation{N: len(cites) + 1, Doc: bestDoc.Ref(), Section: path.String(), Text: bestDoc.Text[start:end], Start: start, End: end})
	}
	rows := func(from, to int) {
		for at := from; at < to && len(cites) < limit; at = lineEndAt(bestDoc.Text, at) + 1 {
			if row, ok := rowAt(bestDoc.Text, at); ok && !isHeaderRow(bestDoc.Text, row) && !isTotalRow(bestDoc.Text, row) && row.end <= to {
				add(row.start, row.end, best.Path)
			}
		}
	}
	// Children: the next-rank headings inside the section.
	childRank, firstChild := childRankOf(bestDoc, best), best.End
	for _, s := range bestDoc.Sections {
		if s.Start > best.Start && s.Start < firstChild {
			firstChild = s.Start
		}
	}
	// A table right under the heading that lists more than the headings
	// after it is its content, the headings notes on it ("六、申请材料"
	// over seven rows, then "1.已纳入…的，可免于提交…"); a short table
	// over the headings that each take a task up is a summary of them.
	children := 0
	for _, s := range bestDoc.Sections {
		if s.Start > best.Start && s.End <= best.End && s.Rank == childRank {
			children++
		}
	}
	if rows(best.Start, firstChild); len(cites) > 0 && len(cites) <= children {
		cites = nil
	}
	for _, s := range bestDoc.Sections {
		if len(cites) > 0 && s.Rank == childRank && cites[0].Section == best.Path.String() {
			break // the table's rows are the items
		}
		if s.Start > best.Start && s.End <= best.End && s.Rank == childRank && len(cites) < limit {
			st, en := firstSentence(bestDoc.Text, s.Start, s.End)
			add(st, en, s.Path)
		}
	}
	if len(cites) == 0 {
		// No sub-headings: the 一是/二是 items of the section body.
		body := bestDoc.Text[best.Start:best.End]
		for _, sp := range zh.Sentences(body, true) {
			t := body[sp.Start:sp.End]
			// "…仍存在一些问题和不足:一是经济发展后劲不足": the first
			// item follows the lead-in that announces the list.
			at := 0
			if i := strings.Index(t, "一是"); i > 0 && (strings.HasSuffix(t[:i], ":") || strings.HasSuffix(t[:i], "：")) {
				at = i
			}
			if at > 0 || reOrdinalIs.MatchString(t) {
				add(best.Start+sp.Start+at, best.Start+sp.End, best.Path)
				if len(cites) == limit {
					break
				}
			}
		}
	}
	if len(cites) == 0 {
		// "普法宣传那一大项下面考哪几个小项": a group heading of a table
		// ("六、法治宣传教育(15分)") over its rows; each row is an item.
		rows(best.Start, best.End)
	}
	return bestDoc, best, cites, bestCov
}

// endsWithTopic reports whether a heading ends with a word of the topic.
func endsWithTopic(heading string, wt weightedTokens) bool {
	h := strings.TrimRight(heading, "。.:：;； ")
	return anyOf(wt.toks, func(t string) bool { return utf8.RuneCountInString(t) >= 2 && strings.HasSuffix(h, t) })
}

// firstSentence is the span of the first sentence at start (a heading line
// with its first clause), bounded by end.
func firstSentence(text string, start, end int) (int, int) {
	for _, sp := range zh.Sentences(text[start:end], false) {
		return start + sp.Start, start + sp.End
	}
	return start, end
}

func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// hasItems reports whether a section has anything a list answer can be
// made of: sub-headings, 一是/二是 items or table rows.
func hasItems(d *index.StoredDoc, s *document.Section) bool {
	for _, c := range d.Sections {
		if c.Start > s.Start && c.Start < s.End {
			return true
		}
		if c.Start >= s.End {
			break
		}
	}
	body := d.Text[s.Start:min(s.End, len(d.Text))]
	if strings.Contains(body, "一是") {
		return true
	}
	for at := s.Start; at < s.End && at < len(d.Text); at = lineEndAt(d.Text, at) + 1 {
		if _, ok := rowAt(d.Text, at); ok {
			return true
		}
	}
	return false
}

// maxSectionItems bounds the items a section answer lists: "十件民生实事"
// are ten.
const maxSectionItems = 10

// reOrdinalIs opens an item counted 一是, 二是 … 十是.
var reOrdinalIs = regexp.MustCompile(`^[一二三四五六七八九十]{1,2}是`)

// childRankOf is the rank of the headings right under sec (the highest
// inside it), -1 when it has none.
func childRankOf(d *index.StoredDoc, sec *document.Section) int {
	rank := -1
	for _, s := range d.Sections {
		if s.Start > sec.Start && s.End <= sec.End && (rank < 0 || s.Rank < rank) {
			rank = s.Rank
		}
	}
	return rank
}

// kindChild is the one heading right under sec whose words name kind (its
// first character: 桥 of 桥梁), when sec has several; else sec.
func kindChild(d *index.StoredDoc, sec *document.Section, kind string) *document.Section {
	first, _ := utf8.DecodeRuneInString(kind)
	childRank := childRankOf(d, sec)
	var found *document.Section
	children := 0
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.Start <= sec.Start || s.End > sec.End || s.Rank != childRank {
			continue
		}
		children++
		if strings.ContainsRune(s.Heading, first) {
			if found != nil {
				return sec
			}
			found = s
		}
	}
	if found == nil || children < 2 || strings.ContainsRune(sec.Heading, first) && !strings.Contains(sec.Heading, "、") {
		return sec
	}
	return found
}
