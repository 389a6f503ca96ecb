package answer

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// orgParts splits an org name into its place levels and unit:
// "清远市清新区石潭镇人民政府" → city 清远市, district 清新区, town 石潭镇, unit 人民政府.
var reOrgParts = regexp.MustCompile(`^((?:[\p{Han}]{2,3}省)?)((?:[\p{Han}]{2,3}(?:市|州|盟))?)((?:[\p{Han}]{2,5}?(?:区|县|旗))?)((?:[\p{Han}]{2,3}?(?:镇|乡|街道))?)(.*)$`)

// jointIssuerGov is the government of a joint issuer ("中共蒲阳县委蒲阳县
// 人民政府" → 蒲阳县人民政府), and a party committee alone without its
// 中共 ("中共蒲阳县委" → 蒲阳县委): staff name either by its place.
func jointIssuerGov(org string) string {
	rest, ok := strings.CutPrefix(org, "中共")
	if !ok {
		return org
	}
	// The government of the two: "中共X县委X县人民政府", "中共X县委办公室
	// X县人民政府办公室". A party organ alone (中共X县委组织部, 中共X县
	// 纪律检查委员会) keeps its place and its own name.
	if f := strings.Fields(rest); len(f) > 1 && strings.Contains(f[len(f)-1], "政府") {
		return f[len(f)-1]
	}
	if i := strings.Index(rest, "委"); i > 0 {
		if gov := strings.TrimSpace(rest[i+len("委"):]); utf8.RuneCountInString(gov) >= 2 && strings.Contains(gov, "政府") {
			return gov
		}
	}
	return rest
}

// orgProfile is how a question can name one indexed org.
type orgProfile struct {
	org    string
	docs   []*index.StoredDoc
	levels [4][]string // aliases per place level: 0 province, 1 city, 2 district, 3 town
	deep   int         // deepest level the org has
	unit   string
}

func newOrgProfile(org string) *orgProfile {
	p := &orgProfile{org: org, deep: -1}
	m := reOrgParts.FindStringSubmatch(jointIssuerGov(org))
	if m == nil {
		p.unit = org
		return p
	}
	for lvl := 0; lvl < 4; lvl++ {
		name := m[lvl+1]
		if name == "" {
			continue
		}
		p.deep = lvl
		p.levels[lvl] = append(p.levels[lvl], name)
		stem := strings.TrimRightFunc(name, func(r rune) bool { return strings.ContainsRune("省市州盟区县旗镇乡", r) })
		stem = strings.TrimSuffix(stem, "街道")
		for _, suf := range []string{"高新", "新", "开发"} {
			if s := strings.TrimSuffix(stem, suf); s != stem && utf8.RuneCountInString(s) >= 2 {
				stem = s
			}
		}
		if utf8.RuneCountInString(stem) >= 2 && stem != name {
			p.levels[lvl] = append(p.levels[lvl], stem)
		}
	}
	p.unit = m[5]
	return p
}

// match returns the deepest place level of p the question names, or -1,
// and whether the question also names p's unit (民政局, 人民政府…).
func (p *orgProfile) match(q string) (depth int, unit bool) {
	depth, _, unit = p.matchFull(q)
	return depth, unit
}

// matchFull is match, also saying whether a place was written out whole
// (清城区, not only 清城): a stem alone may begin another name (深圳湾).
func (p *orgProfile) matchFull(q string) (depth int, full, unit bool) {
	depth = -1
	for lvl := 0; lvl < 4; lvl++ {
		for i, a := range p.levels[lvl] {
			if strings.Contains(q, a) {
				depth = lvl
				full = full || i == 0
			}
		}
	}
	if p.unit != "" {
		u := p.unit
		unit = strings.Contains(q, u) || (strings.Contains(u, "政府") && strings.Contains(q, "政府")) ||
			strings.Contains(orgAbbreviations.Replace(q), orgAbbreviations.Replace(u))
		// "清城民政" names 民政局 without its 局: written right after the
		// place's stem, not anywhere ("清城区财政收入" names no 财政局).
		if short := p.shortUnit(); !unit && !full && short != "" && depth >= 0 {
			for _, a := range p.levels[depth] {
				unit = unit || strings.Contains(q, a+short)
			}
		}
	}
	return depth, full, unit
}

// samePlace reports whether d was written by an office of p's own place
// at p's deepest level (a 柳河市 plan for 柳河市民政局).
func (p *orgProfile) samePlace(d *index.StoredDoc) bool {
	if p.deep < 0 {
		return false
	}
	for _, a := range p.levels[p.deep] {
		if utf8.RuneCountInString(a) >= 2 && (strings.Contains(d.Org, a) || strings.Contains(d.Title, a)) {
			return true
		}
	}
	return false
}

// stemOnly reports whether every office the question names is named only
// by a place's stem, without its level or unit ("深圳湾口岸" names no
// office of 深圳市): such scope is tried first, not insisted on.
func stemOnly(ps []*orgProfile, q string) bool {
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if _, full, unit := p.matchFull(q); full || unit {
			return false
		}
	}
	return true
}

// profiles groups the indexed documents by org.
func profiles(ix *index.Index) []*orgProfile {
	byOrg := map[string]*orgProfile{}
	var out []*orgProfile
	for _, d := range ix.Docs() {
		// One office may be written out or abbreviated (大鹏新区管理委员会,
		// 大鹏新区管委会), with or without its city (深圳市…): one profile.
		key := canonicalOrg(d.Org)
		p, ok := byOrg[key]
		if !ok {
			p = newOrgProfile(d.Org)
			byOrg[key] = p
			out = append(out, p)
		}
		p.docs = append(p.docs, d)
	}
	return out
}

// orgAbbreviations are the short forms offices' names are written in.
var orgAbbreviations = strings.NewReplacer("管委会", "管理委员会", "社管局", "社会事务管理局")

// canonicalOrg is the key one office's spellings share: abbreviations
// written out, the province and city before a district dropped.
func canonicalOrg(org string) string {
	o := orgAbbreviations.Replace(org)
	if m := reOrgParts.FindStringSubmatch(o); m != nil && m[3] != "" {
		return m[3] + m[4] + m[5]
	}
	return o
}

// matchOrgs picks the orgs a question names: those matched at the deepest
// place level named, preferring a named unit, then orgs that have no
// deeper, unnamed level ("清新区" means the district office, not a town in it).
func matchOrgs(ps []*orgProfile, q string) []*orgProfile {
	// "清新区民政局和石潭镇…" names two units: match each part on its own,
	// or the deeper name would swallow the other.
	if parts := reConj.Split(q, -1); len(parts) > 1 {
		var union []*orgProfile
		named := 0
		for _, part := range parts {
			m := matchOrgsIn(ps, part)
			if len(m) > 0 {
				named++
			}
			for _, p := range m {
				if !slices.Contains(union, p) {
					union = append(union, p)
				}
			}
		}
		if named > 1 && len(union) > 1 {
			return union
		}
	}
	return matchOrgsIn(ps, q)
}

// reLevelGov is a government named by its level alone: 省政府, 区人民政府.
var reLevelGov = regexp.MustCompile(`(?:^|[^\p{Han}]|[的里])(省|市|区|县|镇)(?:人民)?政府`)

// reDoneAsked asks whether or how far a plan was carried out.
// reDoneByDe is a question's end of an act and 的 ("完成的", "改造好的"),
// with what stands before the act.
var reDoneByDe = regexp.MustCompile(`(\p{Han}{0,2})\p{Han}{1,2}的[?？呢啊\s]*$`)

var reDoneAsked = regexp.MustCompile(`完成了|实现了|达到了|完成情况|完成得|落实了|落实情况|做到了|实际`)

// doneAspect reports whether a question has a work verb in the completed
// aspect ("新培养了多少", "拆除了几处", "已建成"): it asks what was done,
// which a report's review says and its plan for the next year does not.
// The verbs by which a document itself acts (定了, 明确了, 提到了) ask what
// it says, not what was done; 除了/为了/了解 are no aspect at all.
func doneAspect(q string) bool {
	if strings.Contains(q, "已经") || strings.Contains(q, "已") {
		return true
	}
	// "是几月完成的", "什么时候改造好的": a when-question that ends with
	// its act and 的 asks when it was done (not "要交的", "该报的").
	if m := reDoneByDe.FindStringSubmatch(q); m != nil && reWhen.MatchString(q) && !strings.ContainsAny(m[1], "要该需得能会将") {
		return true
	}
	rs := []rune(q)
	for i, r := range rs {
		if r != '了' || i == 0 || !zh.IsHan(rs[i-1]) {
			continue
		}
		if i+1 < len(rs) && rs[i+1] == '解' {
			continue // 了解
		}
		prev := string(rs[i-1])
		if i >= 2 {
			if two := string(rs[i-2 : i]); slices.Contains(documentActs, two) {
				continue
			}
		}
		if slices.Contains(documentActs, prev) || prev == "为" {
			continue
		}
		if prev == "除" && (i < 2 || !zh.IsHan(rs[i-2]) || strings.ContainsRune("那就也还", rs[i-2])) {
			continue // 除了 "except" opens its clause; 拆除了 is done
		}
		return true
	}
	return false
}

// documentActs are the verbs by which a document acts: what it says, sets
// or lists, not work done.
var documentActs = []string{"定", "说", "写", "讲", "列", "提到", "提出", "明确", "规定", "要求", "部署", "安排", "强调", "包括", "印发", "指出", "确定", "制定"}

// reOrdinalAsked asks for a rank rather than a count.
var reOrdinalAsked = regexp.MustCompile(`第几|第多少|排第|名列第`)

// reConj joins the units a question names.
var reConj = regexp.MustCompile(`和|与|及|跟|、|以及|还有`)

func matchOrgsIn(ps []*orgProfile, q string) []*orgProfile {
	type cand struct {
		p     *orgProfile
		depth int
		unit  bool
	}
	var cs []cand
	maxDepth := -1
	for _, p := range ps {
		d, u := p.match(q)
		if d < 0 {
			continue
		}
		cs = append(cs, cand{p, d, u})
		maxDepth = max(maxDepth, d)
	}
	if len(cs) == 0 {
		// "省政府24年报告": a level's government named without its place
		// is the one office of that level, when there is one.
		if m := reLevelGov.FindStringSubmatch(q); m != nil {
			level := map[string]int{"省": 0, "市": 1, "区": 2, "县": 2, "镇": 3}[m[1]]
			var at []*orgProfile
			for _, p := range ps {
				if p.deep == level && strings.Contains(p.unit, "政府") {
					at = append(at, p)
				}
			}
			if len(at) == 1 {
				return at
			}
		}
	}
	if len(cs) == 0 && reReportWords.MatchString(q) {
		// An office with no place in its name (国务院) is named whole,
		// when the question asks for its report ("国务院23年报告"); the
		// longest name written wins (国务院办公厅 over 国务院). Named
		// in any other question it is what a text speaks of, not scope.
		var named []*orgProfile
		for _, p := range ps {
			if p.deep < 0 && utf8.RuneCountInString(p.unit) >= 2 && strings.Contains(q, p.unit) {
				named = append(named, p)
			}
		}
		return filter(named, func(p *orgProfile) bool {
			return !anyOf(named, func(o *orgProfile) bool { return o != p && strings.Contains(o.unit, p.unit) })
		})
	}
	var keep []cand
	for _, c := range cs {
		if c.depth == maxDepth {
			keep = append(keep, c)
		}
	}
	if anyOf(keep, func(c cand) bool { return c.unit }) {
		keep = filter(keep, func(c cand) bool { return c.unit })
	}
	if anyOf(keep, func(c cand) bool { return c.p.deep == c.depth }) {
		keep = filter(keep, func(c cand) bool { return c.p.deep == c.depth })
	}
	out := make([]*orgProfile, len(keep))
	for i, c := range keep {
		out[i] = c.p
	}
	return out
}

func anyOf[T any](xs []T, f func(T) bool) bool {
	for _, x := range xs {
		if f(x) {
			return true
		}
	}
	return false
}

func filter[T any](xs []T, f func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if f(x) {
			out = append(out, x)
		}
	}
	return out
}

