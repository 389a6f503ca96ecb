package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestTableShapes: tables as office documents write them — a blank corner
// cell, years as column headers with the unit in the caption, a task table
// whose rows hold no figure (长期坚持), two tables one above the other, and
// "| a | b |" rows as the DOCX and XLSX readers write them. Each row is read
// with its own table's header.
func TestTableShapes(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"corner.txt": {Data: []byte("青岭区民政局2024年养老服务统计报告\n一、基本情况\n全区养老服务设施情况如下。\n\t本年新增\t年末总数\n养老机构\t3\t27\n社区养老服务站\t12\t96\n")},
		"years.txt":  {Data: []byte("红石县统计局2024年统计工作报告\n一、工作情况\n全年完成各类统计调查任务。\n表1 调查任务完成情况\n调查项目\t完成数量\n专项调查\t14\n表2 主要经济指标(单位:亿元)\n指标\t2023年\t2024年\n地区生产总值\t310.5\t332.8\n一般公共预算收入\t21.4\t22.9\n二、存在问题\n基层统计力量薄弱。\n")},
		"tasks.txt":  {Data: []byte("清溪区2025年市容环境整治工作方案\n一、工作任务\n序号\t工作任务\t牵头单位\t配合单位\t完成时限\n1\t整治占道经营\t区城市管理局\t各街道办事处\t长期坚持\n2\t规范共享单车停放\t区交通运输局\t区城市管理局\t2025年6月底前\n")},
		"pipe.txt":   {Data: []byte("白河县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息2100条。\n二、主动公开政府信息情况\n| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 5210 |\n| 行政处罚 | 860 |\n")},
	})
	for _, c := range []struct {
		q         string
		want, not []string
	}{
		{"青岭区社区养老服务站年末一共有多少个", []string{"年末总数 96"}, []string{"年末总数 12"}},
		{"红石县2024年一般公共预算收入多少钱", []string{"22.9亿元"}, nil},
		{"清溪区整治方案里共享单车停放归哪个单位牵头", []string{"区交通运输局牵头"}, []string{"长期坚持 2025"}},
		{"白河县信息公开年报里行政处罚决定多少件", []string{"860"}, nil},
	} {
		r := wantFound(t, eng, answer.Request{Q: c.q}, c.want...)
		for _, n := range c.not {
			if strings.Contains(r.Answer, n) {
				t.Errorf("%s: rows or columns mixed (%q): %s", c.q, n, r.Answer)
			}
		}
	}
}

// A table's group heading over its rows ("二、依法行政(40分)") is a
// section whose items are the rows; the row that sums the table is none.
func TestTableGroupItems(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xize.txt": {Data: []byte("禾坪县民政局法治建设考核细则\n考核项目\t考核内容\t分值\n一、组织领导(20分)\n学法制度\t年度集体学法不少于4次\t10\n述法述职\t主要负责人年终述法\t10\n二、依法行政(80分)\n合法性审核\t规范性文件全部经过合法性审核\t40\n案卷评查\t执法案卷评查合格率不低于90%\t40\n合计\t\t100\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "禾坪民政考核细则里依法行政那一项下面考哪几个小项"}, "合法性审核", "案卷评查")
	if strings.Contains(r.Answer, "合计") || strings.Contains(r.Answer, "学法制度") {
		t.Errorf("a total row or another group's row listed: %s", r.Answer)
	}
}

// Mends of the second review: a title merged across a Word table's first
// row names no column, a 填报单位 line is no unit, and a header over a
// group heading is still no answer.
func TestTableReviewMends(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"merged.txt": {Data: []byte("红石县统计局2024年统计工作报告\n一、主要指标\n| 表1 主要经济指标完成情况 |  |  |\n| 指标 | 2023年 | 2024年 |\n| 新增市场主体 | 820 | 913 |\n")},
		"filled.txt": {Data: []byte("青岭区民政局2024年养老服务统计报告\n一、基本情况\n填报单位:青岭区民政局\n设施\t年末总数\n养老机构\t27\n")},
		"group.txt":  {Data: []byte("白河县民政局考核细则\n考核项目\t考核内容\t分值\n一、组织领导(20分)\n学法制度\t年度集体学法不少于4次\t10\n")},
	})
	wantFound(t, eng, answer.Request{Q: "红石县2024年新增市场主体多少户"}, "2024年 913")
	r := wantFound(t, eng, answer.Request{Q: "青岭区养老机构年末一共有多少个"}, "27")
	if strings.Contains(r.Answer, "27青岭") {
		t.Errorf("a 填报单位 read as the unit: %s", r.Answer)
	}
	r = wantFound(t, eng, answer.Request{Q: "白河县民政考核细则里学法制度考什么"}, "年度集体学法不少于4次")
	if strings.Contains(r.Answer, "考核项目:考核内容") {
		t.Errorf("the header row given as an answer: %s", r.Answer)
	}
}

