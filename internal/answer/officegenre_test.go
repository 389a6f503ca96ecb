package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Two documents named in one question, one by its office and genre (那份
// 要点), the other by a word of its title and its genre (复议通报), a
// third by a joint issuer's place: asked of their heads, each answers.
func TestDocumentsNamedByOfficeAndGenre(t *testing.T) {
	docs := fstest.MapFS{
		"yd.txt": {Data: []byte("柳河市石门区人民政府关于印发石门区2025年依法行政工作要点的通知\n石府〔2025〕3号\n各镇人民政府,区政府各部门:\n现将要点印发给你们,请认真贯彻落实。\n一、完善依法决策机制\n1.重大行政决策事项目录年内公布。(牵头单位:区司法局)\n柳河市石门区人民政府\n2025年2月20日\n")},
		"tb.txt": {Data: []byte("柳河市司法局关于2024年度全市行政复议案件办理情况的通报\n柳司通〔2025〕4号\n各县(市、区)司法局:\n2024年,全市共办理行政复议案件312件。\n柳河市司法局\n2025年4月8日\n")},
		"pf.txt": {Data: []byte("柳河市人民政府关于同意石门区调整开发区补助资金用途的批复\n柳府字〔2025〕12号\n石门区人民政府:\n你区《关于调整开发区补助资金用途的请示》(石府〔2025〕9号)收悉。经研究,批复如下:\n一、同意调整补助资金用途。\n柳河市人民政府\n2025年5月6日\n")},
		"zg.txt": {Data: []byte("中共青岭县委 青岭县人民政府关于巡察反馈问题整改情况的报告\n青委报〔2025〕6号\n中共柳河市委、柳河市人民政府:\n现将整改情况报告如下。\n一、整改进展\n反馈问题18个,已完成整改15个。\n中共青岭县委\n青岭县人民政府\n2025年6月30日\n")},
	}
	eng := engineOver(t, docs)
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"石门那份要点和市司法局复议通报哪个先印发的", []string{"2025年2月20日", "2025年4月8日"}},
		{"青岭整改报告跟柳河那个复议通报各是哪天成文的", []string{"2025年6月30日", "2025年4月8日"}},
		{"青岭那份报告是报给谁的", []string{"中共柳河市委"}},
		{"柳河那个批复回的是哪份请示", []string{"石府〔2025〕9号"}},
		// An office's only document is named by the office alone.
		{"石门那个依法行政的和青岭的报告 哪个落款日期早", []string{"2025年2月20日", "2025年6月30日"}},
		{"石门区政府办那个要点主送的是哪些单位", []string{"各镇人民政府"}},
		// "那份" of an office with no report is its other document.
		{"重大决策事项目录谁牵头 石门那份", []string{"区司法局"}},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want...)
	}
}

