package document_test

import (
	"testing"

	"github.com/gongwen/gongwen/internal/document"
)

// The office a document is of is the one its title opens with, even a
// title no genre names, and the 党组 or 办公室 named right after the
// office — not a name the body happens to mention ("财务股按县财政局要求…").
// A headline's office after its slogan is whom it speaks of.
func TestOrgOpensTheTitle(t *testing.T) {
	tests := []struct {
		name, text, org string
	}{
		{
			name: "手册 that no genre names",
			text: "澧汀县民政局财务管理手册（摘编）\n\n（2025年3月修订）\n\n第一章 总则\n第一条 年度终了后，财务股按县财政局要求编制决算。\n第二条 经费支出实行审批制度。\n",
			org:  "澧汀县民政局",
		},
		{
			name: "the 党组 of an office",
			text: "中共澧汀县民政局党组2025年度落实全面从严治党主体责任情况报告\n\n一、主要工作\n局党组召开会议12次。\n二、存在问题\n学习不够深入。\n",
			org:  "中共澧汀县民政局党组",
		},
		{
			name: "a 党组织 is no 党组",
			text: "澧汀县民政局党组织书记抓基层党建工作述职报告\n\n一、履职情况\n局机关党支部开展主题党日12次。\n二、存在问题\n学习不够深入。\n澧汀县民政局\n2026年1月5日\n",
			org:  "澧汀县民政局",
		},
		{
			name: "an 办公室 that is a thing",
			text: "澧汀县民政局办公室用房清理腾退情况\n\n一、清理情况\n局机关共清理超标办公用房3间。\n二、下一步\n按期完成腾退。\n澧汀县民政局\n2026年3月2日\n",
			org:  "澧汀县民政局",
		},
		{
			name: "a branch of the office's own under 中共",
			text: "中共澧汀县民政局机关第二党支部2025年度主题党日活动记录\n\n一、活动情况\n3月开展志愿服务1次。\n二、下一步\n坚持每月1次。\n",
			org:  "澧汀县民政局",
		},
		{
			name: "a clause's verb before a county's office is no name",
			text: "爱心企业捐赠协议书\n\n甲方：澧汀县宏达建材有限公司\n乙方：澧汀县慈善会\n一、捐赠款项\n甲方捐赠现金20万元，由乙方转付至县民政局统筹使用。\n二、其他\n本协议一式两份。\n",
			org:  "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m document.Meta
			document.DetectMeta(&m, tt.text, "x.txt")
			if m.Org != tt.org {
				t.Errorf("org = %q, want %q (title %q)", m.Org, tt.org, m.Title)
			}
		})
	}
}
