package answer

import (
	"context"
	"time"

	"github.com/gongwen/gongwen/internal/index"
)

// Search searches for a staff question as ask reads it: the passages of
// the documents it names ("职教20条里…", "那个禁放通告") or of the office
// and year it is about ("清城区民政局去年…") come first, in turn with the
// whole ranking's — a question whose scope was misread still finds its
// passages one place down. Its relative years (去年) are searched as the
// years they mean (SearchText). The filter narrows both.
func (e *Engine) Search(ctx context.Context, q string, k int, f index.Filter, now time.Time) ([]index.Hit, error) {
	if now.IsZero() {
		now = time.Now()
	}
	if k <= 0 {
		k = 5 // as the index reads it
	}
	text := SearchText(q, now)
	all, err := e.Index.Search(ctx, text, k, f)
	if err != nil || !hasHanText(q) {
		return all, err
	}
	e.catalog()
	var allow func(string) bool
	if f.DocIDs != nil {
		// Asked of every document while the question is read: a set, not
		// a scan of the list per document.
		readable := make(map[string]bool, len(f.DocIDs))
		for _, id := range f.DocIDs {
			readable[id] = true
		}
		allow = func(id string) bool { return readable[id] }
	}
	u := e.understandTurn(q, now, allow)
	u.contentYears()
	sc := selectScope(e.Index, u, f.Org, f.Year, now, allow)
	if sc.missing != "" || len(sc.docs) == 0 || len(sc.docs) >= e.Index.NumDocs() {
		return all, nil
	}
	sf := f
	sf.DocIDs = nil
	for _, d := range sc.docs {
		if allow == nil || allow(d.ID) {
			sf.DocIDs = append(sf.DocIDs, d.ID)
		}
	}
	if len(sf.DocIDs) == 0 {
		return all, nil
	}
	scoped, err := e.Index.Search(ctx, text, k, sf)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	out := make([]index.Hit, 0, k)
	add := func(h index.Hit) {
		if key := h.Doc.ID + "\x00" + h.Chunk.ID; len(out) < k && !seen[key] {
			seen[key] = true
			out = append(out, h)
		}
	}
	// In turn, the scope's first: a scope misread (a place's stem, words
	// a title shares) costs a place, not the passage.
	for i := 0; i < k && len(out) < k; i++ {
		if i < len(scoped) {
			add(scoped[i])
		}
		if i < len(all) {
			add(all[i])
		}
	}
	return out, nil
}
