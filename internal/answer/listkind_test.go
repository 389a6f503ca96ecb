package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪几个社区" is answered by the sentence that names several 社区, not by
// one that speaks of the matter and of 社区 in general.
func TestListOfKindAsked(t *testing.T) {
	docs := fstest.MapFS{
		"yizhan.txt": {Data: []byte("崞阳县民政局关于社区养老驿站建设情况的报告\n县人民政府：\n一、建设情况\n全县社区养老驿站建设标准已在各社区推广，养老驿站建在社区群众身边。\n社区养老驿站目前设在东关社区、西关社区、南门社区，每个驿站配备护理员2名。\n二、下一步打算\n继续扩大覆盖面。\n崞阳县民政局\n2026年6月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "社区养老驿站建在哪几个社区"}, "东关社区", "西关社区", "南门社区")
}

// The count 哪 asks with ("哪两个律师", "哪三个股室") is the asker's, no
// word of the answer: the sentence that names them need not write it, and
// one that does ("三个方面") is not the answer for that.
func TestWhichCountNotTopic(t *testing.T) {
	docs := fstest.MapFS{
		"zhuanban.txt": {Data: []byte("崞阳县民政局关于开展社会救助领域专项整治的通知\n各股室、局属各单位：\n一、组织领导\n局成立专项整治工作专班，由社会救助股、养老服务股和办公室抽调人员组成。\n二、整治重点\n专项整治分三个方面推进，每个方面由一个股室牵头，专班另行组成督导组。\n崞阳县民政局\n2026年6月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "社会救助专项整治专班是哪三个股室抽人组成的"}, "社会救助股、养老服务股和办公室")
}
