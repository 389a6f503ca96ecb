package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A measure's units written on after its sentences, in its own line
// ("…。牵头单位：县交通运输局；配合单位：…"), are fields of that measure: "谁牵头"
// of it is answered by them, not by the measure's first sentence.
func TestInlineFieldsOfAMeasure(t *testing.T) {
	docs := fstest.MapFS{
		"wenping.txt": {Data: []byte("澧汀县公益性公墓建设项目社会稳定风险评估报告\n\n四、风险化解措施\n\n（一）交通组织风险化解。按照省政府批复的线位新建进山道路2.4公里，清明期间实行单向通行，增设临时停车场2处。牵头单位：县交通运输局；配合单位：县公安局交警大队、石门乡人民政府。\n\n（二）舆论引导风险化解。会同市委网信办及时发布项目信息，回应群众关切。牵头单位：县委宣传部；配合单位：县民政局。\n\n五、评估结论\n综合风险等级为低风险。\n澧汀县民政局\n2025年9月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct{ q, want string }{
		{"公墓交通组织那块风险谁牵头", "县交通运输局"},
		{"舆论引导风险化解哪个单位配合", "县民政局"},
	} {
		r := wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
		if !strings.Contains(r.Citations[0].Text, tc.want) {
			t.Errorf("%s: the first citation is not the fields: %q", tc.q, r.Citations[0].Text)
		}
	}
}
