package outline

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// Part is one of the five parts the 法治政府建设与责任落实督察工作规定 (2019)
// prescribes for an annual report, in its order.
type Part struct {
	Name string
	// Aliases are the names staff use for the part ("存在的问题", "明年打算").
	Aliases []string
}

// Parts are the prescribed parts in the prescribed order.
var Parts = []Part{
	{Name: "主要举措和成效", Aliases: []string{"主要举措和成效", "主要举措", "主要成效", "举措和成效", "工作情况", "工作开展情况", "工作成效", "工作总结", "主要工作", "主要做法", "工作开展", "工作举措"}},
	{Name: "存在的不足和原因", Aliases: []string{"存在的不足和原因", "存在的不足", "存在的问题", "存在问题", "主要问题", "存在的主要问题", "存在不足", "问题和不足", "问题与不足", "不足与原因", "不足和原因", "不足", "短板", "差距"}},
	{Name: "党政主要负责人履行推进法治建设第一责任人职责情况", Aliases: []string{"第一责任人", "主要负责人履职", "主要负责人履行", "履行第一责任人职责", "履职情况", "第一责任人职责"}},
	{Name: "下一年度主要安排", Aliases: []string{"下一年度主要安排", "下一年度安排", "下一年度工作计划", "下一年工作计划", "下年度工作计划", "明年工作计划", "明年打算", "明年工作", "工作计划", "工作安排", "工作打算", "下一步工作", "下一步打算", "下步工作", "下步打算", "下一步计划", "主要安排", "工作思路"}},
	{Name: "其他需要报告的情况", Aliases: []string{"其他需要报告的情况", "其他情况", "其他事项", "其他需要报告"}},
}

// Indexes of Parts.
const (
	partIdxWork = iota
	partIdxProblems
	partIdxDuty
	partIdxPlans
	partIdxOther
)

// topicAliases are names staff type for a topic that its keywords alone
// do not settle ("依法行政" is the 纲要's 依法行政制度体系 chapter).
var topicAliases = map[string]string{
	"依法行政":   "依法行政制度与规范性文件",
	"依法行政制度": "依法行政制度与规范性文件",
	"制度建设":   "依法行政制度与规范性文件",
	"规范性文件":  "依法行政制度与规范性文件",
	"法治宣传":   "普法与法治宣传",
	"普法":     "普法与法治宣传",
	"普法宣传":   "普法与法治宣传",
	"执法":     "行政执法",
	"决策":     "行政决策",
	"依法决策":   "行政决策",
	"政务公开":   "权力制约监督与政务公开",
	"监督":     "权力制约监督与政务公开",
	"信访":     "矛盾纠纷化解",
	"复议应诉":   "矛盾纠纷化解",
	"应急":     "突发事件应对",
	"数字政府":   "数字法治",
	"放管服":    "政府职能与放管服",
	"政府职能":   "政府职能与放管服",
	"组织领导":   "组织领导与第一责任人",
	// The 纲要 puts 依法行政能力 and the legal workforce under its
	// chapter on Party leadership and the push for 法治政府建设.
	"依法行政能力":      "组织领导与第一责任人",
	"法治思维和依法行政能力": "组织领导与第一责任人",
	"队伍建设":        "组织领导与第一责任人",
	"法治队伍建设":      "组织领导与第一责任人",
	"依法治镇":        "组织领导与第一责任人",
	"依法治区":        "组织领导与第一责任人",
	"依法治县":        "组织领导与第一责任人",
	"公共法律服务":      "矛盾纠纷化解",
	"社会治理":        "矛盾纠纷化解",
	"诉源治理":        "矛盾纠纷化解",
	"调解":          "矛盾纠纷化解",
}

var yearWordRe = regexp.MustCompile(`^\d{4}年度?|^(?:本年度|上年度|年度)`)

// sectionKey is a section title as staff type it, reduced for matching:
// numbering, years and stock words around it dropped.
func sectionKey(section string) string {
	s := zh.Normalize(stripMarker(strings.TrimSpace(section)))
	s = yearWordRe.ReplaceAllString(s, "")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "部分"), "情况")
	for _, w := range []string{"法治政府建设", "推进", "的"} {
		s = strings.ReplaceAll(s, w, "")
	}
	return strings.TrimSpace(s)
}

// resolvePart maps a section title to a prescribed part: the title is one
// of the part's names, or a short title holding one ("2025年工作计划",
// "二、存在的主要问题"). Longer titles are topics: "化解信访问题" is work.
// The 第一责任人 part is answered as its topic (组织领导与第一责任人), whose
// outline carries the plan items and last year's follow-up.
func resolvePart(section string) (int, bool) {
	key := sectionKey(section)
	if key == "" {
		return -1, false
	}
	for i, p := range Parts {
		if name := sectionKey(p.Name); name == key || strings.Contains(name, key) && utf8.RuneCountInString(key) >= 4 {
			return i, true
		}
	}
	// An alias names the part when it is most of the title: "存在的主要
	// 问题" is the part, "法治宣传力度不足的整改" a topic.
	best, bestLen := -1, 0
	for i, p := range Parts {
		for _, a := range p.Aliases {
			a = sectionKey(a)
			if n := utf8.RuneCountInString(a); strings.Contains(key, a) && n > bestLen && 2*n >= utf8.RuneCountInString(key) {
				best, bestLen = i, n
			}
		}
	}
	return best, best >= 0
}

// resolveAlias maps a short name staff use for a topic.
func resolveAlias(section string) (int, bool) {
	if name, ok := topicAliases[sectionKey(section)]; ok {
		return topicByName(name), true
	}
	return -1, false
}

// SectionNames lists names an outline can be asked for by, for messages:
// the parts by the names staff use, then the 纲要's topics.
func SectionNames() []string {
	out := []string{"主要举措和成效", "存在的问题（不足）", "第一责任人", "下一年度工作计划（明年打算）", "其他情况"}
	for _, t := range Topics {
		out = append(out, t.Name)
	}
	return append(out, "依法行政")
}
