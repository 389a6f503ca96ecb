package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// Staff name the documents they ask about loosely: by 文号 ("国发〔2019〕4号",
// "国发4号文"), by the core of the title ("职业教育改革那个方案" for
// 国务院关于印发国家职业教育改革实施方案的通知), by an abbreviation of it
// ("综保区那个文件", "农机化指导意见"), or by a short name the document
// defines or quotes (“无废城市”). The words that name a document say where
// to look, not what the answer must say: they become scope and leave the
// topic.

// docName is how a question can name one document.
type docName struct {
	doc   *index.StoredDoc
	core  []rune // the title without issuer, 关于/印发 wrappers and the genre word
	whole string // the title without its issuer: a run may name it across the core's end ("两个规定")
	// initials are a title list's first characters (乌昌石), which stand
	// for more than they spell.
	initials []string
	// counted are what a title's list goes by as a count (三定), named as
	// surely as by its initials.
	counted []string
	number  *regexp.Regexp
	aliases []string // short names the text quotes or defines for itself
	// parties are whom a form is served on or answers ("当事人:某某食品
	// 商行"): staff name a 决定书 or 答复书 by its party ("禾穗坊那案子").
	parties []string
	// genres are the genre words its title ends with, read once.
	genres []string
	// end is whole without the brackets that may close a title
	// ("（2026年版）", "(节选)"): what the title's last word ends.
	end string
	// carried is the name of the document a 印发/转发 notice carries,
	// without its closing brackets ("…业务问答汇编"), "" for others: staff
	// call the notice by that name's last word as by a genre.
	carried string
	// speaker and posts: who gave a speech ("禤振岳", 县委常委 and 副县长);
	// staff name a speech by its speaker ("禤县长讲话").
	speaker []rune
	posts   []string
}

// speakerRun is how many runes at the start of q name n's speaker: the
// whole name, or the surname and the end of one of the speaker's posts
// (禤县长 of 禤振岳, 副县长).
func speakerRun(q []rune, n *docName) int {
	if len(n.speaker) < 2 || len(q) < 2 || q[0] != n.speaker[0] {
		return 0
	}
	if len(q) >= len(n.speaker) && string(q[:len(n.speaker)]) == string(n.speaker) {
		return len(n.speaker)
	}
	best := 0
	for _, p := range n.posts {
		pr := []rune(p)
		for k := 2; k <= len(pr) && k+1 <= len(q); k++ {
			if string(q[1:1+k]) == string(pr[len(pr)-k:]) {
				best = max(best, 1+k)
			}
		}
	}
	return best
}

var (
	reNumberParts = regexp.MustCompile(`^(\p{Han}+?)(?:〔((?:19|20)\d{2})〕)?第?(\d+)号$`)
	reDefined     = regexp.MustCompile(`(?:以下简称|以下称|简称)[“"《]?([^”"》)）,，。]{2,16})`)
	reQuotedName  = regexp.MustCompile(`“([^”]{2,12})”`)
	reBookName    = regexp.MustCompile(`《([^《》]{4,40})》`)
)

func newDocName(d *index.StoredDoc) *docName {
	n := &docName{doc: d, genres: document.TitleGenres(d.Title)}
	if posts, name := document.Speaker(d.Text); name != "" {
		n.speaker, n.posts = []rune(name), posts
	}
	t := document.TitleSubject(zh.Normalize(d.Title))
	own := newOrgProfile(d.Org)
	n.core = []rune(withoutOwnOrg(t, own))
	n.whole = strings.Join(strings.Fields(withoutOwnOrg(zh.Normalize(d.Title), own)), "")
	n.end = reTrailingBrackets.ReplaceAllString(n.whole, "")
	// (Only one that ends in no genre word: the core of "…实施细则" ends
	// in its subject, "临时救助实施".)
	if ct := document.CarriedTitle(zh.Normalize(d.Title)); ct != "" && len(document.TitleGenres(ct)) == 0 {
		n.carried = reTrailingBrackets.ReplaceAllString(withoutOwnOrg(ct, own), "")
	}
	if i := strings.Index(n.whole, "关于"); i >= 0 && !strings.Contains(n.whole[:i], "转发") {
		// "办公厅关于" is how a title begins, not what names it.
		n.whole = n.whole[i+len("关于"):]
	}
	if m := reNumberParts.FindStringSubmatch(d.Number); m != nil {
		pat := regexp.QuoteMeta(m[1])
		year := ""
		if m[2] != "" {
			year = `(?:[\[〔(（【]?\s*` + m[2] + `\s*[\]〕)）】年]?\s*)?`
		}
		serial := `第?\s*` + m[3] + `\s*号`
		alt := ""
		if strings.HasSuffix(m[1], "令") {
			// 国务院令第707号 is also "第707号令", "707号令".
			alt = `|第?\s*` + m[3] + `\s*号令`
		}
		n.number = regexp.MustCompile(`(?:` + pat + `\s*` + year + serial + alt + `)`)
	}
	head := d.Text
	if len(head) > 6000 {
		head = head[:6000]
	}
	// Substring tests first: the regexps over every document's head were
	// most of a CLI ask's time over a province's index.
	if strings.Contains(head, "简称") || strings.Contains(head, "以下称") {
		for _, m := range reDefined.FindAllStringSubmatch(head, -1) {
			// "县居民家庭经济状况核对中心（以下简称县核对中心）" names a body
			// the document speaks of, which other documents name too, not
			// the document.
			// A 章程's own body ("…行业协会（以下简称县养老协会）") is
			// the document's subject: its title holds the name's characters.
			if a := strings.Trim(m[1], "“”《》"); !document.IsBodyName(a) || inOrderWithin(a, d.Title) {
				n.aliases = append(n.aliases, a)
			}
		}
	}
	for _, m := range reQuotedName.FindAllStringSubmatch(d.Title, -1) {
		n.aliases = append(n.aliases, m[1])
	}
	// A reply is known by what it replies to, a transmittal by what it
	// carries: "您提出的《关于设立总理热线电话的提案》收悉".
	opening := d.Text
	if len(opening) > 600 {
		opening = opening[:600]
	}
	for _, m := range reBookNameIn(opening) {
		// What a title says after 关于 names it; its issuers and 关于
		// ("中共中央办公厅 国务院办公厅关于…") are how titles begin.
		a := m[1]
		if i := strings.Index(a, "关于"); i >= 0 {
			a = a[i+len("关于"):]
		}
		n.aliases = append(n.aliases, a)
	}
	for i, a := range n.aliases {
		n.aliases[i] = withoutOwnOrg(a, own)
	}
	// A form is known by the party it is served on, an agreement by the
	// parties it binds ("农商行那个备忘录", "跟邮政签的协议") and the short
	// name it gives one — but for its own office, which names all its
	// documents.
	if strings.Contains(opening, "人") || strings.Contains(opening, "方") {
		for _, m := range reParty.FindAllStringSubmatch(opening, -1) {
			for _, p := range m[1:] {
				if p != "" && !strings.Contains(d.Org, p) && !strings.Contains(p, d.Org) {
					n.parties = append(n.parties, p)
				}
			}
		}
	}
	// A list of places or things in the title is known by its items'
	// first characters: 乌鲁木齐、昌吉、石河子 → 乌昌石.
	for _, m := range reTitleList.FindAllString(string(n.core), -1) {
		items := strings.Split(m, "、")
		if len(items) < 3 {
			continue // two items' initials are as often a word (城区)
		}
		var rest []rune
		for _, item := range items[1:] {
			rest = append(rest, []rune(item)[0])
		}
		// Where the first item begins is not marked ("同意乌鲁木齐"):
		// each of its last two to four characters may.
		first := []rune(items[0])
		for l := 2; l <= 4 && l <= len(first); l++ {
			n.initials = append(n.initials, string(first[len(first)-l])+string(rest))
		}
	}
	n.counted = countedNames(string(n.core), n.genres)
	return n
}

// countedNames are the names a title's list goes by as a count of its
// items and a character of its genre, as staff say 三定 of "职能配置、内设
// 机构和人员编制规定" (three things the 规定 fixes).
func countedNames(core string, genres []string) []string {
	loc := reTitleList.FindStringIndex(core)
	if loc == nil {
		return nil
	}
	n := strings.Count(core[loc[0]:loc[1]], "、") + 1
	// The last item may join one more ("…内设机构和人员编制"): a 和 within
	// an item's length of the last 、, not one further on that joins
	// other words ("养老、托育服务设施建设和运营").
	last := []rune(core[strings.LastIndex(core[:loc[1]], "、")+len("、"):])
	for i, r := range last {
		if i > maxListItemRunes {
			break
		}
		if strings.ContainsRune("和及与", r) && i >= 2 {
			n++
			break
		}
	}
	if n >= len(countWords) {
		return nil
	}
	// The character a count goes with is the genre's last (定 of 规定):
	// 三方 of 方案, 三通 of 通知 are words of their own.
	var out []string
	for _, g := range genres {
		r, _ := utf8.DecodeLastRuneInString(g)
		for _, c := range countWords[n] {
			out = append(out, string(c)+string(r))
		}
	}
	return out
}

