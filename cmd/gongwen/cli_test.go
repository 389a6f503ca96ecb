package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/gongwen/gongwen/internal/index"
)

// englishPhrases are what the standard library says when nobody
// translates it; none may reach a staffer.
var englishPhrases = []string{
	"flag provided", "not defined", "invalid value", "parse error", "invalid boolean", "needs an argument",
	"bad flag syntax", "no such file", "permission denied", "is a directory", "not a directory",
	"address already in use", "context canceled", "deadline exceeded", "open ", "listen tcp",
	"Usage", "(default", "unknown command",
}

// reEnglishWords catches any other English sentence: two lowercase words in
// a row (paths in these tests have no spaces; "JSON Lines" is a name).
var reEnglishWords = regexp.MustCompile(`\b[a-z]{3,} [a-z]{3,}\b`)

var (
	reCommandLine = regexp.MustCompile(`gongwen( [a-z]+)+`)
	reLogLine     = regexp.MustCompile(`(?m)^time=.*$`)
	reSynopsis    = regexp.MustCompile(`(?m)^用法: gongwen .*$`)
)

// checkChinese fails when what the user sees is not Chinese.
func checkChinese(t *testing.T, seen string) {
	t.Helper()
	if !strings.ContainsFunc(seen, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		t.Errorf("no Chinese in %q", seen)
	}
	for _, p := range englishPhrases {
		if strings.Contains(seen, p) {
			t.Errorf("English %q in:\n%s", p, seen)
		}
	}
	// Command lines and synopses quoted in hints, and slog lines of serve (for whoever
	// runs the server, in logfmt) are not sentences.
	prose := reSynopsis.ReplaceAllString(seen, "")
	prose = reLogLine.ReplaceAllString(prose, "")
	prose = reCommandLine.ReplaceAllString(prose, "")
	if m := reEnglishWords.FindString(prose); m != "" {
		t.Errorf("English words %q in:\n%s", m, seen)
	}
}

// seenText is what main shows for a run: stderr, then the error unless it
// was already reported.
func seenText(stderr string, err error) string {
	if err == nil || errors.Is(err, errSilent) {
		return stderr
	}
	return stderr + "gongwen: " + err.Error() + "\n"
}

