package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An abbreviation stops where a word of the question does: "养老规划" is
// no 养老服务规范 written short (养老…规 of it, cut inside 规划), but the
// 规划 it says. Written from a question on a 规划's 专家论证意见; these
// are other plans and questions.
func TestAbbreviationStopsAtWord(t *testing.T) {
	docs := fstest.MapFS{
		"gf.txt": {Data: []byte("澧汀县社区居家养老服务规范\n\n1　范围\n本文件规定了社区居家养老服务的基本要求。\n2　服务内容\n2.1　助餐服务每日不少于1次。\n2.2　每千名老年人配备服务人员不少于5人。\n")},
		"gh.txt": {Data: []byte("澧汀县老年人福利设施布局专项规划（2025—2035年）\n\n一、规划目标\n到2030年，全县每千名老年人拥有养老床位达到40张，护理型床位占比不低于60%。\n二、设施布局\n每个乡镇建成1所区域性养老服务中心。\n")},
		"jt.txt": {Data: []byte("澧汀县综合交通运输发展规划（2025—2030年）\n\n一、规划目标\n到2030年，全县公路总里程达到2800公里。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "养老规划里到2030年每千名老人有多少张床位"}, "40张")
	wantFound(t, eng, answer.Request{Q: "养老规划护理型床位占比要求多少"}, "60%")
	// The 规范 is still named by what it writes short.
	wantFound(t, eng, answer.Request{Q: "养老规范里助餐一天几次"}, "不少于1次")
}
