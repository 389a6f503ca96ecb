package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// newFlags makes a subcommand's flag set. The flag package's own messages
// are English ("flag provided but not defined"); they are silenced here and
// parseFlags says the same in Chinese. fs.Usage, called by a subcommand
// that finds its arguments wanting, prints the whole usage to stderr.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(&flagOutput{e: e, synopsis: synopsis})
	fs.Usage = func() { printUsage(e.stderr, fs, synopsis) }
	return fs
}

// flagOutput swallows what the flag package writes (English) and carries
// what parseFlags needs to report instead: it is the one place a FlagSet
// keeps a value of ours.
type flagOutput struct {
	e        *env
	synopsis string
}

func (*flagOutput) Write(p []byte) (int, error) { return len(p), nil }

// parseFlags parses args, allowing flags after positional arguments
// ("gongwen search 普法 --json"), which staff type naturally. A flag error
// is reported in Chinese with the command's synopsis; --help prints the
// usage to stdout.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	// Parse calls Usage itself on every error; the reporting is done below.
	usage := fs.Usage
	fs.Usage = func() {}
	defer func() { fs.Usage = usage }()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			out := fs.Output().(*flagOutput)
			if errors.Is(err, flag.ErrHelp) {
				printUsage(out.e.stdout, fs, out.synopsis)
				return nil, errHelp
			}
			fmt.Fprintf(out.e.stderr, "gongwen %s: %s\n%s", fs.Name(), flagErrorText(fs, err), usageHint(fs.Name(), out.synopsis))
			return nil, &exitError{2, errSilent}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

var errHelp = &exitError{0, errSilent}

// badValue reports a flag whose value parses but will not do — a date that
// does not exist, a kind there is none of, -k 0 — as parseFlags reports
// the flag package's errors: in Chinese, with the synopsis, exit 2.
func badValue(fs *flag.FlagSet, format string, args ...any) error {
	out := fs.Output().(*flagOutput)
	fmt.Fprintf(out.e.stderr, "gongwen %s: %s\n%s", fs.Name(), fmt.Sprintf(format, args...), usageHint(fs.Name(), out.synopsis))
	return &exitError{2, errSilent}
}

// missingArg reports a missing argument (the question): first a line
// saying what is missing — the usage alone leaves the staffer to guess —
// then the whole usage, exit 2.
func missingArg(fs *flag.FlagSet, msg string) error {
	out := fs.Output().(*flagOutput)
	fmt.Fprintf(out.e.stderr, "gongwen %s: %s\n\n", fs.Name(), msg)
	fs.Usage()
	return &exitError{2, errSilent}
}

// reDay is the shape of a YYYY-MM-DD date, right or wrong.
var reDay = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

// parseDay reads a YYYY-MM-DD date that name ("--now", a batch line's
// "now") gave. A date in the right shape that does not exist (2025-02-30)
// is told from one written wrong: "应为 YYYY-MM-DD" would send the staffer
// looking for a format mistake they did not make.
func parseDay(name, s string) (time.Time, error) {
	t, err := time.ParseInLocation("2006-01-02", s, time.Local)
	if err == nil {
		return t, nil
	}
	if reDay.MatchString(s) {
		return time.Time{}, fmt.Errorf("%s 的值无效:%s 不是有效日期", name, s)
	}
	return time.Time{}, fmt.Errorf("%s 应为 YYYY-MM-DD 格式的日期,例如 2025-03-01,收到“%s”", name, s)
}

// flagDay is the day a date flag (--now) gives, today when it is not
// given; a bad one is reported with the usage line, as other bad flags are.
func flagDay(fs *flag.FlagSet, name, value string) (time.Time, error) {
	if value == "" {
		return time.Now(), nil
	}
	t, err := parseDay(flagName(name), value)
	if err != nil {
		return t, badValue(fs, "%v", err)
	}
	return t, nil
}

// usageHint is the synopsis line and where the full help is.
func usageHint(name, synopsis string) string {
	first, _, _ := strings.Cut(synopsis, "\n")
	return fmt.Sprintf("用法: gongwen %s\n运行 \"gongwen %s --help\" 查看全部参数和示例。\n", first, name)
}

// The flag package's error formats (Go 1.26, flag.go: failf calls).
var (
	reUndefined  = regexp.MustCompile(`^flag provided but not defined: -(.*)$`)
	reBadValue   = regexp.MustCompile(`^invalid value (".*") for flag -(\S+): (.*)$`)
	reBadBool    = regexp.MustCompile(`^invalid boolean value (".*") for -(\S+): (.*)$`)
	reBoolFlag   = regexp.MustCompile(`^invalid boolean flag (\S+): (.*)$`)
	reNeedsValue = regexp.MustCompile(`^flag needs an argument: -(.*)$`)
	reBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagErrorText says a flag package error in Chinese. Errors from a
// flag.Value's own Set are kept: ours are written in Chinese.
func flagErrorText(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := reUndefined.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("没有 %s 这个参数", flagName(m[1]))
	}
	if m := reNeedsValue.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s 后面缺少取值%s", flagName(m[1]), valueHint(fs.Lookup(m[1])))
	}
	if m := reBadBool.FindStringSubmatch(msg); m != nil {
		n := flagName(m[2])
		return fmt.Sprintf("%s 是开关,只能写 %s 或 %s=false,不能取值 %s", n, n, n, m[1])
	}
	if m := reBoolFlag.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("开关 %s 的写法有误", m[1])
	}
	if m := reBadValue.FindStringSubmatch(msg); m != nil {
		v, uerr := strconv.Unquote(m[1])
		if uerr != nil {
			v = m[1]
		}
		reason := m[3]
		switch reason {
		case "parse error":
			reason = "格式不对" + valueHint(fs.Lookup(m[2]))
		case "value out of range":
			reason = "数值超出范围"
		}
		return fmt.Sprintf("%s 的值“%s”无效:%s", flagName(m[2]), v, reason)
	}
	if m := reBadSyntax.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("参数写法有误:%s(参数以 -- 开头,如 --json)", m[1])
	}
	return msg
}

