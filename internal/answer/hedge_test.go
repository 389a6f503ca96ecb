package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// A figure question whose words all named its document falls back on its
// characters: 该, 应, 本 of "原本该发", "本来应该" point or hedge and are no
// topic (pooled, they outweighed every word and refused ng089; over this
// small fixture the test passes either way and pins the answer).
func TestHedgeNoTopic(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"shuoming.txt": {Data: []byte("柏溪县青山镇人民政府关于2025年第四季度高龄津贴延迟发放情况的说明\n一、基本情况\n2025年第四季度，我镇核定高龄津贴对象412人，应发放津贴61800元。\n该季度津贴应于2026年1月15日前发放到位，实际于2026年2月3日发放。\n青山镇人民政府\n2026年3月10日\n")},
		"other.txt":    {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年发放高龄津贴1046.3万元。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 5, 10, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "去年四季度青山高龄津贴原本该发多少钱", want: []string{"61800元"}},
		{q: "去年四季度青山高龄津贴本来应该发多少", want: []string{"61800元"}},
	})
}

// Review 36: a question whose only characters are modal and glue ones
// ("报告里应该发多少") still falls back on them when nothing else is left.
func TestModalOnlyLeft(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"butie.txt": {Data: []byte("柏溪县民政局2025年高龄津贴发放情况报告\n一、发放情况\n全年实发高龄津贴资金48.6万元。\n因12名老人死亡未及时注销，全年应发高龄津贴资金50.2万元。\n柏溪县民政局\n2026年1月10日\n")},
		"other.txt": {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年开展敬老院安全检查4次。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "高龄津贴报告里应该发多少", want: []string{"50.2万元"}},
	})
}
