package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A follow-up with nothing to look for and no scope of its own — a role it
// asks the holders of, a comparison with a year — is about what the
// question before it was about.
func TestBareFollowUp(t *testing.T) {
	docs := fstest.MapFS{
		"yd.txt": {Data: []byte("柳河市石门区人民政府2025年依法行政工作要点\n一、规范执法\n5.推行柔性执法。对首次轻微违法依法不予处罚,全年开展说服教育不少于100次。(牵头单位:区市场监管局;配合单位:区司法局、区应急管理局)\n6.加强法治宣传。开展送法下乡活动30场。(牵头单位:区司法局)\n")},
		// Distractors: asked alone, the follow-ups would find these.
		"mz.txt": {Data: []byte("柳河市东坡区民政局2025年工作要点\n一、社会救助\n3.规范低保审核确认。全年复核低保对象不少于1200户。(牵头单位:区民政局;配合单位:区财政局、区人社局)\n")},
		"jd.txt": {Data: []byte("白沙县人民政府2025年城乡环境整治工作情况报告\n一、工作成效\n全县秸秆综合利用率达到91.0%,较2023年提高3.2个百分点。\n")},
		"zg.txt": {Data: []byte("青岭县人民政府2025年秸秆禁烧工作情况报告\n一、工作成效\n全县秸秆综合利用率达到94.3%,较2023年提高5.1个百分点。\n全县设立禁烧巡查点120个。\n")},
	}
	eng := engineOver(t, docs)
	for _, tc := range []struct {
		first, then, want, other string
	}{
		{"石门柔性执法是哪个部门牵头的", "配合的都有谁", "区应急管理局", "区财政局"},
		{"青岭秸秆综合利用率现在多少", "比2023年提高了多少", "5.1个百分点", "3.2个百分点"},
	} {
		r := wantFound(t, eng, answer.Request{Q: tc.then, History: []answer.Turn{{Q: tc.first}}}, tc.want)
		// Asked alone it would be about every office; after the
		// question before it, only about that one's.
		if strings.Contains(r.Answer, tc.other) {
			t.Errorf("%s → %s: another office's %q: %s", tc.first, tc.then, tc.other, r.Answer)
		}
	}
}
