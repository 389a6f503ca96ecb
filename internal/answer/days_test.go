package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestCountColumn: a column of 人数 counts people, no answer to 多少户 —
// unless the table states its own unit (单位：万人; review 32).
func TestCountColumn(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zhiban.txt": {Data: []byte("崞阳县防汛抗旱指挥部办公室关于国庆期间值班安排的通知\n各成员单位：\n一、值班要求\n值班期间，县防指办实行局领导带班和专人值班制度，带班领导须24小时保持通信畅通。\n二、值班安排\n日期 | 带班领导 | 值班人员\n10月1日 | 贺知远 | 祁安、柏舟\n10月2日 | 闻一鸣 | 蓝溪、戚远\n三、安置点\n安置点 | 可容纳人数 | 负责人\n东关小学 | 300 | 韩桐\n崞阳县防汛抗旱指挥部办公室\n2026年9月28日\n")},
		"canbao.txt": {Data: []byte("崞阳县2025年社会保险参保情况统计\n单位：万人\n险种 | 参保人数 | 缴费人数\n职工养老保险 | 6.8 | 6.1\n崞阳县人力资源和社会保障局\n2026年1月10日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "职工养老保险参保人数多少", not: []string{"6.8人"}},
		{q: "东关小学安置点能住多少户", refused: true},
	})
}

// TestYearOfTheSentence: a year written earlier in the sentence governs
// the clause that states the figure ("2022—2024年县殡仪馆年均火化遗体
// 3286具" is no answer for 2025).
func TestYearOfTheSentence(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jiyao.txt":   {Data: []byte("崞阳县殡葬服务收费听证会纪要\n一、成本监审情况\n经监审，2021—2023年县殡仪馆年均接运遗体2150具，年均核定成本860万元；单具平均成本4000元。\n")},
		"zongjie.txt": {Data: []byte("崞阳县财政局2025年工作总结\n一、收入情况\n全县一般公共预算收入较2024年增长4.2%；全年实现税收收入9.8亿元。\n崞阳县财政局\n2026年1月8日\n二、听证结论\n多数参加人同意调价。\n崞阳县发展和改革局\n2026年3月2日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "殡仪馆2025年接运了多少具遗体", refused: true},
		{q: "殡仪馆每年大概接运多少具遗体", want: []string{"2150具"}},
		// A year compared with is not the figure's (review 32).
		{q: "2025年税收收入多少", want: []string{"9.8亿元"}},
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

// TestTimeByStep: a when-question with no day set is answered by the step
// the time is told by ("在办理预售许可前").
func TestTimeByStep(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"diming.txt": {Data: []byte("崞阳县地名管理实施细则\n第八条 新建居民区在办理商品房预售许可前，须向县民政局申报地名命名。\n第九条 地名标志由县民政局统一设置。\n崞阳县人民政府\n2026年2月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "新小区啥时候得报地名", want: []string{"预售许可前"}},
	})
}

// TestWhichPeriod: "哪段时间" asks when, as 什么时候 does; its words are the
// asker's, not the document's — one that never writes 时间 is not refused
// for lacking them.
func TestWhichPeriod(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"chubei.txt":  {Data: []byte("崞阳县救灾物资储备管理办法\n第十四条 储备库实行24小时值班制度，汛期（每年5月1日至9月30日）实行领导带班。\n第十五条 储备物资每季度盘点1次。\n崞阳县应急管理局\n2026年1月1日\n")},
		"jianbao.txt": {Data: []byte("崞阳县应急工作简报\n近一段时间以来，全县降雨偏多。下一段时间要加强值班，值班时间不得少于8小时，时间安排由各单位确定。\n崞阳县应急管理局\n2026年5月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "储备管理办法里汛期指哪段时间", want: []string{"5月1日至9月30日"}},
	})
}
