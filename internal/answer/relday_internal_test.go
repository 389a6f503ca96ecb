package answer

import (
	"testing"
	"time"
)

// A day named from today is written as the day it is, as documents write
// their days; without today the question is left as asked.
func TestWithDayResolved(t *testing.T) {
	now := time.Date(2025, 9, 15, 10, 0, 0, 0, time.UTC) // a Monday
	for _, c := range []struct{ q, want string }{
		{"社工站上周三都干了些啥", "社工站9月10日都干了些啥"},
		{"上星期五谁值的班", "9月12日谁值的班"},
		{"上礼拜天的活动来了多少人", "9月14日的活动来了多少人"},
		{"这周一开会定了什么", "9月15日开会定了什么"},
		{"昨天来访的是谁", "9月14日来访的是谁"},
		{"前天那起纠纷调解了吗", "9月13日那起纠纷调解了吗"},
		{"申请要提前天数是多少", "申请要提前天数是多少"},
	} {
		if got := withDayResolved(c.q, now); got != c.want {
			t.Errorf("%s: got %s, want %s", c.q, got, c.want)
		}
	}
	if got := withDayResolved("上周三干了啥", time.Time{}); got != "上周三干了啥" {
		t.Errorf("without today: %s", got)
	}
}
