package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "跟养老机构查消防的那个报告" points at a report by the words before it: a report
// on one matter is named so, as any document is, and what is asked of it
// (哪天报给县政府) is its own date.
func TestReportPointedAtByItsWords(t *testing.T) {
	docs := fstest.MapFS{
		"xiaofang.txt": {Data: []byte("澧汀县民政局关于2025年度养老机构消防安全专项检查情况的报告\n澧民报〔2025〕9号\n县人民政府：\n按照县政府部署，我局于2025年5月对全县养老机构开展消防安全专项检查，现将情况报告如下。\n一、检查情况\n共检查养老机构14家，发现隐患31处，已整改27处。\n二、下一步工作\n2025年8月底前完成全部整改。\n澧汀县民政局\n2025年6月12日\n")},
		"tongzhi.txt":  {Data: []byte("澧汀县民政局关于做好2025年养老机构消防安全工作的通知\n各乡镇人民政府：\n一、工作要求\n各养老机构要在2025年7月10日前完成消防设施检测，并将检测报告报送县民政局。\n澧汀县民政局\n2025年4月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, q := range []string{"跟养老机构查消防的那个报告是哪天报给县政府的", "和养老机构消防检查的那个报告哪天报的"} {
		wantFound(t, eng, answer.Request{Q: q}, "2025年6月12日")
	}
	// The words name a report of another office: not this one.
	r, err := eng.Ask(t.Context(), answer.Request{Q: "财政局养老机构消防检查的那个报告哪天报的"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Answer, "2025年6月12日") {
		t.Errorf("the 民政局's report answers for the 财政局's: %s", r.Answer)
	}
}
