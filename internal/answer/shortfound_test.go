package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A word the asker writes short that no document writes as it stands is
// looked for written long in the documents the search finds first, of
// many in scope: 岗补 of 岗位补贴. Written from 奖金 of a 表彰决定's
// 奖励资金; this is another document and word.
func TestShortFormInFoundDocuments(t *testing.T) {
	docs := fstest.MapFS{
		"sg.txt": {Data: []byte("澧汀县民政局基层民政工作若干规定\n\n第十条　社区工作者岗位补贴每人每月300元，于每季度首月10日前发放。\n第十一条　社区工作者工作证于每年1月底前统一发放。\n")},
		"yl.txt": {Data: []byte("澧汀县养老服务工作要点\n\n一、新建社区养老服务站6个。\n二、每季度首月开展一次安全检查。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "社区工作者的岗补啥时候发"}, "10日前")
	if r != nil && strings.Contains(r.Answer, "1月底前") {
		t.Errorf("answered with the 工作证 too: %s", r.Answer)
	}
}

// A figure asked by its parts ("分几种 各多少") is followed by the
// sentence that breaks it down, which writes the parts under the whole's
// subject without repeating it.
func TestBreakdownFollowsFigure(t *testing.T) {
	docs := fstest.MapFS{
		"tj.txt": {Data: []byte("澧汀县2025年养老服务统计公报\n\n一、养老机构\n截至2025年底，全县共有养老机构42家，比上年增加3家。其中，公办敬老院18家，民营护理院24家。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "全县养老机构各有多少家"}, "公办敬老院18家")
}

// A quantity asked by its short name (奖金) is named where the document
// writes the long form's first word beside the sum (奖励2000元), in a
// document whose 奖励资金 says what the short name stands for.
func TestShortQuantityNamedByLongForm(t *testing.T) {
	docs := fstest.MapFS{
		"zy.txt": {Data: []byte("澧汀县志愿者星级评定办法\n\n第八条　被评为五星级志愿者的，给予一次性奖励2000元；四星级志愿者颁发荣誉证书。\n第九条　奖励资金由县慈善总会列支。\n")},
		"yl.txt": {Data: []byte("澧汀县养老服务工作要点\n\n一、新建社区养老服务站6个。\n二、每季度首月开展一次安全检查。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "五星级志愿者奖金多少"}, "2000元")
}
