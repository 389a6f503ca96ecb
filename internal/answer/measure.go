package answer

import (
	"github.com/gongwen/gongwen/internal/zh"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// A question that asks "多少X" names the unit its figure is counted in,
// and a sentence answers it only with a figure in that unit or one that
// measures the same thing: "花了多少钱" is not answered by "举办了3期",
// "多少张床位" not by "新增学位3000个", "全长多少公里" not by "全线贯通".
// Units and classifiers are a closed class of the language, so they are
// listed here once, grouped by what they measure.
var unitGroups = [][]string{
	{"元", "万元", "亿元", "万亿元", "千元", "块钱", "美元", "港元", "欧元"}, // money
	{"平方米", "平方公里", "平方千米", "公顷", "亩", "万平方米", "万亩"},
	{"米", "公里", "千米", "万公里"},
	{"吨", "万吨", "亿吨", "斤", "万斤", "亿斤", "公斤", "千克"},
	{"立方米", "万立方米", "亿立方米"},
	{"人", "名", "位", "万人", "人次", "万人次"},
	{"张", "床"},
	{"辆", "台", "架", "艘"},
	{"套", "户", "间"},
	{"所", "座", "家", "个"},
	{"项", "件", "条", "宗", "起"},
	{"场", "次", "期", "批", "轮"},
	{"天", "日", "个月", "月", "年", "周", "小时", "个工作日", "工作日"},
	{"例"}, {"倍"}, {"岁", "周岁"}, {"篇"}, {"本"}, {"册"}, {"份"}, {"千瓦"}, {"万千瓦"}, {"兆瓦"},
}

// askedUnits maps a unit a question may ask in to the units that answer
// it: the group it is in (a headcount in 人 or 人次 answers 多少人次).
var askedUnits = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range unitGroups {
		if _, seen := m[g[0]]; !seen {
			m[g[0]] = g
		}
		for _, u := range g[1:] {
			if _, seen := m[u]; !seen {
				// A larger unit answers in its group ("多少万元" by
				// "1.2亿元"); a bare count unit in another group is
				// not the same thing.
				m[u] = g
			}
		}
	}
	m["钱"] = unitGroups[0]
	return m
}()

// reUnitAfterAsk is the unit right after 多少/几 ("多少张床位", "几所学校",
// "每平方米多少钱"); longer units first so 平方公里 wins over 公里.
var reUnitAfterAsk = func() *regexp.Regexp {
	var us []string
	for u := range askedUnits {
		us = append(us, regexp.QuoteMeta(u))
	}
	sort.Slice(us, func(i, j int) bool {
		if len(us[i]) != len(us[j]) {
			return len(us[i]) > len(us[j])
		}
		return us[i] < us[j]
	})
	return regexp.MustCompile(`(?:多少|几)(` + strings.Join(us, "|") + `)`)
}()

// measureRes holds, per asked unit, the regexp of a figure stated in a unit
// of its group: digits or numerals, perhaps "多"/"余" and a power of ten.
var measureRes = func() map[string]*regexp.Regexp {
	out := map[string]*regexp.Regexp{}
	for asked, g := range askedUnits {
		var us []string
		for _, u := range g {
			us = append(us, regexp.QuoteMeta(u))
		}
		sort.Slice(us, func(i, j int) bool { return len(us[i]) > len(us[j]) })
		out[asked] = regexp.MustCompile(`(?:\d|[一二两三四五六七八九十百千])\s*(?:多|余)?\s*[十百千万亿]*\s*(?:` + strings.Join(us, "|") + `)`)
	}
	// An amount is also written without 元 ("GDP突破4000亿", "投资超2万亿,").
	// So are a sum of money and a headcount ("GDP突破4000亿", "常住人口
	// 1768万,"), a figure in 万 or 亿 the sentence writes without a unit.
	bare := `|\d\s*(?:多|余)?\s*[万亿]+(?:[^\p{Han}]|$|[和与及的])`
	// A 决定书 writes a sum in capital numerals and with the currency sign:
	// "伍万贰仟元整(¥52000.00)".
	money := `|[¥￥]\s*\d|[壹贰叁肆伍陆柒捌玖][壹贰叁肆伍陆柒捌玖拾佰仟万亿零]*[元圆]`
	for asked, g := range askedUnits {
		if g[0] == "元" || g[0] == "人" {
			out[asked] = regexp.MustCompile(out[asked].String() + bare)
		}
		if g[0] == "元" {
			out[asked] = regexp.MustCompile(out[asked].String() + money)
		}
	}
	return out
}()

