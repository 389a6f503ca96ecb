package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A place the question names, which documents write of in their text
// (榉溪 of 榉溪镇) though no office is named after it, bounds the answer:
// a document about another town's centre does not answer of it.
func TestPlaceNamedInText(t *testing.T) {
	docs := fstest.MapFS{
		"qingshi.txt": {Data: []byte("桤川县民政局关于建设桤川镇区域性养老服务中心项目的请示\n县人民政府:\n一、建设规模\n项目总占地面积15.2亩,总建筑面积7200平方米,设置床位150张。\n二、资金来源\n项目总投资2100万元。\n桤川县民政局\n2026年2月3日\n")},
		"fabu.txt":    {Data: []byte("栎阳县民生实事新闻发布会实录\n主持人:下面请县民政局介绍养老服务设施建设情况。\n县民政局:今年将开工建设榉溪镇区域性养老服务中心,总投资1680万元,设计床位100张,计划年底前主体完工。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "榉溪那个养老中心用地多少亩"}, "only 桤川's centre states its area")
	wantFound(t, eng, answer.Request{Q: "榉溪养老中心总共投多少钱"}, "1680万元")
}
