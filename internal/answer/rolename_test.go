package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Who the people of a role are ("督导员都是谁") asks their names: a role
// written before a name (督导员甘若岚（…）) names a person, and a sentence
// that only says the role is filled (各成员单位确定1名联络员) is no answer.
func TestRoleHoldersNamed(t *testing.T) {
	docs := fstest.MapFS{
		"duzhi.txt": {Data: []byte("柳河区民政局关于开展养老机构安全督导的通知\n各养老机构：\n一、督导安排\n督导组由区民政局养老服务股牵头组成，督导员甘若岚（区养老服务指导中心）负责现场检查记录。\n二、联络机制\n各养老机构确定1名安全联络员，于5月10日前报区民政局养老服务股。\n柳河区民政局\n2026年5月6日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "安全督导的督导员都是谁"}, "甘若岚")
	wantRefused(t, eng, answer.Request{Q: "养老机构的安全联络员是谁"}, "no one named")
}

// "施工单位是哪家" asks a firm as much as "哪家施工单位": the sentence that
// names the company answers, not one that speaks of the works.
func TestFirmAskedAfterKind(t *testing.T) {
	docs := fstest.MapFS{
		"yanshou.txt": {Data: []byte("柳河区石门镇敬老院改造工程竣工验收报告\n一、工程概况\n石门镇敬老院改造工程施工单位进场后实行封闭管理，施工噪声控制在夜间22时前。\n二、参建单位\n施工：柳河区宏砚建设工程有限公司；监理：柳河区正衡监理有限公司。\n三、验收结论\n工程质量合格，同意交付使用。\n柳河区民政局\n2026年2月3日\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "敬老院改造施工单位是哪家"}, "宏砚建设工程有限公司")
	if strings.Contains(r.Answer, "封闭管理") {
		t.Errorf("the works' sentence names no firm: %s", r.Answer)
	}
}
