package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestCaseInRange: a question that gives its own case's figure asks of
// the row whose range holds it — an age band of a 高龄津贴 table, the
// bracket of a 裁量基准 by what was gained — not of the rows beside it
// that share its words. Paraphrases none of the mechanism was written
// from (the fresh30 tune questions were of 民非 经营额 and 公开募捐).
func TestCaseInRange(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jintie.txt":  {Data: []byte("磐溪县高龄津贴发放办法\n\n一、发放对象\n具有本县户籍、年满80周岁的老年人。\n二、发放标准\n年龄段  每人每月标准  资金来源\n80—84周岁  50元  县级财政\n85—89周岁  100元  县级财政\n90—99周岁  300元  省、县财政各半\n100周岁以上  800元  省、县财政各半\n三、发放方式\n按月发放至本人社保卡。\n")},
		"jizhun.txt":  {Data: []byte("磐溪县民政局殡葬行政处罚裁量基准\n\n（一）未经批准擅自开展殡葬中介服务\n裁量阶次  违法情节  处罚标准\n轻微  违法所得在3000元以下，主动停止  责令改正，没收违法所得\n一般  违法所得超过3000元不超过2万元  责令改正，没收违法所得，并处5000元以上1万元以下罚款\n严重  违法所得超过2万元，或者造成恶劣影响  责令改正，没收违法所得，并处1万元以上3万元以下罚款\n")},
		"qianbao.txt": {Data: []byte("磐溪县民政局签报\n\n关于举办全县养老护理员技能培训班的请示\n\n一、培训安排\n培训4天，培训费、场地费等费用合计3.5万元，另需教材印制费0.6万元。\n二、经费来源\n从养老服务体系建设资金中列支。\n\n分管领导意见：\n同意，报局长审定。\n\n局长意见：\n同意。培训费等费用控制在3万元以内，教材由县老龄办统一提供。\n")},
		// Bands written as items of their own, and under an article's
		// lead-in (the shapes review 57's documents wrote).
		"jiuzhu.txt": {Data: []byte("磐溪县医疗救助实施细则\n\n三、住院救助\n救助对象住院费用经基本医保、大病保险报销后，政策范围内个人自付费用按以下标准救助：\n（一）自付费用1万元以下（含1万元）的，按70%给予救助，单次封顶5000元；\n（二）自付费用1万元以上至3万元（含3万元）的，按75%给予救助，单次封顶2万元；\n（三）自付费用超过3万元的，按80%给予救助，年度累计封顶6万元。\n四、罚则\n第七条　骗取医疗救助资金的，责令退回，并按下列标准处以罚款：\n（一）骗取金额不足2000元的，处骗取金额1倍的罚款；\n（二）骗取金额2000元以上不足1万元的，处骗取金额1倍以上2倍以下的罚款；\n（三）骗取金额1万元以上的，处骗取金额2倍以上3倍以下的罚款。\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "住院自己掏了2万，医疗救助能给多少", want: []string{"75%"}, not: []string{"80%", "按70%"}},
		{q: "骗取医疗救助8000元怎么处罚", want: []string{"1倍以上2倍以下"}, not: []string{"2倍以上3倍以下"}},
		{q: "我奶奶87岁了，每个月能领多少高龄津贴", want: []string{"100元"}, not: []string{"300元", "800元"}},
		{q: "93岁老人高龄津贴一个月多少钱", want: []string{"300元"}, not: []string{"100元", "800元"}},
		{q: "非法搞殡葬中介赚了1.2万块，按基准怎么罚", want: []string{"5000元以上1万元以下"}, not: []string{"1万元以上3万元以下"}},
		// A range the question asks of is no one case.
		{q: "90至99周岁的高龄津贴一个月多少钱", want: []string{"300元"}},
		// A bound the case exceeds, written where no band fits, answers.
		{q: "培训费3.5万局长批了没", want: []string{"3万元以内"}},
		// No figure of the case: the rows are asked as a whole.
		{q: "高龄津贴标准是多少", want: []string{"50元"}},
	})
}
