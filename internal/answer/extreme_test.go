package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestWhichRowIsMost: which row of a table is most or least is read by
// comparing the rows on the column the question asks of — by its words,
// or by the kind it asks (money, people) — though no sentence says which.
// A bound asked ("最多补多少") is no such question.
func TestWhichRowIsMost(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuliang.txt": {Data: []byte("磐溪县“7·18”强降雨灾情统计表\n各村受灾情况如下：\n村名  累计雨量（毫米）  受灾人口  转移安置人数\n上坪村  312.5  860  120\n下坪村  287.0  1020  95\n石门村  355.2  640  210\n合计  —  2520  425\n说明：雨量数据来源于县气象局自动站。\n")},
		"tongbao.txt": {Data: []byte("磐溪县2025年度临时救助资金发放情况通报\n一、总体情况\n全年发放临时救助资金906万元，第四季度发放最多，为302万元。\n表1　各季度发放情况\n季度  发放金额（万元）  累计执行率\n第一季度  150  16.6%\n第二季度  204  39.1%\n第三季度  250  66.7%\n第四季度  302  100%\n二、各乡镇发放情况\n表2　各乡镇临时救助资金发放情况\n乡镇  发放金额（万元）  救助人次  资金执行率\n城关镇  310  1200  98.0%\n河口镇  255  960  91.5%\n石门乡  121  430  72.0%\n松溪乡  220  810  88.8%\n")},
		"buzhu.txt":   {Data: []byte("磐溪县2026年养老机构运营补贴发放表\n单位：万元、张\n机构名称  核定床位  补贴金额\n县福利院  180  36.0\n城关敬老院  96  19.2\n溪口敬老院  120  24.8\n合计  396  80.0\n每张床位每年补贴最多2000元。\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "强降雨那次哪个村雨量最大", want: []string{"石门村", "355.2"}},
		{q: "转移安置人数最少的是哪个村", want: []string{"下坪村", "95"}},
		{q: "运营补贴哪家机构拿的钱最多", want: []string{"县福利院", "36.0"}},
		{q: "哪个敬老院床位最少", want: []string{"城关敬老院", "96"}},
		// The table whose rows are what is asked which of, though a
		// sentence says 最多 of another thing and the question's other
		// words named the document; a rate of money spent is no sum.
		{q: "临时救助资金通报里哪个乡发得最多", want: []string{"城关镇", "310"}},
		{q: "哪个乡镇救助人次最少", want: []string{"石门乡", "430"}},
		// What is handed out is counted in money unless people are asked.
		{q: "运营补贴哪家发得最少", want: []string{"城关敬老院", "19.2"}},
		// A table of 乡镇 answers no "哪个村"; a measure the table has no
		// column of ("雨量" of a table of money) is not compared in money.
		{q: "临时救助哪个村发得最多", not: []string{"城关镇(310)"}},
		{q: "每张床位最多补多少", want: []string{"2000元"}, not: []string{"县福利院"}},
	})
}
