package answer

import "testing"

// A role names a body only where one is named: not 由于/由此, not 由各…/由有关…
// (none named), not a share held (入股); an election names a person only
// where one is elected to a post; the signing is asked by 签的/签订, not by
// 签到 or a contract the document asks to be signed (review of session 34).
func TestNamedOnlyWhereNamed(t *testing.T) {
	for s, want := range map[string]bool{
		"由于工作人员不负责任":        false,
		"由此产生的费用由申请人负责":     false,
		"由有关部门负责":           false,
		"由各乡镇负责":            false,
		"农户以土地经营权入股，":       false,
		"由县救灾物资储备库牵头，财务股配合": true,
		"社会事务股负责":           true,
	} {
		if got := namesOrg(s); got != want {
			t.Errorf("namesOrg(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"经选举产生的理事会成员共15名": false,
		"会议同意增补理事的提议":     false,
		"会议选举宋秋澜为副会长":     true,
	} {
		if got := namesPerson(s); got != want {
			t.Errorf("namesPerson(%q) = %v, want %v", s, got, want)
		}
	}
	// A thing named in quotes answers a name asked in the clause that
	// answers; a date in quotes (“6·30”) is no name.
	for _, tc := range []struct {
		text, unit string
		want       bool
	}{
		{"项目名称为“银龄守望”。", "项目名称为“银龄守望”", true},
		{"其中“6·30”活动捐赠资金941万元", "其中“6·30”活动捐赠资金941万元", false},
	} {
		if got := namesAnyone(tc.text, tc.unit); got != tc.want {
			t.Errorf("namesAnyone(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for s, want := range map[string]bool{
		"培训班几号签到":       false,
		"乙方什么时候签劳动合同":   false,
		"救助代发备忘录是哪天签的":  true,
		"跟银行的协议什么时候签订的": true,
	} {
		if got := reDocDateAsked.MatchString(s); got != want {
			t.Errorf("reDocDateAsked(%q) = %v, want %v", s, got, want)
		}
	}
}
