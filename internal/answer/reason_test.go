package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "为什么…" is answered by what says why — the items a section headed
// 原因 lists — not by the sentence that restates the matter in more of the
// question's words.
func TestReasonAnsweredByCauses(t *testing.T) {
	docs := fstest.MapFS{
		"jindu.txt": {Data: []byte("崞阳县民政局关于2026年上半年养老服务补贴资金支出情况的报告\n\n一、资金支出情况\n截至6月30日，全县养老服务补贴资金支出进度为42%，低于序时进度8个百分点，支出进度偏慢。\n二、支出偏慢的原因\n1. 第三方评估机构人手紧张，4月至5月积压复评对象312人。\n2. 部分乡镇信息系统录入不及时，有86户待录入。\n3. 资金下达较晚，市级补助资金6月初才拨付到位。\n三、下一步措施\n7月底前完成积压复评。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "养老补贴资金为啥支出进度偏慢"}, "积压复评对象312人")
	for _, w := range []string{"录入不及时", "拨付到位"} {
		if !strings.Contains(r.Answer, w) {
			t.Errorf("cause %s missing: %s", w, r.Answer)
		}
	}
}