// maxListItemRunes is the longest item a title's list holds (reTitleList).
const maxListItemRunes = 6

// countWords are how a count of two to ten is written in a name.
var countWords = []string{2: "两二", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}

// reTitleList is a list of two or more items in a title.
var reTitleList = regexp.MustCompile(`\p{Han}{2,6}(?:、\p{Han}{2,6})+`)

func reBookNameIn(s string) [][]string {
	if !strings.Contains(s, "《") {
		return nil
	}
	return reBookName.FindAllStringSubmatch(s, 3)
}

// withoutOwnOrg drops a document's own office and place from words that
// name it: those name it through the org profiles (清城区民政局, 株洲), not
// through its title.
func withoutOwnOrg(t string, own *orgProfile) string {
	if own.org == "" {
		return t
	}
	// A title that is its body's name and a genre ("嶅溪县慈善协会章程",
	// signed by 嶅溪县慈善协会) is named by the body: without it no word
	// would be left to name the document by.
	if rest := strings.ReplaceAll(withoutOrg(t, own), " ", ""); !isGenreOnly(rest) {
		return rest
	}
	return t
}

// namedDocs is what a question names: the documents and the byte spans of
// the (normalized) question that named them.
type namedDocs struct {
	docs  []*index.StoredDoc
	spans [][2]int
	// said are the words at spans, as the question wrote them: a part of
	// the question (parts) keeps them, though not its offsets.
	said []string
	byNo bool // named by 文号
	// bySubject: named by the party it is about (namedBySubject)
	bySubject bool
}

// longest is the length in runes of the longest span that named a document.
func (nd namedDocs) longest(q string) int {
	n := 0
	for _, sp := range nd.spans {
		n = max(n, utf8.RuneCountInString(q[sp[0]:sp[1]]))
	}
	return n
}

// reDemonstrative points at a document: 那个, 这份.
var reDemonstrative = regexp.MustCompile(demonstratives)

// maxGenreNamed: a word names a document with its genre ("整改报告") when
// at most this many titles write it.
const maxGenreNamed = 3

// reTitleYear is a year a title is of ("2024年度").
var reTitleYear = regexp.MustCompile(`(?:19|20)\d{2}\s*年度?`)

// saysMore reports whether a title's core says more than word: "政府工作"
// is the whole of 某区2020年政府工作报告's core, a genre of report, not a
// word that names one of them.
func saysMore(core, word string) bool {
	// What a title writes before its year is its issuer ("某区2020年").
	if locs := reTitleYear.FindAllStringIndex(core, -1); len(locs) > 0 {
		core = core[locs[len(locs)-1][1]:]
	}
	rest := strings.Replace(core, word, "", 1)
	n := 0
	for _, r := range rest {
		if zh.IsHan(r) {
			n++
		}
	}
	return n >= 2
}

// genres are the genre words of 公文 titles, longest first, and genreAlt
// the same as a regexp alternation: read once, not per question.
var (
	genres   = longestFirst(document.GenreWords())
	genreAlt = strings.Join(genres, "|")
)

func longestFirst(ws []string) []string {
	slices.SortStableFunc(ws, func(a, b string) int { return utf8.RuneCountInString(b) - utf8.RuneCountInString(a) })
	return ws
}

// demonstratives point at a document: 那个通知, 这份方案.
const demonstratives = `那个|这个|那份|这份|那篇|这篇`

// genreAt is the genre word q begins with, "" if none.
func genreAt(q []rune) string {
	s := string(q)
	for _, g := range genres {
		if strings.HasPrefix(s, g) {
			return g
		}
	}
	return ""
}

// minNamedRunes: a title is named by at least this many of its characters
// (a single shared word such as 工作 or 建设 names nothing).
const minNamedRunes = 4

// conjParts are the byte ranges of the parts of q that 和, 跟, 与, 、…
// join: each may name a document of its own.
func conjParts(q string) [][2]int {
	var out [][2]int
	from := 0
	for _, cut := range reConj.FindAllStringIndex(q, -1) {
		out = append(out, [2]int{from, cut[0]})
		from = cut[1]
	}
	return append(out, [2]int{from, len(q)})
}

// resolveNamed finds the documents a question names. Titles shared by many
// documents (政府工作报告) name none of them: the org and year do that.
// word tells the bigrams that are words the documents write (nil knows
// none): an abbreviation does not stop inside one.
func resolveNamed(names []*docName, rare, word func(string) bool, nq string) namedDocs {
	// "个税法实施条例和专利代理条例分别是…" names two documents: each part
	// of a question joined by 和/跟/与 may name its own.
	if ps := conjParts(nq); len(ps) > 1 {
		var union namedDocs
		parts := 0
		for _, p := range ps {
			from, part := p[0], nq[p[0]:p[1]]
			nd := resolveOne(names, rare, word, part)
			if len(nd.docs) > 0 {
				parts++
				for i := range nd.spans {
					nd.spans[i][0] += from
					nd.spans[i][1] += from
				}
				union.docs = appendDocs(union.docs, nd.docs...)
				union.spans = append(union.spans, nd.spans...)
				union.byNo = union.byNo || nd.byNo
			}
		}
		if parts > 1 {
			return union
		}
	}
	return resolveOne(names, rare, word, nq)
}

// reReportTitleEnd ends the title of a report as annual reports are
// titled: …报告, …总结, …汇报, …年报, a bracket after it.
var reReportTitleEnd = regexp.MustCompile(`(?:报告|总结|汇报|年报)(?:[（(][^()（）]*[)）])?$`)

func appendDocs(list []*index.StoredDoc, ds ...*index.StoredDoc) []*index.StoredDoc {
	for _, d := range ds {
		found := false
		for _, x := range list {
			found = found || x == d
		}
		if !found {
			list = append(list, d)
		}
	}
	return list
}

