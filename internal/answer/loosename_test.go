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
