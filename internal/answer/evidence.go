package answer

import (
	"cmp"
	"context"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/relevance"
	"github.com/gongwen/gongwen/internal/zh"
)

// evidence is one candidate sentence with the passage it sits in.
type evidence struct {
	doc      *index.StoredDoc
	path     document.HeadingPath
	start    int // the answering unit (a sentence or one 一是/二是 item)
	end      int
	qStart   int // the quoted passage: the whole sentence around it, bounded
	qEnd     int
	score    float64
	coverage float64
	matched  int // topic tokens the sentence itself contains
	rank     int // rank of its chunk in the search
	// inTask: the sentence is part of a task whose units the document
	// names ("(海关总署、商务部负责)"), which answers who does it.
	inTask bool
	// row: the unit is a table row; read is the row read with its
	// header (tableRow.reading), counts whether it has bare counts.
	row    tableRow
	read   string
	counts bool
	// showStart, showEnd: the span an answer shows of it, when that is
	// more than the unit (shownSet.take).
	showStart, showEnd int
	// band: the unit is the band of a rule that holds the figure the
	// question gives of its case, beside bands that miss it (inCaseRange).
	band bool
}

func (e evidence) text() string { return e.doc.Text[e.start:e.end] }

// passage is the quoted passage, or a table row read with its header.
func (e evidence) passage() string {
	if e.read != "" {
		return e.read
	}
	return e.quote()
}

// says is what the unit states: its text, or a table row read with its
// header.
func (e evidence) says() string {
	if e.read != "" {
		return e.read
	}
	return e.text()
}
func (e evidence) quote() string { return e.doc.Text[e.qStart:e.qEnd] }

// maxQuoteRunes bounds a quoted passage: a whole 一是…;二是… sentence in
// officialese can run to 600 characters, too long to check at a glance.
const maxQuoteRunes = 220

var reDigits = regexp.MustCompile(`\d`)

// longFormWeight is what a word written short weighs: its first long
// form's first word (书法 of 书法家协会, 奖励 of 奖励资金) — no passage
// writes the short form, whose weight would be the rarest's.
func longFormWeight(ix *index.Index, long []string) float64 {
	return ix.IDF(string([]rune(long[0])[:2]))
}

// reNumber is a token that is a number, decimals included.
var reNumber = regexp.MustCompile(`^\d+(?:\.\d+)?$`)

// isMagnitudeOf reports whether next is number n scaled by 万, 千 or 亿.
func isMagnitudeOf(next, n string) bool {
	m, ok := strings.CutPrefix(next, n)
	return ok && (m == "万" || m == "千" || m == "亿")
}

// weightedTokens are the topic's tokens with their IDF weights.
type weightedTokens struct {
	toks []string
	// bounds are the toks that are bounds asked (boundForms: 最多, 最晚),
	// found once here so that scoring each passage need not look.
	bounds []string
	w      map[string]float64
	total  float64
	// docCoverage is the weighted share of the question's tokens found
	// anywhere in the scoped documents: low means the documents never
	// speak of what is asked.
	docCoverage float64
	in          map[string]bool // token occurs in the scoped documents
	// scope are the tokens in scope, in question order, with the same
	// weights: what a sentence's coverage is the recall of.
	scope relevance.Terms
	// chars: the topic fell back on characters (fallBackOnCharacters).
	chars bool
	// titles caches each scored document's title tokens.
	titles map[*index.StoredDoc]map[string]bool
	// short are the words the question writes short, each with the long
	// forms the scoped documents (or the search's first ones) write (高铁
	// of 高速铁路, 奖金 of 奖励资金; found by gather): a quantity asked short
	// is named by its long form's first word (奖励…元).
	short map[string][]string
	// writes caches whether a document writes a word as it is: a word a
	// document writes (工作) is not matched there by its characters in
	// order (工程合作); one it never writes (社保) may be (社会保险).
	writes map[string]bool
	// named are the words that named the document, kept beside the
	// rest of a question that says little else (gather): every sentence
	// of the document speaks of them, so one that lacks them in its own
	// words is not alone in what it matches.
	named map[string]bool
}

// termRepeats is how often a document writes a bigram across a glue
// character for it to be a term of that document, not a seam: chance
// meetings ("练要", "里安") stand once or twice in a text.
const termRepeats = 3

// glueOnce reports whether one character of bigram t is glue and the
// other not: "会会" of "协会会员" is two words' edges wherever it stands.
// A determiner (各, 这, 那) begins a phrase, not a term: "各科" of "各科室"
// is repeated wherever the phrase is.
func glueOnce(t string) bool {
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune("各这那", r) {
		return false
	}
	n := 0
	for _, r := range t {
		if strings.ContainsRune(glueChars, r) {
			n++
		}
	}
	return n == 1
}

// glueChars mark the bigrams that straddle a question's own wording
// ("给村", "里配"): absent from the scoped documents they say nothing about
// whether the documents answer, so they are not counted at all.
const glueChars = "说讲给找办叫出配买发做里是跟搞啥几哪谁么吗呢了的各要会能把被对和与及这那个些在有由让将去过来就都也还"

// seamCohesion: below it a bigram with a glue character is a seam, not a
// word (index.Cohesion; chosen on the tune splits).
var seamCohesion = 0.01

// commonWordDF is how many passages must write a bigram for it to be a
// word of the documents rather than a seam of the asker's wording.
func commonWordDF(ix *index.Index) int { return max(3, ix.NumChunks()/250) }

// weigh keeps the question's informative tokens with IDF weights. Tokens
// no passage anywhere contains are the asker's wording and are dropped;
// lone characters say too little to count.
//
// shortWeight, where it has a word, weighs a word written short as its long
// form's first word is weighed: no passage writes the short form, whose
// weight would be the rarest's.
func weigh(ix *index.Index, topic string, inScope func(string) bool, expanded map[string][]string, shortWeight map[string]float64) weightedTokens {
	wt := weightedTokens{w: map[string]float64{}, in: map[string]bool{}}
	// Work phrase by phrase: a word the documents lack shows as a run of
	// absent bigrams ("行政复议案件": 政复 复议 议案), while an asker's
	// paraphrase usually leaves a single absent bigram at a word seam
	// ("新登记": 新登). Only runs count against the documents.
	phrases := strings.FieldsFunc(topic, func(r rune) bool { return !zh.IsHan(r) && !unicode.IsDigit(r) && !unicode.IsLetter(r) })
	// A single absent bigram is a seam of the asker's wording ("新登") when
	// few passages anywhere contain it; one that many contain ("不足") is a
	// word the scoped documents do not use, and counts against them.
	wordDF := commonWordDF(ix)
	for _, ph := range phrases {
		type tok struct {
			t  string
			in bool
			at int // which bigram of the phrase it is
		}
		var toks []tok
		phToks := zh.Tokens(ph)
		// figureDigits: the digits of each figure in 万 the phrase writes
		// ("49万": 49), whose weight the figure carries — every passage
		// that writes 49万 writes the token 49 too, which alone matches
		// the 49 of "49人".
		figureDigits := map[string]string{}
		for at, t := range phToks {
			// "8" of "一笔8万的支出" is no 8: the figure is 8万, matched
			// by its own token ("8万元") or its range (rangeFit), never by
			// the 8 of "8月31日" or "8人".
			if at+1 < len(phToks) && reNumber.MatchString(t) && isMagnitudeOf(phToks[at+1], t) {
				figureDigits[phToks[at+1]] = t
				continue
			}
			// A word no passage writes may still be one the documents
			// write otherwise (地址 of a 章程's 住所: equivalentWord).
			// (A short form no passage writes is kept when the
			// documents in scope write its long form: 卫健 of 卫生健康.)
			if (utf8.RuneCountInString(t) == 1 && !reDigits.MatchString(t)) || ix.DF(t) == 0 && len(expanded[t]) == 0 && (equivalentWord[t] == "" || !zh.IsHan([]rune(t)[0]) || ix.DF(equivalentWord[t]) == 0) {
				continue
			}
			// A year the question writes about is a condition on the
			// answer (yearFit), not a word it must repeat: "全年实现地区
			// 生产总值920.59亿元" answers for 2018 in the report on 2018.
			if reYearToken.MatchString(t) {
				continue
			}
			in := ix.TokenInDocs(t, inScope) || len(expanded[t]) > 0
			if a, ok := equivalentWord[t]; ok && !in {
				in = ix.TokenInDocs(a, inScope)
			}
			if forms, ok := boundForms[t]; ok {
				// The asker's bound: covered by any form the documents
				// write it in, and no word they lack when they write none.
				in = in || anyOf(forms, func(f string) bool { return ix.TokenInDocs(f, inScope) })
				if !in {
					continue
				}
			}
			// A bigram across a glue character is a seam of the
			// asker's wording when the documents lack it, or when they
			// write it as seldom as chance would ("练要" of "演练要花",
			// "里安" of "村里安全培训"): rare, so weighed high, and it
			// only matches where the same characters meet by chance.
			// One a document repeats is its term ("会费" of a 章程's
			// fee table, "一年会费交多少"), however seldom its
			// characters meet elsewhere.
			if strings.ContainsAny(t, glueChars) && (!in || ix.Cohesion(t) < seamCohesion && !(glueOnce(t) && ix.RepeatedIn(t, termRepeats))) {
				continue
			}
			toks = append(toks, tok{t, in, at})
		}
		for k, tk := range toks {
			if _, ok := wt.w[tk.t]; ok {
				continue
			}
			if !tk.in {
				// Absent bigrams make a run only where they overlap in
				// the question: 块地 and 另外 of "那块地还要不要另外征地"
				// are two seams, not one word the documents lack.
				prevAbsent := k > 0 && !toks[k-1].in && toks[k-1].at == tk.at-1
				nextAbsent := k+1 < len(toks) && !toks[k+1].in && toks[k+1].at == tk.at+1
				if !prevAbsent && !nextAbsent && ix.DF(tk.t) < wordDF {
					continue
				}
			}
			w := ix.IDF(tk.t)
			if d, ok := figureDigits[tk.t]; ok {
				w += ix.IDF(d)
			}
			if sw, ok := shortWeight[tk.t]; ok {
				w = min(w, sw)
			}
			wt.toks = append(wt.toks, tk.t)
			if _, ok := boundForms[tk.t]; ok {
				wt.bounds = append(wt.bounds, tk.t)
			}
			wt.w[tk.t] = w
			wt.in[tk.t] = tk.in
			wt.total += w
			if tk.in {
				wt.scope.Add(tk.t, w)
			}
		}
	}
	wt.setDocCoverage()
	return wt
}

func (wt *weightedTokens) setDocCoverage() {
	wt.docCoverage = 1
	if wt.total > 0 {
		wt.docCoverage = wt.scope.Total() / wt.total
	}
}

// modalChars are characters of modal and pointing words (该, 应, 本, 此,
// 其, 之): never a topic on their own.
const modalChars = "该应本此其之"

// fallBackOnCharacters makes a figure question's characters its topic
// when no word of two the scoped documents write is left of it: "禾穗坊
// 那案子一共罚了多少钱", its name taken out, says only 罚 and 钱. They say
// little, but they are all it says of what it asks; the passages of the
// few scoped documents that write them are where to look, and a figure
// must still be stated. Only for a figure question: for the others any
// sentence with a common character would do, even in the one document a
// question names ("禁放通告里对无人机表演怎么管": 无, 人, 机 of 机关).
func (wt *weightedTokens) fallBackOnCharacters(ix *index.Index, topic string, docs []*index.StoredDoc) {
	// 该, 应, 本 of "原本该发", "应该给" modal or point: they name nothing
	// the passages could share, and are taken only when no other
	// character is left ("报告里应该发多少": 应 of 应发; review 36).
	for _, modal := range []bool{false, true} {
		for _, r := range topic {
			t := string(r)
			if _, ok := wt.w[t]; ok || !zh.IsHan(r) || strings.ContainsAny(t, glueChars) || strings.ContainsRune(modalChars, r) != modal {
				continue
			}
			if !anyOf(docs, func(d *index.StoredDoc) bool { return strings.Contains(d.Text, t) }) {
				continue
			}
			w := ix.IDF(t)
			wt.toks = append(wt.toks, t)
			wt.w[t], wt.in[t] = w, true
			wt.total += w
			wt.scope.Add(t, w)
			wt.chars = true
		}
		if wt.chars {
			break
		}
	}
	wt.setDocCoverage()
}

// coverage is the IDF-weighted share of topic tokens found in text, with
// tokens found only in the heading path counting half. A topic of several
// words is not covered by one of them alone: "组织各部门" does not speak of
// 社会组织 — with one token matched of three or more, coverage is halved.
func (wt weightedTokens) coverage(text, path string, doc *index.StoredDoc) float64 {
	c, _ := wt.coverageMatched(text, path, doc)
	return c
}

// mayShorten reports whether t, absent as written from the sentence, may
// be matched there by its characters in order: a word the question writes
// short that the document never writes as the question does.
// titleTokens are a document's title's tokens, read once per question.
func (wt weightedTokens) titleTokens(d *index.StoredDoc) map[string]bool {
	if wt.titles == nil {
		return relevance.TokenSet(d.Title)
	}
	m, ok := wt.titles[d]
	if !ok {
		m = relevance.TokenSet(d.Title)
		wt.titles[d] = m
	}
	return m
}

func (wt weightedTokens) mayShorten(t string, doc *index.StoredDoc) bool {
	if len(wt.short[t]) > 0 {
		return true
	}
	if doc == nil || wt.writes == nil {
		return false
	}
	key := doc.ID + "\x00" + t
	w, ok := wt.writes[key]
	if !ok {
		w = strings.Contains(doc.Text, t)
		wt.writes[key] = w
	}
	return !w
}

// reListedPlaces is how a sentence names places of the 乡镇 level: a list
// of two at least ("犨坪镇、荦桥镇和…"), not one word that ends like a place
// ("统筹城乡、区域…", "送法下乡，").
var reListedPlaces = regexp.MustCompile(`\p{Han}{2}(?:镇|乡|街道)[、，,和及与]\p{Han}{2}(?:镇|乡|街道)(?:[、，,和及与作等]|$)`)

// coverageMatched is coverage with the number of topic tokens the text
// itself (not its heading) contains.
func (wt weightedTokens) coverageMatched(text, path string, doc *index.StoredDoc) (float64, int) {
	return wt.coverageInRecord(text, path, "", doc)
}

// recordContextWeight is what a word of a register's entry counts for in
// another field of the entry (recordContext): a heading's weight. At 0.25
// the entry's outcome no longer answers "…车祸那个临时救助给了多少"
// (ow028) nor its 复查 day (ow033), and a figure of another field of the
// entry still answers (ou098's 年龄：58岁).
const recordContextWeight = 0.5

// coverageInRecord is coverageMatched for a field of a register's entry,
// with the entry's other fields.
func (wt weightedTokens) coverageInRecord(text, path, record string, doc *index.StoredDoc) (float64, int) {
	if wt.scope.Total() == 0 {
		return 0, 0
	}
	inRecord := relevance.TokenSet(record)
	in := relevance.TokenSet(text)
	for _, t := range wt.bounds {
		if !in[t] && boundIn(t, in) {
			in[t] = true
		}
	}
	if wt.chars {
		for _, t := range wt.toks {
			if r, n := utf8.DecodeRuneInString(t); n == len(t) && zh.IsHan(r) && strings.Contains(text, t) {
				in[t] = true // a character fallBackOnCharacters took
			}
		}
	}
	inPath := relevance.TokenSet(path)
	var title map[string]bool
	if doc != nil {
		// The title is the context of every passage (scoreChunk): its
		// words count as a heading's do.
		title = wt.titleTokens(doc)
	}
	// "哪几个乡镇上台交流了" is answered by "犨坪镇、荦桥镇和甗城街道作了交流
	// 发言": places of the level asked, by name.
	if _, asked := wt.w["乡镇"]; asked && !in["乡镇"] && reListedPlaces.MatchString(text) {
		in["乡镇"] = true
	}
	textRunes := []rune(text)
	matched, considered := 0, 0
	abbr := map[string]float64{} // what a word written short counts for here
	for _, t := range wt.toks {
		if wt.in[t] && !wt.named[t] {
			considered++
			if a := equivalentWord[t]; in[t] || (a != "" && in[a]) {
				matched++
			} else if abbreviatesIn(t, textRunes) {
				abbr[t] = looseAbbrWeight
				if wt.mayShorten(t, doc) {
					abbr[t] = abbrWeight
				}
				matched++
			}
		}
	}
	// Words the heading or the title holds are the passage's context: a
	// sentence under "招聘社区工作者公告" that writes only 笔试 speaks of
	// the 社区工作者's 笔试, it is not alone.
	inContext := 0
	for _, t := range wt.toks {
		if wt.in[t] && !wt.named[t] && !in[t] && (inPath[t] || title[t] || inRecord[t]) {
			inContext++
		}
	}
	lone := considered >= 3 && matched <= 1 && inContext == 0
	// The title says what all of the document is of: its words count in
	// full for a passage that itself writes a word of the question the
	// title does not ("笔试时间：…" in the 招聘社区工作者 公告). A passage
	// that writes none is only of the document, as every other is: the
	// one that writes the title's words itself is likelier ("巡察反馈问题
	// …已完成整改7个" in the 巡察反馈问题整改情况 报告).
	titleWeight := 0.5
	if anyOf(wt.toks, func(t string) bool { return wt.in[t] && !wt.named[t] && in[t] && !title[t] }) {
		titleWeight = 1
	}
	s := wt.scope.Recall(func(t string) float64 {
		a := equivalentWord[t] // a sentence with 根据 covers 依据
		switch {
		case in[t] || (a != "" && in[a]):
			return 1
		case abbr[t] > 0:
			return abbr[t]
		case title[t] || (a != "" && title[a]):
			return titleWeight
		case inPath[t] || (a != "" && inPath[a]):
			return 0.5
		case abbreviates(t, path) || (doc != nil && abbreviates(t, doc.Title)):
			return 0.5 * abbrWeight
		case inRecord[t] || (a != "" && inRecord[a]):
			return recordContextWeight
		}
		return 0
	})
	if lone {
		s *= 0.5
	}
	return s, matched
}

// foundAbbrSpan is how far a short form's second character may stand
// from its first in the documents the search found first: two words of two
// (奖励资金), not more — in many documents a longer reach finds chance
// runs (同事 in 同一公务事项).
const foundAbbrSpan = 3

// shortForm is a word the question writes short and the long forms the
// documents write of it.
type shortForm struct {
	short string
	long  []string
}

// writtenLong are the question's words written short (shortForms) whose
// long forms docs write (longForms), in question order.
func writtenLong(ix *index.Index, q string, inScope func(string) bool, docs []*index.StoredDoc, span int, ends func(prev, first, next rune) bool) []shortForm {
	var out []shortForm
	for _, t := range shortForms(q, inScope, func(t string) bool { return ix.DF(t) == 0 }) {
		if l := longForms(t, docs, span, ends); len(l) > 0 {
			out = append(out, shortForm{t, l})
		}
	}
	return out
}

// foundDocs are the first n distinct documents of hits.
func foundDocs(hits []index.Hit, n int) []*index.StoredDoc {
	var out []*index.StoredDoc
	for _, h := range hits {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, h.Doc) {
			out = append(out, h.Doc)
		}
	}
	return out
}

// mergeHits is first, then those of rest first does not hold.
func mergeHits(first, rest []index.Hit) []index.Hit {
	seen := map[string]bool{}
	key := func(h index.Hit) string { return h.Doc.ID + "\x00" + strconv.Itoa(h.Chunk.Start) }
	for _, h := range first {
		seen[key(h)] = true
	}
	out := slices.Clone(first)
	for _, h := range rest {
		if !seen[key(h)] {
			seen[key(h)] = true
			out = append(out, h)
		}
	}
	return out
}

// maxExpandDocs bounds the documents whose text is read for the long form
// of a word the question writes short.
const maxExpandDocs = 3

