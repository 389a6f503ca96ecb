package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// A day in quotes names an event ("“7·23”洪灾"): the sentence that says
// when it happened answers when, before one that only names it; a month
// the asker counts back from (上个月, 这个月) is when, not a word to find.
func TestEventNamedByDay(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"baogao.txt": {Data: []byte("柏溪县民政局关于“7·23”洪灾受灾群众救助情况的报告\n一、灾情概况\n经核查认定，“7·23”洪灾造成青山镇受灾群众转移安置1260人，倒损房屋42户。\n2025年7月23日夜间，青山镇遭遇强降雨引发洪灾，河水漫堤。\n二、救助情况\n累计发放过渡期生活救助资金56.8万元。\n柏溪县民政局\n2025年8月20日\n")},
		"other.txt":  {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年开展防汛演练3次。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2025, 8, 25, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "上个月青山那场洪灾具体是几号发生的", first: "2025年7月23日夜间"},
	})
}

// Review 35: a sentence that names the event by its day and states another
// day is of something else on that day (a meeting after the flood).
func TestEventDayOtherDate(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"hongzai.txt": {Data: []byte("柏溪县民政局关于“7·23”洪灾救助工作的总结\n一、应急响应\n“7·23”洪灾发生后，我局第一时间启动四级应急响应，转移安置群众1260人。\n二、灾后重建\n2025年8月5日，县政府召开“7·23”洪灾灾后重建工作会议，部署倒损房屋修缮。\n柏溪县民政局\n2025年9月1日\n")},
		"other.txt":   {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年开展防汛演练3次。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "那场洪灾是几号", first: "“7·23”洪灾发生后"},
	})
}

// Review 36: the day an event is named by is stated however it is written
// (7月23号, 七月二十三日), and 11月2日 does not state 1月2日.
func TestEventDayStatedForms(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"hongzai.txt":  {Data: []byte("柏溪县民政局关于“7·23”洪灾救助工作的总结\n一、灾情\n2025年7月23号夜间，柏溪县遭遇特大暴雨，引发“7·23”洪灾。\n二、重建\n2025年8月5日，县政府召开“7·23”洪灾灾后重建工作会议。\n柏溪县民政局\n2025年9月1日\n")},
		"bingdong.txt": {Data: []byte("柏溪县民政局关于“1·2”冰冻灾害救助工作的总结\n一、总结\n2025年11月2日，县政府召开“1·2”冰冻灾害总结会议。\n二、灾情\n2025年1月2日凌晨，全县普降冻雨，引发“1·2”冰冻灾害。\n柏溪县民政局\n2025年11月10日\n")},
	})
	checkAnswers(t, eng, time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "那场洪灾几号", first: "7月23号夜间"},
		{q: "冰冻灾害几号发生的", first: "1月2日凌晨"},
	})
}
