package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Review 25's findings on the seventeenth session's mechanisms.
func TestReviewFindings25(t *testing.T) {
	now := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	// "推选代表担任…" names no person: a 院长 asked is not answered by it.
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{"pinyong.txt": {Data: []byte("柳河县社会福利院编外人员管理办法\n第一条 为规范编外人员管理,制定本办法。\n第二条 院里根据工作需要,按程序聘用护理员、炊事员等编外人员。\n第三条 严格执行聘用人员的考核制度,考核不合格的予以解聘。\n第四条 推选代表担任民主监督员,每季度听取一次意见。\n第五条 本办法自2026年1月1日起施行。\n柳河县社会福利院\n2025年12月25日\n")}})}
	if r, err := eng.Ask(t.Context(), answer.Request{Q: "福利院院长叫什么名字", Now: now}); err != nil || (r.Found && strings.Contains(r.Answer, "推选代表")) {
		t.Errorf("推选代表 taken for a name: %v %+v", err, r)
	}
	// Lines under "参训人员：" are kinds of people, no head count.
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{"peixun.txt": {Data: []byte("柳河县民政局关于举办2026年社会救助经办人员业务培训班的通知\n各乡镇人民政府:\n为提高社会救助经办能力,县民政局决定举办2026年社会救助经办人员业务培训班。现将有关事项通知如下:\n参训人员:\n1.各乡镇分管社会救助工作的领导;\n2.各乡镇民政办社会救助经办人员;\n3.各村(社区)民政协理员。\n培训内容:\n1.最低生活保障政策解读;\n2.临时救助审核审批流程;\n3.社会救助信息系统操作。\n培训时间:2026年4月20日至21日。\n培训地点:县委党校报告厅。\n柳河县民政局\n2026年4月1日\n")}})}
	if r, err := eng.Ask(t.Context(), answer.Request{Q: "今年救助经办人员培训班参训的有多少人", Now: now}); err != nil || (r.Found && strings.Contains(r.Answer, "民政协理员")) {
		t.Errorf("the kinds of people listed answer how many: %v %+v", err, r)
	}
	// A 章程's own body short name names the 章程.
	eng = &answer.Engine{Index: bundledWith(t, fstest.MapFS{"zhangcheng.txt": {Data: []byte("柳河县养老服务行业协会章程\n第一章 总则\n第一条 本会名称:柳河县养老服务行业协会(以下简称县养老协会)。\n第二条 县养老协会是由全县养老服务机构自愿结成的非营利性社会组织。\n第二章 会员\n第八条 会员缴纳会费标准为每年500元。\n第三章 组织机构\n第十五条 理事会每届任期5年。\n第四章 附则\n第三十条 本章程经2025年11月8日会员大会表决通过。\n")}, "baogao.txt": {Data: []byte("柳河县民政局关于2025年社会组织年度检查情况的通报\n一、总体情况\n全县参加2025年度检查的社会组织共86家,合格78家。\n二、存在问题\n县养老协会、县书法家协会等3家社会团体未按章程规定按期换届;县养老协会会费收取标准为每年800元,与章程规定不一致。\n三、整改要求\n请相关社会组织于2026年6月底前完成整改。\n柳河县民政局\n2026年3月1日\n")}})}
	if r := wantFound(t, eng, answer.Request{Q: "县养老协会会费多少", Now: now}, "500元"); strings.Contains(r.Answer, "800元") {
		t.Errorf("the 通报 answers for the 章程 that names the body:\n%s", r.Answer)
	}
}
