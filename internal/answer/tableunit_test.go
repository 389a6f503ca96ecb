package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A column's unit written in brackets in its header ("床位费（元/月）")
// goes with each figure of the column: the row answers a question that
// asks for money, though its own cells write no 元.
func TestBracketUnitInHeader(t *testing.T) {
	docs := fstest.MapFS{
		"sf.txt": {Data: []byte("柳河区社会福利院收费标准公示\n一、收费项目\n现行收费标准如下：\n\n房间类型|床位费（元/月）|护理费（元/月）\n单人间|1800|900\n双人间|1200|900\n三人间|800|900\n\n以上标准自2025年7月1日起执行。\n二、其他\n入住时须预交押金5000元，退住时结清。\n柳河区社会福利院\n2025年6月20日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "福利院双人间一个月床位费要多少钱"}, "1200元")
}
