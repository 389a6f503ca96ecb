package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// A register's entry ("第2号" over its fields) is one matter: a question
// that names the matter by what the entry reports asks another field of
// the same entry — how it ended, when — and the entry's date or phone,
// which write none of the question's words, are no answer to when the
// matter was settled.
func TestRegisterEntryFields(t *testing.T) {
	docs := fstest.MapFS{
		"djb.txt": {Data: []byte("青岭镇矛盾纠纷排查调处登记簿\n（2026年3月）\n\n登记人：龚雪梅\n\n第1号\n登记日期：3月2日　来源：村调解委员会\n当事人：周德明、周德亮（兄弟）\n纠纷事由：兄弟二人因老宅宅基地界址发生争执，多次发生口角。\n承办人员：司法所 蒲建华\n调处结果：3月9日组织双方现场丈量，按1998年分家协议重新确界，双方签订调解协议书。\n回访情况：3月20日回访，双方无异议。\n\n第2号\n登记日期：3月6日　来源：群众来电\n当事人：柯文秀（杉木村村民）\n纠纷事由：反映邻居长期在村道上堆放柴草，影响三轮车通行。\n承办人员：杉木村调委会 马德胜\n调处结果：当日上门劝导，邻居答应3日内自行清理，3月8日复查已清理完毕。\n回访情况：3月10日电话回访，本人表示满意。\n\n登记人：龚雪梅　　审核人：蒲建华\n")},
		"yc.txt":  {Data: []byte("鹤川县民政局关于召开全县社会救助工作座谈会的通知\n\n各乡镇人民政府：\n定于2026年4月8日召开全县社会救助工作座谈会，现将有关事项通知如下。\n一、会议议程\n1. 通报一季度社会救助工作情况。\n2. 各乡镇交流发言。\n3. 县民政局副局长韩立军作总结讲话。\n二、参会人员\n各乡镇分管负责同志。\n\n鹤川县民政局\n2026年4月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "杉木村堆柴草挡路那起后来咋处理的"}, "劝导")
	wantFound(t, eng, answer.Request{Q: "周家兄弟宅基地那事最后怎么调解的"}, "现场丈量")
	wantFound(t, eng, answer.Request{Q: "柴草堵路那件事哪天复查清理完的"}, "3月8日")
	// Who kept the register is asked as who filled in a form is; it
	// signs at its head and its foot, and is named once.
	if r := wantFound(t, eng, answer.Request{Q: "青岭镇纠纷登记簿是谁记的"}, "龚雪梅"); strings.Count(r.Answer, "龚雪梅") != 1 {
		t.Errorf("who kept it, once: %s", r.Answer)
	}
	// "哪个县领导", "哪位局领导": a leader asked with no post of his own
	// is answered by one named with his post.
	wantFound(t, eng, answer.Request{Q: "救助座谈会上哪位局领导作总结"}, "韩立军")
}

// The month a named document is of ("（2026年3月）" under its title)
// selects it, as its title's words do: "3月份…一共多少起" is answered by
// "本月共排查…14起", which writes no 3月.
func TestPeriodMonthNamesDocument(t *testing.T) {
	docs := fstest.MapFS{
		"yb.txt": {Data: []byte("青岭镇矛盾纠纷排查调处月报\n（2026年3月）\n\n一、总体情况\n本月共排查矛盾纠纷14起，调处成功13起，调处成功率92.9%。\n二、主要类型\n邻里纠纷6起，婚姻家庭纠纷4起，土地权属纠纷4起。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "青岭镇3月份纠纷月报里一共排查了多少起"}, "14起")
}

// A log's days ("3月4日（星期三）　值班人：…" over its items) are its
// sections: "上周三做了哪些事", asked on the Monday after, is answered by
// that day's items.
func TestLogDayAsked(t *testing.T) {
	docs := fstest.MapFS{
		"rz.txt": {Data: []byte("青岭镇综治中心值班日志\n（2026年3月2日—3月6日）\n\n3月3日（星期二）　值班人：邹海\n1. 接待群众来访2人次，均为咨询低保政策。\n\n3月4日（星期三）　值班人：柳青\n1. 上午协调处理杉木村村道堆放柴草纠纷，当场劝导清理。\n2. 下午参加镇防汛隐患排查，走访河堤沿线农户11户。\n\n3月5日（星期四）　值班人：邹海\n1. 整理本周值班台账。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "综治中心上周三做了哪些事", Now: time.Date(2026, 3, 9, 9, 0, 0, 0, time.UTC)}, "柴草")
	if !strings.Contains(r.Answer, "防汛") || strings.Contains(r.Answer, "台账") {
		t.Errorf("that day's items, all and only: %s", r.Answer)
	}
}
