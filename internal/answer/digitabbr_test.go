package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// Digits are a number read whole, never characters of an abbreviation:
// "局24" does not name a title that writes "局12345".
func TestDigitsAbbreviateNothing(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuebao.txt": {Data: []byte("柏溪县民政局\n12345热线工单办理情况月报\n2026年第3期\n柏溪县民政局办公室　　2026年4月7日\n一、总体情况\n3月共受理工单286件，按时办结率97.1%。\n")},
		"sifa.txt":   {Data: []byte("柏溪县司法局2024年法治政府建设工作情况报告\n一、主要工作\n全年办理行政复议案件118件，纠错率11.0%。\n柏溪县司法局\n2025年1月10日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "司法局24年报告里行政复议纠错率是多少", want: []string{"11.0%"}},
	})
}
