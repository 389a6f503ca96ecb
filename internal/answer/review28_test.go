package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestReviewFindings28 pins what review 28 found in the nineteenth
// session's post, outcome and office mechanisms, each on the reviewer's
// own documents.
func TestReviewFindings28(t *testing.T) {
	docs := fstest.MapFS{
		"renmian1.txt": {Data: []byte("崞阳县人民政府关于张立新等同志职务任免的通知\n各乡镇人民政府，县政府各部门：\n经县人民政府研究决定：\n一、任命\n1.张立新为县民政局副局长；\n2.王秀兰为县儿童福利院院长；\n3.李建国同志为县社会福利院副院长（兼）；\n4.陈晓东兼任县社会救助综合服务中心主任；\n5.经研究，由刘海峰任县殡仪馆馆长；\n二、免去\n6.赵国庆的县社会福利院院长职务；\n三、新任职人员情况表\n序号|姓名|性别|新任职务\n1|周明|男|县民政局社会救助股股长\n2|吴丽|女|县民政局办公室主任\n崞阳县人民政府\n2026年3月18日\n")},
		"fpy_zwzx.txt": {Data: []byte("芃塬县政务服务中心关于2026年一季度窗口好差评情况的通报\n各进驻单位：\n一、总体情况\n一季度，中心共收到好差评数据12860条，好评率99.2%。\n二、各窗口情况\n县民政局窗口收到评价1120条，好评率98.1%，差评3条。\n县人力资源和社会保障局窗口收到评价2310条，好评率99.5%。\n县医保局窗口收到评价1980条，好评率99.0%。\n芃塬县政务服务中心\n2026年4月6日\n")},
		"gy_mzj.txt":   {Data: []byte("崞阳县民政局2025年工作总结\n一、主要工作\n全年发放城乡低保金4286万元，保障对象1.2万人。\n新建村级幸福食堂12个，为老年人提供助餐服务。\n二、存在问题\n部分乡镇低保动态管理不及时。\n崞阳县民政局\n2026年1月6日\n")},
		"sj_zwzx.txt":  {Data: []byte("榆川市政务服务中心关于2026年一季度市直窗口服务质量的通报\n市直各进驻单位：\n一、总体情况\n一季度，市直窗口共办件8.6万件。\n二、各单位窗口情况\n市民政局窗口好评率97.5%，群众评价满意度排名第5。\n市人力资源和社会保障局窗口好评率99.1%。\n三、存在问题\n市民政局窗口存在业务咨询电话无人接听情况。\n榆川市政务服务中心\n2026年4月3日\n")},
		"zhihui.txt":   {Data: []byte("崞阳县民政局关于成立冬春救助工作专班的通知\n局属各单位：\n为做好冬春救助工作，决定成立工作专班。\n组长为局党组书记、局长，副组长为分管副局长。\n专班成员由各股室负责人组成。\n专班办公室设在社会救助股，主任由社会救助股股长兼任。\n二、工作要求\n各成员要按时参加专班会议。\n崞阳县民政局\n2026年11月2日\n")},
		"jianli.txt":   {Data: []byte("崞阳县社会福利院基本情况介绍\n一、基本情况\n县社会福利院始建于1986年，现有床位220张，在院老人168人。\n二、领导班子\n院　长：马俊峰\n副院长：杨桂英　何东\n三、内设机构\n院内设护理部、后勤部、医务室。护理部主任 曹敏。\n")},
		"cun.txt":      {Data: []byte("崞阳县城关镇关于公布各村“两委”主要负责人名单的通知\n各村：\n一、东关村\n东关村党支部书记、村委会主任：韩永刚，联系电话13903501234。\n二、西关村\n西关村党支部书记：贾志远；村委会主任：石玉兰。\n三、北关村包村干部\n北关村由副镇长郑爽包村。\n崞阳县城关镇人民政府\n2026年2月1日\n")},
		"renmian2.txt": {Data: []byte("崞阳县民政局关于任命何玉林同志职务的通知\n局属各单位：\n经局党组研究决定：\n何玉林为县救助管理站站长（试用期一年）。\n崞阳县民政局\n2026年4月8日\n")},
		"zhenggai.txt": {Data: []byte("崞阳县民政局关于县委第三巡察组反馈意见整改情况的报告\n县委巡察办：\n一、整改落实情况\n（一）关于养老机构消防安全隐患问题。巡察反馈部分养老机构消防设施老化。我局已投入资金86万元更换消防设施12处。（二）关于临时救助审批不规范问题。巡察发现部分乡镇临时救助先发放后审批。我局已对相关乡镇负责人进行约谈。（三）关于社会组织年检率偏低问题。2025年社会组织年检率为71%。\n二、下一步打算\n继续巩固整改成果。\n崞阳县民政局\n2026年3月20日\n")},
		"rx.txt":       {Data: []byte("崞阳县民政局关于2026年一季度12345热线工单办理情况的通报\n各股室：\n一、典型工单\n3月5日，群众反映城关镇敬老院伙食差。经调查，敬老院负责人表示“已更换厨师。”局社会事务股于3月10日进行回访，群众表示满意。\n4月1日，群众反映婚姻登记处周六不办公。  经核实，情况属实。\n二、下一步\n加强督办。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		q       string
		want    []string // each in the answer, which is found
		not     []string // none in the answer
		refused bool
	}{
		// 1: another county's, or the city's, 民政局 is not 崞阳县's.
		{q: "崞阳县民政局窗口好评率多少", refused: true},
		{q: "崞阳县民政局满意度排名第几", refused: true},
		// 2: posts alone name no one.
		{q: "冬春救助专班组长叫什么名字", refused: true},
		// 3: 村长 is the 村委会主任; 正副站长 asks the 站长 too.
		{q: "东关村村长是谁", want: []string{"韩永刚"}},
		{q: "救助管理站正副站长是谁", want: []string{"何玉林"}},
		// 4: who is asked before the post, or as 是哪个.
		{q: "谁是救助管理站副站长", refused: true},
		{q: "救助管理站副站长是哪个", refused: true},
		// 5: the appointments after the one asked are other posts'.
		{q: "儿童福利院院长叫啥", want: []string{"王秀兰"}, not: []string{"李建国", "陈晓东", "刘海峰"}},
		// 6, 11: an account stops at the next case, and keeps its quote.
		{q: "养老机构消防隐患巡察后咋整改的", want: []string{"86万元"}, not: []string{"临时救助"}},
		{q: "敬老院伙食差那个工单后来咋处理的", want: []string{"已更换厨师。”", "群众表示满意"}},
		// 7: how to do a thing is no outcome asked.
		{q: "临时救助审批怎么弄", not: []string{"约谈"}},
	} {
		r, err := eng.Ask(t.Context(), answer.Request{Q: c.q, Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if c.refused && r.Found {
			t.Errorf("%s: want a refusal: %s", c.q, r.Answer)
		}
		for _, w := range c.want {
			if !r.Found || !strings.Contains(r.Answer, w) {
				t.Errorf("%s: want %q: %s", c.q, w, r.Answer)
			}
		}
		for _, w := range c.not {
			if strings.Contains(r.Answer, w) {
				t.Errorf("%s: want no %q: %s", c.q, w, r.Answer)
			}
		}
	}
}
