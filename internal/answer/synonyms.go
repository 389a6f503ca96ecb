package answer

import (
	_ "embed"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// officialTerms maps what staff say to what the documents write. Staff ask
// in shorthand ("低保金", "打非", "年检"); reports spell the term out
// ("最低生活保障资金", "打击整治非法社会组织", "年度检查"). Bigrams of the
// shorthand never meet the passage, so an unexpanded question is refused
// or answered from the wrong sentence. Longer keys come first: "低保资金"
// must win over "低保".
var officialTerms = []struct{ say, write string }{
	{"明年打算", "工作计划"},
	{"明年计划", "工作计划"},
	{"下一步打算", "工作计划"},
	{"下步打算", "工作计划"},
	{"打算", "计划"},
	{"低保金", "最低生活保障资金"},
	{"低保资金", "最低生活保障资金"},
	{"低保钱", "最低生活保障资金"},
	{"低保户", "最低生活保障对象"},
	{"低保对象", "最低生活保障对象"},
	{"低保标准", "最低生活保障标准"},
	{"低保", "最低生活保障"},
	{"特困供养金", "特困供养保障资金"},
	{"五保户", "特困人员"},
	{"打非", "打击整治非法社会组织"},
	{"非法社团", "非法社会组织"},
	{"年检", "年度检查"},
	{"民非", "民办非企业单位"},
	{"社团", "社会团体"},
	{"社工站", "社会工作服务站"},
	{"社工", "社会工作"},
	{"上访", "信访"},
	{"信访", "上访"},
	{"律所", "律师事务所"},
	{"普法", "法治宣传"},
	{"法治宣传", "普法"},
	{"法制宣传", "法治宣传"},
	{"婚登", "婚姻登记"},
	{"结婚证", "结婚登记"},
	{"离婚证", "离婚登记"},
	{"养老院", "养老机构"},
	{"敬老院", "养老机构"},
	{"老人", "老年人"},
	{"残疾人补贴", "残疾人两项补贴"},
	{"孤儿补贴", "孤儿基本生活"},
	{"乞讨人员", "流浪乞讨人员"},
	{"救助站", "救助管理站"},
	{"殡葬改革", "殡葬"},
	{"火化", "殡葬"},
	{"地名", "区划地名"},
	{"门牌", "地名"},
	{"复议", "行政复议"},
	{"应诉", "行政应诉"},
	{"执法证", "行政执法证"},
	{"执法人员证件", "行政执法证"},
	{"三项制度", "行政执法公示、执法全过程记录、重大执法决定法制审核"},
	{"学法考试", "学法用法考试"},
	{"政务公开", "政府信息公开"},
	{"信息公开", "公开政府信息"},
	{"网格员", "网格"},
	{"一把手", "主要负责人"},
	{"第一责任人", "主要负责人"},
	{"规范性文件", "行政规范性文件"},
	{"合法性审查", "合法性审核"},
	{"捐款", "捐赠资金"},
	{"慈善捐赠", "捐赠资金"},
	{"志愿者", "志愿服务"},
	// How staff say a change or a deed in speech, and how documents write
	// it. (Bounds — 至少 of 不少于 and 不低于 alike — are no one-way
	// rewrite: a document writes both.)
	{"没证", "无证"},
	{"建好", "建成"},
	{"建完", "建成"},
	{"换人", "变动"},
	{"提前告诉", "预先通知"},
	{"提前通知", "预先通知"},
	{"放鞭炮", "燃放烟花爆竹"},
	{"鞭炮", "烟花爆竹"},
	{"开门", "投入运营"},
	{"动工", "开工"},
	{"开工", "动工"},
	{"完工", "竣工"},
	{"竣工", "完工"},
}

// everydayWords are everyday words for what documents write in
// officialese: money, time of day, people, work, life and its end. They
// join officialTerms; and since documents often write the everyday word
// too, where rephrase cannot replace it, a two-character one is also an
// equivalentWord, so that a sentence in the documents' word covers it.
var everydayWords = []struct{ say, write string }{
	{"收不收钱", "收费"},
	{"收钱", "收费"},
	{"要钱", "收费"},
	{"挣钱", "收入"},
	{"挣的钱", "收入"},
	{"工资", "收入"},
	{"领钱", "领取"},
	{"发钱", "发放"},
	{"买车", "购置车辆"},
	{"买东西", "采购"},
	{"晚上", "夜间"},
	{"白天", "日间"},
	{"过年", "春节"},
	{"年底", "年末"},
	{"月底", "月末"},
	{"打工", "务工"},
	{"找工作", "就业"},
	{"上班", "就业"},
	{"干活", "劳动"},
	{"看病", "就医"},
	{"老伴", "配偶"},
	{"孩子", "子女"},
	{"小孩", "儿童"},
	{"房子", "住房"},
	{"去世", "死亡"},
	{"过世", "死亡"},
	{"死了", "死亡"},
	{"丢了", "遗失"},
	{"停掉", "停止"},
	{"拍板", "决定"},
	{"开会", "会议"},
	{"签字", "签署"},
	{"户口", "户籍"},
	{"一样", "相同"},
	{"岁数", "年龄"},
	{"坐牢", "服刑"},
	{"吃饭", "就餐"},
}

// colloquialTSV is a wider list of what staff say and what 公文 write
// (说法<TAB>公文写法), written from general knowledge of government
// writing by two helpers who had read neither the code nor any question
// set: money, time, family, assistance, care, marriage, funerals,
// disasters, posts, discipline, procedure, petitions and statistics; then
// duties, procedures, status, honours, people in forms and meetings; then
// nouns of papers, property, legal steps and facilities (房产证, 户口本);
// then (a third helper, eighteenth session) events and outcomes (着火,
// 走丢), allowances and pay (车补, 到手工资), paperwork, permissions
// (没执照), people and bodies as staff call them (村支书), health and life
// (能活到) and numbers said loosely (往上涨) — 大年初一 → 春节 dropped: the
// first day is not the festival.
// Phrases holding a question word (管哪些事, 谁拍板) or a particle (改了,
// 村里的钱) are left out: a topic has lost those, so they would never meet
// one; so are pairs that change what is asked (领证 is not only 结婚登记,
// 送钱 not only 行贿, 没批 not 不予批准; review 25; 案子 names the case a
// question points at, as 那案子, not a word 案件 to look for).
//
//go:embed colloquial.tsv
var colloquialTSV string

// colloquialTerms are colloquialTSV's pairs whose colloquial side no
// other list has (init orders them with the rest, longest first).
func colloquialTerms(have map[string]bool) []struct{ say, write string } {
	var out []struct{ say, write string }
	for _, line := range strings.Split(colloquialTSV, "\n") {
		say, write, ok := strings.Cut(strings.TrimSpace(line), "\t")
		if !ok || say == "" || write == "" || have[say] {
			continue
		}
		have[say] = true
		out = append(out, struct{ say, write string }{say, write})
	}
	return out
}

func init() {
	officialTerms = append(officialTerms, everydayWords...)
	have := map[string]bool{}
	for _, t := range officialTerms {
		have[t.say] = true
	}
	officialTerms = append(officialTerms, colloquialTerms(have)...)
	// Longest first across every list: a phrase (死了老伴, 收钱办事) is
	// rewritten before a word inside it (老伴, 收钱).
	sort.SliceStable(officialTerms, func(i, j int) bool {
		return utf8.RuneCountInString(officialTerms[i].say) > utf8.RuneCountInString(officialTerms[j].say)
	})
	for _, t := range everydayWords {
		if utf8.RuneCountInString(t.say) == 2 && utf8.RuneCountInString(t.write) == 2 {
			equivalentWord[t.say] = t.write
		}
	}
}

// rephrase rewrites the staff shorthand in a topic into the documents'
// wording, where the scoped documents never use the shorthand but do use
// the written-out term. Each part of the topic is rewritten at most once,
// so "信访" → "上访" cannot turn back.
func rephrase(topic string, docs []*index.StoredDoc, word func(string) bool) string {
	if len(docs) == 0 {
		return topic
	}
	contains := func(s string) bool {
		for _, d := range docs {
			if strings.Contains(d.Text, s) {
				return true
			}
		}
		return false
	}
	// Placeholders keep a rewritten term from being rewritten again.
	var done []string
	for _, t := range officialTerms {
		if !strings.Contains(topic, t.say) || contains(t.say) || !contains(t.write) || insideWord(topic, t.say, word) {
			continue
		}
		topic = strings.ReplaceAll(topic, t.say, "\x00"+strconv.Itoa(len(done))+"\x00")
		done = append(done, t.write)
	}
	for i, w := range done {
		topic = strings.ReplaceAll(topic, "\x00"+strconv.Itoa(i)+"\x00", w)
	}
	return topic
}

// inWordsOf rewrites the question's topic and the kind of thing it asks for
// into the scoped documents' wording (see rephrase).
// word tells the words of the language the documents write (a cohesive
// bigram), nil for none.
func (u *understood) inWordsOf(docs []*index.StoredDoc, word func(string) bool) {
	u.topic = rephrase(u.topic, docs, word)
	// The words that named a document ("跟人力中心的协议") name no side.
	free := u.topic
	for _, w := range u.named.said {
		free = strings.Replace(free, w, " ", 1)
	}
	if label := sideNamed(free, docs, u.named.docs, word); label != "" {
		u.topic += " " + label
	}
	for i, a := range u.asked {
		u.asked[i] = rephrase(a, docs, word)
	}
}

// equivalentWord pairs two-character words that officialese and staff use
// for the same thing, where both are common so neither can replace the
// other (rephrase): "依据哪些文件制定" is answered by "根据《…》…制定". A
// sentence with either word covers the question's word.
var equivalentWord = map[string]string{
	"依据": "根据", "根据": "依据", "按照": "根据", "依照": "根据",
	"举办": "开展", "联合": "会同",
	// How a thing is done, as staff ask it and as rules write it.
	"流程": "程序", "程序": "流程",
	// Where a body is: its 章程 writes 住所.
	"地址": "住所",
	// Staff say GDP; reports write 地区生产总值 as often as GDP.
	"gdp": "总值",
}

// boundForms: how documents write the bound a question asks a figure
// or a time with. Staff ask "最多收多少", "最晚哪天交", "至少几个人";
// rules write 不超过30元, 4月15日前, 不少于40人 — or the asker's own
// word (每人最高2580元, 最长延迟47天). A bound is which end of the answer
// is wanted, not what it is of: a passage that writes it in a form of
// its direction covers it, and documents that write none are not the
// less about the question (weigh drops it there). Not another 最 word:
// 最高补助5万元 is no answer to 最多能租多久. Bigrams, as passages are
// tokenised.
var boundForms = func() map[string][]string {
	// An upper bound of an amount or of a span of time (…日内: 15个工作日内).
	up := []string{"超过", "上限", "封顶", "以内", "以下", "日内", "天内", "月内", "时内"}
	down := []string{"少于", "低于", "以上"}
	// …以前, or the end a span is set to run to (整改期限至2026年4月30日,
	// 自…起至…日止).
	late := []string{"日前", "月前", "底前", "之前", "以前", "晚于", "截止", "限至", "日止"}
	return map[string][]string{
		"最多": up, "最高": up, "至多": up, "顶多": up, "最长": up, "最久": up,
		"最少": down, "最低": down, "至少": down, "最短": down,
		"最晚": late, "最迟": late, "截止": late,
	}
}()

// boundIn reports whether tokens (a passage's) write bound t in any form.
func boundIn(t string, tokens map[string]bool) bool {
	for _, f := range boundForms[t] {
		if tokens[f] {
			return true
		}
	}
	return false
}

// withEquivalents adds the equivalent words to a search query, so the
// lexical ranking finds passages that use the other word.
func withEquivalents(q string) string {
	var add []string
	for w, a := range equivalentWord {
		if strings.Contains(q, w) && !strings.Contains(q, a) {
			add = append(add, a)
		}
	}
	if len(add) == 0 {
		return q
	}
	sort.Strings(add)
	return q + " " + strings.Join(add, " ")
}

// insideWord reports whether say stands in topic only inside other words:
// the character beside it makes a word with its edge (word: 关爱 of
// "关爱人员" holding 爱人, 农村 of "农村里" holding 村里) — not 县户 of
// "本县户口".
func insideWord(topic, say string, word func(string) bool) bool {
	if word == nil {
		return false
	}
	for at := 0; ; {
		i := strings.Index(topic[at:], say)
		if i < 0 {
			return true
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(topic[:i])
		first, _ := utf8.DecodeRuneInString(say)
		last, _ := utf8.DecodeLastRuneInString(say)
		after, _ := utf8.DecodeRuneInString(topic[i+len(say):])
		left := i > 0 && zh.IsHan(before) && word(string(before)+string(first))
		right := i+len(say) < len(topic) && zh.IsHan(after) && word(string(last)+string(after))
		if !left && !right {
			return false
		}
		at = i + len(say)
	}
}
