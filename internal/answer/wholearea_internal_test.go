package answer

import "testing"

// TestWholeArea: 全县 asked of, not 全 ending a word (安全市场); 这周全县,
// 确保全县 and 完成全县 ask of the county (review 43).
func TestWholeArea(t *testing.T) {
	for q, want := range map[string]string{
		"去年全县一共建成多少个":    "县",
		"这周全县拆了多少":       "县",
		"确保全县年底前完成":      "县",
		"完成全县排查了吗":       "县",
		"去年食品安全市场抽检了几批":  "",
		"健全省级统筹机制了吗":     "",
		"南山区去年GDP多少 全区呢": "区",
	} {
		if got := wholeArea(q); got != want {
			t.Errorf("wholeArea(%q) = %q, want %q", q, got, want)
		}
	}
}
