package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestReviewFindings30 pins what review 30 found in the list-kind, ruling
// and done-or-not mechanisms, each on the reviewer's own documents.
func TestReviewFindings30(t *testing.T) {
	docs := fstest.MapFS{
		"huiyi.txt":    {Data: []byte("崞阳县应急管理局关于敬老院消防安全检查情况的报告\n县人民政府：\n一、检查情况\n4月份，我局对全县敬老院开展了消防安全检查。城关敬老院消防设施已完成验收。\n南庄敬老院消防通道堵塞，已责令整改。\n二、存在的问题\n部分敬老院消防器材过期，值班人员未经培训，应急预案不完善。\n三、下一步工作\n我局将继续加强督查，对整改不到位的单位依法处罚。\n崞阳县应急管理局\n2026年5月6日\n")},
		"xuncha.txt":   {Data: []byte("崞阳县2026年河道巡查工作方案\n各乡镇人民政府，县直各有关单位：\n一、巡查范围\n本次巡查由县水利局牵头，县生态环境局、县农业农村局配合。\n巡查范围为全县主要河道，重点巡查望溪河沿岸的上垟村、下垟村、石笋村。\n二、参加人员\n巡查工作由县水利局副局长王建国带队，河道管理站技术人员参加。\n县级河长、乡级河长、村级河长均须参加巡查。\n三、巡查重点\n重点检查三个方面：一是河道采砂，二是违章建筑，三是污水直排。\n四、发现的问题\n巡查发现河道管理存在以下问题：部分河段垃圾堆积，个别村庄污水直排。\n做好河道保洁工作，做好汛期防范工作，加强宣传工作。\n五、经费保障\n巡查经费由县财政保障，不向乡镇收取费用。\n巡查车辆由县水利局统一调配，参加巡查的村级河长免费乘车。\n六、其他\n本方案经县政府同意印发。\n城关河段已完成巡查。各乡镇须于每月5日前上报巡查记录。\n崞阳县水利局\n2026年3月15日\n")},
		"gongyuan.txt": {Data: []byte("崞阳县望溪湿地公园管理办法\n第一条 为加强望溪湿地公园管理，制定本办法。\n第二条 湿地公园门票价格为每人20元，儿童门票半价。\n第三条 持湿地公园门票的游客可免费乘坐园内观光车。\n第四条 经县政府同意，湿地公园每年3月至11月开放。\n第五条 公园内的停车场对游客开放，收费标准按县发改局核定执行。\n第六条 湿地公园保护范围内的林地经营收入纳入县财政预算管理，园内商铺租金收入不纳入公园运营收入。\n崞阳县林业局\n2026年2月1日\n")},
		"gaice.txt":    {Data: []byte("崞阳县2026年农村改厕工作进展情况\n一、总体进展\n今年全县计划改厕800户。截至5月底，上垟村、下垟村已完成改厕任务，石笋村正在施工。\n改厕物资采购已基本完成，技术培训全部完成。\n二、养老驿站\n今年新建社区养老驿站3个，东关社区建成驿站2个，西关社区建成1个。\n社区养老驿站试点工作在经济开发区、高新区同步推进。\n三、下一步工作\n加大督查力度，确保年底前全面完成改厕任务。\n崞阳县农业农村局\n2026年6月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	checkAnswers(t, eng, time.Time{}, []answerCase{
		// 1: the next sentence added to a yes-or-no answer is on its line.
		{q: "南庄敬老院整改了没", want: []string{"已责令整改"}, not: []string{"消防器材过期"}},
		// 4: a list of the kind asked (社区) first, not of another (开发区).
		{q: "养老驿站建在哪些社区", first: "东关社区"},
		// 5: 免费 of another thing is no ruling on the ticket.
		{q: "湿地公园冬天开不开", not: []string{"免费乘坐"}},
	})
}
