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

// "哪些人参加", "哪些村完成了" name no kind whose names a list would end
// with; "哪些敬老院整改了没有" asks which, not yes or no (review 30).
func TestListKindAndDoneOrNotReadNarrowly(t *testing.T) {
	for _, q := range []string{"有哪些人参加", "哪些村完成了", "都有哪些呢"} {
		if m := reListKindAsked.FindStringSubmatch(q); m != nil {
			t.Errorf("%s: kind %q read", q, m[1])
		}
	}
	for q, want := range map[string]string{"涉及哪几个村": "村", "驿站建在哪几个社区": "社区", "慈善协会下面有哪几个部": "部"} {
		if m := reListKindAsked.FindStringSubmatch(q); m == nil || m[1] != want {
			t.Errorf("%s: kind %v, want %s", q, m, want)
		}
	}
	for _, q := range []string{"哪些敬老院整改了没有", "为了没有"} {
		if asksYesNo(q) {
			t.Errorf("%s: read as yes or no", q)
		}
	}
	if !asksYesNo("整改了没啊") {
		t.Errorf("整改了没啊: not read as yes or no")
	}
}
