package answer_test

import (
	"os"
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

// "督查反馈意见文号多少": named words that end in a genre name the
// document of that genre (the 反馈意见, whose title writes 督查 and 反馈意见
// apart), not the 通报 whose title writes them as one run to speak of the
// 反馈意见's 整改 — though both are named by as many characters.
func TestNamedWordsEndInTheirGenre(t *testing.T) {
	docs := fstest.MapFS{
		"fk.txt": {Data: []byte("中共禤溪县委第二督查组\n禤督二〔2025〕5号\n中共禤溪县委第二督查组关于督查县民政局党组的反馈意见\n中共禤溪县民政局党组：\n督查组于2025年9月进驻，发现问题12个。\n请于2026年1月10日前完成整改。\n中共禤溪县委第二督查组\n2025年10月20日\n")},
		"tb.txt": {Data: []byte("中共禤溪县民政局党组\n禤民党〔2026〕2号\n中共禤溪县民政局党组关于县委第二督查组督查反馈意见整改进展情况的通报\n局机关各股室：\n督查反馈的12个问题已整改10个。\n中共禤溪县民政局党组\n2026年1月15日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "督查反馈意见文号多少"}, "禤督二〔2025〕5号")
	if strings.Contains(r.Answer, "禤民党〔2026〕2号") {
		t.Errorf("the 通报 answered too:\n%s", r.Answer)
	}
	// The 通报 is named by its own genre.
	wantFound(t, eng, answer.Request{Q: "督查反馈意见整改通报文号多少"}, "禤民党〔2026〕2号")
}

// "督查反馈意见多久出": a word right before a genre that another title
// writes (督查, of a 呈批件 that plans the 督查) and a 巡察反馈意见's does
// not says the 巡察 one is not meant — though its title ends in the same
// genre; "巡察反馈意见" still names it. Reviewer 51's documents.
func TestQualifierOfAnotherKind(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/kinds"))}
	wantFound(t, eng, answer.Request{Q: "督查反馈意见多久出"}, "10个工作日内")
	r, err := eng.Ask(t.Context(), answer.Request{Q: "督查反馈意见文号是多少"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Answer, "鄞巡反〔2025〕5号") {
		t.Errorf("the 巡察反馈意见 answered for the 督查 one:\n%s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "巡察反馈意见文号是多少"}, "鄞巡反〔2025〕5号")
}

// "养老机构安全督查哪天开始": the words that named the 呈批件 are also the
// matter whose start is asked; 开始 alone is no topic that some sentence
// must write (reviewer 51's regression).
func TestWhenTheNamedMatterStarts(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/kinds"))}
	wantFound(t, eng, answer.Request{Q: "养老机构安全督查哪天开始"}, "5月11日")
}

// "巡察反馈意见哪天印发": a printed date given as a field under the
// signature ("（印发：2025年11月21日）") is said beside the 成文日期, as a
// 版记's "…日印发" line is (reviewer 51).
func TestPrintedDateField(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/kinds"))}
	wantFound(t, eng, answer.Request{Q: "巡察反馈意见哪天印发"}, "2025年11月21日")
}
