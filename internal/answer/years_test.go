package answer_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
)

// With the same office's report for another year beside the bundled one, a
// question naming no year hears from both years, newest first; a named or
// relative year picks its own report.
func TestSeveralYearsOfOneOffice(t *testing.T) {
	src, err := fs.ReadFile(corpus.FS(), "001_5d2ab5fed4f2549d.txt")
	if err != nil {
		t.Fatal(err)
	}
	older := strings.NewReplacer("2025年", "2024年", "2024", "2023", "10场", "8场", "4279对", "3988对").Replace(string(src))
	ix := bundledWith(t, fstest.MapFS{"清城区民政局2023年法治政府建设工作报告.txt": {Data: []byte(older)}})
	eng := &answer.Engine{Index: ix}
	for _, tc := range []struct {
		q, now       string
		want, reject []string
	}{
		{"清城区民政局普法宣传搞了多少场活动?", "2025-03-10", []string{"各年度报告", "2024年度", "10场", "2023年度", "8场"}, nil},
		{"清城区民政局2023年普法宣传搞了多少场活动?", "2025-03-10", []string{"8场"}, []string{"10场"}},
		{"清城区民政局去年结婚登记办了多少对?", "2024-04-01", []string{"3988对", "去年即2023年度"}, []string{"4279对"}},
	} {
		r, err := eng.Ask(context.Background(), answer.Request{Q: tc.q, Now: day(tc.now)})
		if err != nil {
			t.Fatal(err)
		}
		if !r.Found {
			t.Errorf("%s: refused: %s", tc.q, r.Answer)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer lacks %q: %s", tc.q, w, r.Answer)
			}
		}
		for _, w := range tc.reject {
			if strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer has %q from another year: %s", tc.q, w, r.Answer)
			}
		}
		if i, j := strings.Index(r.Answer, "2024年度"), strings.Index(r.Answer, "2023年度"); i >= 0 && j >= 0 && i > j {
			t.Errorf("%s: older year first: %s", tc.q, r.Answer)
		}
	}
}

// "工作计划" is a kind of thing a report has a part for, not the name of a
// document titled "…工作计划": the example keeps its answer with
// such a document indexed beside the bundled reports.
func TestWorkPlanNamesNoDocument(t *testing.T) {
	ix := bundledWith(t, fstest.MapFS{"jh.txt": {Data: []byte("青岭县农业农村局2025年春耕生产工作计划\n一、目标任务\n开展农业法律法规宣传活动12场,发放宣传资料3000份。\n")}})
	r := wantFound(t, &answer.Engine{Index: ix}, answer.Request{Q: "今年的工作计划里法治宣传怎么安排?", Now: day("2025-03-10")}, "法治宣传")
	if strings.Contains(r.Answer, "春耕") {
		t.Errorf("answered from the 春耕 plan: %s", r.Answer)
	}
}

// A document whose title names a year's work (表彰2025年度…), issued the
// year after, answers 去年 in the year after throughout, not only where a
// sentence writes the year.
func TestTitleYearOfWork(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jueding.txt": {Data: []byte("禾坪镇人民政府文件\n禾府〔2026〕4号\n禾坪镇人民政府关于表彰2025年度法治建设先进集体的决定\n一、基本情况\n2025年，全镇上下坚持以法治思想为指导，扎实推进依法治镇。\n全年镇村两级人民调解组织共调处矛盾纠纷210件，调解成功率97.1%。\n二、表彰名单\n禾坪镇司法所等5个单位。\n禾坪镇人民政府\n2026年1月20日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "禾坪镇去年调处了多少纠纷 成功率多少", Now: time.Date(2026, 2, 5, 0, 0, 0, 0, time.UTC)}, "210件", "97.1%")
}

