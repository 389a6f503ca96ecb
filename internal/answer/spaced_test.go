package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// spacedDocs are written as offices type them into plain files: a table
// lined up with full-width spaces under an 附件 line, another with runs
// of ASCII spaces, fields apart by blank lines, a deadline beside the
// document's own date.
var spacedDocs = fstest.MapFS{
	"qingdan.txt": {Data: []byte("禾川县人社局关于印发2026年度普法任务清单的通知\n\n各股室：\n\n现将清单印发给你们。清单中涉及多个单位的，列第一位者为牵头单位，其余为配合单位。各股室于每月最后一个工作日前报送进展，全年总结于2026年11月20日前报送。\n\n（一）经费保障。安排经费12万元。\n\n禾川县人社局\n2026年2月16日\n\n附件\n\n2026年度普法任务清单\n\n序号　普法内容　普法对象　责任单位　完成时限\n1　《中华人民共和国劳动合同法》　用工企业　劳动关系股、劳动监察大队　2026年5月31日前\n2　《中华人民共和国社会保险法》　参保群众　社保中心　2026年8月31日前\n3　《保障农民工工资支付条例》　建筑企业　劳动监察大队、仲裁院　2026年12月31日前\n")},
	"fangxun.txt": {Data: []byte("禾川县青枫镇2026年防汛工作方案\n一、组织机构\n\n　　第一组：抢险救援组。组长韦长青（副镇长）。负责险情处置和人员搜救。\n\n　　第二组：后勤保障组。组长葛明远（镇党委委员）。负责物资调配和安置点保障。\n")},
	"tongbao.txt": {Data: []byte("禾川县民政局关于2025年度高龄津贴发放情况的通报\n一、发放情况\n　　各乡镇发放情况如下（金额单位：万元）：\n\n乡镇名称     发放人数   发放金额   核查问题数\n枫岭镇       812        318.5      3\n槎口乡       697        264.2      5\n")},
	"zhoubao.txt": {Data: []byte("禾川县民政局工作周报\n（第12周）\n一、主要数据\n    项目                本周      本月累计\n    低保审批（户）      23        61\n    临时救助（人次）    15        40\n二、下周安排\n\n第一组：组长邝清远，成员许嘉。负责枫岭镇、槎口乡。\n\n第二组：组长卓以宁，成员聂川。负责桐湾镇、梅垅乡。\n")},
}

func TestSpacedTables(t *testing.T) {
	eng := engineOver(t, spacedDocs)
	// A row lined up by spaces is read with its header's cells.
	wantFound(t, eng, answer.Request{Q: "这周周报里临时救助本周办了几个人次"}, "15")
	// The caption's unit, over a blank line, is the money's, not the count's.
	if r := wantFound(t, eng, answer.Request{Q: "槎口乡高龄津贴发了多少钱"}, "264.2万元"); strings.Contains(r.Answer, "697万元") {
		t.Errorf("a count read in the caption's unit: %s", r.Answer)
	}
	// Its 责任单位 cell under the document's rule: the first leads.
	wantFound(t, eng, answer.Request{Q: "劳动合同法宣传由谁牵头谁配合"}, "劳动关系股牵头", "劳动监察大队配合")
	// A field line is whole though blank lines stand between the fields,
	// and though its lines are indented with full-width spaces.
	wantFound(t, eng, answer.Request{Q: "槎口乡是哪个组长去"}, "邝清远")
	wantFound(t, eng, answer.Request{Q: "防汛方案里后勤保障组组长是谁"}, "葛明远")
}

// A deadline asked is a date the text sets, not the document's own.
func TestDeadlineIsNoDocumentDate(t *testing.T) {
	eng := engineOver(t, spacedDocs)
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []string{"普法任务清单的全年总结最迟哪天报送", "人社局普法清单全年总结截止到几号"} {
		if a := answerTo(t, eng, q, now); !strings.Contains(a, "11月20日") || strings.Contains(a, "落款") || strings.Contains(a, "成文日期") {
			t.Errorf("%s: %s", q, a)
		}
	}
	if a := answerTo(t, eng, "人社局普法清单是哪天印发的", now); !strings.Contains(a, "2026年2月16日") {
		t.Errorf("the document's own date: %s", a)
	}
}

// TestQuizKey: a numbered question of a test paper is answered with its
// key's entry, apart from it under 参考答案, and the options it names.
func TestQuizKey(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"shiti.txt": {Data: []byte("禾川县司法局2026年度干部学法考试\n法律知识试题及答案\n\n一、单项选择题\n1.全民国家安全教育日是每年的（　）。\nA.3月15日　B.4月15日　C.10月1日　D.12月4日\n2.行政处罚的听证申请应当在告知后（　）内提出。\nA.3日　B.5日　C.7日\n二、判断题\n3.人民调解委员会调解民间纠纷收取费用。（　）\n\n参考答案\n1.B　2.B\n3.×\n")},
	})
	wantFound(t, eng, answer.Request{Q: "国家安全教育日那道选择题选哪个"}, "B", "4月15日")
	wantFound(t, eng, answer.Request{Q: "调解委员会调解收费那题对不对"}, "×")
}

// TestProjectPhaseIsNoPlace: "二期县财政" is a project's phase and the
// asker's county, not a county named 二期.
func TestProjectPhaseIsNoPlace(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt": {Data: []byte("禾川县人民政府专题会议纪要\n一、关于污水处理厂扩建工程\n会议同意实施污水处理二期扩建工程，总投资8600万元。县财政局在2026年预算中安排配套资金1500万元。\n")},
	})
	for _, q := range []string{"污水二期县财政配套多少钱", "扩建二期县财政配套多少钱"} {
		wantFound(t, eng, answer.Request{Q: q}, "1500万元")
	}
}
