package answer

import "testing"

// TestDocAttrIntents: every example question of the intent table asks for
// its own attribute and no earlier one.
func TestDocAttrIntents(t *testing.T) {
	for _, it := range docAttrIntents {
		for _, q := range it.examples {
			if got := askedDocAttr(q); got != it.attr {
				t.Errorf("%q asks for %d, want %d", q, got, it.attr)
			}
		}
	}
	for _, q := range []string{"各省的具体实施方案几月前要出台", "普法宣传搞了多少场活动"} {
		u := understood{q: q}
		if askedDocAttr(q) != attrNone && asksOnlyHead(u) {
			t.Errorf("%q is not about the document's head", q)
		}
	}
}
