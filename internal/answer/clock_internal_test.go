package answer

import (
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