// A document about one year's work (表彰2025年度…) answers for no other
// year the question writes, unless its passage writes that year.
func TestTitleWorkYearBounds(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jueding.txt": {Data: []byte("禾坪镇人民政府文件\n禾府〔2026〕4号\n禾坪镇人民政府关于表彰2025年度法治建设先进集体和先进个人的决定\n一、奖励办法\n对获得先进个人称号的同志，每人奖励人民币1200元。\n禾坪镇人民政府\n2026年1月20日\n")},
	})
	wantRefused(t, eng, answer.Request{Q: "禾坪镇2024年度法治先进个人每人奖多少钱"}, "the 2025年度 decision answered for 2024")
	wantFound(t, eng, answer.Request{Q: "禾坪镇2025年度法治先进个人每人奖多少钱"}, "1200元")
}

// A past year asked of no office is answered by what a later document
// writes of it as well as by the year's own documents: a 2026 答复 that
// states "2025年全县…" answers "去年…" asked in 2026, while its sentences
// that do not write the year do not.
func TestLaterDocumentWritesTheYear(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"baogao.txt": {Data: []byte("禾坪县民政局2025年工作总结\n一、主要工作\n全年新建老年助餐点12个,发放高龄津贴860万元。\n")},
		"dafu.txt":   {Data: []byte("禾坪县民政局对县政协第12号提案的答复\n一、办理情况\n2025年全县特殊困难老人上门巡访共计3.2万人次,解决实际困难418个。\n二、下步打算\n巡访覆盖面将扩大到全部行政村,每月巡访不少于2万人次。\n禾坪县民政局\n2026年5月10日\n")},
	})
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "去年全县巡访困难老人多少人次", Now: now}, "3.2万人次")
}

// A day of the month and an hour ("22日12时") is a date, what 什么时候
// asks, as "6月22日" is.
func TestDayAndHourIsDate(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"baogao.txt": {Data: []byte("禾坪县人民政府关于“7·3”洪涝灾害救助情况的报告\n一、响应情况\n县防汛抗旱指挥部启动防汛Ⅳ级应急响应后，于5日20时解除防汛应急响应。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "防汛响应啥时候解除的"}, "5日20时")
}

// A later document answers of a past year only where it states the year's
// own figure, and only when the year's own documents do not answer about
// as well: "为2025年全年的53%", "较2025年同期增长15%" compare with the year,
// they do not state it (review 21).
func TestLaterDocumentComparesWithTheYear(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zj2025.txt": {Data: []byte("青禾县民政局2025年工作总结\n一、社会救助\n实施临时救助1820人次，发放救助金396万元。\n")},
		"zj2026.txt": {Data: []byte("青禾县民政局2026年上半年工作总结\n一、社会救助\n上半年实施临时救助960人次，为2025年全年的53%。\n二、殡葬改革\n全县火化率达到98.6%，比2025年底提高1.2个百分点。\n三、养老服务\n上半年全县探访特殊困难老人2.1万人次，较2025年同期增长15%。\n")},
		"dafu.txt":   {Data: []byte("青禾县民政局关于县政协第12号提案的答复\n一、办理情况\n2025年，全县累计探访特殊困难老人4.36万人次，建立探访台账6120份。\n青禾县民政局\n2026年5月10日\n")},
	})
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	for q, want := range map[string]string{
		"去年临时救助了多少人次":    "1820人次",
		"去年全县探访老人多少人次":   "4.36万人次",
		"去年的总结里临时救助多少人次": "1820人次",
	} {
		r := wantFound(t, eng, answer.Request{Q: q, Now: now}, want)
		for _, bad := range []string{"960人次", "2.1万人次"} {
			if strings.Contains(r.Answer, bad) {
				t.Errorf("%s: a later document's comparison answers: %s", q, r.Answer)
			}
		}
	}
	wantRefused(t, eng, answer.Request{Q: "去年火化率多少", Now: now}, "only 2026's rate, compared with the end of 2025")
}

