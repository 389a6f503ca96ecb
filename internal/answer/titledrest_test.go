package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Words left of a question once a document is named that its title writes
// too ("应急管理局" of "…应急管理局职能配置、内设机构…规定") say nothing
// more than the name: the words that named it are what is asked.
func TestRestInTitleIsNoTopic(t *testing.T) {
	docs := fstest.MapFS{
		"sd.txt": {Data: []byte("柳河县应急管理局职能配置、内设机构和人员编制规定\n第一条　为规范柳河县应急管理局职能配置，制定本规定。\n第二条　柳河县应急管理局是县政府工作部门，为正科级。\n第三条　柳河县应急管理局负责全县应急管理工作。\n第四条　柳河县应急管理局设下列内设机构：\n（一）办公室。负责文电、会务。\n（二）应急指挥股。负责应急预案和演练。\n（三）安全生产监管股。负责安全生产监督。\n（四）防灾减灾股。负责自然灾害防治。\n第五条　柳河县应急管理局机关行政编制12名。\n")},
		"zj.txt": {Data: []byte("柳河县应急管理局2025年工作总结\n一、主要工作\n（一）应急管理局牵头修订预案6部。\n（二）应急管理局开展演练12次。\n二、存在问题\n应急管理局基层力量不足。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "应急管理局内设机构有哪些"}, "应急指挥股", "防灾减灾股")
}