// askedMeasure is the unit a quantity question counts in, "" when it names
// none or only the generic 个 (which any classifier answers).
func askedMeasure(q string, df func(string) int) string {
	loc := reUnitAfterAsk.FindStringSubmatchIndex(q)
	if loc == nil {
		return ""
	}
	unit := q[loc[2]:loc[3]]
	if unit == "个" {
		return ""
	}
	if unit == "钱" {
		return unit // "多少钱一餐": 钱 is the thing counted, never a noun's first character
	}
	// A one-character unit followed by more Chinese may be the first
	// character of a noun (多少家庭, 多少项目, 召开多少座谈会) or count the
	// noun after it (多少家企业, 多少场普法活动): it counts when the next
	// two characters are a word more often than it and the next one are.
	rest := []rune(q[loc[3]:])
	if utf8.RuneCountInString(unit) == 1 && len(rest) > 0 && zh.IsHan(rest[0]) {
		if df == nil || len(rest) < 2 || !zh.IsHan(rest[1]) || df(string(rest[:2])) <= df(unit+string(rest[0])) {
			return ""
		}
	}
	return unit
}

// statesMeasure reports whether text gives a figure in the asked unit's
// group; true when no unit is asked.
//
// A calendar year is no span of time: "（2026—2028年）" does not
// say how many days ("至少挂多少天").
func statesMeasure(text, unit string) bool {
	if unit == "" {
		return true
	}
	if timeUnits[unit] {
		text = reCalendarYear.ReplaceAllString(text, " ")
	}
	return measureRes[unit].MatchString(text)
}

// timeUnits are the units of the group of spans of time.
var timeUnits = func() map[string]bool {
	m := map[string]bool{}
	for _, u := range askedUnits["天"] {
		m[u] = true
	}
	return m
}()

// reCalendarYear is a year by its number, alone, in a span of years, or
// with its month and day (2026年8月, a date).
var reCalendarYear = regexp.MustCompile(`(?:19|20)\d{2}\s*(?:[—\-–~至到]\s*(?:19|20)?\d{2}\s*)?年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?`)

// measureNouns are words for a quantity that is counted in one unit group
// whatever the question writes after 多少: "总投资多少" asks an amount of
// money, "占地面积多大" an area, "床位多少" a number of beds.
var measureNouns = []struct{ noun, unit string }{
	{"投资", "元"}, {"经费", "元"}, {"资金", "元"}, {"金额", "元"}, {"总额", "元"},
	{"预算", "元"}, {"收入", "元"}, {"费用", "元"}, {"价格", "元"}, {"租金", "元"},
	{"补助", "元"}, {"补贴", "元"}, {"津贴", "元"}, {"奖金", "元"}, {"工资", "元"},
	{"成本", "元"}, {"费", "元"}, {"罚款", "元"}, {"欠款", "元"}, {"生产总值", "元"}, {"GDP", "元"}, {"gdp", "元"}, {"产值", "元"}, {"增加值", "元"},
	{"税收", "元"}, {"面积", "平方米"}, {"床位", "张"}, {"全长", "米"}, {"长度", "米"},
	{"里程", "米"}, {"人口", "人"}, {"人数", "人"}, {"客流", "人"},
	{"有效期", "天"}, {"期限", "天"}, {"时长", "天"}, {"周期", "天"},
}

// notFee reports whether the 费 at i of head is no fee: 消费, 免费, 浪费,
// or 费 beginning a word (消费者 is caught by the first).
func notFee(head string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(head[:i])
	return strings.ContainsRune("消免浪花", prev)
}

// reAskedHere is where a question asks for its figure; reChangeAsked a
// change of the quantity, which a rate answers as well as an amount.
var (
	reAskedHere   = regexp.MustCompile(`多少|几|多大|多长|多高`)
	reChangeAsked = regexp.MustCompile(`增长|增速|增幅|下降|降低|降|提高|增加|减少|上涨|涨|升|掉|跌|回落|缩|翻|比重|占比|比例|率|百分之|百分比|几成`)
)

