package outline

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// figure is a number with its unit in a sentence ("10场", "5346万元") and
// the label of a placeholder that asks for this year's value of the same
// measure.
type figure struct {
	start, end int // byte offsets of number+unit in the sentence
	label      string
}

var (
	numRe = regexp.MustCompile(`\d+(?:\.\d+)?`)
	units = []string{"万元", "亿元", "人次", "场次", "平方米", "公里", "小时", "元", "户", "人", "名", "场", "次", "件", "宗", "个", "间", "条", "对", "家", "所", "期", "项", "%", "％", "份", "册", "处", "起", "批", "篇", "部", "座", "张", "套", "台", "辆", "亩", "天"}
	// figureVerbs are the verbs a measure is counted by ("开展…10场",
	// "废止…1件"): a label keeps them, since 废止 1 件 is not 1 件 in force.
	figureVerbs = []string{"开展", "举办", "组织", "发放", "办理", "完成", "接收", "救助", "护送", "协助", "纳入", "废止", "废除", "受理", "处理", "办结", "建成", "建立", "运营", "接到", "转介", "拨付", "取得", "领取", "申领", "打造", "配备", "聘请", "实施", "免除", "排查", "落实", "核查", "登记", "检查", "抽查", "发现", "参加", "参与", "查处", "公开", "收到", "答复", "提供", "调解", "培训", "审查", "审核", "清理", "制定", "修订", "出台", "成立", "建设", "救治"}
	labelPrefix = regexp.MustCompile(`^(?:\d{4}年度?|截至目前|截止目前|截至\S*?底|截止\S*?底|目前|其中|今年来|今年以来|年内|全年|我局|我镇|我办|我区|我县|我市|我委|全区|全镇|全县|全市|共计|累计|合计|共有|共|还|并|均)+`)
	labelSuffix = regexp.MustCompile(`(?:为|达到|达|约|是|共计|共|累计|合计|了|均|分别|超过|近|逾)+$`)
	// possessive ends a subject whose count follows: "项目现有8个社工站".
	possessive = regexp.MustCompile(`(?:现有|共有|拥有|有)$`)
	// conjunction joins a figure to the one before: "8个社工站和41个服务点".
	conjunction = regexp.MustCompile(`(?:和|及|以及|与|、)$`)
	yearInLabel = regexp.MustCompile(`\d{4}年度?`)
	// predicateMarks end the counted noun when the number comes first:
	// "41名干部职工参加线上学习" counts 干部职工 who 参加线上学习.
	predicateMarks = []string{"已", "全部", "均", "参加", "参与", "通过", "获得", "接受", "完成"}
	// notMeasures follow a number that counts no result: "2个方面入手".
	notMeasures = []string{"方面", "环节", "层面", "维度", "阶段", "步骤", "重点", "要点", "个月", "年", "月", "日", "周"}
)

// isClauseBreak: where a measure phrase ends. 、 is handled apart: it
// separates listed figures but also listed nouns ("议案、建议件数").
func isClauseBreak(r rune) bool {
	return strings.ContainsRune("。;；,，:：!！?？\n", r)
}

// unitNoun names what a figure counts when the label lacks it: 10场 is a
// number of 场次.
func unitNoun(label, unit string) string {
	for _, end := range []string{"数", "次", "量", "率", "额", "比例", "比重"} {
		if strings.HasSuffix(label, end) {
			return ""
		}
	}
	switch unit {
	case "万元", "亿元", "元":
		if containsAny(label, "资金", "经费", "费用", "金额", "补贴", "津贴", "款") {
			return ""
		}
		return "金额"
	case "%", "％":
		return "比例"
	case "场", "场次":
		return "场次"
	case "次":
		return "次数"
	case "人次":
		return "人次"
	case "人", "名":
		return "人数"
	case "件":
		return "件数"
	case "宗":
		return "宗数"
	case "户":
		return "户数"
	case "对":
		return "对数"
	case "条":
		return "条数"
	case "期":
		return "期数"
	case "项":
		return "项数"
	}
	return "数量"
}

// figures finds the figures of a sentence and names what each counts, for
// placeholders such as 【待补充：2025年开展普法宣传活动场次（2024年为10场）】.
// Years, dates, festival names (“12·4”), frequencies (每半个月1次) and
// counts of aspects (2个方面) are not figures.
func figures(s string) []figure {
	var out []figure
	for _, loc := range numRe.FindAllStringIndex(s, -1) {
		if loc[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:loc[0]])
			if r == '.' || r == '·' || r == '-' || r == '—' || r == '/' {
				continue
			}
		}
		unit := unitAt(s[loc[1]:])
		if unit == "" {
			continue
		}
		end := loc[1] + len(unit)
		if hasAnyPrefix(s[end:], notMeasures...) {
			continue
		}
		label := measureLabel(s, loc[0], end, unit)
		if label == "" {
			continue
		}
		out = append(out, figure{start: loc[0], end: end, label: label})
	}
	return out
}