// "去年全县发了多少低保金", naming no office, of two counties' reports of
// that year: each answers, labelled (as without a year).
func TestSeveralDocumentsOfTheYearAnswer(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("甲县民政局2025年工作总结\n一、社会救助\n全年累计发放低保金9862.4万元。\n")},
		"b.txt": {Data: []byte("乙县民政局2025年工作总结\n一、社会救助\n全年发放低保金4382.5万元，惠及困难群众1.2万人。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "去年全县发了多少低保金", Now: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)}, "9862.4万元", "4382.5万元")
}

// A section of a later document whose body opens with the year it reports
// on ("2025年，在县委…" under "一、总结成绩") speaks of that year in every
// item under it: "去年" is answered by "三是…新建村级文化广场26个" though
// the item writes no year.
func TestSectionOpensWithYear(t *testing.T) {
	docs := fstest.MapFS{
		"jianghua.txt": {Data: []byte("在县委全体会议上的讲话\n县委常委、宣传部部长  贲晓岚\n（2026年2月10日）\n同志们：\n今天，我们召开全县文化工作推进会，主要任务是总结工作、部署任务。\n一、总结成绩，坚定信心\n2025年，在县委、县政府的领导下，全县文化工作取得新进展。\n一是公共文化服务体系更加完善，全年开展送戏下乡120场。\n二是文化遗产保护有力，新增县级非遗项目9项。\n三是基层文化阵地持续加强，新建村级文化广场26个。\n二、2026年主要任务\n今年要新建村级文化广场30个。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "去年全县新建了多少个村级文化广场", Now: day("2026-06-01")}, "26个")
}

// A month named from now (上个月, 下个月) is a month of a year: "上个月新建
// 了几个助餐点" in May is answered by April's line, not March's; in January
// 上个月 is last December.
func TestRelativeMonth(t *testing.T) {
	docs := fstest.MapFS{
		"yuebao.txt": {Data: []byte("崞阳县民政局养老服务工作月报\n（2026年5月6日）\n一、助餐服务\n2026年3月，全县新建社区老年助餐点3个。\n2026年4月，全县新建社区老年助餐点5个。\n2025年12月，全县新建社区老年助餐点2个。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "上个月全县新建了几个助餐点", Now: day("2026-05-10")}, "5个")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "4月") {
		t.Errorf("April's line is not cited first: %s", r.Answer)
	}
	r = wantFound(t, eng, answer.Request{Q: "上个月全县新建了几个助餐点", Now: day("2026-01-08")}, "2个")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "12月") {
		t.Errorf("December's line is not cited first: %s", r.Answer)
	}
}

// A sentence of a later document is of the year its paragraph wrote
// before it: "2025年度年检参检率96.8%。全年办理结婚登记860对。" answers
// 去年 in 2026 though the sentence writes no year.
func TestParagraphYear(t *testing.T) {
	docs := fstest.MapFS{
		"huibao.txt": {Data: []byte("崞阳县民政局关于迎接省民政厅督导检查的工作汇报\n（2026年4月20日）\n尊敬的督导组各位领导：\n一、主要工作成效\n（一）社会事务管理规范有序\n全县登记社会组织215家，2025年度年检参检率96.8%。全年办理结婚登记860对、离婚登记233对。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "去年结婚登记办了多少对", Now: day("2026-05-20")}, "860对")
}

// Review 41: a year a section opens with is not the year of what a plan
// targets (y2), of what runs on since (2025年以来, y4), of a passage that
// writes its own time (截至2026年5月底, 目前: y5, y3), nor of a subsection
// whose heading names its own (今年以来, y6) — but a subsection headed
// 去年工作成效 is of the year before the speech's.
func TestSectionYearNotMisread(t *testing.T) {
	cases := []struct {
		doc, now, q, want string
	}{
		{"崞阳县民政局关于印发2026年幸福食堂建设实施方案的通知\n各乡镇人民政府：\n现将《2026年幸福食堂建设实施方案》印发给你们，请认真贯彻执行。\n一、总体目标\n2025年，全县已建成村级幸福食堂28个，初步解决农村老人吃饭难问题。\n一是2026年新建村级幸福食堂20个。\n二是新增助餐服务老人3000人。\n二、保障措施\n各乡镇要落实场地和人员。\n崞阳县民政局\n2026年3月5日\n", "2026-06-01", "去年助餐服务新增多少老人", ""},
		{"崞阳县应急管理局2026年上半年工作总结\n一、主要工作\n2025年以来，我局扎实推进安全生产专项整治。\n一是累计排查整改隐患2300处。\n二是开展应急演练45场。\n二、下半年打算\n继续深化隐患排查。\n崞阳县应急管理局\n2026年7月3日\n", "2026-08-01", "去年排查整改隐患多少处", ""},
		{"在全县养老服务工作推进会上的讲话\n县政府副县长  冉守成\n（2026年6月10日）\n同志们：\n今天召开推进会，主要是总结工作、部署任务。\n一、总结成绩\n2025年，在县委、县政府的坚强领导下，全县养老服务工作取得新进展。\n一是助餐服务持续扩面，截至2026年5月底全县累计建成村级幸福食堂52个。\n二是居家养老服务不断完善，2026年1至5月为老人上门服务1.2万人次。\n二、下一步工作\n今年要新建幸福食堂10个。\n", "2026-06-20", "去年上门服务了多少人次", ""},
		{"在全县养老服务工作推进会上的讲话\n县政府副县长  冉守成\n（2026年5月20日）\n同志们：\n今天召开推进会，主要是通报情况、部署工作。\n一、基本情况\n2024年，我县被确定为全省养老服务体系建设试点县。\n目前，全县共有村级幸福食堂46个，日均服务老人1800人。\n二、下一步工作\n今年要新建幸福食堂10个。\n", "2026-06-01", "前年全县有多少个幸福食堂", ""},
		{"在全县养老服务工作推进会上的讲话\n县政府副县长  冉守成\n（2026年6月10日）\n同志们：\n今天召开推进会，主要是总结工作、部署任务。\n一、总结成绩\n2025年，在县委、县政府的坚强领导下，全县养老服务工作取得新进展。\n（一）去年工作成效\n全县累计建成村级幸福食堂28个。\n（二）今年以来工作进展\n全县新建老年助餐点17个，改造敬老院4所。\n二、下一步工作\n要新建幸福食堂10个。\n", "2026-06-20", "去年新建了多少个老年助餐点", ""},
		{"在全县养老服务工作推进会上的讲话\n县政府副县长  冉守成\n（2026年6月10日）\n同志们：\n今天召开推进会，主要是总结工作、部署任务。\n一、总结成绩\n2025年，在县委、县政府的坚强领导下，全县养老服务工作取得新进展。\n（一）去年工作成效\n全县累计建成村级幸福食堂28个。\n（二）今年以来工作进展\n全县新建老年助餐点17个，改造敬老院4所。\n二、下一步工作\n要新建幸福食堂10个。\n", "2026-06-20", "去年全县累计建成多少个幸福食堂", "28个"},
	}
	for _, c := range cases {
		eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{"doc.txt": {Data: []byte(c.doc)}})}
		req := answer.Request{Q: c.q, Now: day(c.now)}
		if c.want == "" {
			wantRefused(t, eng, req, "the section's opening year is not this passage's")
		} else {
			wantFound(t, eng, req, c.want)
		}
	}
}

// Review 41: 以上月收入 and 马上月底 name no month, 当月 is "that month"
// of whatever is spoken of, not this one.
func TestRelativeMonthNotMisread(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"butie.txt": {Data: []byte("崞阳县老年人生活补贴实施办法\n第一条 为保障老年人基本生活，制定本办法。\n第二条 本县户籍60周岁以上老年人，家庭人均年收入低于1.5万元的，可申请生活补贴。\n第三条 补贴资金于每年5月底前拨付到乡镇，补贴标准为每人每月100元。\n第四条 本县户籍60周岁以上老年人，本人月收入低于1200元的，可申请护理补贴。\n崞阳县民政局\n2026年1月10日\n")},
	})}
	r := wantFound(t, eng, answer.Request{Q: "60岁以上月收入低于多少能申请补贴", Now: day("2026-06-15")}, "1200元")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "月收入") {
		t.Errorf("the 月收入 article is not cited first: %s", r.Answer)
	}
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"dibao.txt": {Data: []byte("崞阳县最低生活保障审核确认办法\n第一条 为规范最低生活保障审核确认工作，制定本办法。\n第二条 低保对象死亡的，从其死亡次月起停发低保金。\n第三条 低保对象死亡当月的低保金，由其家属领取。\n第四条 经审核确认为低保对象的，从批准之日的次月起发放低保金。\n第五条 临时救助金在审批当月一次性发放。\n第六条 6月底前完成低保对象年度复核，复核期间低保金照常发放。\n第七条 低保金每月10日前通过社会化方式发放到户。\n崞阳县民政局\n2025年12月1日\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "死亡当月低保金咋发", Now: day("2026-06-15")}, "由其家属领取")
	// The reviewer's own wording: 当月 alone, asked in June, is not June
	// (a June deadline answered it at 880a2bc).
	wantFound(t, eng, answer.Request{Q: "当月低保金咋发", Now: day("2026-06-15")}, "由其家属领取")
}

// Review 41: a later part asked of 全镇 after 石桥镇 is that town's
// (its report of the year is missing), and 安全市场 asks of no whole
// area.
func TestWholeAreaSameLevel(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"baogao.txt":  {Data: []byte("石桥镇人民政府关于幸福食堂运行情况的报告\n县民政局：\n5月，我镇村级幸福食堂每天为200余名老人供餐，全镇共建成幸福食堂6个。\n石桥镇人民政府\n2026年6月2日\n")},
		"changyi.txt": {Data: []byte("石桥镇人民政府关于文明节俭办酒席的倡议书\n全镇广大干部群众：\n婚事新办、丧事简办，红白喜事操办不超过10桌。\n石桥镇人民政府\n2026年1月20日\n")},
		"fengong.txt": {Data: []byte("崞阳县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n各乡镇人民政府，县政府各部门：\n一、县长苗振华\n领导县政府全面工作。\n二、冉守成（县委常委、常务副县长）\n负责县政府常务工作。联系城关街道、石桥镇。\n三、贲晓岚（副县长）\n负责民政、文化工作。联系红旗乡、柳河镇。\n崞阳县人民政府办公室\n2026年3月2日\n")},
		"liuhe.txt":   {Data: []byte("柳河镇人民政府2025年工作总结\n一、民生保障\n2025年，全镇新建幸福食堂3个，敬老院床位增加到80张。\n二、安全生产\n全镇开展消防演练12次，幸福食堂食品安全抽检36批次。\n柳河镇人民政府\n2026年1月10日\n")},
		"nianbao.txt": {Data: []byte("崞阳县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n2025年，全县累计建成村级幸福食堂28个，覆盖老年人1.2万人。\n2025年，全县敬老院维修改造投入资金320万元。\n崞阳县民政局\n2026年1月23日\n")},
		"qingshi.txt": {Data: []byte("崞阳县民政局关于申请石桥镇敬老院维修资金的请示\n县人民政府：\n石桥镇敬老院屋面漏水严重，维修需资金46.5万元，恳请予以支持。\n崞阳县民政局\n2026年5月6日\n")},
	})}
	for _, q := range []string{"石桥镇幸福食堂每天给多少老人供餐 全镇去年建了几个", "石桥镇幸福食堂每天给多少老人供餐 去年食品安全市场抽检了几批"} {
		r, err := eng.Ask(context.Background(), answer.Request{Q: q, Now: day("2026-08-01")})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Answer, "柳河镇") || strings.Contains(r.Answer, "28个") || strings.Contains(r.Answer, "36批次") {
			t.Errorf("%s: answered of another place: %s", q, r.Answer)
		}
		// Asked of 石桥镇 all along: its missing report of the year is
		// said, not that nothing was found.
		if !strings.Contains(r.Answer, "石桥镇人民政府2025年度") {
			t.Errorf("%s: the town's missing report is not said: %s", q, r.Answer)
		}
	}
}

