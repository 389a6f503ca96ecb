package document

import "testing"

// TestDecimalHeadings: 预案 and standards number their outline 1 > 1.1 >
// 1.1.1; a line that merely starts with a number is not a heading.
func TestDecimalHeadings(t *testing.T) {
	for _, c := range []struct {
		line, marker string
		rank         int
		ok           bool
	}{
		{"1 总则", "1", 7, true},
		{"2.3 应急响应", "2.3", 8, true},
		{"4.2.1 启动条件", "4.2.1", 9, true},
		{"3 人参加了培训,其中女性2人,男性1人,另有志愿者若干人参与协助", "", 0, false},
		{"2019年全区完成", "", 0, false},
	} {
		m, _, r, ok := parseHeading(c.line)
		if ok != c.ok || (ok && (m != c.marker || r != c.rank)) {
			t.Errorf("parseHeading(%q) = %q, rank %d, %v; want %q, rank %d, %v", c.line, m, r, ok, c.marker, c.rank, c.ok)
		}
	}
}
