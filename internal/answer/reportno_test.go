package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A paper sent up as an emergency unfolds counts its reports in its head
// ("（第3报）"): that is what "第几报" asks, as 第几期 asks a bulletin's issue.
func TestReportCount(t *testing.T) {
	docs := fstest.MapFS{
		"xb.txt": {Data: []byte("突发事件信息\n续　报\n（第3报）\n鹿岭县民政局　　　　　　签发人：魏长青\n鹿民急报〔2026〕9号　　　　2026年7月4日16时\n关于“7·2”山洪灾害受灾群众救助情况的续报\n县委总值班室，岳州市民政局：\n　　现将截至7月4日15时的救助情况续报如下。\n　　一、全县累计转移群众1260人，集中安置480人。\n　　二、已发放临时救助金36.5万元。\n报送单位：鹿岭县民政局\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "山洪那个续报是第几报了"}, "第3报")
	// Asked with its 文号, each is said from the head.
	wantFound(t, eng, answer.Request{Q: "山洪续报是第几报 文号多少"}, "第3报", "鹿民急报〔2026〕9号")
}
