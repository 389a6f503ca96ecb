package answer

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A question that states its own case's figure ("募了8万块，按基准罚多少",
// "家里老人85岁，高龄津贴发多少") asks of the rule whose range holds it:
// the rows of a 裁量基准, a 补贴标准 or a 收费 table each give a range of
// the same measure ("超过1万元不超过10万元", "4人以上10人以下",
// "80—89周岁"), and only one holds the figure. The others are rules for
// other cases, however well they share the question's words.

// caseFigure is a figure a question states of its own case.
type caseFigure struct {
	v      float64
	family string // "" when the question writes no unit (经营额3万)
}

// figureRange is one range a passage states: lo..hi, each end open or
// closed, unbounded where absent.
type figureRange struct {
	lo, hi         float64
	hasLo, hasHi   bool
	loOpen, hiOpen bool
	family         string
}

func (r figureRange) holds(v float64) bool {
	if r.hasLo && (v < r.lo || r.loOpen && v == r.lo) {
		return false
	}
	if r.hasHi && (v > r.hi || r.hiOpen && v == r.hi) {
		return false
	}
	return true
}

// unitFamilies: the units a range and a case's figure are compared in.
// Counts of people and of things are one family (15个老人, 涉及老年人11人
// 以上); money is written in 元 or, by staff, 块. (measure.go's unitGroups
// keep 人 and 个 apart, as a figure asked is counted in one of them; a
// case is set against a band however the two count it.)
var unitFamilies = map[string]string{
	"元": "money", "块": "money",
	"人": "count", "名": "count", "位": "count", "个": "count", "户": "count", "次": "count", "件": "count", "项": "count", "起": "count", "处": "count", "座": "count", "家": "count", "张": "count",
	"岁": "age", "周岁": "age",
	"平方米": "area", "亩": "area",
	"吨": "weight",
	"%": "percent", "％": "percent",
	"天": "days", "日": "days", "个工作日": "days",
	"个月": "months",
	"分":  "score", "分钟": "minutes",
}

const unitAlt = `周岁|平方米|个工作日|个月|分钟|元|块|人|名|位|个|户|次|件|项|起|处|座|家|张|岁|亩|吨|%|％|天|日|分`

