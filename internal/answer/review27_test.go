package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Review 27's findings, each on the reviewer's own corpus.
func TestReviewFindings27(t *testing.T) {
	docs := fstest.MapFS{
		"zongjie25.txt": {Data: []byte("芸川县民政局2025年工作总结\n一、社会救助\n全年发放城乡低保金3460万元，比上年增长10.9%。城市低保标准调整为每人每月760元，比上年提高40元。全年实施临时救助2130人次。\n二、基层政权建设\n全年公开招聘社区工作者56名，比上年增加14名。\n三、养老服务\n新建农村互助养老服务点21个，养老服务补贴覆盖率达到百分之八十五。\n芸川县民政局\n2026年1月12日\n")},
		"zongjie24.txt": {Data: []byte("芸川县民政局2024年工作总结\n一、社会救助\n全年发放城乡低保金3120万元，城市低保标准调整为每人每月720元。全年实施临时救助1860人次。\n二、基层政权建设\n全年公开招聘社区工作者42名，充实到18个社区。\n三、养老服务\n新建农村互助养老服务点15个。\n芸川县民政局\n2025年1月9日\n")},
		"xiaozu.txt":    {Data: []byte("芸川县人民政府办公室关于成立芸川县爱国卫生运动委员会的通知\n各乡镇人民政府，县直各单位:\n为加强爱国卫生工作，县政府决定成立芸川县爱国卫生运动委员会，组成人员如下:\n主  任:韦嘉澍（副县长）\n副主任:康永平（县卫生健康局局长）\n成  员:权晓东（县市场监督管理局局长）、宗立伟（县民族宗教事务局局长）\n委员会办公室设在县卫生健康局，负责日常工作。\n县卫生健康局负责统筹全县病媒生物防制和健康教育工作。\n县文化和旅游局负责旅游景区环境卫生整治工作。\n芸川县人民政府办公室\n2026年2月3日\n")},
		"jiuzhu.txt":    {Data: []byte("芸川县城乡居民临时救助实施办法\n第一条 为进一步做好临时救助工作，保障困难群众基本生活，制定本办法。\n第二条 临时救助对象包括急难型救助对象和支出型救助对象。\n第三条 临时救助标准按照城市低保标准的2至6倍确定，一次性救助金额一般不超过6000元。\n第四条 申请人可向户籍所在地乡镇人民政府（街道办事处）提出申请，也可通过“芸川民政”小程序线上申请。\n第五条 乡镇人民政府应当在受理申请之日起10个工作日内完成审核。\n第六条 救助金自审批之日起5个工作日内发放到位。\n第七条 本办法由县民政局负责解释。\n第八条 本办法自2025年3月1日起施行。\n芸川县人民政府办公室\n2025年2月10日\n")},
		"fengong.txt":   {Data: []byte("芸川县民政局关于调整局领导班子成员分工的通知\n局机关各股室、局属各单位:\n根据工作需要，现将局领导班子成员分工调整如下:\n一、局长林志远\n主持局全面工作，分管办公室、财务股。\n二、覃慕兰（党组成员、副局长）\n分管社会救助股、社会事务股，联系城关镇、枫岭镇。\n三、游建国（副局长）\n分管养老服务股、儿童福利股，联系石岭镇。\n四、关晓梅（四级调研员）\n协助分管社会组织股。\n五、县水利局（县河长制办公室）局长由韦嘉澍兼任，负责协调防汛抗旱工作。\n六、县社会救助领导小组（组长：覃慕兰）负责统筹全县社会救助工作。\n芸川县民政局\n2026年1月10日\n")},
		"jianfang.txt":  {Data: []byte("芸川县农村村民住房建设管理办法\n第一条 为规范农村村民住房建设，制定本办法。\n第二条 农村村民新建、改建、扩建住宅，应当向乡镇人民政府提出申请，经审批后方可开工。\n第三条 房屋修缮不改变主体结构、不增加面积的，无需审批，报村民委员会备案即可。\n第四条 易地扶贫搬迁安置住房由县乡村振兴局统一组织建设。\n第五条 本办法自2024年6月1日起施行。\n芸川县人民政府\n2024年5月10日\n")},
		"zhoubao.txt":   {Data: []byte("芸川县民政局2024年第10周工作安排\n一、会议安排\n本周三召开全县养老服务推进会，局班子成员参加。\n二、重点工作\n本周内完成低保年审数据上报。\n芸川县民政局办公室\n2024年3月4日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	ask := func(q string, now time.Time) string {
		t.Helper()
		r, err := eng.Ask(context.Background(), answer.Request{Q: q, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		return r.Answer
	}
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	end25 := time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		q       string
		now     time.Time
		want    string
		notWant string
		finding string
	}{
		// 1: a year compared with is no part's own.
		{"2025年城市低保标准多少 比2024年提高了多少", now, "比上年提高40元", "", "1"},
		{"今年低保金发了多少 较去年增长多少", end25, "10.9%", "", "1"},
		// 2: 健康局 is an office, not 康 + 局长; 林局 names 林志远.
		{"县卫生健康局负责什么工作", now, "病媒生物防制", "", "2"},
		{"林局分管什么", now, "财务股", "", "8"},
		// 3: 小组长 is no surname 小 and a 组长.
		{"村民小组长一个月补贴多少", now, "", "村民小组一个月", "3"},
		// 4: a thing the document does not write has no 施行 date.
		{"临时救助实施办法里一站式结算啥时候生效", now, "", "起施行", "4"},
		// 5: 修房子 is not only 房屋修缮; 这礼拜 is not an old week's 本周.
		{"农村修房子要审批吗", now, "经审批后方可开工", "", "5"},
		{"这礼拜要开什么会", now, "", "养老服务推进会", "5"},
		// 7: 多大 inside 很多大学生 asks nothing.
		{"很多大学生毕业回乡 能领什么补贴", now, "", "关于“很多大学生", "7"},
	} {
		a := ask(c.q, c.now)
		if c.want != "" && !strings.Contains(a, c.want) {
			t.Errorf("finding %s, %s: want %q: %s", c.finding, c.q, c.want, a)
		}
		if c.notWant != "" && strings.Contains(a, c.notWant) {
			t.Errorf("finding %s, %s: not %q: %s", c.finding, c.q, c.notWant, a)
		}
	}
}
