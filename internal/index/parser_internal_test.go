package index

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
)

type countEmb struct {
	embedding.Local
	n *int
}

func (e countEmb) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	*e.n += len(texts)
	return e.Local.Embed(ctx, texts)
}

// A file an older reading read is read again on the next ingest, keeping
// the vectors of the chunks that read the same.
func TestOlderReadingIsReadAgain(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("某局2024年工作总结\n一、主要工作\n全年办理事项120件。\n二、存在问题\n人员不足。\n")}}
	f := pendingFile{src: Source{Label: "t", FS: fsys}, name: "a.txt", display: "a.txt"}
	n := 0
	emb := countEmb{n: &n}
	d, cs, status, err := ingestFile(context.Background(), emb, f, nil, nil, map[string]string{}, false)
	if err != nil || status != "added" || d.Parser != document.ParserVersion {
		t.Fatalf("first read: %v %q parser %d", err, status, d.Parser)
	}
	first := n
	old := *d
	old.Parser = document.ParserVersion - 1
	_, _, status, err = ingestFile(context.Background(), emb, f, map[string]*StoredDoc{d.ID: &old}, map[string][]StoredChunk{d.ID: cs}, map[string]string{}, false)
	if err != nil || status == "unchanged" {
		t.Fatalf("an older reading was kept: %v %q", err, status)
	}
	if n != first {
		t.Errorf("re-embedded %d texts whose chunks read the same", n-first)
	}
	_, _, status, _ = ingestFile(context.Background(), emb, f, map[string]*StoredDoc{d.ID: d}, map[string][]StoredChunk{d.ID: cs}, map[string]string{}, false)
	if status != "unchanged" {
		t.Errorf("the current reading was read again: %q", status)
	}
	// A chunk the older reading read otherwise is embedded anew, and
	// every chunk keeps the vector of its own text.
	changed := append([]StoredChunk(nil), cs...)
	changed[0].Text += "(旧读法)"
	n = 0
	_, got, _, err := ingestFile(context.Background(), emb, f, map[string]*StoredDoc{d.ID: &old}, map[string][]StoredChunk{d.ID: changed}, map[string]string{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Errorf("embedded %d texts, want the one chunk that read otherwise", n)
	}
	for _, c := range got {
		want, _ := embedding.Local{}.Embed(context.Background(), []string{embedText(c.Chunk)})
		if !slices.Equal(c.Vector, want[0]) {
			t.Errorf("chunk %s carries another text's vector", c.ID)
		}
	}
}
