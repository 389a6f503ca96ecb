package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A report written as blocks of fields — 问题N: then 整改措施/整改时限/责任
// 单位/整改进展 lines — answers a question from the field that fits it,
// the block's item being the field's subject.
func TestFieldLines(t *testing.T) {
	docs := fstest.MapFS{"zg.txt": {Data: []byte("柳河区关于巡察反馈问题整改情况的报告\n一、总体情况\n巡察反馈问题共9个,截至2025年8月底已完成整改7个,持续推进2个。\n二、问题整改情况\n" +
		"问题1:社区养老服务站运营不规范。全区12个站点中有5个长期闭门。\n整改措施:引入第三方专业机构运营,建立月度巡查制度。\n整改时限:2025年9月底前\n责任单位:区民政局、各街道办事处\n整改进展:已完成。12个站点已全部恢复运营,月均服务老年人3000人次。\n" +
		"问题2:农村公路养护资金拨付滞后。2023年应拨付的养护资金860万元未及时到位。\n整改措施:建立资金拨付台账,按季度拨付。\n整改时限:2026年6月底前\n责任单位:区交通运输局、区财政局\n整改进展:持续推进。已拨付养护资金520万元,剩余340万元纳入年度预算。\n")}}
	eng := engineOver(t, docs)
	for _, tc := range []struct{ q, want string }{
		{"养老服务站那个问题整改期限到什么时候", "2025年9月底前"},
		{"养老服务站关门的问题现在解决了吗", "全部恢复运营"},
		{"公路养护资金那个问题还剩多少没拨", "340万元"},
		{"巡察反馈的问题改完了几个", "7个"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
	}
}

// A sentence that points back ("该项工作于…完成") is of the item it follows
// when it states what is asked; one that states nothing is no answer.
func TestAnaphorSubject(t *testing.T) {
	docs := fstest.MapFS{"fa.txt": {Data: []byte("柳河区养老机构安全隐患整治工作方案\n一、工作步骤\n1.全面摸排。各街道对辖区内养老机构逐一登记造册,建立隐患台账。该项工作于2025年5月底前完成。\n2.集中整治。对排查出的隐患逐项销号,重大隐患挂牌督办。此项工作于2025年10月底前完成。\n二、工作要求\n各街道要明确专人负责,上述情况要及时报区民政局。\n")}}
	eng := engineOver(t, docs)
	for _, tc := range []struct{ q, want string }{
		{"养老机构摸排要在什么时候前弄完", "2025年5月底前"},
		{"隐患集中整治的截止时间", "2025年10月底前"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
	}
}

// "其中,…" breaks down what the sentence before it counts: it is read with
// that sentence's subject.
func TestOfWhich(t *testing.T) {
	docs := fstest.MapFS{
		"tb.txt": {Data: []byte("柳河市司法局关于2024年度行政执法案卷评查情况的通报\n一、评查基本情况\n本次评查结果显示,全市案卷平均得分86.4分,较上年度提高2.7分。其中,优秀案卷79卷,占21.9%;合格案卷258卷。\n")},
		"xj.txt": {Data: []byte("柳河县司法局2024年工作总结\n一、主要工作\n组织开展全县行政执法案卷评查,共抽查案卷320卷,评出优秀案卷41卷。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "全市评上优秀的案卷多少卷"}, "79卷")
}
