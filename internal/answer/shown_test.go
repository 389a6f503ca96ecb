package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An answer shows the whole short sentence around the unit that answers:
// "7月6日17时降为Ⅳ级，7月8日12时解除" says what was lifted only with the
// clause before its ；. A sentence shown whole is shown once, however
// many of its units answer.
func TestAnswerShowsWholeSentence(t *testing.T) {
	docs := fstest.MapFS{
		"report.txt": {Data: []byte("芄塘镇人民政府关于“7·3”强降雨防御工作情况的报告\n县人民政府:\n一、响应启动情况\n镇防汛抗旱指挥部于7月3日14时启动防汛Ⅳ级应急响应，7月4日9时提升至Ⅲ级；7月6日17时降为Ⅳ级，7月8日12时解除。\n二、转移安置情况\n共转移群众312人，其中集中安置87人。\n芄塘镇人民政府\n2026年7月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "防汛响应什么时候解除的"}, "7月8日12时解除", "启动防汛Ⅳ级应急响应")
	r := wantFound(t, eng, answer.Request{Q: "芄塘应急响应几号启动的 哪天解除"}, "7月3日14时", "7月8日12时解除")
	if n := strings.Count(r.Answer, "提升至Ⅲ级"); n > 1 {
		t.Errorf("the sentence is shown %d times:\n%s", n, r.Answer)
	}
}
