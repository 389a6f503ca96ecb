package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A question whose parts each name another document ("验收时…", "提案答复
// 里…") is answered part by part, each from its own document, when one
// document would leave a part unanswered.
func TestPartsOfTwoDocuments(t *testing.T) {
	docs := fstest.MapFS{
		"yanshou.txt": {Data: []byte("柳河县民政局关于城南养老服务中心竣工验收情况的报告\n一、项目概况\n城南养老服务中心改扩建后床位由原来的60张增加到150张,总投资1260万元。\n二、验收结论\n工程质量合格,同意交付使用。\n柳河县民政局\n2026年3月2日\n")},
		"dafu.txt":    {Data: []byte("柳河县民政局对县政协第12号提案的答复\n韦委员:\n您提出的关于加快发展普惠养老的提案收悉。现答复如下:\n一、关于养老床位\n2026年全县新增养老床位320张,其中护理型床位180张。\n二、关于人才培养\n全年培训养老护理员260人次。\n柳河县民政局\n2026年5月10日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "城南养老中心改扩建后多少床 政协提案答复说全县新增多少张床"}, "150张", "320张")
}
