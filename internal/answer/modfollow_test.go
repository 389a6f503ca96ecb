package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "那副的呢" after "…组长是哪位" asks the 副组长: the modifier goes before
// the word of the earlier question the documents write it before.
func TestModifierFollowUp(t *testing.T) {
	docs := fstest.MapFS{
		"fangan.txt": {Data: []byte("柘溪镇2026年森林防火工作方案\n一、组织领导\n成立森林防火工作领导小组。\n组长：蒲文斌（镇党委书记）\n副组长：冉秋实（镇长）、覃立新（副镇长）\n成员：各村党支部书记。\n二、工作措施\n清明、冬至期间各村设置检查站。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	hist := []answer.Turn{{Q: "森林防火领导小组组长是哪位"}}
	wantFound(t, eng, answer.Request{Q: "那副的呢", History: hist}, "冉秋实", "覃立新")
}