func cliEnv(t *testing.T) (db string, getenv func(string) string) {
	t.Helper()
	db, home := filepath.Join(t.TempDir(), "索引 目录"), t.TempDir()
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

// TestCLIErrorsChinese provokes each kind of error a staffer can meet —
// flag errors, bad values, OS errors, a taken port, Ctrl-C — and checks
// that what is shown is Chinese, with the command's usage hint for flag
// errors.
func TestCLIErrorsChinese(t *testing.T) {
	_, getenv := cliEnv(t)
	missing := filepath.Join(t.TempDir(), "不存在 的文件夹", "历史.json")
	file := filepath.Join(t.TempDir(), "普通文件.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	canceled, cancel := context.WithCancel(context.Background())
	cancel()

	tests := []struct {
		name string
		ctx  context.Context
		args []string
		code int
		want []string // in what the user sees
	}{
		{"unknown flag", nil, []string{"docs", "--foo"}, 2, []string{"没有 --foo 这个参数", "用法: gongwen docs", "gongwen docs --help"}},
		{"unknown short flag", nil, []string{"search", "-x", "普法"}, 2, []string{"没有 -x 这个参数", "gongwen search --help"}},
		{"bad int", nil, []string{"search", "--year", "abc", "普法"}, 2, []string{"--year 的值“abc”无效", "整数", "用法: gongwen search"}},
		{"int out of range", nil, []string{"ask", "--year", "99999999999999999999", "问题"}, 2, []string{"超出范围", "用法: gongwen ask"}},
		{"flag needs a value", nil, []string{"search", "普法", "-k"}, 2, []string{"-k 后面缺少取值", "用法: gongwen search"}},
		{"bool with a value", nil, []string{"ask", "--json=3", "问题"}, 2, []string{"--json 是开关", "用法: gongwen ask"}},
		{"bad flag syntax", nil, []string{"docs", "---json"}, 2, []string{"参数写法有误"}},
		{"plan subcommand flag", nil, []string{"plan", "items", "--bogus"}, 2, []string{"没有 --bogus 这个参数", "gongwen plan items --help"}},
		{"unknown command", nil, []string{"asks", "问题"}, 2, []string{"没有 \"asks\" 这个命令"}},
		{"unknown global flag", nil, []string{"--json", "docs"}, 2, []string{"没有 --json 这个全局参数"}},
		{"global --db without a value", nil, []string{"--db"}, 2, []string{"--db 后面缺少索引目录"}},
		{"missing history file", nil, []string{"ask", "--history", missing, "那2019年呢?"}, 2, []string{"无法读取对话记录", "打开“" + missing + "”失败:文件或文件夹不存在"}},
		{"missing batch file", nil, []string{"search", "--batch", missing}, 2, []string{"文件或文件夹不存在"}},
		{"missing corpus dir", nil, []string{"ingest", "--corpus", filepath.Dir(missing)}, 2, []string{"不存在或不是文件夹"}},
		{"db is a file", nil, []string{"--db", file, "docs"}, 1, []string{file}},
		{"port taken", nil, []string{"serve", "--addr", taken.Addr().String()}, 1, []string{"无法监听", "端口已被占用"}},
		{"open to the network without access control", nil, []string{"serve", "--addr", "0.0.0.0:0"}, 2, []string{"拒绝在 0.0.0.0:0 上监听"}},
		{"interrupted", canceled, []string{"ingest"}, 130, []string{"已中断"}},
		{"bad --now", nil, []string{"ask", "--now", "2025/03/10", "问题"}, 2, []string{"YYYY-MM-DD"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			var out, errb bytes.Buffer
			err := run(ctx, tc.args, getenv, strings.NewReader(""), &out, &errb)
			if err == nil {
				t.Fatalf("no error; stdout %s", out.String())
			}
			if got := exitCode(err); got != tc.code {
				t.Errorf("exit code %d, want %d (%v)", got, tc.code, err)
			}
			seen := seenText(errb.String(), err)
			checkChinese(t, seen)
			for _, w := range tc.want {
				if !strings.Contains(seen, w) {
					t.Errorf("lacks %q:\n%s", w, seen)
				}
			}
		})
	}
}

// TestHelpHasExample: every command's --help is Chinese, goes to stdout
// with exit code 0, and shows an example.
func TestHelpHasExample(t *testing.T) {
	_, getenv := cliEnv(t)
	for _, args := range [][]string{
		{"--help"}, {"help"}, {"help", "ask"},
		{"ask", "--help"}, {"search", "-h"}, {"docs", "--help"}, {"ingest", "--help"}, {"outline", "--help"},
		{"plan", "--help"}, {"plan", "items", "--help"}, {"plan", "coverage", "--help"},
		{"serve", "--help"}, {"slack", "--help"}, {"slack", "manifest", "--help"},
		{"access", "--help"}, {"access", "hash", "--help"}, {"access", "token", "--help"}, {"access", "check", "--help"}, {"audit", "--help"},
		{"eval", "--help"}, {"bench", "--help"}, {"version", "--help"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), args, getenv, strings.NewReader(""), &out, &errb)
			if code := exitCode(err); err != nil && code != 0 {
				t.Fatalf("exit code %d: %v\n%s", code, err, errb.String())
			}
			seen := out.String() + errb.String()
			if !strings.Contains(seen, "例") && !strings.Contains(seen, "gongwen ask \"") {
				t.Errorf("no example:\n%s", seen)
			}
			for _, p := range []string{"(default", "Usage of", "\tstring", "\tint"} {
				if strings.Contains(seen, p) {
					t.Errorf("English flag help %q:\n%s", p, seen)
				}
			}
		})
	}
}

