package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestOwnHeadOfAnyGenre: what a document says of itself — its title, who
// gave it, which unit made it, when it was signed — is read from where any
// genre writes it: a report given in person heads itself like a speech; a
// unit within the office signs a quiz; a seal's note stands between the
// office and the date; a guide names its issuer in a head field. Each
// question is a paraphrase none of the rules was written from (the fresh28
// and fresh29 tune questions were 述法/测试题/答复书/婚登须知).
func TestOwnHeadOfAnyGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"shuzhi.txt": {Data: []byte("2025年度述职述廉报告\n\n磐溪县民政局党组成员、副局长　伍立衡\n（2026年1月12日）\n\n一、履职情况\n全年牵头办理人大代表建议6件，均按期办结。\n二、廉洁自律情况\n严格执行中央八项规定精神。\n")},
		"kaoshi.txt": {Data: []byte("磐溪县民政局2025年度业务知识\n竞赛试题及参考答案\n\n说明：\n1.竞赛时间：2025年11月20日，共60分钟。\n2.本次竞赛由局社会事务股组织。\n\n一、单项选择题\n1.民政部门主管的社会组织登记工作属于（　）。\nA.行政许可　B.行政处罚\n\n磐溪县民政局社会事务股\n2025年11月5日\n")},
		"dafu.txt":   {Data: []byte("磐溪县民政局\n政府信息公开申请答复书\n\n磐民依复〔2026〕第9号\n\n韩明远：\n本机关于2026年2月3日收到您的政府信息公开申请。现答复如下：\n您申请的2025年度临时救助资金支出总额为312.6万元。\n联系人：严秋雁\n联系电话：0599-6612345\n通讯地址：磐溪县城关镇府前路1号\n附件：1.临时救助资金分乡镇支出表\n      2.临时救助审批流程图\n      3.申请表填写说明\n\n磐溪县民政局\n（政府信息公开专用章）\n2026年2月25日\n\n附件1\n临时救助资金分乡镇支出表\n城关镇  120.5\n河口镇  98.3\n2026年2月20日\n")},
		"xieyi.txt":  {Data: []byte("磐溪县人民政府　磐州职业技术学院\n校地战略合作协议\n\n甲方：磐溪县人民政府\n乙方：磐州职业技术学院\n第一条 乙方每年为甲方培训基层干部200人次。\n第二条 甲方所辖河湾村征地区片综合地价为每亩5.2万元，乙方实训基地用地按此计价。\n甲方：磐溪县人民政府（盖章）\n乙方：磐州职业技术学院（盖章）\n签订日期：2025年10月9日\n签订地点：磐溪县人民政府\n")},
		"xuzhi.txt":  {Data: []byte("磐溪县殡仪馆殡葬服务办事须知\n\n发布单位：磐溪县民政局\n发布日期：2026年4月1日\n\n一、服务时间\n殡仪馆24小时接运遗体，业务窗口每日8:00—17:30办理。\n二、收费\n基本殡葬服务费用全免。\n本须知由磐溪县民政局负责解释。\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		// The title asked of a document named loosely, over two lines.
		{q: "竞赛试题的标题是什么", want: []string{"竞赛试题及参考答案"}},
		{q: "述职述廉报告标题叫啥", want: []string{"2025年度述职述廉报告"}},
		// Who gave a report given in person: the post and name under its title.
		{q: "这份述职报告是谁述的", want: []string{"伍立衡", "副局长"}},
		{q: "述职述廉报告是谁做的", want: []string{"伍立衡"}},
		{q: "伍局长的述职报告是哪天的", want: []string{"2026年1月12日"}},
		// An agreement is dated by its signing.
		{q: "战略合作协议是哪天签的", want: []string{"2025年10月9日"}},
		// 村区片 is no place the corpus lacks (the text writes 河湾村 and
		// 区片 apart).
		{q: "河湾村区片综合地价一亩多少钱", want: []string{"5.2万元"}},
		// A unit within the office signs: it made the document.
		{q: "竞赛试题是哪个单位出的", want: []string{"磐溪县民政局社会事务股"}},
		// A seal's note between office and date; the annex's own date
		// after it is not the document's.
		{q: "答复书落款是哪天", want: []string{"2026年2月25日"}},
		// A head field names the issuer.
		{q: "殡葬办事须知是哪个部门发的", want: []string{"磐溪县民政局"}},
		// A list begun after a label goes on below it.
		{q: "答复书附件有哪几个", want: []string{"分乡镇支出表", "审批流程图", "填写说明"}},
		// A field picked brings the fields beside it the question asks too.
		{q: "答复书上写的联系人跟联系电话多少", want: []string{"严秋雁", "0599-6612345"}, not: []string{"府前路"}},
	})
}
