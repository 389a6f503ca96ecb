package plan

import (
	"flag"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeBundledFODT writes the bundled plan with its tasks moved into a
// 任务分工表, as LibreOffice Flat XML; make.sh in testdata/formats converts
// it into bundled_plan_table.docx with LibreOffice.
var writeBundledFODT = flag.Bool("write-bundled-fodt", false, "write testdata/formats/bundled_plan_table.fodt from the bundled plan")

// TestBundledPlanAsTable: the bundled 株洲 plan, its 25 tasks laid out by
// LibreOffice as a Word task table (序号 | 重点任务 | 工作任务 | 牵头单位 |
// 配合单位 | 完成时限, the group cell merged down over its tasks), gives the
// 25 records its text gives.
func TestBundledPlanAsTable(t *testing.T) {
	t.Parallel()
	want, _ := Tasks(bundledPlan(t))
	if *writeBundledFODT {
		writeBundledPlanFODT(t, bundledPlan(t).Text, want)
	}
	files := []string{"bundled_plan_table.docx"}
	for _, tool := range []string{"antiword", "soffice"} {
		if _, err := exec.LookPath(tool); err == nil {
			files = append(files, "bundled_plan_table.doc")
			break
		}
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			d := loadFixture(t, filepath.Join(formatsDir, f))
			got, _ := Tasks(d)
			if len(got) != len(want) {
				t.Fatalf("%d tasks from the table, %d from the text", len(got), len(want))
			}
			g, w := comparableItems(got), comparableItems(want)
			if d.Read == "antiword" {
				// antiword wraps cells at 22 columns and drops a
				// space that falls on a wrap ("“非禁即入” 、"): stray
				// spaces of the source are not compared.
				for i := range g {
					g[i].Body = strings.Join(strings.Fields(g[i].Body), "")
					w[i].Body = strings.Join(strings.Fields(w[i].Body), "")
				}
			}
			for i := range w {
				if !reflect.DeepEqual(g[i], w[i]) {
					t.Errorf("task %d differs\n got: %+v\nwant: %+v", i, g[i], w[i])
				}
			}
			if d.Kind != "plan" || d.PeriodStart != 2021 || d.PeriodEnd != 2023 {
				t.Errorf("meta = %s %d-%d", d.Kind, d.PeriodStart, d.PeriodEnd)
			}
		})
	}
}

// taskCell is a task as a table's 工作任务 cell holds it: the item's words
// without its number and without the units parenthetical, which go to
// their own columns.
func taskCell(it PlanItem) string {
	text := strings.TrimPrefix(it.Text, it.Number)
	var b strings.Builder
	pos := 0
	for _, u := range findUnitSpans(text) {
		b.WriteString(text[pos:u.outer.start])
		pos = u.outer.end
	}
	b.WriteString(text[pos:])
	return strings.TrimSpace(b.String())
}

func writeBundledPlanFODT(t *testing.T, text string, items []PlanItem) {
	t.Helper()
	cut := strings.Index(text, "二、主要任务")
	reqAt := strings.Index(text, "三、工作要求")
	end := strings.Index(text, "责任编辑")
	if cut < 0 || reqAt < 0 || end < 0 {
		t.Fatal("bundled plan changed: parts not found")
	}
	var body strings.Builder
	para := func(s string) {
		fmt.Fprintf(&body, "<text:p text:style-name=\"Standard\">%s</text:p>\n", html.EscapeString(s))
	}
	for _, l := range strings.Split(strings.TrimSpace(text[:cut]), "\n") {
		para(l)
	}
	para("二、主要任务")
	cell := func(s string, rows int) string {
		span := ""
		if rows > 1 {
			span = fmt.Sprintf(` table:number-rows-spanned="%d"`, rows)
		}
		return fmt.Sprintf(`<table:table-cell office:value-type="string"%s><text:p>%s</text:p></table:table-cell>`, span, html.EscapeString(s))
	}
	body.WriteString(`<table:table table:name="任务分工表"><table:table-column table:number-columns-repeated="6"/>`)
	body.WriteString("<table:table-row>")
	for _, h := range []string{"序号", "重点任务", "工作任务", "牵头单位", "配合单位", "完成时限"} {
		body.WriteString(cell(h, 1))
	}
	body.WriteString("</table:table-row>\n")
	for i, it := range items {
		body.WriteString("<table:table-row>")
		body.WriteString(cell(strings.TrimSuffix(it.Number, "."), 1))
		if i == 0 || items[i-1].Group != it.Group {
			n := 0
			for _, o := range items[i:] {
				if o.Group != it.Group {
					break
				}
				n++
			}
			body.WriteString(cell(it.Group, n))
		} else {
			body.WriteString("<table:covered-table-cell/>")
		}
		body.WriteString(cell(taskCell(it), 1))
		body.WriteString(cell(strings.Join(it.Lead, "、"), 1))
		body.WriteString(cell(strings.Join(it.Coop, "、"), 1))
		body.WriteString(cell(it.Deadline, 1))
		body.WriteString("</table:table-row>\n")
	}
	body.WriteString("</table:table>\n")
	for _, l := range strings.Split(strings.TrimSpace(text[reqAt:end]), "\n") {
		para(l)
	}
	src, err := os.ReadFile(filepath.Join(formatsDir, "plan_table.fodt"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	head := s[:strings.Index(s, "<office:body>")]
	out := head + "<office:body><office:text>\n" + body.String() + "</office:text></office:body></office:document>\n"
	if err := os.WriteFile(filepath.Join(formatsDir, "bundled_plan_table.fodt"), []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
}
