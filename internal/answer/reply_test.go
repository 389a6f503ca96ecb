package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A document that asks itself questions (政策解读, 常见问题) answers them
// below: the answer is the reply, not the question line; a bare "可以。"
// is followed by its terms; a label over one line per name is answered
// by the names.
func TestReplyToOwnQuestion(t *testing.T) {
	docs := fstest.MapFS{
		"jiedu.txt": {Data: []byte("《柘溪县困难残疾人生活补贴发放办法》政策解读\n一、出台背景\n为保障困难残疾人基本生活，县残联会同县民政局制定本办法。\n二、热点问答\n六问:什么情形下不再发放生活补贴?\n答:有下列情形之一的,次月起停发:\n(一)补贴对象去世的;\n(二)户籍迁出本县的;\n(三)纳入特困人员供养的。\n七问:补贴能否由亲属代领?\n答：可以。须持补贴对象和代领人的身份证到村（社区）办理委托手续。\n柘溪县民政局\n2026年3月1日\n")},
		"shilu.txt": {Data: []byte("柘溪县残疾人帮扶新闻发布会实录\n时间：2026年4月2日\n出席人员：\n县残联理事长 邬明哲\n县民政局副局长 郦若兰\n\n【主持人】 各位记者，发布会开始。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "残疾人生活补贴哪些情形就不再发放了"}, "户籍迁出本县", "纳入特困人员供养")
	wantFound(t, eng, answer.Request{Q: "残疾人补贴能不能叫亲属代领"}, "委托手续")
	wantFound(t, eng, answer.Request{Q: "残疾人帮扶发布会出席人员有哪些"}, "邬明哲", "郦若兰")
}

// A reply ends where the document goes on: at an indented heading, at the
// signature, at the next question on its line, at the next label; a
// reply that says more than yes or no ("答：5个工作日。") is whole.
func TestReplyEnds(t *testing.T) {
	docs := fstest.MapFS{
		"wenda.txt": {Data: []byte("柘溪县临时救助政策问答\n　　一、申请条件\n　　问：外地人在柘溪遇到急事能申请临时救助吗？\n　　答：可以。持居住证的可向居住地乡镇申请。\n　　二、救助标准\n　　急难型救助每人一次不超过低保标准的3倍。\n　　柘溪县民政局\n　　2024年2月1日\n")},
		"faq.txt":   {Data: []byte("柘溪县残疾人两项补贴常见问题\n问：重度残疾人护理补贴给哪些人？答：残疾等级为一级、二级且需要长期照护的残疾人。问：补贴多久发一次？答：按月发放。问：能否异地申请？答：可以。\n问：审核要多久？\n答：5个工作日。\n问：补贴由谁审核？\n答：县残联。\n")},
		"shilu.txt": {Data: []byte("柘溪县养老服务新闻发布会实录\n发布人：\n县民政局局长 邬明哲\n县卫生健康局副局长 郦若兰\n主持人：\n县委宣传部副部长 黄立新\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct {
		q       string
		want    []string
		notWant []string
	}{
		{"外地人在柘溪遇到急事能不能申请临时救助", []string{"居住证"}, []string{"急难型", "2024年2月1日"}},
		{"重度残疾人护理补贴发给哪些人", []string{"一级、二级"}, []string{"多久发一次", "异地"}},
		{"养老服务发布会发布人有哪些", []string{"邬明哲", "郦若兰"}, []string{"黄立新"}},
	} {
		resp := wantFound(t, eng, answer.Request{Q: tc.q}, tc.want...)
		for _, nw := range tc.notWant {
			if strings.Contains(resp.Answer, nw) {
				t.Errorf("%s: the reply runs on into %q: %s", tc.q, nw, resp.Answer)
			}
		}
	}
}

// Of several documents' answers, a reporter's question is followed by the
// speaker's reply too.
func TestReplyOfEachDocument(t *testing.T) {
	docs := fstest.MapFS{
		"a.txt": {Data: []byte("柘溪县民政工作新闻发布会实录\n【县融媒体中心记者】\n请问区域性养老服务中心目前建设进展如何？\n【邬明哲】 桐坪镇区域性养老服务中心主体工程已完工，计划9月投入运营。\n")},
		"b.txt": {Data: []byte("枥阳县民生实事新闻发布会实录\n【市日报记者】\n请问区域性养老服务中心目前建设进展如何？\n【郦若兰】 石门镇区域性养老服务中心正在进行内部装修，年底前投入使用。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "区域性养老服务中心建设进展咋样了"}, "9月投入运营", "年底前投入使用")
}

// A passage that announces the headings below it and holds the first of
// them ("下设5个工作组：\n（一）…") brings the rest.
func TestIntroHoldingFirstItem(t *testing.T) {
	docs := fstest.MapFS{
		"fa.txt": {Data: []byte("柘溪县2026年森林防火应急演练方案\n一、组织机构\n成立柘溪县2026年森林防火应急演练指挥部，统一指挥演练各项工作。\n指挥部下设5个工作组：\n（一）扑救组。组长：邬明哲（县林业局副局长）。由县森林消防大队20人组成，负责火场扑救和余火清理，演练结束后牵头进行总结评估。\n（二）疏散组。负责转移林区群众。\n（三）医疗组。负责伤员救治。\n（四）保障组。负责物资供应。\n（五）宣传组。负责信息发布。\n二、演练时间\n2026年3月20日。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "森林防火演练指挥部下面有哪几个组"}, "扑救组", "疏散组", "医疗组", "保障组", "宣传组")
}
