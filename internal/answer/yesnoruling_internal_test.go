package answer

import "testing"

// "…了没", "…过没有" ask done or not, as "…吗" does.
func TestDoneOrNotAsksYesNo(t *testing.T) {
	for _, q := range []string{"整改材料交上去了没", "乡镇敬老院消防验收过没有", "县里同意了没有"} {
		if !asksYesNo(q) {
			t.Errorf("%s: not read as yes or no", q)
		}
	}
	for _, q := range []string{"没有申请的怎么办", "还有哪些没有完成"} {
		if asksYesNo(q) {
			t.Errorf("%s: read as yes or no", q)
		}
	}
}
