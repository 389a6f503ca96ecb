package main

import (
	"context"
	"fmt"

	"github.com/gongwen/gongwen/internal/slackbot"
)

func init() { extraCommands["slack"] = runSlack }

const slackUsage = `用法: gongwen slack manifest [--json] [--name 名称] [--url https://你的域名]

打印 Slack 应用清单(manifest)。在 https://api.slack.com/apps 选择
"Create New App → From an app manifest",粘贴输出即可。
不带 --url 时启用 Socket Mode(无需公网地址);带 --url 时改用 HTTP 事件接口,
事件、斜杠命令和交互分别指向 <url>/slack/events、/slack/commands、/slack/interactive。

例:
  gongwen slack manifest > manifest.yaml
`

func runSlack(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "manifest" {
		fmt.Fprint(e.stderr, slackUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			return errHelp
		}
		return &exitError{2, errSilent}
	}
	fs := newFlags(e, "slack manifest", "slack manifest [--json] [--name 名称] [--url URL]")
	asJSON := fs.Bool("json", false, "以 JSON 输出(默认 YAML)")
	name := fs.String("name", "公文助手", "应用与机器人的显示名称")
	url := fs.String("url", "", "gongwen serve 的公网地址;设置后使用 HTTP 事件接口而非 Socket Mode")
	if _, err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	m := slackbot.Manifest(slackbot.ManifestOptions{Name: *name, RequestURL: *url})
	if *asJSON {
		return slackbot.WriteManifestJSON(e.stdout, m)
	}
	return slackbot.WriteManifestYAML(e.stdout, m)
}
