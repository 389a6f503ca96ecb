package answer

import "testing"

// Only an office's unit the documents write begins with a plan word:
// "规划部署", "规划所定" ask of the 规划 (review 25); "规划财务股" is a 股.
func TestOnlyUnitsBeginWithPlanWord(t *testing.T) {
	all := func(string) bool { return true }
	none := func(string) bool { return false }
	for _, tc := range []struct {
		q       string
		written func(string) bool
		want    bool
	}{
		{"规划财务股座机号", all, true},
		{"规划建设科办公电话多少", all, true},
		{"规划财务股座机号", none, false},
		{"规划部署新建几所幸福院", all, false},
		{"规划所定的幸福院建多少所", all, false},
		{"规划中心城区有多少人", all, false},
		{"收费方案二比现在贵多少", all, true},
		{"收费方案二比现在贵多少", none, false},
		{"方案A和方案B哪个便宜", all, true},
		{"那个方案一年建几个互助养老点", all, false},
		{"方案三年内要完成哪些任务", all, false},
		{"方案一开始就定了目标", all, false},
	} {
		if got := onlyInBodyNames(tc.q, rePlanWords, tc.written); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.q, got, tc.want)
		}
	}
}
