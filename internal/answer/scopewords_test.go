package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// A level of government (区级, 市级, 县级) is no place: the characters
// before it ("另外县级补助") name no office the corpus lacks.
func TestLevelIsNoPlace(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"pifu.txt": {Data: []byte("禾坪市人民政府关于同意调整产业园补助资金的批复\n禾政复〔2025〕9号\n一、同意调整补助资金用途。项目总投资500万元，其中县级配套资金120万元，市级补助资金380万元。\n禾坪市人民政府\n2025年5月6日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "另外县级配套给了多少钱"}, "120万元")
	wantFound(t, eng, answer.Request{Q: "后来市级补助资金定的多少"}, "380万元")
	// A place name before 级 is still a place the corpus lacks.
	r, err := eng.Ask(context.Background(), answer.Request{Q: "白云区级补助资金有多少"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Answer, "资料中没有白云区") {
		t.Errorf("an unknown place before 级 is not said to be missing: %s", r.Answer)
	}
}

// A word of a long title right before its genre ("调整批复") names the
// document however small a share of the title it is; and a date question
// is answered with the 成文日期 and the 版记's 印发 date.
func TestLongTitleNamedByWordAndGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"pifu.txt":    {Data: []byte("禾坪市人民政府关于同意稻香镇调整农村人居环境整治提升示范片区建设奖补资金用途的批复\n禾政复〔2025〕9号\n稻香镇人民政府：\n你镇《关于调整奖补资金用途的请示》收悉。经研究，批复如下：\n一、同意调整奖补资金用途，用于示范片区污水管网建设。\n禾坪市人民政府\n2025年5月6日\n抄送：市财政局。\n禾坪市人民政府办公室　　　　2025年5月9日印发\n")},
		"qingshi.txt": {Data: []byte("稻香镇人民政府关于申请安排乡村振兴示范项目资金的请示\n稻政〔2025〕3号\n禾坪市人民政府：\n我镇拟申请资金200万元用于示范项目。\n妥否，请批示。\n稻香镇人民政府\n2025年3月2日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "调整批复什么时候印发的"}, "2025年5月6日", "2025年5月9日")
}

// A table row's figures are read with its header row: the unit a column
// states, and what each column counts. Asked in words the table does not
// write ("多少钱", "一共几起").
func TestTableRowReadWithHeader(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"nianbao.txt": {Data: []byte("禾坪县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息3200条。\n二、主动公开政府信息情况\n第二十条第(八)项\n信息内容\t本年收费金额(单位:万元)\n行政事业性收费\t512.6\n三、行政复议、行政诉讼情况\n行政复议\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政复议\t4\t1\t0\t2\t7\n行政诉讼\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n行政诉讼\t1\t0\t0\t0\t1\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "禾坪县去年行政事业性收费一共收了多少钱", Now: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}, "512.6万元")
	if len(r.Citations) < 2 || !strings.Contains(r.Citations[1].Text, "单位:万元") {
		t.Errorf("the header row is not cited: %+v", r.Citations)
	}
	wantFound(t, eng, answer.Request{Q: "信息公开被申请复议的总共几起", Now: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}, "总计 7")
}

// "年报" is what staff call a 年度报告: "信息公开年报" names the 政府信息
// 公开工作年度报告, and its words leave the topic (the colophon that says
// where the 年报 is posted answers nothing). Of the sections on 问题, the
// one whose heading ends with it answers a question on the problems.
func TestShortGenreAndHeadNoun(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"nianbao.txt": {Data: []byte("禾坪县人民政府2024年政府信息公开工作年度报告\n本报告电子版可在禾坪县人民政府门户网站“政府信息公开年报”栏目查阅,存在问题请来电反映。\n一、总体情况\n全年主动公开政府信息3200条。\n二、存在的主要问题及改进情况\n(一)上年度问题整改情况。针对上年度报告提出的问题,建立了月度通报制度。\n(二)存在的主要问题。一是部分乡镇重视程度不够;二是政策解读形式单一;三是答复文书不够规范。\n(三)改进措施。一是加强培训;二是完善制度。\n")},
		"baogao.txt":  {Data: []byte("禾坪县司法局2024年法治政府建设年度报告\n一、主要成效\n全年办理行政复议案件12件。\n二、存在的问题\n一是执法人员不足;二是宣传覆盖面不广。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪信息公开年报里自己查摆出来的问题有哪几条"}, "重视程度不够", "答复文书不够规范")
}

// No place name holds an interrogative or ends with a verb of sending:
// "…后几天内得交给县政府" asks about the 县政府 and names no missing office.
// The 调查评估报告 is one the 预案 says is to be written, not the kind of
// document asked about; and "15日内" is a span of days, a figure.
func TestInterrogativeIsNoPlace(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuan.txt": {Data: []byte("禾坪镇突发地质灾害应急预案\n一、应急响应\n应急响应结束后15日内,镇指挥部向县人民政府报送调查评估报告。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "调查评估报告响应结束以后几天内得交给县政府"}, "15日内")
	// "境外进区的…": 进 enters the 区, no place is named.
	eng = engineOver(t, fstest.MapFS{
		"yijian.txt": {Data: []byte("关于促进综合保税区发展的若干意见\n一、优化监管\n境外入区的食品,需检测的,抽样后即放行。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "境外进区的食品检测要等结果吗"}, "抽样后即放行")
	// "出差去省会…": a verb of going before the kind of place names
	// no office the corpus lacks.
	eng = engineOver(t, fstest.MapFS{
		"guiding.txt": {Data: []byte("禾坪县民政局差旅费管理规定\n第五条 住宿费标准:到省会城市出差每人每天450元,到其他地市每人每天350元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "出差去省会住宿每天能报多少"}, "450元")
	// "哪些情形由县民政局…": 由 joins a clause, it begins no place name
	// (review 21).
	eng = engineOver(t, fstest.MapFS{
		"guiding.txt": {Data: []byte("禾坪县民政局会议费管理办法\n第十条 有下列情形之一的，由县民政局计划财务股追回会议费：\n（一）超标准列支的；\n（二）虚报参会人数的。\n")},
	})
	if r, err := eng.Ask(context.Background(), answer.Request{Q: "哪些情形由县民政局追回会议费"}); err != nil || strings.Contains(r.Answer, "资料中没有") {
		t.Errorf("an office the corpus lacks: %v %v", r, err)
	}
}

// A task read from a document that names no unit for it cannot say who
// leads it: "谁负责" is answered by the sentence that names who, never by
// "由牵头".
func TestWhoOfTaskWithoutUnits(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xize.txt": {Data: []byte("禾坪县民政局关于印发《禾坪县民政局法治建设考核细则》的通知\n禾民发〔2025〕4号\n局机关各科室:\n现印发给你们,请认真执行。\n禾坪县民政局\n2025年3月1日\n禾坪县民政局法治建设考核细则\n一、组织领导(20分)\n主要负责人履行第一责任人职责,年内专题研究法治工作。\n二、依法行政(80分)\n规范性文件全部经过合法性审核。\n三、其他\n本细则由局政策法规科负责解释,自印发之日起施行。2022年印发的《禾坪县民政局法治建设考核办法(试行)》同时废止。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "民政局那个考核细则是谁负责解释的"}, "局政策法规科")
	if strings.Contains(r.Answer, "由牵头") {
		t.Errorf("a lead with no unit: %s", r.Answer)
	}
}

// Words of one document's title that other documents also write are the
// matter of a question as much as a name: when the titled document has no
// answer, the others are looked at.
func TestTitleWordsOthersWrite(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tongbao.txt": {Data: []byte("禾坪市司法局关于2024年度全市行政执法案卷评查情况的通报\n禾司通〔2025〕2号\n各县(区)司法局:\n现将评查情况通报如下。共评查案卷312卷,平均得分86.5分。\n禾坪市司法局\n2025年2月1日\n")},
		"xize.txt":    {Data: []byte("禾坪县民政局法治建设考核细则\n一、严格执法(30分)\n行政执法案卷评查合格率不低于90%,每低1个百分点扣0.5分。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "执法案卷评查合格率最低得到多少"}, "90%")
}

// A question about a document's head that its scope leaves two
// documents for is answered for each, under its title.
func TestHeadOfEachScopedDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪市民政局关于做好低保年审工作的通知\n禾民发〔2025〕3号\n各县(区)民政局:\n请做好年审。\n禾坪市民政局\n2025年3月1日\n")},
		"b.txt": {Data: []byte("沙湾市民政局关于开展养老机构安全检查的通知\n沙民发〔2025〕9号\n各区民政局,市福利院:\n请开展检查。\n沙湾市民政局\n2025年4月2日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "市民政局那份通知发给了谁"}, "各县(区)民政局", "市福利院")
}

// A list's first item may follow the lead-in that announces it ("…仍存在
// 一些不足:一是…"): it is an item as much as those that start a sentence.
func TestFirstItemAfterLeadIn(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("禾坪街道办事处2024年工作总结\n一、主要工作\n全年新增就业620人。\n二、存在的问题\n对照群众期盼,我们的工作还有一些差距:一是产业用地日益紧缺;二是老旧小区停车难;三是养老服务供给不足。\n三、2025年工作思路\n力争新增就业650人。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪街道那份总结提到的问题有哪些"}, "产业用地日益紧缺", "养老服务供给不足")
}

// A 街道办事处 is an office however its district is left out, and a
// document's own title line is never an answer.
func TestStreetOfficeAndTitleLine(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("禾坪街道办事处2024年工作总结\n一、主要工作\n全年新增就业620人,开展普法活动12场。\n")},
		"other.txt":   {Data: []byte("沙湾镇人民政府2024年工作总结\n一、主要工作\n全年新增就业300人。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "禾坪街道那份总结里新增就业多少人"}, "620人")
	if strings.Contains(r.Answer, "300人") {
		t.Errorf("another office's figure: %s", r.Answer)
	}
	eng = engineOver(t, fstest.MapFS{"a.txt": {Data: []byte("关于社区养老服务工作的总结\n一、主要工作\n全年新建社区养老服务站8个。\n")}})
	r, err := eng.Ask(context.Background(), answer.Request{Q: "社区养老服务工作总结说了啥"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Answer, ":关于社区养老服务工作的总结[1]") {
		t.Errorf("the title line as an answer: %s", r.Answer)
	}
}

// "那蓝色呢" after a question on the 黄色 warning asks the same of the
// 蓝色 one: a word of the same kind (same head character) takes the
// earlier one's place rather than being dropped.
func TestFollowUpSubstitutesItsKind(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuan.txt": {Data: []byte("禾坪镇防汛应急预案\n三、预警分级\n(一)蓝色预警:预计未来24小时降雨量达到30毫米以上。\n(二)黄色预警:预计未来24小时降雨量达到50毫米以上。\n(三)红色预警:预计未来24小时降雨量达到100毫米以上。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "那蓝色呢", History: []answer.Turn{{Q: "防汛黄色预警是什么条件"}}}, "30毫米")
	if strings.Contains(r.Answer, "50毫米") {
		t.Errorf("the earlier kind kept: %s", r.Answer)
	}
}

// A reply is named by the person it answers ("李委员那个提案"): its 主送
// line is that deputy or member.
func TestReplyNamedByAddressee(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"dafu.txt":  {Data: []byte("禾坪县人民政府办公室\n禾政办函〔2025〕8号\n关于对县政协十届三次会议第21号提案的答复\n李秀兰委员:\n您提出的提案收悉。现答复如下:\n一、关于提案的主要内容\n您建议:一是增设社区食堂;二是推行助餐补贴。\n二、办理情况\n全县新建社区食堂12个。\n禾坪县人民政府办公室\n2025年6月1日\n")},
		"dafu2.txt": {Data: []byte("禾坪县人民政府办公室\n禾政办函〔2025〕9号\n关于对县人大代表第5号建议的答复\n王建国代表:\n您的建议收悉。现答复如下:\n一、关于建议的主要内容\n您建议:一是修缮乡村道路;二是增开公交线路。\n禾坪县人民政府办公室\n2025年6月2日\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "李委员那个提案都提了些什么"}, "增设社区食堂")
	if strings.Contains(r.Answer, "修缮乡村道路") {
		t.Errorf("another reply: %s", r.Answer)
	}
}

// The head's 主送 line names whom a document is sent to; it answers no
// question about that person ("哪个界别的").
func TestAddresseeLineIsNoContent(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"dafu.txt": {Data: []byte("禾坪县人民政府办公室\n禾政办函〔2025〕8号\n关于对县政协十届三次会议第21号提案的答复\n李秀兰委员:\n您提出的提案收悉。现答复如下:\n全县新建社区食堂12个。\n禾坪县人民政府办公室\n2025年6月1日\n")},
	})
	wantRefused(t, eng, answer.Request{Q: "李秀兰委员是哪个界别的"}, "the 主送 line given as an answer")
}

// A document whose title ends with a short genre name (…的回函, …答复函)
// is of that genre and of the one it stands for; pointed at by its genre
// alone, the only one of it is the one meant.
func TestShortGenreBothWays(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"huihan.txt":  {Data: []byte("关于禾坪县城东片区控制性详细规划调整意见的回函\n禾自然资函〔2025〕11号\n县住房和城乡建设局:\n你局来函收悉。经研究,原则同意调整意见。\n禾坪县自然资源局\n2025年5月9日\n")},
		"tongzhi.txt": {Data: []byte("禾坪县人民政府办公室关于做好防汛工作的通知\n禾政办发〔2025〕3号\n各乡镇人民政府:\n请做好防汛工作。\n禾坪县人民政府办公室\n2025年4月1日\n")},
	})
	for q, want := range map[string]string{"那个回函是哪天发的": "2025年5月9日", "这份复函主送哪个单位": "县住房和城乡建设局"} {
		r := wantFound(t, eng, answer.Request{Q: q}, want)
		if strings.Contains(r.Answer, "防汛") {
			t.Errorf("%s: the 通知 answers too: %s", q, r.Answer)
		}
	}
}

// A 通报 on a year's work is that year's ("关于2024年度…的通报", signed in
// 2025): "去年度" asked in 2025 finds it, and 去年度 is a relative year
// whole, leaving no 度 behind, nor read as a place (去年度全市).
func TestAnnualTitleYear(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tongbao.txt": {Data: []byte("禾坪市司法局关于2024年度全市行政执法案卷评查情况的通报\n禾司通〔2025〕2号\n各县(区)司法局:\n评查结果显示,全市案卷平均得分86.4分,较上年度提高2.7分。\n禾坪市司法局\n2025年5月12日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "去年度全市案卷平均多少分", Now: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)}, "86.4分")
}

// A question whose only words besides a relative year are those that name
// the document asks about that subject within it.
func TestNamingWordsAreTheSubject(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"dafu.txt":  {Data: []byte("禾坪县人民政府办公室\n禾政办函〔2025〕9号\n关于对县人大代表第5号建议的答复\n王建国代表:\n您提出的《关于加快农村公路提档升级的建议》收悉。现答复如下:\n一、办理情况\n2025年全县农村公路提档升级计划总投资3.2亿元,已完成投资1.1亿元。\n禾坪县人民政府办公室\n2025年6月2日\n")},
		"other.txt": {Data: []byte("禾坪县2025年重点项目计划\n一、交通项目\n县城环线计划总投资5.6亿元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "今年农村公路提档升级总共投多少钱", Now: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}, "3.2亿元")
}

// A report the documents say is to be written is what a question asks
// about: its words stay in the topic ("述职报告几号前交").
func TestContentReportWordsStay(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xize.txt": {Data: []byte("禾坪县民政局法治建设考核细则\n一、考核方式\n各考核单位于每年12月5日前报送述职报告及佐证材料。\n二、考核时间\n局机关各科室于每年1月底前完成年度工作总结。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "各科室述职报告几号前交"}, "12月5日前")
	// The text may write a word between: "换届总结" of 换届工作总结, beside
	// an office's own 总结 that is due nowhere.
	eng = engineOver(t, fstest.MapFS{
		"fangan.txt":  {Data: []byte("禾坪镇2026年村（社区）两委换届选举工作实施方案\n一、工作步骤\n镇领导小组逐村验收，4月30日前向县委组织部报送换届工作总结。\n")},
		"zongjie.txt": {Data: []byte("禾坪县民政局2025年工作总结\n一、主要工作\n全年办理婚姻登记1200对。\n禾坪县民政局\n2026年1月5日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "换届总结最晚什么时候报县委组织部"}, "4月30日前")
	// A title with a word of it (自评) names no document when the report
	// asked of is one a text says is to be written — unless the question
	// asks the document's head.
	eng = engineOver(t, fstest.MapFS{
		"xize.txt":   {Data: []byte("禾坪县民政局法治建设考核细则\n一、考核时间\n各科室于每年12月5日前向局法治办报送年度自评报告。\n")},
		"ziping.txt": {Data: []byte("禾坪县民政局\n禾民〔2026〕3号\n禾坪县民政局关于2025年度养老服务补助资金绩效自评情况的报告\n县财政局：\n现将绩效自评情况报告如下。\n一、资金情况\n全年到位资金1200万元。\n禾坪县民政局\n2026年2月10日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "各科室年度自评报告啥时候前报"}, "12月5日前")
	wantFound(t, eng, answer.Request{Q: "那份养老资金绩效自评报告的文号"}, "禾民〔2026〕3号")
}

// "那个通报是哪天出的" with several documents in scope: the documents of
// the genre pointed at answer, each under its title.
func TestHeadOfPointedGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪市司法局关于2024年度案卷评查情况的通报\n禾司通〔2025〕2号\n各县(区)司法局:\n现通报如下。\n禾坪市司法局\n2025年5月12日\n")},
		"b.txt": {Data: []byte("禾坪县2024年工作总结\n一、主要工作\n全年新增就业620人。\n")},
		"c.txt": {Data: []byte("禾坪县2023年工作总结\n一、主要工作\n全年新增就业600人。\n")},
		"d.txt": {Data: []byte("禾坪县2022年工作总结\n一、主要工作\n全年新增就业580人。\n")},
		"e.txt": {Data: []byte("禾坪县2021年工作总结\n一、主要工作\n全年新增就业560人。\n")},
		"f.txt": {Data: []byte("禾坪市人民政府办公室关于2024年第三季度重点工作督查情况的通报\n禾府办通〔2024〕9号\n各县(区)人民政府:\n现通报如下。\n禾坪市人民政府办公室\n2024年10月28日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "那个通报是哪天出的"}, "2025年5月12日", "2024年10月28日")
}

// Mends of the second review: a time word before an unknown place still
// leaves the place unknown; a regulation's article ending in a colon is
// content, not a 主送 line.
func TestScopeReviewMends(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt":      {Data: []byte("禾坪县民政局2024年法治政府建设工作报告\n一、主要工作\n全年开展普法宣传活动12场。\n")},
		"tiaoli.txt": {Data: []byte("禾坪市养犬管理条例\n第一条 为了规范养犬行为,制定本条例。\n第三条 下列犬只,属于禁止饲养的烈性犬:\n(一)藏獒;\n(二)比特犬。\n")},
	})
	r, err := eng.Ask(context.Background(), answer.Request{Q: "去年韶关市民政局开展了多少场普法宣传", Now: time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Answer, "资料中没有韶关市民政局") {
		t.Errorf("an unknown place after a time word answered from another office: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "养犬条例第三条怎么规定的"}, "禁止饲养的烈性犬")
}

// "去年调解了多少起" asks what was done: a report's review answers, not the
// other report's plan for the next year, which writes the same words.
func TestDoneAspectPrefersReview(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪镇人民政府关于2024年度法治政府建设情况的报告\n一、2024年工作情况\n全镇人民调解委员会调解矛盾纠纷312起,调解成功率98%。\n二、2025年工作安排\n全镇人民调解委员会调解矛盾纠纷力争达到400起以上,调解成功率保持98%。\n")},
		"b.txt": {Data: []byte("柏溪镇人民政府关于2024年度法治政府建设情况的报告\n一、2024年工作情况\n开展普法宣传活动20场。\n二、2025年工作安排\n人民调解委员会调解矛盾纠纷力争达到500起以上,各村调解成功率不低于98%。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "人民调解委员会调解了多少起矛盾纠纷"}, "312起")
	if strings.Contains(r.Answer, "400起") || strings.Contains(r.Answer, "500起") {
		t.Errorf("a plan's target answered what was done: %s", r.Answer)
	}
}

// A year inside a book's title is no date: "…手册(2026年版)…签到时发放"
// does not answer when to sign in; the schedule row does. (What 几点 asks
// and the title as context are pinned by TestTimeOfDay and
// TestTitleIsContext: this question is answered right without them.)
func TestClockTimeInScheduleRow(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪县司法局关于举办2026年网格员业务培训班的通知\n各乡镇司法所:\n一、培训安排\n本次网格员业务培训班统一使用《网格员工作手册(2026年版)》教材,签到时由会务组发放。\n附件2\n培训日程安排\n日期\t时间\t内容\n5月9日\t8:30—9:00\t签到、领取资料\n5月9日\t9:00—11:30\t专题授课\n")},
		"b.txt": {Data: []byte("禾坪县2025年法治政府建设工作报告\n一、主要工作\n全年开展网格员培训3期,培训网格员420人次。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "禾坪网格员培训哪天签到 几点到几点"}, "8:30")
	if strings.Contains(r.Answer, "手册") {
		t.Errorf("a year in a book title answered a time: %s", r.Answer)
	}
}

// A short name that names two titles alike ("低保" of two 最低生活保障
// notices) names both: the shorter title does not win by the larger share
// of it named.
func TestShortNameNamesTitlesAlike(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪县民政局关于印发《禾坪县最低生活保障审核确认办法》的通知\n各乡镇人民政府:\n现将办法印发给你们。\n第三条 县民政局公开监督举报电话0579-6823115。\n")},
		"b.txt": {Data: []byte("柏溪市民政局关于进一步加强最低生活保障和特困人员救助供养动态管理工作的通知\n各县(区)民政局:\n一、工作要求\n各地要按季度报送动态管理情况。\n联系人:市民政局社会救助科 林晓峰,联系电话:0790-6218437。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "那个低保通知联系电话多少"}, "0790-6218437")
}

// "去年" of an office with no report of that year, whose notice writes of
// it: the notice answers, not a refusal that the report is missing.
func TestRelativeYearWrittenInOtherGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪县民政局关于开展2026年养老机构安全大检查的通知\n禾民通〔2026〕5号\n各乡镇民政办:\n为做好今年养老机构安全工作,现就有关事项通知如下。\n一、基本情况\n2025年,全县养老机构共排查安全隐患143处,已整改136处。\n二、检查安排\n4月底前完成自查。\n禾坪县民政局\n2026年3月2日\n")},
		"b.txt": {Data: []byte("禾坪县民政局关于2024年度法治政府建设情况的报告\n一、主要工作\n全年开展普法宣传活动12场。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪县民政局去年一共排查出多少处隐患", Now: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC)}, "143处")
}

// In an answer listing several documents, a sentence that announces items
// ("应当提交以下材料:") is followed by them.
func TestAnnouncedItemsInCrossAnswer(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪县临时救助实施办法\n第一章 总则\n第一条 为规范临时救助工作,制定本办法。\n第二章 申请和审核\n第八条 申请临时救助应当提交以下材料:\n(一)家庭成员身份证件;\n(二)遭遇困难情况的书面说明;\n(三)家庭经济状况核对授权书。\n第九条 乡镇人民政府应当在5个工作日内完成审核。\n")},
		"b.txt": {Data: []byte("柏溪县民政局2024年工作总结\n一、主要工作\n全年受理临时救助申请1200件,办理临时救助980人次。\n")},
		"c.txt": {Data: []byte("松岗县民政局2023年工作总结\n一、主要工作\n简化临时救助申请材料,临时救助审批时限压缩至3个工作日。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "申请临时救助都要交哪些材料"}, "书面说明", "核对授权书")
	if !strings.Contains(r.Answer, "《禾坪县临时救助实施办法》") || strings.Contains(r.Answer, "0年度") {
		t.Errorf("a document without office or year is not named by its title: %s", r.Answer)
	}
}

// A report's plan for the next year ("三、2025年工作计划") and its signing
// date do not make it a document that writes of that year: "去年存在哪些
// 问题" still says the year's report is missing, not another year's section
// as if it were that year's.
func TestPlanYearIsNotWrittenOf(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪县民政局关于2024年度法治政府建设情况的报告\n一、2024年工作情况\n全年开展普法宣传活动12场。\n二、存在的问题\n一是执法人员不足。\n二是宣传方式单一。\n三、2025年工作计划\n继续加强普法宣传。\n禾坪县民政局\n2025年1月10日\n")},
	})
	r, err := eng.Ask(context.Background(), answer.Request{Q: "禾坪县民政局去年存在哪些问题", Now: time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Answer, "资料中没有禾坪县民政局2025年度的报告") {
		t.Errorf("another year's section answered as the asked year's: %s", r.Answer)
	}
}

// A follow-up to a question that named no document is of the document
// its answer quoted: "多久内要交" after the fine of one 决定书 is that
// 决定书's time limit, not another document's.
func TestFollowUpOfTheDocumentAnswered(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("柏溪县市场监督管理局行政处罚决定书\n柏市监处罚〔2025〕8号\n当事人:柏溪县禾丰粮油店\n一、处罚内容\n对当事人经营超过保质期食品的行为处以罚款人民币8000元。\n二、履行方式和期限\n当事人应当自收到本决定书之日起十五日内缴纳罚款。\n柏溪县市场监督管理局\n2025年5月6日\n")},
		"b.txt": {Data: []byte("柏溪县人民政府关于清理拖欠企业账款的通知\n一、工作要求\n各单位应当在三十日内向企业支付欠款。\n")},
		"c.txt": {Data: []byte("柏溪县市场监督管理局关于规范罚没款缴纳工作的通知\n一、缴纳期限\n经营超过保质期食品被罚款的,当事人一般应当在三十日内缴纳罚款,逾期要交滞纳金。\n")},
	})
	first := wantFound(t, eng, answer.Request{Q: "经营超过保质期食品的罚款是多少钱"}, "8000元")
	r, err := eng.Ask(context.Background(), answer.Request{Q: "多久内要交", History: []answer.Turn{{Q: "经营超过保质期食品的罚款是多少钱", Answer: first.Answer}}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Answer, "行政处罚决定书") || strings.Contains(r.Answer, "三十日内") {
		t.Errorf("the follow-up left the document the answer before quoted: %s", r.Answer)
	}
	// A chat or a batch that keeps only what was asked: the earlier
	// question is answered again, and the follow-up is of its document.
	r, err = eng.Ask(context.Background(), answer.Request{Q: "多久内要交", History: []answer.Turn{{Q: "经营超过保质期食品的罚款是多少钱"}}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Answer, "行政处罚决定书") || strings.Contains(r.Answer, "三十日内") {
		t.Errorf("without the answer before, the follow-up left its document: %s", r.Answer)
	}
}

// A form is named by its party, three runes of the name at least: "禾丰
// 那家店罚了多少" is the 决定书 served on 柏溪县禾丰粮油店.
func TestFormNamedByItsParty(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("柏溪县市场监督管理局行政处罚决定书\n柏市监处罚〔2025〕8号\n当事人:柏溪县禾丰粮油店\n一、处罚内容\n对当事人经营超过保质期食品的行为处以罚款人民币8000元。\n柏溪县市场监督管理局\n2025年5月6日\n")},
		"b.txt": {Data: []byte("柏溪县市场监督管理局2024年工作总结\n一、主要工作\n全年查处食品安全案件126件,罚没款共计95万元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾丰粮油那家店的罚款是多少"}, "8000元")
}

// "那份报告 2025年…多少": 报告 says which kind of document, the year is
// what it writes of (not "2025年的报告"): a report delivered in 2026 that
// reviews 2025 answers.
func TestYearNotOnTheReportWord(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("禾坪镇政府工作报告\n——2026年1月8日在禾坪镇第十九届人民代表大会第六次会议上\n一、2025年工作回顾\n(五)平安建设持续加强。全年调处各类矛盾纠纷326起,调处成功率达到98.5%。\n二、2026年主要目标和重点任务\n力争矛盾纠纷调处成功率保持在98%以上。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪镇那份报告 2025年处理了多少矛盾纠纷", Now: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}, "326起")
}

// Once the words naming the document are taken out, a question may hold
// only lone characters ("罚", "钱"): the named document's passages that
// write them answer; a sum in capital numerals with ¥ is money.
func TestLoneCharactersOfANamedDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("柏溪县市场监督管理局行政处罚决定书\n柏市监处罚〔2025〕8号\n当事人:柏溪县禾丰粮油店\n一、违法事实\n当事人经营超过保质期的食用油12桶。\n二、处罚内容\n没收超过保质期的食用油,处以罚款人民币捌仟元整(¥8000.00)。\n柏溪县市场监督管理局\n2025年5月6日\n")},
		"b.txt": {Data: []byte("柏溪县市场监督管理局2024年工作总结\n一、主要工作\n全年查处食品安全案件126件,罚没款共计95万元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾丰粮油那案子罚了多少钱"}, "8000")
}

// A place taken for an office that begins a name another document writes
// word for word (苍岭县中心敬老院 in a 市民政局 通报) is tried as the office
// first and, when that office's documents have nothing, dropped.
func TestPlaceBeginsAName(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt":   {Data: []byte("苍岭县人民政府常务会议纪要\n一、会议议定事项\n会议研究了春季森林防灭火工作，要求各乡镇落实巡山护林责任。\n")},
		"tongbao.txt": {Data: []byte("禾坪市民政局关于2025年度养老机构等级评定结果的通报\n一、评定结果\n经评审，禾坪市社会福利院得分912分，苍岭县中心敬老院得分842分。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "苍岭县中心敬老院评定得了多少分"}, "842分")
}

// "镇里", "县上" are the asker's own town or county, whichever it is: the
// words before them are the topic, not a place the corpus lacks.
func TestLocativeIsNoPlace(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fa.txt": {Data: []byte("柘溪县桐坪镇村（社区）“两委”换届选举工作方案\n一、经费保障\n换届选举工作经费由镇财政统筹，按每个行政村2万元、每个社区1.5万元的标准予以补助。\n桐坪镇人民政府\n2026年1月5日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "补助经费镇里给每个村多少"}, "2万元")
	wantFound(t, eng, answer.Request{Q: "社区补助县上给多少"}, "1.5万元")
}

// "A和B哪个先报的" of two documents named by the words before their genre
// word, apart in their titles ("洪涝情况报告"), is answered by both dates.
func TestWhichFirstByWordsAndGenre(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"bg1.txt": {Data: []byte("禾川县人民政府文件\n禾政报〔2026〕31号\n禾川县人民政府关于“7·3”洪涝灾害受灾群众转移安置及救助情况的报告\n溍州市人民政府：\n现将有关情况报告如下。全县转移群众3200人。\n禾川县人民政府\n2026年7月8日\n")},
		"bg2.txt": {Data: []byte("禾川县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n全年新增床位120张。\n禾川县民政局\n2026年1月15日\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "洪涝情况报告和养老服务报告哪个先报的"}, "2026年7月8日", "2026年1月15日")
	wantFound(t, eng, answer.Request{Q: "洪涝情况报告文号多少"}, "禾政报〔2026〕31号")
}

// A document named for its 文号 that carries none is said to carry none,
// not searched for a figure.
func TestNamedDocumentWithoutNumber(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yanshou.txt": {Data: []byte("禾川镇养老服务中心改扩建项目竣工验收报告\n一、工程概况\n项目总投资1812.37万元，新增床位92张。\n附件：1.竣工验收签到表\n禾川镇人民政府\n2026年1月22日\n")},
	})
	r, err := eng.Ask(context.Background(), answer.Request{Q: "养老中心验收报告文号多少"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found || !strings.Contains(r.Answer, "未写明文号") {
		t.Errorf("found %v: %s", r.Found, r.Answer)
	}
}

// "这份分工通知出来后哪个老文件作废了" of several 分工 通知: the one that
// says it repeals another answers with that sentence.
func TestWhichDocumentRepealed(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fg1.txt": {Data: []byte("禾坪县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n禾政办发〔2026〕3号\n一、分工\n县长主持县政府全面工作。\n二、其他\n本通知自印发之日起施行，《禾坪县人民政府办公室关于县政府领导班子成员工作分工的通知》（禾政办发〔2025〕7号）同时废止。\n")},
		"fg2.txt": {Data: []byte("禾坪县民政局关于局领导班子成员工作分工的通知\n一、分工\n局长主持全面工作。\n")},
		"fg3.txt": {Data: []byte("禾坪县应急管理局关于局领导工作分工的通知\n一、分工\n局长负责全面工作。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "这份分工通知出来以后哪个老文件作废了"}, "禾政办发〔2025〕7号")
}

// A follow-up that asks something of its own ("牵头的是谁" after "改造几个
// 小区 总投资多少") is answered by another sentence than the one that
// answered the question before, which its inherited words match best.
func TestFollowUpAsksAnew(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt": {Data: []byte("禾坪县人民政府常务会议纪要\n二、关于2026年县城老旧小区改造项目的研究\n会议听取了县住房和城乡建设局关于2026年县城老旧小区改造项目谋划情况的汇报。今年我县纳入省级计划的老旧小区改造项目共12个，涉及居民1846户，计划总投资8360万元，其余部分由县级财政和居民、产权单位合理分担。\n会议同意上述改造计划。会议要求：\n（一）县住房和城乡建设局作为牵头单位，要坚持“先地下、后地上”，优先实施管网改造。6月30日前全部开工。\n（二）县财政局负责做好资金保障工作。\n")},
	})
	q := "今年老旧小区改造几个小区 多少户 总投资多少"
	first := wantFound(t, eng, answer.Request{Q: q}, "12个")
	wantFound(t, eng, answer.Request{Q: "牵头的是谁", History: []answer.Turn{{Q: q, Answer: first.Answer}}}, "县住房和城乡建设局")
}

// A document with no 落款 is dated where it says: a 纪要 by its 版记
// ("…2026年4月20日印发"), a 统计公报 by the date under its issuers.
func TestDateWithoutSignature(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt":   {Data: []byte("禾坪县人民政府常务会议纪要\n〔2026〕9号\n2026年5月8日，县长主持召开县政府常务会议。\n一、关于防汛工作\n会议要求各乡镇落实防汛责任，新修订的防汛预案已由县政府办公室2026年3月1日印发\n出席：县长，副县长。\n分送：县委各常委。\n禾坪县人民政府办公室                2026年5月12日印发\n")},
		"gongbao.txt": {Data: []byte("禾坪县2025年国民经济和社会发展统计公报\n禾坪县统计局\n国家统计局禾坪调查队\n2026年3月18日\n2025年，全县地区生产总值248.6亿元，比上年增长6.1%，全县经济运行总体平稳、稳中有进。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪5月那次常务会纪要 文号和印发日期"}, "〔2026〕9号", "2026年5月12日")
	wantFound(t, eng, answer.Request{Q: "统计公报是哪个单位发的 哪天发布"}, "禾坪县统计局", "2026年3月18日")
}

// "…是第几号令 哪天开始施行": the head and the document's force, each where
// it is stated.
func TestNumberAndStart(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tiaoli.txt": {Data: []byte("禾坪县人民政府文件\n禾政发〔2026〕12号\n禾坪县人民政府关于印发禾坪县殡葬管理办法的通知\n各乡镇人民政府：\n现将《禾坪县殡葬管理办法》印发给你们，请认真执行。\n禾坪县人民政府\n2026年2月1日\n禾坪县殡葬管理办法\n第一条 为加强殡葬管理，制定本办法。\n第二条 本县行政区域内的殡葬活动适用本办法。\n第三条 县民政局主管全县殡葬管理工作。\n第二十条 本办法自2026年3月1日起施行。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "殡葬管理办法文号多少 哪天开始施行"}, "禾政发〔2026〕12号", "2026年3月1日")
}

// A day's name in quotes (“12·4”, “6·17”) is no figure: a sentence that
// writes only it does not answer how many.
func TestDayNameIsNoFigure(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("禾坪县司法局2025年工作总结\n一、普法宣传\n“12·4”国家宪法日宣传活动在县文化广场举行，由县司法局、县普法办联合组织。\n二、人民调解\n全年调处矛盾纠纷320件。\n")},
	})
	wantRefused(t, eng, answer.Request{Q: "国家宪法日宣传活动一共多少"}, "only the day's name “12·4” is written")
}

// A chat sent without its answers is answered again turn by turn, with the
// caller's office and every earlier turn: the office the first turn named
// holds through later follow-ups (review 22).
func TestHistoryWithoutAnswersKeepsScope(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("甲区2015年政府工作报告\n一、2015年工作回顾\n全年实现地区生产总值3700亿元，增长9.1%。规模以上工业增加值1200亿元。社会消费品零售总额800亿元。出口总额1500亿元。\n")},
		"b.txt": {Data: []byte("乙区2016年政府工作报告\n一、2015年工作回顾\n全年实现地区生产总值500亿元，增长12%。规模以上工业增加值300亿元。社会消费品零售总额120亿元。出口总额90亿元。\n")},
	})
	var h []answer.Turn
	for _, q := range []string{"甲区2015年报告里GDP多少", "增长多少", "规模以上工业增加值呢", "那社会消费品零售总额呢"} {
		h = append(h, answer.Turn{Q: q})
	}
	r := wantFound(t, eng, answer.Request{Q: "出口呢", History: h}, "甲区")
	if strings.Contains(r.Answer, "乙区") {
		t.Errorf("the follow-up left 甲区: %s", r.Answer)
	}
}

// "把哪个老文件废了" of a document that repeals none is not answered by
// when it applies (review 22).
func TestRepealAskedOfNone(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"banfa.txt": {Data: []byte("禾坪县最低生活保障审核确认办法\n第一条 为规范低保审核确认，制定本办法。\n第二条 本办法适用于本县。\n第六条 本办法自2025年1月1日起施行。\n")},
	})
	r, err := eng.Ask(context.Background(), answer.Request{Q: "低保审核确认办法把哪个老文件废了"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found && strings.Contains(r.Answer, "起施行") {
		t.Errorf("when it applies answers which it repealed: %s", r.Answer)
	}
}

// The 版记's 分送/抄送 lines say whom copies went to; they answer nothing
// asked of the text ("谁牵头" is no "分送：县委各常委。") but do answer whom
// it was copied to (review 22).
func TestImprintLinesAnswerOnlyCopies(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt": {Data: []byte("禾坪县人民政府常务会议纪要\n〔2026〕9号\n二、关于老旧小区改造\n今年改造老旧小区12个。\n会议要求：\n（一）县住房和城乡建设局作为牵头单位，6月30日前全部开工。\n出席：县长，副县长。\n分送：县委各常委，县人大常委会主任。\n抄送：县财政局，县审计局。\n禾坪县人民政府办公室                2026年5月12日印发\n")},
	})
	if r := wantFound(t, eng, answer.Request{Q: "老旧小区改造谁牵头"}, "县住房和城乡建设局"); strings.Contains(r.Answer, "分送") {
		t.Errorf("the 版记 answers who leads: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "常务会纪要抄送给了哪些单位"}, "县财政局")
}

// A question that names no office, document or year, that several
// documents answer nearly as well, is answered by each, labelled: "全县60
// 岁以上老人有多少" of two counties' documents gives both figures.
func TestSeveralDocumentsAnswer(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"dafu.txt":  {Data: []byte("甲县民政局关于县政协第47号提案的答复\n一、基本情况\n全县60周岁及以上老年人9.82万人，占户籍人口的27.3%。\n甲县民政局\n2026年5月22日\n")},
		"jiedu.txt": {Data: []byte("乙县民政局关于养老服务补贴办法的起草说明\n一、起草背景\n截至2025年底，60岁以上老年人口8.47万人，老龄化程度持续加深。\n乙县民政局\n2026年3月2日\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "全县60岁以上老人有多少"}, "9.82万人", "8.47万人")
}

// Words that name two documents alike ("督查情况通报" of two offices'
// 通报) leave which one open: each answers, labelled.
func TestTwoNamedDocumentsEachAnswer(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("甲县人民政府督查室\n甲政督〔2026〕5号\n关于2026年第一季度民生实事专项督查情况的通报\n各乡镇人民政府：\n一、总体情况\n共实地察看项目点位64个。\n联系人：县政府督查室 祁海鸥，联系电话：0746-5213307。\n甲县人民政府督查室\n2026年3月27日\n")},
		"b.txt": {Data: []byte("乙市人民政府办公室\n乙政办〔2024〕9号\n乙市人民政府办公室关于2024年第三季度重点工作督查情况的通报\n各区人民政府：\n一、总体情况\n此次督查共涉及重点工作任务86项。\n请各地于每月5日前报送推进情况(联系人:韦晓岚,联系电话:0878-2213567)。\n乙市人民政府办公室\n2024年10月20日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "督查情况通报的联系人是谁"}, "祁海鸥", "韦晓岚")
}

// A yes/no question ("有没有申请听证") is answered by the sentence that
// rules on it ("未申请听证"), not by the one that only names it ("享有…
// 申请听证的权利").
func TestYesNoPrefersRuling(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jueding.txt": {Data: []byte("禾坪县市场监督管理局行政处罚决定书\n禾市监罚〔2026〕7号\n当事人：禾坪县丰源副食店\n一、调查经过\n2026年2月3日，本局依法向当事人送达了《行政处罚告知书》，告知当事人依法享有陈述、申辩和申请听证的权利。\n当事人在法定期限内未提出陈述、申辩意见，也未申请听证。\n二、处罚决定\n处罚款人民币3000元。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "丰源副食店那个案子当事人有没有申请听证"}, "未申请听证")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "未申请听证") {
		t.Errorf("the ruling sentence is not the answer's first: %s", r.Answer)
	}
}

// No office's name has a function word or an interrogative between its
// place and its office word: "芑坪镇由哪位局领导包联" names 芑坪镇, which the
// documents speak of, not an office "芑坪镇由哪位局" they lack.
func TestNoOfficeAcrossQuestionWords(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fengong.txt": {Data: []byte("蓼川县民政局关于调整局领导班子成员工作分工的通知\n局机关各股室:\n一、局领导分工\n（一）窦文清（副局长）：分管社会救助股、养老服务股。联系乡镇：芑坪镇、蒲湾乡。\n（二）韦思远（副局长）：分管社会事务股。联系乡镇：杞溪镇。\n二、工作要求\n联系乡镇的局领导每季度到联系乡镇调研指导不少于2次。\n蓼川县民政局\n2026年2月3日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "芑坪镇由哪位局领导包联"}, "窦文清")
	wantFound(t, eng, answer.Request{Q: "包联乡镇的局领导一季度要下去几回"}, "2次")
}

// 全县, 本镇, 各市 name the asker's own place, whichever it is: the words
// before them ("年底全县…") are no place's name the documents lack.
func TestWholeCountyIsNoPlaceName(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("蓼川县民政局2025年工作总结\n一、养老服务\n截至2025年12月底，全县建成老年助餐点46个，全年提供助餐服务12.3万人次。\n二、社会救助\n全年发放临时救助资金318万元。\n蓼川县民政局\n2026年1月8日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "到年底全县助餐点建了多少个"}, "46个")
	wantFound(t, eng, answer.Request{Q: "月底本县临时救助发了多少钱"}, "318万元")
}
