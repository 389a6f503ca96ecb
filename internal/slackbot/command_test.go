package slackbot

import (
	"testing"
)

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in   string
		want command
	}{
		{"", command{Name: "help"}},
		{"help", command{Name: "help"}},
		{"帮助", command{Name: "help"}},
		{"ask 去年的报告里普法宣传搞了多少场活动?", command{Name: "ask", Text: "去年的报告里普法宣传搞了多少场活动?"}},
		{"去年普法搞了多少场", command{Name: "ask", Text: "去年普法搞了多少场"}},
		{"ask -e 2024年行政复议情况", command{Name: "ask", Text: "2024年行政复议情况", Ephemeral: true}},
		{"私下 2024年行政复议情况", command{Name: "ask", Text: "2024年行政复议情况", Ephemeral: true}},
		{"ask --org 清城区 --year 2024 普法", command{Name: "ask", Text: "普法", Org: "清城区", Year: 2024}},
		{"ask", command{Name: "help"}},
		{"outline 加强法治宣传教育 --org 清城区 --year 2025", command{Name: "outline", Text: "加强法治宣传教育", Org: "清城区", Year: 2025}},
		{"提纲 加强法治宣传教育 --year=2025年", command{Name: "outline", Text: "加强法治宣传教育", Year: 2025}},
		{"plan items --lead 局办公室", command{Name: "plan items", Lead: "局办公室"}},
		{"plan items 局办公室 -e", command{Name: "plan items", Lead: "局办公室", Ephemeral: true}},
		{"plan items", command{Name: "plan items"}},
		{"plan items --plan 002 --lead 社会事务科", command{Name: "plan items", Lead: "社会事务科", Plan: "002"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseCommand(tt.in); got != tt.want {
				t.Errorf("parseCommand(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMessageText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<@U0BOT> 去年普法搞了多少场?", "去年普法搞了多少场?"},
		{"<@U0BOT|gongwen>  看看 <https://example.org/a|这个报告> &amp; 方案", "看看 这个报告 & 方案"},
		{"链接 <https://example.org/x>", "链接 https://example.org/x"},
		{"那2019年呢?", "那2019年呢?"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := messageText(tt.in); got != tt.want {
				t.Errorf("messageText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
