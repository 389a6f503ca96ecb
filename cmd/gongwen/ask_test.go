package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
)

// askEnv is the environment the ask tests run under: only the index
// directory and a private HOME, so the host's OPENAI_API_KEY (or any other
// setting) never switches the tests to a real model.
func askEnv(t *testing.T) (db string, getenv func(string) string) {
	t.Helper()
	db, home := t.TempDir(), t.TempDir()
	return db, func(k string) string {
		switch k {
		case "GONGWEN_DB":
			return db
		case "HOME":
			return home
		}
		return ""
	}
}

func runAskCmd(t *testing.T, getenv func(string) string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	err = run(context.Background(), append([]string{"ask"}, args...), getenv, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), err
}

// corpusTexts are the bundled files, to check that quotes are verbatim.
func corpusTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	err := fs.WalkDir(corpus.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, err := fs.ReadFile(corpus.FS(), p)
		out = append(out, string(b))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// checkAskContract checks one ask JSON object against DESIGN.md: q, found,
// answer, mode, scope, citations[{n, doc{id,title,org,year,kind}, section,
// text}], every [n] cited and every text verbatim from a bundled file.
func checkAskContract(t *testing.T, obj map[string]any, texts []string) {
	t.Helper()
	want := map[string]string{"q": "string", "found": "bool", "answer": "string", "mode": "string", "scope": "object", "citations": "array"}
	for k, typ := range want {
		v, ok := obj[k]
		if !ok {
			t.Errorf("key %q missing: %v", k, obj)
			continue
		}
		if got := jsonType(v); got != typ {
			t.Errorf("%q is %s, want %s", k, got, typ)
		}
	}
	if m, _ := obj["mode"].(string); m != "extractive" && m != "llm" {
		t.Errorf("mode %q", m)
	}
	if sc, ok := obj["scope"].(map[string]any); ok {
		if _, ok := sc["docs"].([]any); !ok {
			t.Errorf("scope.docs is not an array: %v", sc)
		}
	}
	cites, _ := obj["citations"].([]any)
	ns := map[float64]bool{}
	for i, c := range cites {
		cm, ok := c.(map[string]any)
		if !ok {
			t.Fatalf("citation %d is not an object", i)
		}
		for k, typ := range map[string]string{"n": "number", "doc": "object", "section": "string", "text": "string"} {
			if got := jsonType(cm[k]); got != typ {
				t.Errorf("citation %d: %q is %s, want %s", i, k, got, typ)
			}
		}
		doc, _ := cm["doc"].(map[string]any)
		for k, typ := range map[string]string{"id": "string", "title": "string", "org": "string", "year": "number", "kind": "string"} {
			if got := jsonType(doc[k]); got != typ {
				t.Errorf("citation %d: doc.%s is %s, want %s", i, k, got, typ)
			}
		}
		n, _ := cm["n"].(float64)
		ns[n] = true
		text, _ := cm["text"].(string)
		verbatim := false
		for _, f := range texts {
			if text != "" && strings.Contains(f, text) {
				verbatim = true
			}
		}
		if !verbatim {
			t.Errorf("citation [%v] text is not verbatim from a bundled file: %q", n, text)
		}
	}
	answer, _ := obj["answer"].(string)
	for _, m := range reAskCite.FindAllStringSubmatch(answer, -1) {
		var n float64
		json.Unmarshal([]byte(m[1]), &n)
		if !ns[n] {
			t.Errorf("[%s] in the answer has no citation: %s", m[1], answer)
		}
	}
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case bool:
		return "bool"
	case float64:
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case nil:
		return "null"
	}
	return "?"
}

