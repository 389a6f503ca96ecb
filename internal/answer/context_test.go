package answer

import (
	"testing"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// TestTitleWordsAreNotAlone: a sentence that writes one word of the
// question under a title that writes the rest ("决赛时间：…" in the 养老
// 护理员 技能竞赛 notice) speaks of the whole, so its coverage is not
// halved as one word's alone is ("组织各部门" does not speak of 社会组织).
func TestTitleWordsAreNotAlone(t *testing.T) {
	wt := weightedTokens{w: map[string]float64{}, in: map[string]bool{}, writes: map[string]bool{}}
	for _, tok := range []string{"护理", "理员", "竞赛", "决赛"} {
		wt.w[tok], wt.in[tok] = 1, true
		wt.toks = append(wt.toks, tok)
		wt.scope.Add(tok, 1)
	}
	text := "3．决赛时间：2026年9月12日上午8:30。"
	notice := &index.StoredDoc{Meta: document.Meta{ID: "a", Title: "关于举办2026年全县养老护理员职业技能竞赛的通知"}, Text: text}
	other := &index.StoredDoc{Meta: document.Meta{ID: "b", Title: "关于做好春节期间值班工作的通知"}, Text: text}
	if c := wt.coverage(text, "", notice); c < 0.6 {
		t.Errorf("under its title the sentence covers %.2f, want the title's words at a heading's weight beside its own", c)
	}
	if c := wt.coverage(text, "", other); c > 0.15 {
		t.Errorf("under another title the sentence covers %.2f: one word of four is alone", c)
	}
}
