package answer

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
)

// reDistributive asks the same of each of several things: "A和B各要花多少
// 钱", "A、B分别是哪个单位出的". 各 before a noun ("各乡镇的要求") is
// "every", not "each of them".
var reDistributive = regexp.MustCompile(`各自|分别|各(?:是|有|要|占|需|为|拿|给|补|花|投|多|几|交|报|用|得|能|该|应|在|从|由)`)

// reWhichFirst asks which of several documents came first: its verb
// (出, 印发, 发) is asked of each.
var reWhichFirst = regexp.MustCompile(`(?:哪个|哪一个|哪份|谁)(?:最)?(?:先|早|晚)(出台|印发|下发|发布|出|发|报|写|签)?(?:的)?(?:$|[?？,，\s])`)

// reItemJoin joins the things a distributive question asks of.
var reItemJoin = regexp.MustCompile(`和|跟|与|及|、`)

// reInDocument is a document named as where the things are ("…的通知
// 里").
var reInDocument = regexp.MustCompile(`(?:文件|` + genreAlt + `)(?:里面|里|中)`)

// minItemRunes: a thing asked of says at least this much. Shorter ones
// ("城市和农村低保标准", "时间和地点") are parts of one phrase whose
// words they share, which a split would lose.
const minItemRunes = 3

// distributedParts splits a question that asks the same of several things
// into one question per thing — "养老中心和防汛演练各要花多少钱" is
// "养老中心要花多少钱" and "防汛演练要花多少钱" — or returns nil. Each
// thing may be another document's, so each is asked on its own: its own
// scope, its own named document. Only a question of one clause is split:
// another clause ("…各多少?总投资呢") would be asked with no subject.
func distributedParts(q string) []string {
	var clauses []string
	for _, c := range reClauseEnd.Split(q, -1) {
		if c = strings.TrimSpace(c); c != "" {
			clauses = append(clauses, c)
		}
	}
	if len(clauses) != 1 {
		return nil
	}
	c := clauses[0]
	loc := reDistributive.FindStringIndex(c)
	var rest string
	first := false
	if m := reWhichFirst.FindStringSubmatchIndex(c); m != nil && (loc == nil || m[0] < loc[0]) {
		// "A和B哪个先出的" asks each one's date: "A哪天出的".
		// The break that ends the match is the rest's, not the ask's.
		m[1] = m[0] + len(strings.TrimRight(c[m[0]:m[1]], "?？,， \t\u3000"))
		loc, first = m[:2], true
		verb := "出"
		if m[2] >= 0 {
			verb = c[m[2]:m[3]]
		}
		rest = "哪天" + verb + "的" + c[m[1]:]
	} else if loc != nil {
		rest = c[loc[1]:]
		if !strings.HasPrefix(c[loc[0]:loc[1]], "各自") && !strings.HasPrefix(c[loc[0]:loc[1]], "分别") {
			rest = c[loc[0]+len("各"):loc[1]] + rest // 各是 → 是
		}
	} else {
		return nil
	}
	// "…哪个先出的 日期各是哪天" restates what it asks after a break;
	// anything else after one ("…分别多少 临时救助呢") asks more, which a
	// split would lose.
	if br := reSoftBreak.FindStringIndex(strings.TrimSpace(rest)); br != nil && br[0] > 0 {
		tail := strings.TrimSpace(rest)[br[1]:]
		if !reDistributive.MatchString(tail) {
			return nil
		}
		rest = strings.TrimSpace(rest)[:br[0]]
	}
	pre := strings.TrimSpace(c[:loc[0]])
	// Years joined ("2015年和2019年GDP分别多少", "去年和前年") are one
	// office's reports, each answering (byYear); a document named by its
	// genre ("…的通知里城市和农村低保各是多少") holds the things asked
	// of, and its name may hold a 和 of its own.
	if namesYear(pre) {
		return nil
	}
	items := reItemJoin.Split(pre, -1)
	// Each thing in its own document ("供热答复里…和地灾预案里…") is
	// asked of; one document holding them all is not split.
	if in := countOf(items, reInDocument.MatchString); in > 0 && in < len(items) {
		return nil
	}
	// "楮坪换届方案和砚池司法局清单 落款日期分别是哪天": what follows the
	// last thing after a space is asked of each.
	if n := len(items); n >= 2 && !first {
		if i := strings.LastIndexAny(strings.TrimSpace(items[n-1]), " \t\u3000"); i > 0 {
			last := strings.TrimSpace(items[n-1])
			rest = strings.TrimSpace(last[i:]) + rest
			items[n-1] = strings.TrimSpace(last[:i])
		}
	}
	// "A批复和B批复的国函文号各是多少": what the last thing's 的 is
	// followed by is asked of each, when the first has no 的 of its own
	// ("A表彰的先进个人和B培训的优秀学员" asks of two).
	if n := len(items); n >= 2 && !first && !strings.Contains(items[0], "的") {
		if i := strings.LastIndex(items[n-1], "的"); i > 0 {
			rest = items[n-1][i+len("的"):] + rest
			items[n-1] = items[n-1][:i]
		}
	}
	if len(items) < 2 || !reAsks.MatchString(rest) {
		return nil
	}
	items = sharingEnds(items)
	var out []string
	for _, it := range items {
		it = strings.TrimSpace(it)
		if utf8.RuneCountInString(it) < minItemRunes {
			return nil
		}
		out = append(out, it+rest)
	}
	return out
}

