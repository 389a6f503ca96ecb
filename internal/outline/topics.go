package outline

import (
	"sort"
	"strings"

	"github.com/gongwen/gongwen/internal/relevance"
	"github.com/gongwen/gongwen/internal/zh"
)

// Topic is one chapter of the national 法治政府建设实施纲要(2021-2025年): the
// small set of headings under which every office's report sections recur.
type Topic struct {
	Name    string // canonical name, e.g. "普法与法治宣传"
	Heading string // the heading a report section on this topic usually has
	// Keywords with weights: 3 names the topic on its own, 2 leans towards
	// it, 1 only adds to other evidence.
	Keywords map[string]int
}

// Topics lists the canonical topics in the 纲要's order.
var Topics = []Topic{
	{
		Name:    "组织领导与第一责任人",
		Heading: "加强党的领导,完善法治政府建设推进机制",
		Keywords: map[string]int{
			"第一责任人": 3, "党政主要负责人": 3, "主要负责人": 2, "领导小组": 3, "组织领导": 3, "组织保障": 3,
			"第一议题": 3, "述法": 3, "督察": 3, "法治思想": 2, "中心组": 2, "责任落实": 2, "亲自部署": 3,
			"亲自督办": 3, "党的领导": 3, "一把手": 2, "法治建设": 1, "党组": 1, "党委": 1, "三会一课": 2,
			"法治政府建设推进机制": 3,
		},
	},
	{
		Name:    "政府职能与放管服",
		Heading: "依法全面履行政府职能",
		Keywords: map[string]int{
			"放管服": 3, "行政审批": 3, "审批制度": 3, "权责清单": 3, "权责事项": 3, "营商环境": 3, "政务服务": 3,
			"跨省通办": 3, "全市通办": 3, "证照分离": 3, "告知承诺": 3, "履行职能": 3, "政府职能": 3,
			"民政职能": 3, "行政职能": 3, "履行职责": 3, "一门式": 3, "一网式": 3, "马上办": 3, "基本公共服务": 3, "职能": 2,
			"清单": 1, "公共服务": 2, "民生保障": 2, "社会救助": 2, "养老服务": 2, "审批": 2, "登记": 1,
			"脱钩": 2, "市场准入": 3, "简化手续": 2,
		},
	},
	{
		Name:    "依法行政制度与规范性文件",
		Heading: "完善依法行政制度体系",
		Keywords: map[string]int{
			"规范性文件": 3, "备案审查": 3, "立法": 3, "依法行政制度": 3, "制度体系": 3, "党内法规": 3,
			"合法性审核": 3, "法规政策体系": 3, "地方性法规": 3, "清理": 1, "废止": 2, "废除": 2,
		},
	},
	{
		Name:    "行政决策",
		Heading: "推进行政决策科学化、民主化、法治化",
		Keywords: map[string]int{
			"行政决策": 3, "重大行政决策": 3, "决策": 3, "三重一大": 3, "集体讨论": 3, "合法性审查": 3,
			"法律顾问": 2, "公职律师": 2, "风险评估": 2, "听证": 2, "专家论证": 3, "公众参与": 3, "议事规则": 3,
		},
	},
	{
		Name:    "行政执法",
		Heading: "严格规范公正文明执法",
		Keywords: map[string]int{
			"行政执法": 3, "执法": 3, "三项制度": 3, "执法公示": 3, "全过程记录": 3, "法制审核": 3,
			"行政处罚": 3, "双随机": 3, "裁量": 3, "持证上岗": 3, "罚缴分离": 3, "行政检查": 3, "行政强制": 3,
			"专项整治": 2, "抽查": 2, "监管": 2, "查处": 2, "打击整治": 2,
		},
	},
	{
		Name:    "突发事件应对",
		Heading: "健全突发事件应对体系",
		Keywords: map[string]int{
			"突发事件": 3, "突发": 2, "应急": 3, "疫情": 3, "疫情防控": 3, "防控": 2, "公共卫生": 3, "隔离": 2, "核酸": 3,
			"安全生产": 2, "安全隐患": 2, "救灾": 2, "风险防范": 2,
		},
	},
	{
		Name:    "矛盾纠纷化解",
		Heading: "依法有效化解社会矛盾纠纷",
		Keywords: map[string]int{
			"矛盾纠纷": 3, "矛盾": 2, "纠纷": 3, "信访": 3, "调解": 3, "行政复议": 3, "复议": 3, "应诉": 3,
			"行政诉讼": 3, "化解": 3, "维稳": 3, "上访": 3, "来访": 2, "诉求": 2, "排查": 1, "12345": 1,
			"涉稳": 3,
		},
	},
	{
		Name:    "权力制约监督与政务公开",
		Heading: "强化对行政权力的制约和监督",
		Keywords: map[string]int{
			"政务公开": 3, "信息公开": 3, "政府信息": 3, "监督": 3, "制约": 3, "审计": 3, "问责": 3, "廉政": 3,
			"人大代表": 3, "政协委员": 3, "公开为常态": 3, "公开": 1, "举报": 1, "投诉": 1, "督查": 2, "公示": 1,
		},
	},
	{
		Name:    "普法与法治宣传",
		Heading: "加强法治宣传教育",
		Keywords: map[string]int{
			"普法": 3, "法治宣传": 3, "法制宣传": 3, "宣传教育": 3, "学法": 3, "以案释法": 3, "宪法": 3,
			"民法典": 3, "法治教育": 3, "法治培训": 3, "法律知识": 3, "法治意识": 3, "法治观念": 3,
			"法治文化": 3, "八五": 3, "七五": 3, "法律进村": 3, "法律进社区": 3, "学法用法": 3, "宣传": 1, "培训": 1, "讲座": 2,
			"考试": 1,
		},
	},
	{
		Name:    "数字法治",
		Heading: "推进数字法治政府建设",
		Keywords: map[string]int{
			"数字": 3, "信息化": 3, "互联网": 3, "大数据": 3, "智慧": 3, "一体化平台": 3, "电子政务": 3,
			"网上办": 3, "网上": 2, "数据": 2, "在线": 2, "信息网": 2, "智能": 2, "平台": 1, "网站": 1,
		},
	},
}

