package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A question that gives its case's figure ("一笔八万的开销") asks of the
// band of a rule that holds it: bands written with "（含）" are bands, the
// figure may be typed in characters, and another document's sentence that
// shares only the other words (a 台账's quarterly 支出) does not stand beside
// the band as a second answer.
func TestCaseFigureFindsItsBand(t *testing.T) {
	docs := fstest.MapFS{
		"neikong.txt":  {Data: []byte("崞阳县民政局财务管理办法\n第一章 支出审批\n第十条 支出事项实行分级审批，审批权限如下：\n（一）单笔支出3000元以下的，由股室负责人审批。\n（二）单笔支出3000元（含）至3万元的，报分管副局长审批。\n（三）单笔支出3万元（含）以上的，经局党组会议研究后由局长审批。\n第十一条 严禁化整为零规避审批。\n崞阳县民政局\n2025年3月1日\n")},
		"taizhang.txt": {Data: []byte("崞阳县民政局2025年公务用车运行台账\n一、季度汇总\n第二季度用车42次，燃油支出6320元，维修支出2800元。\n二、说明\n车辆均按规定登记。\n崞阳县民政局办公室\n2025年7月5日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for q, want := range map[string]string{
		"报一笔五万块的开销要谁点头":   "局党组会议",
		"支出一万二要哪个领导签":     "分管副局长",
		"有笔4万的支出 审批走什么流程": "局党组会议",
	} {
		r := wantFound(t, eng, answer.Request{Q: q}, want)
		if strings.Contains(r.Answer, "燃油支出") {
			t.Errorf("%s: the 台账 stands beside the band: %s", q, r.Answer)
		}
	}
}

// Two offices that band the same rule each answer for their own: neither
// band is set above the other, and both are said (review).
func TestCaseFigureInTwoOfficesBands(t *testing.T) {
	band := func(office, lead string) []byte {
		return []byte(office + "财务管理办法\n第一章 支出审批\n第十条 支出事项实行分级审批：\n（一）单笔支出3000元以下的，由股室负责人审批。\n（二）单笔支出3000元（含）至5万元的，报" + lead + "审批。\n（三）单笔支出5万元（含）以上的，经局党组会议研究后由局长审批。\n" + office + "\n2025年3月1日\n")
	}
	docs := fstest.MapFS{
		"a.txt": {Data: band("崞阳县民政局", "分管副局长")},
		"b.txt": {Data: band("甑山县民政局", "分管财务的副局长")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "一笔两万块的支出要谁批"}, "分管")
	if !strings.Contains(r.Answer, "崞阳") || !strings.Contains(r.Answer, "甑山") {
		t.Errorf("one office's band stands for both: %s", r.Answer)
	}
}

// A rule banded clause by clause in one sentence (…以上的，…；…至…的，…)
// is as banded as rows are, and of a score (分) as of a sum: "考评得了88分"
// is answered by the line of the bands, before the sentence beside it that
// shares as many of the question's words (the line is quoted whole, all
// its clauses in it). A sentence that only fits the case ("年满80周岁以上
// 的…均可申领") is no band, and is not raised beside the banded line.
func TestScoreFindsItsClause(t *testing.T) {
	docs := fstest.MapFS{
		"kaoping.txt": {Data: []byte("崞阳县社会工作服务站运营考评办法\n第六条 考评实行百分制，每半年考评一次，考评结果与运营奖补资金挂钩。\n第七条 考评得分95分（含）以上的，奖补资金全额拨付；85分（含）至95分的，奖补资金按90%拨付；低于85分的，奖补资金按70%拨付并约谈运营机构负责人。\n第八条 奖补资金于考评结束后30日内拨付。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "社工站半年考评得了88分 奖补资金怎么拨"}, "按90%拨付")
	if strings.Contains(r.Citations[0].Text, "百分制") {
		t.Errorf("the sentence beside the band answers first: %s", r.Answer)
	}
	docs = fstest.MapFS{
		"gaoling.txt": {Data: []byte("崞阳县高龄津贴发放管理办法\n\n第一条 为保障高龄老年人基本生活，制定本办法。\n第二条 凡具有本县户籍、年满80周岁以上的老年人，均可申领高龄津贴。\n第三条 高龄津贴标准为：80至89周岁每人每月100元；90至99周岁每人每月300元；100周岁以上每人每月500元。\n第四条 高龄津贴按月发放。\n第五条 年满80周岁以上、享受高龄津贴的失能老年人，可同时申请护理补贴。\n")},
	}
	eng = &answer.Engine{Index: bundledWith(t, docs)}
	r = wantFound(t, eng, answer.Request{Q: "92岁老人高龄津贴有啥规定"}, "每人每月300元")
	if !strings.Contains(r.Citations[0].Text, "90至99周岁") {
		t.Errorf("a sentence that only fits the case answers before the bands: %s", r.Answer)
	}
}
