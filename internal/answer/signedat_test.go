package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// An agreement says where it was signed in a field at its foot; a month
// named from now ("上个月签的") is when, not a word of what is asked — left
// in, its 个月 matched "6个月" of the sums.
func TestAgreementSignedWhere(t *testing.T) {
	docs := fstest.MapFS{
		"zulin.txt": {Data: []byte("芦溪县社区助餐点用房租赁合同\n\n出租方（甲方）：芦溪县城关镇集体资产管理公司\n承租方（乙方）：芦溪县民政局\n\n第一条 租赁期限\n租赁期限为6个月，自2026年4月1日起至2026年9月30日止。\n第二条 租金\n月租金为每月3800元，6个月合计22800元。\n第三条 用途\n乙方租用该房屋用于社区老年助餐点，每日供餐不少于80份。\n第四条 押金\n乙方应于签订之日起5日内支付押金5000元。\n\n甲方（盖章）：芦溪县城关镇集体资产管理公司\n乙方（盖章）：芦溪县民政局\n签订日期：2026年3月18日\n签订地点：芦溪县城关镇人民政府二楼会议室\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 4, 10, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "上个月签的那份助餐点租房合同在哪儿签的", Now: now}, "城关镇人民政府二楼会议室")
	r, err := eng.Ask(t.Context(), answer.Request{Q: "上个月签的那个助餐点租赁合同有效期", Now: now})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Citations {
		if strings.Contains(c.Text, "22800元") {
			t.Errorf("the month from now matched the sums' 个月: %s", r.Answer)
		}
	}
}
