package answer

import "testing"

// A noun a rate is per ("按床位一张", "每人") is the rate's base: the
// figure asked is what each one gets, in whatever unit the document
// writes it, not a count of the noun. Asked of the noun itself, or of a
// sum per head, its unit stands.
func TestRateBase(t *testing.T) {
	for q, want := range map[string]string{
		"幸福院运营补贴按床位算一张多少": "",
		"敬老院床位每张补多少":      "",
		"按人数每人发多少":        "",
		"敬老院床位一共多少":       "张",
		"全县人口多少":          "人",
		"一次性补助每人多少":       "元",
		"每张床位补多少":         "",
		"入住床位按每张补多少":      "",
	} {
		if got := impliedMeasure(q); got != want {
			t.Errorf("%s: measure %q, want %q", q, got, want)
		}
	}
}
