package outline

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxBulletRunes bounds a condensed bullet: an outline point is a line, the
// full sentence stays in the citation.
const maxBulletRunes = 80

var (
	enumRe    = regexp.MustCompile(`^(?:主要(?:是|有|表现在)[:：]?\s*)?[一二三四五六七八九十]是[,，:：]?`)
	connRe    = regexp.MustCompile(`^(?:另外|此外|同时|其次|首先|最后|其中)[,，]`)
	numMarkRe = regexp.MustCompile(`^(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．])`)
	clauseCut = ",，;；:：、"
)

// condense turns a verbatim sentence into a bullet: enumerators, numbering
// and connectives dropped, the closing stop removed, and long sentences cut
// at a clause boundary. It never adds words, so every figure it keeps is in
// the cited passage.
func condense(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		for _, re := range []*regexp.Regexp{enumRe, connRe, numMarkRe} {
			m := re.FindString(s)
			if m == "" {
				continue
			}
			if re == numMarkRe && len(s) > len(m) && s[len(m)] >= '0' && s[len(m)] <= '9' {
				continue // "9.5" is a date, not numbering
			}
			s = strings.TrimSpace(s[len(m):])
			changed = true
		}
	}
	s = strings.TrimRight(s, "。;；,，.、 ")
	if utf8.RuneCountInString(s) <= maxBulletRunes {
		return s
	}
	rs := []rune(s)
	cut := -1
	for i := maxBulletRunes; i > maxBulletRunes/3; i-- {
		if strings.ContainsRune(clauseCut, rs[i]) {
			cut = i
			break
		}
	}
	if cut < 0 {
		cut = maxBulletRunes
	}
	return string(rs[:cut]) + "……"
}

// figure is a number with its unit in a sentence ("10场", "5346万元").
type figure struct {
	start, end int // byte offsets of number+unit in the sentence
	label      string
}

var (
	numRe = regexp.MustCompile(`\d+(?:\.\d+)?`)
	units = []string{"万元", "亿元", "人次", "场次", "平方米", "公里", "小时", "元", "户", "人", "名", "场", "次", "件", "宗", "个", "间", "条", "对", "家", "所", "期", "项", "%", "％", "份", "册", "处", "起", "批", "篇", "部", "座", "张", "套", "台", "辆", "亩", "天"}
	// figureVerbs end the part of a clause before the counted thing:
	// "共开展普法宣传活动10场" counts 普法宣传活动.
	figureVerbs  = []string{"开展", "举办", "组织", "发放", "办理", "完成", "接收", "救助", "护送", "协助", "纳入", "废止", "废除", "受理", "处理", "办结", "建成", "运营", "接到", "转介", "拨付", "取得", "领取", "申领", "打造", "配备", "聘请", "实施", "免除", "排查", "落实", "核查", "登记", "检查", "发现", "参加", "查处", "公开", "收到", "答复"}
	labelPrefix  = regexp.MustCompile(`^(?:\d{4}年度?|截至目前|截止目前|截至\S*?底|截止\S*?底|目前|其中|今年来|年内|全年|我局|我镇|我办|我区|我县|我市|我委|全区|全镇|全县|全市|区|共计|累计|合计|共有|共|已|还|新)+`)
	labelSuffix  = regexp.MustCompile(`(?:为|达到|达|约|是|有|共计|共|累计|合计|了)+$`)
	clauseBreaks = "。;；,，:：、(（)）“”\"《》\n"
)

// unitNoun names what a figure counts when the label lacks it: 10场 is a
// number of 场次.
func unitNoun(label, unit string) string {
	switch unit {
	case "万元", "亿元", "元":
		if containsAny(label, "资金", "经费", "费用", "金额", "补贴", "津贴", "款") {
			return ""
		}
		return "金额"
	case "%", "％":
		if strings.HasSuffix(label, "率") || strings.HasSuffix(label, "比例") {
			return ""
		}
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
// placeholders such as 【待补充：2025年普法宣传活动场次（2024年为10场）】.
// Years, dates and festival names (“12·4”) are not figures.
func figures(s string) []figure {
	var out []figure
	for _, loc := range numRe.FindAllStringIndex(s, -1) {
		if loc[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:loc[0]])
			if r == '.' || r == '·' || r == '-' || r == '—' || r == '/' {
				continue
			}
		}
		rest := s[loc[1]:]
		unit := ""
		for _, u := range units {
			if strings.HasPrefix(rest, u) {
				unit = u
				break
			}
		}
		if unit == "" {
			continue
		}
		end := loc[1] + len(unit)
		label := figureLabel(s[:loc[0]], s[end:], unit)
		if label == "" {
			continue
		}
		out = append(out, figure{start: loc[0], end: end, label: label + unitNoun(label, unit)})
	}
	return out
}

// figureLabel names the counted thing from the clause before the number,
// or, when that is only a subject and a verb ("共有41名干部职工参加…"),
// from the words after it.
func figureLabel(before, after, unit string) string {
	if i := strings.LastIndexAny(before, clauseBreaks); i >= 0 {
		_, n := utf8.DecodeRuneInString(before[i:])
		before = before[i+n:]
	}
	label := trimLabel(before)
	for _, v := range figureVerbs {
		if i := strings.LastIndex(label, v); i >= 0 {
			if cut := trimLabel(label[i+len(v):]); utf8.RuneCountInString(cut) >= 2 {
				label = cut
			}
		}
	}
	if utf8.RuneCountInString(label) < 2 || isFigureVerb(label) {
		label = trimLabel(firstClause(after))
	}
	if hanCount(label) < 2 {
		return ""
	}
	if rs := []rune(label); len(rs) > 20 {
		label = string(rs[len(rs)-20:])
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

func isFigureVerb(s string) bool {
	for _, v := range figureVerbs {
		if s == v {
			return true
		}
	}
	return false
}

// firstClause is s up to its first clause break outside quotation marks,
// so that "“双随机、一公开”案件(…" yields "“双随机、一公开”案件".
func firstClause(s string) string {
	quoted := false
	for i, r := range s {
		switch {
		case r == '“':
			quoted = true
		case r == '”':
			quoted = false
		case !quoted && strings.ContainsRune(clauseBreaks, r):
			return s[:i]
		}
	}
	return s
}