// Offices named as the units of a task name no document of their own.
func TestOfficesAsUnitsNameNoDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"sf.txt": {Data: []byte("柳河市司法局2024年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n")},
		"mz.txt": {Data: []byte("柳河市民政局2024年工作总结\n一、主要工作\n全年发放低保金2.1亿元。\n")},
		"fa.txt": {Data: []byte("柳河市优化营商环境实施方案\n一、主要任务\n1.推行证明事项告知承诺制。(牵头单位:柳河市司法局;配合单位:市直各部门)\n2.优化社会组织登记服务。(牵头单位:柳河市民政局;配合单位:市市场监管局)\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "柳河市司法局和柳河市民政局各牵头哪些任务"}, "告知承诺制", "社会组织登记")
	if strings.Contains(r.Answer, "未提及") {
		t.Errorf("the offices' own reports were taken as named: %s", r.Answer)
	}
}

// A report named by a short form of one title word and the next words with
// its genre ("救助资金|绩效自评报告" of …救助补助资金绩效自评情况的报告): the
// run after a named short form is no run cut from a word.
func TestReportNamedAfterShortForm(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"ziping.txt":  {Data: []byte("苍岭县民政局\n苍民〔2026〕7号\n苍岭县民政局关于2025年度困难群众救助补助资金绩效自评情况的报告\n县财政局：\n现将我局2025年度困难群众救助补助资金绩效自评情况报告如下。\n一、项目基本情况\n全年到位资金8430万元。\n苍岭县民政局\n2026年2月20日\n")},
		"zongjie.txt": {Data: []byte("苍岭县民政局2025年法治政府建设年度报告\n一、主要举措\n全年开展普法宣传活动12场。\n苍岭县民政局\n2026年1月10日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "苍岭民政救助资金绩效自评报告的文号是多少"}, "苍民〔2026〕7号")
}

// A question that names a document and says little else ("…中转站那个请示里
// 一共要投多少": 投 besides the name) is answered by the sentence its own
// characters find (总投资), though that sentence repeats no word of the
// name and sits in a section that does not either.
func TestNamedDocumentAskedByCharacters(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"qs.txt": {Data: []byte("柳河县城市管理局关于建设石门镇垃圾中转站项目的请示\n柳城〔2026〕5号\n县人民政府：\n为补齐石门镇垃圾中转站设施短板，现将有关事项请示如下。\n一、项目建设的必要性\n石门镇现有垃圾中转站建于2009年，设备老化，日处理能力仅20吨，维修费用每年约15万元。\n二、项目基本情况\n石门镇垃圾中转站新址选在东坪村，占地4.2亩，建成后日转运能力60吨，服务人口3.1万人。\n三、建设内容\n垃圾中转站主要建设压缩车间、管理用房和污水处理设施，配套购置转运车辆4台，车辆购置费约96万元。\n四、投资估算及资金来源\n（一）投资估算。经第三方机构测算，项目总投资估算为860万元。\n（二）资金来源。争取省级补助资金300万元，县级财政配套200万元，其余由镇自筹。\n五、运营管理\n垃圾中转站建成后由县环卫所统一运营，运营经费每年约38万元，列入县级财政预算。\n六、前期工作进展\n垃圾中转站选址已征求东坪村村民意见，环评手续正在办理，可研报告编制费8万元已支付。\n七、请示事项\n同意建设石门镇垃圾中转站，安排县级配套资金200万元。\n柳河县城市管理局\n2026年3月2日\n")},
		"bg.txt": {Data: []byte("柳河县城市管理局2025年工作总结\n一、主要工作\n全年清运生活垃圾5.6万吨，新建公厕12座，投入资金1500万元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "石门垃圾中转站那个请示里一共要投多少"}, "860万元")
	// Each part of a question asks by its own leftover words, not the
	// whole question's.
	wantFound(t, eng, answer.Request{Q: "石门垃圾中转站那个请示里一共要投多少 车买几台"}, "860万元", "4台")
}

// A speech is asked who gave it and when, a bulletin which issue it is,
// who compiled it and whom it went up to: each is read from its head.
func TestSpeechAndBulletinAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"speech.txt":   {Data: []byte("在全市安全生产工作会议上的讲话\n市委常委、常务副市长　　韦立衡\n（2025年2月14日）\n同志们：\n今天召开全市安全生产工作会议。\n一、去年工作回顾\n全年事故起数下降12%。\n")},
		"bulletin.txt": {Data: []byte("石门街道信息专报\n第12期\n石门街道党工委办公室编印　　2025年9月3日\n本期内容\n街道完成老旧小区改造5个。\n报：区委办公室、区政府办公室\n送：街道领导班子成员\n（共印30份）\n")},
		"report.txt":   {Data: []byte("石门街道办事处2024年工作总结\n一、主要工作\n完成老旧小区改造3个。\n石门街道办事处\n2025年1月6日\n")},
	})
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"安全生产会议那篇讲话是哪位领导讲的 什么时候", []string{"韦立衡", "2025年2月14日"}},
		{"石门那期专报是第几期 哪个单位编的", []string{"第12期", "石门街道党工委办公室"}},
		{"石门专报报给了哪些单位", []string{"区委办公室"}},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want...)
	}
}

