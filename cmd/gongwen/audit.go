package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/audit"
)

func init() { extraCommands["audit"] = runAudit }

func runAudit(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "audit", "audit [--user 名称] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--kind ask|outline] [--json] [文字]")
	db := dbFlag(e, fs)
	user := fs.String("user", "", "只列该用户(访问控制文件中的名称;单用户模式为“本机”)")
	since := fs.String("since", "", "从该日起(含)")
	until := fs.String("until", "", "到该日止(含)")
	kind := fs.String("kind", "", "ask(提问)或 outline(提纲)")
	asJSON := fs.Bool("json", false, "原样输出 JSON Lines")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f := audit.Filter{User: *user, Kind: *kind, Text: strings.Join(pos, " ")}
	day := func(s, flag string) (time.Time, error) {
		t, err := time.ParseInLocation("2006-01-02", s, time.Local)
		if err != nil {
			return t, &exitError{2, fmt.Errorf("%s 应为 YYYY-MM-DD,收到 %q", flag, s)}
		}
		return t, nil
	}
	if *since != "" {
		if f.Since, err = day(*since, "--since"); err != nil {
			return err
		}
	}
	if *until != "" {
		if f.Until, err = day(*until, "--until"); err != nil {
			return err
		}
		f.Until = f.Until.AddDate(0, 0, 1)
	}
	n := 0
	err = audit.Read(*db, f, func(en audit.Entry) error {
		n++
		if *asJSON {
			b, err := json.Marshal(en)
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "%s\n", b)
			return err
		}
		who := en.User
		if who == "" {
			who = "-"
		}
		what := map[string]string{"ask": "提问", "outline": "提纲"}[en.Kind]
		if what == "" {
			what = en.Kind
		}
		fmt.Fprintf(e.stdout, "%s  %s  %s  %s  %s", en.Time.Local().Format("2006-01-02 15:04:05"), who, en.Channel, what, en.Q)
		if en.Mode != "" {
			fmt.Fprintf(e.stdout, "  [%s]", en.Mode)
		}
		if en.Status != 0 {
			fmt.Fprintf(e.stdout, "  (失败 %d)", en.Status)
		}
		var titles []string
		for _, d := range en.Docs {
			titles = append(titles, d.Title)
		}
		if len(titles) > 0 {
			fmt.Fprintf(e.stdout, "\n    引用: %s", strings.Join(titles, ";"))
		}
		fmt.Fprintln(e.stdout)
		return nil
	})
	if err != nil {
		return err
	}
	if n == 0 && !*asJSON {
		fmt.Fprintln(e.stderr, "没有符合条件的留痕记录(记录在 serve 运行时写入 <db>/audit.jsonl)")
	}
	return nil
}
