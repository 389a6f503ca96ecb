package embedding

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
)

// TestLocalBitForBit embeds every paragraph of the bundled corpus twice: the
// vectors must match exactly, or re-ingests would churn and scores drift.
func TestLocalBitForBit(t *testing.T) {
	var l Local
	err := fs.WalkDir(corpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := fs.ReadFile(corpus.FS(), p)
		if err != nil {
			return err
		}
		for _, para := range strings.Split(string(b), "\n") {
			a, c := l.Vector(para), l.Vector(para)
			for i := range a {
				if a[i] != c[i] {
					t.Fatalf("%s: vector differs at %d for %q", p, i, para)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