// rateClassifiers count the things a rate is per (张, 人, 户…), not a
// span (一共, 一年).
const rateClassifiers = `(?:张|个|人|户|名|间|套|家|所|处|次|项|亩|床|位)`

// reRateBase follows the noun a rate is per: "一张", "每张", "算一个";
// reRateBaseBefore precedes it: "按床位", "每床位", "每张床位".
var (
	reRateBase       = regexp.MustCompile(`^(?:算|计|按)?[一每]` + rateClassifiers)
	reRateBaseBefore = regexp.MustCompile(`(?:按|每` + rateClassifiers + `?)$`)
)

// rePaidAsked asks how much is paid: a verb of paying right before 多少
// (收, 花, 罚, 赔), 了 or a word of totalling between. notPaidBefore begin
// the words of 收 that take no money in (回收, 接收, 验收, 吸收, 招收,
// 签收, 没收, 征收) or ask what can be taken in (能收: 床位).
var rePaidAsked = regexp.MustCompile(`([收花罚赔])(?:了|掉)?(?:大概|大约|一共|总共|共)?多少`)

const notPaidBefore = "回接验吸招签没征能"

// paidWordBefore reports whether the verb of paying ends a word that takes
// no money in (回收, 没收, 能收).
func paidWordBefore(head string) bool {
	r, _ := utf8.DecodeLastRuneInString(head)
	return head != "" && strings.ContainsRune(notPaidBefore, r)
}

// paidEnds reports whether what follows 多少 ends the asking: nothing, a
// mark, or a particle.
func paidEnds(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !zh.IsHan(r) || strings.ContainsRune("呢啊吗呀了钱", r)
}

// maxMeasureGap is how far (in runes) the quantity named may stand from
// 多少: "总投资多少" (0), "服务经费是多少" (1), "GDP要到多少" (2).
const maxMeasureGap = 4

// impliedMeasure is the unit group of the quantity a question names right
// before it asks ("大楼总投资多少" → 元), "" when it names none, or asks how
// it changed or what share it is ("GDP增长多少", "占GDP比重多少").
func impliedMeasure(q string) string {
	unit, _ := impliedMeasureNoun(q)
	return unit
}

// impliedMeasureNoun is impliedMeasure with the noun that names the
// quantity ("投资" of 大楼总投资多少), "" when a verb of paying implies it.
func impliedMeasureNoun(q string) (string, string) {
	loc := reAskedHere.FindStringIndex(q)
	if loc == nil {
		return "", ""
	}
	// "一小时收多少", "罚了多少", "一共花了多少": what is paid is money.
	// Not what follows names another thing ("花了多少时间", "收多少份").
	if m := rePaidAsked.FindStringSubmatchIndex(q); m != nil && m[1] == loc[1] && paidEnds(q[m[1]:]) && !paidWordBefore(q[:m[2]]) {
		return "元", ""
	}
	if strings.HasPrefix(q[loc[1]:], "时间") || strings.HasPrefix(q[loc[1]:], "久") {
		return "", "" // "收入按多长时间算一次" asks a period
	}
	head := q[:loc[0]]
	at, from, unit := -1, -1, ""
	for _, m := range measureNouns {
		if i := strings.LastIndex(head, m.noun); i >= 0 && i+len(m.noun) > at && !(m.noun == "费" && notFee(head, i)) {
			at, from, unit = i+len(m.noun), i, m.unit
		}
	}
	if at < 0 || reChangeAsked.MatchString(q[at:]) || (strings.Contains(head, "占") && !strings.Contains(head, "占地")) {
		return "", ""
	}
	// "按床位一张给多少", "床位每张补多少": the quantity is what each one
	// gets, not how many there are — the noun is the rate's base. A sum
	// per head ("补助每人多少") is still a sum.
	if unit != "元" && (reRateBase.MatchString(head[at:]) || reRateBaseBefore.MatchString(head[:from])) {
		return "", ""
	}
	// "万元GDP能耗水耗打算降多少": the quantity asked is the one named
	// last before 多少, a few words at most from it.
	if utf8.RuneCountInString(head[at:]) > maxMeasureGap {
		return "", ""
	}
	return unit, head[from:at]
}
