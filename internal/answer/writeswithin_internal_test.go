package answer

import "testing"

// writesWithin reads as the regexp stem\p{Han}{0,gap}genre did.
func TestWritesWithin(t *testing.T) {
	for _, tt := range []struct {
		text, stem, genre string
		gap               int
		want              bool
	}{
		{"制定提标工作实施方案报县政府", "提标", "方案", 4, true},
		{"制定提标工作实施方案报县政府", "提标", "方案", 3, false},
		{"整改方案", "整改", "方案", 0, true},
		{"整改，方案", "整改", "方案", 4, false},
		{"整改整改工作方案", "整改", "方案", 2, true},
		{"法治政府建设年度报告", "建设", "报告", 2, true},
		{"", "建设", "报告", 2, false},
	} {
		if got := writesWithin(tt.text, tt.stem, tt.genre, tt.gap); got != tt.want {
			t.Errorf("writesWithin(%q, %q, %q, %d) = %v, want %v", tt.text, tt.stem, tt.genre, tt.gap, got, tt.want)
		}
	}
}