// flagName is how the help writes a flag: -k, -o, --json.
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// valueHint says what a flag's value should look like.
func valueHint(f *flag.Flag) string {
	if f == nil {
		return ""
	}
	switch kind, _ := flag.UnquoteUsage(f); kind {
	case "int", "uint":
		if f.Name == "year" {
			return ",应为整数,例如 --year 2024"
		}
		return ",应为整数"
	case "float":
		return ",应为数字"
	case "duration":
		return ",应为时长,例如 30s、5m"
	}
	return ""
}

// argNames names a flag's value in the help, by what it is for.
var argNames = map[string]string{
	"string": "文字", "int": "整数", "uint": "整数", "float": "数字", "duration": "时长", "value": "值",
}

var argNamesByFlag = map[string]string{
	"db": "目录", "corpus": "目录", "govreports": "目录", "prompts": "目录",
	"batch": "文件", "history": "文件", "qa": "文件", "o": "文件", "out": "文件", "channels": "文件", "feedback": "文件", "access": "文件",
	"addr": "地址:端口", "now": "YYYY-MM-DD", "year": "年度", "since": "YYYY-MM-DD", "until": "YYYY-MM-DD",
	"tls-cert": "文件", "tls-key": "文件", "user": "名称", "name": "名称",
}

// printUsage writes a command's help in Chinese: synopsis, flags with
// their defaults, and examples.
func printUsage(w io.Writer, fs *flag.FlagSet, synopsis string) {
	fmt.Fprintf(w, "用法: gongwen %s\n\n参数:\n", synopsis)
	fs.VisitAll(func(f *flag.Flag) {
		kind, usage := flag.UnquoteUsage(f)
		line := "  " + flagName(f.Name)
		if kind != "" {
			name := argNamesByFlag[f.Name]
			if name == "" {
				name = argNames[kind]
			}
			if name == "" {
				name = kind
			}
			line += " " + name
		}
		if f.DefValue != "" && f.DefValue != "0" && f.DefValue != "false" && f.DefValue != "[]" {
			if strings.Contains(usage, "默认") {
				usage += "(现为 " + f.DefValue + ")"
			} else {
				usage += "(默认 " + f.DefValue + ")"
			}
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, strings.ReplaceAll(usage, "\n", "\n      "))
	})
	if ex := examples[fs.Name()]; len(ex) > 0 && !strings.Contains(synopsis, "例:") {
		fmt.Fprintln(w, "\n例:")
		for _, x := range ex {
			fmt.Fprintf(w, "  %s\n", x)
		}
	}
}

// examples for the commands whose synopsis carries none.
var examples = map[string][]string{
	"ingest": {
		`gongwen ingest                                   (只索引内置语料)`,
		`gongwen ingest --corpus "D:\公文\2024年 报告"        (加入本单位的文件夹,可重复 --corpus)`,
		`gongwen ingest --corpus ./我的材料 --prune          (删去文件夹里已不存在的文件)`,
	},
	"docs": {
		`gongwen docs`,
		`gongwen docs --json > 文件清单.json`,
	},
	"search": {
		`gongwen search "普法宣传活动"`,
		`gongwen search --org 清城区 --year 2024 -k 10 "行政复议"`,
	},
	"serve": {
		`gongwen serve                       然后在浏览器打开 http://127.0.0.1:8080/`,
		`gongwen serve --addr 127.0.0.1:9000  (换一个端口)`,
	},
	"plan items": {
		`gongwen plan items --lead 局办公室`,
		`gongwen plan items --plan 株洲 --json`,
	},
	"plan coverage": {
		`gongwen plan coverage --report 001`,
		`gongwen plan coverage --report 清城区 --plan 株洲 --format md`,
	},
	"slack manifest": {
		`gongwen slack manifest > manifest.yaml`,
		`gongwen slack manifest --url https://gongwen.example.gov.cn`,
	},
	"eval": {
		`gongwen eval`,
		`gongwen eval --corpus ../shared/govreports --json`,
	},
	"bench": {
		`gongwen bench --synthetic 0`,
		`gongwen bench --json --out bench.json`,
	},
	"version": {
		`gongwen version`,
	},
	"access hash": {
		`gongwen access hash < 口令.txt`,
	},
	"access token": {
		`gongwen access token --name 统计脚本`,
	},
	"access check": {
		`gongwen access check --access access.json`,
	},
	"audit": {
		`gongwen audit --user 张三 --since 2026-01-01`,
		`gongwen audit --kind outline --json`,
	},
}
