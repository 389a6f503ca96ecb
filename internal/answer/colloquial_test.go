package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Staff say it in speech (发大水, 钱没到); 公文 write it in officialese
// (洪涝灾害, 资金未到位): the wider colloquial list rewrites the question
// into the documents' words where they write only those.
func TestColloquialWordsInDocumentsWords(t *testing.T) {
	docs := fstest.MapFS{
		"zaiqing.txt": {Data: []byte("柳河县民政局关于2025年救灾工作情况的报告\n一、灾情概况\n2025年7月,全县遭受特大洪涝灾害,紧急转移安置受灾群众3260人。\n二、救助工作\n下拨县级救灾资金450万元。截至12月底,市级救灾资金尚未到位。\n三、存在问题\n部分乡镇救灾物资储备不足。\n柳河县民政局\n2026年1月10日\n")},
		"other.txt":   {Data: []byte("柳河县民政局2025年工作总结\n一、社会救助\n全年转移安置流浪乞讨人员126人,其中送医救治17人。\n二、养老服务\n新建幸福院8所。\n")},
	}
	eng := engineOver(t, docs)
	if r := wantFound(t, eng, answer.Request{Q: "去年发大水转移了多少人"}, "3260人"); strings.Contains(r.Answer, "126人") {
		t.Errorf("the year's 流浪乞讨 figure answers for the flood:\n%s", r.Answer)
	}
}

// Staff name papers and things as they call them (房产证); 公文 write
// 不动产权证书 (the third colloquial list, of nouns).
func TestColloquialNounsInDocumentsWords(t *testing.T) {
	docs := fstest.MapFS{
		"hecha.txt": {Data: []byte("柳河县最低生活保障家庭财产核查办法\n第五条 家庭成员名下有不动产权证书的,须提供不动产权证书复印件,由乡镇核实房屋面积。\n第六条 申请人须提供居民身份证复印件。\n柳河县民政局\n2026年1月5日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "有房产证的要交什么"}, "不动产权证书复印件")
}

// The fourth colloquial list, of events, money and people as staff say
// them: a fire is a 火灾 and a 车补 a 交通补贴 where the documents write
// only those.
func TestColloquialEventsAndAllowances(t *testing.T) {
	docs := fstest.MapFS{
		"tongbao.txt": {Data: []byte("芸川县应急管理局关于2025年度安全生产情况的通报\n一、总体情况\n全年全县共发生生产安全事故15起，发生火灾27起。\n二、下一步工作\n加强农村安全宣传。\n芸川县应急管理局\n2026年1月12日\n")},
		"guiding.txt": {Data: []byte("芸川县民政局机关津补贴发放办法\n第三条 通讯补贴每人每月300元。\n第四条 交通补贴按职级确定，副科级每人每月690元。\n芸川县民政局\n2026年2月1日\n")},
	}
	eng := engineOver(t, docs)
	if r := wantFound(t, eng, answer.Request{Q: "去年着火的有几起"}, "27起"); strings.Contains(r.Answer, "15起") && !strings.Contains(r.Answer, "火灾27起") {
		t.Errorf("the accidents' count for the fires:\n%s", r.Answer)
	}
	if r := wantFound(t, eng, answer.Request{Q: "车补一个月多少"}, "690元"); strings.Contains(r.Answer, "300元") {
		t.Errorf("the 通讯补贴 for the 车补:\n%s", r.Answer)
	}
}

// TestColloquialPlansAndChanges: 准备 is what documents write 计划, 调成
// 调整为, 降到 下降至 — "网格准备调成多少个" is not refused for words the
// report never writes.
func TestColloquialPlansAndChanges(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("柘岭街道2025年工作总结和2026年工作计划\n一、2025年工作总结\n全年调处矛盾纠纷312件，社区网格96个。\n二、2026年工作计划\n（一）优化网格设置，将社区网格由96个调整为104个，对全部专职网格员开展轮训。\n（二）PM2.5平均浓度下降至27微克/立方米。\n柘岭街道办事处\n2026年1月6日\n")},
		"tongzhi.txt": {Data: []byte("柘岭街道关于做好换届准备工作的通知\n各社区：\n请认真做好换届准备工作，准备好选民登记材料，准备工作于3月底前完成。\n各社区要提前准备会场，做好准备。\n柘岭街道办事处\n2026年2月1日\n")},
	})
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "柘岭今年网格准备调成多少个", Now: now}, "104个")
	wantFound(t, eng, answer.Request{Q: "柘岭PM2.5今年目标降到多少", Now: now}, "27微克")
}
