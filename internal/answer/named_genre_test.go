package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "民政局要钱的请示哪天出的": a genre after 的 names the only document of
// that genre the office the words before it name issued, whatever else
// they say of it; "部门给县政府的请示" names none (a kind of document).
func TestGenreAfterDeOfOffice(t *testing.T) {
	docs := fstest.MapFS{
		"mz.txt": {Data: []byte("荻川县民政局\n荻民〔2026〕21号\n荻川县民政局关于追加冬春困难群众生活救助经费的请示\n县人民政府：\n今冬明春全县需救助困难群众3120户，需追加经费286万元。\n妥否，请批示。\n荻川县民政局\n2026年10月15日\n")},
		"cz.txt": {Data: []byte("荻川县财政局\n荻财〔2026〕9号\n荻川县财政局关于调整部分项目预算的请示\n县人民政府：\n拟调整项目预算共计120万元。\n妥否，请批示。\n荻川县财政局\n2026年9月3日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "民政局要钱的请示哪天报的"}, "2026年10月15日")
	if strings.Contains(r.Answer, "2026年9月3日") {
		t.Errorf("the 财政局's 请示 answered too:\n%s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "民政局追加经费的请示文号多少"}, "荻民〔2026〕21号")
}
