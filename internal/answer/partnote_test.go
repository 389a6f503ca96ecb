package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A part of a question the documents do not answer is named as the asker
// wrote it, not by the words searched for.
func TestUnansweredPartAsWritten(t *testing.T) {
	docs := fstest.MapFS{
		"px.txt": {Data: []byte("柳河区民政局关于举办2026年社工业务培训班的通知\n一、培训时间\n2026年5月12日至14日，为期3天。\n二、培训内容\n社会救助政策解读、个案工作方法。\n柳河区民政局\n2026年4月20日\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "社工培训班哪天开始，培训费每人交多少钱"}, "5月12日")
	if !strings.Contains(r.Answer, "关于“培训费每人交多少钱”,资料中未找到明确说法") {
		t.Errorf("the part not answered is not named as written: %s", r.Answer)
	}
}
