package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Two things compared by name are each answered with what speaks of it:
// its own row of a table, not only the row of the other.
func TestRivalsEachAnswered(t *testing.T) {
	docs := fstest.MapFS{
		"daolu.txt": {Data: []byte("崞阳县人民政府关于城区道路命名的批复\n县民政局：\n你局请示收悉。现批复如下：\n一、同意命名以下道路\n序号|标准名称|起止点|长度（米）|宽度（米）\n1|和平路|东起人民大道，西至滨河路|1420|24\n2|东风路|南起和平路，北至工业大道|2260|36\n3|建设巷|南起东风路，北至文化街|310|9\n二、县民政局要及时设置地名标志。\n崞阳县人民政府\n2026年3月5日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "批复里和平路跟东风路比哪条宽"}, "24", "36")
}
