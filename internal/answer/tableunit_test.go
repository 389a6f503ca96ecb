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

// A sentence that introduces a table and ends with its unit ("…情况如下
// （单位：万元）：") states the unit of every figure of the table, however
// long the sentence: the row answers a question that asks for money.
func TestUnitEndingTheSentenceAboveTable(t *testing.T) {
	docs := fstest.MapFS{
		"jz.txt": {Data: []byte("柳河区民政局关于2025年度救助资金使用情况的报告\n一、资金总体情况\n2025年度，全区各镇（街道）共发放临时救助和医疗救助资金合计96.40万元，较上年增长8.2%，分镇（街道）发放情况如下（单位：万元）：\n镇（街道）|临时救助|医疗救助\n石门镇|12.50|30.20\n桃溪镇|9.80|21.40\n合计|22.30|51.60\n二、下一步打算\n进一步规范审批程序。\n柳河区民政局\n2026年1月15日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "桃溪镇去年医疗救助花了多少钱"}, "21.40万元")
}
