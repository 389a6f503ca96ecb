package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "几条…都是啥" is answered by a label over its numbered items: the items
// listed are the count, though no figure with 条 is written.
func TestCountAnsweredByListedItems(t *testing.T) {
	docs := fstest.MapFS{
		"xf.txt": {Data: []byte("柳河区信访局信访事项处理意见书\n信访人:韦德顺\n一、信访事项\n信访人诉求:\n1.要求补发2024年高龄津贴;\n2.要求重新评定残疾等级;\n3.要求公开村务开支明细。\n二、调查核实情况\n经查,信访人2024年高龄津贴已足额发放。\n三、处理意见\n对第1项不予支持,第2项转区残联办理,第3项由镇政府督促村委会公开。\n柳河区信访局\n2026年2月3日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "韦德顺信访一共几条诉求 分别是啥"}, "补发2024年高龄津贴", "公开村务开支明细")
}
