package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestProcedureToItsEnd: what is to be done ("有意见咋办") is answered by
// the item told to its end, not its first sentence alone.
func TestProcedureToItsEnd(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"guicheng.txt": {Data: []byte("崞阳县高龄津贴发放工作规程\n一、申请\n本县户籍80周岁以上老年人可以申请高龄津贴。\n二、异议处理\n申请人对审核结果有异议的，可以在收到告知之日起7日内向乡镇民政办提出书面复核申请。乡镇民政办应当在收到申请之日起15日内完成复核并书面答复。\n三、发放\n津贴按月发放到本人社保卡。\n崞阳县民政局\n2026年1月8日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "老人对审核结果有意见咋办", want: []string{"7日内", "15日内"}},
	})
}
