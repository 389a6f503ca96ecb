package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, getenv func(string) string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), args, getenv, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// checkSearchContract checks one search --json object against DESIGN.md:
// {"q", "results": [{"rank", "score", "doc": {...}, "section", "text"}]}
// with every text verbatim from a bundled document.
func checkSearchContract(t *testing.T, obj map[string]any, texts []string) []map[string]any {
	t.Helper()
	if _, ok := obj["q"].(string); !ok {
		t.Errorf("q missing: %v", obj)
	}
	raw, ok := obj["results"].([]any)
	if !ok {
		t.Fatalf("results is not an array: %v", obj)
	}
	var out []map[string]any
	for i, r := range raw {
		m := r.(map[string]any)
		if m["rank"] != float64(i+1) {
			t.Errorf("result %d has rank %v", i, m["rank"])
		}
		if _, ok := m["score"].(float64); !ok {
			t.Errorf("result %d: score %v", i, m["score"])
		}
		doc, _ := m["doc"].(map[string]any)
		for _, k := range []string{"id", "title", "org", "year", "kind"} {
			if _, ok := doc[k]; !ok {
				t.Errorf("result %d: doc.%s missing", i, k)
			}
		}
		if _, ok := m["section"].(string); !ok {
			t.Errorf("result %d: section %v", i, m["section"])
		}
		text, _ := m["text"].(string)
		found := false
		for _, s := range texts {
			if text != "" && strings.Contains(s, text) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("result %d: text is not verbatim from a bundled document: %q", i, text)
		}
		out = append(out, m)
	}
	return out
}

func TestSearchJSON(t *testing.T) {
	_, getenv := askEnv(t)
	texts := corpusTexts(t)
	stdout, _, err := runCmd(t, getenv, "search", "--json", "-k", "3", "清城区民政局2024年结婚登记")
	if err != nil {
		t.Fatal(err)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(stdout), &obj); err != nil {
		t.Fatalf("not one JSON object: %v\n%s", err, stdout)
	}
	rs := checkSearchContract(t, obj, texts)
	if len(rs) != 3 {
		t.Fatalf("%d results, want 3", len(rs))
	}
	if !strings.Contains(rs[0]["text"].(string), "结婚登记4279对") {
		t.Errorf("top result: %q", rs[0]["text"])
	}
}

func TestSearchBatch(t *testing.T) {
	_, getenv := askEnv(t)
	texts := corpusTexts(t)
	batch := filepath.Join(t.TempDir(), "q.jsonl")
	lines := `{"q": "去年的报告里普法宣传搞了多少场活动?", "now": "2025-03-10"}
去年的报告里普法宣传搞了多少场活动?
{"q": "普法宣传", "now": "2025-13-40"}
`
	if err := os.WriteFile(batch, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, _, err := runCmd(t, getenv, "search", "--json", "--now", "2020-03-10", "--batch", batch)
	if err != nil {
		t.Fatal(err)
	}
	var objs []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var o map[string]any
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		objs = append(objs, o)
	}
	if len(objs) != 3 {
		t.Fatalf("%d objects, want 3:\n%s", len(objs), stdout)
	}
	// 去年 is read against each line's own now, else --now.
	for i, wantYear := range []float64{2024, 2019} {
		rs := checkSearchContract(t, objs[i], texts)
		if len(rs) == 0 || rs[0]["doc"].(map[string]any)["year"] != wantYear {
			t.Errorf("line %d: top result %v, want a %v report", i+1, rs, wantYear)
		}
	}
	if e, _ := objs[2]["error"].(string); e == "" {
		t.Errorf("a bad now gives no error: %v", objs[2])
	}
}

func TestSearchUsage(t *testing.T) {
	_, getenv := askEnv(t)
	_, stderr, err := runCmd(t, getenv, "search")
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error()+stderr, "请给出检索词") {
		t.Errorf("no query: err %v, stderr %q; want exit 2 with a hint", err, stderr)
	}
	_, _, err = runCmd(t, getenv, "search", "--now", "去年", "普法")
	if !errors.As(err, &ee) || ee.code != 2 {
		t.Errorf("bad --now: %v, want exit 2", err)
	}
}
