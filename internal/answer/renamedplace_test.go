package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "改叫兴业巷县政府…" names a lane and the county's government, no office
// of a place called 叫兴业巷县.
func TestNamingVerbBeginsNoPlace(t *testing.T) {
	docs := fstest.MapFS{
		"pifu.txt": {Data: []byte("崞阳县人民政府关于城关镇部分街巷更名的批复\n城关镇人民政府：\n你镇《关于部分街巷更名的请示》收悉。经研究，批复如下：\n一、你镇拟将“铁匠巷”更名为“兴业巷”。“铁匠巷”为沿用百年的历史地名，根据有关规定，不同意更名。\n二、请你镇做好历史地名的宣传保护工作。\n崞阳县人民政府\n2026年4月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "铁匠巷改叫兴业巷县政府批了没有"}, "不同意更名")
}
