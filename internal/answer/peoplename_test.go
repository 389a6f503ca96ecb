package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// "那个居民叫什么" asks a person's name as "组长叫什么" does: a sentence
// that speaks of "一名居民" without naming one does not answer.
func TestPeopleWordAsksName(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuebao.txt": {Data: []byte("柏溪县民政局热线工单月报\n一、典型案例\n3月6日，青山镇一名居民来电反映其低保申请迟迟没有结果。经督办，镇民政办于3月9日完成入户核查。\n二、下一步工作\n加强督办。\n柏溪县民政局办公室\n2026年4月7日\n")},
		"other.txt":  {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年办理低保申请1260件。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "青山镇来电反映低保的那个居民叫什么", refused: true},
	})
}

// Review 35: a word for people then a name names someone ("护工王秀英"); a
// bare 姓名 is a field to fill, no name asked; 者 alone is no word for
// people (主办者, 后者).
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
