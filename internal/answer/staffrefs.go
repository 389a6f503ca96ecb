package answer

// How staff refer to what the documents name otherwise: a person by
// surname and post, a document by what it is about and its genre.

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// rePostRef is a person as staff call one: a surname and a post (卜县长,
// 龙副县长, 莫股长).
// 局 alone is 局长 as staff say it ("亓局分管哪几个股室", "覃局也不在呢"),
// after a character that begins no office's name (政局 of 民政局 is none).
var rePostRef = regexp.MustCompile(`(\p{Han})(副?(?:县长|市长|区长|镇长|乡长|局长|主任|书记|部长|院长|所长|站长|股长|科长|组长|主席)|局)`)

// sentenceLeads begin a sentence, where a person's name stands as its
// subject; personLeads are words that bring a person within one (由, 对,
// 与, 责令, 免去…).
const (
	sentenceLeads = "。；;！!？?\n"
	personLeads   = "：:，,、 　由对与和及同经令去给向让请"
)

// personEnds come right after a person's name: a mark, 同志, 的.
var personEnds = []string{"，", ",", "。", "；", "、", "：", "（", "(", " ", "　", "\n", "同志", "的"}

// writtenAsPerson reports whether text writes name where a person's name
// stands: opening a sentence ("周立新提出三点要求"), or after a word that
// brings a person and before a mark, 同志, 的 or a post ("由周德明的…").
// "本月" of "，于本月底前", "县民" of "向县民政局" are neither.
func writtenAsPerson(text, name string) bool {
	for at := 0; ; {
		i := strings.Index(text[at:], name)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(name)
		prev, n := utf8.DecodeLastRuneInString(text[:i])
		if n == 0 || strings.ContainsRune(sentenceLeads, prev) {
			return true
		}
		rest := text[at:]
		if strings.ContainsRune(personLeads, prev) && (rest == "" || anyOf(personEnds, func(e string) bool { return strings.HasPrefix(rest, e) }) || rePostStart.MatchString(rest)) {
			return true
		}
	}
}

// rePostStart is a post at the start of a text.
var rePostStart = regexp.MustCompile(`^(?:副)?(?:` + postWords + `|\p{Han}?长)`)

// repeatedName is the name run begins with (its surname and one or two
// characters more) that the text writes more than once, the longer
// first: "周德明未" gives 周德明 where the text writes 周德明 again.
func repeatedName(text, run string) string {
	rs := []rune(run)
	for n := len(rs); n >= 2; n-- {
		if name := string(rs[:n]); strings.Count(text, name) >= 2 {
			return name
		}
	}
	return ""
}

// notSurnames end an office's name before 局 (民政局, 财政局, 分局, 该局)
// and are seldom surnames; whether another character is one is read from
// the documents (writes: 健康局 is written, 是覃局 is not).
const notSurnames = "政法财务理计源育信急保业商通障建设环统体医药监税审侨粮邮气物事分本该各这那此某县市省乡镇总当原新老大每到报交找上"