// TestGlobalDB: --db may come before the command, in both spellings; the
// command's own --db still wins.
func TestGlobalDB(t *testing.T) {
	_, getenv := cliEnv(t)
	dir := t.TempDir()
	before, spelled, own := filepath.Join(dir, "前置 索引"), filepath.Join(dir, "等号"), filepath.Join(dir, "自己的")
	for _, tc := range []struct {
		args []string
		db   string
	}{
		{[]string{"--db", before, "docs", "--json"}, before},
		{[]string{"-db=" + spelled, "docs", "--json"}, spelled},
		{[]string{"--db", before, "docs", "--db", own, "--json"}, own},
	} {
		var out, errb bytes.Buffer
		if err := run(context.Background(), tc.args, getenv, strings.NewReader(""), &out, &errb); err != nil {
			t.Fatalf("%v: %v\n%s", tc.args, err, errb.String())
		}
		if !index.Exists(tc.db) {
			t.Errorf("%v: no index in %s", tc.args, tc.db)
		}
		if !strings.Contains(out.String(), `"docs"`) {
			t.Errorf("%v: stdout %s", tc.args, out.String())
		}
	}
}

func TestDefaultDBFor(t *testing.T) {
	const tmp = "/tmp"
	tests := []struct {
		name string
		goos string
		env  map[string]string
		want string
	}{
		{"windows LOCALAPPDATA", "windows", map[string]string{"LOCALAPPDATA": `C:\Users\张 三\AppData\Local`, "HOME": "/ignored"}, `C:\Users\张 三\AppData\Local\gongwen`},
		{"windows trailing separator", "windows", map[string]string{"LOCALAPPDATA": `D:\数据\`}, `D:\数据\gongwen`},
		{"windows drive root", "windows", map[string]string{"LOCALAPPDATA": `E:\`}, `E:\gongwen`},
		{"windows USERPROFILE", "windows", map[string]string{"USERPROFILE": `C:\Users\李四`}, `C:\Users\李四\AppData\Local\gongwen`},
		{"windows GONGWEN_DB", "windows", map[string]string{"GONGWEN_DB": `\\server\共享\索引`, "LOCALAPPDATA": `C:\x`}, `\\server\共享\索引`},
		{"windows nothing", "windows", nil, `/tmp\gongwen`},
		{"linux XDG", "linux", map[string]string{"XDG_DATA_HOME": "/home/王五/.data/", "HOME": "/home/王五"}, "/home/王五/.data/gongwen"},
		{"linux HOME", "linux", map[string]string{"HOME": "/home/王五"}, "/home/王五/.local/share/gongwen"},
		{"linux nothing", "linux", nil, "/tmp/gongwen"},
		{"darwin HOME", "darwin", map[string]string{"HOME": "/Users/zhao"}, "/Users/zhao/Library/Application Support/gongwen"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := defaultDBFor(tc.goos, func(k string) string { return tc.env[k] }, tmp)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBaseName(t *testing.T) {
	for in, want := range map[string]string{
		`D:\公文\2024年 报告\清城区 总结.docx`: "清城区 总结.docx",
		`D:\公文\2024年 报告/子目录/方案.pdf`:  "方案.pdf", // a Windows corpus dir joined with fs.FS names
		`C:\Users\张三\我的 材料\`:         "我的 材料",
		"内置语料/002_清城区2024.txt":       "002_清城区2024.txt",
		"/home/王五/材料/a b.txt":        "a b.txt",
		"报告.txt":                     "报告.txt",
		"":                           "",
	} {
		if got := baseName(in); got != want {
			t.Errorf("baseName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPageURL(t *testing.T) {
	for _, tc := range []struct {
		addr net.Addr
		want string
	}{
		{&net.TCPAddr{IP: net.IPv6unspecified, Port: 8080}, "http://127.0.0.1:8080/"},
		{&net.TCPAddr{IP: net.IPv4zero, Port: 8080}, "http://127.0.0.1:8080/"},
		{&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 9000}, "http://127.0.0.1:9000/"},
		{&net.TCPAddr{IP: net.IPv4(192, 168, 1, 5), Port: 80}, "http://192.168.1.5:80/"},
		{&net.TCPAddr{IP: net.IPv6loopback, Port: 8080}, "http://[::1]:8080/"},
	} {
		if got := pageURL(tc.addr, false); got != tc.want {
			t.Errorf("pageURL(%v) = %q, want %q", tc.addr, got, tc.want)
		}
	}
	if got := pageURL(&net.TCPAddr{IP: net.IPv4zero, Port: 8443}, true); got != "https://127.0.0.1:8443/" {
		t.Errorf("with TLS: %q", got)
	}
}

// fakeClock advances by step on every reading.
func fakeClock(step time.Duration) func() time.Time {
	t := time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	return func() time.Time { t = t.Add(step); return t }
}

func TestProgressPlain(t *testing.T) {
	t.Run("quick build says nothing", func(t *testing.T) {
		var b bytes.Buffer
		p := newProgress(&b, false, fakeClock(time.Millisecond))
		for i := 0; i <= 5; i++ {
			p.update(index.Progress{Done: i, Total: 5, File: "内置语料/a.txt"})
		}
		if b.Len() != 0 {
			t.Errorf("output for a quick build:\n%s", b.String())
		}
	})
	t.Run("long ingest: a line per tenth", func(t *testing.T) {
		var b bytes.Buffer
		p := newProgress(&b, false, fakeClock(time.Second))
		for i := 0; i <= 40; i++ {
			p.update(index.Progress{Done: i, Total: 40, File: fmt.Sprintf(`D:\政府 工作报告/%02d 报告.txt`, i)})
		}
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		if len(lines) < 9 || len(lines) > 12 {
			t.Errorf("%d lines:\n%s", len(lines), b.String())
		}
		if !strings.HasPrefix(lines[0], "索引:1/40 个文件") || !strings.Contains(lines[0], "01 报告.txt") {
			t.Errorf("first line %q", lines[0])
		}
		if last := lines[len(lines)-1]; !strings.Contains(last, "40/40") || !strings.Contains(last, "正在写入索引") {
			t.Errorf("last line %q", last)
		}
		if strings.Contains(b.String(), "\r") {
			t.Error("carriage return in plain output")
		}
		checkChinese(t, b.String())
	})
}

func TestProgressTerminal(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, true, fakeClock(time.Second))
	p.update(index.Progress{Done: 0, Total: 4, File: `D:\材料\一个名字很长很长很长很长很长很长很长的文件.docx`})
	p.update(index.Progress{Done: 2, Total: 4, File: "b.txt"})
	p.update(index.Progress{Done: 4, Total: 4})
	out := b.String()
	frames := strings.Split(strings.TrimSuffix(out, "\n"), "\r")[1:]
	if len(frames) != 3 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("frames %q", frames)
	}
	if !strings.Contains(frames[0], "[------------------------] 0/4") || !strings.Contains(frames[0], "…") {
		t.Errorf("first frame %q", frames[0])
	}
	if !strings.Contains(frames[2], "[########################] 4/4") {
		t.Errorf("last frame %q", frames[2])
	}
	// A shorter frame blanks out what is left of the longer one before it.
	for i := 1; i < len(frames); i++ {
		if displayWidth(frames[i]) < displayWidth(strings.TrimRight(frames[i-1], " ")) {
			t.Errorf("frame %d (%q) does not cover frame %d (%q)", i, frames[i], i-1, frames[i-1])
		}
	}
	if strings.Contains(out, "\033") {
		t.Error("ANSI escape in progress output")
	}
}

func TestFlagErrorText(t *testing.T) {
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	fs.Int("year", 0, "")
	fs.Int("k", 5, "")
	fs.Bool("json", false, "")
	fs.Duration("timeout", 0, "")
	for _, tc := range []struct {
		err  string
		want string
	}{
		{"flag provided but not defined: -foo", "没有 --foo 这个参数"},
		{`invalid value "abc" for flag -year: parse error`, "--year 的值“abc”无效:格式不对,应为整数,例如 --year 2024"},
		{`invalid value "9e99" for flag -k: value out of range`, "-k 的值“9e99”无效:数值超出范围"},
		{`invalid value "1h" for flag -timeout: parse error`, "应为时长"},
		{`invalid value "x" for flag -kind: 只能是 report 或 plan`, "只能是 report 或 plan"},
		{`invalid boolean value "3" for -json: parse error`, "--json 是开关"},
		{"flag needs an argument: -k", "-k 后面缺少取值,应为整数"},
		{"bad flag syntax: ---json", "参数写法有误:---json"},
	} {
		got := flagErrorText(fs, errors.New(tc.err))
		if !strings.Contains(got, tc.want) {
			t.Errorf("%q → %q, want %q", tc.err, got, tc.want)
		}
	}
}

func TestLocalize(t *testing.T) {
	pe := &fs.PathError{Op: "open", Path: `C:\公文\2024年 报告.docx`, Err: syscall.ENOENT}
	for _, tc := range []struct {
		name string
		err  error
		want string
		is   error
	}{
		{"path error wrapped", fmt.Errorf("无法读取: %w", pe), "无法读取: 打开“C:\\公文\\2024年 报告.docx”失败:文件或文件夹不存在", fs.ErrNotExist},
		{"permission", &fs.PathError{Op: "mkdir", Path: "/x", Err: syscall.EACCES}, "创建文件夹“/x”失败:没有权限", fs.ErrPermission},
		{"rename", &os.LinkError{Op: "rename", Old: "a.tmp", New: "a", Err: syscall.ENOSPC}, "把“a.tmp”改名为“a”失败:磁盘空间不足", syscall.ENOSPC},
		{"listen", fmt.Errorf("无法监听 :8080: %w", &net.OpError{Op: "listen", Net: "tcp", Addr: &net.TCPAddr{Port: 8080}, Err: os.NewSyscallError("bind", syscall.EADDRINUSE)}), "无法监听 :8080: 监听 :8080 失败:端口已被占用", syscall.EADDRINUSE},
		{"unknown errno keeps the system's words", &fs.PathError{Op: "read", Path: "/x", Err: syscall.EXDEV}, "读取“/x”失败:系统错误:", syscall.EXDEV},
		{"canceled", fmt.Errorf("ingest: %w", context.Canceled), "已中断", context.Canceled},
		{"ours untouched", errors.New("请给出问题"), "请给出问题", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := localize(tc.err)
			if !strings.Contains(got.Error(), tc.want) {
				t.Errorf("got %q, want %q", got.Error(), tc.want)
			}
			if tc.is != nil && !errors.Is(got, tc.is) {
				t.Errorf("chain lost: %v is not %v", got, tc.is)
			}
		})
	}
	if code := exitCode(localize(context.Canceled)); code != 130 {
		t.Errorf("interrupted exit code %d, want 130", code)
	}
	if code := exitCode(localize(&exitError{2, pe})); code != 2 {
		t.Errorf("exit code lost: %d", code)
	}
}

func TestBuildVersion(t *testing.T) {
	defer func(v, c, d string) { version, commit, date = v, c, d }(version, commit, date)
	vcs := &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
		{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.time", Value: "2026-11-28T20:00:00Z"}, {Key: "vcs.modified", Value: "true"},
	}}
	for _, tc := range []struct {
		name     string
		stamp    [3]string
		info     *debug.BuildInfo
		v, c, d  string
		modified bool
	}{
		{"release stamp wins", [3]string{"v0.3.0", "abc123", "2026-11-28"}, vcs, "v0.3.0", "abc123", "2026-11-28", false},
		{"go build in a checkout", [3]string{"dev", "", ""}, vcs, "dev", "0123456789abcdef", "2026-11-28T20:00:00Z", true},
		{"go install @version", [3]string{"dev", "", ""}, &debug.BuildInfo{Main: debug.Module{Version: "v0.3.0"}}, "v0.3.0", "", "", false},
		{"go run", [3]string{"dev", "", ""}, &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev", "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			version, commit, date = tc.stamp[0], tc.stamp[1], tc.stamp[2]
			v, c, d, m := buildVersion(tc.info, true)
			if v != tc.v || c != tc.c || d != tc.d || m != tc.modified {
				t.Errorf("got %q %q %q %v, want %q %q %q %v", v, c, d, m, tc.v, tc.c, tc.d, tc.modified)
			}
		})
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"--version"}, func(string) string { return "" }, nil, &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "gongwen ") {
		t.Errorf("version: %q", out.String())
	}
}

// TestIngestChinesePaths: a corpus folder and an index folder whose names
// have Chinese and spaces, as office folders do, given as one argument
// each; the file is found, named in the report, and searchable.
func TestIngestChinesePaths(t *testing.T) {
	db, getenv := cliEnv(t)
	dir := filepath.Join(t.TempDir(), "公文 材料", "2024年 报告")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "石门县民政局2024年法治政府建设工作报告\n一、工作情况\n(一)加强法治宣传教育\n2024年,我局共开展宪法宣传周活动7场,发放资料1200份。\n"
	if err := os.WriteFile(filepath.Join(dir, "石门县 民政局 2024年报告.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"ingest", "--corpus", dir, "--no-bundled", "--json"}, getenv, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("ingest: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), `"added":["`) || !index.Exists(db) {
		t.Fatalf("nothing added to %s: %s", db, out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"search", "--json", "宪法宣传周"}, getenv, strings.NewReader(""), &out, &errb); err != nil {
		t.Fatalf("search: %v\n%s", err, errb.String())
	}
	if !strings.Contains(out.String(), "宪法宣传周活动7场") {
		t.Errorf("the file in %q is not found: %s", dir, out.String())
	}
}

// TestBadValues: a flag value that parses but will not do, a missing or
// over-long question, are reported like flag errors — in Chinese, saying
// what is wrong, with the usage line — and exit 2, where the API answers
// the same values with 400 in the same words.
func TestBadValues(t *testing.T) {
	_, getenv := cliEnv(t)
	long := strings.Repeat("普法", 251)
	tests := []struct {
		name    string
		args    []string
		want    []string // in order, in what the user sees
		notWant []string
	}{
		{"unknown kind", []string{"search", "--kind", "foo", "普法"}, []string{"--kind 的值“foo”无效:应为 report、plan、policy、reply 或 other", "用法: gongwen search"}, nil},
		{"k zero", []string{"search", "-k", "0", "普法"}, []string{"-k 的值“0”无效:应为 1 到 100 之间的整数", "用法: gongwen search"}, nil},
		{"k negative", []string{"search", "-k", "-3", "普法"}, []string{"-k 的值“-3”无效", "用法: gongwen search"}, nil},
		{"k over 100", []string{"search", "-k", "101", "普法"}, []string{"-k 的值“101”无效", "用法: gongwen search"}, nil},
		{"no such day", []string{"ask", "--now", "2025-02-30", "去年的报告里普法宣传搞了多少场活动?"}, []string{"2025-02-30 不是有效日期", "用法: gongwen ask"}, []string{"格式"}},
		{"no such month", []string{"search", "--now", "2025-13-01", "普法"}, []string{"2025-13-01 不是有效日期", "用法: gongwen search"}, []string{"格式"}},
		{"day written wrong", []string{"ask", "--now", "2025/03/10", "问题"}, []string{"--now 应为 YYYY-MM-DD 格式的日期", "用法: gongwen ask"}, nil},
		{"outline no such day", []string{"outline", "--now", "2025-02-29", "--section", "普法"}, []string{"2025-02-29 不是有效日期", "用法: gongwen outline"}, nil},
		{"ask --json without a question", []string{"ask", "--json"}, []string{"缺少问题", "用法: gongwen ask"}, nil},
		{"ask --json with an empty question", []string{"ask", "--json", ""}, []string{"缺少问题", "用法: gongwen ask"}, nil},
		{"search without words", []string{"search", "--json", " "}, []string{"缺少检索词", "用法: gongwen search"}, nil},
		{"long question", []string{"ask", long}, []string{"问题过长:最多 500 个字,收到 502 个字"}, nil},
		{"long search", []string{"search", long}, []string{"检索词过长:最多 500 个字,收到 502 个字"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			stdout, stderr, err := runCmd(t, getenv, tc.args...)
			if code := exitCode(err); err == nil || code != 2 {
				t.Errorf("exit %d (%v), want 2", code, err)
			}
			if stdout != "" {
				t.Errorf("stdout not empty: %q", stdout)
			}
			seen := seenText(stderr, err)
			// The usage after the message is the --help text, which
			// TestHelpHasExample checks (its examples quote command lines).
			msg, _, _ := strings.Cut(seen, "用法:")
			checkChinese(t, msg)
			rest := seen
			for _, w := range tc.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("lacks %q (or not in order):\n%s", w, seen)
					continue
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tc.notWant {
				if strings.Contains(seen, w) {
					t.Errorf("says %q:\n%s", w, seen)
				}
			}
		})
	}
}
