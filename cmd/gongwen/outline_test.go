package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// outlineJSON is the outline --json contract as a script reads it.
type outlineJSON struct {
	Title    string `json:"title"`
	Year     int    `json:"year"`
	Org      string `json:"org"`
	Topic    string `json:"topic"`
	Sections []struct {
		Number  string `json:"number"`
		Title   string `json:"title"`
		Level   int    `json:"level"`
		Bullets []struct {
			Text      string `json:"text"`
			Citations []int  `json:"citations"`
		} `json:"bullets"`
		Children []json.RawMessage `json:"children"`
	} `json:"sections"`
	Citations []struct {
		N   int `json:"n"`
		Doc struct {
			ID    string `json:"id"`
			Title string `json:"title"`
			Org   string `json:"org"`
			Year  int    `json:"year"`
			Kind  string `json:"kind"`
		} `json:"doc"`
		Section string `json:"section"`
		Text    string `json:"text"`
	} `json:"citations"`
	Mode string `json:"mode"`
	Note string `json:"note"`
}

// TestOutlineCommand drives "gongwen outline" through run on one index of
// the bundled corpus, built by the first subtest.
func TestOutlineCommand(t *testing.T) {
	db := t.TempDir()
	env := map[string]string{"GONGWEN_DB": db}
	runOutlineCmd := func(extra map[string]string, args ...string) (string, string, error) {
		getenv := func(k string) string {
			if v, ok := extra[k]; ok {
				return v
			}
			return env[k]
		}
		var stdout, stderr bytes.Buffer
		err := run(context.Background(), append([]string{"outline"}, args...), getenv, strings.NewReader(""), &stdout, &stderr)
		return stdout.String(), stderr.String(), err
	}
	section := []string{"--section", "加强法治宣传教育", "--org", "清城区", "--year", "2025"}

	t.Run("markdown", func(t *testing.T) {
		out, _, err := runOutlineCmd(nil, section...)
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"## 一、2025年主要举措和成效", "### （一）", "【待补充：2025年开展普法宣传活动场次（2024年为10场[", "全面实施“八五”普法", "## 参考来源"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q:\n%s", want, out)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		out, _, err := runOutlineCmd(nil, append(section, "--json")...)
		if err != nil {
			t.Fatal(err)
		}
		var o outlineJSON
		if err := json.Unmarshal([]byte(out), &o); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if o.Year != 2025 || o.Org != "清远市清城区民政局" || o.Topic != "普法与法治宣传" || o.Mode != "offline" || len(o.Sections) == 0 || len(o.Citations) == 0 {
			t.Errorf("outline %+v", o)
		}
		if s := o.Sections[0]; s.Level != 1 || s.Number != "一、" || len(s.Children) == 0 {
			t.Errorf("first section %+v", s)
		}
		if c := o.Citations[0]; c.N != 1 || c.Doc.Kind != "report" || c.Text == "" || c.Section == "" {
			t.Errorf("first citation %+v", c)
		}
	})

	t.Run("docx", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "提纲.docx")
		_, stderr, err := runOutlineCmd(nil, "--org", "清城区", "--year", "2025", "--format", "docx", "-o", path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stderr, "已写入") {
			t.Errorf("stderr %q", stderr)
		}
		zr, err := zip.OpenReader(path)
		if err != nil {
			t.Fatalf("not a zip: %v", err)
		}
		defer zr.Close()
		found := false
		for _, f := range zr.File {
			found = found || f.Name == "word/document.xml"
		}
		if !found {
			t.Error("word/document.xml missing")
		}
	})

	t.Run("format from extension", func(t *testing.T) {
		dir := t.TempDir()
		for _, tc := range []struct{ file, magic string }{
			{"提纲.docx", "PK\x03\x04"},
			{"提纲.md", "# "},
			{"提纲.json", "{"},
		} {
			path := filepath.Join(dir, tc.file)
			if _, _, err := runOutlineCmd(nil, append(section, "-o", path)...); err != nil {
				t.Fatalf("%s: %v", tc.file, err)
			}
			b, err := os.ReadFile(path)
			if err != nil || !strings.HasPrefix(string(b), tc.magic) {
				t.Errorf("%s starts %q, want %q (%v)", tc.file, string(b[:min(len(b), 8)]), tc.magic, err)
			}
			st, err := os.Stat(path)
			if err != nil || st.Mode().Perm() != 0o644 {
				t.Errorf("%s mode %v, want 0644 (%v)", tc.file, st.Mode().Perm(), err)
			}
		}
		// An extension that says another format than --format is refused.
		path := filepath.Join(dir, "错.docx")
		_, _, err := runOutlineCmd(nil, append(section, "--format", "md", "-o", path)...)
		if exitCode(err) != 2 || !strings.Contains(err.Error(), "不一致") {
			t.Errorf("err = %v, want exit 2 naming the mismatch", err)
		}
		if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s written despite the mismatch", path)
		}
	})

	t.Run("whole report with draft and evidence", func(t *testing.T) {
		out, _, err := runOutlineCmd(nil, "--org", "清城区", "--year", "2025", "--draft", "--evidence", "--no-reference")
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"## 五、其他需要报告的情况", "初稿：2025年", "【待补充】", "## 事实依据表", "| 要点 | 来源文件 | 章节 | 原文摘录 | 数字 | 状态 |", "沿用", "待补充"} {
			if !strings.Contains(out, want) {
				t.Errorf("output lacks %q", want)
			}
		}
		if strings.Contains(out, "可参考的其他单位方案") {
			t.Error("--no-reference output lists other offices' plans")
		}
	})

	t.Run("default year", func(t *testing.T) {
		out, _, err := runOutlineCmd(nil, "--section", "严格规范行政执法", "--org", "清城区", "--now", "2025-02-01", "--json")
		if err != nil {
			t.Fatal(err)
		}
		var o outlineJSON
		if err := json.Unmarshal([]byte(out), &o); err != nil {
			t.Fatal(err)
		}
		if o.Year != 2024 {
			t.Errorf("year %d, want 2024", o.Year)
		}
	})

	t.Run("unknown topic", func(t *testing.T) {
		_, _, err := runOutlineCmd(nil, "--section", "乡村振兴", "--org", "清城区")
		if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "相近主题") {
			t.Errorf("err = %v (exit %d), want exit 1 naming the nearest topics", err, exitCode(err))
		}
	})

	t.Run("bad format", func(t *testing.T) {
		_, _, err := runOutlineCmd(nil, append(section, "--format", "pdf")...)
		if exitCode(err) != 2 {
			t.Errorf("err = %v, want exit 2", err)
		}
	})

	t.Run("llm", func(t *testing.T) {
		for _, tc := range []struct {
			name, reply, mode string
		}{
			{"valid", `{"sections": [{"title": "加强普法", "level": 1, "bullets": [{"text": "持续开展普法宣传", "citations": [1]}]}]}`, "llm"},
			{"invalid", `不是 JSON`, "offline"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
					w.Header().Set("Content-Type", "application/json")
					json.NewEncoder(w).Encode(map[string]any{"id": "c", "object": "chat.completion", "model": "m",
						"choices": []any{map[string]any{"index": 0, "message": map[string]any{"role": "assistant", "content": tc.reply}}}})
				}))
				defer srv.Close()
				out, stderr, err := runOutlineCmd(map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": srv.URL + "/v1", "GONGWEN_CHAT_MODEL": "m"}, append(section, "--json")...)
				if err != nil {
					t.Fatal(err)
				}
				var o outlineJSON
				if err := json.Unmarshal([]byte(out), &o); err != nil {
					t.Fatal(err)
				}
				if o.Mode != tc.mode {
					t.Errorf("mode %q, want %q (note %q, stderr %q)", o.Mode, tc.mode, o.Note, stderr)
				}
				if tc.mode == "offline" && !strings.Contains(o.Note, "已改用离线提纲") {
					t.Errorf("note %q should explain the fallback", o.Note)
				}
			})
		}
	})

	t.Run("output dir missing", func(t *testing.T) {
		// -o into a missing directory fails cleanly, leaving nothing behind.
		path := filepath.Join(t.TempDir(), "missing", "x.md")
		_, _, err := runOutlineCmd(nil, append(section, "-o", path)...)
		if err == nil {
			t.Fatal("want an error")
		}
		if _, statErr := os.Stat(path); !errors.Is(statErr, os.ErrNotExist) {
			t.Errorf("stat %s: %v", path, statErr)
		}
	})
}