func resolveOne(names []*docName, rare, word func(string) bool, nq string) namedDocs {
	var out namedDocs
	for _, n := range names {
		if n.number == nil {
			continue
		}
		for _, loc := range n.number.FindAllStringIndex(nq, -1) {
			out.docs = append(out.docs, n.doc)
			out.spans = append(out.spans, [2]int{loc[0], loc[1]})
			out.byNo = true
		}
	}
	if len(out.docs) > 0 {
		return out
	}
	q := []rune(nq)
	cued := map[string]bool{}
	for _, m := range reGenreCue.FindAllStringSubmatch(nq, -1) {
		cued[m[1]+m[2]] = true
	}
	// "那个低保通知": a document pointed at by its genre, named by the words
	// in between, outranks one that shares words elsewhere in the question
	// ("有问题" of 黄金经济政策有关问题的复函). Staff name genres loosely
	// ("那个…的意见" of a 方案), so other genres are not ruled out.
	pointed := map[string]bool{}
	var slots [][2]int // the words between the demonstrative and the genre: its name
	for _, m := range rePointedGenre.FindAllStringSubmatchIndex(nq, -1) {
		pointed[nq[m[4]:m[5]]] = true
		slots = append(slots, [2]int{m[2], m[3]})
	}
	// "市政府同意东渠调资金的那个批复": the name may come before the
	// demonstrative.
	for _, m := range rePointedAfterName.FindAllStringSubmatchIndex(nq, -1) {
		pointed[nq[m[4]:m[5]]] = true
		slots = append(slots, [2]int{m[2], m[3]})
	}
	ofPointed := func(d *index.StoredDoc) bool {
		for p := range pointed {
			if ofGenre(d, p) {
				return true
			}
		}
		return false
	}
	// titles: how many titles write a run as it stands, up to two.
	titles := func(s string) int {
		k := 0
		for _, n := range names {
			if strings.Contains(n.whole, s) {
				if k++; k >= 2 {
					break
				}
			}
		}
		return k
	}
	// genreNamed: a word at most maxGenreNamed titles write, one of
	// them of the genre ("工作" of …工作情况总结 is in too many titles).
	genreNamed := func(run, g string) bool {
		k, of := 0, false
		for _, n := range names {
			if strings.Contains(n.whole, run) {
				if k++; k > maxGenreNamed {
					return false
				}
				of = of || ofGenre(n.doc, g)
			}
		}
		return of
	}
	var best, bestPointed []namedHit
	bestScore, bestPointedScore := 0.0, 0.0
	for _, n := range names {
		// An annual report's title is its org, year and genre, which
		// other reports' titles share: the org and year name it
		// (matchOrgs, the years), not its words. A report on one matter
		// is named as staff shorten it, by a word few reports' titles
		// write and its genre ("整改报告"; byGenre).
		if len(n.core) < 2 {
			continue
		}
		docRare := rare
		isCued := anyOf(n.genres, func(g string) bool { return cued[g] })
		if isCued {
			// "…那个批复": among the 批复, a phrase other documents use
			// too ("国家自主创新示范区") still names this one.
			docRare = func(s string) bool { return utf8.RuneCountInString(s) >= 4 || rare(s) }
		}
		matched, spans, strong, byGenre := nameMatch(q, n, docRare, word, titles, genreNamed)
		isPointed := len(pointed) > 0 && ofPointed(n.doc)
		// Named in the slot the question gives a name ("那个低保通知"):
		// a short form there names the document it abbreviates.
		slotted := isPointed && anyOf(spans, func(sp [2]int) bool {
			return slices.ContainsFunc(slots, func(sl [2]int) bool { return sp[0] >= sl[0] && sp[1] <= sl[1] })
		})
		// (A report titled otherwise — "…民主生活会对照检查材料" — is named
		// by its words as any document is; so is one the question points
		// at with them: "跟栖凤联检的那个报告".)
		// An office the slot names that the report is not of says it is
		// another's ("民政局社会救助的那个报告" is no 财政局 report).
		if n.doc.Kind == document.KindReport && !byGenre && !(slotted && slotOfficesOf(nq, slots, n.doc)) && reReportTitleEnd.MatchString(n.doc.Title) {
			continue
		}
		if matched < minNamedRunes && !(slotted && matched >= 3) {
			continue
		}
		// The share of the title core the question names, and how much
		// of it: "职业教育改革" names 6 of 国家职业教育改革实施's 10.
		share := float64(matched) / float64(len(n.core))
		// A long title is named by a fifth of it, or by five of its
		// characters where the question says what kind of document.
		// So is one the question points at by its genre ("那个低保通知").
		if share < 0.2 && !(isCued && matched >= 5) && !slotted && !strong && !byGenre {
			continue
		}
		bonus := 0
		if slotted {
			bonus += 2
		}
		if isPointed {
			// "…那个请示" is the 请示, not the 批复 whose title
			// repeats the request's.
			bonus++
		}
		if matched >= 8 {
			bonus += 2
		}
		score := float64(matched+bonus) + share
		best = append(best, namedHit{n, score, matched, bonus, isCued, spans})
		bestScore = max(bestScore, score)
		if slotted {
			bestPointed = append(bestPointed, namedHit{n, score, matched, bonus, isCued, spans})
			bestPointedScore = max(bestPointedScore, score)
		}
	}
	// Titles the question's words name equally (as many characters of
	// each, with the same cues) are named alike, whatever their length: "那个低保通知" names
	// both 最低生活保障 notices, and which one is for the answer to show,
	// not for the shorter title to win.
	near := func(hs []namedHit, top float64) []namedHit {
		i := slices.IndexFunc(hs, func(h namedHit) bool { return h.score == top })
		if i < 0 {
			return nil
		}
		lead := hs[i]
		alike := slices.DeleteFunc(slices.Clone(hs), func(h namedHit) bool { return h.matched != lead.matched || h.bonus != lead.bonus })
		// "养老中心请示有问题找谁": of documents named alike, those of the
		// genre the question writes right after the words that name them
		// ("医养结合协议" elsewhere in it is what is asked about).
		if w := slices.DeleteFunc(slices.Clone(alike), func(h namedHit) bool {
			return !h.cued && !anyOf(h.spans, func(sp [2]int) bool {
				return anyOf(h.n.genres, func(g string) bool { return strings.HasPrefix(nq[sp[1]:], g) })
			})
		}); len(w) > 0 && len(w) < len(alike) {
			alike = w
		}
		if len(alike) > maxNamedAlike {
			// "法治建设…要点里怎么说": of those, the ones of the genre
			// the question names.
			if c := slices.DeleteFunc(slices.Clone(alike), func(h namedHit) bool { return !h.cued }); len(c) > 0 && len(c) <= maxNamedAlike {
				return c
			}
			// Named alike by too many ("法治建设" of five titles): the
			// words name no document; they are what is asked about.
		}
		return alike
	}
	best, bestScore = ofEndingGenre(best, bestScore, nq)
	best, bestPointed = near(best, bestScore), near(bestPointed, bestPointedScore)
	// "东渠区调…资金用途那个请示": the question says which genre; a
	// document of it that the words beside the demonstrative name nearly
	// as well as the best is the one meant (a 批复 repeats its 请示's
	// title).
	if len(bestPointed) > 0 && bestPointedScore >= pointedShare*bestScore {
		best = bestPointed
	}
	if len(best) == 0 || len(best) > maxNamedAlike {
		return out
	}
	for _, h := range best {
		out.docs = append(out.docs, h.n.doc)
		out.spans = append(out.spans, h.spans...)
	}
	return out
}

// reSlotOffice is an office a slot names: 民政局, 县政府, 财政局.
var reSlotOffice = regexp.MustCompile(`\p{Han}{1,4}?(?:局|政府|委员会)`)

// slotOfficesOf reports whether every office the slots name is written by
// d's org or title.
func slotOfficesOf(nq string, slots [][2]int, d *index.StoredDoc) bool {
	for _, sl := range slots {
		for _, o := range reSlotOffice.FindAllString(nq[sl[0]:sl[1]], -1) {
			if !strings.Contains(d.Org, o) && !strings.Contains(d.Title, o) {
				return false
			}
		}
	}
	return true
}

// namedHit is a document a question's words name, and how well.
type namedHit struct {
	n     *docName
	score float64
	// matched: the characters of the title named; bonus: what the
	// question's cues add (named in the slot, of the genre pointed at)
	matched, bonus int
	cued           bool // of a genre the question names ("要点里")
	spans          [][2]int
}

// ofEndingGenre keeps, of hits, those of the genre the best-named words
// end with, where another hit names a document of it to the same end:
// "巡察反馈意见文号" asks of the 反馈意见 whose title writes 巡察 and
// 反馈意见 apart, not of the 通报 whose title writes them as one run to
// speak of the 反馈意见's 整改, even where both are named as fully. hits
// and top come back unchanged when no hit of that genre is named to there
// or none of another genre is.
func ofEndingGenre(hits []namedHit, top float64, nq string) ([]namedHit, float64) {
	for _, h := range hits {
		if h.score != top {
			continue
		}
		for _, sp := range h.spans {
			g := endingGenre(nq[:sp[1]])
			if g == "" {
				continue
			}
			endsHere := func(o namedHit) bool { return anyOf(o.spans, func(x [2]int) bool { return x[1] == sp[1] }) }
			if !anyOf(hits, func(o namedHit) bool { return endsHere(o) && ofGenre(o.n.doc, g) }) {
				continue
			}
			// Only the documents these same words name compete: one
			// named by other words ("信息公开年报里…行政许可决定数") stays.
			kept := slices.DeleteFunc(slices.Clone(hits), func(o namedHit) bool { return endsHere(o) && !ofGenre(o.n.doc, g) })
			if len(kept) == len(hits) {
				continue
			}
			keptTop := 0.0
			for _, o := range kept {
				keptTop = max(keptTop, o.score)
			}
			return kept, keptTop
		}
	}
	return hits, top
}

// endingGenre is the longest genre word s ends with, "" if none.
func endingGenre(s string) string {
	for _, g := range genres {
		if strings.HasSuffix(s, g) {
			return g
		}
	}
	return ""
}

// rePointedReport points at a report: "那个自评报告", "这份整改报告".
var rePointedReport = regexp.MustCompile(`(?:那|这)(?:个|份|篇)[^月里中，,。？?\s]{0,10}?(?:报告|总结|汇报)`)

// inReportWord reports whether span sp of q lies in a report word the
// question writes (reReportCompound).
func inReportWord(q string, sp [2]int) bool {
	for _, m := range reReportCompound.FindAllStringIndex(q, -1) {
		if sp[0] < m[1] && m[0] < sp[1] {
			return true
		}
	}
	return false
}

// maxNamedAlike is how many titles a question may name alike: more, and
// the words name no document in particular (resolveOne names none).
const maxNamedAlike = 3

// reAskedNumber is a 文号 as staff write one: 国发〔2019〕4号, 国办发2019年3号,
// 粤府函[2020]12号, 国务院令第707号.
var reAskedNumber = regexp.MustCompile(`\p{Han}{1,8}?(?:发|函|字|令)\s*(?:[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]|(?:19|20)\d{2}\s*年)?\s*第?\s*\d{1,4}\s*号`)