// understood is the parsed question.
type understood struct {
	q     string // normalized question
	topic string // what is asked about: scope words and question words removed
	// nameOnly is what a question that named a document asks beside its
	// name when that says no word of two ("葭埠那个养老中心总共要投多少钱"
	// → "要投 钱"): its characters still tell the sentences apart.
	nameOnly string
	orgs     []*orgProfile
	unknown  string // an org or place the question names that the corpus lacks
	// yesNo: the question asks yes or no (能不能, 是不是, 是否, …吗).
	yesNo bool
	// yearWritten are the documents in scope only for what they write of
	// the year asked (scopeResult.yearWritten).
	yearWritten map[string]bool
	years       []int
	month       yearMonth // the month a relative word names (上个月, 这个月, 下个月), zero if none
	relative    string    // the relative expression, when the year came from one
	explicit    bool      // the year was written out (2019年)
	kind        document.Kind
	unitType    string // a kind of office named without a place (民政局)
	byYear      bool   // answered per year of one office's reports
	cross       bool   // asks across documents (各单位, 哪些报告)
	inherited   bool   // the year came from the previous question
	named       namedDocs
	// reportWord: the question says 报告/总结, so its year is a report's.
	reportWord bool
	followUp   bool // merged with the previous question
	// must: words of which a passage the earlier answer quoted (before)
	// must write one each to answer again — what a follow-up asks the
	// same of ("消防那边的呢" after "提示函的联系人是谁"): without it the
	// earlier answer is given again. Each is the words of one phrase
	// (政协, 提案 of 政协提案: 县政协委员提案 writes them apart).
	must   [][]string
	before string
	varied string // the follow-up's own word that must stands for
	// answered is the answer to the question before, when this one leans
	// on it and asks something of its own ("多久内要交" after "一共罚了
	// 多少钱"): what it quoted answered that, not this.
	answered string
	// roleHolder: the role whose holder is asked (专家都是谁, 联络员是谁):
	// a person named, or the post or body that holds it.
	roleHolder string
	// agentRole: a role named for what its holder does whose holder is
	// asked (召集人是谁): a sentence naming one is preferred (agentFirst).
	agentRole string
	// personName: asks a person's name (叫什么名字), which a post alone
	// (党委书记为组长) does not give.
	personName bool
	// nameAsked: asks what someone or something is called or who they
	// are (叫什么, 都是谁), which only a sentence that names one answers.
	nameAsked bool
	// listKind is the kind of thing a list question asks for, whose
	// names end with it (哪几个村 → 村, 哪几座桥 → 桥, 哪几个社区 → 社区):
	// a sentence that names several of them answers (listsOfKind).
	listKind string
	// rivals are the words of the two things a question compares by
	// name ("望溪路和智造大道哪条更长"), 和 between them (rivalNames).
	rivals string
	// office: what a passage must name (Request.office).
	office officeNamed
	// post is the post whose holder is asked ("福利院副院长现在是谁" →
	// 副院长): a sentence that writes another post (院长) or none names
	// someone else.
	post string
	// whichNoun: the kind of thing a "哪几个X" question wants named (X),
	// which "有条件的X" does not name.
	whichNoun string
	// pointedGenre: the genre a document is pointed at by (那个通知 → 通知).
	pointedGenre string
	// cuedGenre: the genre of the documents looked in (要点里 → 要点).
	cuedGenre string
	// doneAsk: asks what was actually done (实际增长了多少, 完成了吗),
	// which a target does not answer.
	doneAsk bool
	// pastAsk: asks what was done, in any completed aspect (doneAsk, or
	// "新培养了多少").
	pastAsk    bool
	planAsk    bool // asks what is planned for the year
	future     bool // every year asked is this year or later: only plans speak of it
	yearSpan   bool // writes a period (2024到2026年)
	reportYear bool // a year is on the report asked for (2019年的报告)
	// yearOnReport: the year is written on 报告 or 总结 itself, not
	// beside it ("那份报告 2025年…") nor as 年度 alone ("2017年度GDP").
	yearOnReport bool
	// unknownNumber is a 文号 the question names that no document carries.
	unknownNumber string
	// written are years the question asks about inside the documents
	// ("2004年全国城市污水处理率"), not years of a report to look in.
	written []int
	asking
	// kindSoft: the kind was read from "那份" alone, which names the
	// office's report when it has one and its other document when not.
	kindSoft bool
	// contentReport: every report the question names is one a document
	// says is to be written (自评报告, 换届总结), which no title is.
	contentReport bool
	// contentPlan: likewise of every 方案 it names ("整改方案多久内要拿
	// 出来": the plan a document says is to be drawn up).
	contentPlan bool
	// places are the places the question names that documents write of
	// in their text (芃塬 of "芃塬那个养老中心"): a document that never
	// writes one of them does not answer of it.
	places []string
}

// asking is what kind of answer a question wants, apart from where to look:
// a follow-up ("那2019年呢?") keeps the previous question's, and each part
// of a two-part question has its own within the whole question's scope.
type asking struct {
	quantity bool           // asks for a figure (多少, 几)
	when     bool           // asks for a date or a period (什么时候, 哪几年)
	asked    []string       // the kind of thing asked for (哪个部门 → 部门)
	total    bool           // asks for a total (一共有多少, 有多少个)
	stock    bool           // asks how many exist in all (总共有多少家)
	rate     string         // the rate asked for by name (参考率), "" if none
	unitWord string         // the unit asked for, e.g. "场" in 多少场
	unitRe   *regexp.Regexp // a figure with that unit: `\d\s*场`
	measure  string         // the unit a figure must be stated in (多少张床位 → 张), see measure.go
	// measureNoun names the quantity asked when no unit does (投资 of
	// 总投资多少): a figure of another quantity in the same unit is no
	// answer.
	measureNoun string
	list        bool // asks for a list (哪些)
	each        bool // asks of each part (各有多少, 分别是): reDistributive
	// What else a question's wording asks for, read once here so nothing
	// downstream reads the raw question again.
	who       bool              // 谁牵头, 哪个部门负责 (reWhoPart)
	isWord    func(string) bool // whether the documents write a bigram as a word (nil without an index)
	agent     string            // 谁拍的 → 拍, 是谁汇报的 → 汇报: the act of who did a thing, a person or a body (reAgentAsked)
	how       bool              // 怎么抓的, 如何开展 (reHowAsked)
	where     bool              // 在哪里上课, 开在哪, 转到哪里安置 (reWhereAsked)
	extreme   int               // 哪个街道发得最多 (+1), 哪项满意度最低 (−1): which row is most or least (reExtremeAsked)
	person    string            // 陈建华的联系电话: a person the question names, as the documents write people (personAsked)
	status    bool              // 改好了没有, 现在到哪一步了 (reStatusAsked)
	period    bool              // 管哪几年, 多长时间内完成 (rePeriodAsked)
	docDate   bool              // 什么时候报送/印发 (reDocDateAsked)
	attrs     []docAttr         // 文号, 成文日期, 主送, 发文机关 (docAttrIntents), each asked
	taskCount bool              // 多少项任务 (reTaskCount)
	content   bool              // what a task requires, beside who does it
	outcome   bool              // what was done about a matter (咋整改的, 怎么处理的: reOutcomeAsked)
	procedure bool              // what is to be done (不服怎么办, 流程: reProcedureAsked)
	contact   bool              // whom to contact (找谁对接, 有问题找谁: reContactAsked)
	change    bool              // how much a figure changed against another (比去年多了多少, 从多少调到多少: reComparedChange)
	reason    bool              // why something came about (为啥, 什么原因: reReasonAsked)
	strict    bool              // a second try with a wider scope: only a near-full match answers
	ordinal   bool              // asks for a rank (排名第几): a 第N answers
	day       bool              // asks for a day (哪天, 几号): a span of days is none
	clock     bool              // asks a time of day (几点): a day alone is none
	ident     []string          // the numbers that name asked for (编号, 电话, 邮箱): a figure is none
	sides     []qualifierSide   // 城镇 not 农村, 支出 not 收入 (siblingQualifiers)
	grades    []grade           // 一星级, 二等奖: numbered grades asked of
	validity  bool              // 还管用吗, 还有效吗: whether a document is in force
	term      bool              // 管到什么时候, 有效期多久: how long a document holds (reTermAsked)
	// holder: asks who holds or does something (谁, 哪位副县长, 哪个领导):
	// a person or a body, named by the answering sentence or by the
	// heading of its section ("四、龙雅琴(县政府副县长)" over "分管县民政局").
	holder bool
	// holderPerson: the holder asked is a person (哪位副县长, 哪个领导),
	// not a body.
	holderPerson bool
}

// reWhereAsked asks where: a place or an address, not which of a kind
// ("在哪个科室" asks a 科室) nor when ("在哪天").
var reWhereAsked = regexp.MustCompile(`哪里|哪儿|什么地方|啥地方|(?:在|去|到|往|开在|设在|放在)哪(?:$|[?？,，\s]|[^个天年些一几类种份家位项条部单])`)

var (
	reExplicitYear = regexp.MustCompile(`((?:19|20)\d{2})\s*年`)
	reShortYear    = regexp.MustCompile(`(?:^|[^\d.])(0[1-9]|[1-3]\d)\s*年`)
	reQuantity     = regexp.MustCompile(`多少|几[个场次项件宗人户条家所名万亿]?|数量|数目|金额|比例|比率|百分之|多大|多高|多长|多久`)
	// reCountedPlans counts 方案 as options are counted: 两个方案, 两套方案,
	// 几种方案.
	reCountedPlans = regexp.MustCompile(`[两二三四几][个套种]方案`)
	// reHowMuchAsked asks a figure in words of asking, not by a noun of
	// measure alone (比例, 金额).
	reHowMuchAsked = regexp.MustCompile(`多少|(?:^|[^哪])几[个项次人家所年天月元万成条件批份名位]|多大|多高|多长|多久|百分之`)
	// reFigureInQuestion is a figure a question states to check.
	reFigureInQuestion = regexp.MustCompile(`\d|[一二三四五六七八九十两]成|百分之|[%％]`)
	// reStandardAsked asks whether amounts are set.
	reStandardAsked = regexp.MustCompile(`标准|规定`)
	// reFewPointed is 几 that points rather than asks: 那几天, 这几年,
	// 近几年, 好几次 (提前几天 asks).
	reFewPointed = regexp.MustCompile(`(?:这|那|近|头|好)几(?:个月|天|年|次|个|回|位|家|项)`)
	reUnitAsked  = regexp.MustCompile(`(?:多少|几)(个月|人次|万元|亿元|[个场次项件宗人户条家所名对间期批份年天元级分])`)
	// reDeadlineAsked asks by when a thing is to be done: 截止, 最晚, 最迟,
	// or a when-word with 前 after it (哪天前, 几号之前).
	reDeadlineAsked = regexp.MustCompile(`截止|截至|最晚|最迟|(?:哪天|哪一天|几号|几月几[日号]|什么时候|啥时候|啥时|何时)(?:之|以)?前`)
	reWhen          = regexp.MustCompile(`哪段时间|哪个时间段|什么时间段|什么时候|什么时间|啥时候|啥时|何时|哪一年|哪年|哪几年|哪天|哪一天|哪几天|哪几号|几月|几号|日期|期限|时限|截止`)
	reAskedKind     = regexp.MustCompile(`(?:哪家|哪个|哪一个|哪些|什么|哪类|哪种|哪几个|哪几家|哪几|哪位|哪一)([^\P{Han}的是在有了和与及]{1,4}?)?(律师事务所|部门|单位|机构|律所|公司|文件|地方|地区|领域|原则|科室|机关|人员|股室|股)`)
	// rePersonKindAsked asks which holder of a post: 哪位副县长, 哪个县领导.
	rePersonKindAsked = regexp.MustCompile(`(?:哪位|哪一位|哪个|哪名)(\p{Han}{0,3}?(?:领导|` + postWords + `|同志|负责人|干部))`)
	reRateAsked       = regexp.MustCompile(`(\p{Han}{2}率)`)
	reUnitType        = regexp.MustCompile(`(?:^(?:各|哪些|哪个|几个|有的)?|各|哪些|哪个|几个|有的)(\p{Han}{0,5}?(?:街道办|镇政府|镇人民政府|民政办|司法所|办事处|管委会)|\p{Han}{1,5}?(?:局|委员会|厅))`)
	reStockAsked      = regexp.MustCompile(`(?:总共|一共|共)有|总数|总量|全(?:区|镇|市|县)(?:共|总共|一共)?有`)
	reTotal           = regexp.MustCompile(`一共|总共|共有|有多少|总数|总量|共多少`)
	reWhichTimes      = regexp.MustCompile(`哪几(?:天|日|号|个月|月)`)
	reList            = regexp.MustCompile(`干什么|做什么|[干做搞](?:了些?|些)(?:什么|啥)|哪些|哪几|哪[两三四五六七八九十]|啥问题|什么问题|哪方面|有什么|什么措施|什么做法|怎么做|如何|措施|举措`)
	reFirmAsked       = regexp.MustCompile(`(?:哪家|哪个|哪一家|哪几家|什么)\p{Han}{0,4}?(?:施工单位|中标单位|承建单位|供应商|厂家|厂商|施工方|承建方)|(?:哪家|哪一家|哪几家|哪个)[^\s，,。？?管是样的情况部门]{0,4}?公司|(?:施工单位|中标单位|承建单位|供应商|厂家|厂商|施工方|承建方)(?:是|定的是|为)?(?:哪家|哪一家|哪个|谁)(?:$|[\s，,。？?！!呢啊吗])`)
	reCross           = regexp.MustCompile(`各单位|各个单位|哪个单位|哪家单位|各地|哪些单位|哪些报告|哪些(?:材料|文件)(?:里|中|上|提到|提及|说|写|讲)|哪几份|哪份|哪几个单位|哪些地方|各报告|几份报告|几份材料|分别|都是怎么|各是|各有|对比|比较一下|各自`)
	// Tasks and their units (任务, 牵头, 配合) are written in plans and in
	// the 意见/通知 sent down alike: only a plan's own names ask for a plan.
	rePlanWords = regexp.MustCompile(`方案|规划|要点|纲要`)
	// reOtherGenre are genres of neither kind: a question naming one and
	// 报告 names two documents ("整改报告跟那个评查通报"), or a report
	// the document speaks of ("通知要求年度报告向社会公开").
	// 意见, 办法, 规定 are as often ordinary words ("提出了哪些意见").
	reActReport   = regexp.MustCompile(`(?:谁|向|作|做|听取了?|听|在|去)(?:的)?汇报|汇报(?:的|了|过|人)`)
	reOtherGenre  = regexp.MustCompile(`通知|通报|批复|复函|纪要|通告|公告`)
	reReportWords = regexp.MustCompile(`报告|总结|汇报`)
	rePlanSentUp  = regexp.MustCompile(`方案\p{Han}{0,3}?(?:上|报|提交|提请|送)\p{Han}{0,10}?(?:会|审议|研究|审定)`)
	reThatCopy    = regexp.MustCompile(`(?:那|这|哪|一)(?:份|篇)`)
	reSubmitted   = regexp.MustCompile(`(?:交|报送|提交|上报|上交|呈报|报给)\p{Han}{0,4}?(?:报告|总结)|(?:报告|总结)\p{Han}{0,6}?(?:要交|交上|交给|报送|提交|上报|报上|上交|呈报|报给|(?:报|[^公外]交)(?:$|[?？吗呢\s]))`)
	reMention     = regexp.MustCompile(`([\p{Han}]{2,4}?(?:省|市|县|区|镇|乡))([\p{Han}]{0,6}?(?:民政局|司法局|局|人民政府|政府|委员会|管委会|办事处))?`)
	// Words that look like places but are not names: 全区, 我市, 社区…
	genericPlace = regexp.MustCompile(`^(?:全|我|本|各|该|那|这|城|辖|社|园|小|景|市|地|山|片|新|老|上|下|县|镇|乡|区|省|两|此|其|所在|相关|有关|农村|城乡|高新|开发|特区|行政|管理|服务|困难|什么|哪个|哪)`)
)