// scoreReplacer rewrites set phrases whose characters contain another
// topic's keyword: "谁执法谁普法" is the 普法 responsibility system, not law
// enforcement, and "重大决策部署" are the Party's decisions, not 行政决策.
var scoreReplacer = strings.NewReplacer("谁执法谁普法", "普法责任制", "决策部署", "部署")

// topicByName returns the index of the topic named name, or -1.
func topicByName(name string) int {
	for i, t := range Topics {
		if t.Name == name {
			return i
		}
	}
	return -1
}

// topicKeys are each topic's keywords, normalized and sorted longest first
// so that scoring is deterministic.
var topicKeys = func() [][]string {
	out := make([][]string, len(Topics))
	for i, t := range Topics {
		for k := range t.Keywords {
			out[i] = append(out[i], k)
		}
		sort.Slice(out[i], func(a, b int) bool {
			if len(out[i][a]) != len(out[i][b]) {
				return len(out[i][a]) > len(out[i][b])
			}
			return out[i][a] < out[i][b]
		})
	}
	return out
}()

// topicScores weighs text against every topic. A keyword counts once per
// text however often it recurs: repetition in officialese says little.
func topicScores(text string) []int {
	s := scoreReplacer.Replace(zh.Normalize(text))
	out := make([]int, len(Topics))
	for i, keys := range topicKeys {
		for _, k := range keys {
			if strings.Contains(s, k) {
				out[i] += Topics[i].Keywords[k]
			}
		}
	}
	return out
}

// primaryTopic is the best-scoring topic of scores, or -1 when none reaches
// min. Ties go to the earlier topic, which keeps results deterministic.
func primaryTopic(scores []int, min int) int {
	best := -1
	for i, s := range scores {
		if s >= min && (best < 0 || s > scores[best]) {
			best = i
		}
	}
	return best
}

// ResolveTopic maps a section title ("加强法治宣传教育", "严格规范行政执法",
// or a topic's own name) to its canonical topic. ok is false when the title
// names no topic clearly.
func ResolveTopic(section string) (Topic, bool) {
	if i := topicByName(strings.TrimSpace(section)); i >= 0 {
		return Topics[i], true
	}
	if i, ok := resolveAlias(section); ok {
		return Topics[i], true
	}
	i := primaryTopic(topicScores(stripMarker(section)), 2)
	if i < 0 {
		return Topic{}, false
	}
	return Topics[i], true
}

// nearestTopics ranks the topics in have by how much they share with the
// section title (keyword score, then character bigrams of name and
// keywords); topics sharing nothing keep their canonical order.
func nearestTopics(section string, have []int, n int) []string {
	scores := topicScores(section)
	title := relevance.WordSet(section)
	type cand struct{ i, kw, bi int }
	var cs []cand
	for _, i := range have {
		t := Topics[i]
		bi := 0
		for b := range relevance.WordSet(t.Name + strings.Join(topicKeys[i], " ")) {
			if title[b] {
				bi++
			}
		}
		cs = append(cs, cand{i, scores[i], bi})
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].kw != cs[b].kw {
			return cs[a].kw > cs[b].kw
		}
		if cs[a].bi != cs[b].bi {
			return cs[a].bi > cs[b].bi
		}
		return cs[a].i < cs[b].i
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, Topics[c.i].Name)
	}
	return out
}

// topicQuery is the search query for a section on topic t: its title, the
// topic's usual heading and its strongest keywords, so that passages
// worded differently from the title are found too.
func topicQuery(title string, t int) string {
	parts := []string{title, Topics[t].Heading}
	for _, k := range topicKeys[t] {
		if Topics[t].Keywords[k] >= 3 && len(parts) < 10 {
			parts = append(parts, k)
		}
	}
	return strings.Join(parts, " ")
}
