package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A body's own 章程 ("柳河区老年协会章程", signed by the 协会) is named by
// the body; a quorum is stated as a share in words (三分之二, 过半数),
// which answers "多少人" as a figure does.
func TestCharterOfABody(t *testing.T) {
	docs := fstest.MapFS{
		"zc.txt": {Data: []byte("柳河区老年协会章程\n（2025年6月2日第二届会员大会通过）\n第一章　总则\n第一条　本会的名称是柳河区老年协会。\n第二章　组织机构\n第八条　理事会由15名理事组成，理事任期4年。\n第九条　理事会每年至少召开1次会议，须有过半数理事出席方能召开。\n第十条　本会设秘书处，下设活动部、联络部和财务部。\n第十一条　会员大会每4年召开1次。\n柳河区老年协会\n2025年6月2日\n")},
		"tz.txt": {Data: []byte("柳河区民政局关于做好2025年敬老月活动的通知\n各街道民政办：\n一、活动安排\n区老年协会秘书长参加启动仪式，区老年协会秘书处负责活动报名和部门联络。\n柳河区民政局\n2025年9月20日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "老年协会理事会得来多少人才能开"}, "过半数")
	wantFound(t, eng, answer.Request{Q: "老年协会秘书处下面设了哪些部门"}, "联络部")
}
