package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestReportToBeHandedIn: a report a question says is to be handed in
// ("年度总结…要报上去") is what it asks about, not the document to look
// in — though another office's title writes the same words (…年度工作总结
// 和…工作计划): the notice that sets the deadline answers.
func TestReportToBeHandedIn(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("磐溪县民政局2023年度工作总结和2024年工作计划\n一、2023年工作总结\n全年发放低保金3120万元。\n二、2024年工作计划\n继续做好兜底保障。\n磐溪县民政局\n2024年1月5日\n")},
		"tongzhi.txt": {Data: []byte("磐溪县司法局关于做好2026年度普法依法治理工作的通知\n各乡镇司法所：\n一、工作要求\n各司法所要建立普法台账，年度总结于2026年11月30日前报送县司法局。\n磐溪县司法局\n2026年3月2日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 5, 6, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "今年普法的年度总结啥时候之前要报上去", want: []string{"2026年11月30日前"}},
	})
}
