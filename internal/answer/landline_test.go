package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Staff ask for a 座机 where documents write 固定电话: the number is the
// answer, not a mobile's.
func TestLandlineIsFixedPhone(t *testing.T) {
	docs := fstest.MapFS{
		"tz.txt": {Data: []byte("柳河县救助管理站关于春节值班安排的通知\n一、值班安排\n站长莫志远带班，手机13907461111。\n二、联系方式\n值班室固定电话：0746-5236110。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "救助管理站值班室座机多少"}, "0746-5236110")
}