// namedPerson rewrites "卜县长分管哪些部门" as "卜振涛分管哪些部门" when the
// readable documents name exactly one person of that surname with that
// post — "卜振涛(县政府副县长)", "副县长卜振涛同志" — for the documents
// write the name, not the way staff address its bearer.
func (e *Engine) namedPerson(q string, allow func(string) bool) string {
	asked := q // read; q is rewritten as names are found
	for _, loc := range rePostRef.FindAllStringSubmatchIndex(asked, -1) {
		ref, surname, post := asked[loc[0]:loc[1]], asked[loc[2]:loc[3]], asked[loc[4]:loc[5]]
		if post == "局" && strings.Contains(notSurnames, surname) {
			continue
		}
		// "县卫生健康局", "村民小组长": the character before belongs to a
		// word the documents write with the post (健康局, 小组长) — an
		// office or a post, not a surname (review 27).
		if prev, n := utf8.DecodeLastRuneInString(asked[:loc[0]]); n > 0 && zh.IsHan(prev) && e.writes(string(prev)+ref, allow) {
			continue
		}
		if post == "局" {
			post = "局长"
		}
		re := regexp.MustCompile(regexp.QuoteMeta(surname) + `(\p{Han}{1,2})(?:[(（][^)）\n]{0,24}` + regexp.QuoteMeta(post) + `|同志[^\n]{0,6}` + regexp.QuoteMeta(post) + `)|` +
			regexp.QuoteMeta(post) + regexp.QuoteMeta(surname) + `(\p{Han}{1,2})(?:同志|[,，、。;；:：\s(（])|` +
			regexp.QuoteMeta(post) + regexp.QuoteMeta(surname) + `(\p{Han}{1,2})`)
		var names []string
		// Only the documents the index says write the post are read.
		var writers []string
		pr := []rune(post)
		e.Index.TokenInDocs(string(pr[len(pr)-2:]), func(id string) bool {
			writers = append(writers, id)
			return false
		})
		for _, id := range writers {
			d, ok := e.Index.Doc(id)
			if !ok || allow != nil && !allow(id) || !strings.Contains(d.Text, post) || !strings.Contains(d.Text, surname) {
				continue
			}
			for _, n := range re.FindAllStringSubmatch(d.Text, -1) {
				name := surname + n[1] + n[2]
				if n[3] != "" {
					// "院长周德明未经…": the name runs into the sentence;
					// it is the one the text writes elsewhere as a
					// person, opening a sentence or after a word that
					// brings one ("由周德明个人保管", "责令周德明于") —
					// "主任任期", "主任委员" are words.
					if name = repeatedName(d.Text, surname+n[3]); name == "" || !writtenAsPerson(d.Text, name) {
						continue
					}
				}
				// "小组（组长：…）" names a group, not a person.
				if strings.ContainsAny(strings.TrimPrefix(name, surname), notNameChars) {
					continue
				}
				if !slices.Contains(names, name) {
					names = append(names, name)
				}
			}
		}
		if len(names) == 1 {
			q = strings.Replace(q, ref, names[0], 1)
		}
	}
	return q
}

// reWordsPointedGenre is a document pointed at by what it is about, a
// demonstrative and its genre: "冬春救助和敬老院改造那个请示".
var reWordsPointedGenre = regexp.MustCompile(`(\p{Han}{2,16}?)(?:` + demonstratives + `)(` + genreAlt + `)`)

// namedByWordsPointed names the one document of the genre pointed at
// whose title writes each of the things said before the demonstrative,
// their characters in order though not side by side ("冬春救助" of 冬春困难
// 群众救助资金, "敬老院改造" of 敬老院消防安全改造): staff name a document
// by what it is about, in their own short words.
func (e *Engine) namedByWordsPointed(q string, allow func(string) bool) namedDocs {
	var out namedDocs
	for _, m := range reWordsPointedGenre.FindAllStringSubmatchIndex(q, -1) {
		words, genre := q[m[2]:m[3]], q[m[4]:m[5]]
		parts := namingWords(words, reItemJoin)
		if len(parts) == 0 {
			continue
		}
		// An office's name is the issuer's, whether the title writes it
		// or not ("民政局那个请示").
		hits := e.ofGenreWriting(genre, parts, allow, func(p string, d *index.StoredDoc) bool {
			return inOrderWithin(p, d.Title) || strings.Contains(d.Org, p)
		})
		if len(hits) == 1 {
			out.docs = append(out.docs, hits[0])
			out.spans = append(out.spans, [2]int{m[0], m[1]})
		}
	}
	return out
}

// inOrderWithin reports whether text holds the characters of p in order,
// beginning with its first, within twice its length and four more.
func inOrderWithin(p, text string) bool {
	ps, ts := []rune(p), []rune(text)
	for i, r := range ts {
		if r != ps[0] {
			continue
		}
		k, j := 1, i+1
		for ; k < len(ps) && j < len(ts) && j-i < 2*len(ps)+4; j++ {
			if ts[j] == ps[k] {
				k++
			}
		}
		if k == len(ps) {
			return true
		}
	}
	return false
}

// maxGenreWordsRunes bounds the words before a genre word that may name
// a document by what it is about.
const maxGenreWordsRunes = 8

// reWordsJoin joins the words that name a document by what it is about:
// "人社的欠薪", "低保和临时救助".
var reWordsJoin = regexp.MustCompile(`的|` + reItemJoin.String())

// namingWords are the words of two runes or more that join splits a run
// naming a document into.
func namingWords(words string, join *regexp.Regexp) []string {
	return filter(join.Split(words, -1), func(p string) bool { return utf8.RuneCountInString(p) >= 2 })
}

