package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A page kept from a website, signed nowhere, says when it was put online
// and where it comes from beside its title: that is its date and its
// issuer when staff ask when or by whom it was put out.
func TestPageDateAndSource(t *testing.T) {
	docs := fstest.MapFS{
		"zt.txt": {Data: []byte("柳河县政协关于养老服务工作的协商座谈会纪实\n\n发布日期：2026-04-18　　来源：柳河县政协办公室\n\n4月16日，县政协召开养老服务工作协商座谈会，12名委员围绕农村互助养老建言献策。\n县民政局局长介绍，全县已建成幸福院86个，正常运营71个。\n委员们建议，加大运营补贴，每院每年不少于1万元。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "协商座谈会纪实是什么时候发的"}, "2026-04-18")
	wantFound(t, eng, answer.Request{Q: "养老协商座谈会纪实是哪个单位发布的"}, "柳河县政协办公室")
}
