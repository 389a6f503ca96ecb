package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An agreement's clauses write 甲方 and 乙方; staff ask by role or name.
func TestAgreementSideNamedByRoleOrName(t *testing.T) {
	docs := fstest.MapFS{
		"zl.txt": {Data: []byte("日间照料中心场地租赁合同\n\n出租方（甲方）：澧汀县禾丰物业管理有限公司\n承租方（乙方）：澧汀县城南街道办事处\n\n第一条　租赁场地\n甲方将位于城南路8号一楼的房屋出租给乙方，用于开办日间照料中心。\n第二条　维修\n房屋主体及公共管线损坏的，由甲方负责维修，甲方应在接到通知后48小时内到场。\n第三条　租金支付\n乙方应于每季度首月10日前支付当季租金，逾期的，每日按欠付金额的万分之三支付滞纳金。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	// By the role as staff say it (房东: 出租人); in the agreement the
	// question names, by a word only one side's name writes (街道, 禾丰).
	wantFound(t, eng, answer.Request{Q: "照料中心那房子坏了房东多久到"}, "48小时")
	wantFound(t, eng, answer.Request{Q: "照料中心租赁合同里街道交租金最晚每季度几号"}, "10日前")
	wantFound(t, eng, answer.Request{Q: "照料中心那个合同禾丰公司接到报修多久得来人"}, "48小时")
	// Each part of a question keeps the words that named the agreement
	// as words, not as offsets into the whole question.
	wantFound(t, eng, answer.Request{Q: "照料中心租赁合同里租金每季度几号前交，禾丰公司接到报修多久到"}, "10日前", "48小时")
}

// A person is named in a table's first column under 姓名, in a column of
// the one who holds a role with their post in brackets, in brackets after
// the role they fill, or with the post in brackets after the name; "谁"
// is answered by a person as by a body.
func TestPersonNamedAroundBrackets(t *testing.T) {
	docs := fstest.MapFS{
		"xm.txt": {Data: []byte("澧汀县城南社区邻里互助项目实施方案\n\n一、项目团队\n姓名|职务|项目分工\n柯雨桐|社区居委会主任|项目总协调\n冉书白|社区网格员|助浴服务\n\n二、活动安排\n时间|活动内容|负责人\n每周二|理发义剪|甘露（社区党委委员）\n\n三、工作机构\n项目设联络员1名（社区办公室干部岑梦溪），负责与街道对接。\n评审小组由3人组成：街道社会事务办副主任倪青禾（组长），社区居委会委员傅山、社工程望。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "助浴这块是谁在管"}, "冉书白")
	wantFound(t, eng, answer.Request{Q: "义剪谁负责"}, "甘露")
	wantFound(t, eng, answer.Request{Q: "项目联络员是哪位"}, "岑梦溪")
	wantFound(t, eng, answer.Request{Q: "评审小组的组长是谁"}, "倪青禾")
}

// A follow-up that asks who ("那谁牵的头") asks its own question of the
// earlier one's subject, not the earlier one's date again.
func TestFollowUpAsksWho(t *testing.T) {
	docs := fstest.MapFS{
		"dy.txt": {Data: []byte("澧汀县政协关于全县农村饮水安全工作的调研报告\n\n2025年5月12日至14日，县政协组成调研组，对全县农村饮水安全工作进行了调研，走访了6个乡镇。调研组由县政协副主席闻启明带领，成员包括部分政协委员。\n一、基本情况\n全县农村自来水普及率达到93.5%。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "那谁带的队", History: []answer.Turn{{Q: "政协饮水调研是哪几天"}}}, "闻启明")
}

// A town's figure is not the county's: a sentence of a county's document
// that names no town, nor does its paragraph, gives the county's.
func TestTownNotAnsweredByCountyFigure(t *testing.T) {
	docs := fstest.MapFS{
		"zq.txt": {Data: []byte("澧汀县人民政府关于“7·08”冰雹灾害情况的报告\n\n一、灾情\n此次冰雹造成苎溪镇、瓴口镇等4个乡镇受灾。\n受灾人口1.2万人，农作物受灾面积8600亩。\n瓴口镇倒塌房屋12间，紧急转移安置群众85人。\n二、下一步工作\n各乡镇于7月20日前将受灾农户补助名册报县应急管理局。\n瓴口镇受损的养老服务中心计划8月5日开工修复。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "苎溪镇庄稼受灾了多少亩"}, "the county's figure is not the town's")
	wantFound(t, eng, answer.Request{Q: "瓴口镇转移了多少人"}, "85人")
	// What the county sets for every town holds in each.
	wantFound(t, eng, answer.Request{Q: "苎溪镇补助名册最晚哪天前报"}, "7月20日前")
	// What it says of another town is not this one's.
	wantRefused(t, eng, answer.Request{Q: "苎溪镇养老服务中心哪天开工修复"}, "瓴口镇's date is not 苎溪镇's")
}

// Staff say a compound's two runes in their own order where the title
// writes them the other way round, each in a word of its own (租车 of
// 车辆租赁): named so right before the title's genre.
func TestReversedShortNameBeforeGenre(t *testing.T) {
	docs := fstest.MapFS{
		"zc.txt": {Data: []byte("澧汀县民政局公务车辆租赁合同\n\n出租方（甲方）：澧汀县通达汽车服务有限公司\n承租方（乙方）：澧汀县民政局\n\n第一条　租赁车辆\n甲方向乙方出租7座商务车1辆。\n第二条　租金\n每月租金6800元，按月支付。\n")},
		"sb.txt": {Data: []byte("澧汀县民政局办公设备租赁合同\n\n出租方（甲方）：澧汀县联创办公设备有限公司\n承租方（乙方）：澧汀县民政局\n\n第一条　租赁设备\n甲方向乙方出租复印机2台。\n第二条　租金\n每月租金2300元，按季支付。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	if r := wantFound(t, eng, answer.Request{Q: "租车合同一个月租金多少"}, "6800元"); strings.Contains(r.Answer, "2300元") {
		t.Errorf("the other contract answers too: %s", r.Answer)
	}
}

// A table's column of the post that answers for a row names its person
// (",分管领导 蒯青松"); a record of what was said names each speaker by
// posts and name before a colon.
func TestPersonNamedByPostColumnAndSpeaker(t *testing.T) {
	docs := fstest.MapFS{
		"qd.txt": {Data: []byte("澧汀县2026年为民办实事项目责任分工表\n\n序号|项目名称|完成时限|分管领导|责任单位\n1|城区公厕改造|2026年10月底前|蒯青松|县城管局\n2|农村客运班线延伸|2026年8月底前|储明川|县交通运输局\n")},
		"xw.txt": {Data: []byte("澧汀县政协关于养老服务工作的专题协商会记录\n\n一、关于农村互助养老\n\n　　县政协常委、经济委员会副主任康慕白：有的幸福院建成后长期关门，请问民政局下一步怎么管？\n　　县民政局局长欧阳岚：我们将对幸福院实行星级评定，连续两年不达标的取消运营补助。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "公厕改造归哪位县领导管"}, "蒯青松")
	wantFound(t, eng, answer.Request{Q: "幸福院关门那个问题是哪个常委提的"}, "康慕白")
	wantFound(t, eng, answer.Request{Q: "星级评定是哪位领导表的态"}, "欧阳岚")
}

// A labelled field names its person with a note in brackets after the
// name ("提案人：巫明轩（县政协委员…）"), read as the role's holder
// (heldBy); the line that restates the title ("案由：…") beside it names
// the document, not who asks (isTitleLine, TestRestatedTitleIsTitle).
func TestNamedFieldAndRestatedTitle(t *testing.T) {
	docs := fstest.MapFS{
		"ta.txt": {Data: []byte("关于加强农村留守儿童关爱服务的提案\n\n提案人：巫明轩（县政协委员，县第二中学副校长）\n案由：关于加强农村留守儿童关爱服务的提案\n\n一、基本情况\n全县共有农村留守儿童2860人，其中由祖辈照料的占81%。\n二、建议\n建议县民政局会同县教育局建立留守儿童定期探访制度。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "留守儿童关爱那个提案的提案人是谁"}, "巫明轩")
}
