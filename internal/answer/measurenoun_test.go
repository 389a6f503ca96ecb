package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// The quantity a question names before 多少 (产值, 投资) is what a figure
// must be of: "投产后一年产值能到多少" is not answered by the money the
// project's funds come to, and "总投资多少" is answered where 投资 is.
func TestQuantityNamedIsAsked(t *testing.T) {
	docs := fstest.MapFS{
		"pifu.txt": {Data: []byte("柳河县人民政府关于同意县食品产业园二期标准厂房建设的批复\n县工业和信息化局：\n你局《关于县食品产业园二期标准厂房建设的请示》收悉。经研究，批复如下：\n一、同意建设县食品产业园二期标准厂房，建筑面积5.2万平方米，项目总投资1.86亿元。\n二、县财政安排二期标准厂房配套资金4600万元，专款专用。\n柳河县人民政府\n2026年3月12日\n")},
	}
	eng := engineOver(t, docs)
	wantRefused(t, eng, answer.Request{Q: "二期标准厂房投产后一年产值能到多少"}, "no 产值 is stated")
	wantFound(t, eng, answer.Request{Q: "二期标准厂房总投资多少"}, "1.86亿元")
}
