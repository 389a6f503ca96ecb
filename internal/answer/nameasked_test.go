package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// What is asked by name (都是谁, 叫什么) is answered only by a sentence
// that names someone: a count of them is no answer. Written from a 大事记's
// "增补理事3名"; these are a 纪要's supervisors and a 通报's drivers.
func TestNameAskedNeedsAName(t *testing.T) {
	docs := fstest.MapFS{
		"jy.txt": {Data: []byte("澧汀县慈善会第二届理事会第三次会议纪要\n\n一、会议审议通过了2025年度工作报告。\n二、会议同意增补监事2名，监事会成员增至5名。\n三、会议选举宋秋澜为副会长。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "慈善会这次新增的两名监事都是谁"}, "the minutes count the supervisors, name none")
	wantFound(t, eng, answer.Request{Q: "慈善会新选的副会长叫什么"}, "宋秋澜")
}
