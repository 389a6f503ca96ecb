package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A list asked of a table is the rows a word of the question picks in one
// column, or a 是/否 column it names — not the one row ranked first, nor a
// sentence about the table.
func TestTableRowsPickedByColumn(t *testing.T) {
	docs := fstest.MapFS{
		"minsheng.txt": {Data: []byte("崞阳县人民政府办公室关于印发2026年度民生实事项目清单的通知\n各乡镇人民政府，县直各单位：\n现将2026年度民生实事项目清单印发给你们，其中由县卫生健康局承办的项目3项，请认真组织实施。\n序号|项目名称|责任单位|完成时限|是否纳入考核\n1|新建社区卫生服务站|县卫生健康局|2026年9月|是\n2|改造农村敬老院|县民政局|2026年10月|是\n3|建设老年助餐点|县民政局、县市场监管局|2026年6月|否\n4|免费两癌筛查|县卫生健康局、县妇联|2026年11月|否\n5|更新城区公交车|县交通运输局|2026年8月|是\n6|儿童近视防控|县卫生健康局、县教育局|2026年12月|否\n各责任单位要按时限完成，县政府督查室每季度通报进展。\n崞阳县人民政府办公室\n2026年2月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, tc := range []struct {
		q        string
		want     []string
		unwanted []string
	}{
		{"清单里哪几个项目是卫生健康局在抓", []string{"新建社区卫生服务站", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
		// The office written short ("卫健局") as no passage writes it: the
		// long form the document writes stands for it.
		{"民生实事清单里归卫健局管的是哪几个", []string{"新建社区卫生服务站", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
		{"民生实事清单上哪些项目不纳入考核", []string{"建设老年助餐点", "免费两癌筛查", "儿童近视防控"}, []string{"改造农村敬老院", "更新城区公交车"}},
	} {
		r, err := eng.Ask(t.Context(), answer.Request{Q: tc.q})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer lacks %q:\n%s", tc.q, w, r.Answer)
			}
		}
		for _, w := range tc.unwanted {
			if strings.Contains(r.Answer, w) {
				t.Errorf("%s: answer lists %q, which the question does not pick:\n%s", tc.q, w, r.Answer)
			}
		}
	}
}
