package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A title that ends in no genre word staff know by name ("…便民服务连心卡",
// "…大事记", "…明白纸") is known by its own last word, as a 通知 is by
// 通知: "连心卡" names the card, not the notice beside it that speaks of
// the same service and hands the cards out.
func TestTitleKnownByItsLastWord(t *testing.T) {
	docs := fstest.MapFS{
		"card.txt":   {Data: []byte("蒿坪镇便民服务连心卡\n有事找我们 服务零距离\n一、民政办\n低保、临时救助、高龄津贴申请,电话0917-5523081。\n二、社保所\n城乡居民养老保险参保缴费,电话0917-5523095。\n蒿坪镇人民政府\n2026年3月9日\n")},
		"notice.txt": {Data: []byte("蒿坪镇人民政府关于进一步做好便民服务工作的通知\n各村(社区):\n一、便民服务大厅每周一至周五对外办公。\n二、民政办值班电话0917-5523000,节假日有人值守。\n三、各村便民服务站要向群众发放连心卡,公开服务事项和联系电话。\n蒿坪镇人民政府\n2026年1月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, q := range []string{"连心卡是哪天印发的", "连心卡落款哪天"} {
		if r := wantFound(t, eng, answer.Request{Q: q}, "2026年3月9日"); strings.Contains(r.Answer, "2026年1月20日") {
			t.Errorf("%s: answered with the notice's date too:\n%s", q, r.Answer)
		}
	}
	wantFound(t, eng, answer.Request{Q: "连心卡上民政办电话多少"}, "0917-5523081")
}
