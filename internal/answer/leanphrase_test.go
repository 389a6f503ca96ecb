package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A short question of one phrase that shares only a common word (时间)
// with the question before is a new question, not a follow-up: "低保金发放
// 时间" after "汛前安全检查的检查时间" asks of 低保金 (review 24, which found
// a one-phrase follow-up rule merging them; the rule was reverted).
func TestShortQuestionSharingACommonWordIsNew(t *testing.T) {
	docs := fstest.MapFS{
		"jc.txt": {Data: []byte("柳河县人民政府办公室关于开展2025年汛前安全检查的通知\n一、检查时间\n2025年4月10日至4月30日。\n二、检查内容\n水库、堤防、在建工程。\n")},
		"db.txt": {Data: []byte("柳河县民政局2025年社会救助工作总结\n一、低保\n低保金每月10日前发放到户，全年发放低保金1200万元。\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "低保金发放时间", History: []answer.Turn{{Q: "汛前安全检查的检查时间"}}}, "低保金")
	if strings.Contains(r.Answer, "4月10日") {
		t.Errorf("the new question was taken for a follow-up of the last: %s", r.Answer)
	}
}
