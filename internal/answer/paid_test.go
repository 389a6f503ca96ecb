package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// What is paid (收, 花, 罚, 赔 right before 多少) is money: "个人罚多少" is
// answered by the fine in 元, not by how many were fined.
func TestPaidIsMoney(t *testing.T) {
	docs := fstest.MapFS{
		"jinfang.txt": {Data: []byte("柳河县人民政府关于禁止燃放烟花爆竹的通告\n一、禁放区域\n县城建成区全年禁止燃放烟花爆竹。\n二、法律责任\n违规燃放烟花爆竹的，由公安机关责令停止，对个人处以100元以上500元以下罚款。\n三、执行情况\n2025年县城查处违规燃放烟花爆竹个人32人次，单位5家。\n柳河县人民政府\n2026年1月5日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "县城违规燃放烟花爆竹个人罚多少"}, "500元")
}
