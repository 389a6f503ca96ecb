package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A form carries no 文号 in its head; it writes them in fields of its own
// ("申请文号：…", "批复文号：…"). Asked its 文号, it is not "未写明": the
// field whose label the question says answers, else each field.
func TestNumberWrittenInAField(t *testing.T) {
	docs := fstest.MapFS{
		"biaoge.txt": {Data: []byte("崞阳县行政事业单位资产调剂申请审批表\n\n申请单位：崞阳县救助管理站（盖章）\n申请文号：崞救〔2025〕3号\n申请日期：2025年6月2日\n\n一、调剂资产\n台式计算机4台，原值1.9万元。\n二、审批意见\n同意调剂至县儿童福利院。\n核准文号：崞财资〔2025〕41号\n崞阳县财政局（盖章）        2025年6月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "资产调剂那张表救助站申请时用的文号"}, "崞救〔2025〕3号")
	if strings.Contains(r.Answer, "崞财资") {
		t.Errorf("the 核准 field answers the 申请 one: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "资产调剂审批表核准的文号是多少"}, "崞财资〔2025〕41号")
	r = wantFound(t, eng, answer.Request{Q: "资产调剂审批表文号多少"}, "崞救〔2025〕3号")
	if !strings.Contains(r.Answer, "崞财资〔2025〕41号") {
		t.Errorf("a 文号 asked of no field in particular is not each field's: %s", r.Answer)
	}
}