// "哪几天" asks days, a when-question whole: no 天 left to match "接待…
// 期间" over the dates.
func TestWhichDaysIsWhen(t *testing.T) {
	docs := fstest.MapFS{
		"tongzhi.txt": {Data: []byte("崞阳县民政局关于举办敬老院开放日活动的通知\n各乡镇人民政府：\n开放日期间接待参观群众不超过300人次。\n开放日活动安排在2026年5月18日至5月20日，地点为县社会福利中心。\n崞阳县民政局\n2026年5月6日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "敬老院开放日是哪几天"}, "5月18日")
	if strings.Contains(r.Answer, "300人次") {
		t.Errorf("a sentence with no date answers when: %s", r.Answer)
	}
}

// Review 42: 哪个月 in "按哪个月的养老金算" asks no date; 文号 count
// documents; a heading that compares with 去年 names no year; a year a
// review item compares with is not its own; 全县 after 去年 is a whole
// area; a telephone number in brackets counts nothing.
func TestReview42(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"shebao.txt":  {Data: []byte("崞阳县城乡居民养老保险经办规程\n第一条 参保人员按年缴费，缴费时间为每年1月至12月。\n第二条 养老金待遇从参保人员符合领取条件的次月起计发。\n第三条 丧葬补助金按参保人员死亡时上年度全县城乡居民月人均养老金的10倍计发。\n崞阳县医疗保障局\n2025年11月3日\n")},
		"wenjian.txt": {Data: []byte("崞阳县人民政府关于养老服务政策落实情况的报告\n县人大常委会：\n县政府先后印发《崞阳县养老服务补贴办法》（崞政发〔2025〕12号）和《崞阳县高龄津贴实施细则》（崞政发〔2025〕13号）。\n高龄津贴按月发放到户。\n崞阳县人民政府\n2026年1月6日\n")},
		"d3.txt":      {Data: []byte("崞阳县市场监管局2026年上半年消费投诉处理情况\n一、总体情况\n1至5月受理消费投诉320件，办结315件。\n二、与去年同期对比情况\n受理投诉量同比增长12%，办结率提高2个百分点。\n食品类投诉86件，占全部投诉的26.9%。\n崞阳县市场监管局\n2026年6月12日\n")},
		"d1.txt":      {Data: []byte("在全县养老服务工作推进会上的讲话\n县政府副县长  冉守成\n（2026年6月10日）\n同志们：\n今天召开推进会，主要是总结工作、部署任务。\n一、总结成绩\n2025年，在县委、县政府的坚强领导下，全县养老服务工作取得新进展。\n一是新建村级幸福食堂28个，比2024年增加6个。\n二是全县现有敬老院床位1200张，全年新增床位150张。\n三是养老服务热线全年接听来电3.6万个。\n二、下一步工作\n要新建幸福食堂10个。\n")},
		"a1.txt":      {Data: []byte("崞阳县民政局关于敬老院安全检查情况的通报\n各乡镇人民政府：\n敬老院安全检查发现问题整改台账由局办公室汇总，联系电话：（0736）5128806。\n请各乡镇于6月底前报送整改情况。\n崞阳县民政局\n2026年6月3日\n")},
	})}
	now := day("2026-06-20")
	wantFound(t, eng, answer.Request{Q: "丧葬补助金按哪个月的养老金算", Now: now}, "10倍")
	wantFound(t, eng, answer.Request{Q: "县政府印发了几个养老文件", Now: now}, "12号")
	wantRefused(t, eng, answer.Request{Q: "去年食品类投诉多少件", Now: now}, "a heading comparing with 去年 is not of last year")
	wantFound(t, eng, answer.Request{Q: "去年新建了多少个幸福食堂", Now: now}, "28个")
	wantFound(t, eng, answer.Request{Q: "去年新增了多少张敬老院床位", Now: now}, "150张")
	wantRefused(t, eng, answer.Request{Q: "敬老院安全检查发现了几个问题", Now: now}, "a telephone number counts nothing")
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"baogao.txt":  {Data: []byte("石桥镇人民政府关于幸福食堂运行情况的报告\n县民政局：\n5月，我镇村级幸福食堂每天为200余名老人供餐，全镇共建成幸福食堂6个。\n石桥镇人民政府\n2026年6月2日\n")},
		"fengong.txt": {Data: []byte("崞阳县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n各乡镇人民政府，县政府各部门：\n一、县长苗振华\n领导县政府全面工作。\n二、冉守成（县委常委、常务副县长）\n负责县政府常务工作。联系城关街道、石桥镇。\n三、贲晓岚（副县长）\n负责民政、文化工作。联系红旗乡、柳河镇。\n崞阳县人民政府办公室\n2026年3月2日\n")},
		"huayuan.txt": {Data: []byte("石桥镇花园村村民委员会关于老年食堂运行情况的报告\n石桥镇人民政府：\n花园村老年食堂每天为45名老人供餐。\n花园村村民委员会\n2026年5月12日\n")},
		"liuhe.txt":   {Data: []byte("柳河镇人民政府2025年工作总结\n一、民生保障\n2025年，全镇新建幸福食堂3个，敬老院床位增加到80张。\n二、安全生产\n全镇开展消防演练12次，幸福食堂食品安全抽检36批次。\n柳河镇人民政府\n2026年1月10日\n")},
		"nianbao.txt": {Data: []byte("崞阳县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n2025年，全县累计建成村级幸福食堂28个，覆盖老年人1.2万人。\n2025年，全县敬老院维修改造投入资金320万元。\n崞阳县民政局\n2026年1月23日\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "石桥镇幸福食堂每天给多少老人供餐 去年全县一共建成多少个", Now: day("2026-08-01")}, "28个")
}

// 几号 after 电话 or before 楼 asks which number names a thing, not a
// day (review 42): "临时救助咨询电话几号", "哪几号楼要加装电梯".
func TestNumberNamedNotWhen(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"shenbao.txt": {Data: []byte("崞阳县民政局关于做好2026年临时救助工作的通知\n各乡镇人民政府：\n临时救助申请由乡镇受理，咨询电话（0736）5128810。\n今年全县安排临时救助资金600万元，救助对象约2000人。\n崞阳县民政局\n2026年1月15日\n")},
		"dianti.txt":  {Data: []byte("崞阳县住房和城乡建设局关于2026年老旧小区加装电梯的公示\n根据居民申请和现场踏勘，今年对城关街道幸福小区3号楼、5号楼、7号楼加装电梯，共计投资450万元。\n对加装电梯有异议的，请于公示期内向县住建局反映。\n崞阳县住房和城乡建设局\n2026年4月8日\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "临时救助咨询电话几号"}, "5128810")
	wantFound(t, eng, answer.Request{Q: "幸福小区哪几号楼要加装电梯"}, "3号楼")
}

// Review 43: 热线上月, 红旗乡上月 name the month; "咨询电话1200个" is a
// count; 几号房租补贴 and 热线几号开通 ask a day; a problem described
// ("…的，不够及时") rules nothing; a heading "…回顾与成效" keeps its year;
// one cited 文号 counts nothing.
func TestReview43(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"rexian.txt":  {Data: []byte("崞阳县12345政务服务热线2026年上半年运行情况\n一、总体情况\n5月，热线接听来电3200个，办结率98%。\n6月，热线接听来电4100个，办结率97%。\n二、主要做法\n全县各乡镇按照政务公开的要求，不断提升诉求办理质量。\n服务窗口设在县政务服务中心3号楼二层8号窗口。\n崞阳县政务服务中心\n2026年7月3日\n")},
		"cunwei.txt":  {Data: []byte("崞阳县红旗乡2026年上半年民生工作情况\n5月，红旗乡发放临时救助资金12万元，村委会召开议事会3次。\n6月，红旗乡发放临时救助资金18万元，村委会召开议事会5次。\n全乡接听咨询电话1200个。\n6月组织全乡干部参加养老政策培训2场。\n红旗乡人民政府\n2026年7月2日\n")},
		"tongzhi.txt": {Data: []byte("崞阳县民政局关于报送2026年养老服务统计数据的通知\n各乡镇人民政府：\n请于每月5日前报送上月养老服务统计数据。\n报送材料截止时间为2026年7月15日。\n每月15日为集中受理日，热线于2026年3月1日开通。\n房租补贴每月20日发放。\n联系电话：0736-5128812。\n崞阳县民政局\n2026年3月1日\n")},
		"wenti.txt":   {Data: []byte("崞阳县养老机构专项检查情况通报\n各乡镇：\n检查发现，部分机构运营补贴申报材料网上提交的，不够及时。\n崞阳县民政局\n2026年5月5日\n")},
		"shenbao.txt": {Data: []byte("崞阳县民政局关于运营补贴申报的通知\n各养老机构：\n运营补贴申报材料通过民政网上办事大厅提交，纸质材料报送县民政局养老股。\n各养老机构按照补贴办法的规定，不断完善服务台账。\n县民政局养老股办公地点在县政务服务中心5号楼。\n崞阳县民政局\n2026年3月5日\n")},
	})}
	now := day("2026-07-10")
	wantFound(t, eng, answer.Request{Q: "热线上月接了多少个电话", Now: now}, "4100个")
	wantFound(t, eng, answer.Request{Q: "红旗乡上月发了多少临时救助", Now: now}, "18万元")
	wantFound(t, eng, answer.Request{Q: "全乡接了多少个咨询电话", Now: now}, "1200个")
	wantFound(t, eng, answer.Request{Q: "每月几号房租补贴到账", Now: now}, "20日")
	wantFound(t, eng, answer.Request{Q: "热线几号开通的", Now: now}, "3月1日")
	wantFound(t, eng, answer.Request{Q: "运营补贴材料可以网上提交吗", Now: now}, "网上办事大厅")
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"s.txt": {Data: []byte("在全县文化工作会议上的讲话\n县政府副县长  贲晓岚\n（2026年3月10日）\n同志们：\n今天召开会议，主要是总结工作、部署任务。\n一、2025年工作回顾与成效\n过去一年，全县文化工作取得新进展。\n一是新建农家书屋42个。\n二是组织送戏下乡演出180场。\n二、下一步工作\n要新建农家书屋20个。\n")},
	})}
	wantFound(t, eng, answer.Request{Q: "去年送戏下乡演出了多少场", Now: now}, "180场")
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"a.txt": {Data: []byte("崞阳县民政局关于敬老院安全检查情况的通报\n各乡镇人民政府：\n根据《关于开展敬老院安全隐患排查的通知》，局里组织对全县敬老院开展安全检查，检查发现的问题已建立整改台账。\n请各乡镇于6月底前报送整改情况。\n崞阳县民政局\n2026年6月3日\n")},
	})}
	wantRefused(t, eng, answer.Request{Q: "敬老院安全检查发现了几个问题", Now: now}, "one cited 文号 counts nothing")
}

// "于2024年建成" dates the passage itself: under a section that opens with
// 2025 it is no answer to 去年 (review 43), while "比2024年增加6个" is a
// comparison and leaves the item 2025's (TestReview42).
func TestYearOfItsOwnNotCompared(t *testing.T) {
	docs := fstest.MapFS{
		"jianghua.txt": {Data: []byte("在全县养老服务工作会议上的讲话\n县政府副县长  冉守成\n（2026年3月10日）\n同志们：\n今天召开会议，主要是总结工作、部署任务。\n一、总结成绩\n2025年，全县养老服务工作取得新进展。\n一是城关敬老院于2024年建成投用，入住老人96人。\n二是新建村级幸福食堂28个。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := day("2026-07-10")
	wantRefused(t, eng, answer.Request{Q: "去年城关敬老院入住多少老人", Now: now}, "于2024年 dates the passage itself")
	wantFound(t, eng, answer.Request{Q: "去年新建了多少个幸福食堂", Now: now}, "28个")
}
