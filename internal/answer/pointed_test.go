package answer

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// TestNamedByWordsPointed: "春节慰问和幸福院维修那个请示" names the one 请示
// whose title writes each thing's characters in order (春节困难群众慰问,
// 幸福院维修改造); an office's name is its issuer's, so "民政局那个请示"
// of two 民政局 请示 names neither alone.
func TestNamedByWordsPointed(t *testing.T) {
	docs := fstest.MapFS{
		"qs1.txt": {Data: []byte("关于申请追加2026年春节困难群众慰问资金及村级幸福院维修改造资金的请示\n柘溪县人民政府：\n恳请追加资金86万元。\n柘溪县民政局\n2026年1月8日\n")},
		"qs2.txt": {Data: []byte("柘溪县民政局关于申请婚姻登记处搬迁经费的请示\n柘溪县人民政府：\n恳请安排搬迁经费12万元。\n柘溪县民政局\n2026年4月2日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	e.catalog()
	if nd := e.namedByWordsPointed("春节慰问和幸福院维修那个请示是哪天报的", nil); len(nd.docs) != 1 || nd.docs[0].ID != "qs1" {
		t.Errorf("named %v, want qs1", nd.docs)
	}
	if nd := e.namedByWordsPointed("民政局那个请示是哪天报的", nil); len(nd.docs) != 0 {
		t.Errorf("民政局 named %v alone, want none", nd.docs)
	}
}
