package plan

import (
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/relevance"
	"github.com/gongwen/gongwen/internal/zh"
)

// Kinds of plan questions AnswerUnits recognises.
const (
	KindLeadTasks = "lead-tasks" // "局办公室牵头哪些任务?"
	KindCoopTasks = "coop-tasks" // "慈善社工科配合哪些任务?"
	KindWhoLeads  = "who-leads"  // "加大社团治理力度由谁牵头?"
	KindWhoCoops  = "who-coops"  // "加大社团治理力度谁来配合?"
)

var (
	roleWordRe = regexp.MustCompile(`牵头|配合|负责|主责|协助|协同|责任单位`)
	whoLeadRe  = regexp.MustCompile(`(?:谁|哪个|哪些|哪几个|哪一个|哪家|什么)(?:科室|单位|部门|处室|股室)?来?(?:牵头|负责|主抓|主责)|牵头(?:单位|科室|部门)|牵头(?:的是|是|的)(?:谁|哪)|责任单位`)
	whoCoopRe  = regexp.MustCompile(`(?:谁|哪个|哪些|哪几个|哪一个|哪家|什么)(?:科室|单位|部门|处室|股室)?来?(?:具体)?(?:配合|协助|协同)|配合(?:单位|科室|部门)|配合(?:的是|是|的)(?:谁|哪)`)
	asksTasks  = regexp.MustCompile(`(?:哪些|哪几|几项|几个|多少|什么)(?:项|个)?(?:任务|工作|事项|事)|任务(?:有|是)?(?:哪些|几项|多少)|(?:牵头|配合|负责|主责)了?(?:哪些|哪几|什么|啥|几项|多少)`)
	// A unit the items do not name, asked about anyway: "财务科牵头哪些任务?"
	unknownUnitRe = regexp.MustCompile(`^(.{2,20}?)(牵头|负责|主责|具体配合|配合)了?(?:的任务|的工作)?(?:有|是)?(?:哪些|什么|几项|多少)`)
)

// fillerWords carry no content for matching a task title once the
// who-phrase is gone.
var fillerWords = []string{"实施方案", "方案", "任务", "工作的", "这项", "该项", "那项", "这条", "那条", "单位", "科室", "部门", "牵头", "配合", "负责", "具体", "的是", "由", "是", "的"}

// whoMatchAt is how well a question must name a task for a who-question to
// be answered from it (see titleMatch): half of the title's words, or a
// question that is mostly the task's own words.
const whoMatchAt = 0.5

// AsksRoles reports whether a question speaks of units' roles (牵头, 配合,
// 负责…) at all: one that does not is no question AnswerUnits answers.
func AsksRoles(question string) bool {
	return roleWordRe.MatchString(zh.Normalize(question))
}

// AnswerUnits recognises questions about plan tasks and units and answers
// them from the parsed items:
//
//   - "局办公室牵头哪些任务?" → kind "lead-tasks", the items the named unit
//     leads ("coop-tasks" for "…配合哪些任务?"); units are recognised by the
//     names the items' Lead and Coop lists use;
//   - "加大社团治理力度由谁牵头?" / "…谁来配合?" → kind "who-leads" /
//     "who-coops", the item(s) whose title best matches (none when no title
//     matches well enough: the question is about units, but not about a task
//     in these plans);
//   - anything else → kind "" and no items.
func AnswerUnits(items []PlanItem, question string) (matched []PlanItem, kind string) {
	q := strings.Join(strings.Fields(zh.Normalize(question)), "")
	if !roleWordRe.MatchString(q) {
		return nil, ""
	}
	whoLead, whoCoop := whoLeadRe.MatchString(q), whoCoopRe.MatchString(q)
	units := mentionedUnits(items, q)
	lead := strings.Contains(q, "牵头") || strings.Contains(q, "负责") || strings.Contains(q, "主责")
	if len(units) > 0 && (asksTasks.MatchString(q) || !(whoLead || whoCoop)) {
		kind = KindCoopTasks
		if lead {
			kind = KindLeadTasks
		}
		for _, it := range items {
			list := it.Coop
			if kind == KindLeadTasks {
				list = it.Lead
			}
			if sharesUnit(list, units) {
				matched = append(matched, it)
			}
		}
		return matched, kind
	}
	if whoLead || whoCoop {
		kind = KindWhoLeads
		if whoCoop && !whoLead {
			kind = KindWhoCoops
		}
		rest := whoLeadRe.ReplaceAllString(q, " ")
		rest = whoCoopRe.ReplaceAllString(rest, " ")
		return bestByTitle(items, rest), kind
	}
	if m := unknownUnitRe.FindStringSubmatch(q); m != nil {
		unit := strings.TrimSpace(zh.StripQuestion(m[1]))
		if unit == "" {
			return nil, ""
		}
		if strings.HasSuffix(m[2], "配合") {
			return ByCoop(items, unit), KindCoopTasks
		}
		return ByLead(items, unit), KindLeadTasks
	}
	return nil, ""
}

