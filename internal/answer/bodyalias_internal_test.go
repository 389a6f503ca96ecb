package answer

import (
	"slices"
	"testing"

	"github.com/gongwen/gongwen/internal/index"
)

// A short name a document gives a body it speaks of ("…核对中心（以下简称
// 县核对中心）") names that body, which other documents name too — not the
// document; one it gives itself (以下简称《办法》) does.
func TestBodyShortNameIsNoAlias(t *testing.T) {
	d := &index.StoredDoc{}
	d.ID, d.Title, d.Org = "b", "柳河县最低生活保障审核确认办法", "柳河县民政局"
	d.Text = "柳河县最低生活保障审核确认办法\n第一条 为规范审核确认工作,制定本办法（以下简称《确认办法》）。\n第二条 县居民家庭经济状况核对中心（以下简称县核对中心）负责信息核对。\n"
	n := newDocName(d)
	if slices.Contains(n.aliases, "县核对中心") {
		t.Errorf("a body's short name names the document: %q", n.aliases)
	}
	if !slices.Contains(n.aliases, "确认办法") {
		t.Errorf("the document's own short name is lost: %q", n.aliases)
	}
}
