package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A short follow-up that says one phrase of its own and shares a word with
// the question before ("办公室主任谁兼" after "…领导小组 办公室设在哪")
// leans on it, however many bigrams the phrase has.
func TestFollowUpOfOnePhrase(t *testing.T) {
	docs := fstest.MapFS{
		"fa.txt": {Data: []byte("柳塘镇2026年村（社区）换届选举工作实施方案\n一、组织领导\n成立柳塘镇换届选举工作领导小组，由镇党委书记任组长。领导小组下设办公室，办公室设在镇党建工作办公室，由韦立新兼任办公室主任。\n二、时间安排\n2026年3月底前完成。\n")},
		"tz.txt": {Data: []byte("柳河县民政局关于做好春节值班工作的通知\n一、值班安排\n局办公室主任由覃海涛兼任值班带班领导，各股室负责人轮流值班。\n")},
		"rm.txt": {Data: []byte("柳河县人民政府关于职务任免的通知\n一、任命\n莫志远兼任县救灾工作协调机制办公室主任。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "办公室主任谁兼", History: []answer.Turn{{Q: "柳塘镇换届领导小组组长是谁 办公室设在哪"}}}, "韦立新")
}
