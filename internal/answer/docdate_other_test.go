package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A document that is neither a report, a plan nor a 上级文件 — a 决算
// 说明, a 责任书 — is dated by its signature, as a report is.
func TestSignatureDateOfOtherDocument(t *testing.T) {
	docs := fstest.MapFS{
		"juesuan.txt": {Data: []byte("芦溪县民政局2025年度部门决算情况说明\n\n第一部分 部门概况\n一、主要职能\n负责全县社会救助、养老服务、社会事务管理等工作。\n第二部分 决算情况\n一、收入支出决算总体情况\n2025年度收入总计5321.6万元，支出总计5298.4万元。\n二、“三公”经费支出情况\n2025年度“三公”经费支出8.2万元。\n\n芦溪县民政局\n2026年3月18日\n")},
		"other.txt":   {Data: []byte("芦溪县财政局关于做好2025年度部门决算工作的通知\n各预算单位:\n请于2026年3月20日前报送部门决算。\n芦溪县财政局\n2026年1月6日\n")},
	}
	docs["zerenshu.txt"] = &fstest.MapFile{Data: []byte("柳溪镇2026年度安全生产目标责任书\n（镇人民政府—石桥村民委员会）\n一、责任目标\n全年不发生较大生产安全事故。\n二、工作要求\n乙方应于每年12月20日前将年度安全生产自查报告报送甲方。\n甲方:柳溪镇人民政府\n乙方:石桥村民委员会\n2026年1月8日\n")}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "民政局决算情况说明落款是哪天"}, "2026年3月18日")
	// A date such a document writes of is in its text (review 19).
	if r := wantFound(t, eng, answer.Request{Q: "石桥村责任书里自查报告啥时候报送"}, "12月20日前"); strings.Contains(r.Answer, "落款") {
		t.Errorf("answered by the 落款: %s", r.Answer)
	}
}

// "几号开始施行" of a document that states no term asks from when it
// applies: its own 施行 sentence says so, whatever words the question
// uses that the document does not (开始).
func TestStartOfForceAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"guiding.txt": {Data: []byte("中共荻川县委办公室荻川县人民政府办公室关于印发《荻川县民政局职能配置、内设机构和人员编制规定》的通知\n各乡镇党委、政府，县直各单位：\n《荻川县民政局职能配置、内设机构和人员编制规定》已经县委批准，现予印发。\n第一条 县民政局是县政府工作部门，为正科级。\n第二条 县民政局设下列内设机构：办公室、社会救助股、养老服务股。\n第十条 本规定自2026年3月1日起施行。\n中共荻川县委办公室\n2026年2月10日\n")},
	})
	for _, q := range []string{"民政局三定哪天开始执行", "职能配置规定什么时候开始生效"} {
		wantFound(t, eng, answer.Request{Q: q}, "2026年3月1日起施行")
	}
}

// "原来的救助办法文号多少", "旧的三定哪年印发的" ask of the document a
// named one repealed: the sentence that repeals it is all the documents
// say of it, and answers — not the new document's own head.
func TestPredecessorAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"banfa.txt":   {Data: []byte("荻川县民政局关于印发《荻川县城乡居民临时救助实施办法》的通知\n荻民发〔2026〕8号\n各乡镇人民政府：\n现将《荻川县城乡居民临时救助实施办法》印发给你们，请认真贯彻执行。\n第一条 为规范临时救助工作，制定本办法。\n第二十条 本办法自2026年5月1日起施行。原《荻川县临时救助暂行办法》（荻民发〔2019〕17号）同时废止。\n荻川县民政局\n2026年4月10日\n")},
		"guiding.txt": {Data: []byte("中共荻川县委办公室荻川县人民政府办公室关于印发《荻川县民政局职能配置、内设机构和人员编制规定》的通知\n第一条 县民政局是县政府工作部门。\n第十条 本规定自2025年11月1日起施行。2018年6月印发的《荻川县民政局职能配置、内设机构和人员编制规定》同时废止。\n中共荻川县委办公室\n2025年10月20日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "原来的临时救助办法文号多少"}, "荻民发〔2019〕17号")
	if r := wantFound(t, eng, answer.Request{Q: "旧的三定哪年印发的"}, "2018年6月"); strings.Contains(r.Answer, "2025年10月20日") {
		t.Errorf("the new 三定's date for the old one's:\n%s", r.Answer)
	}
}
