package plan

import (
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// formatsDir holds the fixtures made by real producers (LibreOffice,
// excelize, the OFD writer) for the document readers.
var formatsDir = filepath.Join("..", "document", "testdata", "formats")

// comparable is what a task record says, apart from where it stands in its
// file: the same task written as text and as a table row must agree on it.
type comparable struct {
	Group, GroupNo, Number, Title, Body, Deadline, Section string
	Lead, Coop                                             []string
}

func comparableItems(items []PlanItem) []comparable {
	var out []comparable
	for _, it := range items {
		out = append(out, comparable{it.Group, it.GroupNo, it.Number, it.Title, it.Body, it.Deadline, it.Section, it.Lead, it.Coop})
	}
	return out
}

// TestTaskTablesMatchText: a plan whose tasks are a 任务分工表 in a .docx
// (LibreOffice), a .doc (LibreOffice, read through whichever converter is
// installed) or an .xlsx (excelize) gives the records the same tasks give
// written as numbered text.
func TestTaskTablesMatchText(t *testing.T) {
	t.Parallel()
	text := loadFixture(t, filepath.Join(formatsDir, "plan_text.txt"))
	want, wantReqs := Tasks(text)
	if len(want) != 3 {
		t.Fatalf("text plan: %d tasks, want 3: %+v", len(want), want)
	}
	files := []string{"plan_table.docx", "plan_table.xlsx", "plan_table.md"}
	if _, err := exec.LookPath("antiword"); err == nil {
		files = append(files, "plan_table.doc")
	} else if _, err := exec.LookPath("soffice"); err == nil {
		files = append(files, "plan_table.doc")
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			t.Parallel()
			d := loadFixture(t, filepath.Join(formatsDir, f))
			got, reqs := Tasks(d)
			want := want
			if filepath.Ext(f) == ".xlsx" {
				// A workbook has no "二、主要任务" heading: its sheet
				// stands in the path instead.
				want = append([]PlanItem(nil), want...)
				for i := range want {
					want[i].Section = strings.Replace(want[i].Section, "二、主要任务", "任务分工", 1)
				}
			}
			if !reflect.DeepEqual(comparableItems(got), comparableItems(want)) {
				t.Errorf("tasks differ from the text form\n got: %+v\nwant: %+v", comparableItems(got), comparableItems(want))
			}
			for _, it := range got {
				if d.Text[it.Start:it.End] != it.Text {
					t.Errorf("item %q: Text is not Text[Start:End]", it.Title)
				}
			}
			if filepath.Ext(f) != ".xlsx" && len(reqs) != len(wantReqs) {
				t.Errorf("%d requirements, want %d", len(reqs), len(wantReqs))
			}
		})
	}
}

func TestColumnRole(t *testing.T) {
	t.Parallel()
	tests := map[string]int{
		"序号": colNumber, "工作任务": colTask, "具体事项": colTask, "重点任务": colTask,
		"牵头单位": colLead, "牵头 部门": colLead, "配合单位": colCoop, "责任单位": colResp,
		"完成时限": colDeadline, "时间节点": colDeadline, "类别": colGroup, "备注": colOther,
	}
	for h, want := range tests {
		if got := columnRole(h); got != want {
			t.Errorf("columnRole(%q) = %d, want %d", h, got, want)
		}
	}
}
