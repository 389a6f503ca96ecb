package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Review 26's findings, each on the reviewer's own corpus.
func TestReviewFindings26(t *testing.T) {
	docs := fstest.MapFS{
		"a1_qingkuang.txt": {Data: []byte("蓼川县民政局2026年上半年工作情况\n一、社会救助\n上半年，全县累计发放城乡低保金2860万元，保障低保对象1.12万人。\n二、养老服务\n新建老年助餐点12个，累计服务老年人4.6万人次。\n三、下一步打算\n下半年将继续推进居家养老服务中心建设。\n蓼川县民政局\n2026年7月5日\n")},
		"a2_tongzhi.txt":   {Data: []byte("蓼川县民政局关于报送2026年上半年工作情况的通知\n局机关各股室、各乡镇民政办：\n为做好半年工作总结，现将有关事项通知如下：\n一、各股室、各乡镇民政办于2026年6月25日前将上半年工作情况报局办公室，逾期未报的在全局通报。\n二、材料须经单位主要负责人审核签字，并同时报送电子版。\n三、联系人：覃晓兰，电话0917-6621035。\n蓼川县民政局\n2026年6月10日\n")},
		"a3_kaohe.txt":     {Data: []byte("蓼川县民政局机关股室年度工作考核办法\n第一条 为规范机关股室年度工作考核，制定本办法。\n第二条 考核实行百分制，其中重点工作占60分，日常工作占30分，群众评议占10分。\n第三条 承办事项超期未办结的，承办股室须书面提交情况说明，每件扣2分。\n第四条 考核结果分为优秀、合格、基本合格、不合格四个等次，得分90分以上的为优秀。\n第五条 本办法自2026年1月1日起施行。\n")},
		"a5_jiangyu.txt":   {Data: []byte("芄塘镇人民政府关于“7·3”强降雨防御工作情况的报告\n县人民政府:\n一、响应启动情况\n镇防汛抗旱指挥部于7月3日14时启动防汛Ⅳ级应急响应，7月4日9时提升至Ⅲ级；7月6日17时降为Ⅳ级，7月8日12时解除。\n二、转移安置情况\n共转移群众312人，其中集中安置87人；全镇共发放救灾帐篷40顶，投入抢险资金56万元，累计损毁道路3.2公里。\n三、灾情损失\n一是农作物受灾面积1860亩，其中绝收210亩；二是倒塌房屋6间，严重损坏房屋14间；三是直接经济损失约1320万元。\n芄塘镇人民政府\n2026年7月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	ask := func(q string, now time.Time) string { t.Helper(); return answerTo(t, eng, q, now) }
	// 1, 6: an office after a place that a level word follows (县市场…,
	// 市乡村…, 市镇雄县) and a county named …全县 are still offices the
	// documents lack.
	for q, want := range map[string]string{
		"蕉岭县市场监督管理局上半年低保金发了多少": "资料中没有蕉岭县市场监督管理局",
		"韶关市乡村振兴局上半年低保金发了多少":   "资料中没有韶关市乡村振兴局",
		"万全县民政局上半年低保金发了多少":     "资料中没有万全县民政局",
	} {
		if a := ask(q, time.Time{}); !strings.Contains(a, want) {
			t.Errorf("%s: want %q: %s", q, want, a)
		}
	}
	// 2: a run longer than a title's last word names the titles that
	// write it alike, the 通知 that asks for the 工作情况 too.
	if a := ask("上半年工作情况什么时候报", time.Time{}); !strings.Contains(a, "6月25日前") {
		t.Errorf("the notice's deadline: %s", a)
	}
	// 3: a sentence is shown once, whichever of its units comes first.
	if a := ask("芄塘损毁道路多少公里 转移了多少群众", time.Time{}); strings.Count(a, "累计损毁道路3.2公里") != 1 {
		t.Errorf("the sentence is not shown once: %s", a)
	}
	// 4: a year after all the question asks is every part's; a part
	// whose year no document is of says so.
	now := time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)
	if a := ask("芄塘转移了多少群众 集中安置了多少 都是去年的", now); !strings.HasPrefix(a, "资料中没有") {
		t.Errorf("a year of every part: %s", a)
	}
	if a := ask("芄塘转移了多少群众 去年一共转移了多少", now); !strings.Contains(a, "312人") || !strings.Contains(a, "资料中没有芄塘镇人民政府2025年度") {
		t.Errorf("a part's year no document is of: %s", a)
	}
}
