package answer

import (
	"regexp"
	"strings"
)

// An investigation's findings open each item with its verdict ("（一）关于
// 伙食标准低的问题，部分属实。"), and the sentences after it say what was
// found ("院内每周安排荤菜3次，并非来信所称…"). "说一周只吃两次肉 是真的吗"
// matches those sentences; whether it is true is the item's verdict.

// reVerdict is a finding's verdict on what was reported, a clause of its
// own that ends the sentence: not 属实 inside "对举报属实的，给予奖励" or
// "确属实际困难的" (review).
var reVerdict = regexp.MustCompile(`[，,：:\s](?:基本|部分)?不?属实[。；;]?$|查无实据|情况不实`)

// withVerdict puts before the first answer of a yes/no question the
// verdict that opens its paragraph, when the answer is not that opening.
func withVerdict(picked []evidence, u understood) []evidence {
	if !u.yesNo || len(picked) == 0 {
		return picked
	}
	ev := picked[0]
	d := ev.doc
	from := lineStartAt(d.Text, ev.start)
	if strings.TrimSpace(d.Text[from:ev.start]) == "" {
		return picked // the answer opens its paragraph
	}
	a, b := firstSentence(d.Text, from, lineEndAt(d.Text, from))
	if b > ev.start || !reVerdict.MatchString(strings.TrimSpace(d.Text[a:b])) {
		return picked
	}
	lead := ev.unit(ev.path, a, b)
	if overlaps(picked, lead) {
		return picked
	}
	return append([]evidence{lead}, picked...)
}
