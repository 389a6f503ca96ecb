package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// A genre word's 编号 asks the document's 文号 only of a document whose
// text numbers nothing itself: "合同编号：HT-2026-07" is the number asked
// of a contract (review 34); a 决定书's head number is asked of it.
func TestSerialNumberAsked(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"hetong.txt":  {Data: []byte("消防设施检测服务合同书\n合同编号：HT-2026-07\n甲方：柏溪县民政局\n乙方：柏溪县安达消防检测有限公司\n第一条 乙方每年检测两次。\n甲方：柏溪县民政局\n2026年3月2日\n")},
		"jueding.txt": {Data: []byte("柏溪县民政局\n行政处罚决定书\n柏民罚字〔2026〕第3号\n当事人：柏溪县某养老服务中心。\n经查，当事人未按规定备案。\n柏溪县民政局\n2026年8月1日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "消防检测合同编号多少", want: []string{"HT-2026-07"}},
		{q: "那份处罚决定书的编号是多少", want: []string{"柏民罚字〔2026〕第3号"}},
	})
}
