package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// "几点报的" asks a time of day: the sentence that states the clock time
// answers, not one that states a day only; the office a thing was reported
// to (报给县民政局) is what is asked of, not a scope word.
func TestClockTimeAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"kuaibao.txt": {Data: []byte("柏溪县民政局关于青山救助站一起走失事件的情况报告\n一、基本情况\n救助站于2025年10月8日前完成全年安全培训。\n二、经过\n10月9日凌晨，一名受助人员走失。站长韩立新于6时15分接报，8时40分报告县民政局，9时05分报告县公安局。\n三、处理\n走失人员于10月9日下午找回，共出动搜寻人员32人。站长韩立新于10月10日向县民政局报送书面报告。\n责成救助站于10月20日前完成整改。\n柏溪县民政局\n2025年10月12日\n")},
		"other.txt":   {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n救助站站长参加全县安全培训。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "走失那次站长几点报的县民政局", want: []string{"8时40分"}, not: []string{"找回", "书面报告"}},
	})
}
