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

// TestAnnouncedItems: a reply that says items follow ("答:主要有三个方面
// 的变化。") is followed by the first sentence of each item's line.
func TestAnnouncedItems(t *testing.T) {
	text := "《柘溪县高龄津贴发放办法》政策解读\n三问:与原办法相比,新办法主要有哪些变化?\n答:主要有三个方面的变化。\n一是扩大了发放范围。由90周岁以上扩大到80周岁以上。\n二是提高了发放标准。每人每月由100元提高到150元。\n三是简化了申领手续。实行免申即享。\n四问:津贴什么时候发放?\n"
	d, err := document.Load("jd", "jd.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	sd := &index.StoredDoc{Meta: d.Meta, Text: d.Text, Sections: d.Sections}
	unit := "答:主要有三个方面的变化。"
	i := strings.Index(d.Text, unit)
	got := complete([]evidence{{doc: sd, start: i, end: i + len(unit), qStart: i, qEnd: i + len(unit)}}, understood{})
	var texts []string
	for _, ev := range got {
		texts = append(texts, ev.text())
	}
	all := strings.Join(texts, "|")
	for _, want := range []string{"扩大了发放范围", "提高了发放标准", "简化了申领手续"} {
		if !strings.Contains(all, want) {
			t.Errorf("answer %q lacks %q", all, want)
		}
	}
	if strings.Contains(all, "四问") || strings.Contains(all, "免申即享") {
		t.Errorf("answer %q runs on past the items' first sentences", all)
	}
}
