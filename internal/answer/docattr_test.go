package answer

import (
	"slices"
	"testing"
)

// TestDocAttrIntents: every example question of the intent table asks for
// its own attribute.
func TestDocAttrIntents(t *testing.T) {
	for _, it := range docAttrIntents {
		for _, q := range it.examples {
			if got := askedDocAttrs(q); !slices.Contains(got, it.attr) {
				t.Errorf("%q asks for %v, want %d among them", q, got, it.attr)
			}
		}
	}
	// Two attributes in one question are both asked.
	if got := askedDocAttrs("4626号提案答复 文号和日期"); !slices.Equal(got, []docAttr{attrNumber, attrDate}) {
		t.Errorf("文号和日期 asks for %v, want 文号 and 成文日期", got)
	}
	// Questions about what a document says ask for no attribute of it.
	for _, q := range []string{"各省的具体实施方案几月前要出台", "普法宣传搞了多少场活动", "低保标准每月提高多少"} {
		if a := askedDocAttrs(q); len(a) > 0 {
			t.Errorf("%q asks for attribute %d, want none", q, a)
		}
	}
	// Wording that asks for an attribute, but about something the
	// document says, not about the document itself.
	for _, q := range []string{"各地民政部门落实低保提标和临时救助政策的情况什么时候印发", "养老机构消防安全检查结果什么时候发布给各街道"} {
		if len(askedDocAttrs(q)) == 0 {
			t.Fatalf("%q should match an attribute's wording", q)
		}
		if asksOnlyHead(understood{q: q}) {
			t.Errorf("%q is about the document's content, not its head", q)
		}
	}
}
