package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪家检测机构检的" asks for a body by name: a sentence that says the
// results were all good names none, and the documents do not say.
func TestBodyAskedWithItsKind(t *testing.T) {
	docs := fstest.MapFS{
		"ys.txt": {Data: []byte("崞阳县殡仪馆迁建工程质量月报\n一、材料检验\n本月混凝土试块送检12组，检测结果全部合格。\n钢筋进场3批次，由崞阳县建设工程质量检测站抽检，均符合要求。\n二、下月计划\n完成主体封顶。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "混凝土试块是哪家检测机构检的"}, "the 月报 names no body that tested the 试块")
	wantFound(t, eng, answer.Request{Q: "钢筋是哪家检测单位抽检的"}, "建设工程质量检测站")
}
