package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// "…请示的批复文号" asks of the reply to the document named: the 请示's
// own head is no answer; where the reply is indexed, its head is.
func TestReplyOfNamedDocument(t *testing.T) {
	qingshi := "柏溪县青山镇人民政府关于撤并部分行政村的请示\n柏青政〔2026〕5号\n县人民政府：\n为优化村级布局，拟撤并部分行政村。\n妥否，请批示。\n柏溪县青山镇人民政府\n2026年3月2日\n"
	only := engineOver(t, fstest.MapFS{"qingshi.txt": {Data: []byte(qingshi)}})
	checkAnswers(t, only, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "青山撤并村那个请示 县里批复的文号多少", not: []string{"柏青政〔2026〕5号"}},
	})
	both := engineOver(t, fstest.MapFS{
		"qingshi.txt": {Data: []byte(qingshi)},
		"pifu.txt":    {Data: []byte("柏溪县人民政府关于同意青山镇撤并部分行政村的批复\n柏政函〔2026〕31号\n青山镇人民政府：\n你镇《关于撤并部分行政村的请示》收悉。经研究，同意撤并。\n柏溪县人民政府\n2026年4月8日\n")},
	})
	checkAnswers(t, both, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "青山撤并村请示的批复文号多少", want: []string{"柏政函〔2026〕31号"}},
	})
}
