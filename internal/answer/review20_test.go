package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Review 20's repros: a short table over headings that each take a task
// up is a summary of them, not the list; a sentence that only names
// things of the kind asked ("急难问题、热点问题…") does not take the
// place of the section headed by it; a bare heading is no answer to how;
// a masthead with bars is no table.
func TestReview20Sections(t *testing.T) {
	docs := fstest.MapFS{
		"fangan.txt":  {Data: []byte("柘溪县2024年养老服务提升行动实施方案\n一、总体目标\n到2024年底，全县新建长者饭堂8个。\n二、重点任务\n任务|牵头单位|完成时限\n新建长者饭堂|县民政局|2024年12月\n适老化改造|县住建局|2024年10月\n（一）推进长者饭堂建设\n各乡镇要结合老年人口分布选址建设长者饭堂。\n（二）实施居家适老化改造\n对200户特殊困难老年人家庭实施适老化改造。\n（三）加强养老护理员队伍建设\n全年培训养老护理员300人次。\n（四）开展养老机构安全整治\n对全县养老机构开展消防检查。\n柘溪县人民政府办公室\n2024年3月15日\n")},
		"zongjie.txt": {Data: []byte("柘溪县桐坪镇2023年工作总结\n一、工作成效\n（一）聚焦民生实事。全年解决群众身边存在的急难问题、热点问题、信访积案问题共136件。\n二、存在的问题\n（一）村集体经济薄弱，部分村年收入不足10万元。\n（二）基层干部队伍老化，35岁以下村干部占比偏低。\n（三）农村人居环境整治成果巩固不够。\n桐坪镇人民政府\n2024年1月5日\n")},
		"peixun.txt":  {Data: []byte("柘溪县民政局关于举办社区消防安全培训班的通知\n一、培训课程\n（一）高层住宅火灾扑救与疏散逃生\n（二）电动自行车充电安全隐患排查\n二、有关要求\n请各单位按时报送参训人员名单。\n柘溪县民政局\n2026年5月20日\n")},
		"jianbao.txt": {Data: []byte("柘溪县民政工作简报\n第5期|柘溪县民政局编|2024年4月\n　　本期要目：低保提标|养老服务|社区治理\n　　一、低保标准提高\n　　自2024年4月1日起，城市低保标准提高到950元。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "柘溪养老服务提升行动有哪些重点任务"}, "长者饭堂建设", "适老化改造", "养老护理员队伍", "安全整治")
	resp := wantFound(t, eng, answer.Request{Q: "桐坪镇存在哪些问题"}, "村集体经济薄弱", "队伍老化")
	if strings.Contains(resp.Answer, "136件") {
		t.Errorf("the 工作成效 sentence that names 问题 answers: %s", resp.Answer)
	}
	r, err := eng.Ask(t.Context(), answer.Request{Q: "电动自行车充电安全隐患怎么排查"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Answer, "据《柘溪县民政局关于举办") {
		t.Errorf("a bare heading answers how: %s", r.Answer)
	}
	resp = wantFound(t, eng, answer.Request{Q: "民政工作简报本期要目有哪些"}, "低保提标|养老服务")
	if strings.Contains(resp.Answer, "民政局编") {
		t.Errorf("the masthead is read as a table's header: %s", resp.Answer)
	}
}

// A signature of several bodies side by side is a joint issue: asked who
// issued it, each of them answers, as the signature writes them.
func TestJointSignature(t *testing.T) {
	docs := fstest.MapFS{
		"gonggao.txt": {Data: []byte("柘溪县2026年公开招聘社区专职网格员公告\n一、招聘名额\n全县招聘社区专职网格员24名。\n二、报名时间\n2026年5月6日至5月12日。\n中共柘溪县委政法委员会　　柘溪县民政局　　柘溪县人力资源和社会保障局\n2026年4月28日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "网格员招聘公告是哪几个单位一起发的"}, "中共柘溪县委政法委员会", "柘溪县民政局", "柘溪县人力资源和社会保障局")
	// Stacked one body a line above the date.
	docs = fstest.MapFS{
		"changyi.txt": {Data: []byte("文明节俭办婚事倡议书\n全镇广大干部群众：\n为进一步树立文明新风，我们倡议：婚事新办、丧事简办。\n中共柘溪县桐坪镇委员会\n柘溪县桐坪镇人民政府\n2026年2月3日\n")},
	}
	eng = &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "办婚事那个倡议书是哪几家发的"}, "中共柘溪县桐坪镇委员会", "柘溪县桐坪镇人民政府")
}
