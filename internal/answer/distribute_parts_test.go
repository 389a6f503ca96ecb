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
