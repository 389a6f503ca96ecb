package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A reply that opens with a short lead ("答：分三种情况。") is said by the
// rest of its line: the cases, not the lead alone, answer. So is a reply
// whose question the answer holds.
func TestReplyLeadIsCompleted(t *testing.T) {
	docs := fstest.MapFS{
		"wenda.txt": {Data: []byte("柳河区民政局关于印发《养老服务补贴政策问答》的通知\n各镇(街道)民政办:\n现将《养老服务补贴政策问答》印发给你们,请认真学习。\n1.问：补贴对象去世后补贴怎么停发？\n答：按时间区分。当月15日前死亡的当月起不再发放;15日后死亡的次月起不再发放;逾期报告的追回多领部分。\n2.问：补贴可以代领吗？\n答：可以。须持代领人身份证和委托书。\n3.问：补贴资金如何保障？\n答：补贴资金由区财政全额承担，纳入年度部门预算。按季度拨付至各镇（街道），由镇（街道）按月发放到人。\n柳河区民政局\n2026年4月8日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "老人去世后补贴怎么停发"}, "次月起不再发放")
	// The document's own question met, its whole reply answers.
	wantFound(t, eng, answer.Request{Q: "补贴资金靠什么保障"}, "按月发放到人")
}
