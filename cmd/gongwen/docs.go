package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/gongwen/gongwen/internal/document"
)

func runDocs(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "docs", "docs [--json] [--db DIR]")
	db := dbFlag(e, fs)
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	type docOut struct {
		document.Meta
		Chunks int `json:"chunks"`
	}
	var out []docOut
	for _, d := range ix.Docs() {
		out = append(out, docOut{Meta: d.Meta, Chunks: len(ix.Chunks(d.ID))})
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(map[string]any{"docs": out})
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\t类型\t年度\t单位\t标题\t格式\t读取方式\t段落")
	for _, d := range out {
		year := fmt.Sprint(d.Year)
		if d.PeriodStart > 0 {
			year = fmt.Sprintf("%d-%d", d.PeriodStart, d.PeriodEnd)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", d.ID, kindName(d.Kind), year, d.Org, d.Title, d.Format, document.ReadName(d.Read), d.Chunks)
	}
	return tw.Flush()
}

func kindName(k document.Kind) string {
	switch k {
	case document.KindReport:
		return "报告"
	case document.KindPlan:
		return "方案"
	case document.KindPolicy:
		return "政策文件"
	case document.KindReply:
		return "批复答复"
	}
	return "其他"
}
