package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An opinion in a form is dated by the line that signs it, some lines
// below its words ("崞阳县民政局（盖章）  2025年3月18日"): asked when it was
// given, that day answers — not a day the opinion sets for what is to be
// done (请于2025年4月1日前换领), nor another opinion's day.
func TestOpinionDatedByItsSignature(t *testing.T) {
	docs := fstest.MapFS{
		"biangeng.txt": {Data: []byte("崞阳县社会团体变更登记审批表\n\n申请单位：崞阳县摄影家协会\n变更事项：住所\n\n业务主管单位意见：\n同意该协会住所变更为文化路12号。\n崞阳县文学艺术界联合会（盖章）        2025年3月2日\n\n登记管理机关审查意见：\n经审查，变更材料齐全，准予变更登记。请于2025年4月1日前换领登记证书。\n经办人：王丽    社会组织管理股股长：赵刚\n崞阳县民政局（盖章）        2025年3月18日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for q, want := range map[string]string{
		"摄影家协会变更登记 登记管理机关审查意见是几号出的": "2025年3月18日",
		"摄影家协会变更 业务主管单位意见是哪天给的":     "2025年3月2日",
	} {
		r := wantFound(t, eng, answer.Request{Q: q}, want)
		if strings.Contains(r.Answer, "4月1日") {
			t.Errorf("%s: the day the opinion sets answers: %s", q, r.Answer)
		}
	}
}

// An opinion written on its label's line ("审核意见：经审核，同意。") is dated
// by its signature too; two opinions each get their own day (review).
func TestInlineOpinionDated(t *testing.T) {
	docs := fstest.MapFS{
		"biao.txt": {Data: []byte("崞阳县社会团体注销登记审批表\n\n申请单位：崞阳县集邮协会\n\n业务主管单位意见：同意注销。\n崞阳县文学艺术界联合会（盖章）        2025年6月3日\n\n登记管理机关意见：经审查，清算材料齐全，准予注销登记。\n经办人：王丽\n崞阳县民政局（盖章）        2025年6月21日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "集邮协会注销 登记管理机关意见是几号签的"}, "2025年6月21日")
	if strings.Contains(r.Answer, "6月3日") {
		t.Errorf("another opinion's day answers: %s", r.Answer)
	}
}
