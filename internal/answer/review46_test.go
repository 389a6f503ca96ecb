package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Review 46's findings, with the reviewer's documents: a role held by a
// post a few words after it (原则上由…担任), a role before a name with a
// title in brackets (副教授), no name in a blank (待定), a signature line or
// a withheld name (王某某); quantities documents write by other words (资金
// for 经费, 居民 for 人口, 租赁费, 全长, 报酬); a reply's own office labels
// (乡镇人民政府：负责…) go on.
func TestReview46(t *testing.T) {
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		docs fstest.MapFS
		asks []review45Ask
	}{
		{
			docs: fstest.MapFS{
				"lianluo.txt": {Data: []byte("枫林县民政局关于建立社会救助工作联络员制度的通知\n各乡镇人民政府：\n一、联络员设置\n各乡镇确定1名社会救助联络员，原则上由乡镇民政办主任担任。\n二、信息员设置\n各村（社区）信息员，一般由村（社区）民政协理员兼任。\n三、评审专家\n评审专家李明（副教授）、王芳（高级工程师）、赵强（注册会计师）组成评审组。\n四、调解员\n特邀调解员冼若梅（退休法官）、梁国栋（县司法局干部）负责调解。\n五、培训\n网格员培训（由县民政局统一组织）每季度1次。\n枫林县民政局\n2026年3月3日\n")},
			},
			asks: []review45Ask{
				{"found", "社会救助联络员是谁", "民政办主任"},
				{"found", "各村信息员都是谁", "民政协理员"},
				{"found", "评审专家都是谁", "李明"},
				{"found", "特邀调解员是哪几位", "冼若梅"},
				{"refused", "网格员是谁", "a training is no one"},
			},
		},
		{
			docs: fstest.MapFS{
				"zerenzhi.txt": {Data: []byte("枫林县2026年防汛工作责任分工\n一、责任落实\n各水库安全度汛责任人：各村\n山洪灾害防御责任人：驻村干部\n二、值班安排\n主汛期实行24小时值班，值班人：待定\n三、技术指导\n技术负责人：县水利局\n枫林县防汛抗旱指挥部办公室\n2026年4月20日\n")},
				"shenqing.txt": {Data: []byte("枫林县临时救助申请审批表填写说明\n一、申请人栏\n申请人：本人\n本人无法申请的，可由村（社区）代为申请。\n二、经办栏\n经办人：签字\n审核人：盖章\n三、联系方式\n联系人：办公室\n")},
				"anjian.txt":   {Data: []byte("枫林县民政局关于一起冒领低保金案件的通报\n各乡镇人民政府：\n2026年3月，县民政局在专项检查中发现青溪镇某村冒领低保金问题。\n经办人：王某某\n该村村民王某某在其母亲去世后继续领取低保金18个月，共计冒领6480元。\n目前已追回全部资金，并对相关责任人进行了处理。\n枫林县民政局\n2026年4月2日\n")},
			},
			asks: []review45Ask{
				{"refused", "防汛值班人叫啥", "待定 is no one"},
				{"refused", "临时救助经办人叫什么名字", "签字 is no one"},
				{"refused", "冒领低保金案件经办人叫什么", "王某某 is a withheld name"},
			},
		},
		{
			docs: fstest.MapFS{
				"jingfei.txt": {Data: []byte("枫林县民政局关于2026年村级儿童主任工作的通知\n各乡镇人民政府：\n一、人员配备\n每个村（社区）配备1名儿童主任，由村妇联主席兼任。\n二、工作保障\n县财政每年安排儿童主任工作资金85万元，按每人每月300元标准发放工作补助。\n三、培训\n全年开展集中培训2次。\n枫林县民政局\n2026年2月18日\n")},
				"renkou.txt":  {Data: []byte("枫林县青溪镇基本情况\n一、概况\n青溪镇辖12个行政村，户籍居民3.6万人，常住居民2.9万人，镇域面积186平方公里。\n二、经济\n2025年全镇农村居民可支配收入21560元，比上年增长6.2%。\n青溪镇人民政府\n2026年1月20日\n")},
			},
			asks: []review45Ask{
				{"found", "儿童主任经费多少", ""},
				{"found", "青溪镇常住人口多少", ""},
			},
		},
		{
			docs: fstest.MapFS{
				"zulin.txt":   {Data: []byte("枫林县机关事务服务中心关于县老干部活动中心一楼门面招租的公告\n一、招租标的\n县老干部活动中心一楼临街门面2间，建筑面积共计168平方米。\n二、租赁期限\n租期3年，自2026年7月1日起。\n三、起拍价\n年租赁费起拍价为每平方米每年360元，押金2万元。\n枫林县机关事务服务中心\n2026年5月20日\n")},
				"gonglu.txt":  {Data: []byte("枫林县交通运输局关于2026年农村公路建设计划的报告\n一、建设规模\n2026年计划新改建农村公路42条，总里程126公里。\n二、重点项目\n青溪至白沙旅游公路全长18.6公里，路基宽度7.5米。\n三、资金\n项目总额约2.3亿元，其中上级补助1.1亿元。\n枫林县交通运输局\n2026年2月5日\n")},
				"yanglao.txt": {Data: []byte("枫林县白沙镇敬老院简介\n白沙镇敬老院2019年建成，设置床位86张，现入住特困供养人员64人。\n护理人员每人月报酬3200元。\n白沙镇人民政府\n2026年4月12日\n")},
			},
			asks: []review45Ask{
				{"found", "门面租金多少", ""},
				{"found", "青溪至白沙旅游公路里程多少", ""},
				{"found", "敬老院护理人员工资多少", "3200元"},
			},
		},
		{
			docs: fstest.MapFS{
				"wenda.txt": {Data: []byte("枫林县民政局残疾人两项补贴政策问答\n1.问：两项补贴各部门怎么分工？答：分级负责。乡镇人民政府：负责受理申请和初审。县残联：负责残疾类别和等级审核。县民政局：负责审批和资金发放。\n2.问：政策有疑问找谁？答：就近咨询。村（社区）协理员负责解释政策、帮助填表；乡镇民政办负责受理咨询；县民政局负责复杂问题答复。\n3.问：补贴怎么发放？答：按季发放。发放时间：每季度末月20日前。发放方式：通过社会保障卡打卡发放。咨询电话：0731-5528866。\n4.问：申请要带什么材料？答：三类材料。身份材料：身份证、户口簿。残疾材料：第二代残疾人证。收入材料：家庭收入情况说明。\n本问答由枫林县民政局负责解释。\n")},
			},
			asks: []review45Ask{
				{"found", "两项补贴各部门怎么分工", "乡镇人民政府：负责受理申请和初审"},
			},
		},
	} {
		eng := &answer.Engine{Index: bundledWith(t, c.docs)}
		for _, a := range c.asks {
			req := answer.Request{Q: a.q, Now: now}
			if a.kind == "refused" {
				wantRefused(t, eng, req, a.want)
				continue
			}
			if a.want == "" {
				wantFound(t, eng, req)
				continue
			}
			wantFound(t, eng, req, a.want)
		}
	}
}
