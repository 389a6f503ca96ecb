package answer

import (
	"fmt"
	"testing"
)

// TestStatedRanges: ranges as documents write them, and what is no range
// (a fine after a comma, two ends in the wrong order, days of a month).
func TestStatedRanges(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // the ranges, "lo..hi" with ( or [ for open or closed ends
	}{
		{"违法经营额超过1万元不超过5万元", "[(10000..50000] money]"},
		{"涉及老年人4人以上10人以下", "[[4..10] count]"},
		{"80—84周岁  50元", "[[80..84] age]"},
		{"骗取金额2000元以上不足1万元的", "[[2000..10000) money]"},
		{"自付费用1万元以上至3万元（含3万元）的", "[[10000..30000] money]"},
		{"1至5万元", "[[10000..50000] money]"},
		{"3000元至1万元", "[[3000..10000] money]"},
		{"募集财产价值在1万元以下", "[[-..10000] money]"},
		// The fine after a comma is no end of the case's range.
		{"违法所得5万元以上，处1万元以下罚款", "[[50000..-] money [-..10000] money]"},
		{"3月5日至10日", "[]"},
		{"违法所得超过2万元，并处1万元以上3万元以下罚款", "[(20000..-] money [10000..30000] money]"},
		// （含） says the end is in the range, as 以上 and 以下 do.
		{"单笔支出5000元（含）至5万元的", "[[5000..50000] money]"},
		{"单笔支出5万元（含）以上的", "[[50000..-] money]"},
		{"采购金额在20万元(含)以下的", "[[-..200000] money]"},
	} {
		if got := fmt.Sprint(showRanges(statedRanges(c.text))); got != c.want {
			t.Errorf("%s: %s, want %s", c.text, got, c.want)
		}
	}
}

func showRanges(rs []figureRange) []string {
	var out []string
	for _, r := range rs {
		lo, hi, l, h := "-", "-", "[", "]"
		if r.hasLo {
			lo = fmt.Sprint(r.lo)
			if r.loOpen {
				l = "("
			}
		}
		if r.hasHi {
			hi = fmt.Sprint(r.hi)
			if r.hiOpen {
				h = ")"
			}
		}
		out = append(out, l+lo+".."+hi+h+" "+r.family)
	}
	return out
}

// TestCaseFigures: the figures a question gives of its own case, not the
// ranges, bounds, ordinals and dates it writes.
func TestCaseFigures(t *testing.T) {
	for _, c := range []struct {
		q    string
		want string
	}{
		{"没公募资格搞网上募捐，募了8万块，按基准罚多少", "[{80000 money}]"},
		{"民非搞营利经营，经营额3万，罚几倍", "[{30000 }]"},
		{"养老院有15个老人没签服务协议怎么罚", "[{15 count}]"},
		{"90到99岁的高龄津贴多少", "[]"},
		{"90岁到99岁的高龄津贴多少", "[]"},
		{"超过5万元的怎么罚", "[]"},
		{"不满80岁的有没有补贴", "[]"},
		{"80岁以上老人有多少", "[]"},
		{"第3次违法怎么罚", "[]"},
		{"3月5日前要交吗", "[]"},
		// Figures typed in characters are read as digits are; small ones
		// are words as often (一次性) and stay words.
		{"单笔两万块的支出谁批", "[{20000 money}]"},
		{"家里老人八十五岁了 津贴发多少", "[{85 age}]"},
		{"三万五千元的项目要不要招标", "[{35000 money}]"},
		{"支出一万二要哪个领导签", "[{12000 }]"},
		{"一次性补助发几回", "[]"},
		{"蓑衣岭镇十件民生实事都有哪些", "[]"},
		// A sum said loosely is no case's figure (review).
		{"几十万的支出要谁批", "[]"},
		{"数十万的项目怎么采购", "[]"},
		{"一万多块的报销谁签", "[]"},
		{"千万不要漏报吧", "[]"},
	} {
		if got := fmt.Sprint(caseFigures(c.q)); got != c.want {
			t.Errorf("%s: %s, want %s", c.q, got, c.want)
		}
	}
}

// TestHanValue: numbers written in characters, and runs that are none.
func TestHanValue(t *testing.T) {
	for h, want := range map[string]float64{"八十五": 85, "十五": 15, "两万": 20000, "一千二百": 1200, "三万五千": 35000, "二十万": 200000, "十万": 100000, "一百零八": 108, "一万二": 12000, "三千五": 3500, "两万五": 25000} {
		if got, ok := hanValue(h); !ok || got != want {
			t.Errorf("%s: %v %v, want %v", h, got, ok, want)
		}
	}
	for _, h := range []string{"千万", "万", "一二"} {
		if v, ok := hanValue(h); ok {
			t.Errorf("%s read as %v", h, v)
		}
	}
}
