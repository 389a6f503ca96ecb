package answer

import "testing"

// What asks how a figure changed, and what only looks like it.
func TestComparedChangeAsked(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"今年低保资金预算比去年多多少", true},
		{"去年养老服务投入比前年多了多少", true},
		{"临时救助资金今年比去年多给了多少", true},
		{"低保城市标准比去年涨了多少", true},
		{"窎口一季度补贴对象比四季度多了还是少了", true},
		{"稳评建议单穴补偿从多少调到多少", true},
		{"床位费上涨了百分之几", true},
		{"还差了几个村没完成", false},
		{"比对后发现少缴了多少", false},
		{"农村特困供养比照城市低保给多少", false},
		{"对比一下各乡镇低保金多少", false},
		{"高龄津贴从多少岁到多少岁发", false},
		{"护理型床位比例是多少", false},
	} {
		if got := reComparedChange.MatchString(tc.q); got != tc.want {
			t.Errorf("%s: asks a change = %v, want %v", tc.q, got, tc.want)
		}
	}
}

// What states a change, with its figure, and what moves a duty or says
// none.
func TestChangeStated(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"较上年增加296.50万元，主要是城乡低保标准提高", true},
		{"2024年全县投入养老服务资金4870万元，比2023年的3960万元增长23%", true},
		{"城市低保标准由每人每月820元提高到860元", true},
		{"该项职责由县民政局调整为县医保局承担", false},
		{"从而将救助水平提高到新的高度", false},
		{"与2024年度考核结果挂钩的资金不少于30%", false},
		{"与上年度目标任务一致,不少于40个", false},
	} {
		if got := changeStated(tc.text); got != tc.want {
			t.Errorf("%s: states a change = %v, want %v", tc.text, got, tc.want)
		}
	}
}
