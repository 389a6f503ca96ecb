package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// A post's holder is named by a sentence that writes that post: the
// 站长's appointment does not name the 副站长, a unit's phone line names
// no 股长, and a numbered appointment or a table's 姓名 cell names a
// person.
func TestPostHolderAsked(t *testing.T) {
	docs := fstest.MapFS{
		"renmian.txt": {Data: []byte("崞阳县人民政府关于何玉林等同志职务任免的通知\n各乡镇人民政府，县政府各部门：\n经县人民政府研究决定：\n一、任命\n3.何玉林为县救助管理站站长（试用期一年）；\n4.谷春燕为县殡仪馆馆长；\n二、新任职人员情况表\n序号|姓名|性别|新任职务\n1|鲁秋萍|女|县儿童福利院院长\n崞阳县人民政府\n2026年4月8日\n")},
		"zhinan.txt":  {Data: []byte("崞阳县临时救助办事指南\n一、办理机构\n崞阳县民政局社会事务股负责临时救助的审核审批，咨询电话：0735-6621408。\n二、办理时限\n自受理之日起10个工作日内办结。\n崞阳县民政局\n2026年3月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "救助管理站站长现在叫啥名字"}, "何玉林")
	wantFound(t, eng, answer.Request{Q: "儿童福利院院长是哪位"}, "鲁秋萍")
	wantRefused(t, eng, answer.Request{Q: "救助管理站副站长是谁"}, "the appointment names the 站长, not a 副站长")
	wantRefused(t, eng, answer.Request{Q: "社会事务股股长叫什么"}, "a phone line names no 股长")
}

// "会长是谁" is answered by who holds the post — named beside it, appointed
// to it (以…为组长, 由…任组长) — not by a sentence that only writes the post
// ("本会设会长1名") or what it does.
func TestPostHolderStated(t *testing.T) {
	docs := fstest.MapFS{
		"xiehui.txt":   {Data: []byte("崞阳县老年人协会章程\n第一章 总则\n第一条 本会名称为崞阳县老年人协会。\n第二章 组织机构\n第十二条 本会设会长1名，副会长2至3名，秘书长1名，任期4年。\n第十三条 会长行使下列职权：召集和主持理事会；检查会员代表大会决议的落实情况；代表本会签署重要文件。\n崞阳县老年人协会\n2026年3月1日\n")},
		"zhuanban.txt": {Data: []byte("崞阳县民政局关于成立养老机构安全整治工作专班的通知\n各乡镇民政办：\n为抓好养老机构安全整治，经局党组研究，成立以局党组书记、局长晏秋池为组长的工作专班，副局长单楚为副组长，成员由各股室负责人组成。\n专班办公室设在养老服务股。\n崞阳县民政局\n2026年4月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "老年人协会现在的会长是哪位"}, "the charter writes the post, never who holds it")
	wantFound(t, eng, answer.Request{Q: "养老机构安全整治专班组长是谁"}, "晏秋池")
}

// "法人代表叫啥" asks a person's name: a sentence that names the company
// and no one answers nothing; a 法定代表人 line with a name does.
func TestRepresentativeNameAsked(t *testing.T) {
	docs := fstest.MapFS{
		"hetong.txt": {Data: []byte("崞阳县民政局关于与瑞福康养服务有限公司签订居家养老服务合同的情况说明\n县财政局：\n我局与瑞福康养服务有限公司于2026年3月签订居家养老服务合同，服务期限一年，合同金额48万元。\n崞阳县民政局\n2026年4月1日\n")},
		"dengji.txt": {Data: []byte("崞阳县慈善协会登记信息\n名称：崞阳县慈善协会\n法定代表人：邝立新\n住所：崞阳县城关镇府前街8号\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "瑞福康养公司的法人代表叫啥"}, "the contract note names the company, not its representative")
	// Review 39: a 法定代表人 line names one.
	wantFound(t, eng, answer.Request{Q: "慈善协会法人代表叫啥"}, "邝立新")
}

// "是谁作的汇报" asks who did a thing: a line that names a person ("汇报
// 人：…单楚") answers it, not one that only speaks of the act ("以上汇
// 报…请批评指正").
func TestAgentAsked(t *testing.T) {
	docs := fstest.MapFS{
		"huibao.txt": {Data: []byte("崞阳县民政局关于冬季走访慰问工作的汇报\n尊敬的各位领导：\n今冬全县共走访慰问困难群众320户，发放慰问金16万元。\n以上汇报，如有不妥，请批评指正。\n汇报人：崞阳县民政局副局长 单楚\n2026年1月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "冬季走访慰问那个汇报是谁作的"}, "单楚")
}

// A 公文 withholds a name as surname and 某 ("村民冼某某"): who did a
// thing is answered by the sentence that names the doer beside the act
// ("该横幅由冼某某…悬挂"), not by one naming a body for another act
// ("网信办监测发现那条横幅的照片").
func TestAgentAnonymized(t *testing.T) {
	docs := fstest.MapFS{
		"qingkuang.txt": {Data: []byte("崞阳县民政局关于一条横幅的情况报告\n县委网信办：\n5月6日9时，县委网信办监测发现那条横幅的照片在本地微信群传播。\n经核查，该横幅由石桥村村民冼某某于5月5日悬挂，内容与实际情况基本相符。\n崞阳县民政局\n2026年5月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "那条横幅是谁挂的"}, "冼某某")
}

// A demonstrative leaves the topic, not a word its classifier begins:
// "这名单上有多少人" asks of 名单, "那项目谁建设" of 项目 (review 40).
func TestPointerKeepsWord(t *testing.T) {
	docs := fstest.MapFS{
		"gongshi.txt": {Data: []byte("崞阳县民政局关于2026年度优秀社会工作者的公示\n各乡镇民政办：\n经评审，拟表彰名单共列优秀社会工作者12人，现予公示。\n鼋湾镇养老服务中心项目由县城市建设投资有限公司建设，年内竣工。\n崞阳县民政局\n2026年11月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "这名单上有多少人"}, "12人")
	wantFound(t, eng, answer.Request{Q: "那项目谁建设"}, "城市建设投资有限公司")
}

// A later part that names its own office or place ("石桥镇归哪个县领导联
// 系") is asked as written when the first part's subject, lent to it,
// finds nothing: the 分工 names the leader, not the 请示 of the first.
func TestPartNamesOwnSubject(t *testing.T) {
	docs := fstest.MapFS{
		"qingshi.txt": {Data: []byte("崞阳县民政局关于申请石桥镇敬老院维修资金的请示\n县人民政府：\n石桥镇敬老院屋面漏水严重，维修需资金46.5万元，恳请予以支持。\n崞阳县民政局\n2026年5月6日\n")},
		"fengong.txt": {Data: []byte("崞阳县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n各乡镇人民政府，县政府各部门：\n一、县长苗振华\n领导县政府全面工作。\n二、冉守成（县委常委、常务副县长）\n负责县政府常务工作。联系城关街道、石桥镇。\n崞阳县人民政府办公室\n2026年3月2日\n")},
		"changyi.txt": {Data: []byte("石桥镇人民政府关于文明节俭办酒席的倡议书\n全镇广大干部群众：\n婚事新办、丧事简办，红白喜事操办不超过10桌。\n石桥镇人民政府\n2026年1月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "石桥镇敬老院维修要多少钱 石桥镇归哪个县领导联系"}, "46.5万元", "冉守成")
}

// "石桥镇幸福食堂每天给多少老人供餐 全县去年一共建成多少个": the later
// part, asked of the whole county, is lent the first's thing (幸福食堂),
// not its town, whose documents have no report of the year.
func TestWholeAreaPartNotLentOffice(t *testing.T) {
	docs := fstest.MapFS{
		"baogao.txt":  {Data: []byte("石桥镇人民政府关于幸福食堂运行情况的报告\n县民政局：\n5月，我镇村级幸福食堂每天为200余名老人供餐。\n石桥镇人民政府\n2026年6月2日\n")},
		"nianbao.txt": {Data: []byte("崞阳县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n2025年，全县累计建成村级幸福食堂28个，覆盖老年人1.2万人。\n崞阳县民政局\n2026年1月23日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "石桥镇幸福食堂每天给多少老人供餐 全县去年一共建成多少个", Now: time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC)}, "200余名", "28个")
}

// Asked for a count in a unit ("几个问题"), a telephone number is no
// figure: "…整改台账由局办公室汇总，联系电话：0736-5128806" does not
// answer; asked "电话多少", it does.
func TestPhoneIsNoCount(t *testing.T) {
	docs := fstest.MapFS{
		"tongbao.txt": {Data: []byte("崞阳县民政局关于敬老院安全检查情况的通报\n各乡镇人民政府：\n敬老院安全检查发现问题整改台账由局办公室汇总，联系电话：0736-5128806。\n本次检查共发现问题17个，已于5月底前全部整改。\n崞阳县民政局\n2026年6月3日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "敬老院安全检查发现了几个问题"}, "17个")
	if strings.Contains(r.Answer, "5128806") {
		t.Errorf("a telephone number answers a count: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "整改台账汇总的联系电话多少"}, "0736-5128806")
}

// A condition and the negated consequence after it ("…的，不享受…") rule
// no, as 不得 does: "没参加年检还能拿运营补贴吗" is answered by it, not by
// the sentence that only names the subsidy.
func TestConditionNegatedRules(t *testing.T) {
	docs := fstest.MapFS{
		"banfa.txt": {Data: []byte("崞阳县养老机构管理办法\n第五条 养老机构运营补贴按核定床位每年拨付一次，年检合格后拨付。\n第六条 养老机构逾期参加年检的，不享受当年度运营补贴。\n崞阳县民政局\n2026年2月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "年检去晚了还能拿运营补贴吗"}, "不享受")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "不享受") {
		t.Errorf("the ruling is not cited first: %s", r.Answer)
	}
}
