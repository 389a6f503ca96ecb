package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A follow-up of one word takes the place of the word the documents write
// in its stead beside the same characters (优秀调解组织 as 优秀调解员), not
// of another: written from "先进个人奖金多少" then "集体呢"; these are a
// 通报's mediators and a 方案's sites.
func TestFollowUpWordTakesParallelPlace(t *testing.T) {
	docs := fstest.MapFS{
		"tj.txt": {Data: []byte("澧汀县司法局关于表彰2025年度人民调解工作先进的通报\n\n三、奖励\n对优秀调解员每人奖励800元。\n对优秀调解组织每个奖励3000元。\n奖励资金从县司法局工作经费中列支。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct{ first, then, want string }{
		{"调解先进通报里优秀调解员奖金多少", "组织呢", "3000元"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.then, History: []answer.Turn{{Q: tc.first}}}, tc.want)
	}
}