// reGenreWord is a genre word alone.
var reGenreWord = regexp.MustCompile(genreAlt)

// reGenreCue is a genre word the question refers to a document by
// ("那个批复", "…的通知里").
var reGenreCue = regexp.MustCompile(`(?:` + demonstratives + `|的|个)?(` + genreAlt + `)(?:里|中|上|的|,|，|\s|$)|(?:` + demonstratives + `)\p{Han}{0,16}?(` + genreAlt + `)`)

// reTitleRef is a document referred to by a whole title: issuer, 关于, its
// subject and its genre ("国务院关于网络直播带货的管理规定").
var reTitleRef = regexp.MustCompile(`(\p{Han}{0,12}?(?:国务院|办公厅|人民政府|政府|局|委员会|委|部|厅|办|院|中心)关于(\p{Han}{2,40}?)的\p{Han}{0,4}?(?:` + genreAlt + `))`)

// titleKnown reports whether some indexed title shares at least a third of
// the bigrams of subject: a title staff write from memory is a paraphrase.
func titleKnown(names []*docName, subject string) bool {
	want := contentBigrams(subject)
	if len(want) == 0 {
		return true
	}
	for _, n := range names {
		have := 0
		for _, b := range want {
			if strings.Contains(n.whole, b) {
				have++
			}
		}
		if 3*have >= len(want) {
			return true
		}
	}
	return false
}

// ofGenre reports whether a document's title names it by the genre word g;
// 那个意见 points at a 指导意见, 那个方案 at a 实施方案.
func ofGenre(d *index.StoredDoc, g string) bool {
	g = document.CanonicalGenre(g)
	return anyOf(document.TitleGenres(d.Title), func(t string) bool {
		t = document.CanonicalGenre(t)
		return strings.HasSuffix(t, g) || strings.HasSuffix(g, t)
	})
}

// reSubjectAfterGenre is what follows a genre that is the subject of a
// question: where in it, or what it says — or what it has, asked by 的
// ("周报的题目是啥", "协议的落款日期") or what it is ("测试题是哪个单位出的").
var reSubjectAfterGenre = regexp.MustCompile(`^(?:里面|里|中|上|要求|规定|提出|明确|写|说|的|是)`)

// rePointedGenre is a document pointed at by a demonstrative and its genre
// ("那个低保通知", "这份实施方案").
var rePointedGenre = regexp.MustCompile(`(?:` + demonstratives + `)(\p{Han}{0,16}?)(` + genreAlt + `)`)

// pointedShare: a document of the genre a question points at is the one
// meant when its name scores at least this share of the best's.
const pointedShare = 0.6 // tune splits flat from 0.4 to 0.9

// rePointedAfterName is a document named, then pointed at by a
// demonstrative and its genre ("东渠调资金的那个批复").
var rePointedAfterName = regexp.MustCompile(`(\p{Han}{2,16}?)的?(?:` + demonstratives + `)(` + genreAlt + `)`)

// asksAt reports whether q[i:j] holds a word that asks (几, 哪, 谁, 啥,
// 多少, 什么, 怎么).
func asksAt(q []rune, i, j int) bool {
	for k := i; k < j; k++ {
		switch q[k] {
		case '几', '哪', '谁', '啥':
			return true
		}
		if k+1 < j {
			switch string(q[k : k+2]) {
			case "多少", "什么", "怎么":
				return true
			}
		}
	}
	return false
}