var relativeYears = []struct {
	word   string
	offset int
}{
	{"大前年", -3}, {"前年度", -2}, {"前年", -2}, {"上一年度", -1}, {"上年度", -1}, {"上一年", -1}, {"去年度", -1}, {"去年", -1}, {"上年", -1},
	{"今年度", 0}, {"今年", 0}, {"本年度", 0}, {"本年", 0},
}

// reNumberNamed is 几号 asking which number names a thing — a telephone,
// a building, a window, a document ("咨询电话几号", "几号楼", "几号窗口") —
// not a day.
var reNumberNamed = regexp.MustCompile(`(?:电话|热线|手机|号码|座机|传真|门牌)(?:是|打|拨)?几号(?:$|[?？吗呢啊，,。\s])|几号(?:楼|窗口|柜台|房间)(?:$|[^\p{Han}]|[要在是有的能里办])`)

// yearMonth is a month of a year.
type yearMonth struct{ year, month int }

// reRelativeMonth is a month named from now: 上上个月, 上个月, 上月, 这个
// 月, 本月, 下个月, 下下个月. Not 当月, "that month" of whatever is
// spoken of (死亡当月).
var reRelativeMonth = regexp.MustCompile(`(上上|下下|上|这|本|下)(个)?月份?`)

// notMonthBefore begin the function words 上, 本 or 下 without 个 finish
// rather than name a month with (以上月收入, 马上月底, 基本月…). Not 线,
// 会, 乡: 热线上月, 村委会上月, 红旗乡上月 name the month (review 43);
// 加上月底 and 网上月报 are read as 上月, the rarer misreading.
const notMonthBefore = "以马之基根成资"

// relativeMonthAt is where nq names a month from now, and its word, or
// nil.
func relativeMonthAt(nq string) []int {
	for _, m := range reRelativeMonth.FindAllStringSubmatchIndex(nq, -1) {
		if m[4] < 0 && m[0] > 0 {
			if r, _ := utf8.DecodeLastRuneInString(nq[:m[0]]); strings.ContainsRune(notMonthBefore, r) {
				continue
			}
		}
		return m
	}
	return nil
}

// withoutRelativeMonth blanks the month a question names from now
// ("上个月签的"): it is when, read by relativeMonthOf, never a word a
// passage writes of the matter.
func withoutRelativeMonth(t string) string {
	if m := relativeMonthAt(t); m != nil {
		return t[:m[0]] + " " + t[m[1]:]
	}
	return t
}

// relativeMonthOf is the month a question names from now ("下个月起" in
// June is July), zero when it names none.
func relativeMonthOf(nq string, now time.Time) yearMonth {
	m := relativeMonthAt(nq)
	if m == nil || now.IsZero() {
		return yearMonth{}
	}
	offset := map[string]int{"上上": -2, "下下": 2, "上": -1, "这": 0, "本": 0, "下": 1}[nq[m[2]:m[3]]]
	t := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, offset, 0)
	return yearMonth{t.Year(), int(t.Month())}
}

// statesMonth reports whether text writes the month (7月, 2026年7月) —
// not another year's, nor a longer number's (12月 is no 2月).
func statesMonth(text string, ym yearMonth) bool {
	w := strconv.Itoa(ym.month) + "月"
	for at := 0; ; {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return false
		}
		i += at
		at = i + len(w)
		if i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		if y := reYearBefore.FindStringSubmatch(text[:i]); y != nil && y[1] != strconv.Itoa(ym.year) {
			continue
		}
		return true
	}
}

