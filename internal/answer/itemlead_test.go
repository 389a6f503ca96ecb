package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A numbered item is of what its parent's lead introduces ("颐康公司在运营中
// 存在以下问题："): the lead's subject is the item's, and another
// document's sentence of another 敬老院 does not answer of this one.
func TestItemUnderLead(t *testing.T) {
	docs := fstest.MapFS{
		"chengguan.txt": {Data: []byte("崞阳县民政局关于养老机构安全检查情况的通报\n各乡镇民政办：\n一、检查情况\n（一）总体情况\n本次共检查养老机构12家。\n（二）发现的问题\n经现场检查，受委托运营的颐康公司在运营中存在以下问题：\n1.护理人员不足。护理员与失能老人配比为1:12。\n2.消防设施老化。喷淋系统损坏3处，灭火器过期8具。\n二、整改要求\n限期30日内整改到位。\n崞阳县民政局\n2026年5月6日\n")},
		"xiguan.txt":    {Data: []byte("崞阳县西关镇人民政府关于敬老院整改情况的报告\n县民政局：\n敬老院运营方瑞福公司消防设施损坏5处，已于4月底前全部修复。\n西关镇人民政府\n2026年5月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "颐康公司那边消防设施损坏了几处"}, "3处")
}
