package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"github.com/gongwen/gongwen/internal/golden"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
)

// TestPlanCommand drives "gongwen plan" through run, on one index of the
// bundled corpus built by the first subtest.
func TestPlanCommand(t *testing.T) {
	db := t.TempDir()
	getenv := func(k string) string {
		if k == "GONGWEN_DB" {
			return db
		}
		return ""
	}
	gw := func(t *testing.T, args ...string) (string, string, error) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"plan"}, args...), getenv, strings.NewReader(""), &stdout, &stderr)
		return stdout.String(), stderr.String(), err
	}

	t.Run("items table", func(t *testing.T) {
		out, stderr, err := gw(t, "items")
		if err != nil {
			t.Fatalf("%v\n%s", err, stderr)
		}
		checkPlanGolden(t, "items.golden", out)
	})

	t.Run("items --lead", func(t *testing.T) {
		out, _, err := gw(t, "items", "--lead", "局办公室")
		if err != nil {
			t.Fatal(err)
		}
		checkPlanGolden(t, "items_lead.golden", out)
	})

	t.Run("items --json", func(t *testing.T) {
		out, _, err := gw(t, "items", "--json")
		if err != nil {
			t.Fatal(err)
		}
		var got planItemsOutput
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if len(got.Plans) != 1 || got.Plans[0].ID != "002_dfd0412c3a773f71" || got.Plans[0].Items != 25 {
			t.Errorf("plans = %+v", got.Plans)
		}
		if len(got.Items) != 25 || len(got.Requirements) != 3 {
			t.Errorf("%d items, %d requirements; want 25, 3", len(got.Items), len(got.Requirements))
		}
		plan := readCorpusFile(t, "002_dfd0412c3a773f71.txt")
		for _, it := range got.Items {
			if plan[it.Start:it.End] != it.Text || it.Lead == nil || it.Coop == nil {
				t.Errorf("item %s%s: text not verbatim or units null", it.GroupNo, it.Number)
			}
		}
		if len(got.Counts) == 0 || got.Counts[0].Unit != "局办公室" || got.Counts[0].Lead != 19 {
			t.Errorf("counts = %+v", got.Counts)
		}
		// The field names scripts read.
		var raw map[string]any
		json.Unmarshal([]byte(out), &raw)
		for _, k := range []string{"plans", "filter", "items", "counts", "requirements"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("JSON lacks %q", k)
			}
		}
		item := raw["items"].([]any)[0].(map[string]any)
		for _, k := range []string{"doc_id", "group", "group_no", "number", "title", "body", "lead", "coop", "section", "text", "start", "end"} {
			if _, ok := item[k]; !ok {
				t.Errorf("item JSON lacks %q", k)
			}
		}
	})

	filters := []struct {
		name string
		args []string
		want int
	}{
		{"coop", []string{"--coop", "慈善社工科"}, 1},
		{"group", []string{"--group", "五"}, 4},
		{"lead and group", []string{"--lead", "市民政执法大队", "--group", "(一)"}, 3},
		{"plan prefix", []string{"--plan", "002"}, 25},
		{"plan title", []string{"--plan", "株洲"}, 25},
		{"unknown unit", []string{"--lead", "财务科"}, 0},
	}
	for _, f := range filters {
		t.Run("items "+f.name, func(t *testing.T) {
			out, _, err := gw(t, append([]string{"items", "--json"}, f.args...)...)
			if err != nil {
				t.Fatal(err)
			}
			var got planItemsOutput
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Items) != f.want {
				t.Errorf("%d items, want %d", len(got.Items), f.want)
			}
		})
	}

	t.Run("coverage markdown", func(t *testing.T) {
		out, _, err := gw(t, "coverage", "--report", "001", "--format", "md")
		if err != nil {
			t.Fatal(err)
		}
		checkPlanGolden(t, "coverage_001.md.golden", out)
	})

	t.Run("coverage text", func(t *testing.T) {
		out, _, err := gw(t, "coverage", "--report", "石潭镇", "--plan", "株洲")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"报告:清远市清新区石潭镇2019年法治政府建设情况报告", "结论:25 项任务中", "【已覆盖", "依据:二、完善依法行政制度体系", "未见的任务("} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q", want)
			}
		}
	})

	for _, id := range []string{"000", "001", "003", "004"} {
		t.Run("coverage json "+id, func(t *testing.T) {
			out, _, err := gw(t, "coverage", "--report", id, "--json")
			if err != nil {
				t.Fatal(err)
			}
			var got coverageOutput
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("not JSON: %v", err)
			}
			s := got.Summary
			if s.Items != 25 || s.Covered+s.Partial+s.NotSeen != 25 || len(got.Uncovered) != s.NotSeen || len(got.Coverage) != 25 {
				t.Errorf("summary %+v, %d uncovered", s, len(got.Uncovered))
			}
			if got.Thresholds.Covered <= got.Thresholds.Partial {
				t.Errorf("thresholds %+v", got.Thresholds)
			}
			report := readCorpusFile(t, got.Report.ID+".txt")
			for _, c := range got.Coverage {
				if e := c.Evidence; e != nil && report[e.Start:e.End] != e.Text {
					t.Errorf("%s: evidence is not verbatim from the report", c.Item.Title)
				}
			}
		})
	}

	errs := []struct {
		name    string
		args    []string
		code    int
		mention []string
	}{
		{"no subcommand", nil, 2, nil},
		{"unknown subcommand", []string{"list"}, 2, nil},
		{"coverage without report", []string{"coverage"}, 2, []string{"--report"}},
		{"ambiguous report", []string{"coverage", "--report", "清新区"}, 2, []string{"对应多个文件", "000_12c169896502c5d3", "003_bcdce05153399615"}},
		{"unknown report", []string{"coverage", "--report", "不存在的报告"}, 2, []string{"找不到文件", "001_5d2ab5fed4f2549d"}},
		{"bad format", []string{"coverage", "--report", "001", "--format", "docx"}, 2, []string{"md"}},
		{"unknown plan", []string{"items", "--plan", "长沙"}, 1, []string{"找不到文件", "002_dfd0412c3a773f71"}},
	}
	for _, tc := range errs {
		t.Run("error "+tc.name, func(t *testing.T) {
			_, _, err := gw(t, tc.args...)
			if err == nil {
				t.Fatal("want an error")
			}
			if c := exitCode(err); c != tc.code {
				t.Errorf("exit code %d, want %d (%v)", c, tc.code, err)
			}
			for _, m := range tc.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not mention %s", err, m)
				}
			}
			if errors.Is(err, errSilent) && len(tc.mention) > 0 {
				t.Errorf("error should be shown to the user: %v", err)
			}
		})
	}
}

// readCorpusFile reads a bundled file; plain-text files are indexed as
// they are, so offsets into the index's text are offsets into the file.
func readCorpusFile(t *testing.T, name string) string {
	t.Helper()
	b, err := fs.ReadFile(corpus.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func checkPlanGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "plan", name), got)
}
