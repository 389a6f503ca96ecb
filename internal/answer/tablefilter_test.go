package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A list asked of a table is the rows a word of the question picks in one
// column, or a 是/否 column it names — not the one row ranked first, nor a
// sentence about the table.
func TestTableRowsPickedByColumn(t *testing.T) {
	docs := fstest.MapFS{
		"minsheng.txt": {Data: []byte("崞阳县人民政府办公室关于印发2026年度民生实事项目清单的通知\n各乡镇人民政府，县直各单位：\n现将2026年度民生实事项目清单印发给你们，其中由县卫生健康局承办的项目3项，请认真组织实施。\n序号|项目名称|责任单位|完成时限|是否纳入考核\n1|新建社区卫生服务站|县卫生健康局|2026年9月|是\n2|改造农村敬老院|县民政局|2026年10月|是\n3|建设老年助餐点|县民政局、县市场监管局|2026年6月|否\n4|免费两癌筛查|县卫生健康局、县妇联|2026年11月|否\n5|更新城区公交车|县交通运输局|2026年8月|是\n6|儿童近视防控|县卫生健康局、县教育局|2026年12月|否\n各责任单位要按时限完成，县政府督查室每季度通报进展。\n崞阳县人民政府办公室\n2026年2月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct {
		q        string
		want     []string
		unwanted []string
	}{
		{"清单里哪几个项目是卫生健康局在抓", []string{"新建社区卫生服务站", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
		// The office written short ("卫健局") as no passage writes it: the
		// long form the document writes stands for it.
		{"民生实事清单里归卫健局管的是哪几个", []string{"新建社区卫生服务站", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
		{"民生实事清单上哪些项目不纳入考核", []string{"建设老年助餐点", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
	} {
		wantListed(t, eng, tc.q, tc.want, tc.unwanted)
	}
}

// Review 37: a list asked of a table denies what it picks by ("没有安排听证
// 会", "不需要做风险评估", "除了联合检查的以外"), puts several conditions
// that all hold ("公安局配合的…要联合检查", "既要专家论证又要风险评估"),
// and reads every table of the document headed alike.
func TestTableRowsReview37(t *testing.T) {
	docs := fstest.MapFS{
		"mulu.txt":    {Data: []byte("洺州县人民政府关于公布2026年度重大行政决策事项目录的通知\n各乡镇人民政府，县政府各部门：\n经县政府常务会议研究，现将2026年度重大行政决策事项目录予以公布。各承办单位要严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序，其中涉及群众切身利益的事项应当举行听证会。\n一、决策事项目录\n序号|事项名称|承办单位|公众参与方式|是否专家论证|是否风险评估|完成时限\n1|洺州县城市供水价格调整方案|县发展和改革局|听证会|是|是|2026年6月\n2|洺州县养老服务设施布局规划|县民政局|座谈会、网上征求意见|是|否|2026年9月\n3|洺州县困难群众救助补贴办法修订|县民政局|听证会|否|是|2026年10月\n4|洺州县中小学校布局调整方案|县教育局|听证会|是|是|2026年8月\n5|洺州县城区停车收费标准调整|县发展和改革局|网上征求意见|否|是|2026年7月\n6|洺州县农村生活垃圾治理实施方案|县住房和城乡建设局|座谈会|否|否|2026年12月\n7|洺州县殡葬设施建设规划|县民政局|座谈会|是|是|2026年11月\n二、工作要求\n各承办单位要按照目录确定的时限推进，县司法局负责合法性审查，县政府办公室每季度调度一次进展情况。对未列入目录的重大行政决策事项，承办单位应当报县政府同意后方可启动。\n洺州县人民政府\n2026年3月1日\n")},
		"duobiao.txt": {Data: []byte("洺州县民政局2026年重点工作安排\n一、社会救助\n项目\t责任股室\t完成时限\n城乡低保提标\t社会救助股\t2026年6月\n临时救助备用金下放\t社会救助股\t2026年3月\n特困人员集中供养\t社会福利股\t2026年9月\n低保边缘家庭认定\t社会救助股\t2026年5月\n二、养老服务\n项目\t责任股室\t完成时限\n新建乡镇敬老院\t养老服务股\t2026年10月\n居家养老服务补贴\t养老服务股\t2026年4月\n老年助餐点建设\t社会救助股\t2026年8月\n养老机构消防整治\t养老服务股\t2026年7月\n")},
		"hebing.txt":  {Data: []byte("洺州县2026年安全生产大检查任务分解表\n序号|检查内容|牵头单位|配合单位|是否联合检查\n1|危险化学品企业|县应急管理局|县公安局|是\n2|烟花爆竹经营网点||县市场监督管理局|否\n3|非煤矿山||县自然资源局|是\n4|建筑施工工地|县住房和城乡建设局|县应急管理局|否\n5|道路运输企业|县交通运输局|县公安局|是\n6|学校及校外培训机构|县教育局||否\n各牵头单位要于每月5日前报送检查情况。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct {
		q        string
		want     []string
		unwanted []string
	}{
		{"洺州决策目录里哪些事项没有安排听证会", []string{"养老服务设施布局规划", "城区停车收费标准调整", "殡葬设施建设规划"}, []string{"城市供水价格调整方案", "中小学校布局调整方案"}},
		{"洺州决策目录里哪些事项不需要做风险评估", []string{"养老服务设施布局规划", "农村生活垃圾治理实施方案"}, []string{"城市供水价格调整方案", "殡葬设施建设规划"}},
		{"洺州决策目录里哪些事项既要专家论证又要风险评估", []string{"城市供水价格调整方案", "中小学校布局调整方案", "殡葬设施建设规划"}, []string{"养老服务设施布局规划"}},
		{"安全生产大检查里公安局配合的哪几项要联合检查", []string{"危险化学品企业", "道路运输企业"}, []string{"非煤矿山"}},
		{"洺州民政局重点工作里社会救助股负责哪些工作", []string{"城乡低保提标", "临时救助备用金下放", "低保边缘家庭认定", "老年助餐点建设"}, []string{"新建乡镇敬老院"}},
	} {
		wantListed(t, eng, tc.q, tc.want, tc.unwanted)
	}
}

// Review 38: 拆除 is no exception and 除了 is one wherever it stands; a
// denial after a word that goes on to another ("要开听证会不要专家论证")
// denies that other; a table's header is never one of its items.
func TestTableRowsReview38(t *testing.T) {
	docs := fstest.MapFS{"mulu.txt": {Data: []byte("洺州县人民政府关于公布2026年度重大行政决策事项目录的通知\n各乡镇人民政府，县政府各部门：\n经县政府常务会议研究，现将2026年度重大行政决策事项目录予以公布。各承办单位要严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序。\n一、决策事项目录\n序号|事项名称|承办单位|公众参与方式|是否专家论证|是否风险评估|完成时限\n1|洺州县城市供水价格调整方案|县发展和改革局|听证会|是|是|2026年6月\n2|洺州县养老服务设施布局规划|县民政局|座谈会、网上征求意见|是|否|2026年9月\n3|洺州县困难群众救助补贴办法修订|县民政局|听证会|否|是|2026年10月\n4|洺州县中小学校布局调整方案|县教育局|听证会|是|是|2026年8月\n5|洺州县城区停车收费标准调整|县发展和改革局|网上征求意见|否|是|2026年7月\n6|洺州县农村危房拆除改造实施方案|县住房和城乡建设局|座谈会|否|否|2026年12月\n7|洺州县殡葬设施建设规划|县民政局|座谈会|是|是|2026年11月\n二、工作要求\n各承办单位要按照目录确定的时限推进，县司法局负责合法性审查，县政府办公室每季度调度一次进展情况。\n洺州县人民政府\n2026年3月1日\n")}}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct {
		q        string
		want     []string
		unwanted []string
	}{
		{"危房拆除的哪几项要做风险评估", []string{"城市供水价格调整方案", "殡葬设施建设规划"}, []string{"养老服务设施布局规划", "农村危房拆除改造实施方案"}},
		{"决策目录里除了民政局的还有哪些要风险评估", []string{"城市供水价格调整方案", "中小学校布局调整方案", "城区停车收费标准调整"}, []string{"殡葬设施建设规划", "困难群众救助补贴办法修订"}},
	} {
		wantListed(t, eng, tc.q, tc.want, tc.unwanted)
	}
}

// wantListed asks q and wants every item of want in the answer and none of
// unwanted.
func wantListed(t *testing.T, eng *answer.Engine, q string, want, unwanted []string) {
	t.Helper()
	r, err := eng.Ask(t.Context(), answer.Request{Q: q})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(r.Answer, w) {
			t.Errorf("%s: answer lacks %q:\n%s", q, w, r.Answer)
		}
	}
	for _, w := range unwanted {
		if strings.Contains(r.Answer, w) {
			t.Errorf("%s: answer lists %q, which the question does not pick:\n%s", q, w, r.Answer)
		}
	}
}

// Words of two columns both pick ("民政局承办又要开听证会的": 承办单位 and
// 公众参与方式; review 38).
func TestTableRowsTwoColumns(t *testing.T) {
	docs := fstest.MapFS{"jc.txt": {Data: []byte("崞阳县人民政府关于公布2026年度重大行政决策事项目录的通知\n各乡镇人民政府：\n现将目录公布如下。\n序号|事项名称|承办单位|公众参与方式\n1|养老服务设施布局规划|县民政局|听证会\n2|殡葬设施建设规划|县民政局|听证会、座谈会\n3|社区服务设施规划|县民政局|座谈会\n4|学校布局调整方案|县教育局|听证会\n5|公交线路优化方案|县交通运输局|问卷调查\n崞阳县人民政府\n2026年2月1日\n")}}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantListed(t, eng, "决策目录里民政局承办又要开听证会的是哪几项", []string{"养老服务设施布局规划", "殡葬设施建设规划"}, []string{"社区服务设施规划", "学校布局调整方案"})
}
