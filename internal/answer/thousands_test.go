package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// Staff type a sum as 138000 that a document writes 138,000: the figure is
// the same word, so the sentence that pays it is found.
func TestThousandsTyped(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xieyi.txt": {Data: []byte("柏溪县青山镇人民调解委员会\n人民调解协议书\n（2025）青调字第012号\n二、协议内容\n（一）被申请人于2025年9月30日前支付首笔款项120,000元。\n（二）被申请人于2025年11月30日前支付剩余138,000元。\n三、履行情况\n被申请人已于9月28日通过银行转账支付首笔款项120,000元。\n柏溪县青山镇人民调解委员会\n2025年9月3日\n")},
		"other.txt": {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年发放临时救助金138万元，支付养老服务补贴款项。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "剩下那138000最晚啥时候给", want: []string{"2025年11月30日前"}},
	})
}