// countsNext reports whether a figure counts the noun right after it
// rather than the words since the figure before it: those words (rest)
// hold no verb, so they are the earlier figure's noun, and a noun of two
// or more characters that is no verb follows this figure's unit.
func countsNext(rest, after string) bool {
	if zh.HanCount(rest) < 2 {
		return false
	}
	if i, _ := lastVerb(rest); i >= 0 {
		return false
	}
	return leadingNoun(after) != ""
}

// leadingNoun is the run of Han characters s starts with, when it is two
// or more long and does not start with a figure verb ("课题研究,形成…" →
// "课题研究"); else "".
func leadingNoun(s string) string {
	end := 0
	for i, r := range s {
		if !unicode.Is(unicode.Han, r) {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	run := s[:end]
	if zh.HanCount(run) < 2 {
		return ""
	}
	for _, v := range figureVerbs {
		if strings.HasPrefix(run, v) {
			return ""
		}
	}
	return run
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// measureLabel builds the label of the figure s[start:end] from the words
// of its own clause — the verb, what is counted, the unit — never from a
// noun of a neighbouring clause. A figure inside brackets or after 其中 is
// a breakdown and is named as part of the figure it breaks down:
// "完成31宗…案件(民办非企业单位27间" labels 27间 as
// 完成…案件中民办非企业单位数量, not as how many 民办非企业单位 there are.
func measureLabel(s string, start, end int, unit string) string {
	cs, paren := clauseStart(s, start)
	before := s[cs:start]
	if strings.Contains(before, "每") {
		return "" // a frequency ("每半个月召开1次"), not a result
	}
	// Only the words since the clause's previous figure name this one,
	// unless they are too few ("150户404人").
	seg := before
	if locs := figureLocs(before); len(locs) > 0 {
		switch rest := strings.TrimSpace(before[locs[len(locs)-1][1]:]); {
		case conjunction.MatchString(rest):
			seg = "" // "8个社工站和41个服务点": 社工站 is the 8's
		case countsNext(rest, s[end:]):
			// "开展7个方面31项课题研究": 方面 is the 7's; the 31 counts the
			// 课题研究 after it, under the clause's verb.
			seg = before[:locs[len(locs)-1][0]]
		case zh.HanCount(rest) >= 2:
			seg = rest
		default:
			seg = before[:locs[len(locs)-1][0]]
		}
	}
	label := phrase(seg, firstClause(s[end:]))
	if label == "" {
		return ""
	}
	if p := breakdownParent(s, cs, start, paren, label); p != "" {
		label = p + "中" + label
	} else if bareRate(label) && cs > 0 {
		// "参加学法考试,参考率100%": the rate is of the 学法考试.
		// "地区生产总值1020.9亿元,增长8%": the growth is of the 地区生产总值.
		_, n := utf8.DecodeLastRuneInString(s[:cs]) // the clause break, "," or "，"
		if p := parentPhrase(s, cs-n); p != "" {
			if i, v := lastVerb(p); i >= 0 && zh.HanCount(p[i+len(v):]) >= 2 {
				label = p[i+len(v):] + label
			} else if i < 0 {
				label = clean(p) + label
			}
		}
	}
	// A space the source carries inside a phrase ("社区工作 站") is not
	// the label's.
	label = strings.Join(strings.Fields(label), "")
	return label + unitNoun(label, unit)
}

// breakdownParent names the figure the clause at cs breaks down, when it
// does: the clause sits in brackets after it ("31宗…案件(民办非企业单位
// 27间,社会团体1间)") or in the list after 其中 ("655个,其中,社会团体
// 113个,民办非企业单位542个"). A list item with a verb of its own is a new
// measure, not a part ("…,新成立社会组织15个").
func breakdownParent(s string, cs, start, paren int, label string) string {
	if paren < 0 {
		paren = openParen(s, cs)
	}
	if paren >= 0 {
		return parentPhrase(s, paren)
	}
	if i, _ := lastVerb(label); i >= 0 {
		return ""
	}
	q := strings.LastIndex(s[:start], "其中")
	if q < 0 || strings.ContainsAny(s[q:start], "。;；") {
		return ""
	}
	qs, _ := clauseStart(s, q)
	if strings.TrimSpace(s[qs:q]) != "" || qs == 0 {
		return ""
	}
	// Every list item between 其中 and this clause is a part too.
	for _, it := range strings.FieldsFunc(s[q:max(q, cs)], func(r rune) bool { return isClauseBreak(r) || r == '、' }) {
		if i, _ := lastVerb(it); i >= 0 {
			return ""
		}
	}
	_, n := utf8.DecodeLastRuneInString(s[:qs])
	return parentPhrase(s, qs-n)
}

// openParen is the position of a bracket opened before at and not closed
// by it, or -1.
func openParen(s string, at int) int {
	depth := 0
	for i := at; i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		switch r {
		case ')', '）':
			depth++
		case '(', '（':
			if depth == 0 {
				return i
			}
			depth--
		case '。', ';', '；':
			return -1
		}
	}
	return -1
}

// figureLocs are the number+unit spans of s, named or not.
func figureLocs(s string) [][2]int {
	var out [][2]int
	for _, loc := range numRe.FindAllStringIndex(s, -1) {
		if u := unitAt(s[loc[1]:]); u != "" {
			out = append(out, [2]int{loc[0], loc[1] + len(u)})
		}
	}
	return out
}

// unitAt is the unit rest starts with ("场", "万元", "万宗", "%"), or "". A
// bare 万 or 亿 ("人口135万") is a unit too.
func unitAt(rest string) string {
	mult := ""
	for _, m := range []string{"万", "亿"} {
		if strings.HasPrefix(rest, m) && !strings.HasPrefix(rest, "万元") && !strings.HasPrefix(rest, "亿元") {
			mult = m
			rest = rest[len(m):]
			break
		}
	}
	for _, u := range units {
		if strings.HasPrefix(rest, u) {
			return mult + u
		}
	}
	return mult
}

var bareRateRe = regexp.MustCompile(`^(?:\p{Han}{1,3}率(?:[、和及]\p{Han}{1,3}率)*|(?:同比|比上年)?(?:增长|下降|增加|减少|提高|降低)(?:比例|幅度)?)$`)

// bareRate: a rate or a change named without what it is of ("参考率",
// "增长").
func bareRate(label string) bool { return bareRateRe.MatchString(label) }

// clauseStart finds where the clause holding s[:at]'s end begins: after
// the last clause break outside brackets and quotes, or after an unclosed
// bracket, whose position it returns as paren (else -1). A 、 ends the
// clause only when the part before it holds a figure of its own.
func clauseStart(s string, at int) (start, paren int) {
	depth, quoted := 0, false
	for i := at; i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		switch {
		case r == '”':
			quoted = true
		case r == '“':
			quoted = false
		case quoted:
		case r == ')' || r == '）':
			depth++
		case r == '(' || r == '（':
			if depth == 0 {
				return i + n, i
			}
			depth--
		case depth > 0:
		case isClauseBreak(r):
			return i + n, -1
		case r == '、':
			ps, _ := clauseStart(s, i)
			if numRe.MatchString(s[ps:i]) {
				return i + n, -1
			}
		}
	}
	return 0, -1
}

// firstClause is s up to its first clause break or bracket outside
// quotation marks, so that "“双随机、一公开”案件(…" yields
// "“双随机、一公开”案件".
func firstClause(s string) string {
	quoted := false
	for i, r := range s {
		switch {
		case r == '“':
			quoted = true
		case r == '”':
			quoted = false
		case !quoted && (isClauseBreak(r) || r == '、' || strings.ContainsRune("(（)）", r)):
			return s[:i]
		}
	}
	return s
}

// parentPhrase is the measure phrase of the clause ending at s[:at] with
// its own figures taken out: "我局完成31宗“双随机、一公开”案件" →
// "完成“双随机、一公开”案件".
func parentPhrase(s string, at int) string {
	cs, _ := clauseStart(s, at)
	clause := []byte(s[cs:at])
	for _, loc := range figureLocs(s[cs:at]) {
		for i := loc[0]; i < loc[1]; i++ {
			clause[i] = ' '
		}
	}
	p := dropExamples(trimLabel(strings.Join(strings.Fields(string(clause)), "")))
	if zh.HanCount(p) < 2 {
		return ""
	}
	return p
}

// phrase names the measure from the words before the number or, when those
// are only a subject and a verb ("我局完成31宗…案件"), from the counted
// noun after it.
func phrase(before, after string) string {
	raw := strings.Join(strings.Fields(before), "")
	raw = conjunction.ReplaceAllString(raw, "")
	b := dropExamples(trimLabel(raw))
	subject := ""
	switch {
	case possessive.MatchString(b):
		// "“双百工程”项目现有8个社工站": the count is of 社工站.
		subject = trimLabel(possessive.ReplaceAllString(b, ""))
		b = ""
	case strings.HasSuffix(b, "等"):
		// "取得“富利一巷”等572条道路命名批复": the examples go, the verb stays.
		if i, v := lastVerb(b); i >= 0 {
			b = b[:i+len(v)]
		} else {
			b = ""
		}
	case strings.HasPrefix(b, "为") || strings.HasPrefix(b, "对") || strings.HasPrefix(b, "向"):
		if i, _ := lastVerb(b); i < 0 {
			b = "" // "为全镇22个村": a scope, not a measure
		}
	}
	if i := strings.IndexAny(after, "0123456789"); i >= 0 {
		after = conjunction.ReplaceAllString(strings.TrimSpace(after[:i]), "")
	}
	obj := dropExamples(trimLabel(strings.TrimSpace(after)))
	noun, pred := splitPredicate(obj)
	verbEnd := false
	if i, v := lastVerb(b); i >= 0 && i+len(v) == len(b) {
		verbEnd = true
	}
	// A noun right after the figure is what it counts ("办好50件民生实事"),
	// whatever the words before it are.
	counted := leadingNoun(after) != "" && zh.HanCount(noun) >= 2
	if zh.HanCount(b) >= 2 && !verbEnd && !strings.HasSuffix(b, "的") && !counted {
		return shorten(clean(b))
	}
	if zh.HanCount(noun) < 2 {
		if verbEnd && zh.HanCount(b) >= 2 {
			return shorten(clean(b))
		}
		return ""
	}
	label := noun
	if pred != "" {
		label = pred + "的" + noun
	}
	return shorten(clean(subject + b + label))
}

// clean drops years inside a label: the placeholder names the year.
func clean(label string) string {
	return strings.TrimSpace(yearInLabel.ReplaceAllString(label, ""))
}

// splitPredicate splits "干部职工参加线上学习及考试" into the counted noun
// and what it did: "干部职工", "参加线上学习及考试".
func splitPredicate(obj string) (noun, pred string) {
	best := -1
	for _, m := range predicateMarks {
		if i := strings.Index(obj, m); i > 0 && zh.HanCount(obj[:i]) >= 2 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return obj, ""
	}
	noun, pred = obj[:best], obj[best:]
	for _, adv := range []string{"已", "全部", "均"} {
		pred = strings.ReplaceAll(pred, adv, "")
	}
	if zh.HanCount(pred) < 2 {
		return noun, ""
	}
	return noun, pred
}

// dropExamples removes the listed examples before 等 — "开展宪法日、民法典
// 等普法宣传活动" → "开展普法宣传活动" — so that no label starts or breaks
// off at 等. A 等 that ends no list ("高龄失能等老年人") stays.
func dropExamples(s string) string {
	i := strings.LastIndex(s, "等")
	if i < 0 {
		return s
	}
	head, tail := s[:i], s[i+len("等"):]
	if !strings.Contains(head, "、") && head != "" {
		return s
	}
	if zh.HanCount(tail) < 2 {
		return s
	}
	// The verb that governs the list comes before its first item.
	first := head
	if k := strings.Index(head, "、"); k >= 0 {
		first = head[:k]
	}
	if j, v := lastVerb(first); j >= 0 {
		return head[:j+len(v)] + tail
	}
	return tail
}

// lastVerb finds the last figure verb in s.
func lastVerb(s string) (int, string) {
	at, verb := -1, ""
	for _, v := range figureVerbs {
		if i := strings.LastIndex(s, v); i > at {
			at, verb = i, v
		}
	}
	return at, verb
}

// maxLabelRunes bounds a label; a longer one keeps its last verb and what
// follows, which is the measure itself.
const maxLabelRunes = 24

func shorten(label string) string {
	if utf8.RuneCountInString(label) <= maxLabelRunes {
		return label
	}
	// Keep from the first verb that leaves a label short enough.
	for i := range label {
		if i == 0 || utf8.RuneCountInString(label[i:]) > maxLabelRunes {
			continue
		}
		for _, v := range figureVerbs {
			if strings.HasPrefix(label[i:], v) && zh.HanCount(label[i:]) >= 4 {
				return label[i:]
			}
		}
	}
	return label
}

func trimLabel(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i < 3; i++ {
		s = labelPrefix.ReplaceAllString(s, "")
		s = labelSuffix.ReplaceAllString(s, "")
		s = strings.TrimSpace(s)
	}
	return s
}
