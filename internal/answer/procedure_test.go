package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Staff ask for a 流程 where rules write a 程序, and the other way round:
// the sentence that states the procedure answers, not the first step.
func TestProcedureWords(t *testing.T) {
	docs := fstest.MapFS{
		"bf.txt": {Data: []byte("柳河县困难残疾人生活补贴发放办法\n第五条　补贴申领按照“申请、审核、审批、发放”的程序办理。\n第六条　申请。残疾人补贴申领流程第一步，由残疾人本人向户籍所在地乡镇人民政府提出书面申请。\n第七条　审核。乡镇人民政府自受理之日起10个工作日内完成审核。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "残疾人生活补贴申领的流程是怎样的"}, "申请、审核、审批、发放")
}
