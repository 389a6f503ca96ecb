package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "协调人是谁" asks who holds a role named for what its holder does: the
// line that names the holder ("协调人：冉启明　副县长") answers first, not
// the rules that speak of the role ("由协调人或…主持") and score as well.
func TestAgentRoleHolderFirst(t *testing.T) {
	docs := fstest.MapFS{
		"xt.txt": {Data: []byte("柳河县人民政府办公室关于建立柳河县养老服务工作协调机制的通知\n各乡镇人民政府，县直各单位：\n经县人民政府同意，建立柳河县养老服务工作协调机制。\n一、组成人员\n　　协调人：冉启明　副县长\n　　副协调人：包春燕　县民政局局长\n二、工作规则\n（一）全体会议。协调机制原则上每半年召开1次全体会议，由协调人或协调人委托副协调人主持，研究养老服务重点工作。\n（二）专题会议。根据工作需要，由协调人或副协调人召集有关成员单位召开专题会议，研究解决养老服务具体问题。\n（三）会议纪要。议定事项以纪要形式明确，经协调人签发后印发各成员单位。\n柳河县人民政府办公室\n2026年5月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "养老服务协调机制协调人是谁"}, "冉启明")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "冉启明") {
		t.Errorf("first citation does not name the holder: %q", r.Answer)
	}
}
