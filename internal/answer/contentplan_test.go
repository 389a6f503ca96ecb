package answer_test

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A 方案 the documents say is to be drawn up ("10个工作日内制定整改方案")
// and no title is, is what the question asks about, not a kind of
// document to look in: the bundled 实施方案 does not take the question.
func TestPlanToBeWrittenIsTopic(t *testing.T) {
	docs := fstest.MapFS{
		"tongbao.txt": {Data: []byte("滃江县民政局关于养老机构服务质量抽查情况的通报\n\n各乡镇人民政府，各养老机构：\n　　2026年4月，县民政局对全县14家养老机构开展了服务质量抽查，发现问题31个。\n　　一、抽查结果\n　　优秀机构3家，合格机构9家，不合格机构2家。\n　　二、整改要求\n　　不合格机构要在通报印发之日起10个工作日内制定整改方案，报所在乡镇人民政府审核；整改须于2026年6月30日前全部完成。\n　　三、工作要求\n　　各乡镇要加强日常监管。\n\n滃江县民政局\n2026年5月6日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, q := range []string{"整改方案几天内要交 交给谁", "不合格的养老院整改方案多少天之内报上去"} {
		wantFound(t, eng, answer.Request{Q: q}, "10个工作日内")
	}
}

// A 实施方案 to be drawn up ("制定提标工作实施方案报县政府", in a 纪要) is
// no less the topic than a 整改方案 beside a real 实施方案 in the index; a
// question that points at the real one ("那个实施方案") still looks in it
// (review 50: testdata/tobewritten).
func TestImplementationPlanToBeWritten(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/tobewritten"))}
	for _, q := range []string{"提标的实施方案最晚哪天报上去", "低保提标工作方案几号前报县政府"} {
		wantFound(t, eng, answer.Request{Q: q}, "2026年1月10日前")
	}
	wantFound(t, eng, answer.Request{Q: "颐养沅溆实施方案里乡镇细则哪天前制定"}, "2025年4月30日前")
}