// A task table without a 序号 column: its text-only rows look like headers
// too, and each row still takes the table's own header, the topmost one.
func TestTopmostHeader(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tasks.txt": {Data: []byte("清溪区2025年市容环境整治工作方案\n一、工作任务\n重点任务\t牵头单位\t配合单位\t完成时限\n整治占道经营\t区城市管理局\t各街道办事处\t长期坚持\n规范共享单车停放\t区交通运输局\t区城市管理局\t长期坚持\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "清溪区整治方案里共享单车停放哪个单位牵头"}, "区交通运输局牵头")
	if strings.Contains(r.Answer, "区城市管理局 区交通运输局") {
		t.Errorf("a data row read as the header: %s", r.Answer)
	}
}

// A table typed as plain text with full-width bars between its cells: a
// row is one unit whatever sentences its cells hold, read with the header
// above it, so the last column (承办科室) answers for the first.
func TestBarTableRow(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"qingdan.txt": {Data: []byte("苍溪区司法局权责清单\n一、行政权力事项\n序号｜事项名称｜事项类型｜设定依据｜承办科室\n1｜律师事务所年度检查考核｜行政检查｜《律师事务所年度检查考核办法》第三条：司法行政机关负责年度检查考核。县级司法行政机关负责初审。｜律师公证工作股\n2｜法律援助申请的审查｜行政确认｜《中华人民共和国法律援助法》第四十一条：法律援助机构应当审查申请。｜法律援助中心\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "苍溪司法局律所年检是哪个股负责办的"}, "承办科室 律师公证工作股")
	if strings.Contains(r.Answer, "法律援助中心") {
		t.Errorf("another row read with the one asked of: %s", r.Answer)
	}
}

// A row longer than a passage — six long cells of a 权责清单 — is cut
// into several; each reads the whole row, so its last cell still answers
// for its first.
func TestLongRowAcrossPassages(t *testing.T) {
	duty := strings.Repeat("依照有关规定对申请材料进行审查并在规定时限内作出处理，", 12)
	row := "1｜对律师事务所的年度检查考核｜行政检查｜《律师事务所管理办法》第七十条。｜" + duty + "｜" + duty + "｜律师公证工作股\n"
	eng := engineOver(t, fstest.MapFS{
		"qingdan.txt": {Data: []byte("苍溪区司法局权责清单\n一、行政权力事项\n序号｜事项名称｜事项类型｜设定依据｜责任事项｜追责情形｜承办科室\n" + row + "2｜法律援助申请的审查｜行政确认｜《中华人民共和国法律援助法》第四十一条。｜审查申请｜未按规定审查的｜法律援助中心\n")},
	})
	wantFound(t, eng, answer.Request{Q: "苍溪司法局律所年检考核归哪个股承办"}, "律师公证工作股")
}

// A bar table's blank last cell (备注) keeps the row as wide as its header
// (second review, ninth session).
func TestBarTableBlankCells(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"qingdan.txt": {Data: []byte("苍溪区司法局权责清单\n一、行政权力事项\n序号｜事项名称｜事项类型｜承办科室｜备注\n1｜人民调解员的培训｜其他行政权力｜基层工作股｜\n2｜法律援助申请的审查｜行政确认｜法律援助中心｜\n3｜律师事务所年度检查考核｜行政检查｜律师公证工作股｜每年一次\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "苍溪司法局法律援助申请审查由哪个科室承办"}, "承办科室 法律援助中心")
	if strings.Contains(r.Answer, "基层工作股") {
		t.Errorf("two rows read as one: %s", r.Answer)
	}
}
