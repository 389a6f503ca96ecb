package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// What a document carries after its text is its 附件 line and the
// numbered lines under it: "附了哪些表" is answered by them, each cited.
func TestAttachmentsAsked(t *testing.T) {
	docs := fstest.MapFS{
		"tongzhi.txt": {Data: []byte("崞阳县民政局关于开展2025年度养老机构等级评定工作的通知\n\n各乡镇人民政府，各养老机构：\n一、评定范围\n全县已备案的养老机构均可申报。\n二、时间安排\n9月30日前完成自评。\n\n附件：1. 养老机构等级评定申请表\n2. 养老机构自评报告提纲\n3. 等级评定现场检查记录表\n\n崞阳县民政局\n2025年8月12日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "等级评定那个通知后面附带了哪些表格"}, "养老机构等级评定申请表")
	for _, w := range []string{"自评报告提纲", "现场检查记录表"} {
		if !strings.Contains(r.Answer, w) {
			t.Errorf("attachment %s missing: %s", w, r.Answer)
		}
	}
}
