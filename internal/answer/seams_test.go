package answer

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// TestSeamsApartAreNoRun: two words of the asker's own ("块地", "另外")
// apart in the question are two seams, not one word the document lacks,
// so the document's coverage of the question stays whole.
func TestSeamsApartAreNoRun(t *testing.T) {
	docs := fstest.MapFS{
		"qs.txt": {Data: []byte("鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n县人民政府：\n项目选址于卫生院东侧空地，该地块为国有划拨用地，无需新增征地。\n")},
	}
	for i, other := range []string{"学校后面那块地建成了篮球场，另外新修便民桥2座。", "村委会旁那块地长期闲置，另外还有两处危房。"} {
		docs[string(rune('a'+i))+".txt"] = &fstest.MapFile{Data: []byte("鹿岭县某镇2025年工作总结\n一、主要工作\n" + other + "\n")}
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	wt := weigh(ix, "那块地还要不要另外征地", func(id string) bool { return id == "qs" }, nil)
	if wt.docCoverage < 0.99 {
		t.Errorf("coverage %.2f over tokens %v: the seams counted against the document", wt.docCoverage, wt.toks)
	}
}
