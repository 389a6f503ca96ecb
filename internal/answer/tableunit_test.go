package answer_test

import (
	"strings"
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

// A table's stated unit (单位：万元) is not that of its count columns
// (保障户数, 保障人数; review 25): the row still answers how many 户.
func TestTableUnitNotOnCountColumns(t *testing.T) {
	docs := fstest.MapFS{
		"zijin.txt": {Data: []byte("柳河县民政局关于2025年度低保资金发放情况的报告\n县人民政府:\n一、总体情况\n2025年全县共保障城乡低保对象3120户6380人,累计发放低保资金2856.3万元,各乡镇保障户数和资金发放情况如下(单位:万元):\n乡镇|保障户数|保障人数|发放资金\n石门镇|860|1720|812.4\n桃溪镇|1150|2390|1066.7\n平安乡|1110|2270|977.2\n合计|3120|6380|2856.3\n二、存在问题\n部分乡镇动态管理不及时。\n三、工作建议\n建议县财政及早下达2026年资金。\n柳河县民政局\n2026年1月12日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "石门镇低保保障了多少户"}, "860")
	if r := wantFound(t, eng, answer.Request{Q: "石门镇低保金发了多少钱"}, "812.4万元"); strings.Contains(r.Answer, "860万元") {
		t.Errorf("a count column took the table's unit:\n%s", r.Answer)
	}
}