// namedByWordsGenre names the documents of a genre whose titles (or
// issuers) write each of the words just before the genre word, their
// characters in order ("审计整改报告" of …审计局审计发现问题整改情况的报告,
// "民生清单通知" of …民生实事项目清单…的通知, "人社的欠薪意见书"): a
// question about a document's head (its date, its 文号) names it so,
// without pointing. The longest such words that a few titles (at most
// maxNamedAlike) write name them; words too many titles write name none.
func (e *Engine) namedByWordsGenre(q string, allow func(string) bool) namedDocs {
	var out namedDocs
	for _, m := range reGenreWord.FindAllStringIndex(q, -1) {
		genre := q[m[0]:m[1]]
		before := []rune(q[:m[0]])
		run := 0
		for run < len(before) && run < maxGenreWordsRunes && zh.IsHan(before[len(before)-1-run]) {
			run++
		}
		for n := run; n >= 2; n-- {
			words := string(before[len(before)-n:])
			if asksAt([]rune(words), 0, n) {
				continue
			}
			parts := namingWords(words, reWordsJoin)
			if len(parts) == 0 {
				continue
			}
			hits := e.ofGenreWriting(genre, parts, allow, func(p string, d *index.StoredDoc) bool {
				return inOrderWithin(p, d.Title) || wordsInOrder(p, d.Title) || inOrderWithin(p, d.Org)
			})
			if n+2 <= run {
				// "督查反馈意见" names no 巡察反馈意见 by its 反馈: the word
				// right before, which another title writes and these do
				// not, says which kind is meant.
				if w := string(before[len(before)-n-2 : len(before)-n]); e.anyTitleHas(w, allow) {
					hits = slices.DeleteFunc(hits, func(d *index.StoredDoc) bool { return !strings.Contains(d.Title, w) })
				}
			}
			if len(hits) == 0 {
				continue
			}
			if len(hits) <= maxNamedAlike {
				out.docs = append(out.docs, hits...)
				for range hits {
					out.spans = append(out.spans, [2]int{len(string(before[:len(before)-n])), m[1]})
				}
			}
			break
		}
	}
	return out
}

// anyTitleHas reports whether some document the caller may read has w in
// its title.
func (e *Engine) anyTitleHas(w string, allow func(string) bool) bool {
	return slices.ContainsFunc(e.Index.Docs(), func(d *index.StoredDoc) bool {
		return (allow == nil || allow(d.ID)) && strings.Contains(d.Title, w)
	})
}

// wordsInOrder reports whether text writes p's two-character words in
// order, however far apart: "暴雨情况" of "…暴雨灾害受灾群众…救助情况的报告".
func wordsInOrder(p, text string) bool {
	rs := []rune(p)
	if len(rs) < 4 || len(rs)%2 != 0 {
		return false
	}
	at := 0
	for i := 0; i < len(rs); i += 2 {
		j := strings.Index(text[at:], string(rs[i:i+2]))
		if j < 0 {
			return false
		}
		at += j + len(string(rs[i:i+2]))
	}
	return true
}

// ofGenreWriting are the documents of the genre the caller may read of
// which writes holds for each of parts.
func (e *Engine) ofGenreWriting(genre string, parts []string, allow func(string) bool, writes func(p string, d *index.StoredDoc) bool) []*index.StoredDoc {
	var hits []*index.StoredDoc
	for _, n := range e.names {
		d := n.doc
		if (allow != nil && !allow(d.ID)) || !ofGenre(d, genre) {
			continue
		}
		if allOf(parts, func(p string) bool { return writes(p, d) }) {
			hits = append(hits, d)
		}
	}
	return hits
}

// writes reports whether a readable document writes s (of two runes at
// least): only the documents the index says hold its first two are read.
func (e *Engine) writes(s string, allow func(string) bool) bool {
	rs := []rune(s)
	return len(rs) >= 2 && e.Index.TokenInDocs(string(rs[:2]), func(id string) bool {
		d, ok := e.Index.Doc(id)
		return ok && (allow == nil || allow(id)) && strings.Contains(d.Text, s)
	})
}