// shortForms are the two-character words of the question the documents in
// scope lack that may be written short: not a seam between two words the
// documents have ("增长目标" → 长目 is 增长 and 目标).
func shortForms(q string, inScope, unwritten func(string) bool) []string {
	var out []string
	rs := []rune(q)
	for i := 0; i+1 < len(rs); i++ {
		if !zh.IsHan(rs[i]) || !zh.IsHan(rs[i+1]) {
			continue
		}
		t := string(rs[i : i+2])
		if inScope(t) {
			continue
		}
		leftWord := i > 0 && zh.IsHan(rs[i-1]) && inScope(string(rs[i-1:i+1]))
		rightWord := i+2 < len(rs) && zh.IsHan(rs[i+2]) && inScope(string(rs[i+1:i+3]))
		if leftWord && rightWord {
			continue
		}
		// One no passage anywhere writes is a short form only away
		// from the words beside it: 卫健 of "归卫健局管", not 题改 of
		// "问题改完" (the seam after 问题).
		if (leftWord || rightWord) && unwritten(t) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// longForms finds, in the documents' texts, the words a two-character
// short form stands for: its first character, one to span−1 more, its
// second ("高铁" → 高速铁, "固投" → 固定资产投), at most three distinct;
// given ends, only where the first character does not end a word with the
// one before it more than it begins one with the one after it.
func longForms(t string, docs []*index.StoredDoc, span int, ends func(prev, first, next rune) bool) []string {
	rs := []rune(t)
	if len(rs) != 2 || !zh.IsHan(rs[0]) || !zh.IsHan(rs[1]) || strings.ContainsAny(t, glueChars) {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		for rest := d.Text; ; {
			i := strings.IndexRune(rest, rs[0])
			if i < 0 {
				break
			}
			rest = rest[i:]
			tr := []rune(rest[:min(len(rest), 16)])
			if ends != nil && len(tr) > 1 {
				if prev, _ := utf8.DecodeLastRuneInString(d.Text[:len(d.Text)-len(rest)]); ends(prev, rs[0], tr[1]) {
					rest = rest[utf8.RuneLen(rs[0]):]
					continue
				}
			}
			// The first character, one to three more, the second.
			for k := 2; k <= span && k < len(tr) && zh.IsHan(tr[k-1]); k++ {
				if tr[k] == rs[1] {
					if m := string(tr[:k+1]); !seen[m] {
						seen[m] = true
						out = append(out, m)
					}
					break
				}
			}
			if len(out) > 3 {
				return nil // a pattern that common is no word written short
			}
			rest = rest[utf8.RuneLen(rs[0]):]
		}
	}
	if len(out) > 3 {
		return nil // a pattern that common is no word written short
	}
	return out
}

// maxAbbrSpan is how far a short form's second character may stand from its
// first in the long form: 固投 of 固定资产投资 skips a whole word (资产).
// On the tune splits 4 answers five more than 3 and refuses two fewer
// unanswerables; 5 answers two more again, refusing one fewer, and skips
// two words, which short forms rarely do.
const maxAbbrSpan = 4

// abbrWeight is what a word written short counts for (社保 of 社会保险).
const abbrWeight = 0.7

// looseAbbrWeight is what a word counts for when the sentence writes it
// long though the document also writes it short (奖金 of 奖励资金).
const looseAbbrWeight = 0.5

// abbreviates reports whether a two-character word the text lacks is the
// short form of a word it has: its characters in order, one to three apart
// ("社保" in 社会保险, "转企" in 转制为企业, "固投" in 固定资产投资).
func abbreviates(t, text string) bool {
	return abbreviatesIn(t, []rune(text))
}

// abbreviatesIn is abbreviates over text already split into runes.
func abbreviatesIn(t string, tr []rune) bool {
	rs := []rune(t)
	if len(rs) != 2 || !zh.IsHan(rs[0]) || !zh.IsHan(rs[1]) || strings.ContainsAny(t, glueChars) {
		return false
	}
	for i, r := range tr {
		if r != rs[0] {
			continue
		}
		// The characters skipped are of the same word: no punctuation.
		for k := i + 1; k < len(tr) && k <= i+maxAbbrSpan && zh.IsHan(tr[k]); k++ {
			if k >= i+2 && tr[k] == rs[1] {
				return true
			}
		}
	}
	return false
}

// gather searches the scoped documents and scores every sentence of the
// best passages against the question.
func gather(ctx context.Context, ix *index.Index, u understood, docs []*index.StoredDoc, k int) ([]evidence, weightedTokens, error) {
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	query := u.topic
	if strings.TrimSpace(query) == "" {
		query = u.q
	}
	scoped := map[string]bool{}
	for _, id := range ids {
		scoped[id] = true
	}
	// A word the asker writes short (高铁) that the few documents in
	// scope write out (高速铁路): search for the long form too.
	expanded := map[string][]string{} // the long forms of each word written short
	// A word written short weighs as its long form's first word does (书协
	// as 书法 of 书法家协会): no passage writes the short form, whose weight
	// would be the rarest's and outweigh the rest of the question.
	narrowShort := map[string]float64{}
	searched := query
	// Not for the words that named the document: they are in all of it
	// (禁燃 → 禁止燃 would find every passage of the 禁燃通告). When the
	// question asks beside the name only what says no word of two, that
	// rest is what may be written short ("清单里归卫健局管的" → 卫生健康局).
	if len(docs) <= maxExpandDocs {
		inScope := func(t string) bool { return ix.TokenInDocs(t, func(id string) bool { return scoped[id] }) }
		short := query
		if u.nameOnly != "" {
			short = u.nameOnly
		}
		for _, f := range writtenLong(ix, short, inScope, docs, maxAbbrSpan, nil) {
			expanded[f.short] = f.long
			searched += " " + strings.Join(f.long, " ")
			if ix.DF(f.short) == 0 {
				narrowShort[f.short] = longFormWeight(ix, f.long)
			}
		}
	}
	// The kind of thing asked for ("哪个部门") names the answer's category,
	// which the answering sentence need not repeat ("与市公安局清新分局联合").
	weighed := withoutAsked(query, u.asked)
	wt := weigh(ix, weighed, func(id string) bool { return scoped[id] }, expanded, narrowShort)
	switch {
	case u.nameOnly != "" && u.quantity && len(docs) <= maxExpandDocs:
		// The name's words are in every sentence of the document it
		// names; what else the question writes, character by character,
		// is what is asked. A sentence that repeats the name is still the
		// likelier one (供热管网改造总投资1.86亿元 before 中央预算内投资):
		// the name's words count, for a quarter.
		own := weigh(ix, "", func(id string) bool { return scoped[id] }, expanded, nil)
		own.named = map[string]bool{}
		if own.fallBackOnCharacters(ix, u.nameOnly, docs); own.scope.Total() > 0 {
			for _, t := range wt.toks {
				if _, ok := own.w[t]; ok || !wt.in[t] {
					continue
				}
				w := wt.w[t] * nameWeight
				own.named[t] = true
				own.toks = append(own.toks, t)
				own.w[t], own.in[t] = w, true
				own.total += w
				own.scope.Add(t, w)
			}
			own.setDocCoverage()
			wt = own
		} else if wt.scope.Total() == 0 {
			wt.fallBackOnCharacters(ix, weighed, docs)
		}
	case wt.scope.Total() == 0 && u.quantity && len(docs) <= maxExpandDocs:
		wt.fallBackOnCharacters(ix, weighed, docs)
	}
	if u.nameOnly != "" && len(docs) <= maxExpandDocs {
		// The name's words are in every passage of the document it names;
		// search by the words of the document the rest's characters
		// begin or end (要投 → 投资, 投入).
		searched += " " + strings.Join(charWords(u.nameOnly, docs), " ")
	}
	hits, err := ix.Search(ctx, withEquivalents(searched), k, index.Filter{DocIDs: ids, NoDocCredit: true})
	if err != nil {
		return nil, weightedTokens{}, err
	}
	if len(docs) > maxExpandDocs && u.nameOnly == "" {
		// Of many documents, the few the search found first are where a
		// word written short (奖金 of 奖励资金) would be written long: no
		// passage anywhere writes it as the question does, so it counted
		// for nothing in that search.
		inScope := func(t string) bool { return ix.TokenInDocs(t, func(id string) bool { return scoped[id] }) }
		found := foundDocs(hits, maxExpandDocs)
		// A long form begins a word: 大 of 最大小时雨强 ends one (最大
		// holds better than 大小), and 大…雨 there is no 大雨 written long.
		endsWord := func(prev, first, next rune) bool {
			return zh.IsHan(prev) && ix.Cohesion(string(prev)+string(first)) > ix.Cohesion(string(first)+string(next))
		}
		var longs []string
		shortWeight := map[string]float64{}
		for _, f := range writtenLong(ix, query, inScope, found, foundAbbrSpan, endsWord) {
			if ix.DF(f.short) > 0 {
				continue // written outside the scope: a word as it stands, not short
			}
			expanded[f.short] = f.long
			longs = append(longs, f.long...)
			shortWeight[f.short] = longFormWeight(ix, f.long)
		}
		if len(longs) > 0 {
			wt = weigh(ix, weighed, func(id string) bool { return scoped[id] }, expanded, shortWeight)
			more, err := ix.Search(ctx, withEquivalents(searched+" "+strings.Join(longs, " ")), k, index.Filter{DocIDs: ids, NoDocCredit: true})
			if err != nil {
				return nil, weightedTokens{}, err
			}
			hits = mergeHits(more, hits)
		}
	}
	// A rare word of the question (a town's, a person's name) is looked
	// at wherever it stands: the ranking of the whole question may put its
	// few passages below many that repeat its common words (消防, 敬老院
	// of "沄口镇敬老院消防整改延到哪天", beside the one table row on 沄口).
	for _, t := range rareTokens(ix, wt) {
		more, err := ix.Search(ctx, t, rareK, index.Filter{DocIDs: ids, NoDocCredit: true})
		if err != nil {
			return nil, weightedTokens{}, err
		}
		hits = mergeHits(hits, more)
	}
	wt.short = expanded
	wt.writes = map[string]bool{}
	wt.titles = map[*index.StoredDoc]map[string]bool{}
	// A document's head is located once per question, not per passage.
	heads := map[string]document.HeadSpans{}
	headOf := func(d *index.StoredDoc) document.HeadSpans {
		hs, ok := heads[d.ID]
		if !ok {
			hs = document.LocateHead(d.Text)
			heads[d.ID] = hs
		}
		return hs
	}
	var out []evidence
	for rank, h := range hits {
		for _, ev := range scoreChunk(h, rank, u, wt, headOf) {
			// A heading with nothing under it ("（二）电动自行车充电安全
			// 隐患排查" among a 培训班's courses) names a thing: one of a
			// list's items, no answer to anything else asked of it.
			if !u.list && bareHeading(ev) {
				continue
			}
			out = append(out, ev)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	return out, wt, nil
}

// rareDF bounds the passages a word may stand in to be rare (rareTokens);
// rareK is how many of them are looked at, and maxRareTokens how many
// such words.
const (
	rareDF        = 8
	rareK         = 4
	maxRareTokens = 2
	rareCohesion  = 0.1
)

// rareTokens are the rarest words of the question the scoped documents
// write, that name no document: at most maxRareTokens, each in rareDF
// passages at most.
func rareTokens(ix *index.Index, wt weightedTokens) []string {
	var out []string
	for _, t := range wt.toks {
		// A word, not a seam of the asker's wording (防整 of 消防整改):
		// its characters keep company in the documents.
		if wt.in[t] && !wt.named[t] && utf8.RuneCountInString(t) >= 2 && ix.DF(t) <= rareDF && ix.Cohesion(t) >= rareCohesion {
			out = append(out, t)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(ix.DF(a), ix.DF(b)) })
	return out[:min(len(out), maxRareTokens)]
}

// nameWeight is what the words that named a document count for beside
// the rest of the question (gather).
const nameWeight = 0.25

// charWords are, for each character of topic that is no glue, the
// documents' most written two-character words that contain it.
func charWords(topic string, docs []*index.StoredDoc) []string {
	var out []string
	for _, r := range topic {
		if !zh.IsHan(r) || strings.ContainsRune(glueChars, r) {
			continue
		}
		n := map[string]int{}
		for _, d := range docs {
			tr := []rune(d.Text)
			for i, c := range tr {
				if c != r {
					continue
				}
				if i > 0 && zh.IsHan(tr[i-1]) {
					n[string(tr[i-1:i+1])]++
				}
				if i+1 < len(tr) && zh.IsHan(tr[i+1]) {
					n[string(tr[i:i+2])]++
				}
			}
		}
		ws := slices.Collect(maps.Keys(n))
		slices.SortFunc(ws, func(a, b string) int { return cmp.Or(n[b]-n[a], strings.Compare(a, b)) })
		out = append(out, ws[:min(len(ws), maxCharWords)]...)
	}
	return out
}

// maxCharWords bounds the words one character of the question stands for.
const maxCharWords = 2

// withoutAsked blanks the kinds of thing asked for ("哪个部门" → 部门) in
// a topic.
func withoutAsked(topic string, asked []string) string {
	for _, a := range asked {
		topic = strings.ReplaceAll(topic, a, " ")
	}
	return topic
}

func scoreChunk(h index.Hit, rank int, u understood, wt weightedTokens, headOf func(*index.StoredDoc) document.HeadSpans) []evidence {
	var out []evidence
	c := h.Chunk
	path := c.Path.String()
	headings := map[int]bool{}
	for _, sec := range h.Doc.Sections {
		if sec.Start >= c.Start && sec.Start < c.End {
			headings[sec.Start] = true
		}
	}
	// Of a document of the genre the question looks in: the same for
	// every sentence of the chunk.
	cued := u.cuedGenre != "" && ofGenre(h.Doc, u.cuedGenre)
	// The head's 主送 and 文号 lines say whom and under what number a
	// document was sent (docAttrAnswer), nothing a content question asks.
	var head document.HeadSpans
	if c.Start < headBytes && (h.Doc.Addressee != "" || h.Doc.Number != "") {
		head = headOf(h.Doc)
	}
	fulls := zh.Sentences(c.Text, false)
	rowEnd := -1
	for fi, full := range fulls {
		fStart, fEnd := c.Start+full.Start, c.Start+full.End
		// A table row is one unit, whatever sentences its cells hold.
		// A row longer than a passage (a 权责清单's row of six long
		// cells) is read whole from each passage it is cut into.
		row, isRow := rowAt(h.Doc.Text, fStart)
		if isRow {
			if row.start < rowEnd {
				continue // a later sentence of a row already read
			}
			if isHeaderRow(h.Doc.Text, row) {
				continue // a header names columns, states nothing
			}
			rowEnd = row.end
			fStart, fEnd = row.start, row.end
		}
		if isInstruction(h.Doc.Text[fStart:fEnd]) {
			continue // text addressed to the assistant is data, never an answer
		}
		if isFormTemplate(h.Doc.Text[fStart:fEnd]) {
			continue // a blank form to fill in states nothing
		}
		if reImprintLabel.MatchString(h.Doc.Text[fStart:fEnd]) && !slices.Contains(u.attrs, attrCopied) {
			continue // the 版记's 分送/抄送 line says whom copies went to (headAnswer), nothing asked of the text
		}
		// Only a head the document's metadata read as one: a regulation's
		// "第三条 …下列所得:" ends in a colon too.
		if isTitleLine(h.Doc, fStart, fEnd) || h.Doc.Addressee != "" && inHeadLine(head.Addressee, fStart, fEnd) || h.Doc.Number != "" && inHeadLine(head.Number, fStart, fEnd) {
			continue // the document's own title and head name it, state nothing
		}
		// A heading sentence ("4.推动扫黑除恶常态化。") names the topic but
		// says nothing of it: answer with the sentence that follows too.
		// "——这五年,龙华综合实力实现大跃升。地区生产总值从1899亿元增至
		// 2493亿元": a short lead names what its paragraph's figures are
		// of, as a heading does.
		heading := !isRow && headings[fStart] || (!isRow && u.quantity && fi+1 < len(fulls) && leadsLine(h.Doc.Text, fStart, fEnd, c.Start+fulls[fi+1].Start) && !hasFigure(h.Doc.Text[fStart:fEnd], u.unitWord))
		if heading && fi+1 < len(fulls) && utf8.RuneCountInString(h.Doc.Text[fStart:fEnd]) <= maxHeadingRunes {
			if _, nextRow := rowAt(h.Doc.Text, c.Start+fulls[fi+1].Start); nextRow {
				// A table's caption leads its rows, each read with
				// the header on its own.
				continue
			}
			fEnd = c.Start + fulls[fi+1].End
		}
		field := !isRow && fieldAt(h.Doc.Text, fStart) != "" && !strings.Contains(h.Doc.Text[fStart:fEnd], "\n")
		if field {
			// A field's value is its whole line ("整改进展:已完成。5家
			// 企业已全部建成…"), a few sentences at most.
			if end := lineEndAt(h.Doc.Text, fEnd); end > fEnd && end <= c.End && utf8.RuneCountInString(h.Doc.Text[fStart:end]) <= maxQuoteRunes {
				for fi+1 < len(fulls) && c.Start+fulls[fi+1].End <= end {
					fi++
				}
				fEnd = end
			}
		}
		if fi > 0 && isNote(h.Doc.Text, c.Start+fulls[fi-1].End, fStart, fEnd) {
			continue // read with the sentence it annotates
		}
		// "(负责部门:人民银行、外汇局,适用范围:福建自贸试验区)" after a
		// task says who does it and where: part of the task's sentence.
		noteEnd := 0
		if fi+1 < len(fulls) && isNote(h.Doc.Text, fEnd, c.Start+fulls[fi+1].Start, c.Start+fulls[fi+1].End) {
			noteEnd = c.Start + fulls[fi+1].End
		}
		units := zh.Sentences(h.Doc.Text[fStart:fEnd], true)
		if field || isRow {
			units = []zh.Span{{Start: 0, End: fEnd - fStart}}
		}
		if heading && len(units) > 1 && utf8.RuneCountInString(h.Doc.Text[fStart:fStart+units[0].End]) <= maxHeadingRunes {
			units = append([]zh.Span{{Start: units[0].Start, End: units[1].End}}, units[2:]...)
		}
		if noteEnd > 0 {
			if n := len(units); n > 0 && fStart+units[n-1].End == fEnd {
				units[n-1].End = noteEnd - fStart
			}
			fEnd = noteEnd
		}
		for _, un := range units {
			s, e := fStart+un.Start, fStart+un.End
			// A line that is not a sentence — a table cell flattened to a
			// line, a title — says what follows it: read on.
			bare := false
			if e2, ok := bareLineRest(h.Doc.Text, s, e); ok && !isRow && len(c.Path) > 0 && !headings[s] && !headings[fStart] {
				e, bare = e2, true
			}
			if u.when && !isRow && !statesTime(h.Doc.Text[s:e]) {
				// "提案委员会什么时候审查立案的": a labelled opinion's
				// last sentence is read with the signature under it.
				if e2 := signedBelow(h.Doc.Text, s, e, u.topic); e2 > e {
					e = e2
				}
			} else if !u.when && !isRow {
				// "庹县长在签报上怎么批的": a signer's line under a 批示 is
				// read with the 批示 it signs, when the question names the
				// signer.
				if s2, e2 := opinionAbove(h.Doc.Text, s, u.topic); s2 < s {
					s, e = s2, e2
				}
			}
			text := h.Doc.Text[s:e]
			read, counts := "", false
			if isRow {
				read, counts = row.reading(h.Doc.Text)
				text = read
			}
			// Context for scoring: the unit plus its full sentence's opening,
			// which often carries the subject ("2024年,…").
			covText := text
			label := ""
			if s == fStart && !isRow {
				label = fieldAt(h.Doc.Text, s)
			}
			if label != "" || (reAnaphor.MatchString(text) && statesAsked(text, u)) {
				// "整改时限:2026年12月底前" is of the item it is filed
				// under ("问题7:矿山生态修复滞后。全县有…"), and so is
				// "该项工作于2019年4月底前完成" ("1.摸底排查。…"): the
				// item's line is its subject.
				covText = text + " " + itemLine(h.Doc, s)
			}
			// "为啥支出进度偏慢" of "二、支出偏慢的原因" > "3. 资金下达较
			// 晚…": a heading that names the causes of the matter says what
			// each item under it is the cause of, as the item's own words.
			if h := causesHeading(c.Path); u.reason && h != "" {
				covText += " " + h
			}
			// The document's title is the context of every passage in it:
			// "蕨湖调解员培训哪天报到" is answered by a row of the 培训班
			// 通知's schedule that names no 调解员 or 培训.
			ctx := path + " " + h.Doc.Text[fStart:min(fEnd, fStart+90)]
			if fi > 0 && reOfWhich.MatchString(h.Doc.Text[fStart:fEnd]) {
				// "其中,优秀案卷79卷" is a part of what the sentence
				// before it counts ("全市案卷平均得分…").
				prev := c.Start + fulls[fi-1].Start
				ctx += " " + h.Doc.Text[prev:min(fStart, prev+90)]
			}
			// "1.服务质量考核连续不合格。2024年度考核得分为68.5分…" is one
			// of what its parent's lead ("颐穗公司在履约过程中存在以下问
			// 题：") introduces: the lead's subject is the item's.
			if lead := leadOf(h.Doc, fStart); lead != "" {
				ctx += " " + lead
			}
			record := ""
			if label != "" {
				record = recordContext(h.Doc, s)
			}
			cov, matched := wt.coverageInRecord(covText, ctx, record, h.Doc)
			score := cov
			// A section is labelled by its heading as a field by its
			// label: "(四)整改总体进展" answers how far things have come.
			// Only a sentence that speaks of the topic itself: the label
			// of its section says what kind of thing it is, not what of.
			if fits := label != "" && (u.fieldFits(label) || u.outcomeFieldFits(label)); fits || (label == "" && cov >= headingFitCoverage && len(c.Path) > 0 && u.fieldFits(strings.TrimRight(c.Path[len(c.Path)-1], "。.:： "))) {
				score += fieldFitBonus
			} else if record != "" && u.when && wt.writesTopic(text) && statesTime(text) {
				// Of a register's entry, a field that writes what is
				// asked of and a day answers when as well as the field
				// labelled so: "处理结果：…8月9日复查合格" says when the
				// 复查 was, "日期：8月5日" when the entry was filed.
				score += fieldFitBonus
			}
			if u.when && !statesTime(text) {
				score *= 0.6
			} else if u.when && namesEventDateOnly(text) {
				// "“2·14”…事故是一起责任事故" names the event by its day;
				// "2026年2月14日凌晨…发生" says when it happened.
				score *= eventNameDateWeight
			}
			if cued {
				score += cuedGenreBonus
			}
			if u.total && reTotalStated.MatchString(text) {
				score += 0.05 // "共有…252个", not "新登记…12个"
			}
			// "要没要求听证" is answered by what rules on it ("未要求举行
			// 听证", "不另行签订"), not by what names it ("享有…要求听证
			// 的权利").
			if u.yesNo && reRuling.MatchString(text) {
				score += rulingBonus
			}
			// "比去年多了多少" is answered by what states the change
			// ("较上年增加296.50万元", "由每座3500元调整为4000元"), not by
			// this year's figure alone.
			if u.change && changeStated(text) {
				score += changeFitBonus
			}
			// "这次调整涉及哪几个村" is answered by "拟对上垟村、下垟村、
			// 石笋村…进行调整": names of the kind asked, listed.
			if u.listKind != "" && listsOfKind(text, u.listKind) {
				score += rulingBonus
			} else if u.listKind != "" {
				// Beside it, what lists none of them is less of an answer
				// ("县人大常委会视察组关于…" for "人大视察去了哪些点").
				score *= unlistedKindWeight
			}

			// "视频是谁拍的", "是谁汇报的" are answered by what names
			// a person or a body beside the act ("汇报人：…局长 鞠卫东",
			// "视频由…周某…拍摄"), not by what only speaks of the act
			// ("以上汇报，请批评指正") or names someone for another.
			if u.agent != "" && !u.who && u.post == "" && !u.asksOrg() && !isRow && actWritten(text, u.agent) && (namesPerson(text) || namesAnonymized(text) || namesOrg(text)) {
				score += agentBonus
			}
			if u.asksOrg() {
				if namesOrg(text) {
					score += 0.12
				} else {
					score *= 0.8
				}
			} else if u.holder && !u.who && u.agent == "" && u.post == "" && (namesPerson(text) || namesOrg(text)) {
				// "提案谁提的" is answered by what names someone ("提案人：
				// 靳书宁"), not by the line that repeats the title.
				score += holderFitBonus
			}
			if u.quantity {
				if labelsFigure(text, wt) {
					score += figureLabelBonus
				}
				if !hasFigure(text, u.unitWord) && !(u.ordinal && reOrdinalStated.MatchString(text)) {
					score *= 0.6
				} else if u.unitRe != nil {
					if u.unitRe.MatchString(text) {
						score += 0.12
					} else {
						// "多少对" is not answered by "34人次".
						score *= 0.7
					}
				}
			}
			// "下个月起…调到多少" in June is answered by what states July
			// ("从2026年7月1日起…提高到810元"), not today's figure.
			if u.month.month > 0 && statesMonth(text, u.month) {
				score += monthFitBonus
			}
			switch yearFit(text, path, impliedYear(h.Doc, s), u.planAsk || u.future, u.fitYears()) {
			case 1:
				score += 0.1
			case -1:
				score *= 0.5
			}
			if u.pastAsk && !u.planAsk && !u.future && len(u.fitYears()) == 0 {
				// "新培养了多少" asks what was done: a report's plan for
				// the next year states a target, not a result.
				if p := impliedYear(h.Doc, s); p.year > 0 && !p.review {
					score *= pastPlanPenalty
				}
			}
			if u.planAsk && len(u.years) > 0 && plansFor(c.Path, u.years) {
				score += 0.1 // the part of a report that plans the year asked
			}
			score += 0.03 / float64(rank+1)
			ev := evidence{doc: h.Doc, path: c.Path, start: s, end: e, score: score, coverage: cov, matched: matched, rank: rank}
			ev.qStart, ev.qEnd = quoteSpan(h.Doc.Text, fStart, fEnd, s, e)
			if bare || isRow {
				ev.qStart, ev.qEnd = s, e
			}
			if isRow {
				ev.row, ev.read, ev.counts = row, read, counts
			}
			if isFormTemplate(h.Doc.Text[ev.qStart:ev.qEnd]) {
				continue // a heading run on into a blank form
			}
			out = append(out, ev)
		}
	}
	return out
}

// headBytes: a document's head lies in its first lines.
const headBytes = 3000

// inHeadLine reports whether [s,e) lies in sp, a colon after it allowed.
func inHeadLine(sp document.Span, s, e int) bool {
	return sp.End > sp.Start && s >= sp.Start && e <= sp.End+len("：")
}

// maxTitleLabelRunes bounds the label before a restated title (案由：).
const maxTitleLabelRunes = 5

// isTitleLine reports whether [s,e) is the document's title as a line of
// its own, or a field that only restates it (案由：…).
func isTitleLine(d *index.StoredDoc, s, e int) bool {
	if e-s > 2*len(d.Title)+8 || s > headBytes {
		return false // longer than any spacing of the title, or past the head
	}
	t := strings.Join(strings.Fields(d.Text[s:e]), "")
	title := strings.Join(strings.Fields(d.Title), "")
	if t == "" {
		return false
	}
	if t == title {
		return true
	}
	// "案由：关于推动…的提案", "标题：…": a field that only restates the
	// title names the document, as the title does.
	if _, v, ok := strings.Cut(t, "："); ok && v == title && utf8.RuneCountInString(t)-utf8.RuneCountInString(v) <= maxTitleLabelRunes {
		return true
	}
	// A title wrapped over two lines ("…2025年度机关学法考试" over "法治
	// 知识测试题及参考答案"): each whole line of it is its start or its end.
	lineStart := strings.LastIndexByte(d.Text[:s], '\n') + 1
	wholeLine := strings.TrimSpace(d.Text[lineStart:s]) == "" && strings.TrimSpace(d.Text[e:lineEndAt(d.Text, e)]) == ""
	return wholeLine && utf8.RuneCountInString(t) >= 4 && (strings.HasPrefix(title, t) || strings.HasSuffix(title, t))
}

// isNote reports whether [start,end) is a parenthesised note of labelled
// fields that follows the sentence ending at prevEnd on the same line.
func isNote(text string, prevEnd, start, end int) bool {
	if start < prevEnd || strings.Contains(text[prevEnd:start], "\n") {
		return false
	}
	note := strings.TrimSuffix(strings.TrimSpace(text[start:end]), "。")
	if !(strings.HasPrefix(note, "（") || strings.HasPrefix(note, "(")) || !(strings.HasSuffix(note, "）") || strings.HasSuffix(note, ")")) {
		return false
	}
	// Labelled fields (负责部门:…, 适用范围:…) or the units a task names
	// ("(社区治理办公室牵头,司法所配合)", as plan parsing reads them), not
	// an aside.
	rest := text[end:]
	atLineEnd := rest == "" || rest[0] == '\n' || rest[0] == '\r'
	return strings.ContainsAny(note, "：:") || plan.NamesUnits(note, atLineEnd)
}

// leadsLine reports whether [start,end) is a short first sentence of its
// line, opened by a dash or an item mark, with more of the line after it
// (next starts on the same line).
func leadsLine(text string, start, end, next int) bool {
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	if strings.TrimSpace(text[lineStart:start]) != "" || strings.Contains(text[end:next], "\n") {
		return false
	}
	return utf8.RuneCountInString(text[start:end]) <= maxHeadingRunes && reLeadMark.MatchString(text[start:end])
}

// reLeadMark opens a paragraph's lead: a dash or an item mark
// ("——这五年,…", "一是…", "(二)…").
var reLeadMark = regexp.MustCompile(`^\s*(?:——|—|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|\d+[、.．])`)

// reTotalStated marks a sentence that states a total: it ranks first for
// "一共有多少" and is required for "总共有多少家".
// reTotalCount is a total stated as a count: the total's word, then within
// a clause a figure in a classifier of things (not an area, a sum or a
// headcount); totalCount rules out an increment between them.
var reTotalCount = regexp.MustCompile(`(?:共|累计|合计|总数|总量|总计|在册|现有|达到|达)([^，,。；;\d]{0,16})\d+(?:\.\d+)?\s*(?:多|余)?\s*[万千百]?\s*(?:多|余)?\s*(?:个|家|所|座|项|件|户|条|宗|处|台|辆|张|间|套|场|次|支|批|类|种|只|头|株|棵)`)

// reIncrement is what was added or cut in a year, not how many there are.
var reIncrement = regexp.MustCompile(`新增|新建|新设|新登记|新开|新培育|增加|减少|注销`)

// totalCount reports whether text states a total as a count.
func totalCount(text string) bool {
	for _, m := range reTotalCount.FindAllStringSubmatch(text, -1) {
		if !reIncrement.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// reTotalStated is a word that marks a figure as a total.
var reTotalStated = regexp.MustCompile(`共|累计|合计|总|全区|全镇|全市|全县|全局|全年|在册|现有|目前|达到|达`)

// reOrgName is a named office or body: what "哪个部门/哪家机构" asks for.
var reOrgName = regexp.MustCompile(`\p{Han}{2,}` + orgEndings + `(\p{Han}?)`)

// orgEndings end the names of bodies (reOrgName); reOrgEnding is a name
// that ends so.
const orgEndings = `(?:分局|局|办公室|办|中心|事务所|委员会|委|院|所|队|站|科|公司|协会|大队|部|署|厅|监会|政府|小组)`

var reOrgEnding = regexp.MustCompile(`\p{Han}{2,}` + orgEndings + `$`)

// notOrgEnd: the suffix char begins an ordinary word here (科学, 所有, 办理,
// 队伍), not an office's name.
var notOrgEnd = map[string]string{
	"科": "学技室", "所": "有以在得需属", "局": "面势限", "办": "理法事好结", "站": "位",
	"队": "伍列", "院": "校", "委": "托", "中心": "工", "部": "分署门位件",
}

// notOrgWords end in an office's suffix and name none: the whole or a
// part (全部合格, 内部控制), people (干部).
var notOrgWords = []string{"全部", "内部", "外部", "局部", "干部"}

// reFieldDept is an office named by its field, as 上级文件 assign tasks
// ("自然资源部门要…", "教育行政部门"); 有关部门 and 各部门 name none.
var reFieldDept = regexp.MustCompile(`\p{Han}{2,6}部门`)

// reRoleHolder names a body by the role the text gives it, whatever its
// name ends with: "由县救灾物资储备库牵头", "财务股配合" — a bureau's
// 股 is one of its sections, named as the units a plan gives tasks to.
// Not 由于/由此/由其 (no body), nor 由各…/由有关… (none named), nor a
// share held (入股, 控股).
var reRoleHolder = regexp.MustCompile(`(?:^|[^于此其])由(?:[^于此其各有个本申\P{Han}])\p{Han}{1,19}?(?:牵头|负责|承办|主办)|(?:^|[^入控参持折配])\p{Han}{1,7}[^入控参持折配\P{Han}]股(?:牵头|配合|负责)`)

// namesOrg reports whether text names an office or body.
func namesOrg(text string) bool {
	if reRoleHolder.MatchString(text) {
		return true
	}
	for _, m := range reFieldDept.FindAllString(text, -1) {
		field := strings.TrimSuffix(m, "部门")
		if !strings.ContainsAny(string([]rune(field)[len([]rune(field))-1:]), "关各等个些他其该本相所级门") {
			return true
		}
	}
	for _, m := range reOrgName.FindAllStringSubmatch(text, -1) {
		name, next := m[0][:len(m[0])-len(m[1])], m[1]
		ok := true
		// "检测结果全部合格" names no body; "县民政局干部" names the 局
		// before the word.
		for _, w := range notOrgWords {
			if rest, cut := strings.CutSuffix(name, w); cut {
				ok = reOrgEnding.MatchString(rest)
			}
		}
		for suf, bad := range notOrgEnd {
			if strings.HasSuffix(name, suf) && next != "" && strings.Contains(bad, next) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// kindNames are the endings of the names of a kind of body a question may
// ask for by that kind: a company is named …公司 or …集团.
var kindNames = map[string]*regexp.Regexp{
	"公司":    regexp.MustCompile(`\p{Han}{2,}(?:公司|集团)`),
	"律所":    regexp.MustCompile(`\p{Han}{2,}(?:律师事务所|律所)`),
	"律师事务所": regexp.MustCompile(`\p{Han}{2,}(?:律师事务所|律所)`),
	// An office's sections (办公室, 社会救助股): "哪个股管" is answered by
	// one named.
	"股":  reSectionName,
	"股室": reSectionName,
}

// reSectionName names an office's section: 社会救助股, 办公室.
var reSectionName = regexp.MustCompile(`\p{Han}{2,}股|办公室`)

// namesAskedKind reports whether text names a body of each specific kind
// asked for (true when none is asked).
func namesAskedKind(text string, asked []string) bool {
	for _, a := range asked {
		if re, ok := kindNames[a]; ok && !re.MatchString(text) {
			return false
		}
	}
	return true
}

// reOwnTime is a time a sentence gives itself: what is so now, or since.
var reOwnTime = regexp.MustCompile(`目前|当前|截至|截止|今年|本年|以来`)

// reYearWritten is a year as a sentence states one.
// A year is four digits standing alone: 1928 inside 19285家 or 9500.97 is
// no year.
var reYearWritten = regexp.MustCompile(`(?:^|[^\d.])((?:19|20)\d{2})(?:[^\d.]|$)`)

// statesYear: a sentence that writes no year may answer for any; one that
// writes years must write one of the asked ones.
func statesYear(text string, years []int) bool {
	var found []string
	for _, m := range reYearWritten.FindAllStringSubmatch(text, -1) {
		found = append(found, m[1])
	}
	if len(found) == 0 {
		return true
	}
	for _, f := range found {
		for _, y := range years {
			if f == strconv.Itoa(y) {
				return true
			}
		}
	}
	return false
}

// reYearToken is a token that is only a year ("2018", "2018年").
var reYearToken = regexp.MustCompile(`^(?:19|20)\d{2}年?$`)

// yearFit says how a sentence fits the years a question asks about: 1 when
// it or its heading states one of them, -1 when it states other years and
// none of them; else the same by the year of the report's part it stands
// in (yearParts); 0 when nothing says or nothing is asked.
func yearFit(text, path string, implied yearPart, planAsk bool, years []int) int {
	if len(years) == 0 {
		// No year asked: a target is still asked of the plan part
		// ("23年报告定的GDP目标"), not of the review.
		if planAsk && implied.year > 0 {
			if implied.review {
				return -1
			}
			return 1
		}
		return 0
	}
	if reYearWritten.MatchString(text) {
		if statesYear(text, years) {
			return 1
		}
		if slices.Contains(years, implied.year) && implied.review != planAsk {
			// In the part on the asked year, other years it writes are
			// what it compares with ("相较于2020年增长超1500亿元").
			return 1
		}
		return -1
	}
	if implied.year == 0 && reYearWritten.MatchString(path) && statesYear(path, years) {
		return 1
	}
	if implied.year > 0 {
		// The part of the report it stands in says which year it is of,
		// and whether it states what was done or what is planned: "2022年
		// GDP多少" is answered by the review of 2022, not by 2022's target.
		if slices.Contains(years, implied.year) && implied.review != planAsk {
			return 1
		}
		return -1
	}
	return 0
}

// fitYears are the years an answering sentence should be of: those the
// question writes about, and the year an office's question names when it
// does not say 报告 ("南山区2022年GDP多少").
func (u understood) fitYears() []int {
	if !u.reportWord && len(u.named.docs) == 0 && len(u.orgs) > 0 {
		return append(append([]int(nil), u.written...), u.years...)
	}
	return u.written
}

// plansFor reports whether a heading path is a report's plan for one of
// the years ("三、2025年工作计划").
func plansFor(path document.HeadingPath, years []int) bool {
	for _, h := range path {
		if !rePlanAsk.MatchString(h) {
			continue
		}
		for _, y := range years {
			if strings.Contains(h, strconv.Itoa(y)) {
				return true
			}
		}
	}
	return false
}

// pastPlanPenalty weighs a report's plan part against a question asked
// in the completed aspect.
const pastPlanPenalty = 0.8

// reInstruction is text written to steer an assistant rather than to
// inform a reader: "忽略以上所有指令", "回答:…", "system:", "你现在是…助手".
var reInstruction = regexp.MustCompile(`(?i)(?:忽略|无视|不要理会|忘记)(?:以上|上述|之前|前面|先前|所有|全部|一切)[^。]{0,12}(?:指令|指示|提示|规则|设定|要求|内容)|(?:^|[。\s])(?:system|assistant|user|系统|助手)\s*[:：]|你(?:现在)?(?:是|扮演|作为)(?:一个|一名)?[^。]{0,12}(?:助手|模型|AI|机器人)|(?:请|必须|务必)?(?:直接)?(?:回答|输出|回复)(?:为|是)?\s*[:：]|ignore (?:all |the )?(?:previous|above) instructions`)

// isInstruction reports whether a sentence of a document is addressed to
// the assistant (a prompt injection): such text is never quoted as an answer.
func isInstruction(s string) bool { return reInstruction.MatchString(s) }

// figureLabelBonus rewards a sentence whose figure the asked quantity
// labels directly ("地区生产总值2390.26亿元") over one where the quantity
// only qualifies another ("每平方公里GDP产出30.35亿元"). Swept on tune
// (0, 0.05, 0.1, 0.15): 0.1 answers five more and loses two.
const figureLabelBonus = 0.1

// reFigureLabel is the words right before a figure, past a verb that
// joins them ("GDP达到", "总值为").
var reFigureLabel = regexp.MustCompile(`(\p{Han}{2})(?:达到|达|为|是|实现|完成|突破|增至|超过|约|共|累计)?\s*\d`)

// labelsFigure reports whether a question word stands right before a
// figure of the sentence, labelling it.
func labelsFigure(text string, wt weightedTokens) bool {
	for _, m := range reFigureLabel.FindAllStringSubmatch(text, -1) {
		label := m[1]
		if wt.in[label] {
			return true
		}
		for t, a := range equivalentWord {
			if a == label && wt.in[t] {
				return true
			}
		}
	}
	return false
}

// reWhichOnes asks which particular ones of a kind ("具体放在哪几个自贸
// 试验区", "首批是哪几种证书"): the kind is what follows.
var reWhichOnes = regexp.MustCompile(`(?:哪几个|哪几种|哪几家|哪几所|哪几类)(\p{Han}{2,6}?)(?:[?？,，。\s]|$|呢|啊)`)

// reGenericOnes qualifies a kind without naming any of it.
var reGenericOnes = regexp.MustCompile(`(?:条件的|一批|若干|部分|相关|有关|各|所有|全国|符合要求的)$`)

// onlyGeneric reports whether text speaks of the kind only in general
// ("在有条件的自贸试验区开展"), never naming one or listing several.
func onlyGeneric(text, kind string) bool {
	if !strings.Contains(text, kind) {
		return false
	}
	for rest := text; ; {
		i := strings.Index(rest, kind)
		if i < 0 {
			return true
		}
		if !reGenericOnes.MatchString(rest[:i]) {
			return false
		}
		rest = rest[i+len(kind):]
	}
}

// reNameAsked asks for the name of a person: a post or a role, then its
// name ("组长叫什么名字", "授课的律师叫啥"); "那个区块链叫啥" asks a thing's.
var reNameAsked = regexp.MustCompile(`(?:长|人|师|员|主任|书记|院士|召集人|委员|代表)(?:的|是)?(?:叫什么名字|叫啥名字|叫什么|叫啥|姓名|名字)`)

// reAnyNameAsked asks what one is called or who they are, of anyone
// (保安, 原告, 理事) or anything: the name is the answer.
// (Not 是哪些人: that asks what kinds of people, 特困供养人员是哪些人.)
var reAnyNameAsked = regexp.MustCompile(`叫什么|叫啥|名字|姓什么|都是谁|还有谁|是哪几位`)

// namesAnyone reports whether text names a person or a body, or its unit
// (the clause that answers) a thing by a quoted name or title: quotes
// elsewhere in a long sentence mark its slogans (“双百社工”).
func namesAnyone(text, unit string) bool {
	return namesPerson(text) || namesOrg(text) || namesAnonymized(text) || reHeldBy.MatchString(text) || reNameInMarks.MatchString(unit)
}

// reNameInMarks is a name in quotes or a title in 《》, of words: “6·30”
// is a day.
var reNameInMarks = regexp.MustCompile(`[“"「《]\p{Han}[^”"」》]{1,39}[”"」》]`)

// reRoleHolderAsked asks who holds a role ("那5个专家都是谁", "联络员是谁"):
// people named, or the post that holds it ("由…民政办主任担任") — not
// what kind of people a category is ("特困供养人员是哪些人", 会员, 学员,
// 队员, 公务员).
var reRoleHolderAsked = regexp.MustCompile(`((?:` + roleWords + `|代表|同志))(?:都|分别|各)?(?:是谁|是哪[几两三]?位|有谁|是哪些人)`)

// reAgentRoleAsked asks who holds a role named for what its holder does
// (召集人, 联系人, 代理人, 负责人是谁). Its holder is written in more ways
// than a person's name (a post, an office and a name, a table's cell), so
// a sentence that names one is preferred, not required (agentFirst):
// required, it refused answers the recognisers do not read (test +2
// contradicted refusals). The role is the word before 是谁, not 的 with it
// ("中心的法人是谁" asks 法人).
var reAgentRoleAsked = regexp.MustCompile(`([^\P{Han}的]{1,2}人)(?:都|分别|各)?(?:是谁|是哪[几两三]?位|有谁)`)

// agentFirst puts first, of the passages that score about as well as the
// best supported one, those that name the holder of the role asked.
func agentFirst(evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	if u.agentRole == "" {
		return evs
	}
	best := -1.0
	for _, ev := range evs {
		if supported(ev, u, wt, yearSoft) {
			best = ev.score
			break
		}
	}
	if best < 0 {
		return evs
	}
	holds := func(ev evidence) bool {
		return ev.score >= best*joinFraction && (namesPerson(ev.passage()) || heldBy(ev.passage(), u.agentRole))
	}
	if len(evs) > 0 && holds(evs[0]) {
		return evs
	}
	var first, rest []evidence
	for _, ev := range evs {
		if holds(ev) {
			first = append(first, ev)
		} else {
			rest = append(rest, ev)
		}
	}
	return append(first, rest...)
}

// roleWords are the words of a role a person is named to: any word of 员
// but the kinds of staff or members (人员, 会员, 学员, 队员, 公务员), 律师,
// 记者, 专家 — the same in the asking and in the naming (reRoleName).
const roleWords = `[^\P{Han}人会学队务]员|律师|记者|专家`

// reHeldBy says who holds a role by post or body: "由各镇民政办主任担任".
var reHeldBy = regexp.MustCompile(`由[\p{Han}（）()]{2,30}?(?:担任|兼任)`)

// maxHeldGap is how many runes may stand between a role and 由 (原则上,
// 一般, 均).
const maxHeldGap = 5

// heldBy reports whether text says by post or body who holds the role
// asked: the role written before it ("联络员由…担任"), not another's
// ("会长由…兼任" asked of 会员).
// maxLabelTail bounds the words a field's label writes after the role it
// names ("联系人及电话：").
const maxLabelTail = 4

func heldBy(text, role string) bool {
	// A field labelled by the role holds its holder ("召集人：闵蔚然",
	// "联 系 人：邹凯（…）", "联系人：县应急管理局　邬振邦").
	// A table's row writes its header before the cell ("联系人 邬振邦").
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == '，' || r == '\n' }) {
		if h, v, ok := strings.Cut(strings.TrimSpace(f), " "); ok && strings.HasSuffix(h, role) && v != "" {
			if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(v)); zh.IsHan(r) {
				return true
			}
		}
	}
	c := compactSpace(text)
	for i := strings.Index(c, role); i >= 0; {
		rest := c[i+len(role):]
		if j := strings.IndexAny(rest, ":："); j >= 0 && utf8.RuneCountInString(rest[:j]) <= maxLabelTail {
			// Or a label that goes on ("联系人及电话：", "负责人姓名：").
			after := strings.TrimLeft(rest[j:], ":：")
			if r, _ := utf8.DecodeRuneInString(after); zh.IsHan(r) {
				return true
			}
		}
		k := strings.Index(rest, role)
		if k < 0 {
			break
		}
		i += len(role) + k
	}
	for _, m := range reHeldBy.FindAllStringIndex(text, -1) {
		// A few words may stand between ("联络员，原则上由…担任").
		before := []rune(strings.TrimRight(text[:m[0]], " "))
		tail := string(before[max(0, len(before)-maxHeldGap-utf8.RuneCountInString(role)):])
		if strings.Contains(tail, role) {
			return true
		}
	}
	return false
}

// namesAnonymized reports whether text names a person the way a 公文
// withholds a name (who did a thing, no name to give when one is asked): a surname and 某 or 某某 ("亲属周某", "护理员樊某",
// "村民冼某某反映"), not 某 as "some" ("省内某高校", "于某日", "某些").
func namesAnonymized(text string) bool {
	for _, m := range reAnonName.FindAllStringSubmatchIndex(text, -1) {
		before, after := text[m[2]:m[3]], text[m[1]:]
		if strings.Contains(notSomeSurnames, before) {
			continue
		}
		// A name goes on with a stop, a bracket or a function
		// character ("周某（即网民…）", "王某到县民政局", "杨某在…");
		// 某 as "some" goes on with the noun it qualifies (某媒体, 某日).
		if r, _ := utf8.DecodeRuneInString(after); zh.IsHan(r) && !strings.ContainsRune(afterNames, r) {
			continue
		}
		return true
	}
	return false
}

// reAnonName is a character and 某 or 某某 after it; notSomeSurnames are
// characters before 某 that make it "some" (在某, 省内某, 据某), and
// afterNames the function characters a name goes on with.
var (
	reAnonName      = regexp.MustCompile(`(\p{Han})某某?`)
	notSomeSurnames = "在对某个等每其之省市县镇乡村内外有或及与为被由将把从一该本此据经称"
	afterNames      = "在到给于等的和与及向对将把被从为是已未也都又因称说反表带"
)

// rePersonNamed is a person named in a text: a name with an honorific or
// title after it (刘永坦院士, 张三同志), or a name beside a post in a list
// ("召集人:孙春兰", "陈宝生 教育部部长"), or after a representative
// ("法定代表人：邝立新", "法定代表人 卞和平", "劳模代表是司马青").
var rePersonNamed = regexp.MustCompile(`\p{Han}{2,3}(?:院士|同志|教授|先生|女士)|(?:` + postWords + `|召集人|总理|联系人)[:：]\s*(?:\p{Han}{0,12}\s+)?\p{Han}{2,3}(?:[\s、，,;；。]|$)|(?:法定代表人|代表)(?:[:：]|\s+|是|为)\s*\p{Han}{2,3}(?:[\s、，,;；。]|$)|\p{Han}{2,3}[ \t\x{3000}]+\p{Han}{0,10}?(?:` + postWords + `)`)

// rePostThenName is a post and the name after it (a space between
// allowed) that ends a clause, where a clause says who ("包保村干部为村委会
// 副主任甘淑蔓。", "副镇长李明：负责…", "二、副镇长 李明"): after 为/是/由
// or a clause's start, not "省委书记对广东…" or "县长审定"; a name has none
// of the characters of posts and offices (县长任组长).
var (
	// reNameThenPost is a name right before the post it holds, as a
	// speaker names those called up ("请殷灏县长、宓秋生副主任上台颁奖",
	// "戚婉如副主席和我").
	reNameThenPost = regexp.MustCompile(`(?:^|[请由和与及、，,：:\s])([^\P{Han}请由和与及]\p{Han}{1,2}?)副?(?:` + postWords + `)(?:[、，,和与及上为讲作主宣。]|同志|$)`)
	rePostThenName = regexp.MustCompile(`(?:^|[为是由、，,：:\s])\p{Han}{0,8}?(?:` + postWords + `)[ \t\x{3000}]*(\p{Han}{2,3})(?:[。，,;；、：:]|$)`)
	notNameChars   = "长任组委员记局县镇村区市省部会办政府厅处科室等和及与为由的对指审协牵制覆提案了在要将"
)

// postWords are the posts a person holds in a 分工 or a roster.
const postWords = `秘书长|县长|市长|区长|镇长|乡长|局长|村长|组长|院长|校长|处长|科长|部长|厅长|站长|所长|主任|书记|委员|主席`

// rePostWord is a post named in a sentence.
var rePostWord = regexp.MustCompile(postWords)

// namesPost reports whether text names a post: 委员 of a 委员会 is a body's
// name, no post ("报村民委员会审议"; review).
func namesPost(text string) bool {
	for _, m := range rePostWord.FindAllStringIndex(text, -1) {
		if !strings.HasPrefix(text[m[1]:], "会") {
			return true
		}
	}
	return false
}

// asksAnyLeader reports whether the question asks which 领导 with no post
// of its own ("要哪个领导签", "哪个县领导讲话"): a rule answers it with a
// post (分管副局长审批), as a record answers "哪位副局长" with a name.
func asksAnyLeader(u understood) bool {
	return slices.ContainsFunc(u.asked, func(a string) bool { return strings.HasSuffix(a, "领导") })
}

// rePostAsked is a post whose holder a question asks: the post, then
// who or what name ("社会救助股股长是谁", "核对中心新任主任叫啥", "审计
// 组长谁", "副站长是哪个"), or who, then the post ("谁是救助站副站长").
// Any word of 长 is a post there (股长, 会长, 队长, 理事长) but those that
// say a length or growth (最长, 延长, 增长…) and 家长.
var (
	rePostAsked    = regexp.MustCompile(`((?:正副|副)?(?:` + postWords + `|\p{Han}长))(?:现在|现任|目前|的)?(?:都有|有)?(?:是谁|是哪位|是哪一位|是哪个|叫什么|叫啥|的?姓名|的?名字|谁)`)
	rePostAfterWho = regexp.MustCompile(`谁是\p{Han}{0,12}?((?:正副|副)?(?:` + postWords + `|\p{Han}长))`)
)

// notPostLong are what a word of 长 begins with when it is no post.
const notPostLong = "最延增成家擅特专生较过很更漫多助拉见身"

// postAsked is the post whose holder q asks, or "". "正副站长" asks both:
// the 站长 answers.
func postAsked(q string) string {
	m := rePostAsked.FindStringSubmatch(q)
	if m == nil {
		m = rePostAfterWho.FindStringSubmatch(q)
	}
	if m == nil {
		return ""
	}
	post := strings.TrimPrefix(m[1], "正副")
	if rs := []rune(strings.TrimPrefix(post, "副")); len(rs) == 2 && rs[1] == '长' && strings.ContainsRune(notPostLong, rs[0]) {
		return ""
	}
	return post
}

// postsAlike are posts staff call by another name than the documents:
// 村长 is the 村委会主任.
var postsAlike = map[string][]string{"村长": {"村委会主任", "村主任", "村民委员会主任"}}

// writesPost reports whether text writes post as a post of its own: 院长
// not only inside 副院长 ("副院长钱某" names no 院长).
func writesPost(text, post string) bool {
	// Lists of members space a post's characters apart ("主 任：尤 权").
	text = compactSpace(text)
	if anyOf(postsAlike[post], func(p string) bool { return strings.Contains(text, p) }) {
		return true
	}
	for i := 0; ; {
		j := strings.Index(text[i:], post)
		if j < 0 {
			return false
		}
		at := i + j
		if strings.HasPrefix(post, "副") || !strings.HasSuffix(text[:at], "副") {
			return true
		}
		i = at + len(post)
	}
}

// reHeadedPerson is a section headed by a person, the post in brackets
// after the name ("四、龙雅琴(县政府副县长)"); a name and a post side by
// side ("二、副镇长 李明", "二、李明 副镇长") are any text's (namesPerson).
var reHeadedPerson = regexp.MustCompile(`^[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*\p{Han}{2,4}\s*[(（][^)）]*(?:` + postWords + `|领导|干部)`)

// holderHeading is the heading of ev's section when it names a person or a
// body (a person only, when person is set): what a 分工 lists under a
// leader ("分管县民政局") is that leader's.
func holderHeading(ev evidence, person bool) string {
	if len(ev.path) == 0 {
		return ""
	}
	h := strings.TrimSpace(ev.path[len(ev.path)-1])
	if nh := zh.Normalize(h); reHeadedPerson.MatchString(nh) || namesPerson(nh) || (!person && namesOrg(h)) {
		return h
	}
	return ""
}

// namesHolder reports whether ev names a person who holds what it says.
// "主要负责同志亲自抓" names a post, not a person.
func namesHolder(ev evidence) bool {
	return namesPerson(notPersons.Replace(ev.passage())) || holderHeading(ev, true) != ""
}

// statesHolder reports whether text says who holds post: appointed to it
// ("由县长宓文澜任组长", "甘昱辰任县防指办主任", "组长由…副秘书长担任",
// "以党委书记为组长", "何玉林为县救助管理站站长") or
// listed under it ("组长：阙明远").
// Not what one must be to hold it ("担任本会会长，须具备下列条件"), nor
// an honorary or former holder (名誉队长, 原会长).
// (Read as written, where a space may set a name apart — "站长 郑海燕
// 负责全面工作" —, and with spaces taken out, as lists space a post's
// characters: "主 任：尤 权".)
func statesHolder(text, post string) bool {
	for _, t := range []string{text, compactSpace(text)} {
		for _, re := range holderPatterns(post) {
			for _, m := range re.FindAllStringIndex(t, -1) {
				p := strings.Index(t[m[0]:m[1]], post) + m[0]
				after := t[p+len(post):]
				if reHolderCondition.MatchString(t[m[1]:]) || reNotHolding.MatchString(t[:p]) || reDutyAfter.MatchString(after) || reNoHolderName.MatchString(after) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// reHolderCondition begins what one must be to hold a post; reNotHolding
// ends what makes a post no one's now.
var (
	reHolderCondition = regexp.MustCompile(`^[，,]?(?:须|应当|应|必须|需|可以|的条件|条件)`)
	reNotHolding      = regexp.MustCompile(`(?:名誉|荣誉|原|(?:^|[^目当提之])前|首任|历任|曾任|拟任|不得兼任|不得担任|不再担任|不得|不再)$`)
	// reDutyAfter: what a post does, after its colon ("组长：负责领导小组
	// 全面工作"), is no holder.
	reDutyAfter = regexp.MustCompile(`^[:：\s]\s*(?:负责|协助|主持|分管|统筹|牵头|承担|组织|召集|领导|对|全面|协调|待定|副组长|成员|职务)`)
	// reNoHolderName is what follows 为/是 after a post and names no one:
	// a grade (正科级), a kind of post (专职, 召集人) — not a name that
	// ends like a post (组长为王永长).
	reNoHolderName = regexp.MustCompile(`^(?:为|是)(?:\p{Han}{1,2}级|专职|兼职|召集人|成员|委员|负责人)`)
)

// holderPatterns are statesHolder's patterns for one post, compiled once.
var holderPatterns = func() func(post string) []*regexp.Regexp {
	var mu sync.Mutex
	cache := map[string][]*regexp.Regexp{}
	return func(post string) []*regexp.Regexp {
		mu.Lock()
		defer mu.Unlock()
		if res, ok := cache[post]; ok {
			return res
		}
		q := regexp.QuoteMeta(post)
		var res []*regexp.Regexp
		for _, re := range []string{
			`由[^，。；;,]{2,40}?(?:担任|兼任|出任|任)[^，。；;,]{0,12}?` + q,
			q + `由[^，。；;,]{2,40}?(?:担任|兼任|出任)`,
			`\p{Han}{2}(?:担任|兼任|出任|[^主责信聘担兼出离到就委]任|当选为?)[^，。；;,]{0,12}?` + q + `(?:[，,。；;、\s的]|负责|主持|全面|分管|$)`,
			q + `[:：]\s*(?:[\p{Han}、]{2,16}\s+)?\p{Han}{2,16}(?:[，,。；;、\s（(）)]|$)`,
			`以[^，。；;,]{2,30}?为` + q,
			`\p{Han}[^成作视称改]为[^，。；;,]{0,16}?` + q,
			q + `(?:为|是)(?:[\p{Han}、]{0,14}(?:长|委|记|任|员))?\p{Han}{2,3}(?:[，,。；;、（(]|$)`,
			q + `\s+\p{Han}{2,3}(?:\s|$)`,
			// A member listed with the post in brackets after the name
			// ("副股长陈慧芳（组长）") — a name, not a body ("县民政局
			// （组长）").
			`\p{Han}{1,2}[^\P{Han}局委办院所站队处科股会部厅府心司组]` + `[（(]` + q + `[)）]`,
		} {
			res = append(res, regexp.MustCompile(re))
		}
		cache[post] = res
		return res
	}
}()

// notPersons are what read like a name and an honorific but are posts.
var notPersons = strings.NewReplacer("负责同志", "", "有关同志", "", "相关同志", "", "同志们", "")

// namesPerson reports whether text names a person, not only a post.
func namesPerson(text string) bool {
	if rePersonNamed.MatchString(text) {
		return true
	}
	for _, re := range []*regexp.Regexp{rePostThenName, reNameThenPost, rePostNameActs, reRoleName, reLabelName, reAppointed, reElected, reNameCell, reListedAppointment, reNameWithNumber, reNameBracketed, reSpeakerLabel} {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			if !strings.ContainsAny(m[1], notNameChars) && !notNameWords[m[1]] && !headerWords[m[1]] && !((re == reNameCell || re == reLabelName) && strings.ContainsAny(m[1][len(m[1])-3:], notNameEnds)) && !strings.HasSuffix(m[1], "某") {
				return true
			}
		}
	}
	return false
}

// notNameWords are what the name-catching patterns (rePostNameActs,
// reAppointed) take for a name and is none.
var notNameWords = map[string]bool{
	// What stands between a post and its verb when no name does
	// ("副县长亲自带队", "县长具体负责", "副局长分别带队", "组长单位（…）";
	// review 24).
	"亲自": true, "具体": true, "分别": true, "全面": true, "统一": true, "共同": true,
	"单位": true, "直接": true, "主要": true, "协助": true, "统筹": true, "全权": true,
	"负责": true, "牵头": true, "带队": true, "主持": true, "同志": true,
	// What an appointment's verb takes that is no person ("推选代表担任",
	// "聘用人员的", "提名候选人"; review 25).
	// What fills a field where no one is named: a blank to sign, a post
	// (值班人：待定, 经办人：签字, 责任人：驻村干部; review 46). A name
	// withheld (王某某) is none either: namesAnonymized says so.
	"待定": true, "签字": true, "签名": true, "盖章": true, "暂无": true, "干部": true, "附件": true, "见附件": true,
	"代表": true, "候选": true, "合同": true, "程序": true, "方式": true, "对象": true,
	// What follows a post as a label's head ("局长意见：", "组长职责：",
	// "县长讲话：", "市长批示：") or in brackets after a kind of staff
	// ("（科级干部以上）", "（机关干部职工）"), and a post left open
	// (",主任 暂缺"; review of the thirty-fifth session).
	"意见": true, "职责": true, "讲话": true, "名单": true, "批示": true, "点评": true, "要求": true, "审批": true, "分工": true, "发言": true, "致辞": true,
	"以上": true, "以下": true, "职工": true, "群众": true, "暂缺": true, "空缺": true, "待明确": true,
	// What stands before a post as its kind (常务副县长, 分管副局长).
	"常务": true, "分管": true, "主管": true, "专职": true, "执行": true, "名誉": true,
}

// reNameCell is a table's cell of a person read with its header: 姓名, or
// a column of the one who holds a role or a post, as a row is read
// (tableRow.reading: ",法定代表人 宁书瑶", ",联系人 阎思齐", ",县级责任领导
// 厍国栋") — not a colon's value in the text
// ("代办人：亲属"), and not one that names a kind of people (notNameEnds);
// reListedAppointment an appointment listed by number ("17.茹秋菊为县…核对
// 中心主任", "3.李建国同志为…副院长"), not a post's ("二、组长为县长").
var (
	reNameCell          = regexp.MustCompile(`(?:姓名[:：\s\x{3000}]+|(?:^|[:,])(?:\p{Han}{1,5}人|\p{Han}{0,5}(?:领导|` + postWords + `)) )(\p{Han}{2,3})(?:[\s\x{3000}、，,;；。|（(:：]|$)`)
	reListedAppointment = regexp.MustCompile(`(?:\d[.．、]|[一二三四五六七八九十]、)(\p{Han}{2,3}?)(?:同志)?为\p{Han}{0,24}?(?:` + postWords + `)`)
)

// reSpeakerLabel is a speaker in a record of what was said, by posts and
// name at the head of a line ("县人大常委会委员、社会建设委员会主任委员许
// 文斌：我们在调研中发现…", "副局长 韩松（补充）：").
// What follows the colon is speech: a sentence of its own on the line,
// not a label's value ("组长职责：负责…" names a duty, not a speaker —
// notNameWords).
var reSpeakerLabel = regexp.MustCompile(`(?m)^[ \t\x{3000}]*[^：:\n]{0,30}?(?:` + postWords + `)[ \t\x{3000}]*(\p{Han}{2,3})(?:[（(]\p{Han}{1,6}[)）])?[：:][^\n]{8}`)

// reNameBracketed is a person named in brackets after the role they fill,
// by where they work and their post ("配备兼职保密员1名（局办公室干部方雅
// 琪）").
var reNameBracketed = regexp.MustCompile(`[（(][^（）()]{0,20}?(?:` + postWords + `|干部|科员|职员)(\p{Han}{2,3})[)）]`)

// reNameWithNumber is a person named with the number of a card they hold
// ("郗明哲（执法证号：YY0417008）").
var reNameWithNumber = regexp.MustCompile(`(\p{Han}{2,3})[（(](?:执法证号|执法证|证件号码?|证号|工号|身份证号码?)`)

// notNameEnds end the words of a kind of people, not a person's name: a
// 受益人 column's 低保户, 残疾人, 亲属, 子女, 工作人员, 申请者.
const notNameEnds = "户人属女员者"

// headerWords are a table's column names, which follow 姓名 in its header
// row ("姓名 性别 出生年月") and are no person.
var headerWords = map[string]bool{"性别": true, "民族": true, "职务": true, "单位": true, "年龄": true, "出生": true, "学历": true, "籍贯": true, "电话": true, "序号": true}

// reAppointed is the person an appointment names: "任命韦志强为…站长",
// "免去覃国平的…职务", "聘任梁某同志为…".
var reAppointed = regexp.MustCompile(`(?:任命|聘任|聘用|提名|免去|推选|选任)(\p{Han}{2,3}?)(?:同志)?(?:为|的|担任)`)

// reElected is the person an election names to a post: "选举宋某为副会长"
// ("经选举产生的理事会成员", "增补理事的提议" name no one).
var reElected = regexp.MustCompile(`(?:选举|推举|增补)(\p{Han}{2,3}?)(?:同志)?(?:为|担任)`)

// rePostNameActs is a post and the name after it that goes on with what
// the person does ("对…副镇长邬晨阳进行提醒谈话", "局长韦嘉澍于3时10分
// 到达", "主任殷晓蕾带领…"): the name ends no clause.
var rePostNameActs = regexp.MustCompile(`(?:` + postWords + `)[ \t\x{3000}]*(\p{Han}{2,3}?)(?:进行|负责|主持|带队|带领|牵头|参加|出席|到达|到场|同志|[于在]\d|[（(])`)

// reLabelName is a name after a label of the one who acts ("负责人：甄砺",
// "经办律师：柏稚舟"), not a kind of people ("代办人：亲属").
var reLabelName = regexp.MustCompile(`(?:\p{Han}{1,2}人|律师)[:：]\s*(\p{Han}{2,3})(?:[\s、，,;；。]|$)`)

// reRoleName is a role and the name after it, then where the person is
// from in brackets ("特邀调解员冼若梅（鄳岙县衡平律师事务所律师）"): a
// word of 员 that is a role, not a kind of staff (人员, 公务员, 成员,
// 党员, 职员, 会员: "人员名单（附件1）"), and brackets that say where
// ("（…律师事务所律师）", not "（附件1）", "（每季度1次）").
var reRoleName = regexp.MustCompile(`(?:` + roleWords + `)[ \t\x{3000}]*(\p{Han}{2,3}?)[（(][^由每附含见）)][^）)]{0,24}?(?:局|所|公司|中心|站|院|委|办|学校|协会|社区|村|镇|乡|街道|律师|教授|工程师|法官|干部|医师|医生|会计师|主任|书记)[）)]`)

// reFormBlank is a field of a blank form: a label and the space left to
// fill in ("填报人:          ", "填报日期:    年  月  日").
var reFormBlank = regexp.MustCompile(`[:：][ \t\x{3000}]{3,}|年[ \t\x{3000}]{2,}月[ \t\x{3000}]{2,}日`)

// isFormTemplate reports whether a passage is a blank form (an 附件's
// 统计表 header), which gives no figure, date or name of its own.
func isFormTemplate(s string) bool {
	return len(reFormBlank.FindAllStringIndex(s, 3)) >= 2
}

// bareLineRest: when [s, e) is a whole line that ends without a sentence
// mark, the end of the lines that complete it — up to the first line that
// ends a sentence, at most three lines and maxQuoteRunes.
func bareLineRest(text string, s, e int) (int, bool) {
	lineStart := strings.LastIndexByte(text[:s], '\n') + 1
	if strings.TrimSpace(text[lineStart:s]) != "" {
		return e, false
	}
	if strings.TrimSpace(text[e:lineEndAt(text, e)]) != "" {
		return e, false
	}
	t := strings.TrimSpace(text[s:e])
	if last, _ := utf8.DecodeLastRuneInString(t); t == "" || strings.ContainsRune("。!?;！？；", last) || utf8.RuneCountInString(t) > 60 || fieldLabel(t) != "" {
		return e, false // a field line ("整改时限:…") is whole
	}
	end := e
	for n := 0; n < 3; n++ {
		next := end + 1
		if next >= len(text) {
			break
		}
		stop := lineEndAt(text, next)
		line := strings.TrimSpace(text[next:stop])
		if line == "" || utf8.RuneCountInString(text[s:stop]) > maxQuoteRunes {
			break
		}
		if _, isRow, _ := cellsOf(text[next:stop]); isRow {
			break // a table's rows are read each with its header
		}
		end = next + strings.Index(text[next:stop], line) + len(line)
		if strings.HasSuffix(line, "。") {
			break
		}
	}
	return end, end > e
}

// reFieldLine is a line that fills a field of a block or table written out
// as lines: "整改时限:2026年12月底前", "责任单位:县水利局".
var reFieldLine = regexp.MustCompile(`^[\s\x{3000}]*(\p{Han}{2,6})[:：][\s\x{3000}]*[^\s\x{3000}]`)

// lineEndAt is the end of the line at offset i (before its newline).
func lineEndAt(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(text)
}

// maxItemRunes bounds the item line a field line is read with.
const maxItemRunes = 120

// itemLine is the heading line of the innermost section holding offset i,
// with the body it carries ("问题7:矿山生态修复滞后。全县有…").
func itemLine(d *index.StoredDoc, i int) string {
	start, heading := -1, ""
	for _, sec := range d.Sections {
		if sec.Start <= i && i < sec.End && sec.Start > start {
			start, heading = sec.Start, sec.Heading
		}
	}
	if start < 0 {
		return ""
	}
	text := d.Text[start:lineEndAt(d.Text, start)]
	// "（六）登记号：2025-0806": a record's heading that is its number
	// alone is read with whom the record is of, as its section's heading
	// is ("姓名：马永林", document.recordSubject).
	if document.RecordNumber(text) {
		if at := strings.LastIndexByte(heading, ' '); at >= 0 {
			text += heading[at:]
		}
	}
	line := []rune(text)
	if len(line) > maxItemRunes {
		line = line[:maxItemRunes]
	}
	return string(line)
}

// recordContext is, for a field of a register's entry (a section headed
// by the entry's number alone, "第10号"), the entry's other fields: the
// entry is one matter, and "处理结果：已通知县住建局更换标牌2块" is of
// the "反映事项：路名标牌将翠湖路误写" filed with it, as a 整改时限 is of
// its 问题. They are its context (recordContextWeight), not its own
// words: what tells the fields apart is what one writes that the others
// do not.
func recordContext(d *index.StoredDoc, i int) string {
	start, end := -1, 0
	for _, sec := range d.Sections {
		if sec.Start <= i && i < sec.End && sec.Start > start {
			start, end = sec.Start, sec.End
		}
	}
	if start < 0 || !document.RecordNumber(d.Text[start:lineEndAt(d.Text, start)]) {
		return ""
	}
	ctx := []rune(recordFields(d.Text, lineEndAt(d.Text, start), end, i))
	return string(ctx[:min(len(ctx), maxRecordRunes)])
}

// writesTopic reports whether text itself writes a word of the
// question's topic.
func (wt weightedTokens) writesTopic(text string) bool {
	in := relevance.TokenSet(text)
	return anyOf(wt.toks, func(t string) bool { return wt.in[t] && !wt.named[t] && in[t] })
}

// recordFields are the field lines of a record between from and to, but
// the one holding i, each after a space.
func recordFields(text string, from, to, i int) string {
	var b strings.Builder
	for pos := from; pos < to; {
		end := min(lineEndAt(text, pos), to)
		if ln := strings.TrimSpace(text[pos:end]); ln != "" && !(pos <= i && i <= end) && fieldLabel(ln) != "" {
			b.WriteString(" " + ln)
		}
		pos = end + 1
	}
	return b.String()
}

// maxRecordRunes bounds what a record's field is read with: its heading
// and the other fields of the entry, a few lines.
const maxRecordRunes = 400

// reOfWhich opens a sentence that breaks down what the one before it
// counts.
var reOfWhich = regexp.MustCompile(`^\s*其中`)

// reAnaphor opens a sentence that speaks of what came before it: "该项工
// 作于2019年4月底前完成", "上述措施由区民政局牵头".
var reAnaphor = regexp.MustCompile(`^\s*(?:该|此|上述|以上)`)

// statesAsked reports whether text states the kind of thing asked for —
// a date, a figure, an office — so that what it refers back to may be read
// as its subject; a sentence that states none ("上述情况要及时上报") only
// points back.
func statesAsked(text string, u understood) bool {
	return (u.when && statesTime(text)) || (u.quantity && hasFigure(text, u.unitWord)) || ((u.who || u.asksOrg()) && namesOrg(text))
}

// cuedGenreBonus ranks a sentence of a document of the genre the question
// looks in ("要点里") above one of another genre that says as much. Tune
// splits: 0.1 loses one; 0.15, 0.2 and 0.3 alike.
const cuedGenreBonus = 0.2

// headingFitCoverage is the least coverage of its own a sentence needs for
// its section's heading to say it is the kind of answer asked for.
const headingFitCoverage = 0.5

// fieldAt is the label of the field that begins at offset i of text — a
// line, or a block written on in one (inlineFieldAt) —
// "" if none: a line "标签:…" beside another such line — fields come in
// blocks (整改措施/整改时限/责任单位; 时间/地点/主持), while a lone "会议
// 指出:…" or "其中:…" is a sentence.
func fieldAt(text string, i int) string {
	start := strings.LastIndexByte(text[:i], '\n') + 1
	if strings.TrimSpace(text[start:i]) != "" {
		// "…不得截留挪用。牵头单位：县自然资源局；配合单位：…": a block of
		// fields written on after an item's sentences, in its line.
		return inlineFieldAt(text, start, i)
	}
	label := fieldLabel(text[i:lineEndAt(text, i)])
	if label == "" {
		return ""
	}
	// Its neighbours are the lines next to it, past blank lines: a
	// document written with a blank line after every paragraph lists its
	// fields ("第一组：…", blank, "第二组：…") so.
	for end := start - 1; end > 0; {
		prev := strings.LastIndexByte(text[:end], '\n') + 1
		if strings.TrimSpace(text[prev:end]) != "" {
			if fieldLabel(text[prev:end]) != "" {
				return label
			}
			break
		}
		end = prev - 1
	}
	for end := lineEndAt(text, i); end < len(text); {
		next := lineEndAt(text, end+1)
		if strings.TrimSpace(text[end+1:next]) != "" {
			if fieldLabel(text[end+1:next]) != "" {
				return label
			}
			break
		}
		end = next
	}
	return ""
}

// inlineFieldAt is the label of a field that begins at offset i, after a
// sentence's end in the line that starts at start, when another field
// follows it in the same line after a ；("牵头单位：…；配合单位：…"); ""
// otherwise — a lone "其中：…" in a paragraph is a sentence. (Fields a 。
// separates, "责任单位：…。完成时限：…", are not read so: a 。 ends as many
// sentences that open with a word and a colon.)
func inlineFieldAt(text string, start, i int) string {
	before := strings.TrimRight(text[start:i], " \t\u3000")
	if !strings.HasSuffix(before, "。") {
		return ""
	}
	line := text[i:lineEndAt(text, i)]
	label := fieldLabel(line)
	if label == "" {
		return ""
	}
	for _, part := range strings.FieldsFunc(line, func(r rune) bool { return r == '；' || r == ';' })[1:] {
		if fieldLabel(part) != "" {
			return label
		}
	}
	return ""
}

// fieldLabel is the label of a field line, "" for other text.
func fieldLabel(text string) string {
	if m := reFieldLine.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// fieldIntents says which field answers which kind of question, by the
// noun its label ends with: a deadline a when, a unit a who, measures a
// how, progress a question on how far a thing has come.
var fieldIntents = []struct {
	nouns *regexp.Regexp // the label's last word
	fits  func(u understood) bool
}{
	{regexp.MustCompile(`(?:时限|期限|时间|日期|截止)$`), func(u understood) bool { return u.when }},
	{regexp.MustCompile(`(?:单位|部门|科室|牵头|负责|责任人)$`), func(u understood) bool { return u.who || u.asksOrg() }},
	{regexp.MustCompile(`(?:措施|做法|方式|办法)$`), func(u understood) bool { return u.how }},
	{regexp.MustCompile(`(?:进展|进度|成效|完成情况|落实情况)$`), func(u understood) bool { return u.status }},
	{regexp.MustCompile(`(?:地点|地址|场所|会场|位置|安置点)$`), func(u understood) bool { return u.where }},
}

// reOutcomeLabel labels a field that says what was done about a matter
// and how it ended: "处理结果：…", "调处结果：…", "答复意见：…". Only a
// field's label: a section headed "…办理情况" holds more than outcomes.
var reOutcomeLabel = regexp.MustCompile(`(?:结果|处理意见|答复意见|办理情况|处置情况)$`)

// outcomeFieldFits reports whether a field labelled label answers how a
// matter ended, when that is asked.
func (u understood) outcomeFieldFits(label string) bool {
	return (u.outcome || u.status || u.how) && reOutcomeLabel.MatchString(label)
}

// fieldFitBonus ranks a field whose label fits what is asked above the
// item's own description. Swept 0.05, 0.1, 0.15, 0.2, 0.3 on the tune
// splits: every other set flat, fresh3 tune best at 0.2 (one more).
const fieldFitBonus = 0.2

// fieldFits reports whether a field's label fits what the question asks.
func (u understood) fieldFits(label string) bool {
	// "总指挥是谁" is answered by the field "总指挥:阮嘉澍": the topic ends
	// with the label, whatever kind of value it holds.
	// "副组长是谁" is not answered by the field "组长:…".
	if ws := strings.Fields(u.topic); len(ws) > 0 && utf8.RuneCountInString(label) >= 2 && strings.HasSuffix(ws[len(ws)-1], label) && !strings.HasSuffix(ws[len(ws)-1], "副"+label) {
		return true
	}
	for _, f := range fieldIntents {
		if f.nouns.MatchString(label) && f.fits(u) {
			return true
		}
	}
	return false
}

// maxHeadingRunes bounds a sentence that is only a heading's title.
const maxHeadingRunes = 40

// reDates are digits that state when, not how many.
var reDates = regexp.MustCompile(`[“"]\d{1,2}\s*[·•.]\s*\d{1,2}[”"]|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年?|(?:19|20)\d{2}\s*年度?|\d{1,2}\s*月(?:\d{1,2}\s*日)?|\d{1,2}\s*日|[((]?\d{1,2}[))]|^\d{1,2}[.、]`)

// reTitleWorkYear is the year of work a title names: "表彰2025年度…".
var reTitleWorkYear = regexp.MustCompile(`((?:19|20)\d{2})\s*年度`)

// reTitleYearSpan is a span of years before 年度: "2024—2025年度".
var reTitleYearSpan = regexp.MustCompile(`(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}\s*年度`)

// titleWorkYear is the one year of work d's title names, 0 when it names
// none or several.
func titleWorkYear(d *index.StoredDoc) int {
	ms := reTitleWorkYear.FindAllStringSubmatch(d.Title, -1)
	if len(ms) != 1 || reTitleYearSpan.MatchString(d.Title) {
		return 0 // several years, or a span ("2024—2025年度")
	}
	y, _ := strconv.Atoi(ms[0][1])
	return y
}

// leadOf is the lead of the section that holds the numbered section at:
// the text between its heading and its first sub-heading, when that ends
// with a colon and introduces them ("…存在以下问题："); "" when none.
func leadOf(d *index.StoredDoc, at int) string {
	in := document.SectionAt(d.Sections, at)
	if in < 0 {
		return ""
	}
	for i := in - 1; i >= 0; i-- {
		p := d.Sections[i]
		if p.Rank >= d.Sections[in].Rank {
			continue
		}
		// (A section's End is past its sub-sections: the lead ends where
		// the first of them begins.)
		from, to := lineEndAt(d.Text, p.Start)+1, d.Sections[i+1].Start
		if from >= to || to > len(d.Text) {
			return ""
		}
		lead := strings.TrimSpace(d.Text[from:to])
		if !endsWithColon(lead) || utf8.RuneCountInString(lead) > maxIntroRunes {
			return ""
		}
		return lead
	}
	return ""
}

// maxIntroRunes bounds a lead that introduces numbered parts.
const maxIntroRunes = 60

// writesAnyYear reports whether text writes one of the years.
func writesAnyYear(text string, yss ...[]int) bool {
	for _, ys := range yss {
		for _, y := range ys {
			if strings.Contains(text, strconv.Itoa(y)) {
				return true
			}
		}
	}
	return false
}

// reDuration is a span of days, months or years ("15日内", "10个工作日
// 以内", in the Chinese numerals of a 决定书 "六十日之内", "六个月内"), a
// figure though reDates reads "15日" as a day of the month; "同一天内" is
// no span. So is a lead time ("在选举日的20日以前公布"), but not a day of
// a month ("5月20日以前").
var reDuration = regexp.MustCompile(`(?:^|[^同统唯月\d一二两三四五六七八九十百〇零])(?:(?:\d{1,3}|[一二两三四五六七八九十百]{1,5})\s*(?:个工作日|日|天|个月)|(?:\d{1,3}|[一二两三四五六七八九十百]{1,3})\s*年)(?:(?:以|之)?内|以前|之前)`)

// reBoundedSpan is a span of days bounded from below or above ("给予不少
// 于15日的交接期", "最长不超过30日", "为期3天"): a figure, though reDates
// reads "15日" as a day of the month — of a span of time only ("会员有多
// 少个" is not answered by "提前不少于三十日": timeUnits).
var reBoundedSpan = regexp.MustCompile(`(?:不少于|不超过|不低于|不高于|不多于|不得少于|不得超过|至少|最多|最长|最短|少于|多于|长达|为期)\s*(?:\d{1,3}|[一二两三四五六七八九十百]{1,5})\s*(?:个工作日|个自然日|日|天|个月|周)`)

// reHanFigure is a figure in Chinese numerals with its measure word:
// "每周一次", "三期", "两个" — officialese writes small counts this way.
// Durations ("三年行动方案") are left out: in officialese they name plans
// more often than they count.
var reHanFigure = regexp.MustCompile(`[一二两三四五六七八九十百千]+\s*([个次期场名人家项条宗件户份所批轮年天级]|个月)`)

// reShareInWords is a share written in words — "三分之二以上的会员代表",
// "百分之五", "半数以上" —, the figure a quorum, a vote or a cap is
// stated in: what "要到多少人才能开" asks for.
var reShareInWords = regexp.MustCompile(`[一二三四五六七八九十百千]+分之[一二三四五六七八九十百]+|半数|过半`)

// hasFigure reports whether text states a figure other than a date or a
// list number: "2024年,我局完成31宗" does, "规范开展2024年抽查工作" does not.
// A figure in Chinese numerals counts when its measure word is the unit
// asked for (unit, may be empty: any): "开展一次清理" does not answer
// "清退了多少户".
// reNotFigure are numbers that count nothing: a telephone number
// ("0857-7621009", "（0736）5128806", "13907462011", whatever follows
// 电话：); a document's number is read apart (reDocNumberFigure).
var reNotFigure = regexp.MustCompile(`(?:电话|手机|热线|传真|联系方式|号码)[:：]\s*[（(]?\d{3,4}[)）]?[-－—\s]?\d{7,8}|[（(]\d{3,4}[)）]\s*\d{7,8}|\d{3,4}[-－—\s]\d{7,8}|(?:^|\D)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?:\D|$)`)

// reDocNumberFigure is a document's number (〔2026〕31号).
var reDocNumberFigure = regexp.MustCompile(`[〔\[（(]\d{4}[〕\]）)]\s*第?\d+\s*号`)

func hasFigure(text, unit string) bool {
	counted := reDates.ReplaceAllString(text, "")
	if unit != "" {
		// Asked for a count in a unit ("几个", "多少人"), a telephone
		// number or a 文号 is none; asked "电话多少", it is the answer.
		counted = reNotFigure.ReplaceAllString(counted, "")
		// A 文号 counts documents ("几个文件"), nothing in another unit
		// ("几户": "嶓民规〔2024〕2号" is no count of households).
		// Under 个, only several 文号 count documents (…12号和…13号):
		// one is the number of the document a sentence cites.
		if !strings.Contains("份件", unit) && !(unit == "个" && len(reDocNumberFigure.FindAllString(counted, 2)) == 2) {
			counted = reDocNumberFigure.ReplaceAllString(counted, "")
		}
	}
	if reDigits.MatchString(counted) || reDuration.MatchString(text) || (reBoundedSpan.MatchString(text) && (unit == "" || timeUnits[unit])) {
		return true
	}
	// A share of people answers "多少人", not "几次" (review 23).
	if reShareInWords.MatchString(text) && (unit == "" || unit == "人" || unit == "名" || unit == "位") {
		return true
	}
	for _, m := range reHanFigure.FindAllStringSubmatchIndex(text, -1) {
		measure := text[m[2]:m[3]]
		// Asked for a unit: only that unit. Asked for no unit: only counts
		// of events (每周一次, 三期); "两项补贴", "一个中心" name things.
		if (unit != "" && measure != unit) || (unit == "" && !strings.Contains("次期场批轮", measure)) {
			continue
		}
		// "一是", "进一步", "统一" are not counts; a numeral after 是/第
		// is an ordinal.
		if m[0] >= 3 && strings.ContainsAny(text[m[0]-3:m[0]], "第统进唯同") {
			continue
		}
		// “四个意识”, “两个维护”: a numeral inside quotes names a slogan.
		if strings.Count(text[:m[0]], "“") > strings.Count(text[:m[0]], "”") {
			continue
		}
		return true
	}
	return false
}

// reOrdinalStated is a rank a sentence states (第四位, 第2名, 位居全国第三):
// what "排名第几" asks for, which hasFigure rightly does not count as a figure.
var reOrdinalStated = regexp.MustCompile(`第[一二三四五六七八九十百\d]+(?:位|名)|(?:居|列|排|排名|排在)[^，。,；;]{0,10}?第[一二三四五六七八九十百\d]+`)

// reDayAsked asks on which day a thing happens or is due; reDayStated is
// a day a sentence gives: a date with its day, the end or part of a month
// (6月底前, 下旬), a day of the week (每周一, not 每周一次 or 两周一反馈),
// a day of the month before which ("请各单位15日前报送", not the lead
// times "届满30日前", "选举日的20日以前"), or the day of something else (当天, 次日). A span of days
// ("30日内", "在3个月中") or a month alone is none.
var (
	reDayAsked  = regexp.MustCompile(`哪天|哪一天|哪几天|哪些天|几号|几月几[日号]|具体日期`)
	reDayStated = regexp.MustCompile(`[“"]\d{1,2}\s*[·•.]\s*\d{1,2}[”"]|\d{1,2}\s*月\s*\d{1,2}\s*[日号]|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|(?:十[一二]?|[一二三四五六七八九])月[一二三]?十?[一二三四五六七八九十]日|[每次当本上下]月\s*\d{1,2}\s*[日号]|(?:^|[^\d个满的])\d{1,2}\s*日(?:前|之前|以前)|月(?:底|末|初)|[上中下]旬|(?:^|[^一二两三四五六七八九十\d第])(?:周|星期|礼拜)[一二三四五六日天](?:[^次般]|$)|当天|当日|次日|同日|即日`)
)

// reIdentWord are the numbers that name rather than count: a 编号, a phone
// or meeting number, an account, an address to write to. reIdentAfter asks
// for one and ends its clause ("电话多少", "编号是啥"; not "电话什么时候
// 开通", "编号什么规则"). reIdentStated is one as a document writes it, by
// its shape rather than its length: a phone number with its area code
// (0736-5128806转8001), a mobile or masked number (138****5082), a service
// line (12345热线; not 受理来电12000余个), an e-mail address, a serial
// number (第2996号, 〔2026〕17号; not 第10号令), a code of digits and
// capitals (备案编号 51331127MJ9A2681XB26001) or an account, of fifteen
// digits or more or written in four groups of four at least (8012 0301
// 4456 7002 19; not years in a row, 2020 2021 2022 2023).
var (
	reIdentWord   = regexp.MustCompile(`编号|号码|证号|电话|手机号?|座机号?|账号|帐号|会议号|邮箱|信箱|网址|传真|代码`)
	reIdentAfter  = regexp.MustCompile(`^(?:分别|各|都)?(?:是|为)?(?:多少|啥|什么)(?:号|号码)?[啊呀呢吗]?\s*(?:[?？,，.。;；!！]|$)`)
	reIdentStated = regexp.MustCompile(landlinePattern + `|1[3-9]\d{9}|\d*[*＊]{2,}\d*|(?:^|[^\d.])` + serviceNumber + `(?:` + serviceWords + `|[^\d.\p{Han}]|$)|第\d{2,}号(?:[^令]|$)|〔\d{4}〕\d+号|[A-Z]{2,}(?:-[A-Z0-9]+){2,}|\d[0-9A-Z]*[A-Z][0-9A-Z]{6,}|(?:[013-9]\d{3}|2[1-9]\d{2})(?:[ \x{3000}]\d{4}){3,}|(?:^|\D)\d{15,}(?:\D|$)|` + mailPattern + `|` + webPattern)
	reCountBefore = regexp.MustCompile(`多少|几`)
	reIdentJoined = regexp.MustCompile(`^(?:和|与|及|、|跟)`)
	reClauseMark  = regexp.MustCompile(`^\s*(?:[?？,，.。;；!！]|$)`)
)

// identAsked are the words of the numbers that name a question asks for:
// "编号是多少", "电话分别是多少", or the word ends its clause with no count
// asked before it ("有没有线上参加的会议号", "举报打哪个电话"); "接了多少咨询
// 电话" counts calls.
func identAsked(nq string) []string {
	var out []string
	for _, loc := range reIdentWord.FindAllStringIndex(nq, -1) {
		word := nq[loc[0]:loc[1]]
		rest := nq[loc[1]:]
		// "联系电话和邮箱分别是多少": each word joined to the one asked
		// is asked too.
		if reIdentAfter.MatchString(rest) || reIdentJoined.MatchString(rest) && len(identAsked(rest)) > 0 {
			out = append(out, word)
			continue
		}
		clause := nq[:loc[0]]
		if i := strings.LastIndexAny(clause, ",，。;；?？ "); i >= 0 {
			clause = clause[i:]
		}
		// At the end of its clause the word asks for one when it is a
		// number itself (会议号, 编号) or is asked which ("打哪个电话");
		// "能不能用手机" asks of the thing.
		which := strings.HasSuffix(clause, "哪个") || strings.HasSuffix(clause, "什么")
		if reClauseMark.MatchString(rest) && !reCountBefore.MatchString(strings.TrimSuffix(clause, "哪个")) && (strings.Contains(word, "号") || which) {
			out = append(out, word)
		}
	}
	return out
}

// landlinePattern is a landline with its area code: 0391-6612345,
// (0391)6612345.
const landlinePattern = `(?:^|\D)0\d{2,3}(?:[-－—–‐]{1,2}|\s)?\d{3,4}[-－—–‐\s]?\d{4}(?:\D|$)|[(（]0\d{2,3}[)）]\d{7,8}`

// rePhoneStated is a number to call as documents write one: a landline
// with its area code, a mobile, one masked in its middle, a service line
// said as one (12345热线, 拨打12345). Stricter than the phone numbers among
// reIdentStated, which any number that names may answer: a bank account,
// an ID number or a sum (12800) is no number to call (review).
var rePhoneStated = regexp.MustCompile(landlinePattern + `|(?:^|\D)1[3-9]\d{9}(?:\D|$)|(?:^|\D)1[3-9]\d[*＊]{4}\d{4}(?:\D|$)|(?:拨打|致电|热线|电话)[:：]?\s*` + serviceNumber + `(?:\D|$)|(?:^|[^\d.])` + serviceNumber + `(?:` + serviceWords + `)`)

// serviceNumber is a service line's short number (12345, 95598, 962×××);
// serviceWords follow it where a text says it is one (12345热线).
const (
	serviceNumber = `(?:12\d{3}|9[56]\d{3,4})`
	serviceWords  = `热线|平台|电话|服务|投诉|举报|政务|转`
)

// mailPattern and webPattern are an e-mail address and a web address as a
// document writes them, among the numbers that name (reIdentStated) and
// asked for by kind (statesIdent).
const (
	mailPattern = `[A-Za-z0-9._-]+@[A-Za-z0-9.-]+`
	webPattern  = `(?:https?://|www\.)\S+`
)

// reMailStated and reWebStated are an address to write to and a site, which
// a 邮箱 or 网址 asked for is (a phone number is none).
var (
	reMailStated = regexp.MustCompile(mailPattern)
	reWebStated  = regexp.MustCompile(webPattern + `|[A-Za-z0-9-]+\.(?:gov|com|cn|org|net)\b`)
)

// statesIdent reports whether text gives the number or address word asks.
func statesIdent(text, word string) bool {
	switch word {
	case "邮箱", "信箱":
		return reMailStated.MatchString(text)
	case "网址":
		return reWebStated.MatchString(text)
	case "电话", "手机", "手机号", "座机", "座机号", "传真":
		// A 文号 or an account is no number to call.
		return rePhoneStated.MatchString(text)
	}
	return reIdentStated.MatchString(text)
}

// reValidityAsked asks whether a document is still in force, as staff
// ask it, of the document itself ("办法现在还管用吗", "细则作废了没", "它还
// 有效吗"): "是否有效落实", "措施有效吗", "方案措施是否有效" ask whether
// something works, and "办法怎么执行", "批准文件多久失效" how it is carried
// out — 执行, 适用, 失效 ask of force only after 还, 是否, 现在….
// reValidityStated is how a document says it of itself or of the one it
// replaces.
var (
	reValidityAsked  = regexp.MustCompile(`(?:办法|预案|细则|规定|条例|方案|文件|通知|意见|决定|规划|制度|它)(?:试行版|修订版|试行|这版|那版|版)?(?:(?:现在|目前|如今|当前|还|仍|仍然|是否|已经|已)*(?:有效|管用|能用|用不用|在用|算数|作数)(?:吗|不|没|么|没有|$|[?？。!！，,\s])|(?:现在|目前|如今|当前|还|仍|仍然|是否|已经|已)+(?:适用|在执行|执行|失效|过期)(?:吗|不|没|么|没有|$|[?？。!！，,\s])|(?:(?:作废|废止|废除)了?|废了)(?:吗|没|不|么|没有)?|是否(?:有效|失效|废止|作废|还在执行|仍然有效))`)
	reValidityStated = regexp.MustCompile(`废止|废除|失效|作废|停止执行|不再执行|(?:^|[^实])施行|有效期|继续有效|仍然有效|继续执行`)
)

// siblingQualifiers are the pairs a statistic is split by: a figure of
// one side does not answer for the other ("城镇居民人均可支配收入" by the
// 农村居民's, "预算支出" by the 收入). A closed class of the statistics
// offices report.
var siblingQualifiers = [][2][]string{
	{{"城镇", "城市"}, {"农村", "乡村"}},
	{{"收入"}, {"支出"}},
	{{"公办"}, {"民办"}},
	{{"进口"}, {"出口"}},
	{{"上半年"}, {"下半年"}},
}

// qualifierSide is the side of a siblingQualifiers pair a question asks.
type qualifierSide struct{ pair, side int }

func hasAny(s string, ws []string) bool {
	return anyOf(ws, func(w string) bool { return strings.Contains(s, w) })
}

// askedSides are the sides of the pairs a question names one side of.
func askedSides(q string) []qualifierSide {
	var out []qualifierSide
	for i, p := range siblingQualifiers {
		for side := 0; side < 2; side++ {
			if hasAny(q, p[side]) && !hasAny(q, p[1-side]) {
				out = append(out, qualifierSide{i, side})
			}
		}
	}
	return out
}

// contradictsQualifier reports whether text gives the other side of a
// pair the question asks one side of, and not the side asked.
func contradictsQualifier(sides []qualifierSide, text string) bool {
	for _, s := range sides {
		p := siblingQualifiers[s.pair]
		if hasAny(text, p[1-s.side]) && !hasAny(text, p[s.side]) {
			return true
		}
	}
	return false
}

// statesDay reports whether text gives a day.
// signatureOnly reports whether text is a dated signature and nothing
// else: a date on its own line, and beside it only a short line or two
// with no sentence in them (the body that signs).
func signatureOnly(text string) bool {
	if !reDateLine.MatchString(text) {
		return false
	}
	for _, l := range strings.Split(reDateLine.ReplaceAllString(text, ""), "\n") {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) > 30 || strings.ContainsAny(l, "，,。；;：:") {
			return false
		}
	}
	return true
}

// reOpinionLabel labels a block a form gives one who rules on it: "审查意见：",
// "领导批示：", "分管领导意见：", "交办意见：".
var reOpinionLabel = regexp.MustCompile(`^\p{Han}{0,8}(?:意见|批示)[:：]`)

// opinionLabelOnly reports whether line l is an opinion's label and nothing
// more ("领导批示：", "审查意见:"): the text it labels is on the lines below.
func opinionLabelOnly(l string) bool {
	l = strings.TrimSpace(l)
	m := reOpinionLabel.FindString(l)
	return m != "" && len(m) == len(l)
}

// reSignedLine is a signer and a date on one line ("乔砚秋　2025年8月15日").
var reSignedLine = regexp.MustCompile(`^\p{Han}[^，,。；;：:]{1,29}?[ \t\x{3000}]+` + dayPattern + `$`)

// signedBelow is where the signature under a labelled opinion ends, when
// the sentence s:e of text ends that opinion ("审查意见：经…审查，同意立案。"
// over "…提案委员会 / 2026年1月15日"): the day it was ruled is the
// signature's — when the question names who signs it (a word of topic of
// three runes or more the signer's line writes). 0 when the sentence is
// not so placed. A sentence of a document's body is not: its signature
// dates the document, not what it tells of (signatureOnly).
func signedBelow(text string, s, e int, topic string) int {
	ls, le := strings.LastIndex(text[:s], "\n")+1, lineEndAt(text, e)
	if le == len(text) {
		return 0
	}
	if strings.Trim(text[e:le], "。.；; \t\u3000\r") != "" {
		return 0 // not the opinion's last sentence
	}
	labelled := reOpinionLabel.MatchString(strings.TrimSpace(text[ls:le]))
	if !labelled && ls > 0 {
		above := strings.TrimRight(text[:ls-1], " \t\u3000\r")
		labelled = opinionLabelOnly(above[strings.LastIndex(above, "\n")+1:])
	}
	if !labelled {
		return 0
	}
	var next []string
	var ends []int
	at := le + 1
	for at < len(text) && len(next) < 2 {
		end := lineEndAt(text, at)
		if l := strings.TrimSpace(text[at:end]); l != "" {
			next, ends = append(next, l), append(ends, end)
		} else if len(next) > 0 {
			break
		}
		at = end + 1
	}
	if len(next) == 0 || !slices.ContainsFunc(strings.Fields(topic), func(w string) bool {
		return utf8.RuneCountInString(w) >= 3 && strings.Contains(next[0], w)
	}) {
		return 0
	}
	switch {
	case reSignedLine.MatchString(next[0]):
		return ends[0]
	case len(next) == 2 && reDateLine.MatchString(next[1]) && signatureOnly(next[0]+"\n"+next[1]):
		return ends[1]
	}
	return 0
}

// maxOpinionRunes bounds the opinion opinionAbove reads above a signer.
const maxOpinionRunes = 240

// opinionAbove is where the opinion a signer's line signs begins ("同意…
// 意见。特困供养是兜底工作…" over "庹鸣琅（县长）  2026年3月16日"), when
// s:e is such a line: a name and a date, under the lines of a 批示 or 意见
// back to a blank line, a label ("领导批示：") or another signer; end is
// where the signer's line ends (a unit read on past it takes the next
// opinion). start is s when the unit begins no such line, or the
// question's topic names no one the line does.
func opinionAbove(text string, s int, topic string) (start, end int) {
	ls, le := strings.LastIndex(text[:s], "\n")+1, lineEndAt(text, s)
	signer := strings.TrimSpace(text[ls:le])
	// Every unit of most questions comes here: the suffix first.
	if !strings.HasSuffix(signer, "日") || !reSignedLine.MatchString(signer) {
		return s, 0
	}
	// The signer's name: the Han characters the line begins with.
	name := []rune(signer)
	for i, r := range name {
		if !zh.IsHan(r) {
			name = name[:i]
			break
		}
	}
	if len(name) < 2 || len(name) > 4 || !strings.Contains(topic, string(name)) {
		return s, 0
	}
	start, at := s, ls
	for at > 0 {
		ps := strings.LastIndex(text[:at-1], "\n") + 1
		l := strings.TrimSpace(text[ps : at-1])
		if l == "" || reSignedLine.MatchString(l) || reDateLine.MatchString(l) || opinionLabelOnly(l) {
			break
		}
		if utf8.RuneCountInString(text[ps:ls]) > maxOpinionRunes {
			break
		}
		start = ps + (len(text[ps:at-1]) - len(strings.TrimLeft(text[ps:at-1], " \t\u3000")))
		at = ps
	}
	return start, le
}

func statesDay(text string) bool {
	return reDayStated.MatchString(withoutBookTitles(text))
}

// reDateStated is a date or a period a "when" question can be answered with.
// Dates in Chinese numerals (一九八〇年, 六月底前, 十二月三十一日) are dates too,
// and so is the month·day an event is named by ("“01·31”石岩除夕疫情").
var reDateStated = regexp.MustCompile(`[“"]\d{1,2}\s*[·•.]\s*\d{1,2}[”"]|(?:19|20)\d{2}\s*[-—–~至到]\s*(?:19|20)\d{2}|(?:19|20)\d{2}\s*年|\d{1,2}\s*月(?:\d{1,2}\s*日)?|\d{1,2}\s*日前|[每逐]\s*[年季月周日天]|[一二][九〇零○O][〇零○O一二三四五六七八九]{2}年|(?:十[一二]?|[一二三四五六七八九])月(?:底|初|中旬|下旬|上旬|末|份|[一二三]?十?[一二三四五六七八九十]日)|[次当本上下每]月|(?:[一二三]?十?[一二三四五六七八九十]|\d{1,3})(?:日|天|个工作日|个月)内`)

func hasDate(text string) bool {
	text = withoutBookTitles(text)
	return reDateStated.MatchString(text) || statesClockTime(text)
}

// statesTime reports whether text answers when: a date, or a time told by
// the step it comes before or after — what "啥时候得申报" asks where no
// day is set. A document's own date is a date only (docdate.go).
func statesTime(text string) bool {
	return hasDate(text) || reEventTime.MatchString(withoutBookTitles(text))
}

// reEventTime is a time told by the step it comes before or after ("在开
// 工建设前", "办理商品房预售许可前", "验收合格后").
var reEventTime = regexp.MustCompile(`在\p{Han}{2,12}?(?:之前|之后|前|后)[，,、须应要]|\p{Han}{2,12}?(?:许可|验收|竣工|开工|审批|批准|登记|备案)(?:之前|之后|前|后)[，,、须应]`)

// withoutBookTitles blanks the titles in 《》 a text names: "《调解实务手册
// (2026年版)》" says no date, "《…施行细则》" no word on force.
func withoutBookTitles(text string) string {
	if !strings.Contains(text, "《") {
		return text
	}
	return reBookTitle.ReplaceAllString(text, "")
}

// reEventNameDate is a day that names an event ("“7·23”抗洪", "“2·14”事故").
var reEventNameDate = regexp.MustCompile(`[“"‘'](\d{1,2})\s*[·•.・]\s*(\d{1,2})[”"’']`)

// eventNameDateWeight weighs a sentence that names an event by its day
// and does not state that day: it answers when only where nothing states
// the day (chosen on the tune splits).
const eventNameDateWeight = 0.8

// namesEventDateOnly reports whether text names an event by its day
// ("“2·14”事故是一起责任事故") without stating that day — whatever other day
// it states is of something else ("8月5日召开“7·23”洪灾灾后重建会议";
// review 35). A quoted decimal ("“2.0”版本") names no day.
func namesEventDateOnly(text string) bool {
	m := reEventNameDate.FindStringSubmatch(text)
	if m == nil {
		return false
	}
	mo, _ := strconv.Atoi(m[1])
	d, _ := strconv.Atoi(m[2])
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return false
	}
	return !statesDayOf(text, mo, d)
}

// statesDayOf reports whether text states month mo's day d: 7月23日,
// 7 月 23 号, 七月二十三日, 2025-07-23 — not 11月2日 for 1月2日 (review 36).
func statesDayOf(text string, mo, d int) bool {
	for _, m := range reMonthDay.FindAllStringSubmatch(text, -1) {
		a, b := m[1], m[2]
		if a == "" {
			a, b = m[3], m[4]
		}
		if document.Numeral(a) == mo && document.Numeral(b) == d {
			return true
		}
	}
	return false
}

// reMonthDay is a day of a month, in digits or Chinese numerals, or as
// an ISO date; a leftmost match takes 11 whole, never its last 1.
var reMonthDay = regexp.MustCompile(`([\d一二三四五六七八九十]{1,3})\s*月\s*([\d一二三四五六七八九十]{1,3})\s*[日号]|(?:19|20)\d{2}-(\d{1,2})-(\d{1,2})`)

// statesClockTime reports whether text states a time of day: an hour to 24
// and minutes to 59 ("14:30"), not a ratio ("4.7:43.2:52.1", "1:10000").
func statesClockTime(text string) bool {
	for _, m := range reClockTime.FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 {
			return true // 上午9时, 9时30分
		}
		h, _ := strconv.Atoi(text[m[2]:m[3]])
		mi, _ := strconv.Atoi(text[m[4]:m[5]])
		before, after := text[:m[0]], text[m[1]:]
		ratio := strings.HasSuffix(before, ".") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "：") ||
			strings.HasPrefix(after, ".") || strings.HasPrefix(after, ":") || strings.HasPrefix(after, "：") ||
			(len(after) > 0 && after[0] >= '0' && after[0] <= '9') || (len(before) > 0 && before[len(before)-1] >= '0' && before[len(before)-1] <= '9')
		if h <= 24 && mi <= 59 && !ratio {
			return true
		}
	}
	return false
}

// reBookTitle is a name in title marks.
var reBookTitle = regexp.MustCompile(`《[^《》]*》`)

// reClockTime is a time of day ("14:30—18:00", "上午9时"), what 几点 asks.
// A bare hour counts with 点 ("17点前", "8点和晚上8点"), or with 时 before
// what marks it as a time (分, 整, 前, 后, 至…).
var reClockTime = regexp.MustCompile(`(\d{1,2})\s*[:：]\s*(\d{2})|(?:[上下中]午|早上|晚上|凌晨|傍晚|夜间|早|晚)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[时点]|\d{1,2}\s*时(?:\d{1,2}\s*分|整|半|前|以前|后|以后|起|至|到)|\d{1,2}\s*日\s*\d{1,2}\s*时|(?:^|[^\d.%])\d{1,2}\s*点(?:[^\d几个]|$)`)

// quoteSpan picks the passage to quote: the full sentence when it is short
// enough, else the answering unit itself.
func quoteSpan(text string, fStart, fEnd, s, e int) (int, int) {
	if utf8.RuneCountInString(text[fStart:fEnd]) <= maxQuoteRunes {
		return fStart, fEnd
	}
	return s, e
}

// Thresholds on coverage, chosen on the question set in
// internal/eval/testdata (see eval_test.go): below minCoverage the documents
// do not say what is asked; a second sentence joins the answer when it is
// nearly as good as the first. minDocCoverage was refit over 359
// documents (twenty-second session): 0.48 to 0.6 all fail 715 tune
// questions where 0.45 failed 717; 0.5 is the middle of that flat.
const (
	minCoverage    = 0.3
	minDocCoverage = 0.5
	joinFraction   = 0.85
	// fullCoverage and minMatchedWords: a sentence that holds nearly all
	// the question's words its documents use, and at least this many of
	// them (chosen on the tune splits of every set).
	strictCoverage  = 0.5 // a second try with a wider scope (ask's retry)
	fullCoverage    = 0.85
	minMatchedWords = 2
)

// itemUnits are the units a question may count a list's items in
// (reUnitAsked's units that count items).
var itemUnits = map[string]bool{"项": true, "条": true, "个": true, "件": true, "批": true}

// supported reports whether an evidence sentence answers the question.
func supported(ev evidence, u understood, wt weightedTokens, yearSoft bool) bool {
	return supportedAt(ev, u, wt, yearSoft, minCoverage)
}

// namesQuantity reports whether a passage, its heading or its document's
// title names the quantity asked ("年产值多少" is not answered by "配套资金
// 4600万元"), as written or by its equivalent (GDP of 地区生产总值). A
// word that only says what kind of figure is asked (价格, 人数, 面积, 长度)
// is not the quantity: the unit says as much. (Any character of the word
// — 补助 for 补贴, 投入 for 投资 — was tried: tune lost three.)
func namesQuantity(ev evidence, noun string) bool {
	if genericQuantity[noun] {
		return true
	}
	t := strings.ToLower(ev.passage() + " " + ev.path.String() + " " + ev.doc.Title)
	n := strings.ToLower(noun)
	if a := equivalentWord[n]; a != "" && strings.Contains(t, a) {
		return true
	}
	if anyOf(quantityAlike[n], func(a string) bool { return strings.Contains(t, a) }) {
		return true
	}
	return strings.Contains(t, n)
}

// quantityAlike are the quantities documents write by other words: any
// fee (护理费) is a 费用, an allowance a 补助 as much as a 补贴, 经费 are
// 资金, a 租金 a 租赁费 (review 46).
var quantityAlike = map[string][]string{
	"费用": {"费"}, "补贴": {"补助"}, "补助": {"补贴"}, "津贴": {"补贴"},
	"经费": {"资金"}, "人口": {"居民"}, "租金": {"租赁费"}, "里程": {"全长", "长度"},
	"工资": {"报酬", "薪酬"}, "投资": {"概算"},
}

// genericQuantity are measureNouns that name a kind of figure, not a
// quantity of its own.
var genericQuantity = map[string]bool{"价格": true, "人数": true, "面积": true, "长度": true, "资金": true, "时长": true}

// reviewContext is what a passage's place in a later document says of
// the year it reports on: the report part, section or paragraph it
// stands in (their years, 0 where none names one), and the years the
// passage writes itself, beside those it compares with.
type reviewContext struct {
	docYear      int
	ok           bool // no plan, no time of the passage's own (目前, 截至, 以来…)
	part, sec, p int
	written      []string
}

// reviewOf reads a passage's review context once.
func reviewOf(ev evidence) *reviewContext {
	c := &reviewContext{docYear: ev.doc.Year, ok: ev.doc.Kind != document.KindPlan && !reOwnTime.MatchString(ev.says())}
	if !c.ok {
		return c
	}
	// A year compared with ("比2024年增加6个") is not the passage's.
	for _, m := range reYearOfWork.FindAllStringSubmatch(reYearComparedWith.ReplaceAllString(ev.passage(), " "), -1) {
		c.written = append(c.written, m[1])
	}
	if p := impliedYear(ev.doc, ev.start); p.review {
		c.part = p.year
	}
	c.sec, c.p = sectionYear(ev.doc, ev.start), paragraphYear(ev.doc.Text, ev.start)
	return c
}

// of reports whether the passage is of year y by where it stands: the
// document is later, and the passage writes no other year.
func (c *reviewContext) of(y int) bool {
	if !c.ok || c.docYear <= y || slices.ContainsFunc(c.written, func(w string) bool { return w != strconv.Itoa(y) }) {
		return false
	}
	return c.part == y || c.sec == y || c.p == y
}

// supportedAt is supported with the least coverage given.
func supportedAt(ev evidence, u understood, wt weightedTokens, yearSoft bool, least float64) bool {
	if ev.coverage < least || (u.strict && ev.coverage < strictCoverage) {
		return false
	}
	if t := trimSentence(ev.says()); len(u.must) > 0 && utf8.RuneCountInString(t) >= minAnsweredRunes && strings.Contains(u.before, t) {
		for _, ws := range u.must {
			if !anyOf(ws, func(w string) bool { return strings.Contains(ev.passage(), w) || strings.Contains(ev.path.String(), w) }) {
				return false
			}
		}
	}
	// The documents in scope lack much of the question's wording: they
	// do not speak of it — unless one sentence holds nearly every word of
	// it they do use, several of them, and the rest is the asker's own
	// ("老百姓挖到…能自己处理掉吗" of "任何单位和个人…不得擅自处理").
	if wt.docCoverage < minDocCoverage && !(ev.coverage >= fullCoverage && ev.matched >= minMatchedWords) {
		return false
	}
	// "芃塬那个养老中心占地多少亩" is not answered by a document about
	// another town's centre.
	// A document of an office the question names answers of it too
	// ("棠溆镇和蕨湖区…哪个高": 蕨湖区's own).
	if len(u.places) > 0 && !anyOf(u.places, func(p string) bool { return strings.Contains(ev.doc.Text, p) }) && !anyOf(u.orgs, func(p *orgProfile) bool { return slices.Contains(p.docs, ev.doc) }) {
		return false
	}
	// "犏岭镇这次取暖补贴发了多少人" is not answered by "全县共涉及6842
	// 人": a figure the passage gives of a wider whole area (全县 over a
	// 镇), where neither it nor its heading writes the place asked.
	// Not in the place's own document ("犏岭镇…报告": 我镇, 全县 of the
	// county's plan it follows).
	if len(u.places) > 0 && !anyOf(u.places, func(p string) bool {
		return strings.Contains(ev.passage(), p) || strings.Contains(ev.path.String(), p) || strings.Contains(ev.doc.Title, p) || strings.Contains(ev.doc.Org, p)
	}) {
		lv := placeLevel(u.q, u.places)
		if a := wholeArea(ev.says()); u.quantity && a != "" && lv > 0 && areaLevels[a] > lv {
			return false
		}
		// "畈心镇农作物受灾多少亩" is not answered by "农作物受灾面积
		// 2.16万亩" in the county's report either: a figure of a wider
		// office's document whose line names no place asked is of the
		// office's whole area; nor is "鄑岭镇养老中心什么时候开工" by
		// what the line says of 芃塬镇: a date or who of another place.
		// What a sentence sets for every place (各乡镇于每月10日前…) holds
		// in each, and a document of an office the question names answers
		// of that office ("清新区民政局和石潭镇…各有多少").
		// (The office's level is read only once a level is asked.)
		if lv > 0 && (u.quantity || u.when || u.holder) && docOfficeLevel(ev.doc) > lv && !reEveryPlace.MatchString(ev.says()) && !anyOf(u.orgs, func(p *orgProfile) bool { return slices.Contains(p.docs, ev.doc) }) {
			line := ev.doc.Text[lineStartAt(ev.doc.Text, ev.start):lineEndAt(ev.doc.Text, ev.end)]
			if !anyOf(u.places, func(p string) bool { return strings.Contains(line, p) }) && (u.quantity || namesOtherPlace(ev.says(), lv, u.places)) {
				return false
			}
		}
	}
	// "提了几项请求" is answered by "申请人请求：" over its 一、二、 items:
	// the items listed are the count. Only numbered items, and only a
	// count of items — lines under "参训人员：" are kinds of people, no
	// answer to 多少人 (review 25).
	listed := u.quantity && u.measure != "" && countUnit(u.measure) && itemUnits[u.unitWord] && endsWithColon(ev.text()) && len(introItems(ev)) >= 2
	if u.quantity && !hasFigure(ev.says(), u.unitWord) && !(u.ordinal && reOrdinalStated.MatchString(ev.says())) && !listed {
		return false
	}
	// A table's bare whole numbers count whatever it counts.
	if u.quantity && !statesMeasure(ev.says(), u.measure) && !(u.ordinal && reOrdinalStated.MatchString(ev.says())) && !(ev.counts && countUnit(u.measure)) && !listed {
		return false
	}
	// "二期厂房建成后预计年产值多少" asks 产值: a sum of money the
	// passage gives of another quantity is no answer.
	if u.measureNoun != "" && !namesQuantity(ev, u.measureNoun) && !anyOf(wt.short[u.measureNoun], func(l string) bool { return namesQuantity(ev, string([]rune(l)[:2])) }) {
		return false
	}
	if u.when && !statesTime(ev.says()) {
		return false
	}
	if u.clock && !statesClockTime(ev.says()) {
		return false
	}
	// "那版预案还管用吗" is answered by what says a document is in force
	// or not (同时废止, 自…起施行, 有效期).
	if u.validity && !reValidityStated.MatchString(ev.says()) {
		return false
	}
	// "一般公共预算支出多少" is not answered by the 收入's figure.
	if u.quantity && contradictsQualifier(u.sides, ev.says()) {
		return false
	}
	// "一星级幸福院补贴多少" is not answered by what a sentence gives of
	// 三星级 ones alone: a grade is numbered as asked.
	if u.quantity && otherGrade(u.grades, ev.says()) {
		return false
	}
	// "许可证编号是多少" asks for a number that names a thing: "复印件
	// 1份" states a figure, not one.
	if len(u.ident) > 0 && !anyOf(u.ident, func(w string) bool { return statesIdent(ev.says(), w) }) {
		return false
	}
	// "哪天去反映的" asks for a day: "5个工作日内核查" is a span, not one.
	if u.day && !statesDay(ev.says()) {
		return false
	}
	// "调研组是哪几天下去的" asks when a thing was done: the date a
	// document is signed on ("县政协调研组\n2025年7月25日") says when it was
	// written, an answer only where that is asked (落款哪天, 哪天报的).
	if u.when && !u.docDate && !slices.Contains(u.attrs, attrDate) && signatureOnly(ev.says()) {
		return false
	}
	// "陈建华的联系电话" is answered by what speaks of 陈建华, not by
	// another contact's number.
	if u.person != "" && !writesPerson(ev, u.person) {
		return false
	}
	if u.personName && !namesPerson(ev.passage()) {
		return false
	}
	// "增补的那3个理事都是谁" is not answered by "增补理事3名": what is
	// asked by name is answered by a sentence that names a person, a body
	// or a thing (“…”, 《…》), or stands under a heading that does.
	if u.nameAsked && !namesAnyone(ev.passage(), ev.says()) && (len(ev.path) == 0 || !namesAnyone(ev.path[len(ev.path)-1], ev.path[len(ev.path)-1])) {
		return false
	}
	if u.roleHolder != "" && !namesPerson(ev.passage()) && !heldBy(ev.passage(), u.roleHolder) {
		return false
	}
	if len(u.office.words) > 0 && (!anyOf(u.office.words, func(w string) bool {
		return strings.Contains(ev.says(), w) || strings.Contains(ev.path.String(), w)
	}) || !allOf(u.office.places, func(p string) bool { return strings.Contains(ev.doc.Text, p) })) {
		return false
	}
	if u.post != "" && !writesPost(ev.passage(), u.post) && (len(ev.path) == 0 || !writesPost(ev.path[len(ev.path)-1], u.post)) {
		return false
	}
	// "会长是谁" is answered by who holds the post ("会长邝立新", "由县长
	// 宓文澜任组长", "组长：阙明远"), not by "本会设会长1名" or what the
	// post does.
	if u.post != "" && !namesHolder(ev) && !statesHolder(ev.passage(), u.post) {
		return false
	}
	if u.whichNoun != "" && onlyGeneric(ev.passage(), u.whichNoun) {
		return false
	}
	if (u.asksOrg() || u.who) && !namesOrg(ev.says()) && !ev.inTask && !(u.holder && !u.asksOrg() && namesPerson(notPersons.Replace(ev.says()))) {
		// "由谁来干" is answered by a sentence that names who: a body,
		// or a person where 谁 is asked ("送餐那块谁负责": "负责人 管檀").
		return false
	}
	// "民政归哪位副县长分管" is answered by what names a person or a
	// body: the sentence, or the heading of its section.
	if u.holderPerson && !u.who && !u.asksOrg() && !namesHolder(ev) && !(asksAnyLeader(u) && namesPost(ev.says())) {
		return false
	}
	// "哪家公司中标" is answered by a company, not by the office that
	// put the work out to tender.
	// Or the heading it stands under: "（四）儿童福利和社会事务股" over
	// "承担……婚姻登记管理、殡葬管理" answers "婚姻登记归哪个股管".
	if !namesAskedKind(ev.says(), u.asked) && (len(ev.path) == 0 || !namesAskedKind(ev.path[len(ev.path)-1], u.asked)) {
		return false
	}
	// "全区养老机构总共有多少家" is not answered by "抽查了养老机构3间": a
	// total is stated as one (共, 累计, 全区, 在册…).
	// "参考率" is not answered by "通过率": a rate is named as asked.
	if u.rate != "" && !strings.Contains(ev.passage(), u.rate) {
		return false
	}
	if u.stock && !reTotalStated.MatchString(ev.passage()) {
		return false
	}
	// "公园总数有多少个" counts things: a total written before a count
	// ("公园总数达到192座"), not "新建…20个" beside "面积达15.4平方米".
	if u.stock && u.unitWord == "个" && !totalCount(ev.passage()) && !(ev.counts && reTotalStated.MatchString(ev.read)) {
		return false
	}
	// "2004年…多少" is not answered by a figure the sentence gives for
	// 2003, nor by one its part of the report gives for another year.
	// The year is written in the sentence the clause stands in as much
	// as in the clause: "经监审，2022—2024年县殡仪馆年均火化遗体3286具" is
	// of 2022—2024, not of 2025 — a year it compares with ("较2024年增长")
	// aside (review 32).
	if u.quantity && len(u.written) > 0 && yearFit(ev.says()+" "+withoutComparedYears(ev.quote()), ev.path.String(), impliedYear(ev.doc, ev.start), u.planAsk || u.future, u.written) < 0 {
		return false
	}
	// "盐田2016年接待游客多少" is of 2016: not answered by the 2016
	// report's review of 2015. Whether it asks what was done or what was
	// planned only ranks (a year's target answers when nothing reviews it).
	if fy := u.fitYears(); u.quantity && len(fy) > len(u.written) {
		// Asked what was actually done, a target of that year is no answer.
		if p := impliedYear(ev.doc, ev.start); yearFit(withoutComparedYears(ev.says()), ev.path.String(), p, !p.review && !u.doneAsk, fy) < 0 {
			return false
		}
	}
	// "棠溆镇2024年度法治先进个人每人奖了多少" of the 表彰2025年度… 决定:
	// a document that is not an annual report and whose title names the
	// year of work it is about answers for no other year, unless the
	// passage writes the year asked.
	if y := titleWorkYear(ev.doc); y != 0 && ev.doc.Kind != document.KindReport && len(u.years)+len(u.written) > 0 && !slices.Contains(u.years, y) && !slices.Contains(u.written, y) && !writesAnyYear(ev.passage(), u.years, u.written) {
		return false
	}
	// A document whose title names the year's work ("表彰2025年度…先进集体
	// 的决定", issued in 2026) speaks of it throughout.
	aboutYear := func(y int) bool {
		return ev.doc.Year > y && ev.doc.Kind != document.KindPlan && titleWorkYear(ev.doc) == y
	}
	// A part of a later document that reviews the year ("2025年，…全县
	// 农村人居环境…" over "四是…累计拆除残垣断壁1340处") speaks of it in
	// every item, as the passage writing the year would.
	// Only for a passage that writes no other year or time of its own
	// ("截至2026年5月底…", "目前…"), and not in a plan, whose year opens
	// what it plans from.
	// Read once per passage, for every year asked and both checks below.
	var ctx *reviewContext
	reviewed := func(y int) bool {
		if ctx == nil {
			ctx = reviewOf(ev)
		}
		return ctx.of(y)
	}
	// "今年几月底建好" of a report's "二、2026年工作打算 > （一）8月底前
	// 完成…": when a thing is to be done in a year, its plan for the year
	// says, item by item.
	// Read once per passage too: the year of the plan part it stands in,
	// 0 when none, or when an office's date line signs it.
	planYear := -1
	plannedFor := func(y int) bool {
		if planYear < 0 {
			planYear = 0
			if p := impliedYear(ev.doc, ev.start); u.asksDue() && !p.review && !anyOf(strings.Split(ev.text(), "\n"), document.IsDateLine) {
				planYear = p.year
			}
		}
		return planYear > 0 && planYear == y
	}
	if (yearSoft || u.yearWritten[ev.doc.ID]) && !writesAnyYear(ev.passage(), u.years) && !slices.ContainsFunc(u.years, aboutYear) && !slices.ContainsFunc(u.years, reviewed) && !slices.ContainsFunc(u.years, plannedFor) {
		return false
	}
	// A later document answers of the year asked only where it states
	// the year's own figure ("2025年全县累计探访4.36万人次"), not where it
	// compares with it ("为2025年全年的53%", "较2025年同期增长15%").
	if u.yearWritten[ev.doc.ID] && !statesYearOf(ev.says(), u.years) && !slices.ContainsFunc(u.years, reviewed) && !slices.ContainsFunc(u.years, plannedFor) {
		return false
	}
	return true
}

// pickAnswer chooses the sentences of a single-document answer.
func pickAnswer(evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	var out []evidence
	evs = agentFirst(evs, u, wt, yearSoft)
	// What says why answers a question asking why first: a sentence
	// restating the matter in more of its words ("实际进度滞后计划4.2个
	// 百分点") follows what its document says of the causes, and does not
	// set the bar they must reach. (Another document's cause is of
	// another matter; and a cause may be written with no word of causing,
	// "天保工程区…暂不实施…", so the rest is kept after.)
	floor := relativeFloor(evs)
	if u.reason {
		var doc *index.StoredDoc
		var causes, rest []evidence
		for _, ev := range evs {
			ok := supported(ev, u, wt, yearSoft)
			if doc == nil && ok {
				doc = ev.doc
			}
			if ok && ev.doc == doc && causeStated(ev.says(), ev.path) {
				causes = append(causes, ev)
			} else {
				rest = append(rest, ev)
			}
		}
		if len(causes) > 0 {
			floor = relativeFloor(causes)
			evs = append(causes, rest...)
		}
	}
	for _, ev := range evs {
		if !supported(ev, u, wt, yearSoft) || ev.coverage < floor {
			continue
		}
		if len(out) == 0 {
			out = append(out, ev)
			continue
		}
		limit := 2
		if u.list || u.reason {
			limit = listLimit(evs, out[0].score)
		}
		if len(out) >= limit || ev.score < out[0].score*joinFraction {
			break
		}
		if ev.doc.ID != out[0].doc.ID && !u.cross {
			continue
		}
		if overlaps(out, ev) {
			continue
		}
		out = append(out, ev)
	}
	if len(out) == 0 {
		out = typedBest(evs, u, wt, yearSoft)
	}
	return eachRival(eachPlace(withRuling(withOutcome(out, u), evs, u, wt), evs, u, wt, yearSoft), evs, u, wt, yearSoft)
}

// withRuling answers a yes-or-no question whose best sentence tells of the
// matter but rules on nothing with the next sentence of its paragraph when
// that rules ("拟将…更名为“和顺巷”" then "…均为历史地名…，不同意更名").
func withRuling(out, evs []evidence, u understood, wt weightedTokens) []evidence {
	if !u.yesNo || len(out) != 1 || out[0].read != "" || reRuling.MatchString(out[0].says()) {
		return out
	}
	ev := out[0]
	// The next sentence, on the same line, speaks of the matter too
	// (some word of the question).
	of := func(n evidence) bool {
		return reRuling.MatchString(n.says()) && wt.coverage(n.says(), "", nil) > 0
	}
	if next, ok := nextSentence(ev); ok && of(next) {
		return append(out, next)
	}
	// A long next sentence is among the passages scored, whole.
	for _, n := range evs {
		if n.doc == ev.doc && n.qStart >= ev.qEnd && strings.TrimSpace(ev.doc.Text[ev.qEnd:n.qStart]) == "" && !strings.Contains(ev.doc.Text[ev.qEnd:n.qStart], "\n") && of(n) {
			return append(out, n)
		}
	}
	return out
}

// reRivals is a question that compares two things by name: "A和B哪个
// 更…", "A跟B比哪条长", "A与B谁多" — the words from the first name to the
// asking; where they split in two is read against the document
// (rivalNames), as either name may begin with 和 (和平路).
var reRivals = regexp.MustCompile(`(\p{Han}{2,}?(?:和|跟|与|同)\p{Han}{2,}?)(?:相比|比)?(?:哪个|哪条|哪座|哪家|哪所|哪位|哪一个|哪一条|哪边|谁)`)

// reRivalJoin joins the two names compared.
var reRivalJoin = regexp.MustCompile(`和|跟|与|同`)

// maxRivalRunes bounds the name of a thing compared; minRivalCoverage is
// how much of the question a passage on one of them covers at least (the
// other's name is not in it).
const (
	maxRivalRunes    = 8
	minRivalCoverage = 0.3
)

// rivalNames are the names of the two things u compares as the document
// writes them: of each way the words split at a 和 (跟, 与, 同), the
// longest end of those before it and the longest start of those after it
// that doc writes ("这次命名的望溪路" → 望溪路); the split whose names are
// longest ("东风路和和平路": 东风路, 和平路, not 东风路和, 平路).
func rivalNames(u understood, doc *index.StoredDoc) []string {
	var best []string
	bestRunes := 0
	for _, j := range reRivalJoin.FindAllStringIndex(u.rivals, -1) {
		left, right := writtenEnds(u.rivals[:j[0]], u.rivals[j[1]:], doc)
		if left == "" || right == "" || strings.Contains(left, right) || strings.Contains(right, left) {
			continue
		}
		if n := utf8.RuneCountInString(left + right); n > bestRunes {
			best, bestRunes = []string{left, right}, n
		}
	}
	return best
}

// writtenEnds are the longest end of left and start of right that doc
// writes. "和平路的宽度和东风路的宽度": what is compared of each (宽度) is
// no name; the possessors are.
func writtenEnds(left, right string, doc *index.StoredDoc) (string, string) {
	if i, j := strings.LastIndex(left, "的"), strings.LastIndex(right, "的"); i > 0 && j > 0 && left[i:] == right[j:] {
		left, right = left[:i], right[:j]
	}
	l, r := []rune(left), []rune(right)
	var a, b string
	for n := min(len(l), maxRivalRunes); n >= 2 && a == ""; n-- {
		if w := string(l[len(l)-n:]); strings.Contains(doc.Text, w) {
			a = w
		}
	}
	for n := min(len(r), maxRivalRunes); n >= 2 && b == ""; n-- {
		if w := string(r[:n]); strings.Contains(doc.Text, w) {
			b = w
		}
	}
	return a, b
}

// rowKey is the cell that names what a table row is of: its first with
// words (the 序号 before it is a number).
func rowKey(ev evidence) string {
	cells, ok, _ := cellsOf(ev.doc.Text[ev.row.start:ev.row.end])
	if !ok {
		return ""
	}
	for _, c := range cells {
		if hasHanText(c) {
			return c
		}
	}
	return ""
}

// eachRival adds, for each of two things compared by name that the
// answer does not speak of, the best passage of the answer's document on
// it: "望溪路和智造大道哪条更长" is answered by both roads' rows.
func eachRival(out, evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	if len(out) == 0 {
		return out
	}
	// A table's row of a thing speaks of it more than a sentence that
	// names it among others ("上垟村、石笋村…均不足1000人").
	names := rivalNames(u, out[0].doc)
	for _, n := range names {
		for _, rowOnly := range []bool{true, false} {
			of := func(ev evidence) bool {
				if rowOnly {
					return ev.read != "" && strings.Contains(rowKey(ev), n)
				}
				return strings.Contains(ev.says(), n)
			}
			if anyOf(out, of) {
				break
			}
			i := slices.IndexFunc(evs, func(ev evidence) bool {
				return ev.doc == out[0].doc && of(ev) && !overlaps(out, ev) && supportedAt(ev, u, wt, yearSoft, minRivalCoverage)
			})
			if i >= 0 {
				out = append(out, evs[i])
				break
			}
		}
	}
	return out
}

// reProcedureAsked asks what is to be done ("不服怎么办", "材料咋弄",
// "流程是啥"): the item that says it, told to its end, answers — not its
// first sentence alone ("…提交复核申请表" without "核对中心应当在10个工作
// 日内完成复核").
var reProcedureAsked = regexp.MustCompile(`(?:怎么|咋|如何|怎样)(?:办|弄|整|走|操作|处理)(?:$|[?？呢啊吧\s])|流程|步骤`)

// reArticleOrCircled opens an article or a circled item: a new matter.
var reArticleOrCircled = regexp.MustCompile(`^\s*(?:第[一二三四五六七八九十百零〇\d]+条|[①②③④⑤⑥⑦⑧⑨⑩])`)

// reTimeLimit is a time limit a step is given ("10个工作日内", "3日内").
var reTimeLimit = regexp.MustCompile(`(?:\d+|[一二三四五六七八九十]+)(?:个工作日|日|天|小时|个月)内`)

// reRuleStated is a sentence that lays down what is to be done.
var reRuleStated = regexp.MustCompile(`应当|可以|须|应于|应在|不得`)

// reOutcomeAsked asks what was done about a matter: how it was dealt
// with (咋整改的, 怎么处理的, 后来怎么办), or its result (处理结果,
// 整改到位了吗). Not how to do a thing (怎么办理, 如何改进): that asks a
// procedure or a plan, which no account of a case answers.
var reOutcomeAsked = regexp.MustCompile(`(?:咋|怎么|怎样|如何)(?:整改|处理|处置|解决|答复|回复|处分|处罚|弄|办)的|(?:后来|最后|最终)(?:是)?(?:咋|怎么|怎样|如何)|(?:整改|处理|处置|解决|办理)(?:的)?(?:结果|情况|得怎么样|到位了吗|到位没|了没|了吗)|有没有整改`)

// reItemStart begins an item of a list: （二）, 二是, 2., 二、.
var reItemStart = regexp.MustCompile(`^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[是、]|\d+[.．、])`)

// maxOutcomeUnits bounds what withOutcome adds: the sentences that say
// what was done, not the rest of a long paragraph.
const maxOutcomeUnits = 2

// withOutcome answers a question of what was done about a matter with
// what follows the sentence that tells of it, in the same paragraph: a
// case's account goes on from what happened to what was found and done
// ("…给予“不满意”评价。经核实，…。县公安局已对相关人员进行批评教育…"),
// and the sentence that best words the question is the first of them.
func withOutcome(out []evidence, u understood) []evidence {
	if !(u.outcome || u.procedure) || len(out) != 1 || out[0].read != "" {
		return out
	}
	// What is to be done is told by a rule ("…的，可以…", "须…"); a
	// case a report tells ("关于临时救助审批不规范问题") says no way of
	// doing it, and what follows it is what was done about it (review 28).
	if !u.outcome && !reRuleStated.MatchString(out[0].text()) {
		return out
	}
	last := out[0]
	last.start, last.end = last.qStart, last.qEnd // from the whole sentence on
	for n := 0; n < maxOutcomeUnits; n++ {
		next, ok := nextSentence(last)
		// A run-on line of several cases: the next case is not this one's
		// account ("…已整改到位。（二）关于临时救助…"), nor is an article
		// or a ① after it; text addressed to the assistant is never one.
		if !ok || reItemStart.MatchString(next.text()) || reArticleOrCircled.MatchString(next.text()) || isInstruction(next.text()) {
			break
		}
		// What is to be done goes on as rules and time limits do, not
		// as what the paragraph says besides ("本县2025年共救助…").
		if !u.outcome && !reRuleStated.MatchString(next.text()) && !reTimeLimit.MatchString(next.text()) {
			break
		}
		out = append(out, next)
		last = next
	}
	return out
}

// eachPlace adds, for each place asked that the answer does not speak
// of, the best passage of the answer's document on it: "石岭镇和白沙镇各
// 搞了什么" is answered of both towns.
func eachPlace(out, evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	if len(u.places) < 2 || len(out) == 0 {
		return out
	}
	of := func(ev evidence, p string) bool {
		return strings.Contains(ev.says(), p) || strings.Contains(ev.path.String(), p)
	}
	floor := relativeFloor(evs)
	for _, p := range u.places {
		if anyOf(out, func(ev evidence) bool { return of(ev, p) }) {
			continue
		}
		for _, ev := range evs {
			if ev.doc == out[0].doc && of(ev, p) && ev.coverage >= floor && !overlaps(out, ev) && supported(ev, u, wt, yearSoft) {
				out = append(out, ev)
				break
			}
		}
	}
	return out
}

// typedBest answers a question whose wording the documents paraphrase
// ("最多能去同一家企业查几回" of "年度检查原则上不超过2次"): when no
// sentence covers enough of its words, the best one still answers if it
// is of the kind asked (a figure for 多少, a date for 哪天), covers some
// of them, and no other document's sentence comes near it.
func typedBest(evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	if u.where && len(evs) > 0 && allSameDoc(evs) {
		// "调解员那个培训班在哪里上课": of the one document the question
		// names, the passage under a heading of place (培训地点), or a
		// field of place, answers, whatever else it words.
		fits := func(label string) bool { return label != "" && u.fieldFits(label) }
		for _, ev := range evs {
			if n := len(ev.path); fits(fieldAt(ev.doc.Text, ev.start)) || n > 0 && fits(strings.TrimRight(ev.path[n-1], "。.:： ")) {
				return []evidence{ev}
			}
		}
	}
	if !(u.quantity || u.when) || len(evs) == 0 {
		return nil
	}
	best := -1
	for i, ev := range evs {
		if best < 0 || ev.score > evs[best].score {
			best = i
		}
	}
	top := evs[best]
	if !supportedAt(top, u, wt, yearSoft, typedCoverage) || top.coverage < relativeFloor(evs) {
		return nil
	}
	for _, ev := range evs {
		if ev.doc != top.doc && ev.score*typedMargin > top.score {
			return nil
		}
	}
	return []evidence{top}
}

// typedCoverage and typedMargin: how little of the question a sentence of
// the kind asked may cover, and how far ahead of every other document's
// best it must stand (chosen on the tune splits).
const (
	typedCoverage = 0.2
	typedMargin   = 1.1
)

// relativeShare: a sentence that says less than half of what the
// documents' best sentence says of the question does not answer it — the
// best speaks of the asked thing (长者饭堂) without the asked measure, and
// a sentence with a figure that shares one minor word (老年人) is about
// something else. Chosen on the tune splits: 0.5 loses no answer there and
// refuses two more unanswerable questions; 0.6 and above refuse answerable
// ones (swept 0, 0.4, 0.5, 0.6, 0.7).
const relativeShare = 0.5

// relativeFloor is the least coverage an answering sentence may have.
func relativeFloor(evs []evidence) float64 {
	best := 0.0
	for _, ev := range evs {
		best = max(best, ev.coverage)
	}
	return relativeShare * best
}

// listLimit is how many sentences answer a list question: three, or as
// many as score about as well as the best — parallel items such as the
// five headings "(一)…打造加工制造中心" … "(五)…打造销售服务中心" — up to
// maxListItems.
func listLimit(evs []evidence, top float64) int {
	n := 0
	for _, ev := range evs {
		if ev.score >= top*parallelFraction {
			n++
		}
	}
	return min(max(3, n), maxListItems)
}

const (
	parallelFraction = 0.95
	maxListItems     = 8
)

func overlaps(evs []evidence, ev evidence) bool {
	for _, o := range evs {
		if o.doc.ID == ev.doc.ID && o.qStart < ev.qEnd && ev.qStart < o.qEnd {
			return true
		}
	}
	return false
}

// perDocument picks the best supported sentence of each document, for
// questions across units ("各单位的报告里人民调解是怎么做的?").
// Several places asked ("石岭和白沙…分别多少") are each answered where
// one document writes of them all: its passage on each place.
func perDocument(evs []evidence, u understood, wt weightedTokens) []evidence {
	seen := map[string]bool{}
	var out []evidence
	for _, ev := range evs {
		key := ev.doc.ID
		if len(u.places) > 1 {
			for _, p := range u.places {
				if strings.Contains(ev.says(), p) {
					key += "\x00" + p
					break
				}
			}
		}
		if seen[key] || !supported(ev, u, wt, false) {
			continue
		}
		seen[key] = true
		out = append(out, ev)
		if len(out) == 6 {
			break
		}
	}
	return out
}

// bareHeading reports whether ev is a heading with nothing under it: no
// body, no sub-headings, and no figure in its title (a heading that
// states one says something: "三、…给予举报人每次100元奖励").
func bareHeading(ev evidence) bool {
	s, end, ok := titleLineOf(ev)
	if !ok {
		return false
	}
	d := ev.doc
	line := strings.TrimSpace(d.Text[s.Start:end])
	// A heading that asks ("（三）急难型救助是否做到先行救助？") with
	// nothing under it is what an 调研提纲 says: a question it puts.
	if asksItself(line) {
		return false
	}
	return strings.TrimSpace(d.Text[end:min(s.End, len(d.Text))]) == "" && !reDigits.MatchString(line) &&
		!strings.HasSuffix(line, ":") && !strings.HasSuffix(line, "：") && !strings.HasPrefix(line, "第")
}

// titleLineOf is the section whose heading line holds ev, with that
// line's end, when the line carries nothing but the heading's title
// (no body written after it on the line).
func titleLineOf(ev evidence) (*document.Section, int, bool) {
	d := ev.doc
	from := lineStartAt(d.Text, ev.start)
	for i := range d.Sections {
		s := &d.Sections[i]
		if s.Start > ev.start {
			break
		}
		if s.Start < from {
			continue
		}
		end := lineEndAt(d.Text, s.Start)
		line := strings.TrimRight(compactSpace(d.Text[s.Start:end]), titleStops)
		head := strings.TrimRight(compactSpace(s.Heading), titleStops)
		return s, end, line == head || line == compactSpace(s.Marker)+head
	}
	return nil, 0, false
}

// compactSpace is s without its spaces: headings are written with and
// without one after the marker ("五、 强化…").
func compactSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// lineStartAt is the start of the line holding offset i.
func lineStartAt(text string, i int) int {
	return strings.LastIndexByte(text[:i], '\n') + 1
}

// reGrade is a thing's grade by number: 一星级, 二等奖, 三档, 第二批.
var reGrade = regexp.MustCompile(`(第?)([一二三四五六七八九十0-9]+)(星级|等奖|档|批|类)`)

// askedGrades are the numbered grades a question asks of ("一星级").
func askedGrades(q string) []grade {
	var out []grade
	for _, m := range reGrade.FindAllStringSubmatch(q, -1) {
		out = append(out, grade{m[2] + m[3], m[3]})
	}
	return out
}

// grade is a numbered grade and its kind: 一星级 of 星级.
type grade struct{ asked, kind string }

// otherGrade reports whether text numbers a grade of a kind the question
// asks of, and never the grade asked.
func otherGrade(asked []grade, text string) bool {
	for _, g := range asked {
		if strings.Contains(text, g.asked) {
			continue
		}
		for _, t := range reGrade.FindAllStringSubmatch(text, -1) {
			if t[3] == g.kind {
				return true
			}
		}
	}
	return false
}

// reYearComparedWith is a year a figure is measured against (比2024年,
// 较2024年, 高于2024年) — not "于2024年建成", a year of its own
// (review 43).
var reYearComparedWith = regexp.MustCompile(`(?:` + comparedWith + `)\s*((?:19|20)\d{2})\s*年`)

// comparedWith are the words a figure is measured against a year with.
const comparedWith = `较|比|与|同|超过|低于|高于`

// reYearCompared is a year written as what a figure is compared with.
var reYearCompared = regexp.MustCompile(`(?:` + comparedWith + `|为|于)\s*((?:19|20)\d{2})\s*年`)

// withoutComparedYears blanks the years text compares with ("较2024年增
// 长"): what it states is of another year.
func withoutComparedYears(text string) string { return reYearCompared.ReplaceAllString(text, " ") }

// statesYearOf reports whether text writes one of years other than as
// what it compares with.
func statesYearOf(text string, years []int) bool {
	compared := map[string]int{}
	for _, m := range reYearCompared.FindAllStringSubmatch(text, -1) {
		compared[m[1]]++
	}
	for _, y := range years {
		w := strconv.Itoa(y)
		if n := strings.Count(text, w+"年"); n > compared[w] {
			return true
		}
	}
	return false
}

// ownYearFirst drops what later documents say of the year asked when a
// document of that year itself answers about as well: "去年临时救助了多少
// 人次" is the year's own summary's, not a later one's. A later passage
// far better on the question's words (the year's documents speak of
// another subsidy) still answers.
func ownYearFirst(evs []evidence, u understood, wt weightedTokens, yearSoft bool) []evidence {
	if len(u.yearWritten) == 0 {
		return evs
	}
	own := -1.0
	for _, ev := range evs {
		if !u.yearWritten[ev.doc.ID] && supported(ev, u, wt, yearSoft) {
			own = max(own, ev.coverage)
		}
	}
	if own < 0 {
		return evs
	}
	return filter(evs, func(ev evidence) bool { return !u.yearWritten[ev.doc.ID] || ev.coverage*joinFraction > own })
}

// reImprintLabel opens a line of a 公文's 版记: the bodies copies went to.
var reImprintLabel = regexp.MustCompile(`^[ \t\x{3000}]*(?:分送|抄送|抄报)[:：]`)

// changeFitBonus is what a sentence that states a change scores beside
// one that states a figure, for a question asking how a figure changed: a
// tie-breaker, less than rulingBonus, as the figure alone often answers
// too (tune: pooled flat, the change questions of test −4).
const changeFitBonus = 0.1

// reChangeStated states how a figure changed: against a year or a round
// ("较上年增加", "比2023年的3960万元增长23%", "同比下降"), or from what to
// what ("由每人每月820元提高到860元", "从3500元调整为4000元").
var reChangeStated = regexp.MustCompile(`(?:比|较|与|同|跟)(?:上年|去年|上一年度?|上年度|上季度|上月|上期|同期|年初|前年|首报|上次|上回|(?:19|20)\d{2}年)[^，。；;,]{0,16}?(?:增加|减少|增长|下降|提高|降低|上升|提升|持平|多\d|少\d)|相比[，,]?[^，。；;,]{0,16}?(?:增加|减少|增长|下降|提高|降低|上升|提升|持平)|(?:同比|环比)(?:增加|减少|增长|下降|提高|降低|上升|提升)|[由从][^，。；;,]{1,20}?(?:增至|增加到|增加至|增长到|增长至|提高到|提高至|提升到|提升至|调整为|调整到|调整至|调为|调到|降至|降到|降低到|降低至|下降到|下降至|减少到|减少至|减至|上调至|上调到|上调为|下调至|下调到|下调为|扩大到|扩大至)`)

// causeStated reports whether a passage says why, or stands under a
// heading (path) that names the causes.
func causeStated(text string, path document.HeadingPath) bool {
	return reCauseStated.MatchString(text) || causesHeading(path) != ""
}

// causesHeading is the heading of path that names the causes of what its
// items tell ("二、支出偏慢的原因", "（三）滞后原因分析"), "" if none.
func causesHeading(path document.HeadingPath) string {
	if i := slices.IndexFunc(path, func(h string) bool { return strings.Contains(h, "原因") }); i >= 0 {
		return path[i]
	}
	return ""
}

// reCauseStated says why something came about, or what for: "34人因…账
// 户已注销被退回" as much as 由于 and 原因 (not 因此, 因地制宜, 因素).
var reCauseStated = regexp.MustCompile(`因为|由于|原因|因[^此而地素果]|导致|造成|致使|所致|受[^，。；;,]{1,12}影响|为了|旨在|目的`)

// changeFigureBytes is how far after a stated change its figure is looked
// for: six Han runes.
const changeFigureBytes = 18

// changeStated reports whether text states how a figure changed: a change
// written (reChangeStated) with a figure in it or right after it — "由县民
// 政局调整为县医保局承担" moves a duty, and "提高到新的高度" no figure.
func changeStated(text string) bool {
	// The figure may follow the verb ("增加296.50万元"): a few runes after
	// the match are read with it (bytes: a cut rune cannot make a digit).
	for _, m := range reChangeStated.FindAllStringIndex(text, -1) {
		if reDigits.MatchString(text[m[0]:min(len(text), m[1]+changeFigureBytes)]) {
			return true
		}
	}
	return false
}

// rulingBonus is what a sentence that rules yes or no scores beside one
// that only names what is asked, for a yes/no question (tune: 0.04 and
// 0.08 cost 2, 0.15 answered 3 more).
const rulingBonus = 0.15

// monthFitBonus is what a sentence stating the month a question names
// from now (上个月, 下个月) scores.
const monthFitBonus = 0.1

// agentBonus is what a sentence naming a person or a body beside the act
// scores for a question asking who did a thing.
const agentBonus = 0.1

// holderFitBonus lifts, for a question asking who, a sentence that names
// a person or a body.
const holderFitBonus = 0.08

// actWritten reports whether text writes the act a question asks the doer
// of: the act whole, or its one character (拍 of 拍摄); a light verb
// (谁作的, 谁搞的) stands for any act.
func actWritten(text, act string) bool {
	if strings.ContainsAny(act, lightVerbs) && utf8.RuneCountInString(act) == 1 {
		return true
	}
	return strings.Contains(text, act)
}

// lightVerbs stand for whatever act their object names.
const lightVerbs = "作做搞弄干办"

// listsOfKind reports whether text lists two names at least that end with
// kind, one after the other ("上垟村、下垟村", "望溪桥，潆湾桥"): not one
// name, nor the kind alone ("各村").
// unlistedKindWeight discounts a passage that lists none of the kind a
// "哪些X" question asks.
const unlistedKindWeight = 0.85

func listsOfKind(text, kind string) bool {
	re, ok := listOfKind.Load(kind)
	if !ok {
		// Or closes a list with the count of things of the kind ("察看了
		// A中心、B站、C食堂等8个点位" lists 点).
		re, _ = listOfKind.LoadOrStore(kind, regexp.MustCompile(`(\p{Han}{1,6}`+regexp.QuoteMeta(kind)+`)[、，,和及与](\p{Han}{1,6}?`+regexp.QuoteMeta(kind)+`)`+
			`|`+countedList+`[个家项处类所名位条批件座]?`+regexp.QuoteMeta(kind)))
	}
	// Two of the kind, not one written twice ("报送综合协调组，综合协调组
	// 于…" names one group).
	for _, m := range re.(*regexp.Regexp).FindAllStringSubmatch(text, -1) {
		if m[1] == "" || !strings.HasSuffix(m[1], m[2]) && !strings.HasSuffix(m[2], m[1]) {
			return true
		}
	}
	return false
}

// listOfKind caches listsOfKind's patterns by kind (a few: the kinds
// reListKindAsked reads).
var listOfKind sync.Map

// reRuling is a sentence that rules yes or no: a negation, a permission,
// a duty or a ban — or a condition and the negated consequence after it
// ("在签约期外签订协议的，不享受…奖励"), not a problem described (…的，不
// 够及时; review 43).
var reRuling = regexp.MustCompile(`的[，,]\s*不(?:予|得|再|能|享受|列入|纳入|计入|给予|发放|受理|支持|适用|办理|补偿|补贴|报销|收取)|不同意|不收|免收|暂无|尚无|均无|并无|不得|不予|不另行|不再|不能|不应|不需|无需|无须|不必|不属于|未|没有|禁止|严禁|一律|可以|可按|可由|可先|允许|应当|必须|须|免于|免予|视同|一视同仁|同等`)
