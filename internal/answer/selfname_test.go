package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// A document calls itself by the last word of its title (本规程, 本守则),
// whatever its genre: the sentence in which it says so is where it states
// from when it applies, though no list of genres names that word.
func TestSelfNamedForce(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"shouze.txt": {Data: []byte("荻川县民政局关于印发《荻川县社区养老服务站值守守则》的通知\n荻民发〔2026〕12号\n各乡镇人民政府：\n现将《荻川县社区养老服务站值守守则》印发给你们，请遵照执行。\n一、总则\n（一）服务站每日值守不少于8小时，节假日轮流值守。\n二、附则\n（一）本守则由县民政局负责解释。\n（二）本守则自2026年7月1日起施行。\n荻川县民政局\n2026年6月10日\n")},
		"other.txt":  {Data: []byte("荻川县民政局2025年工作总结\n一、主要工作\n全年新建社区养老服务站12个，值守人员培训3期。\n荻川县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "值守守则几号开始执行", want: []string{"2026年7月1日"}},
		{q: "服务站那个守则啥时候起生效的", want: []string{"2026年7月1日起施行"}},
	})
}

// Review 34: a document's name that is not the subject of its clause
// ("依照本规程制定的实施细则自…起施行") says another document's force; a
// genre word of more than two characters is the name (本协议书).
func TestSelfNamedForceReview34(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"guicheng.txt": {Data: []byte("荻川县民政局关于印发《荻川县低保入户核查工作规程》的通知\n各乡镇人民政府：\n现将规程印发给你们。\n第一条 入户核查由两名工作人员进行。\n第二条 各乡镇依照本规程制定的入户核查实施细则自2026年7月1日起施行。\n荻川县民政局\n2026年6月1日\n")},
		"xieyi.txt":    {Data: []byte("荻川县社区养老服务站委托运营协议书\n甲方：荻川县民政局\n乙方：荻川县康宁养老服务有限公司\n第一条 乙方负责服务站日常运营。\n第九条 本协议书自双方签字之日起生效，有效期三年。\n甲方：荻川县民政局\n2026年3月1日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "低保入户核查工作规程哪天起执行", not: []string{"2026年7月1日"}},
		{q: "养老服务站委托运营协议书现在还管用吗", want: []string{"有效期三年"}},
	})
}
