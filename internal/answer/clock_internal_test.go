package answer

import (
	"strings"
	"testing"
	"time"
)

// 几点 asks a time of day, whatever verb follows it; it counts points only
// before what is said in points or after words that point at them.
func TestAsksClock(t *testing.T) {
	for q, want := range map[string]bool{
		"站长几点才报的":       true,
		"明天几点钟集合":       true,
		"值班人员几点交班":      true,
		"通知里提了几点要求":     false,
		"以下几点是什么":       false,
		"讲话稿里这几点意见都说了啥": false,
		"会议纪要里形成了几点共识":  false,
	} {
		if got := asksClock(q); got != want {
			t.Errorf("%s: asksClock %v, want %v", q, got, want)
		}
	}
}

// A question of 几点 is a when-question whose answer states a clock time.
func TestClockIsWhen(t *testing.T) {
	for _, q := range []string{"站长几点才报的", "值班人员几点交班"} {
		if u := understand(nil, nil, q, time.Now()); !u.when || !u.clock {
			t.Errorf("%s: when %v, clock %v", q, u.when, u.clock)
		}
	}
	if u := understand(nil, nil, "通知里提了几点要求", time.Now()); u.when || u.clock {
		t.Errorf("几点要求 read as a time of day")
	}
}

// Review 34: 几点 at a question's end after 是 asks a time; after a verb of
// heeding it counts; 几点几 is a decimal; "几点要求到岗" asks a time. A
// time written 早上8点, 17点前, 22时后 is a clock time.
func TestClockReview34(t *testing.T) {
	for q, want := range map[string]bool{
		"交接班是几点":       true,
		"夜班几点交班":       true,
		"几点要求到岗":       true,
		"要注意几点":        false,
		"存在几点不足":       false,
		"失业率控制在百分之几点几": false,
		"几点要求都是啥":      false,
	} {
		if got := asksClock(q); got != want {
			t.Errorf("%s: asksClock %v, want %v", q, got, want)
		}
	}
	for text, want := range map[string]bool{
		"值班人员交接班时间为每日早上8点和晚上8点": true,
		"带班领导每日17点前到岗签到":        true,
		"夜间值班人员22时后不得离岗":        true,
		"次日早八点半交班":              true,
		"增长3个百分点":               false,
		"占比4.5%":                false,
		"提出三点要求":                false,
	} {
		if got := statesClockTime(text); got != want {
			t.Errorf("%s: statesClockTime %v, want %v", text, got, want)
		}
	}
}

// The office a thing is reported to is asked of (报给县民政局); where one
// goes (去县民政局) is scope, as before (review 34).
func TestReportedToOffice(t *testing.T) {
	if got := withoutScopeWords("院长几点才报给县民政局的"); !strings.Contains(got, "民政局") {
		t.Errorf("报给县民政局 lost its office: %q", got)
	}
	if got := withoutScopeWords("去县民政局办公室查档几点开门"); strings.Contains(got, "民政局") {
		t.Errorf("去县民政局 kept its office: %q", got)
	}
}
