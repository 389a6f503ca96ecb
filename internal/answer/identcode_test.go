package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A code of digits and capitals (备案编号, 统一社会信用代码) and an account
// written in groups of four are numbers that name a thing, as a phone
// number or a 文号 is: "编号是啥" is answered by the line that writes one.
func TestCodeOfCapitalsIsAnIdent(t *testing.T) {
	docs := fstest.MapFS{
		"mujuan.txt": {Data: []byte("澧汀县慈善总会2026年“爱心助学”公开募捐方案\n\n　　一、募捐目的\n　　为帮助困难家庭学生顺利入学，县慈善总会开展“爱心助学”公开募捐活动。\n　　二、募捐时间\n　　2026年7月1日至8月31日。\n　　三、备案情况\n　　本次公开募捐活动已向澧汀县民政局备案，备案编号：53421127MJ8B3391KC26002。\n　　四、捐赠方式\n　　银行转账：开户名称澧汀县慈善总会，账号6217 0031 8820 4419 55。\n　　五、款物用途\n　　资助困难家庭学生每人2000元，计划资助300人。\n\n澧汀县慈善总会\n2026年6月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "这次助学募捐的备案编号是啥"}, "53421127MJ8B3391KC26002")
	wantFound(t, eng, answer.Request{Q: "助学募捐往哪个账号打钱 账号多少"}, "6217 0031 8820 4419 55")
}
