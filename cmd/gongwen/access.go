package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/gongwen/gongwen/internal/access"
)

func init() { extraCommands["access"] = runAccess }

const accessUsage = `用法:
  gongwen access hash                 从标准输入读一行口令,输出其 bcrypt 散列(填入 password_hash)
  gongwen access token [--name 名称]  生成一个新的访问令牌,输出令牌本身(交给脚本)和散列(填入 token_hash)
  gongwen access check --access FILE  检查访问控制文件,列出每个用户/令牌能读的文件

访问控制文件的格式见 docs/serve.md。口令从标准输入读取,不出现在命令行(shell 历史)里。

例:
  gongwen access check --access access.json`

func runAccess(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, accessUsage)
		return &exitError{2, errSilent}
	}
	switch args[0] {
	case "hash":
		return runAccessHash(e, args[1:])
	case "token":
		return runAccessToken(e, args[1:])
	case "check":
		return runAccessCheck(ctx, e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprintln(e.stdout, accessUsage)
		return nil
	}
	fmt.Fprintf(e.stderr, "未知的 access 子命令 %q\n\n%s\n", args[0], accessUsage)
	return &exitError{2, errSilent}
}

func runAccessHash(e *env, args []string) error {
	fs := newFlags(e, "access hash", "access hash < 口令")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if isTerminal(e.stderr) {
		fmt.Fprint(e.stderr, "输入口令后回车(输入内容会显示在屏幕上;可改用 echo 口令 | gongwen access hash): ")
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && line == "" {
		return &exitError{2, errors.New("标准输入中没有口令")}
	}
	pw := strings.TrimRight(line, "\r\n")
	h, err := access.Hash(pw)
	if err != nil {
		return &exitError{2, err}
	}
	fmt.Fprintln(e.stdout, h)
	return nil
}

func runAccessToken(e *env, args []string) error {
	fs := newFlags(e, "access token", "access token [--name 名称]")
	name := fs.String("name", "脚本", "令牌在访问控制文件中的名称")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	tok := access.NewToken()
	h, err := access.Hash(tok)
	if err != nil {
		return err
	}
	entry, _ := json.Marshal(map[string]any{"name": *name, "token_hash": h, "read": []access.Rule{{Org: "改为可读的单位"}}})
	fmt.Fprintf(e.stdout, "令牌(只显示这一次,交给使用它的脚本,放在请求头 Authorization: Bearer 之后):\n%s\n\n", tok)
	fmt.Fprintf(e.stdout, "填入访问控制文件 tokens 列表的一项:\n%s\n", entry)
	return nil
}

func runAccessCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "access check", "access check --access FILE [--db DIR]")
	db := dbFlag(e, fs)
	path := fs.String("access", "", "访问控制文件")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return &exitError{2, errors.New("缺少 --access FILE")}
	}
	f, err := access.Load(*path)
	if err != nil {
		return &exitError{2, err}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	for _, who := range f.Entries() {
		fmt.Fprintf(e.stdout, "%s(%s):\n", who.Name, map[string]string{access.ViaPassword: "用户", access.ViaToken: "令牌"}[who.Via])
		n := 0
		for _, d := range ix.Docs() {
			if who.Allows(d.Meta) {
				fmt.Fprintf(e.stdout, "  %s  %s\n", d.ID, d.Title)
				n++
			}
		}
		if n == 0 {
			fmt.Fprintln(e.stdout, "  (没有可读的文件:检查 org、kind、doc、tag 是否写对)")
		}
	}
	return nil
}
