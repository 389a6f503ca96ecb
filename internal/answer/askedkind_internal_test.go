package answer

import (
	"slices"
	"testing"
)

// The kind of body a question asks for, with what sort of it between
// ("哪家检测机构", "哪个评估单位"); not across a clause's words, nor after
// a time or a condition the which-word asks of.
func TestAskedKindWithModifier(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"试块是哪家检测机构检的", []string{"机构"}},
		{"是哪个评估单位做的复评", []string{"单位"}},
		{"哪些单位参加了", []string{"单位"}},
		{"哪个村的人员没到", nil},
		{"什么时候单位要报送年度报告", nil},
		{"什么情况下单位可以申请缓缴", nil},
		{"哪一年机关搬的家", nil},
	} {
		if got := askedKinds(tc.q); !slices.Equal(got, tc.want) {
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
		{"县民政局干部全程参与", true},
		{"县质量检测站全部抽检合格", true},
	} {
		if got := namesOrg(tc.text); got != tc.want {
			t.Errorf("%s: names a body = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// A time or a fraction written with 分 is no score of a case.
func TestScoreIsNoTime(t *testing.T) {
	for _, q := range []string{"上午8点30分开会要带什么", "9时30分以后还能办吗", "占3分之一以上的怎么算"} {
		for _, f := range caseFigures(q) {
			if f.family == "score" {
				t.Errorf("%s: read a score %v", q, f.v)
			}
		}
	}
	if fs := caseFigures("考评得了88分怎么拨"); len(fs) != 1 || fs[0].family != "score" || fs[0].v != 88 {
		t.Errorf("88分: %v", fs)
	}
}

// Where an agreement was signed, not where a form is signed for.
func TestSignedAtAsked(t *testing.T) {
	for q, want := range map[string]bool{
		"补充协议是在哪签的": true,
		"合同签订地点在哪":  true,
		"交房清单在哪签字":  false,
		"会议在哪签到":    false,
		"救灾物资在哪里签收": false,
	} {
		if got := slices.Contains(askedDocAttrs(q), attrSignedAt); got != want {
			t.Errorf("%s: asks where signed = %v, want %v", q, got, want)
		}
	}
}
