package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪几天" asks the days something took, a time, not a list of measures;
// and "检查时县政府" is the county's government at the time of a visit,
// not an office named 检查时县 that the documents lack.
func TestDaysAskedAreATime(t *testing.T) {
	docs := fstest.MapFS{
		"jiancha.txt": {Data: []byte("滃江县人大常委会检查组关于《老年人权益保障法》执法检查情况的报告\n\n县人大常委会：\n　　2026年5月12日至14日，县人大常委会副主任岑望舒带领检查组，对全县贯彻实施《老年人权益保障法》情况开展了执法检查，听取了副县长邝知远代表县人民政府所作的汇报。\n　　一、主要做法\n　　（一）健全政策体系。出台配套文件6个。\n　　（二）完善设施网络。建成区域养老服务中心5个。\n　　（三）强化兜底保障。发放高龄津贴1200万元。\n　　二、存在问题\n　　（一）农村养老设施不足。\n　　（二）护理人员短缺。\n\n滃江县人大常委会检查组\n2026年5月25日\n")},
		// A report whose first section lists what the place visited does.
		"kaocha.txt": {Data: []byte("关于赴沩澜县学习考察社区养老工作的情况报告\n\n县人民政府：\n　　经县政府同意，2026年3月9日至11日，县民政局局长岑望舒带队，共8人赴沩澜县开展考察学习。现将有关情况报告如下。\n　　一、沩澜县主要做法\n　　（一）建设社区嵌入式养老服务站。全县建成站点46个。\n　　（二）推行助餐配送。日均配送2100份。\n　　（三）发展互助养老。组建互助小组130个。\n　　二、几点建议\n　　（一）加快站点建设。\n　　（二）扩大助餐覆盖。\n\n澧汀县民政局\n2026年3月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, c := range []struct{ q, want string }{
		{"去沩澜考察是哪几天", "3月9日至11日"},
		{"沩澜学习哪几天去的", "3月9日至11日"},
		{"检查时县政府是哪位领导汇报的", "邝知远"},
		// The date the report is signed says when it was written, not
		// when the group came: asked of the report, it answers.
		{"人大检查组是哪几天来的", "5月12日至14日"},
		{"执法检查报告是几号报的", "2026年5月25日"},
	} {
		r := wantFound(t, eng, answer.Request{Q: c.q}, c.want)
		if r != nil && c.want != "2026年5月25日" && strings.Contains(r.Answer, "5月25日") {
			t.Errorf("%s: the signing date given as an answer: %s", c.q, r.Answer)
		}
	}
}
