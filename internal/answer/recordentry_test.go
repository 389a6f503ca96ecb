package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A register of records, each under a heading that is its number alone,
// the person it is of in its first line: "给谁提供了什么" is answered by
// that person's record's field, which does not repeat the name.
func TestRecordOfNamedPerson(t *testing.T) {
	docs := fstest.MapFS{
		"dengji.txt": {Data: []byte("崞阳县社会福利院\n临时托养老人入院登记及服务记录\n（2026年2月）\n\n填报人：韦思远\n\n一、逐人登记情况\n\n" +
			"（一）编号：TY-2026-011\n姓名：蔺秀英　性别：女　年龄：82岁　住址：本县石塘镇\n入院时间：2026年2月3日\n送养方：其子蔺国强\n服务内容：提供短期托养7天，每日助浴1次，协助就医2次。\n离院情况：2月10日由其子接回家中，双方签字确认。\n经办人：韦思远\n\n" +
			"（二）编号：TY-2026-012\n姓名：骆长庚　性别：男　年龄：77岁　住址：本县柘溪乡\n入院时间：2026年2月6日\n送养方：柘溪乡民政办\n服务内容：提供短期托养12天，康复训练6次，理发1次。\n离院情况：转入崞阳县中医院住院治疗，由柘溪乡民政办跟进。\n经办人：晁雅琴\n\n" +
			"（三）编号：TY-2026-013\n姓名：隋德昌　性别：男　年龄：85岁　住址：本县城关镇\n入院时间：2026年2月15日\n送养方：城关镇民政办\n服务内容：提供短期托养5天，配发棉被1床。\n离院情况：2月20日转入县敬老院集中供养。\n经办人：韦思远、晁雅琴\n\n" +
			"二、本月小结\n本月共托养老人3人，提供服务24人·天。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, c := range []struct{ q, want string }{
		{"福利院给骆长庚都提供了啥服务", "康复训练6次"},
		{"骆长庚离院时怎么安排的", "崞阳县中医院"},
		{"隋德昌那条记录经办的是谁", "韦思远、晁雅琴"},
	} {
		wantFound(t, eng, answer.Request{Q: c.q}, c.want)
	}
}