// reYearBefore is a year written right before a month.
var reYearBefore = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*$`)

// "当年" is the year of whatever is spoken of ("太钢当年投了多少"), not
// this year, and so is not among relativeYears.

// reComparedYear is a relative year a figure is compared with ("败诉率比
// 上一年降了多少", "较上年增长"): it names no report.
var reComparedYear = regexp.MustCompile(`(?:比|较|同|相比|对比)(?:大前年|前年|上一年度|上年度|上一年|去年|上年)|(?:跟|和|与|同)(?:大前年|前年|上一年度|上年度|上一年|去年|上年)(?:同期|四季度|三季度|二季度|一季度|[一二三四五六七八九十]+月份?)?(?:比|相比)`)

// reEveryYearsLast is a relative year said within a yearly round ("每年1月
// 底前把上年的案件报上来", "每年度报送上一年度情况"): the year before each
// one, not the year before this one — it names no report. (Not 年年, which
// stands in 今年年底; not 去年, which staff say of this year's last.)
var reEveryYearsLast = regexp.MustCompile(`(?:每年|每一年)[^，,。;；?？!！]{0,24}?(?:上一年度|上年度|上一年|上年|前一年)`)

// blankUnanchoredYears blanks the relative years of nq that are not
// counted from now: one a figure is compared with, and the year before
// each year of a yearly round.
func blankUnanchoredYears(nq string) string {
	blank := func(m string) string { return strings.Repeat(" ", len(m)) }
	nq = reComparedYear.ReplaceAllStringFunc(nq, blank)
	return reEveryYearsLast.ReplaceAllStringFunc(nq, blank)
}

// reComparedExplicit is a year written out that a figure is compared with
// ("比23年高了多少", "较2023年增长"); the year it is of is written apart.
// 比较/对比 before years compares them with each other ("对比2023年和2024
// 年"): each is asked of.
var reComparedExplicit = regexp.MustCompile(`(?:^|[^对比])((?:比|较)(?:(?:19|20)\d{2}|\d{2})年度?)`)

var reRecent = regexp.MustCompile(`近([两二三四五几])年`)

// reOrdinaryGenre are genre words as often used as ordinary words.
var reOrdinaryGenre = regexp.MustCompile(`^(?:计划|规划|清单|纲要|指南|规则|规定|办法|意见|决定)$`)

// reGenreIn is the genre of the documents a question looks in: "要点里",
// "通报中". Staff name genres loosely ("意见里" of a 方案), so it ranks
// the documents of that genre first (cuedGenreBonus) rather than leaving
// out the others.
var reGenreIn = regexp.MustCompile(`(` + genreAlt + `)(?:里|中)`)

// reStatusAsked asks how far a thing has come: whether it is done, what is
// done and what is left.
var reStatusAsked = regexp.MustCompile(`进展|进度|[改修建办做干弄]好|[改修建办做干弄]完|(?:完成|解决|落实|整改|办结|到位)了?(?:吗|没)|好了没|了没有|还剩|剩下|到哪一步|怎么样了`)

// relativeYearsOf resolves 去年, 前年, 近两年… in a normalized question
// against now to the years the reports cover, with the words used.
// namesYear reports whether s names a year as the question model reads
// one: written (2019年, 19年) or relative (去年, 近两年).
func namesYear(s string) bool {
	if reExplicitYear.MatchString(s) || reShortYear.MatchString(s) || reRecent.MatchString(s) {
		return true
	}
	for _, r := range relativeYears {
		if strings.Contains(s, r.word) {
			return true
		}
	}
	return false
}

func relativeYearsOf(nq string, now time.Time) ([]int, string) {
	nq = blankUnanchoredYears(nq)
	for _, r := range relativeYears {
		if strings.Contains(nq, r.word) {
			return []int{now.Year() + r.offset}, r.word
		}
	}
	if m := reRecent.FindStringSubmatch(nq); m != nil {
		n := map[string]int{"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "几": 3}[m[1]]
		var years []int
		for i := 1; i <= n; i++ {
			years = append(years, now.Year()-i)
		}
		return years, m[0]
	}
	return nil, ""
}

// reRelativeReport is a relative year attached to a report ("今年的政府
// 工作报告", "去年那份总结").
var reRelativeReport = regexp.MustCompile(`^[^,，。;；??]{0,10}?(?:报告|总结)`)

// reportRelativeYear: when a question writes two relative years and one is
// on the report, it returns that report's year and the other years.
func reportRelativeYear(nq string, now time.Time) (int, string, []int, bool) {
	type mention struct {
		at, year int
		word     string
	}
	var ms []mention
	rest := blankUnanchoredYears(nq)
	for _, r := range relativeYears {
		for {
			i := strings.Index(rest, r.word)
			if i < 0 {
				break
			}
			ms = append(ms, mention{i + len(r.word), now.Year() + r.offset, r.word})
			// Blank it so 前年 is not found again inside 大前年.
			rest = rest[:i] + strings.Repeat(" ", len(r.word)) + rest[i+len(r.word):]
		}
	}
	if len(ms) < 2 {
		return 0, "", nil, false
	}
	report := -1
	for i, m := range ms {
		if reRelativeReport.MatchString(nq[m.at:]) {
			report = i
			break
		}
	}
	if report < 0 {
		return 0, "", nil, false
	}
	var others []int
	for i, m := range ms {
		if i != report && m.year != ms[report].year {
			others = appendUnique(others, m.year)
		}
	}
	if len(others) == 0 {
		return 0, "", nil, false
	}
	return ms[report].year, ms[report].word, others, true
}

// SearchText is what to search for a question asked on day now: its
// relative years (去年) written out as the years they mean, so the ranking
// credits the reports of those years as it does a written year. A question
// that already writes a year is returned as it is.
func SearchText(q string, now time.Time) string {
	nq := zh.Normalize(q)
	if reExplicitYear.MatchString(nq) || reShortYear.MatchString(nq) {
		return q
	}
	years, _ := relativeYearsOf(nq, now)
	if len(years) == 0 {
		return q
	}
	out := q
	for _, y := range years {
		out += " " + strconv.Itoa(y) + "年"
	}
	return out
}

// genericSuffix: 社区, 小区, 城区… end many words that are not place names.
var genericSuffix = regexp.MustCompile(`(?:社|小|园|城|辖|片|景|山|市|地|全|新|本|我|该|各|郊|校|营|矿|林|牧|灾|疫)区$|(?:城|乡|集|古|小|大|名)镇$|(?:城|都|超|集|夜|股|楼|街)市$|(?:郡|州)县$`)

// pointsAsked reports whether the 分 after 多少 asks for points: it ends
// the question or its clause, or a word of scoring follows ("多少分算优秀",
// "扣几分"); not a noun it begins (多少分钟, 多少分公司, 几分之几), nor the
// minute of 几点几分.
func pointsAsked(before, after string) bool {
	if strings.HasSuffix(before, "点") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return after == "" || !zh.IsHan(r) || reAfterPoints.MatchString(after)
}

// reAfterPoints are the words that follow a score asked for.
var reAfterPoints = regexp.MustCompile(`^(?:算|才|以上|以下|及格|合格|优秀|良好|为|是|的|呢|吗|啊|了|能|可以|就|满分|封顶)`)

// reListKindAsked asks which ones of a kind whose names end with the
// kind, at the question's end: "涉及哪几个村", "新命名了哪些路", "哪几个
// 社区" (东关社区, 西关社区). Only kinds that end the names of places,
// bodies and facilities; "哪些人参加", "哪些村完成了" name no kind at
// the end.
var reListKindAsked = regexp.MustCompile(`哪(?:几|些)(?:个|座|条|家|所|处|项)?(\p{Han}{0,2}?[村镇乡街路桥巷弄区县市局院站所校园馆厂队室股科处场楼库苑部组会厅办司社点])(?:[?？,，。!！\s]|$|呢|啊|了|啦)`)

// reAgentAsked asks who did a thing: 谁 (是谁, 由谁) and the act after
// it, up to 的 or 了, not 谁 as a holder of a post ("组长是谁", postAsked
// reads that).
var reAgentAsked = regexp.MustCompile(`谁(?:来|去|给|在|又)?([^\P{Han}的了呢啊吗呀]{1,2})`)

// notActs begin no act after 谁: a modal (谁能领, 谁可以申请) asks who
// may, a copula (谁是联系人) or an adverb (谁都, 谁也) no doer of a thing.
const notActs = "能可会应该要需得都也是有还就才"

// reContactAsked asks whom to contact about a matter, not who does it
// (找谁审批, 找哪个部门办 ask that).
var reContactAsked = regexp.MustCompile(`找谁(?:对接|联系|咨询)|跟谁对接|联系谁|(?:有问题|有疑问|不清楚的?|不懂的?)(?:可以|该|应该|要)?(?:找谁|问谁)|对接(?:的)?人?是?(?:谁|哪位)|谁是对接人`)

// askedKinds are the kinds of body or thing a question asks for by a
// which-word ("哪家检测机构": 机构), with what sort of it between — not a
// time, a condition or a matter the which-word asks of ("什么时候单位要报",
// "什么情况下单位可以", "哪些事项部门要办"), after which the kind begins
// the clause.
func askedKinds(nq string) []string {
	var out []string
	for _, m := range reAskedKind.FindAllStringSubmatch(nq, -1) {
		if strings.ContainsAny(m[1], notKindSort) {
			continue
		}
		out = append(out, m[2])
	}
	return out
}

// notKindSort are characters of what a which-word asks of that is no sort
// of body: a time (时候, 年, 月, 天, 期), a condition (情况, 条件), a
// matter (事项, 环节).
const notKindSort = "时候年月天日期况件项节情形"

// reReasonAsked asks why something came about: 为什么, 为啥, 什么原因,
// 咋回事 — not 作为什么, 认为什么, 称为什么.
var reReasonAsked = regexp.MustCompile(`(?:^|[^作称认成视列定])(?:为什么|为啥|为何)|(?:什么|啥|哪些|哪几个)原因|原因(?:是|有)?(?:什么|啥|哪些|哪几)|怎么回事|咋回事|是因为`)

// reComparedChange asks how a figure changed against another — a year, a
// round, a place it is compared with — or what it was and became: "比去年
// 多了多少", "涨了多少", "多了还是少了", "从多少调到多少". What answers it
// states the change (reChangeStated), not one of the two figures alone.
// Not a range asked (从多少岁到多少岁), what is left (还差几个), or 比 of
// 比对, 比照, 评比. (reChangeAsked in measure.go is the wider set of words
// of change that keep a quantity's unit from being implied; reComparedYear
// the year a figure is compared with.)
var reComparedChange = regexp.MustCompile(`(?:多了|少了|多出|增加了?|减少了?|增长了?|下降了?|降低了?|提高了?|提升了?|上升了?|上调了?|下调了?|涨了?|降了?|高了|低了|相差)(?:是|有)?(?:多少|几|百分之几|多大)|(?:^|[^评对])比[^例重率较对照赛]\p{Han}{0,19}?(?:多|少|高|低)(?:给|发|补|拨|缴|交|花|出|安排|招|收|办|建)?了?(?:多少|几)|[从由]多少[^，,\s]{0,8}?(?:调|提|涨|降|改|增|减)\p{Han}{0,2}?(?:到|至|为|成)多少|(?:多了|增加了?|涨了|提高了?|升了|高了)还是(?:少了|减少了?|降了|降低了?|低了|下降了?)|有没有(?:增加|减少|提高|下降|变化)|增幅(?:是|有)?多[少大]`)

// reContactWords are the words of asking whom to contact, which are no
// part of the matter asked about.
var reContactWords = regexp.MustCompile(`有问题|有疑问|不清楚的?|不懂的?|对接人|对接|联系|咨询|(?:可以|应该|该|要)?找`)

// understand parses a question against the indexed documents.
func understand(ix *index.Index, ps []*orgProfile, q string, now time.Time) understood {
	u := understood{q: withDayResolved(zh.Normalize(q), now)}
	nq := u.q
	u.orgs = matchOrgs(ps, nq)
	// "比23年高了多少": a year a figure is compared with names no report.
	// Only the compared year is blanked, not the character before 比
	// ("2025年比2024年": 2025年 is asked).
	blanked := []byte(nq)
	for _, m := range reComparedExplicit.FindAllStringSubmatchIndex(nq, -1) {
		copy(blanked[m[2]:m[3]], strings.Repeat(" ", m[3]-m[2]))
	}
	yq := string(blanked)
	for _, m := range reExplicitYear.FindAllStringSubmatch(yq, -1) {
		y, _ := strconv.Atoi(m[1])
		u.years = appendUnique(u.years, y)
		u.explicit = true
	}
	for _, m := range reShortYear.FindAllStringSubmatch(yq, -1) {
		y, _ := strconv.Atoi(m[1])
		u.years = appendUnique(u.years, 2000+y)
		u.explicit = true
	}
	u.month = relativeMonthOf(nq, now)
	if len(u.years) == 0 {
		u.years, u.relative = relativeYearsOf(nq, now)
		// "今年的政府工作报告里,去年GDP多少": the relative year on the
		// report names the report; the other is what it writes about.
		if y, word, others, ok := reportRelativeYear(nq, now); ok {
			u.years, u.relative, u.written = []int{y}, word, others
		}
	}
	plan, report := rePlanWords.MatchString(nq), reReportWords.MatchString(nq)
	// "自查报告几号前要交上去": a report to be handed in is what the
	// question asks about, not the document it is asked of.
	u.contentReport = ix != nil && contentReports(ix, nq, reReportCompound, 2)
	u.contentPlan = ix != nil && contentReports(ix, nq, rePlanCompound, 4)
	plan = plan && !u.contentPlan
	report = report && !reSubmitted.MatchString(nq) && !reOtherGenre.MatchString(nq) && !u.contentReport
	// "检查时县政府谁汇报的", "听取了谁的汇报": 汇报 done by someone is an
	// act the documents tell of, not a kind of document to look in.
	report = report && !(reActReport.MatchString(nq) && !reReportWords.MatchString(reActReport.ReplaceAllString(nq, " ")))
	// "低保提标方案上县政府常务会了吗": a 方案 sent up for a meeting is
	// what is asked about, not a kind of document to look in (review 24).
	// "听证会上谁两个方案都不同意": options counted in a document (两套方案,
	// 方案一 and 方案二) are what is asked of, not plans to look in.
	plan = plan && !(reCountedPlans.MatchString(nq) && (optionWritten(ix, "方案一") || optionWritten(ix, "方案二")))
	plan = plan && !rePlanSentUp.MatchString(nq) && !onlyInBodyNames(nq, rePlanWords, func(name string) bool {
		if strings.ContainsFunc(name, func(r rune) bool { return strings.ContainsRune(optionNumerals, r) }) {
			return optionWritten(ix, name)
		}
		return ix != nil && ix.DocsWithAll(zh.Tokens(name)) > 0
	})
	// "鹤坳新公墓规划总用地多少亩": 规划 modifies the word after it, as the
	// documents write it ("规划总用地86.4亩"); it names no plan to look in.
	written := func(phrase string) bool { return optionWritten(ix, phrase) }
	titled := func(name string) bool {
		return ix != nil && anyOf(ix.Docs(), func(d *index.StoredDoc) bool { return strings.Contains(withoutQuotes(d.Title), name) })
	}
	plan = plan && !onlyModifying(nq, rePlanWords, written, titled)
	report = report && !onlyModifying(nq, reReportWords, written, titled)
	// "盐田19年那份": a copy of a document with no genre named is the
	// office's report of that year, as much as "19年的报告".
	copyOnly := !report && reThatCopy.MatchString(nq) && !reGenreWord.MatchString(nq) && !plan
	report = report || copyOnly
	switch {
	case plan && !report:
		u.kind = document.KindPlan
	case report && !plan:
		u.kind = document.KindReport
		// "丰桥那份" of an office with no report is its other document.
		u.kindSoft = copyOnly
	}
	// "哪几个常" asks for a list, "几个" for a figure; "哪几年" for a period.
	u.clock = asksClock(nq)
	u.when = reWhen.MatchString(reNumberNamed.ReplaceAllString(nq, " ")) || u.clock
	u.day = u.when && reDayAsked.MatchString(nq)
	u.ident = identAsked(nq)
	// "几份报告里" asks across documents, not for a figure.
	// "清明冬至那几天要设几个检查站": 那几天 points at days, it asks none.
	qn := reFewPointed.ReplaceAllStringFunc(nq, func(m string) string { return strings.Repeat(" ", len(m)) })
	// "受不受投资比例限制" asks yes or no of a 比例; it asks no figure —
	// unless it asks in words of asking (多少, 几个), states a figure to
	// check ("是不是70%", review 33) or asks whether amounts are set
	// (金额有没有标准: the amounts answer).
	u.yesNo = asksYesNo(nq)
	ofMeasureOnly := u.yesNo && !reHowMuchAsked.MatchString(qn) && !reUnitAsked.MatchString(qn) && !reFigureInQuestion.MatchString(qn) && !reStandardAsked.MatchString(qn)
	u.quantity = !u.when && !ofMeasureOnly && reQuantity.MatchString(strings.ReplaceAll(reCross.ReplaceAllString(qn, " "), "哪几", ""))
	if loc := reUnitAsked.FindStringSubmatchIndex(qn); loc != nil && !(nq[loc[2]:loc[3]] == "分" && !pointsAsked(nq[:loc[0]], nq[loc[3]:])) {
		m := []string{nq[loc[0]:loc[1]], nq[loc[2]:loc[3]]}
		u.unitWord = m[1]
		switch m[1] {
		case "个":
			// "每个村最少几个": 个 is the classifier of any count, so
			// a figure in 名 or 家 answers it as well as one in 个.
		case "年", "天", "个月":
			// "免几年": a span of years, not a year (2018年).
			u.unitRe = regexp.MustCompile(`(?:^|[^\d])\d{1,3}\s*` + regexp.QuoteMeta(m[1]))
		default:
			u.unitRe = regexp.MustCompile(`\d\s*` + regexp.QuoteMeta(m[1]))
		}
	}
	if u.quantity {
		var df func(string) int
		if ix != nil {
			df = ix.DF
		}
		u.measure = askedMeasure(qn, df)
		if u.measure == "" && u.unitWord == "" && !reUnitAfterAsk.MatchString(qn) {
			// No unit written after 多少: the quantity named says it.
			u.measure, u.measureNoun = impliedMeasureNoun(nq)
		}
	}
	// "哪几天", "哪几号": days asked are a time, the when-word whole, no
	// list of measures.
	u.list = reList.MatchString(reWhichTimes.ReplaceAllString(nq, ""))
	u.each = reDistributive.MatchString(nq)
	u.ordinal = reOrdinalAsked.MatchString(nq)
	u.total = u.quantity && reTotal.MatchString(nq)
	u.stock = u.quantity && reStockAsked.MatchString(nq)
	if m := reRateAsked.FindStringSubmatch(nq); m != nil {
		u.rate = m[1]
	}
	u.asked = append(u.asked, askedKinds(nq)...)
	// "哪家施工单位中标的", "过期的是哪个厂家生产的", "施工单位是哪家": a firm is asked, whose
	// name the answer writes (…公司, …厂).
	if reFirmAsked.MatchString(nq) && !slices.Contains(u.asked, "公司") {
		u.asked = append(u.asked, "公司")
	}
	// "哪位副县长分管": the post asked is the kind of answer, not a word
	// the answering sentence must write.
	for _, m := range rePersonKindAsked.FindAllStringSubmatchIndex(nq, -1) {
		// "哪个村长期未整改" asks which village: 长期, 长久, 长远, 长效
		// are no post.
		if strings.HasSuffix(nq[m[2]:m[3]], "长") && strings.IndexAny(nq[m[1]:], "期久远效") == 0 {
			continue
		}
		u.asked = append(u.asked, nq[m[2]:m[3]])
		u.holderPerson = true
	}
	u.holder = strings.Contains(nq, "谁") || u.holderPerson
	// Two named units ("清新区民政局和石潭镇…各是怎么抓的") are answered
	// per document as much as "各单位" is.
	u.cross = (reCross.MatchString(nq) || len(u.orgs) > 1) && len(u.orgs) != 1
	if len(u.orgs) == 0 {
		u.unknown = unknownMention(ix, ps, nq)
		// A kind of office is one some indexed office is ("格局", "大厅"
		// end like one and are not).
		if m := reUnitType.FindStringSubmatch(nq); m != nil && u.unknown == "" && (ps == nil || anyOf(ps, func(p *orgProfile) bool { return strings.Contains(p.org, m[1]) })) {
			u.unitType = m[1]
		}
	}
	u.validity = reValidityAsked.MatchString(nq)
	if ix != nil {
		u.isWord = func(b string) bool { return ix.Cohesion(b) >= wordCohesion }
	}
	u.topic = topicOf(nq, u.orgs, u.isWord)
	// Read from the topic: an office's own name (农业农村局, 城市管理局)
	// asks no side of anything.
	u.sides = askedSides(u.topic)
	u.grades = askedGrades(nq)
	u.contact = reContactAsked.MatchString(nq)
	u.change = reComparedChange.MatchString(nq)
	u.reason = reReasonAsked.MatchString(nq)
	if u.contentReport {
		// "自评报告啥时候前报": the report the documents say is to be
		// written is what is asked about; its words stay in the topic,
		// which the words naming documents (报告) otherwise leave.
		u.topic += " " + strings.Join(reReportCompound.FindAllString(nq, -1), " ")
	}
	if u.contentPlan {
		u.topic += " " + strings.Join(rePlanCompound.FindAllString(nq, -1), " ")
	}
	for _, y := range u.written {
		u.topic += " " + strconv.Itoa(y) + "年"
	}
	u.reportWord = report
	// "目标完成了吗" asks what was done against a plan, not the plan.
	u.planAsk = rePlanAsk.MatchString(nq) && !reDoneAsked.MatchString(nq)
	u.doneAsk = reDoneAsked.MatchString(nq)
	u.pastAsk = u.doneAsk || doneAspect(nq)
	u.yearSpan = reYearSpan.MatchString(nq)
	u.reportYear = reReportYearAsked.MatchString(nq)
	u.yearOnReport = reYearOnReport.MatchString(nq)
	u.who = reWhoPart.MatchString(nq)
	if m := reAgentAsked.FindStringSubmatch(nq); m != nil && !strings.ContainsRune(notActs, []rune(m[1])[0]) {
		u.agent = m[1]
	}
	u.how = reHowAsked.MatchString(nq)
	u.outcome = reOutcomeAsked.MatchString(nq)
	u.procedure = reProcedureAsked.MatchString(nq)
	u.where = reWhereAsked.MatchString(nq)
	u.extreme = extremeAsked(nq)
	u.status = reStatusAsked.MatchString(nq)
	u.period = rePeriodAsked.MatchString(nq)
	u.term = reTermAsked.MatchString(nq)
	u.docDate = reDocDateAsked.MatchString(nq)
	u.attrs = askedDocAttrs(nq)
	if reDeadlineAsked.MatchString(nq) {
		// A deadline asked ("季度报送每次截止几号", "慰问金最晚哪天前得
		// 发到位") is a date the text sets; a document's own date is none.
		u.docDate = false
		u.attrs = slices.DeleteFunc(u.attrs, func(a docAttr) bool { return a == attrDate })
	}
	u.taskCount = reTaskCount.MatchString(nq)
	u.content = asksContent(nq)
	u.personName = reNameAsked.MatchString(nq)
	u.nameAsked = reAnyNameAsked.MatchString(nq) && !u.how
	if m := reRoleHolderAsked.FindStringSubmatch(nq); m != nil && !u.personName {
		u.roleHolder = m[1]
	} else if m := reAgentRoleAsked.FindStringSubmatch(nq); m != nil && !u.personName {
		u.agentRole = m[1]
	}
	u.post = postAsked(nq)
	if m := reListKindAsked.FindStringSubmatch(nq); m != nil {
		u.listKind = m[1]
	}
	if m := reRivals.FindStringSubmatch(nq); m != nil {
		u.rivals = m[1]
	}
	if m := rePointedGenre.FindStringSubmatch(nq); m != nil {
		u.pointedGenre = m[2]
	} else if m := reGenreIn.FindStringSubmatch(nq); m != nil && !reReportWords.MatchString(m[1]) && !reOrdinaryGenre.MatchString(m[1]) {
		// 报告 and 总结 name the same kind, read by the kind (u.kind);
		// 计划, 规划, 清单 are as often ordinary words (工作计划中).
		u.cuedGenre = m[1]
	}
	if m := reWhichOnes.FindStringSubmatch(nq); m != nil {
		u.whichNoun = m[1]
	}
	// "光明区2019年工作报告里,2018年GDP多少": the year on the report names
	// the report; the other years are what it writes about.
	if m := reReportYearAsked.FindStringSubmatch(nq); m != nil && len(u.years) > 1 && !reReportYearsJoined.MatchString(nq) && len(reReportYearAsked.FindAllString(nq, -1)) == 1 {
		if y, ok := reportYearOf(m[0]); ok {
			for _, o := range u.years {
				if o != y {
					u.written = append(u.written, o)
					u.topic += " " + strconv.Itoa(o) + "年"
				}
			}
			u.years = []int{y}
		}
	}
	return u
}

// reYearSpan is a period written in a question ("2024到2026年的方案"):
// it names which plan, so it is scope even for a named plan.
var reYearSpan = regexp.MustCompile(`(?:19|20)\d{2}\s*(?:年)?\s*(?:到|至|-|—|–|~)\s*(?:19|20)?\d{2}\s*年`)

// rePlanAsk asks for what is planned for a year ("今年的工作计划", "明年
// 打算"): a report plans the year after the one it covers, in its own part
// (三、2025年工作计划), so the year before's report answers.
var rePlanAsk = regexp.MustCompile(`工作计划|工作安排|工作打算|工作思路|下一步|下一年|明年|计划|安排|打算|准备|拟|目标|预期`)

// contentYears: a year names a report to look in when the question names
// an office or a report ("清城区2024年…", "2019年的报告里"), or follows one
// that did ("那2019年呢?"); otherwise it is a year the documents write
// about ("到2025年…要达到多少"): searched for, not a filter on documents.
func (u *understood) contentYears() {
	if !u.explicit || len(u.orgs) > 0 || u.unknown != "" || u.unitType != "" || u.reportWord || u.followUp {
		return
	}
	for _, y := range u.years {
		u.topic += " " + strconv.Itoa(y) + "年"
	}
	u.written = u.years
	u.years, u.explicit = nil, false
}

// asksDue reports whether the question asks when a thing is to be done,
// not when it was (是几月完成的): a plan's dates answer it.
func (u understood) asksDue() bool { return u.when && !u.pastAsk }

// asksOrg reports whether the question asks which office or body.
func (u understood) asksOrg() bool {
	if u.cross {
		return false // "哪些单位提到…": the documents' own units answer
	}
	for _, a := range u.asked {
		switch a {
		case "部门", "单位", "机构", "律所", "律师事务所", "公司", "科室", "机关":
			return true
		}
	}
	return false
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
}

// reOfficeReport is an office named right before its report ("前海管理局
// 2022年工作报告", "市场监管委的年度报告"); reOfficeWord is the office word.
var (
	reOfficeReport = regexp.MustCompile(`(\p{Han}{2,8}?(?:管理局|管委会|委员会|办事处|人民政府|政府|局|委|办|厅))(?:(?:19|20)?\d{2}\s*年度?|大前年|前年|去年|今年|上一年|上年)?的?(?:年度|工作|法治政府建设|政府工作)?(?:报告|总结)`)
	reOfficeWord   = regexp.MustCompile(`(?:管理局|管委会|委员会|办事处|人民政府|政府|局|委|办|厅)$`)
)

// reReportCompound is a report word with the two characters before it:
// "评估报告", "工作报告".
var reReportCompound = regexp.MustCompile(`\p{Han}{2}(?:报告|总结|汇报)`)

// rePlanCompound is a 方案 with the two characters that say what of
// ("整改方案", "救助方案", "提标(的)实施方案": 实施 and 工作 say of
// nothing).
var rePlanCompound = regexp.MustCompile(`\p{Han}{2}的?(?:实施|工作)?方案`)

// writesWithin reports whether text writes stem, then at most gap Han
// characters, then genre ("提标工作实施方案" of 提标 … 方案 within four).
// It is read for every title of a question naming a report or a 方案: no
// regexp is compiled for it.
func writesWithin(text, stem, genre string, gap int) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], stem)
		if j < 0 {
			return false
		}
		rest := text[i+j+len(stem):]
		for k := 0; k <= gap; k++ {
			if strings.HasPrefix(rest, genre) {
				return true
			}
			r, size := utf8.DecodeRuneInString(rest)
			if size == 0 || !zh.IsHan(r) {
				break
			}
			rest = rest[size:]
		}
		_, first := utf8.DecodeRuneInString(text[i+j:])
		i += j + first
	}
}

// contentReports reports whether every report (or plan: compound) the
// question names is one the documents write of and no title is ("调查评估
// 报告" in a 预案's text, "整改方案" in a 反馈意见): something a document
// says is to be written, not the kind of document asked about.
func contentReports(ix *index.Index, q string, compound *regexp.Regexp, gap int) bool {
	ms := compound.FindAllString(q, -1)
	if len(ms) == 0 {
		return false
	}
	for _, m := range ms {
		// "国务院报告", "司法局总结": an office's report, named by it.
		if strings.ContainsAny(m[:len(m)-len("报告")], "院府局委办厅处所镇区县市省部") {
			return false
		}
		// A title or a text may write a word or two between ("建设报告"
		// of 法治政府建设年度报告, "换届总结" of 换届工作总结), up to gap
		// characters: a 方案 is named with more ("提标工作实施方案" is the
		// "提标方案" staff ask of).
		// The genre is the word itself: 的, 实施, 工作 before it are
		// among what a title or a text may write between.
		stem, genre := string([]rune(m)[:2]), strings.TrimLeft(string([]rune(m)[2:]), "的实施工作")
		loose := func(text string) bool { return writesWithin(text, stem, genre, gap) }
		for _, d := range ix.Docs() {
			if loose(d.Title) {
				return false
			}
		}
		// Only the texts of the documents that hold its words are read
		// (every text read cost 14 ms a question naming a 方案).
		if !anyOf(ix.DocsHolding(append(zh.Tokens(stem), zh.Tokens(genre)...)), func(d *index.StoredDoc) bool { return loose(d.Text) }) {
			return false
		}
	}
	return true
}

// reNotPlaceStem begins what looks like a place but is a numeral or a
// word of time or order before a level (二期区级, 以后市级, 另外县级): a
// closed class of the language, no place name.
var reNotPlaceStem = regexp.MustCompile(`^(?:[一二三四五六七八九十两几第]|以后|今后|此后|以前|之前|之后|目前|另外|其他|其余|原来|原先|后来|现在|当前|全部|所有|各级|上述)`)

// reTimeWordStem is a time word at the start of what looks like a place.
var reTimeWordStem = regexp.MustCompile(`^(?:到|至|在)?(?:去年|今年|明年|前年|上年|本年|当年|全年|近年|往年|历年|年底|年初|年中|年末|月底|月初|月末|目前|现在|截至|截止)`)

// reInterrogative asks; no name holds one.
var reInterrogative = regexp.MustCompile(`多少|多久|多长|几|哪|什么|谁|怎么|怎样|啥`)

// reSuffixInWord is what follows a place's level when the level's
// character begins a word instead (区域, 县域, 市场).
var reSuffixInWord = regexp.MustCompile(`^(?:域|场|片|村|城)`)

// writesStemNotPlace reports whether the documents write a place's name
// without its level (鄘坝 of 鄘坝区) but never the place as named.
func writesStemNotPlace(ix *index.Index, place string) bool {
	stem := strings.TrimRightFunc(place, func(r rune) bool { return strings.ContainsRune("省市县区镇乡", r) })
	if utf8.RuneCountInString(stem) < 2 || stem == place {
		return false
	}
	return ix.DocsWithAll(zh.Tokens(stem)) > 0 && ix.DocsWithAll(zh.Tokens(place)) == 0
}

// reSentTo is a verb of sending or turning to right before the kind of
// place (报县政府, 交给市民政局, 向区政府).
var reSentTo = regexp.MustCompile(`(?:给|报|送|交|向|往|到|去|赴|找|进|入|出|离|回)[省市县区镇]$`)

// reNotOfficeStem: words that name no office — a time (今年政府工作报告),
// a person's title (总理在政府工作报告里), a function word.
var reNotOfficeStem = regexp.MustCompile(`今年|去年|前年|明年|本年|上年|历年|近年|最近|最新|这|那|哪|总理|主席|书记|市长|区长|县长|省长|[的在是了和与及里中]`)

// unknownMention returns a place or org the question names that no indexed
// document is from and no indexed text mentions ("韶关市民政局").
// reProjectPhase is a project's phase: 一期, 二期, 3期.
var reProjectPhase = regexp.MustCompile(`[一二三四五六七八九十\d]期`)

func unknownMention(ix *index.Index, ps []*orgProfile, q string) string {
	for _, loc := range reMention.FindAllStringSubmatchIndex(q, -1) {
		m := make([]string, 3)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = q[loc[2*i]:loc[2*i+1]]
			}
		}
		// "包联乡镇的": 乡镇 is the level of government, not a place
		// whose 乡 a 镇 follows (蕉岭县市场监督管理局, 韶关市乡村振兴局
		// and 昭通市镇雄县 are places before other words: review 26).
		// Nor is 乡 before 村 ("南州职院乡村振兴": 乡村 is the countryside).
		if strings.HasSuffix(m[1], "乡") && (strings.HasPrefix(q[loc[3]:], "镇") || strings.HasPrefix(q[loc[3]:], "村")) {
			continue
		}
		// "鄜口镇是哪位局领导联系", "联系乡镇的局领导": an office's name has
		// no function word or interrogative between its place and its
		// office word (是哪位局, 的局); the place is named alone.
		if m[2] != "" && (strings.ContainsAny(m[2], "是的了在把被对为由些") || reInterrogative.MatchString(m[2])) {
			m[0], m[2] = m[1], ""
		}
		// A place named without an office counts only where a question
		// names its subject, at the start ("韶关市2023年…"); inside the
		// question "…进综保区…" is an abbreviation, not a place.
		if m[2] == "" && loc[0] > 0 {
			continue
		}
		// "二期区级配套", "以后市级专项资金": 省市县区镇 before 级 is a level
		// of government, and a numeral or a word of time or order before
		// it is no place name ("白云区级…" still names 白云区).
		if m[2] == "" && strings.HasPrefix(q[loc[3]:], "级") && reNotPlaceStem.MatchString(m[1]) {
			continue
		}
		// "去年度全市…", "去年韶关市…": a time word begins no place name
		// (三明市 and 九江市 do begin with numerals, so those count only
		// before 级); the place, if any, follows it.
		if tw := reTimeWordStem.FindString(m[1]); tw != "" {
			m[0], m[1] = strings.TrimPrefix(m[0], tw), strings.TrimPrefix(m[1], tw)
			m[1] = strings.TrimPrefix(m[1], "度")
			m[0] = strings.TrimPrefix(m[0], "度")
			if utf8.RuneCountInString(m[1]) < 2 {
				continue
			}
		}
		place := m[1]
		if genericPlace.MatchString(place) || genericSuffix.MatchString(place) {
			continue
		}
		// "供水二期县财政…": a project's phase (一期, 二期) is no part of a
		// place's name; the 县 after it is the asker's county.
		if reProjectPhase.MatchString(place) {
			continue
		}
		// "鄘坝区域养老服务中心": the documents write 鄘坝 (鄘坝镇) and
		// never 鄘坝区 — the asker speaks of 鄘坝, whose 区 begins 区域;
		// "嵩岚区民生实事", whose 嵩岚 no document writes, names a place
		// the documents lack (review 24).
		if ix != nil && m[2] == "" && reSuffixInWord.MatchString(q[loc[3]:]) && writesStemNotPlace(ix, place) {
			continue
		}
		// "换届经费镇里每个村补多少", "民政局请县里…": 镇里, 县里, 县上 are
		// "the town", "the county" — the asker's own, whichever it is;
		// what comes before is the topic, not the place's name.
		if m[2] == "" && loc[3] < len(q) && strings.ContainsRune("里上", []rune(q[loc[3]:])[0]) {
			continue
		}
		// "实施方案是区政府…": a place name has no function words in it
		// (和平区, 从化区, 向阳区 have 和, 从, 向; none has 是, 的, 了, 由, 些:
		// "哪些情形由县民政局追回" names no office 些情形由县民政局).
		// Nor a verb of naming or asking ("铁匠巷改叫兴业巷县政府批了没":
		// 改叫 names a lane, and 县政府 is the county's).
		// Nor 时 of a clause of time ("视察时县政府谁汇报的").
		if strings.ContainsAny(place, "是的了在把被对为由些叫改给让请时") {
			continue
		}
		// "…结束后多久报县政府", "几天内得交给县政府": no place name holds an
		// interrogative, nor ends with a verb of sending right before 县
		// or 市; these ask about the 县政府, whichever it is.
		if reInterrogative.MatchString(place) || reSentTo.MatchString(place) {
			continue
		}
		// "低保提标方案上县政府常务会": no place name holds a genre word;
		// what a document is (方案, 通知) is the topic before the place.
		if anyOf(genres, func(g string) bool { return strings.Contains(place, g) }) {
			continue
		}
		stem := strings.TrimRightFunc(place, func(r rune) bool { return strings.ContainsRune("省市县区镇乡", r) })
		stem = strings.TrimSuffix(stem, "街道")
		if utf8.RuneCountInString(stem) < 2 {
			continue
		}
		known := false
		for _, p := range ps {
			if strings.Contains(p.org, stem) {
				known = true
				break
			}
		}
		if known {
			continue
		}
		// A place the documents talk about (石角镇 in a 清城区 report) is a
		// topic, not a missing org — unless the question names it as an office.
		if m[2] == "" && mentionedInTexts(ix, func(text string) bool { return strings.Contains(text, place) }) {
			continue
		}
		// "养老中心县财政要配套多少": a facility the documents write (中心,
		// 院, 站…) is no place's name; it is the topic the question begins
		// with, and 县 begins the next word (县财政). A place's stem the
		// documents happen to write (中山 of 中山路) still names a place.
		// So is a phrase of four the documents write that ends in a word
		// of its own ("人居环境县财政专项资金": 环境); a place's name of four
		// (乌鲁木齐) does not.
		if m[2] == "" && (reFacilityEnd.MatchString(stem) || utf8.RuneCountInString(stem) >= minTopicStemRunes && endsInWord(ix, stem)) && mentionedInTexts(ix, func(text string) bool { return strings.Contains(text, stem) }) {
			continue
		}
		return m[0]
	}
	// "前海管理局2022年工作报告": an office without a place word, named as
	// the one whose report is asked for, that no indexed office is.
	for _, m := range reOfficeReport.FindAllStringSubmatch(q, -1) {
		stem := reOfficeWord.ReplaceAllString(m[1], "")
		if utf8.RuneCountInString(stem) < 2 || genericPlace.MatchString(stem) || reNotOfficeStem.MatchString(stem) {
			continue
		}
		if !slices.ContainsFunc(ps, func(p *orgProfile) bool { return strings.Contains(p.org, stem) }) {
			return m[1]
		}
	}
	return ""
}

// minTopicStemRunes: a "place" this long that the documents write is a
// word of the topic, not a place's name (unknownMention).
const minTopicStemRunes = 4

// endsInWord reports whether the last two characters of s are a word
// documents write apart from s (环境 of 人居环境, not 木齐 of 乌鲁木齐).
func endsInWord(ix *index.Index, s string) bool {
	if ix == nil {
		return false
	}
	rs := []rune(s)
	return ix.DocsWithAll([]string{string(rs[len(rs)-2:])}) > ix.DocsWithAll(zh.Tokens(s))
}

// reFacilityEnd ends the name of a facility or an institution, which no
// place's name ends with: 养老中心, 卫生院, 服务站, 派出所, 文化馆.
var reFacilityEnd = regexp.MustCompile(`(?:中心|院|站|所|馆|校|厂|队|室|处|公司)$`)

func mentionedInTexts(ix *index.Index, writes func(text string) bool) bool {
	if ix == nil {
		return false // understood without an index (tests of the wording alone)
	}
	for _, d := range ix.Docs() {
		if writes(d.Text) {
			return true
		}
	}
	return false
}

// scopeWords are removed from the topic: they select documents, they are
// not what the passage must say.
var scopeWords = regexp.MustCompile(`(?:的)?(?:报告|总结|方案|文件|材料)(?:里|中|上)|(?:19|20)\d{2}\s*年度?|\d{2}\s*年度|大前年|前年|去年|今年|上一年度|上年度|上一年|上年|本年度|本年|当年|近[两二三四五几]年|的报告|报告|总结|实施方案|方案|文件|我们|我局|咱们|单位|民政局|人民政府|政府|年度|法治政府建设|各单位|各个单位|各地|哪些单位|分别|各自|那么|那个|那`)

// reShortYearWord is a two-digit year as a word of the question ("19年").
var reShortYearWord = regexp.MustCompile(`(^|[^\d.])[1-3]\d\s*年`)

// shortUnit is the office's unit without its last character, as staff
// write it after the place's stem ("清城民政" of 民政局); "" for a unit
// too short to shorten.
func (p *orgProfile) shortUnit() string {
	if r := []rune(p.unit); len(r) >= 3 {
		return string(r[:len(r)-1])
	}
	return ""
}

// withoutOrg blanks the names a question can call an office by.
func withoutOrg(t string, p *orgProfile) string {
	// "清城民政": the unit without its 局, right after the place's stem,
	// is the office's name too, as matchFull reads it (not after the
	// whole place: "清城区财政收入" names no 财政局).
	if short := p.shortUnit(); short != "" {
		for lvl := 3; lvl >= 0; lvl-- {
			for i, a := range p.levels[lvl] {
				t = strings.ReplaceAll(t, a+p.unit, " ")
				if i > 0 {
					t = strings.ReplaceAll(t, a+short, " ")
				}
			}
		}
	}
	for lvl := 3; lvl >= 0; lvl-- {
		for _, a := range p.levels[lvl] {
			t = strings.ReplaceAll(t, a, " ")
		}
	}
	if p.unit != "" {
		t = strings.ReplaceAll(t, p.unit, " ")
	}
	return t
}

func topicOf(nq string, orgs []*orgProfile, word func(string) bool) string {
	t := nq
	for _, p := range orgs {
		t = withoutOrg(t, p)
	}
	t = withoutScopeWords(withoutRelativeMonth(withoutPointer(t, word)))
	t = reShortYearWord.ReplaceAllString(t, "$1 ")
	return contentTopic(t)
}

// withoutPointer blanks a demonstrative and its classifier ("那条横幅",
// "这段视频"): they point, naming nothing a passage writes, and left in,
// the classifier pairs with the noun after it (条横) and ranks a sentence
// that happens to write "那条横幅" over the one that answers. Not a
// classifier that begins a word with what follows it (那场地, 这名单,
// 那项目, 这条例): the documents' word says so, when there is an index.
func withoutPointer(t string, word func(string) bool) string {
	if word == nil {
		return t
	}
	ms := rePointer.FindAllStringIndex(t, -1)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		cl := t[m[0]+len("那") : m[1]]
		if next, _ := utf8.DecodeRuneInString(t[m[1]:]); zh.IsHan(next) && word(cl+string(next)) {
			continue
		}
		t = t[:m[0]] + " " + t[m[1]:]
	}
	return t
}

// rePointer is a demonstrative and a classifier after it.
var rePointer = regexp.MustCompile(`[那这][条段份家位名项件场篇张本批座所间]`)

// withoutScopeWords blanks t's scopeWords, but not a 方案 numbered as one
// of the options a document weighs ("火化费方案一调到多少"): that is what
// is asked of, as much as 火化费.
func withoutScopeWords(t string) string {
	var b strings.Builder
	last := 0
	for _, m := range scopeWords.FindAllStringIndex(t, -1) {
		if strings.HasSuffix(t[m[0]:m[1]], "方案") && numbersOption(t[m[1]:]) {
			continue
		}
		// "几点才报给县民政局": the office a thing is sent to is what is
		// asked of, not where to look.
		if reReportedTo.MatchString(t[:m[0]]) && reOfficeWord.MatchString(t[m[0]:m[1]]) {
			continue
		}
		b.WriteString(t[last:m[0]])
		b.WriteString(" ")
		last = m[1]
	}
	b.WriteString(t[last:])
	return b.String()
}

// reReportedTo is a verb of reporting up right before the kind of place
// whose office is reported to (报给县, 上报市, 报送区) — not a verb of going
// (去县民政局查档: where to go is scope).
var reReportedTo = regexp.MustCompile(`(?:报给|报送|上报|呈报|报)[省市县区镇]$`)

// numbersOption reports whether rest begins with the numeral of an option
// (方案二, 方案A) — not 一 of a word that begins with it (方案一共, 一起).
func numbersOption(rest string) bool {
	rs := []rune(rest)
	if len(rs) == 0 || !strings.ContainsRune(optionNumerals, rs[0]) {
		return false
	}
	// A numeral before a unit counts ("方案一年建几个", "三年内").
	after := string(rs[1:])
	for u := range askedUnits {
		if strings.HasPrefix(after, u) {
			return false
		}
	}
	return rs[0] != '一' || len(rs) == 1 || !strings.ContainsRune(oneWords, rs[1])
}

// oneWords follow 一 in the words it begins as "all", "same", "once"
// (一共, 一起, 一样, 一致, 一般, 一直, 一定, 一些, 一切, 一律, 一体, 一旦,
// 一并, 一同, 一下, 一点, 一开始): a 一 before them numbers no option.
const oneWords = "共起样致般直定些切律体旦并同下点开"

// scopeDocs selects the documents the answer may draw on, and explains a
// scope that the corpus cannot satisfy.
type scopeResult struct {
	docs     []*index.StoredDoc
	missing  string             // why the asked scope is not in the corpus
	nearest  []*index.StoredDoc // what exists instead
	yearSoft bool               // the year may be a content year: the evidence must contain it
	// softMissing: with yearSoft for a relative year, why the year's own
	// report is not there, said when no evidence of the year is found.
	softMissing string
	absent      []int // asked years (of several) no document in scope covers
	// yearWritten are documents of later years in scope only for what
	// they write of the year asked: their evidence must write it.
	yearWritten map[string]bool
	planFrom    []int // the plan for the asked year is read from these years' reports
	planOnly    bool  // and the asked year has no document of its own
}

// aboutPlaces are the documents other offices wrote about a place the
// question names by its place alone: "葭埠那个养老中心" is the one in
// 《苫岗县民政局关于建设葭埠镇区域性养老服务中心项目…的请示》 as much as in
// 葭埠镇's own. A question that names the office (葭埠镇人民政府) asks of
// its documents only; the writer is an office above the place (a 县's of
// a 镇), not one within it (深圳市罗湖区's reports name 深圳市).
func aboutPlaces(all []*index.StoredDoc, u understood, have []*index.StoredDoc) []*index.StoredDoc {
	seen := map[*index.StoredDoc]bool{}
	for _, d := range have {
		seen[d] = true
	}
	var out []*index.StoredDoc
	for _, p := range u.orgs {
		if _, unit := p.match(u.q); unit || p.deep < 0 || len(p.levels[p.deep]) == 0 {
			continue
		}
		name := p.levels[p.deep][0]
		for _, d := range all {
			if g := cmp.Or(u.pointedGenre, u.cuedGenre); g != "" && !ofGenre(d, g) {
				continue // "东渠请示里…" names the place's 请示, not a 批复 about it
			}
			if strings.Contains(d.Title, name) && !seen[d] && writerAbove(d, p) {
				seen[d] = true
				out = append(out, d)
			}
		}
	}
	return out
}

// writerAbove reports whether d's issuer is an office of a level above
// p's place: one whose place it can read (not an org it cannot parse, nor
// a sentence taken for one).
func writerAbove(d *index.StoredDoc, p *orgProfile) bool {
	w := newOrgProfile(d.Org)
	return w.deep >= 0 && w.deep < p.deep
}

func selectScope(ix *index.Index, u understood, orgFilter string, yearFilter int, now time.Time, allow func(string) bool) scopeResult {
	var base []*index.StoredDoc
	switch {
	case len(u.named.docs) > 0:
		base = u.named.docs
	case len(u.orgs) > 0:
		for _, p := range u.orgs {
			base = append(base, p.docs...)
		}
		base = append(base, aboutPlaces(ix.Docs(), u, base)...)
	default:
		base = ix.Docs()
	}
	all := ix.Docs()
	if allow != nil {
		readable := func(d *index.StoredDoc) bool { return allow(d.ID) }
		base, all = filter(base, readable), filter(all, readable)
	}
	if orgFilter != "" {
		f := zh.Normalize(orgFilter)
		base = filter(base, func(d *index.StoredDoc) bool {
			return strings.Contains(zh.Normalize(d.Org), f) || strings.Contains(zh.Normalize(d.Title), f)
		})
	}
	if u.unitType != "" && len(u.orgs) == 0 && orgFilter == "" {
		// "民政局搞过哪些普法活动?" asks about the civil-affairs bureaus,
		// not every document that mentions 普法.
		// So does a document another body issued on it ("县委办公室
		// 县政府办公室关于印发《××县民政局职能配置…规定》的通知").
		if k := filter(base, func(d *index.StoredDoc) bool {
			return strings.Contains(d.Org, u.unitType) || strings.Contains(d.Title, u.unitType)
		}); len(k) > 0 {
			base = k
		}
	}
	if u.pointedGenre != "" && len(u.named.docs) == 0 && (len(u.orgs) > 0 || u.unitType != "" || orgFilter != "") {
		// "市民政局那个通知": the office's documents of that genre.
		if k := filter(base, func(d *index.StoredDoc) bool { return ofGenre(d, u.pointedGenre) }); len(k) > 0 {
			base = k
		}
	}
	if u.unknownNumber != "" {
		no := strings.NewReplacer("[", "〔", "]", "〕").Replace(u.unknownNumber)
		return scopeResult{missing: fmt.Sprintf("资料中没有文号为%s的文件", no), nearest: nearestDocs(all, u, now)}
	}
	if u.unknown != "" && len(u.named.docs) == 0 {
		return scopeResult{missing: fmt.Sprintf("资料中没有%s的文件", u.unknown), nearest: nearestDocs(all, u, now)}
	}
	if u.kind != "" {
		if k := filter(base, func(d *index.StoredDoc) bool { return d.Kind == u.kind }); len(k) > 0 {
			base = k
		} else if len(u.orgs) > 0 && !u.kindSoft {
			return scopeResult{missing: fmt.Sprintf("资料中没有%s的%s", orgNames(u.orgs), kindWord(u.kind)), nearest: base}
		}
	}
	years := u.years
	if yearFilter > 0 {
		years = []int{yearFilter}
	}
	if len(u.named.docs) > 0 && yearFilter == 0 && !u.yearSpan && !anyOf(u.named.docs, func(d *index.StoredDoc) bool { return d.Kind == document.KindReport }) {
		// The years a 上级文件 is asked about are years it writes of
		// ("到2022年"), not the year of a report to look in.
		years = nil
	}
	if len(years) == 0 {
		return scopeResult{docs: base}
	}
	last := slices.Max(years)
	// "今年几月底前要弄完": a date this year or after, asked of no
	// office, is set as much by the year before's documents, their plan
	// parts included — not by an older one, whose plans the year before's
	// may have moved (review 45).
	ahead := u.asksDue() && last >= now.Year()
	// "南山区2022年GDP多少" names the year the figure is of: the report
	// that reviews 2022 answers, whatever year it was delivered in. A
	// question that says 报告 names the report by its own year; this
	// year has no review yet, only plans.
	inYear := filter(base, func(d *index.StoredDoc) bool {
		return coversAny(d, years) || (!u.yearOnReport && yearFilter == 0 && last < now.Year() && reviews(d, years)) || (yearFilter == 0 && (u.asksDue() || u.how || u.procedure) && !u.reportWord && standsIn(d, years))
	})
	if u.planAsk && !u.reportYear && (len(inYear) == 0 || last >= now.Year()) {
		// "今年的工作计划": a year's plan is written in the year before's
		// report (三、2025年工作计划) as much as in the year's own
		// documents (a work report delivered that year): both answer. A
		// past year's own report says what was done; its plan is asked
		// only when the year has no document.
		prev := make([]int, len(years))
		for i, y := range years {
			prev[i] = y - 1
		}
		if plans := filter(base, func(d *index.StoredDoc) bool { return d.Kind == document.KindReport && coversAny(d, prev) }); len(plans) > 0 {
			return scopeResult{docs: append(inYear, plans...), planFrom: prev, planOnly: len(inYear) == 0}
		}
	}
	if len(inYear) > 0 {
		r := scopeResult{docs: inYear}
		for _, y := range years {
			if !slices.ContainsFunc(inYear, func(d *index.StoredDoc) bool { return coversAny(d, []int{y}) || reviews(d, []int{y}) }) {
				r.absent = append(r.absent, y)
			}
		}
		// "去年全县探访老人多少人次", asked of no office and no document:
		// a later document that writes the year (a 2026 答复: "2025年全县
		// 累计探访4.36万人次") answers as well as the year's own — by a
		// passage that writes the year.
		if len(u.orgs) == 0 && len(u.named.docs) == 0 && yearFilter == 0 && !u.planAsk && !u.reportWord && !u.yearOnReport {
			// Only the documents the index says write "2025年" are read.
			writing := map[string]bool{}
			for _, y := range years {
				ix.TokenInDocs(strconv.Itoa(y)+"年", func(id string) bool { writing[id] = true; return false })
			}
			for _, d := range base {
				if writing[d.ID] && (d.Year > last || ahead && d.Year == last-1) && d.Kind != document.KindPlan && !slices.Contains(inYear, d) && writesYears(d, years, ahead) {
					if r.yearWritten == nil {
						r.yearWritten = map[string]bool{}
					}
					r.docs = append(r.docs, d)
					r.yearWritten[d.ID] = true
				}
			}
		}
		return r
	}
	// The asked year has no document in scope.
	// "去年化解了多少纠纷" of an office with no report of last year but a
	// notice that writes of it ("2025年,全区…共化解矛盾纠纷6218件"): the
	// same, when a document in scope writes the year.
	// (A date this year or after asked, a report's plan for the year
	// writes it as well: "2026年9月30日前完成…" under 下一步安排.)
	writes := u.explicit && u.relative == "" || u.relative != "" && anyOf(base, func(d *index.StoredDoc) bool { return writesYears(d, years, ahead) })
	if writes && yearFilter == 0 && !u.inherited && !u.reportYear {
		// "2018年查处的宗亲会" asks about a year inside a later report:
		// search the scope, but only evidence that names the year counts.
		// A date ahead is the year before's documents' to set, not an
		// older plan's.
		if ahead {
			if recent := filter(base, func(d *index.StoredDoc) bool { return d.Year >= last-1 }); len(recent) > 0 {
				base = recent
			}
		}
		r := scopeResult{docs: base, yearSoft: true}
		if u.relative != "" {
			r.softMissing = missingYear(u, years, now)
		}
		return r
	}
	return scopeResult{missing: missingYear(u, years, now), nearest: nearestDocs(base, u, now)}
}

// missingYear says that the asked year's report is not in the corpus, and
// why it may not be written yet.
func missingYear(u understood, years []int, now time.Time) string {
	who := "资料中没有"
	if len(u.orgs) > 0 {
		who += orgNames(u.orgs)
	}
	what := kindWord(u.kind)
	if what == "文件" {
		what = "报告"
	}
	msg := fmt.Sprintf("%s%s年度的%s", who, yearsText(years), what)
	if u.relative != "" {
		msg += fmt.Sprintf("(“%s”按 %s 推算为 %s年)", u.relative, now.Format("2006-01-02"), yearsText(years))
		if years[0] == now.Year()-1 && now.Month() <= time.February {
			msg += fmt.Sprintf(";年度报告一般在次年3月1日前报送,%d年度报告可能尚未编写", years[0])
		}
		if years[0] == now.Year() {
			msg += fmt.Sprintf(";%d年度尚未结束,当年的报告通常在次年初编写", years[0])
		}
	}
	return msg
}

// writesYears reports whether a document writes one of the years as what
// was done in it. A report writes the next year in its plan ("三、2025年
// 工作计划"), which says nothing of what was done (the plan is read as such
// when a plan is asked, planAsk; with plans, its plan counts too: a date
// ahead is asked), and a line that is only a date is the date it was
// signed.
func writesYears(d *index.StoredDoc, years []int, plans bool) bool {
	for _, y := range years {
		w := strconv.Itoa(y) + "年"
		for at := 0; ; {
			i := strings.Index(d.Text[at:], w)
			if i < 0 {
				break
			}
			at += i
			ls := strings.LastIndexByte(d.Text[:at], '\n') + 1
			le := strings.IndexByte(d.Text[at:], '\n')
			if le < 0 {
				le = len(d.Text)
			} else {
				le += at
			}
			if p := impliedYear(d, at); !document.IsDateLine(d.Text[ls:le]) && (plans || !(p.year == y && !p.review)) {
				return true
			}
			at += len(w)
		}
	}
	return false
}

// reAskFigure is the asking part of a quantity question ("有多少场"),
// blanked from a topic. "几月份", "哪个月" ask a month:
// 月份 is no word the answer writes ("2026年5月完成施工招标并开工建设").
// A total's word goes whole: "一共多少人" leaves no 一 to pair with the
// topic's last character.
var reAskFigure = regexp.MustCompile(`哪几(?:天|号|年|月)|(?:几|哪个|哪一个|什么|哪)月份?|(?:一共|总共|共计|共有|合计|累计|总计|有|是|为|达|共|了)?(?:多少|几)(?:[个场次项件宗人户条家所名对间期批份位]|万元|人次|元|亿元)?`)

// reParticles are function characters that would only make bigrams the
// passage cannot contain ("排查了" → "查了").
var reParticles = regexp.MustCompile(`[了的吗呢过着么啊呀吧]`)

// reReportYearAsked: the year is attached to the report itself ("2022年的报告").
var reReportYearAsked = regexp.MustCompile(reYearOnReport.String() + `|(?:19|20)\d{2}\s*年度`)

// reYearOnReport is a year written on 报告 or 总结: reReportYearAsked
// without its bare 年度.
var reYearOnReport = regexp.MustCompile(`(?:(?:19|20)\d{2}|(?:^|[^\d.])[1-3]\d)\s*年度?[^,，。;；??\d]{0,10}?(?:报告|总结)`)

// reReportYearsJoined: several years joined on the reports ("14年和24年报告
// 里", "清新民政19年和清城民政24年报告"), each naming one.
var reReportYearsJoined = regexp.MustCompile(`\d+\s*年度?[^\d,，。;；??]{0,12}?(?:和|与|跟|及|、)[^\d,，。;；??]{0,12}?\d+\s*年度?[^,，。;；??\d]{0,10}?(?:报告|总结)`)

var reDigitRun = regexp.MustCompile(`\d+`)

// reportYearOf is the year of a reReportYearAsked match: 2015, or 15 for 2015.
func reportYearOf(m string) (int, bool) {
	d := reDigitRun.FindString(m)
	y, err := strconv.Atoi(d)
	if err != nil {
		return 0, false
	}
	if y < 100 {
		y += 2000
	}
	return y, true
}

// standsIn reports whether d is a standing rule issued before the years
// (a 预案, 办法, 规定, 制度…, by its title or the one it carries: "…关于印
// 发《…自然灾害救助应急预案》的通知"): it holds in them until replaced, and
// "今年的演练最晚哪天前搞完" is asked of it as of the year's own documents
// — when or how things are to be done, not what a year's budget or count
// is (inYear's caller asks it only then).
func standsIn(d *index.StoredDoc, years []int) bool {
	if d.Year == 0 || d.Year >= slices.Min(years) {
		return false
	}
	title := document.CarriedTitle(d.Title)
	if title == "" {
		title = d.Title
	}
	return anyOf(document.TitleGenres(title), func(g string) bool { return slices.Contains(standingGenres, g) })
}

// standingGenres are the genres of rules that hold until replaced.
var standingGenres = []string{"预案", "办法", "规定", "制度", "细则", "规则", "章程", "规范", "守则", "条例", "准则", "规程", "标准"}

func coversAny(d *index.StoredDoc, years []int) bool {
	for _, y := range years {
		if d.Year == y || (d.Kind == document.KindPlan && d.PeriodStart > 0 && y >= d.PeriodStart && y <= d.PeriodEnd) {
			return true
		}
	}
	return false
}

func yearsText(ys []int) string {
	s := make([]string, len(ys))
	sorted := append([]int(nil), ys...)
	sort.Ints(sorted)
	for i, y := range sorted {
		s[i] = strconv.Itoa(y)
	}
	return strings.Join(s, "、")
}

func orgNames(ps []*orgProfile) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.org
	}
	return strings.Join(s, "、")
}

func kindWord(k document.Kind) string {
	switch k {
	case document.KindPlan:
		return "实施方案"
	case document.KindReport:
		return "报告"
	}
	return "文件"
}

// nearestDocs names what exists instead: the scoped org's other years
// (closest first), or documents of the asked years from other orgs.
func nearestDocs(base []*index.StoredDoc, u understood, now time.Time) []*index.StoredDoc {
	target := now.Year() - 1
	if len(u.years) > 0 {
		target = u.years[0]
	}
	ds := append([]*index.StoredDoc(nil), base...)
	if u.kind != "" {
		if k := filter(ds, func(d *index.StoredDoc) bool { return d.Kind == u.kind }); len(k) > 0 {
			ds = k
		}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		di, dj := abs(ds[i].Year-target), abs(ds[j].Year-target)
		if di != dj {
			return di < dj
		}
		return ds[i].Year > ds[j].Year
	})
	if len(ds) > 3 {
		ds = ds[:3]
	}
	return ds
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// reInForceAsked is how a question asks whether a document is in force,
// the words that ask it (reValidityAsked without the document's genre).
var reInForceAsked = regexp.MustCompile(`(?:现在|目前|如今|当前|还|仍|仍然|是否|已经|已)*(?:有效|管用|能用|用不用|还用|在用|算数|作数|在执行|失效|过期)(?:吗|不|没|么|没有)?`)

// asksYesNo reports whether q asks yes or no: a verb beside its negation
// (能不能, 要没要, 可不可以), 是否/能否/可否, or a question that ends in 吗
// or 不.
func asksYesNo(q string) bool {
	if strings.Contains(q, "是否") || strings.Contains(q, "能否") || strings.Contains(q, "可否") {
		return true
	}
	rs := []rune(strings.TrimRight(strings.TrimSpace(q), "?？!！。 "))
	if n := len(rs); n > 0 && (rs[n-1] == '吗' || rs[n-1] == '不') {
		return true
	}
	// "县里同意了没", "整改完了没有啊", "开过会没有": done or not — not
	// "哪些村改造过没有", which asks which.
	t := strings.TrimRight(string(rs), "啊呢呀吧哇")
	if !strings.ContainsAny(q, "哪") && !strings.HasSuffix(t, "为了没有") && (strings.HasSuffix(t, "了没") || strings.HasSuffix(t, "了没有") || strings.HasSuffix(t, "过没有") || strings.HasSuffix(t, "过没")) {
		return true
	}
	for i := range rs {
		if zh.AskedPairAt(rs, i) {
			return true
		}
	}
	return false
}

// onlyInBodyNames reports whether every match of re in q begins the name
// of an office's unit that the documents write: 规划 of "规划财务股座机号"
// is a 股's name, not a plan asked for. Only units (股, 科, 处, 室, 局):
// 规划部署, 规划所定 are no names. So is a genre word numbered as one of
// the options a document weighs ("火化费方案一调到多少", the 方案一 of a
// 听证会纪要's table) when the documents write it so.
func onlyInBodyNames(q string, re *regexp.Regexp, written func(string) bool) bool {
	ms := re.FindAllStringIndex(q, -1)
	return len(ms) > 0 && allOf(ms, func(m []int) bool {
		rs := []rune(q[m[0]:])
		n := utf8.RuneCountInString(q[m[0]:m[1]])
		if numbersOption(string(rs[n:])) && written(string(rs[:n+1])) {
			return true
		}
		for k := 1; k <= maxBodyTail && n+k <= len(rs); k++ {
			if name := string(rs[:n+k]); strings.ContainsRune("股科处室局", rs[n+k-1]) && written(name) {
				return true
			}
		}
		return false
	})
}

// onlyModifying reports whether every match of re in q — a genre word —
// stands before words it modifies: after words no title writes with it,
// the genre word with the two or three
// characters after it is a phrase some document writes ("规划总用地",
// "报告期内"). A document's name ends a noun phrase; what follows it
// (里, 中提到, 要求) is the asker's, which no document writes after the
// genre word.
func onlyModifying(q string, re *regexp.Regexp, written, titled func(string) bool) bool {
	ms := re.FindAllStringIndex(q, -1)
	return len(ms) > 0 && allOf(ms, func(m []int) bool {
		// A genre word that opens the question ("规划纲要中期评估…") or
		// after words a title writes with it ("政府工作报告提出的", "十四五
		// 规划目标任务") names the document, whatever follows.
		before := []rune(q[:m[0]])
		if len(before) < 2 || !zh.IsHan(before[len(before)-1]) || titled(string(before[len(before)-2:])+q[m[0]:m[1]]) {
			return false
		}
		rs := []rune(q[m[1]:])
		n := 0
		for n < len(rs) && n < 3 && zh.IsHan(rs[n]) {
			n++
		}
		return n >= 2 && written(q[m[0]:m[1]]+string(rs[:n]))
	})
}

// withoutQuotes is a title without its quotation marks ("十四五"规划 is
// named 十四五规划).
func withoutQuotes(t string) string {
	return strings.NewReplacer("“", "", "”", "", "\"", "", "《", "", "》", "").Replace(zh.Normalize(t))
}

// optionWritten reports whether some document writes an option as one
// ("方案一", "方案A"), not only its bigrams somewhere apart. It reads the
// texts: asked only of a question that counts or numbers a 方案.
func optionWritten(ix *index.Index, name string) bool {
	return ix != nil && ix.DocsWithAll(zh.Tokens(name)) > 0 && anyOf(ix.Docs(), func(d *index.StoredDoc) bool {
		return strings.Contains(d.Text, name) || strings.Contains(d.Text, strings.ToUpper(name))
	})
}

// optionNumerals number the options of a document (方案一, 方案二, 方案A).
// The question is read normalized: its letters are lower case.
const optionNumerals = "一二三四五六七八九甲乙丙丁abcdABCD123456789"

// maxBodyTail is how many characters after a genre word may end the name
// of the body it begins (规划|财务股).
const maxBodyTail = 3

// asksClock reports whether a question asks a time of day: 几点 (几点钟,
// "几点才报的", "交接班是几点") — not the points of a text it counts ("提了
// 几点意见", "要注意几点", "这几点"), nor a decimal (百分之几点几).
func asksClock(q string) bool {
	for i := strings.Index(q, "几点"); i >= 0; {
		before, after := q[:i], q[i+len("几点"):]
		switch {
		case strings.HasPrefix(after, "钟"):
			return true
		case strings.HasPrefix(after, "几"):
			// 几点几: a decimal
		case reCountedPoints.MatchString(after) && !reVerbAfterNoun.MatchString(after):
			// 几点意见, 几点要求 — not "几点要求到岗"
		case reThesePoints.MatchString(before):
		default:
			return true
		}
		j := strings.Index(after, "几点")
		if j < 0 {
			break
		}
		i += len("几点") + j
	}
	return false
}

// reCountedPoints are what 几点 counts when it counts: the points of what
// is said or written (几点意见, 几点要求, 几点体会).
var reCountedPoints = regexp.MustCompile(`^(?:意见|要求|建议|体会|做法|措施|原则|考虑|内容|问题|经验|启示|打算|看法|理由|原因|事项|希望|说明|共识|思考|不足)`)

// reVerbAfterNoun: a word of reCountedPoints that is a verb of the
// question ("几点要求到岗", "几点建议出发"), not the noun counted: another
// verb follows it, not a particle ("几点要求都是啥").
var reVerbAfterNoun = regexp.MustCompile(`^(?:要求|建议|希望|考虑)[^了吗呢啊都是有分别包括各具体，,？?\s]`)

// reThesePoints points at points, or counts them after a verb of heeding
// or stating: 以下几点, 这几点, 提了几点, 要注意几点, 做好几点.
var reThesePoints = regexp.MustCompile(`(?:以下|如下|下面|上述|这|哪|提了|提出|讲了|有|注意|把握|把握好|做好|做到|存在|强调|包括|归纳|概括|总结)$`)

// reRelativeDay is a day a question names from today: 昨天, 前天, 上周三,
// 这个星期五, 上礼拜天.
var reRelativeDay = regexp.MustCompile(`大前天|前天|昨天|昨日|今天|今日|(上上|上|这|本)个?(?:周|星期|礼拜)([一二三四五六日天])`)

// withDayResolved writes the day a question names from now as the day
// it is ("社工站上周三都干了些啥" on 2025-09-15: 9月10日), as the
// documents write their days — a log's "9月10日（星期三）". Without now
// the question is left as asked.
func withDayResolved(nq string, now time.Time) string {
	if now.IsZero() {
		return nq
	}
	return reRelativeDay.ReplaceAllStringFunc(nq, func(w string) string {
		m := reRelativeDay.FindStringSubmatch(w)
		if i := strings.Index(nq, w); w == "前天" && i > 0 && strings.HasSuffix(nq[:i], "提") {
			return w // 提前天数
		}
		day := now
		switch {
		case m[2] != "":
			// Weeks begin on Monday.
			monday := now.AddDate(0, 0, -((int(now.Weekday()) + 6) % 7))
			weeks := map[string]int{"上上": -2, "上": -1, "这": 0, "本": 0}[m[1]]
			day = monday.AddDate(0, 0, 7*weeks+strings.Index("一二三四五六日", m[2])/3)
			if m[2] == "天" {
				day = monday.AddDate(0, 0, 7*weeks+6)
			}
		default:
			day = now.AddDate(0, 0, map[string]int{"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0}[w])
		}
		return fmt.Sprintf("%d月%d日", day.Month(), day.Day())
	})
}
