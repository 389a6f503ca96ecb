package plan

import (
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
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

// TestPlainTextTables: the same task table typed into a plain file, its
// cells apart by tabs or lined up with full-width spaces (its group rows
// then stand as lines of their own), gives the records the text form does.
func TestPlainTextTables(t *testing.T) {
	want := comparableItems(mustTasks(t, loadFixture(t, filepath.Join(formatsDir, "plan_text.txt"))))
	md := loadFixture(t, filepath.Join(formatsDir, "plan_table.md")).Text
	for _, sep := range []string{"\t", "\u3000"} {
		var lines []string
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "| ---") {
				continue
			}
			if strings.HasPrefix(l, "|") {
				var cells []string
				for _, c := range strings.Split(strings.Trim(l, "|"), "|") {
					if c = strings.TrimSpace(c); c != "" || sep == "\t" {
						cells = append(cells, c)
					}
				}
				l = strings.Join(cells, sep)
			}
			lines = append(lines, l)
		}
		d, err := document.Load("plan.txt", "plan.txt", []byte(strings.Join(lines, "\n")), nil)
		if err != nil {
			t.Fatal(err)
		}
		got := comparableItems(mustTasks(t, &index.StoredDoc{Meta: d.Meta, Text: d.Text, Sections: d.Sections}))
		if !reflect.DeepEqual(got, want) {
			t.Errorf("cells apart by %q: tasks differ from the text form\n got: %+v\nwant: %+v", sep, got, want)
		}
	}
}

func mustTasks(t *testing.T, d *index.StoredDoc) []PlanItem {
	t.Helper()
	items, _ := Tasks(d)
	return items
}

// TestFirstListedLeadsInTables: where a document says the unit listed
// first leads, a 责任单位 cell naming several reads so.
func TestFirstListedLeadsInTables(t *testing.T) {
	text := "禾川县2026年普法任务清单\n涉及多个单位的，排在第一位的为牵头单位，其余为配合单位。\n序号\t普法内容\t责任单位\t完成时限\n1\t劳动合同法宣传\t劳动关系股、劳动监察大队\t2026年5月31日前\n2\t社会保险法宣传\t社保中心\t2026年8月31日前\n"
	d, err := document.Load("q.txt", "q.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	items := mustTasks(t, &index.StoredDoc{Meta: d.Meta, Text: d.Text, Sections: d.Sections})
	if len(items) != 2 || !reflect.DeepEqual(items[0].Lead, []string{"劳动关系股"}) || !reflect.DeepEqual(items[0].Coop, []string{"劳动监察大队"}) || !reflect.DeepEqual(items[1].Lead, []string{"社保中心"}) {
		t.Errorf("items: %+v", items)
	}
}
