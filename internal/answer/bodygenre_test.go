package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A genre word that begins the name of a body (规划 of 规划建设科) is that
// body's name, not the kind of document asked for: the contact list, no
// 规划 of any kind, answers.
func TestGenreWordBeginningBodyName(t *testing.T) {
	docs := fstest.MapFS{
		"lianluo.txt": {Data: []byte("柳河区住房和城乡建设局关于调整信息联络员的通知\n各科室、局属各单位:\n现将调整后的信息联络员名单通知如下:\n科室|姓名|职务|办公电话\n办公室|韦晓明|主任|0771-3326001\n规划建设科|覃丽娟|科长|0771-3326018\n柳河区住房和城乡建设局\n2026年3月6日\n")},
		"guihua.txt":  {Data: []byte("柳河区城乡建设“十四五”规划\n一、发展目标\n到2025年,全区城镇化率达到62%。\n二、重点任务\n(一)完善市政设施。新建改建市政道路45公里,联系电话0771-3326999。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "规划建设科办公电话多少"}, "0771-3326018")
}
