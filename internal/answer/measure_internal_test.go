package answer

import "testing"

// A calendar year says no span of time (review of nq032's row: "行动计划
// （2026—2028年）" does not say how many days a thing is shown).
func TestStatesMeasureCalendarYear(t *testing.T) {
	for _, c := range []struct {
		text, unit string
		want       bool
	}{
		{"8:事项名称 老旧小区改造行动计划（2026—2028年）,计划完成时间 2026年8月", "天", false},
		{"公开征求意见的期限一般不少于30日", "天", true},
		{"合同工期270日历天，实际工期274日历天", "天", true},
		{"规划期限为5年", "年", true},
		{"2025年度全县低保标准每人每月780元", "元", true},
	} {
		if got := statesMeasure(c.text, c.unit); got != c.want {
			t.Errorf("statesMeasure(%q, %q) = %v, want %v", c.text, c.unit, got, c.want)
		}
	}
}
