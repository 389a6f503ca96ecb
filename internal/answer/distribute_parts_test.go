package answer

import (
	"slices"
	"testing"
)

func TestDistributedParts(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"养老中心和防汛演练各要花多少钱", []string{"养老中心要花多少钱", "防汛演练要花多少钱"}},
		{"新疆乌昌石批复和深圳湾口岸批复的国函文号各是多少", []string{"新疆乌昌石批复国函文号是多少", "深圳湾口岸批复国函文号是多少"}},
		{"棠溆表彰的先进个人和蕨湖培训要评的优秀学员各多少名", []string{"棠溆表彰的先进个人多少名", "蕨湖培训要评的优秀学员多少名"}},
		// Which came first asks each one's date.
		{"苕岩常务会纪要和市民政局养老评定通报 哪个先印发的", []string{"苕岩常务会纪要哪天印发的", "市民政局养老评定通报哪天印发的"}},
		{"禁放通告和民生清单通知哪个先出的 日期各是哪天", []string{"禁放通告哪天出的", "民生清单通知哪天出的"}},
		// Years are one office's reports, answered by year.
		{"盐田2015年和2019年GDP增速分别多少", nil},
		// Short things share the words around them; another clause or
		// what follows a break asks more; a document named as where the
		// things are may hold a 和 in its name; 各 before a noun is
		// "every" (review 19's repros).
		{"城市和农村低保标准各是多少", nil},
		{"养老服务推进会的时间和地点分别是什么", nil},
		{"南山去年和前年GDP分别多少", nil},
		{"低保和特困分别多少 临时救助呢", nil},
		{"芃塬和苕岩的养老中心各多少张床位？总投资呢", nil},
		{"提高城乡低保和特困人员救助供养标准的通知里城市和农村低保各是多少", nil},
		{"民政局和财政局对各乡镇的要求是什么", nil},
		{"养老院和敬老院哪个先进", nil},
		// Each thing in a document of its own is asked of.
		{"供热答复里困难群众取暖补贴和地灾预案里受灾群众安置 分别是哪个部门管", []string{"供热答复里困难群众取暖补贴是哪个部门管", "地灾预案里受灾群众安置是哪个部门管"}},
		// Where the things are is every thing's; the first's words are
		// its own (review 23: 存在, 对象).
		{"防汛会商和救灾资金拨付里分别负责啥", []string{"防汛会商里负责啥", "救灾资金拨付里负责啥"}},
		{"工作中存在的问题和下一步打算分别是什么", []string{"工作中存在的问题是什么", "下一步打算是什么"}},
		// The quantity the last thing ends with is asked of each.
		{"理事单位和一般个人会员会费各交多少", []string{"理事单位会费交多少", "一般个人会员会费交多少"}},
		{"濛溪中心和泷岙中心总投资各多少", []string{"濛溪中心总投资多少", "泷岙中心总投资多少"}},
		// What follows the last thing after a space is asked of each.
		{"蒿川那份请示和芸川那个批复 文号分别是多少", []string{"蒿川那份请示文号是多少", "芸川那个批复文号是多少"}},
		// Nothing asked of each, or no several things.
		{"各镇街道分别开展了哪些活动", nil},
		{"低保标准是多少", nil},
	}
	for _, tt := range tests {
		if got := distributedParts(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestEachSideRestates: a side that only asks each one's figure or date
// ("各多少", "分别是哪天") restates the question before it, it is no part
// of its own; a side with words of its own is.
func TestEachSideRestates(t *testing.T) {
	for q, want := range map[string]int{
		"濛溪和鼋湾哪个镇损失大 各多少":        1,
		"两个通知哪个先发，分别是哪天":         1,
		"低保标准多少 特困供养标准多少":        2,
		"主动公开了多少条政府信息?通过哪些渠道公开?": 2,
		// A side that names the date it asks ("截止时间") asks.
		"房屋核查建档截止时间，重建要求啥时候完成": 2,
	} {
		if got := subQuestions(q); len(got) != want {
			t.Errorf("%s: parts %q, want %d", q, got, want)
		}
	}
}
