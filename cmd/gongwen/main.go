// Command gongwen answers questions about Chinese local government reports
// and plans with verified citations, drafts report outlines and reviews plan
// coverage. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

func main() {
	restoreConsole := setupConsole()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// The first Ctrl-C cancels ctx and lets the command stop cleanly (serve
	// finishes answers in progress); a second one ends the process at once.
	go func() { <-ctx.Done(); stop() }()
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil && !errors.Is(err, errSilent) {
		fmt.Fprintln(os.Stderr, "gongwen:", err)
	}
	if ownConsole() {
		// Double-clicked in Explorer: keep the window open to be read.
		fmt.Fprint(os.Stderr, "\n提示:gongwen 是命令行程序;双击 gongwen-web.cmd 可打开网页版。按回车键关闭此窗口。")
		fmt.Fscanln(os.Stdin)
	}
	restoreConsole()
	if err != nil {
		os.Exit(exitCode(err))
	}
}

const usage = `gongwen — 法治政府建设报告与实施方案的问答、起草与审阅助手

用法:
  gongwen [--db 目录] <命令> [参数]

命令:
  ask       就历年报告提问,回答逐句注明出处      gongwen ask "去年的报告里普法宣传搞了多少场活动?"
  search    检索相关段落                           gongwen search "普法宣传活动"
  outline   起草报告某一节(或全文)的提纲          gongwen outline --section "加强法治宣传教育" --org 清城区 --year 2025
  plan      实施方案任务与报告覆盖情况             gongwen plan items --lead 局办公室
  docs      列出已索引的文件及其元数据
  ingest    建立或更新索引(默认使用内置语料)     gongwen ingest --corpus ./我的材料
  serve     启动网页(及 HTTP 接口、聊天机器人)     gongwen serve   然后在浏览器打开 http://127.0.0.1:8080/
  access    访问控制文件:生成口令散列与令牌、检查   gongwen access hash
  audit     查看留痕(谁在何时问了什么、引用了哪些文件)  gongwen audit --user 张三 --since 2026-01-01
  slack     打印 Slack 应用清单,便于管理员创建应用  gongwen slack manifest
  eval      问答质量评测                           gongwen eval
  bench     速度与内存基准                         gongwen bench
  version   显示版本                               gongwen version

每个命令都接受 --db 目录(可写在命令前后;默认取 GONGWEN_DB,否则为用户数据目录,
Windows 上是 %LOCALAPPDATA%\gongwen)。
首次使用时若没有索引,会自动用内置语料建立索引。
运行 "gongwen <命令> --help" 查看该命令的参数。

环境变量:
  OPENAI_API_KEY, OPENAI_BASE_URL   配置后由大模型润色回答(兼容 OpenAI 的接口:DeepSeek、Qwen、Ollama、vLLM)
  GONGWEN_CHAT_MODEL                对话模型名称
  GONGWEN_EMBED_MODEL               设置后改用远程嵌入模型(需重建索引)
  GONGWEN_DB                        索引目录
  GONGWEN_LLM_BUDGET                一次大模型回答的总时限(秒或时长,默认 30s),超时即改用摘录式回答
  SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL   Slack 机器人
`

// errSilent marks an error already reported to the user.
var errSilent = errors.New("already reported")

// exitError carries a specific exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func exitCode(err error) int {
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return 1
}

// env is what every subcommand gets from run.
type env struct {
	getenv func(string) string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	db     string // a global --db given before the command
}

// run runs one command; what it returns is said in Chinese (localize).
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	e := &env{getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	return localize(runCommand(ctx, e, args))
}

func runCommand(ctx context.Context, e *env, args []string) error {
	args, err := globalFlags(e, args)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		fmt.Fprint(e.stderr, usage)
		return &exitError{2, errSilent}
	}
	cmd, rest := args[0], args[1:]
	if cmd == "help" && len(rest) > 0 {
		// "gongwen help ask" is "gongwen ask --help".
		cmd, rest = rest[0], append(rest[1:], "--help")
	}
	switch cmd {
	case "ingest":
		return runIngest(ctx, e, rest)
	case "docs":
		return runDocs(ctx, e, rest)
	case "search":
		return runSearch(ctx, e, rest)
	case "-h", "--help", "help":
		fmt.Fprint(e.stdout, usage)
		return nil
	}
	if f, ok := extraCommands[cmd]; ok {
		return f(ctx, e, rest)
	}
	fmt.Fprintf(e.stderr, "gongwen: 没有 %q 这个命令\n\n%s", cmd, usage)
	return &exitError{2, errSilent}
}

// globalFlags takes the flags given before the command: --db DIR (which
// every command then defaults to), --help and --version.
func globalFlags(e *env, args []string) ([]string, error) {
	for len(args) > 0 && strings.HasPrefix(args[0], "-") && args[0] != "-" {
		name, value, hasValue := strings.Cut(strings.TrimLeft(args[0], "-"), "=")
		switch name {
		case "db":
			if !hasValue {
				if len(args) < 2 || args[1] == "" {
					fmt.Fprintf(e.stderr, "gongwen: --db 后面缺少索引目录,例如 gongwen --db ./索引 docs\n")
					return nil, &exitError{2, errSilent}
				}
				value, args = args[1], args[1:]
			}
			e.db = value
			args = args[1:]
		case "h", "help":
			return []string{"help"}, nil
		case "v", "version":
			return []string{"version"}, nil
		default:
			fmt.Fprintf(e.stderr, "gongwen: 命令前只能写 --db 目录,没有 %s 这个全局参数;命令自己的参数写在命令后面,例如 gongwen ask --json \"问题\"\n运行 \"gongwen --help\" 查看全部命令。\n", args[0])
			return nil, &exitError{2, errSilent}
		}
	}
	return args, nil
}

// extraCommands are registered by the files of later subcommands.
var extraCommands = map[string]func(context.Context, *env, []string) error{}