// A document named by a title word written short right before its genre
// ("禁烧通告" of …关于禁止焚烧秸秆的通告) is named as by the whole word, and
// when it starts to hold is asked of its own term.
func TestNamedByShortWordAndGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tg.txt": {Data: []byte("柳河县人民政府关于禁止焚烧秸秆的通告\n柳政告〔2025〕2号\n为改善空气质量，现就有关事项通告如下：\n一、全县行政区域内禁止露天焚烧农作物秸秆。\n二、违反本通告焚烧秸秆的，由生态环境部门依法处罚。\n三、对举报露天焚烧秸秆属实的，给予举报人每次100元奖励。\n四、本通告自2025年3月1日起施行，有效期至2027年12月31日。\n柳河县人民政府\n2025年2月10日\n")},
		"zj.txt": {Data: []byte("柳河县生态环境局2024年工作总结\n一、主要工作\n全年开展秸秆禁烧巡查120次，执行处罚8起。\n柳河县生态环境局\n2025年1月5日\n")},
		"fa.txt": {Data: []byte("柳河县秸秆综合利用实施方案\n一、目标\n到2026年秸秆综合利用率达到92%。\n二、时间安排\n方案自印发之日起执行。\n")},
		"yh.txt": {Data: []byte("柳河县人民政府关于禁止燃放烟花爆竹的通告\n柳政告〔2025〕1号\n现就有关事项通告如下：\n一、县城建成区全年禁止燃放烟花爆竹。\n二、本通告自2025年1月20日起施行，有效期至2029年12月31日。\n柳河县人民政府\n2025年1月8日\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "禁烧通告什么时候开始生效 有效到哪年"}, "2025年3月1日", "2027年12月31日")
	if strings.Contains(r.Answer, "2029年") {
		t.Errorf("the fireworks notice answered for the straw one: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "禁烧通告的成文日期"}, "2025年2月10日")
	// Named, it is asked by what else the question writes (奖), the
	// name's long form (禁止焚烧) searched for no more than the rest.
	wantFound(t, eng, answer.Request{Q: "禁烧通告里奖多少钱"}, "100元")
	// Asked of what it never writes, it is not answered by sentences that
	// share a character with the question (电动车 → 由生态环境部门…).
	if r, err := eng.Ask(context.Background(), answer.Request{Q: "禁烧通告里对电动车充电怎么管"}); err != nil || r.Found {
		t.Errorf("answered what the notice never says: %v %s", err, r.Answer)
	}
}

// "哪几个乡镇交流了" is answered by the sentence that names places of that level
// (青山镇、白沙乡和东城街道), though it never writes the word 乡镇.
func TestLevelOfPlacesAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"speech.txt": {Data: []byte("在全市河长制工作会议上的讲话\n副市长　　陆承平\n（2025年4月2日）\n同志们：\n一、肯定成绩\n刚才，青山镇、白沙乡和东城街道作了交流发言，讲得很实在。\n去年全市各乡镇共清理河道垃圾1.2万吨，乡镇之间交流学习不够。\n二、明确任务\n各乡镇要落实河长巡河制度，每月巡河不少于2次。\n")},
		"zj.txt":     {Data: []byte("柳河市水利局2024年工作总结\n一、主要工作\n指导各乡镇开展河道清淤，组织经验交流会2次。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "河长制会议上哪几个乡镇交流了"}, "青山镇")
}

// A speech is named by who gave it: the surname and the end of a post
// ("陆市长" of 副市长陆承平) or the whole name.
func TestSpeechNamedBySpeaker(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"lu.txt":  {Data: []byte("在全市河长制工作会议上的讲话\n副市长　　陆承平\n（2025年4月2日）\n同志们：\n一、去年工作\n全年问题线索同比下降8%，整改完成率96%。\n")},
		"wei.txt": {Data: []byte("在全市安全生产工作会议上的讲话\n市委常委、常务副市长　　韦立衡\n（2025年2月14日）\n同志们：\n一、去年工作\n全年问题线索同比下降12%，整改完成率91%。\n")},
	})
	// A two-character name typeset with a space, named whole.
	eng2 := engineOver(t, fstest.MapFS{
		"wang.txt": {Data: []byte("在全镇安全生产工作会议上的讲话\n镇长　　王　强\n（2026年3月5日）\n同志们：\n今年镇财政投入安全生产资金80万元。\n")},
		"li.txt":   {Data: []byte("在全镇河长制工作会议上的讲话\n镇党委书记　　李明\n（2026年2月20日）\n同志们：\n今年镇财政投入河道整治资金150万元。\n")},
	})
	for q, want := range map[string]string{"王强那篇讲话是哪天讲的": "2026年3月5日", "王镇长讲话里投入资金多少": "80万元", "李明讲话里投入资金多少": "150万元"} {
		wantFound(t, eng2, answer.Request{Q: q}, want)
	}
	for q, want := range map[string]string{
		"陆市长讲话里问题线索同比降了多少":  "8%",
		"韦立衡那篇讲话里整改完成率多少":   "91%",
		"韦副市长讲话里问题线索同比降了多少": "12%",
	} {
		r := wantFound(t, eng, answer.Request{Q: q}, want)
		if len(r.Citations) > 0 && strings.Contains(r.Answer, map[string]string{"8%": "12%", "91%": "96%", "12%": "8%"}[want]) {
			t.Errorf("%s: the other speech answered too: %s", q, r.Answer)
		}
	}
}

// A genre the question begins with, as its subject ("责任书规定…"), names
// the only document of that genre.
func TestGenreAsSubjectNamesItsOnlyDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zrs.txt": {Data: []byte("石门乡2025年度消防安全目标责任书\n（乡人民政府—石门村民委员会）\n一、责任目标\n全年不发生较大火灾事故。\n二、工作要求\n乙方每年组织消防培训不少于3次，每次参训人员不少于30人。\n")},
		"zj.txt":  {Data: []byte("石门乡2025年安全生产工作总结\n一、主要工作\n全年组织安全培训12次，参训人员860人次。\n")},
		"fa.txt":  {Data: []byte("石门乡2025年消防安全工作方案\n一、工作安排\n各村组织消防培训每年不少于2次。\n")},
		"qd.txt":  {Data: []byte("石门乡村级消防安全责任清单\n一、村（居）委会责任\n村里每年组织消防培训不少于4次，落实书面规定。\n")},
	})
	// A genre word that begins a longer word is no subject: 协议管护 is
	// no 协议, so the question is not scoped to one.
	if r, err := eng.Ask(context.Background(), answer.Request{Q: "清单化管理的事项有多少项"}); err != nil || len(r.Scope.Docs) == 1 {
		t.Errorf("清单化 taken for the 清单: %v %+v", err, r)
	}
	r := wantFound(t, eng, answer.Request{Q: "责任书规定村里每年培训几次"}, "不少于3次")
	if strings.Contains(r.Answer, "不少于4次") {
		t.Errorf("the 责任清单 answered for the 责任书: %s", r.Answer)
	}
}

