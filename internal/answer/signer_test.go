package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪位局长签发的" asks for a person: a document with no 签发人 line does
// not say who, and the office that issued it is no answer; "谁签发的"
// may be answered by the office.
func TestSignerAskedAsPerson(t *testing.T) {
	docs := fstest.MapFS{
		"baogao.txt": {Data: []byte("芦溪县民政局关于2025年度养老机构安全检查情况的报告\n县人民政府:\n2025年,我局对全县38家养老机构开展安全检查,发现隐患52处,已全部整改。\n特此报告。\n芦溪县民政局\n2026年1月12日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "安全检查报告是哪个领导签发的"}, "no 签发人 line names a person")
	wantFound(t, eng, answer.Request{Q: "安全检查报告是谁签发的"}, "芦溪县民政局")
}
