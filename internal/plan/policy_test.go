package plan

import (
	"path/filepath"
	"reflect"
	"testing"
)

// TestParsePolicyResponsibilities: a 意见 sent down lists each task's units
// as "(X、Y负责)" under its own rule that the first listed leads; the tasks
// become the same records a plan's "(X牵头,Y配合)" gives.
func TestParsePolicyResponsibilities(t *testing.T) {
	doc := loadFixture(t, filepath.Join("testdata", "plans", "policy_first_leads.txt"))
	items, _ := Parse(doc)
	want := []struct {
		title      string
		lead, coop []string
	}{
		{"完善居家社区养老服务网络", []string{"省民政厅"}, []string{"省住房城乡建设厅", "省财政厅"}},
		{"提升农村养老服务能力", []string{"省民政厅"}, []string{}},
		{"加强养老护理员队伍建设", []string{"省人力资源社会保障厅"}, []string{"省民政厅"}},
	}
	if len(items) != len(want) {
		t.Fatalf("%d items, want %d: %+v", len(items), len(want), items)
	}
	for i, w := range want {
		it := items[i]
		if it.Title != w.title || !reflect.DeepEqual(it.Lead, w.lead) || !reflect.DeepEqual(it.Coop, w.coop) {
			t.Errorf("item %d: %q lead %v coop %v, want %q lead %v coop %v", i, it.Title, it.Lead, it.Coop, w.title, w.lead, w.coop)
		}
		if doc.Text[it.Start:it.End] != it.Text {
			t.Errorf("item %d text is not the document's verbatim span", i)
		}
	}
}