// mentionedUnits finds the unit names of the items that occur in q, longest
// first, so "局办公室" is not also read as a shorter name inside it.
func mentionedUnits(items []PlanItem, q string) []string {
	seen := map[string]bool{}
	var all []string
	for _, it := range items {
		for _, u := range append(append([]string(nil), it.Lead...), it.Coop...) {
			u = NormalizeUnit(u)
			if u != "" && !seen[u] {
				seen[u] = true
				all = append(all, u)
			}
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if a, b := utf8.RuneCountInString(all[i]), utf8.RuneCountInString(all[j]); a != b {
			return a > b
		}
		return all[i] < all[j]
	})
	var out []string
	rest := q
	for _, u := range all {
		// Staff drop the level prefix: "民政执法大队" is 市民政执法大队.
		short := strings.TrimLeft(u, "市区县省")
		switch {
		case strings.Contains(rest, u):
			out = append(out, u)
			rest = strings.ReplaceAll(rest, u, "|")
		case short != u && utf8.RuneCountInString(short) >= 4 && strings.Contains(rest, short):
			out = append(out, u)
			rest = strings.ReplaceAll(rest, short, "|")
		case asksTasks.MatchString(q):
			// "法援中心负责哪几项" of 县法律援助中心, "市监局牵头哪些" of
			// 县市场监督管理局: a unit written short, its level dropped or
			// not, when its tasks are asked (not "…是市场监管局牵头吗",
			// of one task).
			for _, name := range []string{u, withoutLevel(u)} {
				if i, j, ok := abbreviatedIn(rest, name); ok {
					out = append(out, u)
					rest = rest[:i] + "|" + rest[j:]
					break
				}
			}
		}
	}
	return out
}

// minAbbrevRunes is the shortest a unit's short name is ("市监局").
const minAbbrevRunes = 3

// withoutLevel is a unit's name without the one level it begins with:
// 县市场监督管理局 → 市场监督管理局 (not 场监督管理局).
func withoutLevel(u string) string {
	for _, l := range []string{"省", "市", "县", "区"} {
		if rest, ok := strings.CutPrefix(u, l); ok && utf8.RuneCountInString(rest) >= minAbbrevRunes+1 {
			return rest
		}
	}
	return u
}

// abbreviatedIn finds a unit's name written short in q, as staff shorten
// names: its first rune, then runes the name writes in order, ending with
// the name's last rune, the kind of unit it is (中心, 局, 所) — "法援中心"
// of 法律援助中心, "市监局" of 市场监督管理局. The byte span in q.
func abbreviatedIn(q, name string) (int, int, bool) {
	nr := []rune(name)
	if len(nr) < minAbbrevRunes+1 {
		return 0, 0, false
	}
	for i, r := range q {
		if r != nr[0] {
			continue
		}
		// Runes of q that the name writes in order, after its first;
		// kindRunes of them among the name's last two.
		k, j := 1, i+utf8.RuneLen(r)
		n, kindRunes := 1, 0
		for j < len(q) && k < len(nr) {
			c, size := utf8.DecodeRuneInString(q[j:])
			at := indexRune(nr[k:], c)
			if at < 0 {
				break
			}
			k += at + 1
			j += size
			n++
			if k > len(nr)-2 {
				kindRunes++
			}
			if k == len(nr) {
				break
			}
		}
		// Two runes at least of what the name says before its last two
		// (the kind of unit: 中心, 管理局): "法中心" is no name.
		if k == len(nr) && n >= minAbbrevRunes && n < len(nr) && n-min(2, kindRunes) >= 2 {
			return i, j, true
		}
	}
	return 0, 0, false
}

func indexRune(rs []rune, r rune) int {
	for i, x := range rs {
		if x == r {
			return i
		}
	}
	return -1
}

func sharesUnit(list, units []string) bool {
	for _, l := range list {
		l = NormalizeUnit(l)
		for _, u := range units {
			if l == u {
				return true
			}
		}
	}
	return false
}

// bestByTitle returns the item(s) whose title best matches q (ties: all of
// them), or nil when none matches at whoMatchAt.
func bestByTitle(items []PlanItem, q string) []PlanItem {
	q = zh.StripQuestion(q)
	for _, w := range fillerWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	qt := relevance.WordSet(q)
	if len(qt) == 0 {
		return nil
	}
	best := 0.0
	var out []PlanItem
	for _, it := range items {
		s := titleMatch(qt, it)
		if questionCovered(qt, it) < minQuestionCovered {
			// A task whose short title shares a word with the question
			// ("法律援助法" and "一穴两卖那些纠纷谁给法律援助") is not the
			// one asked when most of what the question names is nowhere
			// in it.
			continue
		}
		switch {
		case s > best+1e-9:
			best = s
			out = []PlanItem{it}
		case s > best-1e-9 && s > 0:
			out = append(out, it)
		}
	}
	if best < whoMatchAt {
		return nil
	}
	return out
}

// minQuestionCovered: the share of a who-question's words a task must
// hold, in its title or its body, to be the task asked of.
const minQuestionCovered = 0.5

// questionCovered is the share of question tokens qt that item's title or
// body holds.
func questionCovered(qt map[string]bool, it PlanItem) float64 {
	words := relevance.WordSet(strings.ReplaceAll(it.Title+" "+it.Body, "中华人民共和国", ""))
	n := 0
	for t := range qt {
		if words[t] {
			n++
		}
	}
	return float64(n) / float64(len(qt))
}

// titleMatch is how well question tokens qt name item: the mean of the
// title's recall and the question's precision against the title, or — for
// a question naming something only the task's body says ("宪法宣誓") — 0.8
// of the question's precision against the body.
func titleMatch(qt map[string]bool, it PlanItem) float64 {
	// A national law is named without the state's name: staff say 民法典
	// and 行政复议法, a 普法 list writes 《中华人民共和国民法典》.
	tt := relevance.WordSet(strings.ReplaceAll(it.Title, "中华人民共和国", ""))
	bt := relevance.WordSet(it.Body)
	var inTitle, inBody int
	for t := range qt {
		if tt[t] {
			inTitle++
		}
		if bt[t] || tt[t] {
			inBody++
		}
	}
	s := 0.0
	if len(tt) > 0 {
		s = (float64(inTitle)/float64(len(tt)) + float64(inTitle)/float64(len(qt))) / 2
	}
	if b := 0.8 * float64(inBody) / float64(len(qt)); b > s {
		s = b
	}
	return s
}
