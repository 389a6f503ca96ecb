package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestArticleHeadsTerm: rules number their clauses as articles, and the
// one that states the document's own term begins with its number
// ("第二十条　本规范自…起施行，有效期3年"); the article's lead-in to the
// items under it ("第六条　有下列情形之一的，应当报局务会议审定：") is
// what each item is of. Paraphrases none of the rules was written from
// (the fresh30 tune questions were 裁量基准 "那管几年" and "罚款到多少要上
// 局长办公会").
func TestArticleHeadsTerm(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"guifan.txt": {Data: []byte("磐溪县民政局关于印发《磐溪县社区养老服务站运营规范》的通知\n\n磐民发〔2025〕11号\n\n各乡镇人民政府：\n现将《磐溪县社区养老服务站运营规范》印发给你们，请认真执行。\n\n磐溪县社区养老服务站运营规范\n\n第一条　为规范社区养老服务站运营，制定本规范。\n第六条　运营方有下列情形之一的，应当报县民政局局务会议审定后方可实施，并在实施前5个工作日内向社区公示：\n（一）单次采购金额在2万元以上的；\n（二）调整服务收费标准的；\n（三）更换站长的。\n第七条　服务站每日开放时间不少于8小时。\n第八条　服务站与老年人签订的服务协议有效期1年，期满可续签。\n第二十条　本规范自2025年7月1日起施行，有效期3年。\n\n磐溪县民政局\n2025年6月20日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "运营规范有效期是几年", want: []string{"有效期3年"}, not: []string{"有效期1年"}},
		{q: "这个规范能管多久", want: []string{"有效期3年"}, not: []string{"有效期1年"}},
		{q: "运营规范管几年", want: []string{"有效期3年"}, not: []string{"有效期1年"}},
		{q: "服务站运营规范一共管几年啊", want: []string{"有效期3年"}},
		// The items under a lead-in answer what the lead-in asks of them.
		{q: "采购多少钱以上要报局务会议审定", want: []string{"2万元以上"}},
	})
}
