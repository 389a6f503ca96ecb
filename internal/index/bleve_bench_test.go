package index

import (
	"context"
	"strconv"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/mapping"
)

// BenchmarkBleve is the lexical baseline issue 16 sets Search against:
// bleve's CJK bigram analyzer over the same passages (title, heading path
// and text, as BM25 sees them here), in an on-disk index, queried with the
// same queries, beside Search and a flat scan of the vectors in one run.
// bleve is imported by this test only, so the binary does not carry it.
//
//	GONGWEN_GOVREPORTS=/path/to/govreports go test ./internal/index -run '^$' -bench Bleve
func BenchmarkBleve(b *testing.B) {
	for _, c := range benchCorpora {
		b.Run(c.name, func(b *testing.B) {
			ctx := context.Background()
			ix := openBenchIndex(b, c.govreports)
			m := bleve.NewIndexMapping()
			m.DefaultAnalyzer = cjk.AnalyzerName
			doc := mapping.NewDocumentMapping()
			text := mapping.NewTextFieldMapping()
			text.Analyzer = cjk.AnalyzerName
			text.Store = false
			text.IncludeTermVectors = false
			doc.AddFieldMappingsAt("text", text)
			m.DefaultMapping = doc
			bx, err := bleve.New(b.TempDir()+"/bleve", m)
			if err != nil {
				b.Fatal(err)
			}
			defer bx.Close()
			batch := bx.NewBatch()
			for i := range ix.NumChunks() {
				if err := batch.Index(strconv.Itoa(i), map[string]string{"text": lexicalText(ix.docOf(i), ix.chunk(i))}); err != nil {
					b.Fatal(err)
				}
				if batch.Size() >= 1000 {
					if err := bx.Batch(batch); err != nil {
						b.Fatal(err)
					}
					batch = bx.NewBatch()
				}
			}
			if err := bx.Batch(batch); err != nil {
				b.Fatal(err)
			}
			vecs := make([][]float32, len(benchQueries))
			for i, q := range benchQueries {
				if vecs[i], err = ix.EmbedQuery(ctx, q); err != nil {
					b.Fatal(err)
				}
			}
			b.Run("bleve", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					q := bleve.NewMatchQuery(benchQueries[i%len(benchQueries)])
					q.SetField("text")
					req := bleve.NewSearchRequestOptions(q, 5, 0, false)
					if _, err := bx.Search(req); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("search", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					if _, err := ix.Search(ctx, benchQueries[i%len(benchQueries)], 5, Filter{}); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("flat", func(b *testing.B) {
				for i := 0; b.Loop(); i++ {
					ix.FlatScan(vecs[i%len(vecs)], 10)
				}
			})
		})
	}
}
