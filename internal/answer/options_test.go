package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestNumberedOptions: "方案二" names one of the options a document weighs,
// not a plan to look in — the 听证会纪要 that writes it answers, and 方案二
// stays a word of what is asked.
func TestNumberedOptions(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tingzheng.txt": {Data: []byte("崞阳县城区停车收费价格听证会纪要\n一、听证方案\n县发展和改革局提出两套调价方案。\n项目 | 计价单位 | 现行标准（元） | 方案一（元） | 方案二（元）\n路内停车（首小时） | 辆·小时 | 2 | 3 | 4\n公共停车场（全天） | 辆·天 | 10 | 12 | 15\n二、表态情况\n支持方案一的9人，支持方案二的3人，两套方案都不支持的1人。\n方案A：路内停车首小时3元。方案B：路内停车首小时4元。\n崞阳县发展和改革局\n2026年4月2日\n")},
		"fangan.txt":    {Data: []byte("崞阳县城区停车秩序整治工作方案\n一、工作目标\n到2026年底，城区新增公共停车泊位800个，路内停车收费实现电子化。\n二、主要任务\n规范公共停车场收费公示，严禁超标准收费。\n崞阳县人民政府办公室\n2026年3月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "公共停车场全天方案二收多少钱", want: []string{"15"}},
		{q: "支持方案二的有几个人", want: []string{"3人"}},
		// Review 31: the letter of an option is read as the question is,
		// normalized; a numeral before a unit counts, it names no option.
		{q: "方案B路内停车首小时多少钱", want: []string{"4"}},
		{q: "那个整治方案一年新增多少泊位", want: []string{"800个"}},
		// Options counted (两套方案) are asked of, not plans to look in.
		{q: "两个方案都不支持的有几个人", want: []string{"1人"}},
	})
}

// TestYesNoOfMeasureNoun: "受不受投资比例限制" asks yes or no of a 比例; it
// asks no figure, so a sentence that rules on it answers without one.
func TestYesNoOfMeasureNoun(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"cuoshi.txt": {Data: []byte("崞阳县支持民营企业发展若干措施\n一、准入\n（三）民营企业参与县重点项目建设，不受项目投资比例限制。\n（四）民营企业投资额在1000万元以上的，给予一次性奖励。\n崞阳县人民政府\n2026年3月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "民营企业参与重点项目受不受投资比例限制", want: []string{"不受项目投资比例限制"}},
	})
}
