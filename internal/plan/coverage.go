package plan

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/relevance"
	"github.com/gongwen/gongwen/internal/zh"
)

// Verdicts of a coverage check.
const (
	Covered = "已覆盖"
	Partial = "部分覆盖"
	NotSeen = "未见"
)

// Thresholds on Coverage.Score, chosen by reading every verdict of the
// bundled plan against the four bundled reports (testdata/coverage/*.golden):
// each of the 8 scores at or above 0.45 quotes a passage that does what the
// task asks; between 0.25 and 0.45 about three in four quote related work
// (a regulation studied, a step of the task, next year's plan) and the rest
// share words by chance ("加大普法力度" for 加大民政执法力度); below 0.25
// the best passage is unrelated.
const (
	CoveredAt = 0.45
	PartialAt = 0.25
)

// searchTop is how many report chunks the search returns per task; their
// sentences compete as evidence. The bundled reports have 17–27 chunks.
const searchTop = 8

// Coverage is the verdict on one plan item against one report.
//
// Score grades the best sentence of the report against the task, from the
// words (character bigrams, weighted by how rare they are across the
// indexed documents) the two share:
//
//	score = (0.6 × title recall + 0.4 × precision) × factor
//
// title recall: the weighted share of the task title's words the sentence
// says (words only in the sentence's section heading count at 0.85; the
// title's leading verbs — 加强, 全面实施, 深入学习 — count a quarter);
// precision: the weighted share of the sentence's words that occur in the
// task's title or body; factor: 0.6 for sentences under a report's
// 存在问题 / 下一年工作计划 parts, 1 otherwise. Words inside 《》 in the
// report count half unless the task title names a document itself.
// Verdicts: Score ≥ CoveredAt 已覆盖, ≥ PartialAt 部分覆盖, else 未见.
type Coverage struct {
	Item     PlanItem  `json:"item"`
	Verdict  string    `json:"verdict"` // 已覆盖 | 部分覆盖 | 未见
	Score    float64   `json:"score"`
	Evidence *Evidence `json:"evidence"` // the best passage; nil when no sentence shares a word with the task
}

