package answer

import (
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// TestBodyOf: a heading's line, or a paragraph's lead ("关于从轻处罚。"),
// brings the first sentence of what it heads; a sentence that says
// something itself brings nothing.
func TestBodyOf(t *testing.T) {
	text := "柘溪县市场监督管理局行政处罚决定书\n一、违法事实\n当事人销售过期面包12袋。\n关于从轻处罚。当事人主动下架并销毁全部过期面包，依法从轻处罚。\n二、处罚决定\n没收过期面包，并处罚款2000元。\n"
	d, err := document.Load("jd", "jd.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	sd := &index.StoredDoc{Meta: d.Meta, Text: d.Text, Sections: d.Sections}
	at := func(s string) evidence {
		i := strings.Index(d.Text, s)
		return evidence{doc: sd, start: i, end: i + len(s), qStart: i, qEnd: i + len(s)}
	}
	for unit, want := range map[string]string{
		"一、违法事实":           "当事人销售过期面包12袋",
		"关于从轻处罚。":          "主动下架",
		"当事人销售过期面包12袋":     "",
		"没收过期面包，并处罚款2000元": "",
	} {
		body, ok := bodyOf(at(unit))
		if got := ""; ok {
			got = body.text()
			if want == "" || !strings.Contains(got, want) {
				t.Errorf("%s: body %q, want %q", unit, got, want)
			}
		} else if want != "" {
			t.Errorf("%s: no body, want %q", unit, want)
		}
	}
}
