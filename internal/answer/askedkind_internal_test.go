package answer

import (
	"slices"
	"testing"
)

// The kind of body a question asks for, with what sort of it between
// ("哪家检测机构", "哪个评估单位"); not across a clause's words.
func TestAskedKindWithModifier(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"试块是哪家检测机构检的", []string{"机构"}},
		{"是哪个评估单位做的复评", []string{"单位"}},
		{"哪些单位参加了", []string{"单位"}},
		{"哪个村的人员没到", nil},
	} {
		var got []string
		for _, m := range reAskedKind.FindAllStringSubmatch(tc.q, -1) {
			got = append(got, m[1])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: asked %q, want %q", tc.q, got, tc.want)
		}
	}
}

// Words that end as an office's name does and name none.
func TestNamesNoOrgByWholeOrPart(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"试块12组，检测结果全部合格", false},
		{"加强内部控制，规范干部管理", false},
		{"委托县建设工程质量检测中心检测", true},
	} {
		if got := namesOrg(tc.text); got != tc.want {
			t.Errorf("%s: names a body = %v, want %v", tc.text, got, tc.want)
		}
	}
}
