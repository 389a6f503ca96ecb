package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// When several documents answer, a label that ends with a colon over lines
// of its own ("发布人：" over the speakers) is said with those lines, as
// in one document's answer.
func TestLabelLinesInSeveralDocuments(t *testing.T) {
	docs := fstest.MapFS{
		"fb.txt":  {Data: []byte("柳河县“办好民生实事”新闻发布会实录\n时间：2026年4月16日\n发布人：\n县民政局局长 韦立新\n县财政局副局长 莫志远\n\n【主持人】各位记者朋友，大家好。\n")},
		"fb2.txt": {Data: []byte("柳河县养老服务新闻发布会实录\n时间：2026年5月20日\n发布人：\n县民政局副局长 覃海涛\n\n【主持人】今天发布养老服务政策。\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "新闻发布会发布人都有谁"}, "韦立新")
	if !strings.Contains(r.Answer, "覃海涛") {
		t.Errorf("the other document's speakers left out: %s", r.Answer)
	}
}
