package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// Words for people asking a name (那个群众叫什么) were tried and taken out
// (reviews 35, 36: a name after the word cannot be told from any other
// word without knowing surnames): these stay answered as before — a name
// in running text, a 姓名 field to fill, a 承办者 that is a unit.
func TestPeopleNamesReview35(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"biaozhang.txt": {Data: []byte("柏溪县民政局关于表彰2025年度孝老爱亲先进个人的通报\n一、先进事迹\n青山镇敬老院护工王秀英连续十年照护失能老人，从未发生安全事故。\n二、活动情况\n本次活动主办者为柏溪县司法局，承办者为柏溪县法律援助中心。\n三、填表说明\n申请表中户主姓名应与户口簿一致。\n柏溪县民政局\n2026年1月8日\n")},
		"other.txt":     {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年开展敬老院安全检查4次。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "照护失能老人十年的那个护工叫什么名字", want: []string{"王秀英"}},
		{q: "户主姓名怎么填", want: []string{"户口簿"}},
		{q: "那次活动承办者叫什么", want: []string{"法律援助中心"}},
	})
}