// Whom a copy went to is read from the 抄送 line of the 版记.
func TestCopiedAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"qs.txt": {Data: []byte("鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n鹿卫〔2026〕8号\n县人民政府：\n新增床位40张。\n妥否，请批示。\n鹿岭县卫生健康局\n2026年3月2日\n抄送：县财政局，县发展和改革局。\n")},
		"zj.txt": {Data: []byte("鹿岭县卫生健康局2025年工作总结\n一、主要工作\n全年完成乡镇卫生院改造3所，资金报送县财政局审核。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "芦溪卫生院那个请示报给谁的 抄送了哪些单位"}, "县人民政府", "县财政局，县发展和改革局")
}

// One office asked of alone is a plan's unit as well: its tasks are in
// the plan another office issued, not in its own report.
func TestOfficeAloneAsUnit(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"mz.txt": {Data: []byte("桐江市民政局2025年工作总结\n一、主要工作\n全年新建农村幸福院12所。\n")},
		"fa.txt": {Data: []byte("桐江市人民政府办公室关于印发桐江市养老服务提升行动方案的通知\n一、重点任务\n1.推进居家养老服务网络建设。(牵头单位:桐江市民政局;配合单位:市财政局)\n2.加强医养结合。(牵头单位:桐江市卫生健康局;配合单位:桐江市民政局)\n")},
	})
	wantFound(t, eng, answer.Request{Q: "桐江市民政局牵头的任务有哪些"}, "居家养老服务网络")
	// Another place's plan naming a 县民政局 is not its (review 19), nor
	// is the plan when a year is asked that it is not of.
	eng = engineOver(t, fstest.MapFS{
		"mz.txt": {Data: []byte("苕溪县民政局2025年工作总结\n一、主要工作\n全年新建农村幸福院12所。\n")},
		"fa.txt": {Data: []byte("蓼川县人民政府办公室关于印发蓼川县养老服务提升行动方案的通知\n一、重点任务\n1.推进居家养老服务网络建设。(牵头单位:县民政局;配合单位:县财政局)\n")},
	})
	if r, err := eng.Ask(context.Background(), answer.Request{Q: "苕溪县民政局牵头哪些任务"}); err != nil || strings.Contains(r.Answer, "居家养老服务网络") {
		t.Errorf("another county's plan answered: %v %s", err, r.Answer)
	}
}