func TestAskJSON(t *testing.T) {
	db, getenv := askEnv(t)
	out, stderr, err := runAskCmd(t, getenv, "--json", "--db", db, "--now", "2025-03-10", "去年的报告里普法宣传搞了多少场活动?")
	if err != nil {
		t.Fatalf("ask: %v\nstderr: %s", err, stderr)
	}
	var obj map[string]any
	dec := json.NewDecoder(strings.NewReader(out))
	if err := dec.Decode(&obj); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if dec.More() {
		t.Errorf("more than one JSON value on stdout: %s", out)
	}
	checkAskContract(t, obj, corpusTexts(t))
	if obj["q"] != "去年的报告里普法宣传搞了多少场活动?" || obj["found"] != true || obj["mode"] != "extractive" {
		t.Errorf("q %v found %v mode %v", obj["q"], obj["found"], obj["mode"])
	}
	if a, _ := obj["answer"].(string); !strings.Contains(a, "10场") {
		t.Errorf("answer lacks 10场: %s", a)
	}
	sc := obj["scope"].(map[string]any)
	if sc["year"] != 2024.0 || sc["relative"] != "去年" {
		t.Errorf("scope %v, want year 2024 relative 去年", sc)
	}
	c0 := obj["citations"].([]any)[0].(map[string]any)
	doc := c0["doc"].(map[string]any)
	if doc["id"] != "001_5d2ab5fed4f2549d" || doc["org"] != "清远市清城区民政局" || doc["year"] != 2024.0 || doc["kind"] != "report" {
		t.Errorf("citation doc %v", doc)
	}
	// The index was built on first use, with word of it on stderr only.
	if !strings.Contains(stderr, "建立索引") {
		t.Errorf("stderr does not mention building the index: %q", stderr)
	}
}

func TestAskText(t *testing.T) {
	db, getenv := askEnv(t)
	out, stderr, err := runAskCmd(t, getenv, "--db", db, "--now", "2025-03-10", "去年的报告里普法宣传搞了多少场活动?")
	if err != nil {
		t.Fatalf("ask: %v\nstderr: %s", err, stderr)
	}
	for _, s := range []string{"依据: 清远市清城区民政局2024年法治政府建设工作报告", "10场[1]", "出处:", "[1] 清远市清城区民政局2024年法治政府建设工作报告(2024)· 一、2024年工作情况 > (五)加强法治宣传教育"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
}

func TestAskBatch(t *testing.T) {
	db, getenv := askEnv(t)
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	texts := corpusTexts(t)
	tests := []struct {
		name  string
		lines string
		args  []string
		check func(t *testing.T, objs []map[string]any)
	}{
		{
			name: "three lines in order, one with now",
			// --now 2030 would make 去年 2029: the line's own now must win.
			args: []string{"--now", "2030-06-01"},
			lines: `{"q": "清新区民政局2019年新登记成立了几个社会组织?"}
{"q": "去年的报告里普法宣传搞了多少场活动?", "now": "2025-03-10"}

{"q": "韶关市民政局2023年法治政府建设报告里普法活动搞了几场?"}
`,
			check: func(t *testing.T, objs []map[string]any) {
				wantQ := []string{"清新区民政局2019年新登记成立了几个社会组织?", "去年的报告里普法宣传搞了多少场活动?", "韶关市民政局2023年法治政府建设报告里普法活动搞了几场?"}
				wantFound := []bool{true, true, false}
				wantIn := []string{"12个", "10场", "韶关市民政局"}
				// One object per input line: the blank third line has its
				// own (an error), so the fourth line's answer stays fourth.
				if len(objs) != 4 {
					t.Fatalf("%d objects, want 4", len(objs))
				}
				if e, _ := objs[2]["error"].(string); e != "空行:没有问题" {
					t.Errorf("line 3 (blank): %v", objs[2])
				}
				objs = slices.Delete(objs, 2, 3)
				for i, o := range objs {
					checkAskContract(t, o, texts)
					if o["q"] != wantQ[i] || o["found"] != wantFound[i] {
						t.Errorf("line %d: q %v found %v, want %q %v", i+1, o["q"], o["found"], wantQ[i], wantFound[i])
					}
					if a, _ := o["answer"].(string); !strings.Contains(a, wantIn[i]) {
						t.Errorf("line %d: answer lacks %q: %s", i+1, wantIn[i], a)
					}
				}
				if y := objs[1]["scope"].(map[string]any)["year"]; y != 2024.0 {
					t.Errorf("line 2: scope year %v, want 2024 from its own now", y)
				}
			},
		},
		{
			name:  "plain lines are questions",
			args:  []string{"--now", "2025-03-10"},
			lines: "\ufeff清新区民政局2019年新登记成立了几个社会组织?\n{\"q\": \"石潭镇19年行政执法案件有多少件?\"}\n去年的报告里普法宣传搞了多少场活动?\n",
			check: func(t *testing.T, objs []map[string]any) {
				wantIn := []string{"12个", "283件", "10场"}
				if len(objs) != 3 {
					t.Fatalf("%d objects, want 3", len(objs))
				}
				for i, o := range objs {
					checkAskContract(t, o, texts)
					if a, _ := o["answer"].(string); o["found"] != true || !strings.Contains(a, wantIn[i]) {
						t.Errorf("line %d: found %v, answer lacks %q: %s", i+1, o["found"], wantIn[i], a)
					}
				}
				if objs[0]["q"] != "清新区民政局2019年新登记成立了几个社会组织?" {
					t.Errorf("line 1: q %q keeps the byte-order mark or lost text", objs[0]["q"])
				}
			},
		},
		{
			name: "malformed line yields an error object, the rest continue",
			lines: `{"q": "石潭镇19年行政执法案件有多少件?"}
{"q": 不是JSON
{"q": "株洲方案里宪法学习贯彻是谁牵头?"}
`,
			check: func(t *testing.T, objs []map[string]any) {
				if len(objs) != 3 {
					t.Fatalf("%d objects, want 3", len(objs))
				}
				if e, _ := objs[1]["error"].(string); e == "" {
					t.Errorf("line 2: no error: %v", objs[1])
				}
				for _, i := range []int{0, 2} {
					checkAskContract(t, objs[i], texts)
					if objs[i]["found"] != true {
						t.Errorf("line %d not answered: %v", i+1, objs[i]["answer"])
					}
					if _, bad := objs[i]["error"]; bad {
						t.Errorf("line %d carries an error: %v", i+1, objs[i])
					}
				}
			},
		},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := write(strings.Repeat("b", i+1)+".jsonl", tc.lines)
			args := append([]string{"--batch", path, "--json", "--db", db}, tc.args...)
			out, stderr, err := runAskCmd(t, getenv, args...)
			if err != nil {
				t.Fatalf("ask --batch: %v\nstderr: %s", err, stderr)
			}
			tc.check(t, jsonLines(t, out))
		})
	}
}

