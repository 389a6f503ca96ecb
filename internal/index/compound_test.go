package index

import "testing"

func TestCompoundMatch(t *testing.T) {
	terms := compoundTerms("中心+网格化+信息化模式是哪个地方在用?")
	if len(terms) != 1 || terms[0].middle != "+网格化+" {
		t.Fatalf("compoundTerms = %+v, want one term around +网格化+", terms)
	}
	for _, tc := range []struct{ text, want string }{
		{"我镇全面推开综治信访维稳中心\"中心+网格化+信息化\"工作模式", "中心+网格化+信息化"},
		{"积极推行\"定员+网格管理员+义工\"的网格化模式", ""},
		{"理顺网格化管理体制", ""},
	} {
		if got := terms[0].match(tc.text); got != tc.want {
			t.Errorf("match(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	two := compoundTerms("哪些材料里提到了双随机、一公开监管")
	if len(two) != 1 {
		t.Fatalf("compoundTerms = %+v", two)
	}
	if got := two[0].match("强化\"双随机、一公开\"监管"); got != "双随机、一公开" {
		t.Errorf("two-part match = %q", got)
	}
	if got := compoundTerms("清城区民政局2024年低保金一共发了多少"); len(got) != 0 {
		t.Errorf("a question without joiners has no compound terms: %+v", got)
	}
}
