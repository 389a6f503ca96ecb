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