// nameMatch counts the runes of the question that name n: runs of at least
// two runes found in the title core (or an alias), and abbreviations — a
// run whose runes appear in order in the core, closely spaced, starting at
// the same rune ("综保区" in 综合保税区, "职教" in 职业教育). A run counts
// only if few documents use it (rare): words most documents share name none.
func nameMatch(q []rune, n *docName, rare, word func(string) bool, titles func(string) int, genreNamed func(run, genre string) bool) (matched int, spans [][2]int, strong, byGenre bool) {
	titled := func(s string) bool { return titles(s) >= 2 }
	// strong: named by what only this title writes — a number of three
	// or more digits or its list's initials — whatever its length.
	// byGenre: named by a word and the genre after it ("整改报告").
	core := string(n.core)
	byteAt := func(i int) int { return len(string(q[:i])) }
	namedEnd := -1 // where the last run named ended
	i := 0
	// takeName takes p runes that name a person or a party: surer than as
	// many runes of a title, by credit.
	// takeRun takes k runes that name the title, counted with credit
	// more; byGenre when the genre after them did.
	takeRun := func(k, credit int, genre bool) {
		matched += k + credit
		spans = append(spans, [2]int{byteAt(i), byteAt(i + k)})
		byGenre = byGenre || genre
		i += k
		namedEnd = i
	}
	takeName := func(p, credit int) {
		takeRun(p, credit, false)
		strong = true
	}
	for i < len(q) {
		// A number the title writes (第4626号提案, 第707号) names it
		// as surely as a long phrase; a year names nothing alone.
		if unicode.IsDigit(q[i]) {
			j := i
			for j < len(q) && unicode.IsDigit(q[j]) {
				j++
			}
			if num := string(q[i:j]); j-i >= 3 && !reYearToken.MatchString(num) && hasNumber(core, num) {
				matched += j - i + 2
				spans = append(spans, [2]int{byteAt(i), byteAt(j)})
				strong = true
			} else if j+1 < len(q) && q[j] == '号' && zh.IsHan(q[j+1]) && strings.Contains(core, "第"+num+"号"+string(q[j+1])) {
				// A short number with what it numbers (47号建议 of
				// "…第47号建议的答复") names it as surely.
				matched += j - i + 4
				spans = append(spans, [2]int{byteAt(i), byteAt(j + 2)})
				strong = true
				i = j + 2
				continue
			}
			i = j
			continue
		}
		if !zh.IsHan(q[i]) || q[i] == '年' {
			i++
			continue
		}
		// Longest exact run in the core or an alias. A word that asks
		// names nothing: "查出几个问题" asks a count, whatever title
		// writes "…几个问题的通知".
		l := 0
		for j := i + 2; j <= len(q); j++ {
			if !zh.IsHan(q[j-1]) || asksAt(q, i, j) {
				break
			}
			s := string(q[i:j])
			if strings.Contains(core, s) || strings.Contains(n.whole, s) || anyAliasHas(n.aliases, s) {
				l = j - i
			} else {
				break
			}
		}
		// "村规民约的合法性审查": what the run is of, said before it with
		// 的, is another document's subject — another title writes it and
		// this document nowhere does: the run is that document's matter,
		// not this one's name.
		// (The run may begin with that 的, as "…》的合法性审查意见书" does.)
		if l >= 2 && ofAnotherMatter(q, i, n, titles) {
			i += l
			continue
		}
		if l >= 2 && isGenreOnly(string(q[i:i+l])) {
			// "实施方案的" names a kind of document, not one of them.
			i += l
			continue
		}
		// "整改报告", "评查通报": a word of the title right before the
		// genre the title ends with names it as staff shorten titles,
		// when few titles of that genre write the word.
		// "督查反馈意见" is not the 巡察反馈意见: a word right before a
		// run that ends in a genre, which another title writes and this
		// one does not, says which kind of 反馈意见 is meant.
		otherKind := l >= 2 && i >= 2 && i != namedEnd && zh.IsHan(q[i-2]) && zh.IsHan(q[i-1]) &&
			(endingGenre(string(q[i:i+l])) != "" || genreAt(q[i+l:]) != "") &&
			!strings.Contains(n.whole, string(q[i-2:i])) && titles(string(q[i-2:i])) > 0
		if otherKind {
			i += l
			continue
		}
		if l >= 2 {
			word, g := string(q[i:i+l]), genreAt(q[i+l:])
			if g == "" {
				// The run may end with the genre ("政府工作报告").
				for _, w := range genres {
					if strings.HasSuffix(word, w) && utf8.RuneCountInString(word)-utf8.RuneCountInString(w) >= 2 {
						word, g = strings.TrimSuffix(word, w), w
						break
					}
				}
			}
			// A run that begins inside a word the title writes
			// ("年度法治报告" → 度法治) is not a word of it.
			// A run right after one already named continues that name
			// ("救助资金|绩效自评报告"): no word of it was cut.
			midWord := i > 0 && i != namedEnd && zh.IsHan(q[i-1]) && strings.Contains(n.whole, string(q[i-1:i+1]))
			// The word must be the title's own, not an alias's: an alias
			// names what a reply answers, not the reply's genre.
			if g != "" && !midWord && strings.Contains(n.whole, word) && ofGenre(n.doc, g) && genreNamed(word, g) && saysMore(core, word) {
				k := utf8.RuneCountInString(word) + utf8.RuneCountInString(g)
				matched += k
				spans = append(spans, [2]int{byteAt(i), byteAt(i + k)})
				byGenre = true
				i += k
				namedEnd = i
				continue
			}
		}
		// "禤县长讲话": a speech named by who gave it. A person's name is
		// surer than words of a title written short and their genre
		// ("韦副市长讲话", "王镇长讲话", not the 河长制 speech by 市…长 or
		// 镇…长 and 讲话).
		if p := speakerRun(q[i:], n); p >= min(3, len(n.speaker)) && p > l {
			takeName(p, 3)
			continue
		}
		// A name of the party the form is served on, three runes of it
		// at least ("禾穗坊" of 禾穗坊食品商行有限公司): a proper name, as
		// good as a longer run of a title.
		if p := partyRun(q[i:], n.parties); p >= 3 && p > l && rare(string(q[i:i+p])) {
			takeName(p, 1)
			continue
		}
		// …or written short, three runes at least ("农商行" of 农商银行),
		// or as an institution is, by the first rune of its own name and
		// the last of its kind ("职院" of 溯阳职业技术学院).
		if p := partyAbbreviation(q[i:], n.parties); p >= 3 && p > l && rare(string(q[i:i+p])) {
			takeName(p, 1)
			continue
		}
		if l < 2 && headAndKind(q[i:], n.parties) && rare(string(q[i:i+2])) {
			takeName(2, 2) // a proper name, as the three runes of one are
			continue
		}
		// "明白纸落款是哪天", "大事记里": a title that ends in no genre
		// word staff know by name is known by its own last word, as a
		// 通知 is by 通知 — a word of three runes, few titles writing
		// it, that no longer run would name. A longer run names titles
		// as any run does: "上半年工作情况" is as much the 通知 that asks
		// for it as the title it ends (review 26).
		// So is a notice by what ends the name of what it carries
		// ("问答汇编" of 关于印发《…业务问答汇编（2026年第1期）》的通知),
		// three runes or more: a run inside that name ("殡葬服务") names
		// it only as any run does.
		// A run of three begins no word of the question's ("作手册" of
		// 操作手册 is not 工作手册's).
		whole3 := l >= 4 || i == 0 || !zh.IsHan(q[i-1]) || strings.ContainsRune("那这个本份的", q[i-1])
		if (l == 3 && len(n.genres) == 0 && strings.HasSuffix(n.end, string(q[i:i+l])) || l >= 3 && whole3 && n.carried != "" && strings.HasSuffix(n.carried, string(q[i:i+l]))) && rare(string(q[i:i+l])) {
			takeRun(l, 1, true)
			continue
		}
		if l >= 2 && rare(string(q[i:i+l])) {
			takeRun(l, 0, false)
			continue
		}
		// A count written as a word of its own elsewhere (三公经费, 第三条,
		// 两法衔接) or an ordinal (第三…) names no title.
		if l := initialsAt(q[i:], n.counted); l > 0 && (i == 0 || q[i-1] != '第') && rare(string(q[i:i+l])) {
			matched += l + 2
			strong = true
			spans = append(spans, [2]int{byteAt(i), byteAt(i + l)})
			i += l
			namedEnd = i
			continue
		}
		if l := initialsAt(q[i:], n.initials); l > 0 {
			matched += l + 1
			strong = strong || l >= 3
			spans = append(spans, [2]int{byteAt(i), byteAt(i + l)})
			i += l
			namedEnd = i
			continue
		}
		// An abbreviation of 2–4 runes spread over a word of the core —
		// unless other titles write those runes as they stand: then they
		// name those documents ("政府工作" of 政府工作报告), not this one
		// ("法治政府建设工作要点").
		// Nor do runes many texts write as a word of their own ("养老院",
		// spread over 养老幸福院 in a 提案's title) — unless the title's
		// genre follows them ("低保通知" of …最低生活保障…的通知).
		if a := abbreviation(q[i:], n.core); a >= 2 && !titled(string(q[i:i+a])) {
			g := genreAt(q[i+a:])
			if g != "" && !ofGenre(n.doc, g) {
				g = ""
			}
			// "养老规划" is no 养老服务规范 written short: the runes stop
			// inside a word of the question (规划), one other titles write
			// as it stands and the documents write as a word, and this
			// title does not. ("殡葬收费标准" stops between two: 费标 is no
			// word, though titles write 收费标准; "配套园建设" too: no
			// title writes 园建, however often 幼儿园建设 is written.)
			if g == "" && i+a < len(q) && zh.IsHan(q[i+a]) {
				if cut := string(q[i+a-1 : i+a+1]); titles(cut) > 0 && (word == nil || word(cut)) && !strings.Contains(n.whole, cut) {
					i++
					continue
				}
			}
			// Nor do runes that begin inside a word of the question
			// ("购合同" of 采购合同 is no 政府购买合同 written short): a
			// word the documents write and other titles do, this one
			// does not.
			if i > 0 && i != namedEnd && zh.IsHan(q[i-1]) && word != nil {
				if cut := string(q[i-1 : i+1]); word(cut) && titles(cut) > 0 && !strings.Contains(n.whole, cut) {
					i++
					continue
				}
			}
			if g == "" && !rare(string(q[i:i+a])) {
				i++
				continue
			}
			k := a
			if g != "" {
				// "禁放通告" of …禁止燃放烟花爆竹的通告: a title word
				// written short right before the genre the title ends
				// with names it as the whole word would ("整改报告").
				k += utf8.RuneCountInString(g)
				byGenre = true
			}
			matched += k + 1 // an abbreviation stands for a longer word
			spans = append(spans, [2]int{byteAt(i), byteAt(i + k)})
			i += k
			namedEnd = i
			continue
		}
		// "租房合同" of …用房租赁合同, "救灾预案" of 自然灾害救助应急预案:
		// staff say a compound's two runes in their own order, which the
		// title writes the other way round, each once — named so only
		// right before the genre the title ends with, and only by runes
		// no two titles write side by side (titled).
		if l < 2 && i+2 < len(q) && zh.IsHan(q[i+1]) {
			if g := genreAt(q[i+2:]); g != "" && ofGenre(n.doc, g) && reversedIn(n.core, q[i], q[i+1]) && !titled(string(q[i:i+2])) {
				takeRun(2+utf8.RuneCountInString(g), 1, true)
				continue
			}
		}
		i++
	}
	return matched, spans, strong, byGenre
}

// reversedIn reports whether core writes b, then a, each once.
func reversedIn(core []rune, a, b rune) bool {
	ia, ib := -1, -1
	for k, r := range core {
		switch r {
		case a:
			if ia >= 0 {
				return false
			}
			ia = k
		case b:
			if ib >= 0 {
				return false
			}
			ib = k
		}
	}
	return ib >= 0 && ia > ib
}

// reTrailingBrackets are the bracketed notes a title may end with.
var reTrailingBrackets = regexp.MustCompile(`(?:[(（][^()（）]*[)）])+$`)

// isGenreOnly reports whether a run is only genre words (实施方案, 通知的).
func isGenreOnly(run string) bool {
	rest := strings.TrimSuffix(run, "的")
	for _, g := range genres {
		rest = strings.ReplaceAll(rest, g, "")
	}
	// "工作计划", "年度报告", "今年的工作计划": the kinds of document and
	// of report part every office writes, named by a general word.
	rest = reGeneralDocWord.ReplaceAllString(rest, "")
	return strings.TrimSpace(rest) == ""
}

// reGeneralDocWord are the words that make a genre a kind of document any
// office writes (工作计划, 年度报告, 实施方案), not one of them.
var reGeneralDocWord = regexp.MustCompile(`工作|年度|实施|今年|明年|去年|的`)

