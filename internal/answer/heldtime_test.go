package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A record of a meeting, asked when the meeting was held, is answered by
// its head's 时间 field, not by a date its speakers mention.
func TestMeetingHeldTime(t *testing.T) {
	docs := fstest.MapFS{
		"jl.txt": {Data: []byte("柳河县民政局农村互助养老工作座谈会记录\n\n时　　间：2026年3月12日（星期四）下午3:00\n地　　点：局三楼会议室\n主 持 人：包春燕（局长）\n记 录 人：钟晓\n\n包春燕：今天请各乡镇民政办来，谈谈农村互助养老幸福院运营的难处。\n青石镇：我镇农村互助养老幸福院12个，4个在2025年10月后停了。\n柳河镇：建议农村互助养老运营补贴办法4月底前出台。\n包春燕：请养老服务股5月10日前拿出农村互助养老补贴办法初稿。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "农村互助养老座谈会是哪天开的"}, "2026年3月12日")
	wantFound(t, eng, answer.Request{Q: "互助养老座谈会什么时候召开的"}, "2026年3月12日")
}
