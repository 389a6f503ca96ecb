package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestNameTheNamedLacks: words of a genre name one document ("处罚决定书"),
// but the body the question names (安康养护院) is written only in another:
// that one is meant, and answers.
func TestNameTheNamedLacks(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jueding.txt": {Data: []byte("磐溪县市场监督管理局行政处罚决定书\n磐市监罚〔2026〕12号\n当事人：磐溪县鑫旺食品商行\n经查，当事人销售过期食品。\n决定罚款人民币5000元。\n磐溪县市场监督管理局\n2026年3月9日\n")},
		"dafu.txt":    {Data: []byte("磐溪县民政局政府信息公开申请答复书\n磐民依复〔2026〕第3号\n伍先生：\n您申请公开的处罚信息答复如下：\n本机关于2025年10月8日对安康养护院作出《行政处罚决定书》，因消防设施不达标，给予警告并处罚款3万元。\n磐溪县民政局\n2026年4月2日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "安康养护院那份处罚决定书罚了多少", want: []string{"3万元"}, not: []string{"5000元"}},
	})
}

// TestPersonAskedOf: what is asked of a person the question names ("X的
// 电话") is answered only by what speaks of them — not by the office's
// contact in a reply addressed to them; a list that names them answers.
func TestPersonAskedOf(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"dafu.txt":    {Data: []byte("磐溪县民政局政府信息公开申请答复书\n黄振宇：\n您申请的信息答复如下：2025年临时救助支出312.6万元。\n如有疑问请联系：联系人：邹明，联系电话：0599-6610001。\n磐溪县民政局\n2026年4月2日\n")},
		"mingdan.txt": {Data: []byte("磐溪县民政工作联络员名单\n城关镇：联系人：葛秀芝，电话：13907410001\n河口镇：联系人：蒙立群，电话：13907410002\n磐溪县民政局办公室\n2026年3月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "黄振宇的联系电话是多少", refused: true},
		{q: "蒙立群的电话是多少", want: []string{"13907410002"}, not: []string{"13907410001"}},
	})
}
