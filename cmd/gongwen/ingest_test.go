package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// officeReport is a small report that loads and chunks like a real one.
func officeReport(town string) string {
	return town + "2024年法治政府建设工作报告\n\n一、工作情况\n\n（一）加强普法宣传\n\n" + town +
		"开展普法宣传活动12场,覆盖群众3000人次。\n\n二、存在问题\n\n基层法治力量仍然薄弱。\n"
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// docsByID runs docs --json and indexes the result by id.
func docsByID(t *testing.T, db string) map[string]map[string]any {
	t.Helper()
	out, stderr, err := runCmd(t, noEnv, "docs", "--json", "--db", db)
	if err != nil {
		t.Fatalf("docs: %v\n%s", err, stderr)
	}
	var res struct{ Docs []map[string]any }
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	m := map[string]map[string]any{}
	for _, d := range res.Docs {
		m[d["id"].(string)] = d
	}
	return m
}

func noEnv(string) string { return "" }

func tagsOf(d map[string]any) []string {
	var out []string
	for _, t := range d["tags"].([]any) {
		out = append(out, t.(string))
	}
	return out
}

// --tag labels every document of the folders given with it; docs --json
// shows the tags, and tagging again changes them without re-reading text.
func TestIngestTags(t *testing.T) {
	db, corp := t.TempDir(), t.TempDir()
	writeFiles(t, corp, map[string]string{"石角镇报告.txt": officeReport("石角镇")})
	if _, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", corp, "--tag", "清城区民政局", "--tag", "2024"); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	d := docsByID(t, db)["石角镇报告"]
	if d == nil || !slices.Equal(tagsOf(d), []string{"清城区民政局", "2024"}) {
		t.Fatalf("docs --json: %v, want tags [清城区民政局 2024]", d)
	}
	out, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--json", "--db", db, "--corpus", corp, "--tag", "石角镇")
	if err != nil {
		t.Fatalf("re-tag: %v\n%s", err, stderr)
	}
	if !strings.Contains(out, `"updated":["石角镇报告"]`) {
		t.Errorf("re-tag report: %s, want the document updated", out)
	}
	if d := docsByID(t, db)["石角镇报告"]; !slices.Equal(tagsOf(d), []string{"石角镇"}) {
		t.Errorf("after re-tag: %v", d["tags"])
	}
	if _, _, err := runCmd(t, noEnv, "ingest", "--db", db, "--tag", "x"); err == nil {
		t.Error("--tag without --corpus accepted")
	}
}