// hasNumber reports whether s writes the number num whole (第4626号, not
// 462 of 4626).
func hasNumber(s, num string) bool {
	for i := strings.Index(s, num); i >= 0; {
		end := i + len(num)
		if (i == 0 || !unicode.IsDigit(rune(s[i-1]))) && (end == len(s) || !unicode.IsDigit(rune(s[end]))) {
			return true
		}
		next := strings.Index(s[i+1:], num)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// initialsAt returns the length of a title list's initials q begins with.
func initialsAt(q []rune, initials []string) int {
	for _, in := range initials {
		if strings.HasPrefix(string(q), in) {
			return utf8.RuneCountInString(in)
		}
	}
	return 0
}

// reParty is a line at a document's top naming a party: whom a form is
// served on (当事人, 申请人) or a side of an agreement (甲方, 乙方), with the
// short name it is given there ("乙方：江州桐岭农村商业银行股份有限公司（以下
// 简称“桐岭农商银行”）"). Not 被申请人: in a 复议决定书 that is the office
// whose act is reviewed, which names its own documents, not this one.
var reParty = regexp.MustCompile(`(?m)^\s*(?:当事人|申请人|被处罚人|复议申请人|甲方|乙方|丙方)(?:\s*(?:名称|姓名))?\s*[:：]\s*([^\s,，;；:：(（]{3,40})(?:[(（]以下简称[“"]?([^”"）)]{2,20})[”"]?[)）])?`)

// partyRun is the length of the longest run at the start of q that a
// party's name holds.
func partyRun(q []rune, parties []string) int {
	l := 0
	for j := 3; j <= len(q) && zh.IsHan(q[j-1]); j++ {
		if !anyAliasHas(parties, string(q[:j])) {
			break
		}
		l = j
	}
	return l
}

// ofAnotherMatter reports whether the run at i is said with 的 to be of
// two runes another title writes and n's document nowhere does.
func ofAnotherMatter(q []rune, i int, n *docName, titles func(string) int) bool {
	de := i // the 的: the run's first rune or the one before it
	if q[de] != '的' {
		de--
	}
	if de < 2 || q[de] != '的' || !zh.IsHan(q[de-2]) || !zh.IsHan(q[de-1]) {
		return false
	}
	of := string(q[de-2 : de])
	return titles(of) > 0 && !strings.Contains(n.whole, of) && !strings.Contains(n.doc.Text, of)
}

// partyAbbreviation is the longest abbreviation of a party's name q
// begins with.
func partyAbbreviation(q []rune, parties []string) int {
	best := 0
	for _, p := range parties {
		best = max(best, abbreviation(q, []rune(p)))
	}
	return best
}

// minKindShortRunes: a party's name shortened to its first rune and last
// (职院) is one of this many runes at least, its place taken off: shorter
// names are written whole.
const minKindShortRunes = 4

// headAndKind reports whether q opens with a party's name shortened to two
// runes: the first of the name after its place (溯阳, 澧汀县) and the
// name's last rune, the kind of institution (院, 局, 行).
func headAndKind(q []rune, parties []string) bool {
	if len(q) < 2 || !zh.IsHan(q[0]) || !zh.IsHan(q[1]) {
		return false
	}
	for _, p := range parties {
		r := []rune(p)
		if len(r) < 2+minKindShortRunes {
			continue
		}
		head := r[2]
		if strings.ContainsRune("市县区", head) {
			head = r[3] // 澧汀县师范学院: the place is 澧汀县
		}
		if head == q[0] && r[len(r)-1] == q[1] {
			return true
		}
	}
	return false
}

func anyAliasHas(aliases []string, s string) bool {
	for _, a := range aliases {
		if strings.Contains(a, s) {
			return true
		}
	}
	return false
}

// abbreviation returns how many runes of q, from its start, abbreviate a
// word of core: each rune found in order, the first gap at most 3 runes and
// the whole within 2.5 times the abbreviation's length, and at least one
// rune skipped (an exact run is not an abbreviation).
func abbreviation(q, core []rune) int {
	best := 0
	if len(q) == 0 || !zh.IsHan(q[0]) {
		return 0
	}
	for start, r := range core {
		if r != q[0] {
			continue
		}
		pos, n := start, 1
		// Only characters abbreviate: "局24" is no abbreviation of
		// "局12345热线" (digits are a number, read whole above).
		for n < len(q) && n < 4 && zh.IsHan(q[n]) {
			next := -1
			for k := pos + 1; k < len(core) && k <= pos+3; k++ {
				if core[k] == q[n] {
					next = k
					break
				}
			}
			if next < 0 {
				break
			}
			pos, n = next, n+1
		}
		span := pos - start + 1
		if n >= 2 && span > n && float64(span) <= 2.5*float64(n) && n > best {
			best = n
		}
	}
	return best
}

// blank replaces the named spans of s with spaces.
func blank(s string, spans [][2]int) string {
	b := []byte(s)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1] && i < len(b); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// reBeforePointer is a run of words before a demonstrative that points
// at a document, and the demonstrative ("请问芡田村那份").
var reBeforePointer = regexp.MustCompile(`(\p{Han}{2,8})(?:` + demonstratives + `)`)

// docRefWords refer to a document without saying what it says: "那个方案",
// "这份通知里". Left in the topic they would be sought in the passage.
var docRefWords = regexp.MustCompile(`(?:` + demonstratives + `|该|上面发的|上级发的|那|这)?(?:文件|` + genreAlt + `)(?:里面|里|中|上)?|文号|[〔〕\[\]]`)

// officeGenreParts adds, to the documents a question names by their
// titles, those a part of it names by office and genre: in "潭口那份要点
// 和蒲阳整改报告分别是哪个机关发的" the first part names 潭口's 要点 as
// surely as the second names the 整改报告.
func (e *Engine) officeGenreParts(nd namedDocs, q string, allow func(string) bool) namedDocs {
	for _, p := range conjParts(q) {
		part, at, end := q[p[0]:p[1]], p[0], p[1]
		if slices.ContainsFunc(nd.spans, func(sp [2]int) bool { return sp[0] < end && sp[1] > at }) {
			continue // named by its title already
		}
		g := reGenreWord.FindStringIndex(part)
		orgs := matchOrgs(e.readableOrgs(allow), part)
		if len(orgs) != 1 || (g == nil && !reDemonstrative.MatchString(part)) {
			// "司法局和民政局各牵头哪些任务" names offices, not documents.
			continue
		}
		// By its genre, or as the office's only document ("丰桥那个法治
		// 分工" of an office with one).
		var docs, all []*index.StoredDoc
		for _, n := range e.names {
			if canonicalOrg(n.doc.Org) != canonicalOrg(orgs[0].org) {
				continue
			}
			all = append(all, n.doc)
			// 总结 and 报告 name a report whatever its title ends with.
			if g == nil || ofGenre(n.doc, part[g[0]:g[1]]) || (reReportWords.MatchString(part[g[0]:g[1]]) && n.doc.Kind == document.KindReport) {
				docs = append(docs, n.doc)
			}
		}
		if len(docs) == 0 && len(all) == 1 {
			docs = all
		}
		if len(docs) == 1 {
			nd.docs = appendDocs(nd.docs, docs[0])
			if g != nil {
				nd.spans = append(nd.spans, [2]int{at + g[0], at + g[1]})
			}
		}
	}
	return nd
}

// nameDocs resolves the documents the question names and takes the words
// that named them out of its topic. Asked of a 上级文件, a year is something
// the document writes about ("到2022年要建多少所"), so it stays in the topic.
func (e *Engine) nameDocs(u *understood, allow func(string) bool) {
	nd := resolveNamed(e.names, e.isRare, e.isWord, u.q)
	// Unless it asks of a document: its head (文号, 落款) or one pointed at
	// ("那个自评报告").
	aboutDocument := len(u.attrs) > 0 || u.docDate || rePointedReport.MatchString(u.q)
	// So is one the question says is to be handed in ("今年普法的年度总结
	// 最晚哪天交"), though a title writes the words (…年度工作总结和…计划).
	if (u.contentReport || reSubmitted.MatchString(u.q)) && !aboutDocument && len(nd.spans) > 0 && allOf(nd.spans, func(sp [2]int) bool { return inReportWord(u.q, sp) }) {
		// "各科室年度自评报告啥时候前报": the 自评报告 a 考核细则 says is
		// to be written names no title that merely has 自评 in it.
		nd = namedDocs{}
	}
	byOffice := 0
	if (len(nd.docs) > 0 && len(u.orgs) > 0) || len(u.orgs) > 1 {
		before := len(nd.docs)
		// Parts that name documents by office alone count only when
		// they name two or more: one office's document in a question
		// about two offices' reports is no more named than the other's.
		if more := e.officeGenreParts(nd, u.q, allow); before > 0 || len(more.docs) > 1 {
			nd = more
		}
		byOffice = len(nd.docs) - before
	}
	if len(u.orgs) > 0 && len(nd.docs) > 0 && orgsWithin(u.q, u.orgs, nd.spans) {
		// "深圳湾口岸港方口岸区那个批复": the place is part of the
		// document's name, not an office asked about.
		u.orgs = nil
		u.topic = topicOf(u.q, nil, u.isWord)
	}
	if len(u.orgs) > 0 && byOffice == 0 {
		// A document named beside an office must be that office's —
		// unless the office names one document and a title another.
		kept := nd.keep(func(d *index.StoredDoc) bool {
			return anyOf(u.orgs, func(p *orgProfile) bool { return canonicalOrg(p.org) == canonicalOrg(d.Org) })
		})
		switch {
		case len(kept.docs) > 0:
			nd = kept
		case len(nd.docs) > 0 && stemOnly(u.orgs, u.q) && (nd.byNo || nd.longest(u.q) > weakNameRunes):
			// "深圳湾口岸批复": a stem that seemed an office begins the
			// name of a document the question names.
			u.orgs = nil
			u.topic = topicOf(u.q, nil, u.isWord)
		default:
			return
		}
	}
	if allow != nil {
		// A document the caller may not read is named by nothing: a 文号
		// of one reads as a 文号 the corpus lacks.
		nd = nd.keep(func(d *index.StoredDoc) bool { return allow(d.ID) })
	}
	if !nd.byNo {
		// A 文号 no indexed document carries names a document the corpus
		// lacks: say so rather than answer from others.
		if m := reAskedNumber.FindString(u.q); m != "" {
			u.unknownNumber = m
			return
		}
	}
	if u.unknown != "" && !nd.byNo && !within(u.q, u.unknown, nd.spans) {
		// An office the corpus lacks ("韶关市民政局") is what the question
		// is about; title words it shares with another document name nothing.
		return
	}
	if len(nd.docs) == 0 {
		nd = e.namedByAddressee(u.q, allow)
	}
	if len(nd.docs) == 0 {
		nd = e.namedByWordsPointed(u.q, allow)
	}
	if len(nd.docs) == 0 {
		nd = e.namedBySubject(u.q, allow)
	}
	if len(nd.docs) == 0 && len(u.attrs) > 0 {
		// "审计整改报告哪天出的" asks of a document: the words before a
		// genre word name it.
		nd = e.namedByWordsGenre(u.q, allow)
	}
	if pg := e.onlyOfPointedGenre(u.q, allow); len(pg.docs) > 0 && (len(nd.docs) == 0 || !nd.byNo && !anyOf(nd.docs, func(d *index.StoredDoc) bool { return ofAnyGenre(d, pg.docs) })) {
		// "指南里…全县人均可支配收入": the only document of the genre the
		// question points at or begins with outranks title words that
		// only seem to name another's ("全县人" of 在全县农村人居环境…).
		nd = pg
	}
	if len(nd.docs) == 1 && !nd.byNo && len(subQuestions(u.q)) < 2 && e.nameNamedLack(u.q, nd, allow) {
		// "康宁颐养院的处罚决定书给申请人了吗": a name the question writes
		// that the document its words named does not, and another
		// document does, says the words named the wrong one. (A question
		// of parts may name another document in each.)
		nd = namedDocs{}
	}
	if len(nd.docs) == 0 {
		// "国务院关于网络直播带货的管理规定": a whole title, issuer and
		// genre, whose subject no indexed title shares most of, is a
		// document the corpus lacks.
		if m := reTitleRef.FindStringSubmatch(u.q); m != nil && u.unknown == "" && !titleKnown(e.names, m[2]) {
			u.unknown = "《" + m[1] + "》"
		}
		return
	}
	u.unknown = "" // "综保区" named a document, it is not a missing place
	u.named = nd
	u.named.said = nd.words(u.q)
	rest := docRefWords.ReplaceAllStringFunc(blank(u.q, nd.spans), func(w string) string {
		// A genre word refers to a named document only when it is that
		// document's genre: in "乌昌石的实施方案谁来编" (a 批复) the
		// 实施方案 is what is asked about.
		if g := reGenreWord.FindString(w); g != "" && !anyOf(nd.docs, func(d *index.StoredDoc) bool { return slices.Contains(document.TitleGenres(d.Title), g) }) {
			return w
		}
		return " "
	})
	reports := anyOf(nd.docs, func(d *index.StoredDoc) bool { return d.Kind == document.KindReport })
	if reports {
		u.topic = topicOf(rest, u.orgs, u.isWord)
		return
	}
	for _, d := range nd.docs {
		// The issuer's place and name select the document too (株洲方案).
		rest = withoutOrg(rest, newOrgProfile(d.Org))
	}
	// "芡田村那份责任书": the words right before the demonstrative select
	// the document as its title's do, when it writes them (a party to it,
	// a place it is for).
	for _, m := range reBeforePointer.FindAllStringSubmatch(u.q, -1) {
		// The words right before it: the longest end of the run the
		// documents write ("芡田村" of "请问芡田村").
		rs := []rune(m[1])
		for i := 0; i+2 <= len(rs); i++ {
			w := string(rs[i:])
			if allOf(nd.docs, func(d *index.StoredDoc) bool { return strings.Contains(d.Text, w) }) {
				rest = strings.Replace(rest, w, " ", 1)
				break
			}
		}
	}
	// The month the document is of selects it, when more is asked than
	// what names it ("4月那个推进情况表哪天报出来的" asks the document's
	// own day, as "推进情况表哪天报出来的" would).
	if t := contentTopic(withoutRelativeMonth(withoutPeriodMonth(rest, nd.docs))); !saysNothing(t) && !titledBody(t, nd.docs) {
		rest = withoutPeriodMonth(rest, nd.docs)
	}
	u.topic = contentTopic(withoutRelativeMonth(rest))
	if !u.yearSpan {
		u.written = u.years
	}
	if saysNothing(u.topic) || titledBody(u.topic, nd.docs) || u.when && reAspectOnly.MatchString(u.topic) {
		// "深圳湾口岸港方口岸区土地使用期限到什么时候": the words that named
		// the document are also all the question asks about. So when what
		// is left is the documents' own title words ("民政局" of "民政局
		// 内设机构有哪些", named by 内设机构 in "…民政局职能配置、内设机构
		// 和人员编制规定"): every passage of them is of it.
		u.nameOnly = u.topic
		u.topic = contentTopic(withoutRelativeMonth(docRefWords.ReplaceAllString(u.q, " ")))
	}
}

// keep is nd with only the documents ok accepts; named by 文号 only if
// one remains.
func (nd namedDocs) keep(ok func(*index.StoredDoc) bool) namedDocs {
	out := namedDocs{spans: nd.spans}
	for _, d := range nd.docs {
		if ok(d) {
			out.docs = append(out.docs, d)
		}
	}
	out.byNo = nd.byNo && len(out.docs) > 0
	return out
}

// topicOf is a part of the question's topic without the words that named
// the documents (nd.said).
func (nd namedDocs) topicOf(part string, pu understood) (topic, nameOnly string) {
	rest := zh.Normalize(part)
	for _, w := range nd.said {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	rest = docRefWords.ReplaceAllString(rest, " ")
	if anyOf(nd.docs, func(d *index.StoredDoc) bool { return d.Kind == document.KindReport }) {
		return topicOf(rest, pu.orgs, pu.isWord), ""
	}
	for _, d := range nd.docs {
		rest = withoutOrg(rest, newOrgProfile(d.Org))
	}
	t := contentTopic(rest)
	if saysNothing(t) {
		// A part whose only words named the document asks about that
		// subject within it, as a whole question does (nameDocs), by
		// what else it writes (nameOnly).
		return contentTopic(docRefWords.ReplaceAllString(zh.Normalize(part), " ")), t
	}
	return t, ""
}

// titledBody reports whether topic is only the name of a body (民政局)
// that the title of each of docs writes: the office the documents are of.
func titledBody(topic string, docs []*index.StoredDoc) bool {
	t := strings.Join(strings.Fields(topic), "")
	if len(docs) == 0 || !document.IsBodyName(t) {
		return false
	}
	return allOf(docs, func(d *index.StoredDoc) bool { return strings.Contains(d.Title, t) })
}

// saysNothing reports whether a topic has no word of content: no figure
// and no content bigram but relative years ("今年 投 钱" once
// "供热管网改造" named the document).
// reAspectOnly is what a when-question may leave beside the words that
// named a document: when its matter starts or ends ("养老机构安全督查什么
// 时候开始" of a 呈批件 on that 督查) — the matter is the named words.
var reAspectOnly = regexp.MustCompile(`^(?:开始|结束|启动|截止|完成|进行|开展|举办|召开|搞|办)(?:\s+(?:开始|结束|启动|截止|完成|进行|开展|举办|召开|搞|办))*$`)

func saysNothing(topic string) bool {
	for _, ry := range relativeYears {
		topic = strings.ReplaceAll(topic, ry.word, " ")
	}
	return len(contentBigrams(topic)) == 0 && !strings.ContainsAny(topic, "0123456789")
}

// words are the named spans' text in the (normalized) whole question.
func (nd namedDocs) words(whole string) []string {
	var out []string
	for _, sp := range nd.spans {
		if sp[1] <= len(whole) {
			out = append(out, whole[sp[0]:sp[1]])
		}
	}
	return out
}

// orgsWithin reports whether every name the question calls its offices by
// lies inside the spans that named documents.
func orgsWithin(q string, orgs []*orgProfile, spans [][2]int) bool {
	for _, p := range orgs {
		for lvl := 0; lvl < 4; lvl++ {
			for _, a := range p.levels[lvl] {
				for off := 0; ; {
					i := strings.Index(q[off:], a)
					if i < 0 {
						break
					}
					if !inSpans(off+i, spans) {
						return false
					}
					off += i + len(a)
				}
			}
		}
	}
	return true
}

func inSpans(at int, spans [][2]int) bool {
	for _, sp := range spans {
		if sp[0] <= at && at < sp[1] {
			return true
		}
	}
	return false
}

// within reports whether the mention's text lies inside the named spans.
func within(q, mention string, spans [][2]int) bool {
	i := strings.Index(q, mention)
	return i >= 0 && inSpans(i, spans)
}

// contentTopic is topicOf for a question about a named 上级文件: its years
// are content, not scope.
func contentTopic(s string) string {
	// "还管用吗" asks whether a document is in force (understood.validity):
	// the asker's words, which the document states as 废止 or 施行.
	s = reValidityAsked.ReplaceAllString(s, " ")
	s = reAskFigure.ReplaceAllString(s, " ")
	s = zh.StripQuestion(s)
	s = reParticles.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// rePersonRef is a person as staff refer to one: surname and title
// ("马代表", "李委员").
var rePersonRef = regexp.MustCompile(`(\p{Han})(代表|委员)`)

// namedByAddressee finds the reply a question names by the person it is
// addressed to ("马代表那条建议" of the 答复 sent to 马玉琴代表): a reply
// answers one deputy's 建议 or one member's 提案, whose 主送 line names
// them.
func (e *Engine) namedByAddressee(q string, allow func(string) bool) namedDocs {
	var out namedDocs
	for _, m := range rePersonRef.FindAllStringSubmatchIndex(q, -1) {
		surname, title := q[m[2]:m[3]], q[m[4]:m[5]]
		var hits []*index.StoredDoc
		for _, d := range e.Index.Docs() {
			if d.Kind != document.KindReply || (allow != nil && !allow(d.ID)) {
				continue
			}
			a := strings.TrimSpace(d.Addressee)
			if n := utf8.RuneCountInString(a); strings.HasPrefix(a, surname) && strings.HasSuffix(a, title) && n >= 3 && n <= 5 {
				hits = append(hits, d)
			}
		}
		if len(hits) == 1 {
			out.docs = append(out.docs, hits[0])
			out.spans = append(out.spans, [2]int{m[0], m[1]})
		}
	}
	return out
}

// onlyOfGenre is the one readable document of genre g that ok accepts,
// or nil when there is none or more than one.
func (e *Engine) onlyOfGenre(g string, allow func(string) bool, ok func(*index.StoredDoc) bool) *index.StoredDoc {
	var only *index.StoredDoc
	for _, d := range e.Index.Docs() {
		if (allow == nil || allow(d.ID)) && ofGenre(d, g) && ok(d) {
			if only != nil {
				return nil
			}
			only = d
		}
	}
	return only
}

// ofAnyGenre reports whether d is of a genre one of docs' titles names.
func ofAnyGenre(d *index.StoredDoc, docs []*index.StoredDoc) bool {
	for _, o := range docs {
		for _, g := range document.TitleGenres(o.Title) {
			if ofGenre(d, g) {
				return true
			}
		}
	}
	return false
}

// onlyOfPointedGenre names the document a question points at with its
// genre ("那个回函…", "这份答复函…", "那份安全责任书") when it is the only
// one of that genre whose title says the words between, or begins with the
// genre as its subject ("责任书要求…") when it is the only one of that genre.
func (e *Engine) onlyOfPointedGenre(q string, allow func(string) bool) namedDocs {
	var out namedDocs
	for _, m := range rePointedGenre.FindAllStringSubmatchIndex(q, -1) {
		// Words before it alone ("满六年那个规定") point at something its
		// text sets out. Words between name it by title, loosely: "那份
		// 安全责任书" is the only 责任书 whose title says 安全, though
		// too many titles say 安全 for the word to name one by itself.
		between := q[m[2]:m[3]]
		if m[0] > 0 && between == "" {
			continue
		}
		if d := e.onlyOfGenre(q[m[4]:m[5]], allow, func(d *index.StoredDoc) bool { return strings.Contains(d.Title, between) }); d != nil {
			out.docs = append(out.docs, d)
			out.spans = append(out.spans, [2]int{m[0], m[1]})
		}
	}
	if len(out.docs) == 0 {
		// "民政局要钱的请示哪天出的": a genre after 的 names the only one
		// of that genre of the office the words before it name (民政局),
		// whatever else they say of it.
		for _, m := range reGenreAfterDe.FindAllStringSubmatchIndex(q, -1) {
			g, before := q[m[4]:m[5]], q[m[2]:m[3]]
			// Not "部门给县政府的请示": a kind of document, whoever writes it.
			if d := e.onlyOfGenre(g, allow, func(d *index.StoredDoc) bool { return officeNamedIn(before, d) }); d != nil {
				out.docs, out.spans = []*index.StoredDoc{d}, [][2]int{{m[0], m[1]}}
				return out
			}
		}
	}
	if len(out.docs) == 0 {
		// "责任书要求村里…": a genre the question begins with, as its
		// subject, names the only document of that genre.
		for _, g := range genres {
			// The genre is the subject only when what follows says so
			// ("责任书要求…", "通告里…"), not when it begins a longer word
			// ("协议管护", "计划投资", "通告发布后").
			rest, ok := strings.CutPrefix(q, g)
			if !ok || !reSubjectAfterGenre.MatchString(rest) {
				continue
			}
			if d := e.onlyOfGenre(g, allow, func(*index.StoredDoc) bool { return true }); d != nil {
				out.docs, out.spans = []*index.StoredDoc{d}, [][2]int{{0, len(g)}}
			}
			break
		}
	}
	return out
}

// reGenreAfterDe is a genre word right after 的 and the words before it
// ("民政局要钱的请示"), followed by what is asked of it or in it.
var reGenreAfterDe = regexp.MustCompile(`(\p{Han}{1,12})的(` + genreAlt + `)(?:里|中|上|是|哪|几|什么|啥|的|文号|落款|成文|印发|发|报|$|[\s，,。？?])`)

// officeNamedIn reports whether words name d's issuing office by the last
// word of its name (局, 委, 办): "民政局要钱的" names 某县民政局's.
func officeNamedIn(words string, d *index.StoredDoc) bool {
	for _, w := range reOfficeWords.FindAllString(words, -1) {
		if strings.Contains(d.Org, w) {
			return true
		}
	}
	return false
}

// reOfficeWords are an office's short names as a question writes them.
var reOfficeWords = regexp.MustCompile(`\p{Han}{1,4}(?:局|委|办|厅|部|院|政府)`)

// reMonthAsked is a month a question names: "8月份", "8月".
var reMonthAsked = regexp.MustCompile(`(\d{1,2})月份?`)

// withoutPeriodMonth blanks from t the month the named documents are of
// ("8月份来电来访总共登记了几件" of a 登记簿 headed "（2025年8月）"): it
// selects the document, as its title's words do, and is no word the
// answer must write ("本月共登记…15件").
func withoutPeriodMonth(t string, docs []*index.StoredDoc) string {
	if len(docs) == 0 {
		return t
	}
	for _, m := range reMonthAsked.FindAllStringSubmatchIndex(t, -1) {
		if m[0] > 0 && t[m[0]-1] >= '0' && t[m[0]-1] <= '9' {
			continue
		}
		month := t[m[2]:m[3]] + "月"
		if allOf(docs, func(d *index.StoredDoc) bool { return headPeriodMonth(d.Text, month) }) {
			return t[:m[0]] + " " + t[m[1]:]
		}
	}
	return t
}

// headPeriodMonth reports whether the head of text (its first lines)
// gives month as the period it is of: "（2025年8月）", "2025年8月份".
// A day of the month (8月6日) is no period.
func headPeriodMonth(text, month string) bool {
	lines := 0
	for _, l := range strings.Split(text[:min(len(text), headBytes)], "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if lines++; lines > periodHeadLines {
			return false
		}
		for at := 0; ; {
			i := strings.Index(l[at:], month)
			if i < 0 {
				break
			}
			i += at
			at = i + len(month)
			if i > 0 && l[i-1] >= '0' && l[i-1] <= '9' {
				continue // 12月 is no 2月
			}
			rest := strings.TrimPrefix(l[at:], "份")
			if rest == "" || strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")") {
				return true
			}
		}
	}
	return false
}

// periodHeadLines are the head lines that state a document's period:
// its title, wrapped, and the line under it.
const periodHeadLines = 3