// reSharedTail is the place word after the last thing joined ("…提案
// 办理里"): where every thing is.
var reSharedTail = regexp.MustCompile(`(?:里面|里)$`)

// sharingEnds gives every thing joined the place word the last writes
// after it: in "郦婉清在养老中心验收和提案办理里" both things are where
// (里) something is done. (What the first writes before it is not shared:
// "存在的问题和下一步打算", "服务对象和联系方式" begin with words, not with
// who they are asked of.)
func sharingEnds(items []string) []string {
	out := append([]string(nil), items...)
	last := out[len(out)-1]
	// "副会长单位和一般个人会员会费各多少": the quantity the last thing
	// ends with (会费, 投资, 床位) is asked of each.
	if m := trailingMeasure(last); m != "" && len(m) < len(last) {
		for i := 0; i < len(out)-1; i++ {
			if !strings.Contains(out[i], m) {
				out[i] += m
			}
		}
	}
	if t := reSharedTail.FindString(last); t != "" && len(t) < len(last) {
		for i := 0; i < len(out)-1; i++ {
			if !reSharedTail.MatchString(out[i]) {
				out[i] += t
			}
		}
	}
	return out
}

// trailingMeasure is the word for a quantity an item ends with: a
// measure noun of two runes or more (投资, 床位, 补贴), or a one-rune one
// (费) with the rune before it (会费, 学费).
func trailingMeasure(item string) string {
	for _, m := range measureNouns {
		if !strings.HasSuffix(item, m.noun) {
			continue
		}
		rs := []rune(item)
		if n := utf8.RuneCountInString(m.noun); n >= 2 {
			// 总投资, 总面积: a total keeps its 总.
			if len(rs) > n+1 && rs[len(rs)-n-1] == '总' {
				return "总" + m.noun
			}
			return m.noun
		}
		if len(rs) >= 3 {
			return string(rs[len(rs)-2:])
		}
	}
	return ""
}

// countOf counts the xs f holds for.
func countOf[T any](xs []T, f func(T) bool) int {
	n := 0
	for _, x := range xs {
		if f(x) {
			n++
		}
	}
	return n
}

// writtenBrackets writes a normalized 文号's brackets as 公文 do.
var writtenBrackets = strings.NewReplacer("[", "〔", "]", "〕")

// reMark is a citation mark in an answer.
var reMark = regexp.MustCompile(`\[(\d+)\]`)

// askParts asks each part of a question on its own, a later part lent the
// first's subject (withSubjectOf), outside the chat: how many answer, and
// the answer they make.
func (e *Engine) askParts(ctx context.Context, req Request, parts []string) (*Response, int, error) {
	// "犨坪春季攻势拆了多少 全县去年一共拆了多少": a part asked of the
	// whole county, town or city is lent the first's thing, not its
	// office or place — read once, when a part asks of a whole area.
	placeless, level := "", -1
	firstPlace := func() (string, int) {
		if level < 0 {
			placeless, level = withoutPlaces(e.Index, e.readableOrgs(req.Allow), parts[0], req.Now)
		}
		return placeless, level
	}
	each := []string{parts[0]}
	for _, p := range parts[1:] {
		first := parts[0]
		if area := wholeArea(p); area != "" {
			// 全区 after 南山区, 全镇 after 石桥镇 are that district's,
			// that town's: only a wider area leaves the first's place.
			if bare, lv := firstPlace(); lv == 0 || areaLevels[area] > lv {
				first = bare
			}
		}
		each = append(each, withSubjectOf(first, p))
	}
	one := req
	one.onePart, one.History = true, nil
	return e.askEach(ctx, one, each, parts)
}

