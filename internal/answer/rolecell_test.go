package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestRoleCellNamesPerson: a table's column of the one who holds a role
// (负责人, 法定代表人) names a person, as a 姓名 column does.
func TestRoleCellNamesPerson(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"mingdan.txt": {Data: []byte("崞阳县2026年社会工作服务站名单\n各乡镇人民政府：\n现将全县社会工作服务站名单公布如下。\n站点名称 | 站点负责人 | 驻站社工 | 服务电话\n城关镇社会工作服务站 | 祁远航 | 4名 | 0350-5512301\n南庄镇社会工作服务站 | 蔺秋禾 | 3名 | 0350-5512302\n崞阳县民政局\n2026年3月2日\n")},
		"xiangmu.txt": {Data: []byte("崞阳县2026年民生项目安排表\n项目名称 | 受益人 | 实施单位 | 资金（万元）\n困难群众取暖补贴 | 低保户 | 县民政局 | 85\n高龄津贴委托代办的，代办人：亲属，需提供代办人身份证。\n崞阳县财政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "南庄那个社工站的负责人叫啥", want: []string{"蔺秋禾"}},
		// Review 31: a column of a kind of people, or a colon's value in
		// the text, names no one.
		{q: "取暖补贴受益人叫什么名字", refused: true},
		{q: "高龄津贴经办人叫啥", refused: true},
	})
}
