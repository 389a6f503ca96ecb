package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
)

// TestIngestFormats ingests a folder of the files offices keep — Word
// (LibreOffice-made), an excelize workbook, an OFD, legacy .doc/.wps and
// a scan where their converters are installed — next to a broken file of
// each kind: the broken ones are named with their reason, the rest are
// listed by "docs" with their format and how they were read, and the task
// tables become plan items.
func TestIngestFormats(t *testing.T) {
	src := filepath.Join("..", "..", "internal", "document", "testdata", "formats")
	corpus := t.TempDir()
	files := []string{"report_numbered.docx", "report.ofd", "plan_table.xlsx", "plan_table.docx",
		"broken.docx", "broken.xlsx", "broken.ofd", "broken.pdf"}
	want := map[string][2]string{ // id → format, read
		"report_numbered": {"docx", ""}, "report": {"ofd", ""},
		"plan_table": {"docx", ""}, // the .docx and the .xlsx share a stem: see below
	}
	if _, err := exec.LookPath("soffice"); err == nil {
		files = append(files, "report_wps.wps")
		want["report_wps"] = [2]string{"wps", "soffice"}
	} else if _, err := exec.LookPath("antiword"); err == nil {
		files = append(files, "report_wps.wps")
		want["report_wps"] = [2]string{"wps", "antiword"}
	}
	if _, err := exec.LookPath("tesseract"); err == nil {
		files = append(files, "scan_report.pdf")
		want["scan_report"] = [2]string{"pdf", "ocr"}
	}
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		name := f
		if f == "plan_table.xlsx" {
			name = "任务分工表.xlsx"
			want["任务分工表"] = [2]string{"xlsx", ""}
		}
		if err := os.WriteFile(filepath.Join(corpus, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := t.TempDir()
	getenv := func(string) string { return "" }
	gw := func(args ...string) (string, string, error) {
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
		return stdout.String(), stderr.String(), err
	}

	_, stderr, err := gw("ingest", "--no-bundled", "--corpus", corpus, "--db", db)
	if err == nil {
		t.Error("ingest with broken files exited 0")
	}
	for _, f := range []string{"broken.docx", "broken.xlsx", "broken.ofd", "broken.pdf"} {
		if !strings.Contains(stderr, f) || !strings.Contains(stderr, "文件已损坏") {
			t.Errorf("stderr does not name %s with its reason:\n%s", f, stderr)
		}
	}

	out, _, err := gw("docs", "--json", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	var docs struct{ Docs []document.Meta }
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, d := range docs.Docs {
		got[d.ID] = [2]string{d.Format, d.Read}
	}
	var ids []string
	for id, w := range want {
		ids = append(ids, id)
		if got[id] != w {
			t.Errorf("%s: format, read = %q, want %q", id, got[id], w)
		}
	}
	sort.Strings(ids)
	if len(got) != len(want) {
		t.Errorf("docs = %v, want %v", got, ids)
	}

	table, _, err := gw("docs", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table, "读取方式") || !strings.Contains(table, "ofd") {
		t.Errorf("docs table lacks format and reading columns:\n%s", table)
	}
	if want["scan_report"][1] == "ocr" && !strings.Contains(table, "OCR") {
		t.Errorf("docs table does not say the scan was recognised:\n%s", table)
	}

	items, _, err := gw("plan", "items", "--json", "--db", db, "--lead", "政策法规科")
	if err != nil {
		t.Fatal(err)
	}
	var pi planItemsOutput
	if err := json.Unmarshal([]byte(items), &pi); err != nil {
		t.Fatal(err)
	}
	// One task led by 政策法规科 in each of the two task tables.
	if len(pi.Items) != 2 {
		t.Errorf("plan items led by 政策法规科 = %d, want 2 (docx and xlsx tables):\n%s", len(pi.Items), items)
	}
	for _, it := range pi.Items {
		if it.Title != "加强规范性文件管理" || strings.Join(it.Coop, ",") != "各业务科室" || it.Deadline != "长期坚持" {
			t.Errorf("item = %+v", it)
		}
	}
}
