package main

import (
	"encoding/json"
	"errors"
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

// A link in the corpus that leads out of it is skipped with a message and
// its target never indexed; a link to a file inside the corpus is read.
// Before, a link to /etc/passwd was ingested and served by search.
func TestIngestSkipsLinksOutOfCorpus(t *testing.T) {
	db, parent := t.TempDir(), t.TempDir()
	corp := filepath.Join(parent, "corpus")
	writeFiles(t, parent, map[string]string{
		"corpus/石角镇报告.txt": officeReport("石角镇"),
		"outside/机密报告.txt": officeReport("机密镇"),
	})
	links := map[string]string{
		"机密.txt": filepath.Join(parent, "outside", "机密报告.txt"), // absolute, out
		"相对.txt": filepath.Join("..", "outside", "机密报告.txt"),   // relative, out
		"别名.txt": "石角镇报告.txt",                                  // inside: read
		"outdir": filepath.Join(parent, "outside"),             // a folder, out
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(corp, name)); err != nil {
			t.Skipf("no symlinks here: %v", err)
		}
	}
	_, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", corp)
	if err != nil {
		t.Fatalf("ingest: %v (skipped links are not failures)\n%s", err, stderr)
	}
	for _, name := range []string{"机密.txt", "相对.txt"} {
		if !strings.Contains(stderr, "跳过 "+filepath.Join(corp, name)+": 是指向语料文件夹之外的链接") {
			t.Errorf("no skip message for %s:\n%s", name, stderr)
		}
	}
	docs := docsByID(t, db)
	for id := range docs {
		if strings.Contains(id, "机密") {
			t.Errorf("a file outside the corpus was indexed as %s", id)
		}
	}
	if docs["别名"] == nil && docs["石角镇报告"] == nil {
		t.Errorf("the corpus's own file is missing: %v", docs)
	}
	out, _, err := runCmd(t, noEnv, "search", "--json", "--db", db, "机密镇普法宣传")
	if err != nil || strings.Contains(out, "机密镇开展") {
		t.Errorf("search finds text from outside the corpus (err %v): %.300s", err, out)
	}
}

// Unsupported kinds are listed as skipped with the reason and do not make
// the exit status 1; a supported file that cannot be read does.
func TestIngestSkipsUnsupportedKinds(t *testing.T) {
	db, corp := t.TempDir(), t.TempDir()
	writeFiles(t, corp, map[string]string{
		"石角镇报告.txt":    officeReport("石角镇"),
		"照片.png":       "\x89PNG\r\n\x1a\n",
		"录像.mp4":       "....ftypisom",
		"~$石角镇报告.docx": "lock",
	})
	_, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", corp)
	if err != nil {
		t.Fatalf("ingest with only unsupported extras: %v, want success\n%s", err, stderr)
	}
	for _, want := range []string{"照片.png: 不支持的文件类型(.png);支持 ", "录像.mp4: 不支持的文件类型(.mp4)", "~$石角镇报告.docx: 是 Word/WPS 打开文件时留下的临时文件"} {
		if !strings.Contains(stderr, "跳过 "+filepath.Join(corp, want)) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	writeFiles(t, corp, map[string]string{"损坏.docx": "not a zip"})
	_, stderr, err = runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", corp)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 || !strings.Contains(stderr, "未能索引 "+filepath.Join(corp, "损坏.docx")) {
		t.Errorf("a broken .docx: err %v, stderr %s; want exit 1 naming it", err, stderr)
	}
}

// GBK file names (from zip archives made on Chinese Windows) are decoded;
// a name that is neither UTF-8 nor GBK is reported with its bytes and a hint.
// Before, both failed with "invalid argument".
func TestIngestGBKFileNames(t *testing.T) {
	db, corp := t.TempDir(), t.TempDir()
	gbk := "\xc7\xe5\xb3\xc7\xc7\xf8\xb1\xa8\xb8\xe6.txt" // 清城区报告.txt in GBK
	bad := "\xff\xfe\xff.txt"
	for _, name := range []string{gbk, bad} {
		if err := os.WriteFile(filepath.Join(corp, name), []byte(officeReport("清城区")), 0o644); err != nil {
			t.Skipf("file system refuses non-UTF-8 names: %v", err)
		}
	}
	_, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", corp)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Errorf("ingest: err %v, want exit 1 for the undecodable name", err)
	}
	if !strings.Contains(stderr, `"\xff\xfe\xff.txt": 文件名既不是 UTF-8 也不是 GBK`) || !strings.Contains(stderr, "改名") {
		t.Errorf("no raw-bytes report with a hint:\n%s", stderr)
	}
	d := docsByID(t, db)["清城区报告"]
	if d == nil || d["source"] != "清城区报告.txt" {
		t.Errorf("GBK-named file: %v, want id 清城区报告 and source 清城区报告.txt", d)
	}
}