// Evidence is a passage of the report quoted verbatim:
// Text == report.Text[Start:End]; Section is its heading path.
type Evidence struct {
	DocID   string `json:"doc_id"`
	Section string `json:"section"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// Cover finds, for every item, the report passage that best answers to it
// and grades it. Candidates come from the hybrid search restricted to the
// report; each sentence of the hits is scored by the words it shares with
// the task (see Coverage.Score), so a reviewer can check a verdict by
// reading the quoted passage and its section path.
func Cover(ctx context.Context, ix *index.Index, reportID string, items []PlanItem) ([]Coverage, error) {
	rep, ok := ix.Doc(reportID)
	if !ok {
		return nil, fmt.Errorf("找不到报告 %s", reportID)
	}
	w := newWeights(ix)
	out := make([]Coverage, 0, len(items))
	for _, it := range items {
		cs, err := candidates(ctx, ix, rep, w, it)
		if err != nil {
			return nil, err
		}
		c := Coverage{Item: it, Verdict: NotSeen}
		if len(cs) > 0 && cs[0].score > 0 {
			best := cs[0]
			c.Score = round3(best.score)
			c.Verdict = verdict(best.score)
			start, end := widen(rep.Text, best.start, best.end)
			c.Evidence = &Evidence{DocID: rep.ID, Section: best.section, Text: rep.Text[start:end], Start: start, End: end}
		}
		out = append(out, c)
	}
	return out, nil
}

// candidate is one report sentence scored against a task.
type candidate struct {
	start, end int // in the report's text
	section    string
	parts      parts
	score      float64
}

// candidates scores every sentence of the report chunks the search finds
// for the task, best first; ties go to the earlier passage.
func candidates(ctx context.Context, ix *index.Index, rep *index.StoredDoc, w relevance.Weigher, it PlanItem) ([]candidate, error) {
	hits, err := ix.Search(ctx, it.Title+"\n"+it.Body, searchTop, index.Filter{DocIDs: []string{rep.ID}})
	if err != nil {
		return nil, err
	}
	task := newTaskTokens(it, w)
	var cs []candidate
	for _, h := range hits {
		heading := ""
		if n := len(h.Chunk.Path); n > 0 {
			heading = h.Chunk.Path[n-1]
		}
		retro := retrospective(h.Chunk.Path)
		for _, sp := range evidenceSpans(h.Chunk.Text) {
			start, end := h.Chunk.Start+sp.Start, h.Chunk.Start+sp.End
			if isHeadingLine(rep, start, end) {
				// A bare heading is a topic, not evidence; its words still
				// count as context for the sentences under it.
				continue
			}
			p := task.parts(rep.Text[start:end], heading, retro)
			cs = append(cs, candidate{start: start, end: end, section: h.Chunk.Path.String(), parts: p, score: p.total()})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].start < cs[j].start
	})
	return cs, nil
}

// minEvidenceRunes is how long a quote should be to stand on its own: a bare
// "一是切实加强规范性文件管理。" is widened to the sentences after it on
// the same line, so the reviewer sees what was done.
const minEvidenceRunes = 40

// widen grows [start,end) within its line, forward first, sentence by
// sentence, until it is minEvidenceRunes long or the line ends.
func widen(text string, start, end int) (int, int) {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	lineEnd := len(text)
	if i := strings.IndexByte(text[end:], '\n'); i >= 0 {
		lineEnd = end + i
	}
	line := text[lineStart:lineEnd]
	spans := evidenceSpans(line)
	for utf8.RuneCountInString(text[start:end]) < minEvidenceRunes {
		grown := false
		for _, sp := range spans {
			if lineStart+sp.Start == end || (lineStart+sp.Start > end && strings.TrimSpace(text[end:lineStart+sp.Start]) == "") {
				end = lineStart + sp.End
				grown = true
				break
			}
		}
		if grown {
			continue
		}
		for i := len(spans) - 1; i >= 0; i-- {
			sp := spans[i]
			if lineStart+sp.End <= start && strings.TrimSpace(text[lineStart+sp.End:start]) == "" {
				start = lineStart + sp.Start
				grown = true
				break
			}
		}
		if !grown {
			break
		}
	}
	return start, end
}

func verdict(score float64) string {
	switch {
	case score >= CoveredAt:
		return Covered
	case score >= PartialAt:
		return Partial
	}
	return NotSeen
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// evidenceSpans cuts a chunk into the passages that compete as evidence:
// sentences, with officialese "一是…;二是…" items split at semicolons —
// half-width and full-width (；), which zh.Sentences does not split at.
func evidenceSpans(text string) []zh.Span {
	var out []zh.Span
	for _, s := range zh.Sentences(text, true) {
		for _, p := range splitAfter(text, s, "\uff1b") {
			if utf8.RuneCountInString(text[p.Start:p.End]) < 4 {
				continue
			}
			out = append(out, p)
		}
	}
	return out
}

// splitAfter splits span s of text after every occurrence of sep, trimming
// the space around the pieces.
func splitAfter(text string, s zh.Span, sep string) []zh.Span {
	var out []zh.Span
	start := s.Start
	for start < s.End {
		end := s.End
		if i := strings.Index(text[start:s.End], sep); i >= 0 {
			end = start + i + len(sep)
		}
		a, b := start, end
		for a < b && isSpaceByteRune(text, a) {
			_, n := utf8.DecodeRuneInString(text[a:])
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[a:b])
			if !isSpace(r) {
				break
			}
			b -= n
		}
		if b > a {
			out = append(out, zh.Span{Start: a, End: b})
		}
		start = end
	}
	return out
}

func isSpaceByteRune(text string, at int) bool {
	r, _ := utf8.DecodeRuneInString(text[at:])
	return isSpace(r)
}

// newWeights weighs words by inverse sentence frequency over every indexed
// document: 法治, 民政, 加强 occur everywhere and say little about which task
// a sentence answers to; 规范性文件 or 行政复议 say a lot.
func newWeights(ix *index.Index) *relevance.SentenceIDF {
	docs := ix.Docs()
	texts := make([]string, len(docs))
	for i, d := range docs {
		texts[i] = d.Text
	}
	return relevance.NewSentenceIDF(texts)
}

// taskTokens is a plan item prepared for scoring sentences against it.
type taskTokens struct {
	w        relevance.Weigher
	title    *relevance.Terms // the title's words, weighed: idf, less for the leading verbs
	all      map[string]bool  // title and body words
	citesDoc bool             // the title itself names a document in 《》
}

// leadingVerbs open most task titles ("全面实施“八五”普法", "加强规范性文件
// 管理") and say how, not what: a report sentence sharing only "全面实施"
// with a task is not about it. Their bigrams count verbWeight in the title.
var leadingVerbs = []string{
	"进一步", "全面", "深入", "积极", "严格", "突出", "持续", "加快", "继续", "切实", "扎实", "大力", "不断", "认真", "着力",
	"实施", "加强", "学习", "推进", "落实", "抓好", "优化", "深化", "推动", "促进", "提升", "完善", "加大", "强化", "健全",
	"建立", "开展", "做好", "提高", "坚持", "规范", "贯彻",
}

const verbWeight = 0.25

// titleObject strips the leading verbs off a title: "全面实施“八五”普法" →
// "“八五”普法". A title that is all verbs is kept whole.
func titleObject(title string) string {
	rest := title
	for {
		trimmed := false
		for _, v := range leadingVerbs {
			if r, ok := strings.CutPrefix(rest, v); ok && r != "" {
				rest, trimmed = r, true
			}
		}
		if !trimmed {
			return rest
		}
	}
}

func newTaskTokens(it PlanItem, w relevance.Weigher) *taskTokens {
	object := relevance.WordSet(titleObject(it.Title))
	title := relevance.NewTerms(it.Title, w, func(tok string) float64 {
		if object[tok] {
			return 1
		}
		return verbWeight
	})
	return &taskTokens{w: w, title: title, all: relevance.WordSet(it.Title + "\n" + it.Body), citesDoc: strings.Contains(it.Title, "《")}
}

// Weights of the score (see Coverage.Score).
const (
	recallWeight    = 0.6  // of the title's words found
	precisionWeight = 0.4  // of the sentence being about the task
	headingContext  = 0.85 // a title word found only in the section heading
	precisionPrior  = 5.0  // idf mass added to a sentence's, so a four-word fragment cannot look wholly on-task
	lookaheadFactor = 0.6  // sentences under 存在问题 / 下一年工作计划
	bookTitleWeight = 0.5  // words inside 《》 in the report
)

// parts are the components of a sentence's score, kept apart for tests.
type parts struct{ rec, prec, factor float64 }

func (p parts) total() float64 {
	v := (recallWeight*p.rec + precisionWeight*p.prec) * p.factor
	if p.factor < 1 {
		// Saying a thing is lacking or planned is at most partial coverage.
		v = math.Min(v, lookaheadCap)
	}
	return v
}

// lookaheadCap keeps sentences under 存在问题 / 工作计划 below 已覆盖.
const lookaheadCap = CoveredAt - 0.01

// sentenceTokens weighs a sentence's tokens: words inside 《》 count half,
// because "学习《规范性文件管理规定》" is studying a rule, not doing the
// task named like it — unless the task itself is about a named document.
func (t *taskTokens) sentenceTokens(sentence string) ([]string, map[string]float64) {
	outside, inside := splitBookTitles(sentence)
	m := map[string]float64{}
	half := bookTitleWeight
	if t.citesDoc {
		half = 1
	}
	for _, tok := range relevance.Words(inside) {
		m[tok] = half
	}
	for _, tok := range relevance.Words(outside) {
		m[tok] = 1
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, m
}

func splitBookTitles(s string) (outside, inside string) {
	var o, in strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '《':
			depth++
			o.WriteRune(' ')
		case r == '》' && depth > 0:
			depth--
			in.WriteRune(' ')
		case depth > 0:
			in.WriteRune(r)
		default:
			o.WriteRune(r)
		}
	}
	return o.String(), in.String()
}

// parts scores one report sentence, under the given section heading, against
// the task.
func (t *taskTokens) parts(sentence, heading string, retro bool) parts {
	keys, s := t.sentenceTokens(sentence)
	p := parts{factor: 1}
	if len(keys) == 0 {
		return p
	}
	said := func(tok string) float64 { return s[tok] }
	// The heading's words count as context, a little below the sentence's
	// own: of two sentences under "(一)深入学习…习近平法治思想", the one
	// that itself says 习近平法治思想 is the better quote.
	p.rec = t.title.HeadingRecall(said, relevance.WordSet(heading), headingContext)
	p.prec = relevance.Precision(keys, func(tok string) float64 { return t.w.IDF(tok) * s[tok] }, t.all, precisionPrior)
	if !retro {
		p.factor = lookaheadFactor
	}
	return p
}

// isHeadingLine reports whether [start,end) is a bare heading line.
func isHeadingLine(d *index.StoredDoc, start, end int) bool {
	for _, s := range d.Sections {
		if s.Start == start {
			return strings.TrimRight(d.Text[start:end], "。") == strings.TrimRight(s.Heading, "。")
		}
	}
	return false
}

// lookaheadWords mark the top-level parts of a report that are about
// problems or next year's plans (二、存在的问题, 三、2025年工作计划).
var lookaheadWords = []string{"存在", "问题", "不足", "计划", "打算", "下一步", "下步", "思路", "展望", "明年", "今后"}

// retrospective reports false for sentences under those parts: saying a
// thing is lacking or will be done is not having done it.
func retrospective(path []string) bool {
	return len(path) == 0 || !containsAny(path[0], lookaheadWords)
}
