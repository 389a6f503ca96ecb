package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/gongwen/gongwen/internal/golden"
)

// batchOutput runs a --batch command over lines and returns its output
// objects, failing unless every output line is one JSON object.
func batchOutput(t *testing.T, getenv func(string) string, cmd string, lines []string, args ...string) (raw string, objs []map[string]any) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "batch.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runCmd(t, getenv, append([]string{cmd, "--json", "--batch", path}, args...)...)
	if err != nil {
		t.Fatalf("%s --batch: %v\n%s", cmd, err, stderr)
	}
	return out, jsonLines(t, out)
}

// jsonLines reads a --batch command's output, failing unless every line is
// one JSON object.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		var o map[string]any
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("output line is not one JSON object: %v\n%s", err, sc.Text())
		}
		objs = append(objs, o)
	}
	return objs
}

// goInternals are words of Go's decoder and of our flags that a batch
// error object must not show: whoever wrote the file never saw either.
var goInternals = []string{"unexpected", "unmarshal", "Go struct", "Go value", "batchLine", "invalid character", "json:", "--now", "EOF"}

// TestBatchErrorLines: every line a --batch file can get wrong yields one
// error object, in order, in the command's own shape (ask: found and
// citations, no results; search: results, no found or citations), saying
// in Chinese what is wrong and echoing the line's q when it has one. The
// exact objects are in testdata/batch/*.golden.
func TestBatchErrorLines(t *testing.T) {
	_, getenv := askEnv(t)
	long := strings.Repeat("普法", 251)
	tests := []struct {
		name, line string
		q          string // echoed back
		ask        string // the ask error, "" when only search refuses the line
		search     string
	}{
		{"blank line", ``, "", "空行:没有问题", "空行:没有问题"},
		{"white space only", " \t ", "", "空行:没有问题", "空行:没有问题"},
		{"not JSON", `{"q": 不是JSON`, "", "第3行不是有效的 JSON", "第3行不是有效的 JSON"},
		{"cut short", `{"q": "去年普法活动多少场", `, "", "第4行不是有效的 JSON", "第4行不是有效的 JSON"},
		{"q a number", `{"q": 123}`, "", "q 应为字符串", "q 应为字符串"},
		{"now a number", `{"q": "去年普法活动多少场", "now": 20250310}`, "去年普法活动多少场", "now 应为 YYYY-MM-DD 格式的日期", "now 应为 YYYY-MM-DD 格式的日期"},
		{"now written wrong", `{"q": "去年普法活动多少场", "now": "2025/03/10"}`, "去年普法活动多少场", "now 应为 YYYY-MM-DD 格式的日期", "now 应为 YYYY-MM-DD 格式的日期"},
		{"no such day", `{"q": "去年普法活动多少场", "now": "2025-02-30"}`, "去年普法活动多少场", "2025-02-30 不是有效日期", "2025-02-30 不是有效日期"},
		{"empty q", `{"q": ""}`, "", "问题为空", "问题为空"},
		{"blank q", `{"q": "  "}`, "  ", "问题为空", "问题为空"},
		{"no q", `{"now": "2025-03-10"}`, "", "问题为空", "问题为空"},
		{"history not an array", `{"q": "那2019年呢?", "history": "清新区"}`, "那2019年呢?", "history 应为数组", "history 应为数组"},
		{"long question", `{"q": "` + long + `"}`, long, "问题过长:最多 500 个字,收到 502 个字", "检索词过长:最多 500 个字,收到 502 个字"},
		{"long plain line", long, long, "问题过长:最多 500 个字,收到 502 个字", "检索词过长:最多 500 个字,收到 502 个字"},
		{"k zero", `{"q": "普法宣传", "k": 0}`, "普法宣传", "", "k 应为 1 到 100 之间的整数,收到 0"},
		{"k over 100", `{"q": "普法宣传", "k": 101}`, "普法宣传", "", "k 应为 1 到 100 之间的整数,收到 101"},
		{"k a string", `{"q": "普法宣传", "k": "5"}`, "普法宣传", "", "k 应为 1 到 100 之间的整数"},
	}
	for _, cmd := range []string{"ask", "search"} {
		t.Run(cmd, func(t *testing.T) {
			var lines []string
			var cases []int
			for i, tc := range tests {
				if cmd == "ask" && tc.ask == "" {
					continue // a k is no error to ask; such lines are answered
				}
				lines = append(lines, tc.line)
				cases = append(cases, i)
			}
			raw, objs := batchOutput(t, getenv, cmd, lines, "--now", "2025-03-10")
			if len(objs) != len(lines) {
				t.Fatalf("%d objects for %d lines:\n%s", len(objs), len(lines), raw)
			}
			for j, i := range cases {
				tc, o := tests[i], objs[j]
				t.Run(tc.name, func(t *testing.T) {
					want := tc.search
					if cmd == "ask" {
						want = tc.ask
					}
					msg, _ := o["error"].(string)
					if !strings.Contains(msg, want) {
						t.Errorf("error %q, want %q", msg, want)
					}
					if !strings.ContainsFunc(msg, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
						t.Errorf("error %q is not Chinese", msg)
					}
					for _, w := range goInternals {
						if strings.Contains(msg, w) {
							t.Errorf("error %q shows %q", msg, w)
						}
					}
					if o["q"] != tc.q {
						t.Errorf("q %q, want %q", o["q"], tc.q)
					}
					has := func(k string) bool { _, ok := o[k]; return ok }
					if cmd == "ask" && (has("results") || o["found"] != false || !has("citations")) {
						t.Errorf("ask error object not in the ask shape: %v", o)
					}
					if cmd == "search" && (has("found") || has("citations") || !has("results")) {
						t.Errorf("search error object not in the search shape: %v", o)
					}
				})
			}
			golden.Check(t, filepath.Join("testdata", "batch", cmd+"_errors.jsonl.golden"), raw)
		})
	}
}

// TestBatchKeepsLines: blank lines among questions take their place in
// the output, so the n-th object answers the n-th line; a search line's k
// is honoured as in the body of /v1/search, other lines take -k.
func TestBatchKeepsLines(t *testing.T) {
	_, getenv := askEnv(t)
	lines := []string{
		`{"q": "清新区民政局2019年新登记成立了几个社会组织?"}`,
		``,
		`   `,
		`{"q": "普法宣传", "k": 2}`,
		`去年的报告里普法宣传搞了多少场活动?`,
	}
	wantQ := []string{"清新区民政局2019年新登记成立了几个社会组织?", "", "", "普法宣传", "去年的报告里普法宣传搞了多少场活动?"}
	for _, cmd := range []string{"ask", "search"} {
		t.Run(cmd, func(t *testing.T) {
			args := []string{"--now", "2025-03-10"}
			if cmd == "search" {
				args = append(args, "-k", "3")
			}
			raw, objs := batchOutput(t, getenv, cmd, lines, args...)
			if len(objs) != len(lines) {
				t.Fatalf("%d objects for %d lines:\n%s", len(objs), len(lines), raw)
			}
			for i, o := range objs {
				_, failed := o["error"]
				if o["q"] != wantQ[i] || failed != (wantQ[i] == "") {
					t.Errorf("line %d: q %q error %v, want q %q", i+1, o["q"], o["error"], wantQ[i])
				}
			}
			if cmd == "search" {
				for i, want := range []int{3, 0, 0, 2, 3} {
					if rs, _ := objs[i]["results"].([]any); len(rs) != want {
						t.Errorf("line %d: %d results, want %d", i+1, len(rs), want)
					}
				}
			}
		})
	}
}
