package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A masthead of several offices, one a line, is a joint issue: each of
// them issued it, not only the first.
func TestJointIssueByMasthead(t *testing.T) {
	docs := fstest.MapFS{
		"lianhe.txt": {Data: []byte("崞阳县民政局\n崞阳县残疾人联合会\n\n崞民联〔2026〕3号\n\n崞阳县民政局 崞阳县残疾人联合会\n关于开展残疾人两项补贴精准发放专项行动的通知\n\n各乡镇人民政府：\n为确保两项补贴精准发放，决定于2026年5月至7月开展专项行动。\n一、工作任务\n各乡镇要逐户核对补贴对象。\n\n崞阳县民政局    崞阳县残疾人联合会\n2026年4月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "两项补贴专项行动那个通知是哪两家单位发的"}, "崞阳县民政局、崞阳县残疾人联合会")
}
