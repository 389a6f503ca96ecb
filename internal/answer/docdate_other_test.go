package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A document that is neither a report, a plan nor a 上级文件 — a 决算
// 说明, a 责任书 — is dated by its signature, as a report is.
func TestSignatureDateOfOtherDocument(t *testing.T) {
	docs := fstest.MapFS{
		"juesuan.txt": {Data: []byte("芦溪县民政局2025年度部门决算情况说明\n\n第一部分 部门概况\n一、主要职能\n负责全县社会救助、养老服务、社会事务管理等工作。\n第二部分 决算情况\n一、收入支出决算总体情况\n2025年度收入总计5321.6万元，支出总计5298.4万元。\n二、“三公”经费支出情况\n2025年度“三公”经费支出8.2万元。\n\n芦溪县民政局\n2026年3月18日\n")},
		"other.txt":   {Data: []byte("芦溪县财政局关于做好2025年度部门决算工作的通知\n各预算单位:\n请于2026年3月20日前报送部门决算。\n芦溪县财政局\n2026年1月6日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "民政局决算情况说明落款是哪天"}, "2026年3月18日")
}
