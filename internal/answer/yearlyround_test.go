package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// TestYearlyRoundNamesNoYear: the year before each year of a yearly round
// ("每年…把上年的…报上来") is no year counted from today, and names no
// report: the rule of any year answers. A year said alone still does
// (去年…). Beside the bundled corpus, whose reports of other years
// make the year a scope. Paraphrases the rule was not written from (the fresh30 tune
// question was of a 执法大队's cases).
func TestYearlyRoundNamesNoYear(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"guize.txt":  {Data: []byte("磐溪县民政局关于印发《磐溪县社会组织年度工作报告办法》的通知\n\n磐民发〔2022〕7号\n\n第一条　为做好社会组织年度工作报告，制定本办法。\n第五条　社会组织应当于每年5月31日前向县民政局报送上一年度工作报告和财务会计报告。\n第九条　本办法自2022年3月1日起施行。\n\n磐溪县民政局\n2022年2月15日\n")},
		"baogao.txt": {Data: []byte("磐溪县民政局2025年工作总结\n\n一、社会组织管理\n2025年全县共有社会组织312家，报送年度工作报告298家，报送率95.5%。\n二、统计工作\n我局每年3月底前向市民政局报送上一年度民政统计数据。\n\n磐溪县民政局\n2026年1月10日\n")},
	})}
	now := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	checkAnswers(t, eng, now, []answerCase{
		{q: "社会组织每年啥时候前要把上一年的工作报告交上来", want: []string{"5月31日前"}, not: []string{"3月底前"}},
		{q: "社会组织每年几号前报送上年度的财务报告", want: []string{"5月31日前"}, not: []string{"3月底前"}},
		// Said alone, 去年 is 2025.
		{q: "去年全县有多少家社会组织", want: []string{"312家"}},
	})
}
