package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestFigureBeforeItsList: a sentence that states the count asked and then
// announces the list ("全年安排培训班4期，具体如下：") answers how many by
// itself; the rows below it are no part of that answer — though they are
// of a question asking which.
func TestFigureBeforeItsList(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jihua.txt": {Data: []byte("磐溪县民政局2026年度干部培训计划\n一、总体安排\n全年安排培训班4期，具体如下：\n1  社会救助培训班  3月  30人\n2  养老服务培训班  5月  40人\n3  婚姻登记培训班  7月  12人\n4  社会组织培训班  9月  25人\n二、保障措施\n培训经费列入年度预算。\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "今年培训班一共办几期", want: []string{"4期"}, not: []string{"婚姻登记培训班"}},
		{q: "今年办哪几个培训班", want: []string{"社会救助培训班", "婚姻登记培训班"}},
	})
}

// TestSampleIsNoFact: a form to fill given as a sample (…登记表（样表）, a
// row marked （示例）) holds made-up entries; the document's own table
// answers.
func TestSampleIsNoFact(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jihua.txt": {Data: []byte("磐溪县民政局2026年度干部培训计划\n一、班次安排\n序号  培训班名称  时间  人数\n1  养老护理骨干班  6月2日至5日  45人\n2  地名管理业务班  8月11日至12日  20人\n3  救助政策宣讲班  9月1日至3日  60人\n二、保障措施\n培训经费列入年度预算。\n附件\n培训学时登记表（样表）\n姓名  培训项目  起止时间  学时\n（示例）李某某  养老护理骨干班  5月6日至9日  28\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "养老护理骨干班哪几天办", want: []string{"6月2日至5日"}, not: []string{"5月6日至9日"}},
	})
}

// TestFigureTheQuestionWrites: a figure the question itself writes ("12项
// 里") is what it asks within, not the answer: the lines the sentence
// announces hold that.
func TestFigureTheQuestionWrites(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fuhan.txt": {Data: []byte("磐溪县司法局关于下放部分行政执法事项的复函\n磐溪县民政局：\n你局来函收悉。经逐项审核，你局拟下放的12项事项中：\n（一）同意下放8项；\n（二）暂缓下放3项；\n（三）不同意下放1项。\n磐溪县司法局\n2026年2月3日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "12项里同意了几项 暂缓的几项", want: []string{"8项", "3项"}},
	})
}
