package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A question that asks the same of several things ("A和B分别…") asks each
// on its own: the things may be different documents' ("敬老院改造" is a
// 请示's, "业务培训" a notice's), and one document answers neither whole.
func TestDistributiveQuestion(t *testing.T) {
	docs := fstest.MapFS{
		"qingshi.txt": {Data: []byte("桤川县民政局\n桤民〔2026〕5号\n桤川县民政局关于申请乡镇敬老院适老化改造资金的请示\n县人民政府:\n一、基本情况\n全县6所乡镇敬老院设施老化。\n二、资金需求\n6所敬老院适老化改造共需资金386.5万元。\n桤川县民政局\n2026年3月2日\n")},
		"peixun.txt":  {Data: []byte("桤川县民政局\n桤民〔2026〕9号\n桤川县民政局关于举办2026年社会救助经办人员业务培训班的通知\n各乡镇人民政府:\n一、培训时间\n2026年4月8日至10日。\n二、培训经费\n培训所需经费4.2万元,从局机关业务经费中列支。\n桤川县民政局\n2026年3月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "敬老院改造和业务培训分别要多少钱"}, "386.5万元", "4.2万元")
	wantFound(t, eng, answer.Request{Q: "敬老院改造资金的请示跟业务培训班的通知哪个先发的"}, "2026年3月2日", "2026年3月20日")
	// Each part is said as asked, a 文号's brackets as written: [2026]
	// would read as a citation mark and fail the check.
	wantFound(t, eng, answer.Request{Q: "桤民〔2026〕5号和桤民〔2026〕9号分别是什么文件"}, "适老化改造资金的请示", "业务培训班的通知")
}
