package answer

import "testing"

// What asks why something came about, and what only looks like it.
func TestReasonAsked(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"补贴资金为什么花得这么慢", true},
		{"盘点少了4床棉被是啥原因", true},
		{"养老中心为啥还没开工", true},
		{"复评延迟主要原因有哪些", true},
		{"上个月投诉变多是怎么回事", true},
		{"补贴资金花了多少", false},
		{"为民服务中心在哪", false},
		{"原因分析写在第几部分", false},
		{"主要原因分析在哪一部分", false},
		{"这种情况认为什么人能申请", false},
		{"作为什么单位来管理", false},
	} {
		if got := reReasonAsked.MatchString(tc.q); got != tc.want {
			t.Errorf("%s: asks why = %v, want %v", tc.q, got, tc.want)
		}
	}
}