// namedBySubject finds the one document a question names by the party
// it is about, where no title names it: "闵长根家存款查出来多少" is asked
// of the 答辩状 in the case of 闵长根, whose head names him in a party's
// field (被答辩人（原告）：闵长根) and whose body calls him 被答辩人 or 原告.
// As a title's words would, the name selects the document and need not
// stand in the answering sentence. A name two documents write names
// neither; a name met only in a document's body (a person in a contact
// list, a road a 批复 names) is what a question asks about within it.
func (e *Engine) namedBySubject(q string, allow func(string) bool) namedDocs {
	var nd namedDocs
	rs := []rune(q)
	offs := make([]int, len(rs)+1)
	for i, r := range rs {
		offs[i+1] = offs[i] + utf8.RuneLen(r)
	}
	for i := 0; i+minSubjectRunes <= len(rs); {
		found := 0
		for n := min(maxSubjectRunes, len(rs)-i); n >= minSubjectRunes; n-- {
			s := rs[i : i+n]
			if !allHan(string(s)) {
				continue
			}
			// Not a run that begins inside a phrase the document writes
			// ("季攻势" of 春季攻势): a name stands whole.
			if d := e.onlyWriter(string(s), allow); d != nil && !(i > 0 && strings.Contains(d.Text, string(rs[i-1:i+n]))) {
				if len(nd.docs) > 0 && nd.docs[0] != d {
					return namedDocs{} // two subjects of two documents
				}
				nd.docs, nd.bySubject = []*index.StoredDoc{d}, true
				nd.spans = append(nd.spans, [2]int{offs[i], offs[i+n]})
				found = n
				break
			}
		}
		i += max(1, found)
	}
	return nd
}

// minSubjectRunes and maxSubjectRunes bound a party's name: a person's
// full name is three characters at least, an institution's up to eight.
const (
	minSubjectRunes = 3
	maxSubjectRunes = 8
)

// maxSubjectChunks: how many passages may hold a party name's rarest
// pair of characters.
const maxSubjectChunks = 24

// rePartyField is the label of a party's field at a case document's head:
// 申请人, 被答辩人（原告）, 当事人, 信访人, 第三人, 原告, 被告.
var rePartyField = regexp.MustCompile(`(?:人|原告|被告)(?:[（(][^）)]{1,8}[）)])?[:：]\s*$`)

// reAgentField is a field of who acts for a party (法定代表人：, 委托代理人：,
// 负责人：): the person named there is no party the document is about.
var reAgentField = regexp.MustCompile(`(?:` + document.AgentLabels + `)(?:[（(][^）)]{1,8}[）)])?[:：]\s*$`)

// onlyWriter is the one readable document that writes s, when it names
// s in a party's field (rePartyField) within its first lines.
func (e *Engine) onlyWriter(s string, allow func(string) bool) *index.StoredDoc {
	rs := []rune(s)
	// Candidates from the postings of its rarest bigram.
	rarest, df := "", -1
	for k := 0; k+1 < len(rs); k++ {
		b := string(rs[k : k+2])
		n := e.Index.DF(b)
		if n == 0 {
			return nil
		}
		if df < 0 || n < df {
			rarest, df = b, n
		}
	}
	// A party's name is rare in the index: the passages holding its
	// rarest pair of characters are few (and reading them all for every
	// run of the question would cost milliseconds).
	if df > maxSubjectChunks {
		return nil
	}
	// Read the heads first: most runs of a question name no party, and
	// a head is a few lines where a text is thousands of characters.
	var docs []*index.StoredDoc
	var party *index.StoredDoc
	e.Index.TokenInDocs(rarest, func(id string) bool {
		if allow != nil && !allow(id) {
			return false
		}
		d, ok := e.Index.Doc(id)
		if !ok || len(docs) > 0 && docs[len(docs)-1] == d {
			return false
		}
		docs = append(docs, d)
		if party == nil && partyAtHead(d.Text, s) {
			party = d
		}
		return false
	})
	if party == nil {
		return nil
	}
	for _, d := range docs {
		if d != party && strings.Contains(d.Text, s) {
			return nil // two documents write it
		}
	}
	return party
}

// partyAtHead reports whether text names s in a party's field, followed
// by what ends a name (，、。 or the line's end), within its first
// partyHeadLines lines.
func partyAtHead(text, s string) bool {
	lines := strings.SplitN(text, "\n", partyHeadLines+1)
	for _, l := range lines[:min(len(lines), partyHeadLines)] {
		for i := 0; ; {
			k := strings.Index(l[i:], s)
			if k < 0 {
				break
			}
			at, end := i+k, i+k+len(s)
			next, _ := utf8.DecodeRuneInString(l[end:])
			if rePartyField.MatchString(l[:at]) && !reAgentField.MatchString(l[:at]) && (end == len(l) || strings.ContainsRune("，,、。；;（( ", next)) {
				return true
			}
			i = end
		}
	}
	return false
}

// partyHeadLines: how far down a case document's parties are listed.
const partyHeadLines = 12
