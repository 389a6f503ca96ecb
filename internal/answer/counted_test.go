package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A title's list goes by the count of its items and a character of its
// genre: staff call the "主要职责、内设机构、人员编制和领导职数规定" the
// 四定, a word it never writes. The other document, which names the 四定
// only in passing, is not the one meant.
func TestCountedNameNamesTitle(t *testing.T) {
	docs := fstest.MapFS{
		"dingbian.txt": {Data: []byte("中共榆岭县委办公室 榆岭县人民政府办公室\n关于印发《榆岭县司法局主要职责、内设机构、人员编制和领导职数规定》的通知\n榆办发〔2025〕31号\n各乡镇党委和人民政府:\n第一条 县司法局设下列内设机构:办公室、法治督察股、行政复议股、普法与依法治理股。\n第二条 本规定由县委机构编制委员会办公室负责解释。\n中共榆岭县委办公室 榆岭县人民政府办公室\n2025年9月3日\n")},
		"taizhang.txt": {Data: []byte("榆岭县司法局2026年重点工作台账\n一、落实“四定”规定\n2026年3月底前完成股室调整,“四定”规定执行中的解释工作由局办公室负责。\n二、印发文件\n局里转发“四定”规定,文号为榆司发〔2026〕2号。\n榆岭县司法局\n2026年4月30日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	if r := wantFound(t, eng, answer.Request{Q: "四定规定文号多少"}, "榆办发〔2025〕31号"); strings.Contains(r.Answer, "榆司发") {
		t.Errorf("the 台账's number answers for the 四定 itself:\n%s", r.Answer)
	}
	if r := wantFound(t, eng, answer.Request{Q: "四定由哪个单位负责解释"}, "县委机构编制委员会办公室"); strings.Contains(r.Answer, "局办公室负责") {
		t.Errorf("the 台账 answers for the 四定 itself:\n%s", r.Answer)
	}
}

// A count that is a word of its own (第三方, 第三条, 三公) names no title
// whose list it could count (review 25): "第三方评估" is the 评估 report's,
// not the 安全、服务质量和消防检查 方案's; "第三条" is an article.
func TestCountedNameNotAWord(t *testing.T) {
	docs := fstest.MapFS{
		"fangan.txt": {Data: []byte("柳河县养老机构安全、服务质量和消防检查工作方案\n一、检查范围\n全县公办、民办养老机构共14家。\n二、检查内容\n(一)建筑安全;(二)服务质量;(三)消防设施。\n三、时间安排\n2026年4月1日至5月31日。\n四、工作要求\n检查发现问题的,限期30日内整改。\n柳河县民政局\n2026年3月15日\n")},
		"pinggu.txt": {Data: []byte("柳河县民政局关于2025年低保工作第三方评估情况的报告\n县人民政府:\n2025年10月,我局通过政府购买服务方式,委托广西正信社会工作评估中心开展低保工作第三方评估,评估费用8.5万元。\n一、评估结果\n随机抽查低保家庭600户,发现错保、漏保问题23户,已全部整改。\n二、下一步工作\n进一步加强动态管理。\n柳河县民政局\n2025年12月30日\n")},
		"tiaoli.txt": {Data: []byte("柳河县殡葬管理、公墓建设和骨灰安放条例\n第一条 为加强殡葬管理,推进殡葬改革,制定本条例。\n第二条 本县行政区域内的殡葬活动,适用本条例。\n第三条 县民政局主管全县殡葬管理工作。\n第四条 经营性公墓由县民政局审核,报市民政局批准。\n第五条 本条例自2026年5月1日起施行。\n")},
		"linshi.txt": {Data: []byte("柳河县临时救助实施办法\n第一条 为发挥临时救助救急难作用,制定本办法。\n第二条 临时救助对象包括急难型和支出型困难家庭。\n第三条 临时救助标准一般不超过当地月低保标准的6倍,特殊情况经集体研究可提高至12倍。\n第四条 乡镇人民政府可在审批额度内先行救助。\n第五条 本办法自2026年1月1日起施行。\n柳河县民政局\n2025年12月1日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "第三方评估发现多少户有问题"}, "23户")
	wantFound(t, eng, answer.Request{Q: "临时救助第三条怎么规定的"}, "6倍")
}
