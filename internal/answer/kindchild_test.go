package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Of a heading that enumerates several kinds, the heading under it that
// names the kind asked holds the things listed.
func TestListUnderTheKindsHeading(t *testing.T) {
	docs := fstest.MapFS{
		"mingming.txt": {Data: []byte("崞阳县人民政府关于城南新区道路桥梁命名的批复\n县民政局：\n你局请示收悉。现批复如下：\n一、同意对城南新区新建的3条道路、2座桥梁进行命名\n（一）道路命名\n1.文昌路。东起人民大道，西至滨河路。\n2.兴业路。南起文昌路，北至工业大道。\n3.育才路。南起兴业路，北至学府街。\n（二）桥梁命名\n1.文昌桥。位于文昌路跨南河处。\n2.迎宾桥。位于迎宾大道跨北渠处。\n二、请你局做好地名标志设置工作。\n崞阳县人民政府\n2026年3月5日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "城南新区这回命名了哪几座桥"}, "文昌桥", "迎宾桥")
}