func TestAskUsage(t *testing.T) {
	db, getenv := askEnv(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no question", []string{"--db", db}, 2, "用法: gongwen ask"},
		{"blank question", []string{"--db", db, "  "}, 2, "用法: gongwen ask"},
		{"bad --now", []string{"--db", db, "--now", "2025/03/10", "去年的报告里普法宣传搞了多少场活动?"}, 2, ""},
		{"unknown flag", []string{"--db", db, "--bogus", "问题"}, 2, "bogus"},
		{"missing batch file", []string{"--db", db, "--batch", filepath.Join(db, "none.jsonl")}, 2, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, stderr, err := runAskCmd(t, getenv, tc.args...)
			if err == nil {
				t.Fatalf("no error; stdout %s", out)
			}
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != tc.code {
				t.Errorf("error %v (%T), want exit code %d", err, err, tc.code)
			}
			if !strings.Contains(stderr, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, stderr)
			}
			if out != "" {
				t.Errorf("stdout not empty on error: %q", out)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(db, "none.jsonl")); err == nil {
		t.Error("the missing batch file was created")
	}
}

// TestAskHistory: --history carries the previous question for "那2019年呢?".
func TestAskHistory(t *testing.T) {
	db, getenv := askEnv(t)
	hist := filepath.Join(t.TempDir(), "history.json")
	if err := os.WriteFile(hist, []byte(`[{"q": "清新区民政局2020年新登记成立了几个社会组织?"}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, err := runAskCmd(t, getenv, "--json", "--db", db, "--history", hist, "那2019年呢?")
	if err != nil {
		t.Fatalf("ask: %v\nstderr: %s", err, stderr)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatal(err)
	}
	checkAskContract(t, obj, corpusTexts(t))
	if a, _ := obj["answer"].(string); obj["found"] != true || !strings.Contains(a, "12个") {
		t.Errorf("follow-up not resolved: found %v answer %s", obj["found"], a)
	}
}

var reAskCite = regexp.MustCompile(`\[(\d+)\]`)