// reWholeArea asks of a whole area: 全县, 全市, 全区, 全镇, 全乡, 全省 —
// not inside a word (安全市场, 健全省级: wholeArea).
var reWholeArea = regexp.MustCompile(`全(县|市|区|镇|乡|省)`)

// notWholeBefore begin the common words that end in 全 (安全, 健全, 完
// 全, 齐全): 全 after them names no whole area. Not 周, 保, 求, 成: 这周全
// 县, 确保全县, 要求全县, 完成全县 ask of the county (review 43).
const notWholeBefore = "安健完齐"

// wholeArea is the area a part asks of whole (全县 → 县), "" if none.
func wholeArea(p string) string {
	for _, m := range reWholeArea.FindAllStringSubmatchIndex(p, -1) {
		if m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(p[:m[0]]); strings.ContainsRune(notWholeBefore, r) {
				continue
			}
		}
		return p[m[2]:m[3]]
	}
	return ""
}

// areaLevels rank the areas a place is named at, narrowest first;
// levelWords are their words, longest first (社区 before 区).
var (
	areaLevels = map[string]int{"村": 1, "社区": 1, "镇": 2, "乡": 2, "街道": 2, "县": 3, "区": 3, "市": 4, "省": 5}
	levelWords = func() []string {
		ws := slices.Collect(maps.Keys(areaLevels))
		slices.SortFunc(ws, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
		return ws
	}()
)

// withoutPlaces is q without the offices and places it names, and the
// narrowest level it names one at (0 when it writes none).
func withoutPlaces(ix *index.Index, orgs []*orgProfile, q string, now time.Time) (string, int) {
	u := understand(ix, orgs, q, now)
	names := slices.Clone(u.places)
	for _, o := range u.orgs {
		for _, lvl := range o.levels {
			names = append(names, lvl...)
		}
	}
	lv := placeLevel(q, names)
	for _, o := range u.orgs {
		q = withoutOrg(q, o)
	}
	for _, pl := range u.places {
		q = withoutPlace(q, pl)
	}
	return q, lv
}

// officeLevel is the narrowest level an office's name is written at, as
// areaLevels rank it (甗川县人民政府 → 县, 清远市清城区民政局 → 区, 桧井街道
// 办事处 → 街道), 0 when it names none (民政局): read by the org's place
// levels (orgProfile.deep: 0 province … 3 town).
func officeLevel(org string) int {
	if p := newOrgProfile(org); p.deep >= 0 {
		return areaLevels["省"] - p.deep
	}
	return 0
}

// docOfficeLevel is officeLevel of d's office, read once per document:
// supportedAt asks it of every passage of a question that names a town.
func docOfficeLevel(d *index.StoredDoc) int {
	return officeLevelMemo.get(d, func(d *index.StoredDoc) int { return officeLevel(d.Org) })
}

var officeLevelMemo docMemo[int]

// reEveryPlace addresses every place of a level: what a county sentence
// sets for 各乡镇 holds in each.
var reEveryPlace = regexp.MustCompile(`各(?:乡镇|镇|乡|街道|村|社区)|所有乡镇`)

// rePlaceAt names a place of a level by its own name (柘塘镇, 城关镇), not
// 各乡镇, 全镇 or 本村.
var rePlaceAt = map[int]*regexp.Regexp{
	1: regexp.MustCompile(`[^\P{Han}各全本该每等和及与]{2,3}(?:村|社区)`),
	2: regexp.MustCompile(`[^\P{Han}各全本该每等和及与]{2,3}(?:镇|乡|街道)`),
}

// namesOtherPlace reports whether line names a place at level lv other
// than any of places.
func namesOtherPlace(line string, lv int, places []string) bool {
	re, ok := rePlaceAt[lv]
	if !ok {
		return false
	}
	for _, m := range re.FindAllString(line, -1) {
		if strings.HasSuffix(m, "乡镇") || anyOf(places, func(p string) bool { return strings.Contains(m, p) }) {
			continue
		}
		return true
	}
	return false
}

// placeLevel is the narrowest level a question names one of its places
// or offices at ("石桥镇" → 镇), 0 when it writes none after the name.
func placeLevel(q string, places []string) int {
	lv := 0
	for _, pl := range places {
		for at := 0; pl != ""; {
			i := strings.Index(q[at:], pl)
			if i < 0 {
				break
			}
			at += i + len(pl)
			if l := areaLevels[levelAfter(q[at:])]; l > 0 && (lv == 0 || l < lv) {
				lv = l
			}
		}
	}
	return lv
}

// levelAfter is the level word rest opens with (镇 of "镇敬老院"), "".
func levelAfter(rest string) string {
	for _, w := range levelWords {
		if strings.HasPrefix(rest, w) {
			return w
		}
	}
	return ""
}

// withoutPlace blanks a place and the level written after it.
func withoutPlace(q, place string) string {
	if place == "" {
		return q
	}
	var b strings.Builder
	for {
		i := strings.Index(q, place)
		if i < 0 {
			b.WriteString(q)
			return b.String()
		}
		b.WriteString(q[:i])
		b.WriteString(" ")
		q = q[i+len(place):]
		q = q[len(levelAfter(q)):]
	}
}

// namesOwnSubject reports whether a later part of a question names its
// own subject — an office or a place — so that it may be asked as written
// when the first part's subject, lent to it, finds nothing ("鳜潭镇归哪个
// 县领导联系" after "鳜潭镇敬老院改造要多少钱"); a part that says only
// "每平方米多少钱" or "全县去年拆了多少" leans on the first.
func (e *Engine) namesOwnSubject(part string, req Request) bool {
	pu := understand(e.Index, e.readableOrgs(req.Allow), part, req.Now)
	return len(pu.orgs) > 0 || len(pu.places) > 0
}

// askEach asks each of parts on its own and says each answer under
// labels' entry, how the asker wrote that part, their citations numbered
// on; a part none answers is named as not found (a distributive question's
// things, askParts' parts). A part whose answer only
// repeats what an earlier part quoted (the subject it was lent found the
// first part's passage again) is unanswered. It returns how many parts
// were answered.
func (e *Engine) askEach(ctx context.Context, req Request, parts, labels []string) (*Response, int, error) {
	answered := 0
	out := &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	seen := map[string]bool{}
	quoted := map[string]bool{}
	key := func(c Citation) string { return c.Doc.ID + "\x00" + strconv.Itoa(c.Start) }
	repeats := func(r *Response) bool {
		return r.Found && len(r.Citations) > 0 && allOf(r.Citations, func(c Citation) bool { return quoted[key(c)] })
	}
	for i, p := range parts {
		sub := req
		sub.Q = p
		p = labels[i]
		r, err := e.ask(ctx, sub)
		if err != nil {
			return nil, 0, err
		}
		if repeats(r) {
			r = &Response{}
		}
		// A part lent the first's subject that finds nothing is asked
		// as written, when it says enough of its own.
		if !r.Found && sub.Q != labels[i] && e.namesOwnSubject(labels[i], sub) {
			alone := sub
			alone.Q = labels[i]
			if r2, err := e.ask(ctx, alone); err != nil {
				return nil, 0, err
			} else if r2.Found && !repeats(r2) {
				r = r2
			}
		}
		for _, c := range r.Citations {
			quoted[key(c)] = true
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		// A 文号 the question writes ([2019], normalized) is no citation
		// mark: it is said as written (〔2019〕).
		said := writtenBrackets.Replace(p)
		if !r.Found {
			// A part whose year or office no document is of says so
			// ("资料中没有…2025年度的报告"), as the question would alone.
			if why, _, ok := strings.Cut(r.Answer, "。"); ok && strings.HasPrefix(why, "资料中没有") {
				fmt.Fprintf(&b, "关于“%s”,%s。", said, why)
				continue
			}
			b.WriteString(unansweredPart(p))
			continue
		}
		// Each answer under the thing it is of.
		fmt.Fprintf(&b, "关于“%s”:", said)
		b.WriteString(numberedOn(out, r))
		out.Found = true
		answered++
		if out.Scope.Question == "" {
			out.Scope = r.Scope
			out.Scope.Docs, out.Scope.Basis = nil, ""
		}
		// The documents in scope are every part's.
		for _, d := range r.Scope.Docs {
			if !seen[d.ID] {
				seen[d.ID] = true
				out.Scope.Docs = append(out.Scope.Docs, d)
			}
		}
	}
	out.Answer = b.String()
	return out, answered, nil
}

// numberedOn adds r's citations after out's, numbered on, and returns r's
// answer with its marks numbered the same way.
func numberedOn(out, r *Response) string {
	off := len(out.Citations)
	for _, c := range r.Citations {
		c.N += off
		out.Citations = append(out.Citations, c)
	}
	return reMark.ReplaceAllStringFunc(r.Answer, func(m string) string {
		n, _ := strconv.Atoi(m[1 : len(m)-1])
		return "[" + strconv.Itoa(n+off) + "]"
	})
}
