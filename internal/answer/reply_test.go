package answer_test

import (
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
