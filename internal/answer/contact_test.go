package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Whom to contact about a document is who it gives under 联系方式 or
// beside 联系人, not who does its work.
func TestContactAsked(t *testing.T) {
	docs := fstest.MapFS{
		"gaoling.txt": {Data: []byte("崞阳县民政局关于做好2026年高龄津贴发放工作的通知\n各乡镇人民政府：\n一、发放对象\n具有本县户籍、年满80周岁的老年人。\n二、工作要求\n各乡镇民政办负责本辖区高龄津贴的审核，县民政局养老服务股负责复核和资金拨付。\n三、联系方式\n县民政局养老服务股：韦丽，电话0735-6621500\n崞阳县民政局\n2026年3月3日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "高龄津贴发放通知有疑问找谁"}, "韦丽")
	// Who to deal with, asked after the matter ("…对接的是谁"), is the
	// same: not the 乡镇民政办 that does the work.
	wantFound(t, eng, answer.Request{Q: "高龄津贴这事县里对接的人是谁"}, "韦丽")
}
