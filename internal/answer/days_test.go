package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestNamedDayAndCountColumn: a day the question names ("21号") is the
// day a passage must be of — the duty row of 6月21日, not the rule for
// every day; and a column of 人数 counts people, no answer to 多少户.
func TestNamedDayAndCountColumn(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zhiban.txt": {Data: []byte("崞阳县防汛抗旱指挥部办公室关于国庆期间值班安排的通知\n各成员单位：\n一、值班要求\n值班期间，县防指办实行局领导带班和专人值班制度，带班领导须24小时保持通信畅通。\n二、值班安排\n日期 | 带班领导 | 值班人员\n10月1日 | 贺知远 | 祁安、柏舟\n10月2日 | 闻一鸣 | 蓝溪、戚远\n三、安置点\n安置点 | 可容纳人数 | 负责人\n东关小学 | 300 | 韩桐\n崞阳县防汛抗旱指挥部办公室\n2026年9月28日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "2号防指办谁带班", want: []string{"闻一鸣"}},
		{q: "东关小学安置点能住多少户", refused: true},
	})
}

// TestYearOfTheSentence: a year written earlier in the sentence governs
// the clause that states the figure ("2022—2024年县殡仪馆年均火化遗体
// 3286具" is no answer for 2025).
func TestYearOfTheSentence(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt": {Data: []byte("崞阳县殡葬服务收费听证会纪要\n一、成本监审情况\n经监审，2021—2023年县殡仪馆年均接运遗体2150具，年均核定成本860万元；单具平均成本4000元。\n二、听证结论\n多数参加人同意调价。\n崞阳县发展和改革局\n2026年3月2日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "殡仪馆2025年接运了多少具遗体", refused: true},
		{q: "殡仪馆每年大概接运多少具遗体", want: []string{"2150具"}},
	})
}

// TestFewThatPoints: 那几天 points at days, it asks none — "那几天要开几个
// 安置点" asks a count of 安置点, not of days.
func TestFewThatPoints(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fangxun.txt": {Data: []byte("崞阳县防汛工作方案\n一、安置\n台风过境期间，城关镇设置临时安置点3个，每个安置点配备工作人员5名。\n二、期限\n安置点安置期一般不超过7天。\n崞阳县应急管理局\n2026年6月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "台风那几天城关要开几个安置点", want: []string{"3个"}, not: []string{"7天"}},
		{q: "安置点最多安置几天", want: []string{"7天"}},
	})
}