// reCaseFigure is a figure with its unit, or with 万/千/亿 where a
// question writes none (经营额3万). A qualifier after it (80岁以上) makes it
// a range of its own, no one case's figure.
var reCaseFigure = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(万|千|亿)?\s*(` + unitAlt + `)?(以上|以下|以内|左右|多|余)?`)

// reRangeBound is a figure in a passage with what bounds it: 超过/不超过/
// 不足 before, 以上/以下/以内 after, or 至/— joining it to the next; a
// "（含）" between says the end is in the range ("5万元（含）以上"), as
// 以上 and 以下 already do.
var reRangeBound = regexp.MustCompile(`(超过|高于|多于|大于|不少于|不低于|不超过|不高于|不足|低于|少于|不满|未满|满)?\s*(\d+(?:\.\d+)?)\s*(万|千|亿)?\s*(` + unitAlt + `)?\s*(?:（含）|\(含\))?\s*(及以上|以上|及以下|以下|以内|至|到|—|－|-|～|~)?`)

// isJoiner reports whether post joins a figure to the next as a range.
func isJoiner(post string) bool {
	switch post {
	case "至", "到", "—", "－", "-", "～", "~":
		return true
	}
	return false
}

// reJoinedBefore is a figure and a joiner right before another figure:
// the two are one range ("90到99岁", "1万至5万").
var reJoinedBefore = regexp.MustCompile(`\d\s*(?:万|千|亿)?\s*(?:` + unitAlt + `)?\s*(?:至|到|—|－|-|～|~)$`)

var multipliers = map[string]float64{"万": 1e4, "千": 1e3, "亿": 1e8}

// reBoundBefore is a bound written before a figure ("超过5万元的", "不满80
// 岁", "第3次"): a range or an ordinal, no one case's figure.
var reBoundBefore = regexp.MustCompile(`(?:超过|高于|多于|大于|不少于|不低于|不超过|不高于|不足|低于|少于|不满|未满|满|第)\s*$`)

// reJoinerAfter is a joiner and a figure right after a figure: the first
// end of a range ("90岁到99岁").
var reJoinerAfter = regexp.MustCompile(`^\s*(?:至|到|—|－|-|～|~)\s*\d`)

// caseFigures are the figures q states of its own case: each with a unit,
// or a 万 of one; not a year, a date, an ordinal or a range.
func caseFigures(q string) []caseFigure {
	var out []caseFigure
	q = hanFigures(reLooseSum.ReplaceAllString(q, " "))
	for _, m := range reCaseFigure.FindAllStringSubmatchIndex(q, -1) {
		mult, unit, qual := sub(q, m, 2), sub(q, m, 3), sub(q, m, 4)
		if qual != "" || unit == "" && mult == "" {
			continue
		}
		// "90到99岁", "90岁到99岁", "超过5万元的": a range the question
		// asks of, no one case.
		if reJoinedBefore.MatchString(strings.TrimRight(q[:m[0]], " ")) || reJoinerAfter.MatchString(q[m[1]:]) || reBoundBefore.MatchString(q[:m[0]]) {
			continue
		}
		// 3月5日: a date (日 after 月 is a day); 8点30分: a time;
		// 3分之一: a fraction.
		if unit == "日" && strings.HasSuffix(q[:m[2]], "月") || unit == "分" && (strings.HasSuffix(q[:m[2]], "点") || strings.HasSuffix(q[:m[2]], "时") || strings.HasPrefix(q[m[1]:], "之")) {
			continue
		}
		v, err := strconv.ParseFloat(q[m[2]:m[3]], 64)
		if err != nil {
			continue
		}
		if mult != "" {
			v *= multipliers[mult]
		}
		out = append(out, caseFigure{v: v, family: unitFamilies[unit]})
	}
	return out
}

// hanFigures is q with its sums, ages and figures in 万 or 千 written in
// characters written in digits: "两万块的支出" → "2万块的支出", "八十五岁" →
// "85岁", "两万人" → "2万人", as the digits are read. Not small counts
// ("十件民生实事" names a thing) nor small numbers, words as often as
// figures (一次性, 一般, 三是); nor a sum said loosely ("几十万", "数十万",
// "一万多"), which no band can hold.
func hanFigures(q string) string {
	return reHanSum.ReplaceAllStringFunc(q, func(h string) string {
		num := strings.TrimRight(h, "元块周岁")
		v, ok := hanValue(num)
		switch {
		case !ok || v < 10:
			return h
		case strings.ContainsAny(num, "万亿") && v >= 1e4:
			// "两万", "一万二": a figure in 万, as "2万" is written.
			return strconv.FormatFloat(v/1e4, 'f', -1, 64) + "万" + h[len(num):]
		}
		return strconv.FormatFloat(v, 'f', -1, 64) + h[len(num):]
	})
}

// reLooseSum is a sum said loosely: "几十万", "数十万", "好几万", "一万多",
// "十来万", "上万".
var reLooseSum = regexp.MustCompile(`(?:几|数|好几)[零一二两三四五六七八九十百千万亿]*|上[十百千万亿]+|[零一二两三四五六七八九十百千万亿]+(?:几|多|来|余)`)

// reHanSum is a sum or an age written in characters: with its unit,
// or in 万 or 千 of a sum whose unit goes unsaid ("两万的支出").
var reHanSum = regexp.MustCompile(`[零一二两三四五六七八九十百千万亿]+(?:元|块|周岁|岁)|[零一二两三四五六七八九十百]*[千万亿][零一二两三四五六七八九十百千万亿]*`)

// hanDigits and hanUnits are the characters of a number written out;
// hanNextPlace, the place a digit stands in after each unit when nothing
// is written between (一万二: 二千).
var (
	hanDigits    = map[rune]float64{'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	hanUnits     = map[rune]float64{'十': 10, '百': 100, '千': 1000}
	hanNextPlace = map[rune]rune{'万': '千', '千': '百', '百': '十'}
)

// hanValue is the value of a number written in characters (八十五, 两万,
// 一千二百, 三万五千), false for a run that is no number (千万: an adverb).
func hanValue(h string) (float64, bool) {
	var total, section, digit float64
	hasDigit, lastUnit := false, false
	// "一万二", "三千五": a digit after 万 or 千 with nothing between is the
	// next place down (12000, 3500), as staff say a sum.
	rs := []rune(h)
	if n := len(rs); n >= 3 && hanDigits[rs[n-1]] > 0 {
		if next, ok := hanNextPlace[rs[n-2]]; ok && hanDigits[rs[n-3]] > 0 {
			h += string(next)
		}
	}
	for _, r := range h {
		switch {
		case r == '零':
			digit, lastUnit = 0, false
		case hanDigits[r] > 0:
			if hasDigit && !lastUnit && digit > 0 {
				return 0, false // "一二": no number
			}
			digit, hasDigit, lastUnit = hanDigits[r], true, false
		case hanUnits[r] > 0:
			if digit == 0 {
				if r != '十' || section > 0 || total > 0 && !hasDigit {
					return 0, false
				}
				digit = 1 // 十五: one ten
			}
			section += digit * hanUnits[r]
			digit, lastUnit = 0, true
		case r == '万' || r == '亿':
			if section+digit == 0 {
				return 0, false
			}
			m := 1e4
			if r == '亿' {
				m = 1e8
			}
			total += (section + digit) * m
			section, digit, lastUnit = 0, 0, true
		}
	}
	return total + section + digit, true
}

func sub(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// maxRangeGap bounds the bytes between a range's two ends written as two
// bounds ("超过1万元不超过5万元", "4人以上10人以下").
const maxRangeGap = 6

// statedRanges are the ranges text states: a bound on each side joined
// into one range where they follow each other.
func statedRanges(text string) []figureRange {
	var out []figureRange
	ms := reRangeBound.FindAllStringSubmatchIndex(text, -1)
	// next reports whether the match after k follows it as one phrase:
	// close by, with no mark between (a fine after a comma is no end of
	// the case's range: "5万元以上，处1万元以下罚款").
	next := func(k int) bool {
		return k+1 < len(ms) && ms[k+1][0]-ms[k][1] <= maxRangeGap && !strings.ContainsAny(text[ms[k][1]:ms[k+1][0]], "，,；;。、")
	}
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		pre, mult, unit, post := sub(text, m, 1), sub(text, m, 3), sub(text, m, 4), sub(text, m, 5)
		v, err := strconv.ParseFloat(text[m[4]:m[5]], 64)
		if post == "以上" && strings.HasPrefix(text[m[1]:], "至") || post == "以上" && strings.HasPrefix(text[m[1]:], "到") {
			post = "至" // "1万元以上至3万元": from the one to the other
		}
		joined := isJoiner(post) && next(i)
		if joined && unit == "" {
			unit = sub(text, ms[i+1], 4) // "80—84周岁": the range's unit ends it
		}
		// 3月5日至10日: days of a month, no quantity.
		if err != nil || unit == "" || unit == "日" && strings.HasSuffix(text[:m[4]], "月") {
			continue
		}
		v *= max(1, multipliers[mult])
		r := figureRange{family: unitFamilies[unit]}
		switch pre {
		case "超过", "高于", "多于", "大于":
			r.lo, r.hasLo, r.loOpen = v, true, true
		case "不少于", "不低于", "满":
			r.lo, r.hasLo = v, true
		case "不超过", "不高于":
			r.hi, r.hasHi = v, true
		case "不足", "低于", "少于", "不满", "未满":
			r.hi, r.hasHi, r.hiOpen = v, true, true
		}
		switch post {
		case "以上", "及以上":
			r.lo, r.hasLo, r.loOpen = v, true, false
		case "以下", "及以下", "以内":
			r.hi, r.hasHi, r.hiOpen = v, true, false
		case "至", "到", "—", "－", "-", "～", "~":
			// "80—89周岁", "1万至5万元": the next figure closes it.
			if joined {
				n := ms[i+1]
				hv, err := strconv.ParseFloat(text[n[4]:n[5]], 64)
				if err == nil {
					nm := sub(text, n, 3)
					hv *= max(1, multipliers[nm])
					// "1至5万元": the first end is in the second's 万 —
					// only when it writes no unit or 万 of its own.
					if mult == "" && sub(text, m, 4) == "" && nm != "" && v*multipliers[nm] <= hv {
						v *= multipliers[nm]
					}
					r.lo, r.hasLo, r.hi, r.hasHi = v, true, hv, true
					i++
				}
			}
		}
		if !r.hasLo && !r.hasHi {
			continue
		}
		// A lower bound and the upper one after it are one range.
		if r.hasLo && !r.hasHi && next(i) {
			if nr := statedRanges(text[ms[i+1][0]:ms[i+1][1]]); len(nr) == 1 && nr[0].hasHi && !nr[0].hasLo && nr[0].family == r.family && nr[0].hi >= r.lo {
				r.hi, r.hasHi, r.hiOpen = nr[0].hi, true, nr[0].hiOpen
				i++
			}
		}
		if r.hasLo && r.hasHi && r.hi < r.lo {
			continue // no range: two figures of other things
		}
		out = append(out, r)
	}
	return out
}

// rangeFit reports how text stands to the case's figures: fits when the
// first range it states of a figure's unit holds the figure, misses when
// that range does not; neither when it states none. The first: a rule
// states the case it is for before what it sets ("违法所得超过2万元…并处1万元
// 以上3万元以下罚款": the fine's range is no case). A line that bands its
// rule clause by clause ("95分（含）以上的，全额拨付；85分（含）至95分的，
// 按90%拨付；…") states a case in each clause: it both fits and misses when
// one holds the figure and another does not, as rows beside one another
// do.
func rangeFit(text string, figs []caseFigure) (fits, misses bool) {
	for _, line := range strings.Split(text, "\n") {
		for _, clause := range strings.FieldsFunc(line, func(r rune) bool { return r == '；' || r == ';' }) {
			f, m := clauseFit(clause, figs)
			fits, misses = fits || f, misses || m
		}
		if fits || misses {
			return fits, misses
		}
	}
	return false, false
}

// clauseFit is rangeFit of one clause: the first range it states of a
// figure's unit holds the figure, or does not.
func clauseFit(text string, figs []caseFigure) (fits, misses bool) {
	rs := statedRanges(text)
	for _, f := range figs {
		for _, r := range rs {
			if f.family != "" && r.family != f.family || f.family == "" && r.family != "money" && r.family != "count" {
				continue
			}
			if r.holds(f.v) {
				return true, false
			}
			misses = true
			break
		}
	}
	return false, misses
}

// inCaseRange keeps, of passages that state ranges of the figure a
// question gives of its case, those whose range holds it — when some
// do: "按基准罚多少" of "募了8万块" is the row of 超过1万元不超过10万元,
// not its neighbours of 1万元以下 and 超过10万元. Where a document bands
// its rule so (a row that misses beside the one that fits), the row that
// fits is its answer: it weighs as the document's best passage does, the
// words of the question being its table's and section's ("93岁老人高龄津贴
// 多少": the row says 90—99周岁 and 300元, not 老人).
func inCaseRange(evs []evidence, u understood) []evidence {
	figs := caseFigures(u.q)
	if len(figs) == 0 {
		return evs
	}
	fit := make([]bool, len(evs))
	miss := make([]bool, len(evs))
	// A rule's bands stand under one heading (a table's rows, a
	// section's items): a passage that misses is another band's only
	// beside one that fits. Elsewhere it may be the answer — the bound the
	// case exceeds ("费用控制在4万元以内" of "舞台搭建4.8万局长同意了没").
	fitsUnder := map[string]bool{}
	missesUnder := map[string]bool{}
	under := func(ev evidence) string {
		// A band written as an item of its own ("（二）自付费用1万元以上
		// 至3万元的，按75%…") is under the heading its items share.
		p := ev.path
		if n := len(p); n > 0 && strings.HasPrefix(compactSpace(ev.text()), compactSpace(p[n-1])) {
			p = p[:n-1]
		}
		return ev.doc.ID + "\x00" + p.String()
	}
	keys := make([]string, len(evs))
	for i, ev := range evs {
		fit[i], miss[i] = rangeFit(ev.says(), figs)
		if fit[i] || miss[i] {
			keys[i] = under(ev)
		}
		if fit[i] {
			fitsUnder[keys[i]] = true
		}
		// A passage that both fits and misses (a line banded clause by
		// clause) is a band of its own; it stands beside no other.
		if miss[i] && !fit[i] {
			missesUnder[keys[i]] = true
		}
	}
	if len(fitsUnder) == 0 {
		return evs
	}
	best := map[string]evidence{}
	for _, ev := range evs {
		if b, ok := best[ev.doc.ID]; !ok || ev.score > b.score {
			best[ev.doc.ID] = ev
		}
	}
	// The documents that band their rule so: where several do, each
	// office's band answers for it, and none is set above the others.
	bandDocs := map[string]bool{}
	banded := func(i int) bool { return fit[i] && (miss[i] || missesUnder[keys[i]]) }
	for i, ev := range evs {
		if banded(i) {
			bandDocs[ev.doc.ID] = true
		}
	}
	var out []evidence
	raised := false
	for i, ev := range evs {
		if miss[i] && !fit[i] && fitsUnder[keys[i]] {
			continue
		}
		if banded(i) {
			// It leads its document: "考核打了85分服务费怎么扣" is the
			// band's, not the sentence beside it that shares as many words
			// and states no band.
			b := best[ev.doc.ID]
			if b.score >= ev.score && (b.start != ev.start || b.end != ev.end) {
				ev.score, raised = b.score+bandLead, true
			}
			ev.coverage = max(ev.coverage, b.coverage)
			if len(bandDocs) > 1 {
				out = append(out, ev)
				continue
			}
			ev.band = true
			// Nor does a passage of another document that states no band
			// and covers no more of the question ("一笔8万的支出要怎么批":
			// a 台账's "第三季度支出3450元" shares 支出 as the band does,
			// and is no rule for 8万).
			for j, o := range evs {
				if o.doc.ID != ev.doc.ID && !fit[j] && !miss[j] && o.coverage <= ev.coverage && o.score >= ev.score {
					ev.score, raised = o.score+bandLead, true
				}
			}
		}
		out = append(out, ev)
	}
	if raised {
		slices.SortStableFunc(out, func(a, b evidence) int { return cmp.Compare(b.score, a.score) })
	}
	return out
}

// bandLead is how far a band that holds the case's figure is set above a
// passage of another document that covers the question no better.
const bandLead = 0.01

// bandsOfCase reports whether a section's items are bands of which the
// case the question gives fits one: listing them all would not say which
// (the band's own passage answers instead).
func bandsOfCase(items []Citation, u understood) bool {
	figs := caseFigures(u.q)
	if len(figs) == 0 {
		return false
	}
	fits, misses := false, false
	for _, it := range items {
		f, m := rangeFit(it.Text, figs)
		fits, misses = fits || f, misses || m
	}
	return fits && misses
}
