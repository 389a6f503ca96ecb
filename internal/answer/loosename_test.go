package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Words a title shares, in a question that points at no document, only
// seem to name it: when its document leaves part of the question
// unanswered and another answers all of it, the other one answers
// ("低保和特" names the 最低生活保障和特困人员 notice, which says nothing
// of 慰问金; the 请示 beside it gives both figures).
func TestLooseNameLeavesPartUnanswered(t *testing.T) {
	docs := fstest.MapFS{
		"notice.txt":  {Data: []byte("榆岭县民政局关于进一步加强最低生活保障和特困人员救助供养管理工作的通知\n各乡镇人民政府:\n一、加强动态管理\n各乡镇要对低保对象按月核对,发现不再符合条件的及时停发。\n二、做好特困人员照料\n对分散供养特困人员,乡镇要签订委托照料服务协议,定期走访。\n榆岭县民政局\n2026年3月2日\n")},
		"request.txt": {Data: []byte("榆岭县民政局关于申请2026年春节慰问资金的请示\n县人民政府:\n一、慰问对象\n全县低保对象5210人,分散供养特困人员386人。\n二、慰问标准\n对低保对象每人发放一次性慰问金400元,对分散供养特困人员每人发放一次性慰问金600元。\n三、资金来源\n从县本级福利彩票公益金中列支。\n榆岭县民政局\n2026年1月5日\n")},
		"other.txt":   {Data: []byte("榆岭县民政局2025年工作总结\n一、社会救助\n全年发放低保金3120万元,特困人员救助供养金1030万元。\n二、养老服务\n新建农村幸福院6所。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "低保和特困过年慰问金一人给多少 分散供养的呢"}, "400元", "600元")
}

// A 印发 notice is called by the last word of what it carries ("操作手册"
// of 关于印发《…规范管理操作手册（2026年修订）》的通知), as another is by
// its genre: its 文号 answers, though the words are few of the title
// (beside the bundled documents, which other notices name alike).
func TestCarriedNameLastWord(t *testing.T) {
	docs := fstest.MapFS{
		"shouce.txt":  {Data: []byte("柳河区民政局文件\n柳民发〔2026〕12号\n柳河区民政局\n关于印发《柳河区城乡社区社会组织分类培育发展和规范管理操作手册（2026年修订）》的通知\n各镇（街道）民政办：\n现将《柳河区城乡社区社会组织分类培育发展和规范管理操作手册（2026年修订）》印发给你们，请遵照执行。\n一、登记备案\n社区社会组织实行登记和备案双轨管理。\n柳河区民政局\n2026年3月2日\n")},
		"tongzhi.txt": {Data: []byte("柳河区民政局文件\n柳民发〔2026〕20号\n柳河区民政局\n关于开展社区社会组织年度检查的通知\n各镇（街道）民政办：\n现就2025年度社区社会组织年度检查有关事项通知如下。\n一、检查对象\n已备案的社区社会组织。\n柳河区民政局\n2026年4月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "那本操作手册是哪个文号"}, "柳民发〔2026〕12号")
}
