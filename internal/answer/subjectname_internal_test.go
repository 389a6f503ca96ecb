package answer

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// A party a case document is about names that document (its head names
// him in a party's field; its body calls him 第三人 or 申请人), so
// "邝立新那套房评估了多少钱" is asked of the 复议决定书 without his name in
// the answering sentence. A road a 批复 names in its body, a name two
// documents write, and a phrase no party's field holds name no document —
// in an index of four documents, where every phrase is rare.
func TestSubjectNamesTheDocument(t *testing.T) {
	filler := strings.Repeat("各乡镇要按照统一部署，认真做好地名标志设置和维护工作，确保标志规范、清晰、完整。\n", 6)
	docs := fstest.MapFS{
		"fuyi.txt":    {Data: []byte("行政复议决定书\n申请人：邝守田，男，1961年3月2日出生，住溧澜县梧塘镇枫岭村四组。\n被申请人：溧澜县民政局。\n第三人：邝立新，系申请人之子。\n法定代表人：滕书言，局长。\n被申请人法定代表人滕书言到庭。\n申请人邝守田不服被申请人作出的停发特困供养金决定，申请行政复议。\n本机关查明：邝立新名下有商品房一套，评估价值46万元。\n溧澜县人民政府\n2025年8月1日\n")},
		"pifu.txt":    {Data: []byte("溧澜县人民政府关于道路命名的批复\n县民政局：\n你局报来的请示收悉。经研究，批复如下：\n" + filler + "一、同意将城东新区南北向道路命名为望澜路，望澜路全长1860米。\n二、同意将工业园区东西向道路命名为智造大道。\n溧澜县人民政府\n2025年9月1日\n")},
		"xinfang.txt": {Data: []byte("溧澜县信访工作简报\n群众邝守田反映供养金停发一事，已转县民政局办理。\n溧澜县信访局\n2025年7月1日\n")},
		"jianbao.txt": {Data: []byte("梧塘镇工作简报\n春季攻势开展以来，全镇拆除残垣断壁63处。春季攻势期间出动干部群众1.3万人次。\n梧塘镇人民政府\n2025年4月1日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "t", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	for _, c := range []struct{ q, doc, span string }{
		// Two documents write 邝守田 (the 简报 too): it names neither.
		{"邝守田儿子那套房评估了多少钱", "", ""},
		{"望澜路全长多少米", "", ""},
		{"季攻势拆了多少处", "", ""},
		{"邝立新那套房评估了多少钱", "fuyi", "邝立新"},
		// Who acts for a party (法定代表人) is no party.
		{"滕书言答应了什么", "", ""},
	} {
		nd := e.namedBySubject(c.q, nil)
		switch {
		case c.doc == "" && len(nd.docs) > 0:
			t.Errorf("%s: named %s by %q", c.q, nd.docs[0].ID, c.q[nd.spans[0][0]:nd.spans[0][1]])
		case c.doc != "" && (len(nd.docs) != 1 || nd.docs[0].ID != c.doc || c.q[nd.spans[0][0]:nd.spans[0][1]] != c.span):
			t.Errorf("%s: named %v, want %s by %q", c.q, nd.docs, c.doc, c.span)
		}
	}
}
