package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A title's list goes by the count of its items and a character of its
// genre: staff call the "主要职责、内设机构、人员编制和领导职数规定" the
// 四定, a word it never writes. The other document, which names the 四定
// only in passing, is not the one meant.
func TestCountedNameNamesTitle(t *testing.T) {
	docs := fstest.MapFS{
		"dingbian.txt": {Data: []byte("中共榆岭县委办公室 榆岭县人民政府办公室\n关于印发《榆岭县司法局主要职责、内设机构、人员编制和领导职数规定》的通知\n榆办发〔2025〕31号\n各乡镇党委和人民政府:\n第一条 县司法局设下列内设机构:办公室、法治督察股、行政复议股、普法与依法治理股。\n第二条 本规定由县委机构编制委员会办公室负责解释。\n中共榆岭县委办公室 榆岭县人民政府办公室\n2025年9月3日\n")},
		"taizhang.txt": {Data: []byte("榆岭县司法局2026年重点工作台账\n一、落实“四定”规定\n2026年3月底前完成股室调整,“四定”规定执行中的解释工作由局办公室负责。\n二、印发文件\n局里转发“四定”规定,文号为榆司发〔2026〕2号。\n榆岭县司法局\n2026年4月30日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	if r := wantFound(t, eng, answer.Request{Q: "四定规定文号多少"}, "榆办发〔2025〕31号"); strings.Contains(r.Answer, "榆司发") {
		t.Errorf("the 台账's number answers for the 四定 itself:\n%s", r.Answer)
	}
	if r := wantFound(t, eng, answer.Request{Q: "四定由哪个单位负责解释"}, "县委机构编制委员会办公室"); strings.Contains(r.Answer, "局办公室负责") {
		t.Errorf("the 台账 answers for the 四定 itself:\n%s", r.Answer)
	}
}
