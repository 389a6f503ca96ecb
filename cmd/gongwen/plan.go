package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
)

func init() { extraCommands["plan"] = runPlan }

const planUsage = `用法:
  gongwen plan items [--plan DOC] [--lead UNIT] [--coop UNIT] [--group G] [--json]
      列出实施方案的任务:分组、序号、任务、牵头单位、配合单位,并按单位统计
  gongwen plan coverage --report DOC [--plan DOC] [--json | --format md]
      逐项检查一份年度报告是否回应了方案的任务:已覆盖 / 部分覆盖 / 未见,附报告原文出处

DOC 可以是文件编号、编号前缀(如 001)或标题、单位名称的一部分(如 清城区);
不给 --plan 时使用索引中的全部实施方案。

例:
  gongwen plan items --lead 局办公室
  gongwen plan coverage --report 001
`

func runPlan(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(e.stderr, planUsage)
		return &exitError{2, errSilent}
	}
	switch args[0] {
	case "items":
		return runPlanItems(ctx, e, args[1:])
	case "coverage":
		return runPlanCoverage(ctx, e, args[1:])
	case "-h", "--help", "help":
		fmt.Fprint(e.stdout, planUsage)
		return nil
	}
	fmt.Fprintf(e.stderr, "未知的 plan 子命令 %q\n\n%s", args[0], planUsage)
	return &exitError{2, errSilent}
}

// planItemsOutput is the JSON of "plan items".
type planItemsOutput struct {
	Plans        []planRef          `json:"plans"`
	Filter       planFilter         `json:"filter"`
	Items        []plan.PlanItem    `json:"items"`
	Counts       []plan.UnitCount   `json:"counts"`
	Requirements []plan.Requirement `json:"requirements"`
}

type planRef struct {
	document.Ref
	PeriodStart int `json:"period_start,omitempty"`
	PeriodEnd   int `json:"period_end,omitempty"`
	Items       int `json:"items"` // tasks parsed from the plan (before filters)
}

type planFilter struct {
	Lead  string `json:"lead,omitempty"`
	Coop  string `json:"coop,omitempty"`
	Group string `json:"group,omitempty"`
}

func runPlanItems(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "plan items", "plan items [--plan DOC] [--lead UNIT] [--coop UNIT] [--group G] [--json] [--db DIR]")
	db := dbFlag(e, fs)
	planArg := fs.String("plan", "", "实施方案:编号、编号前缀或标题的一部分(默认全部方案)")
	lead := fs.String("lead", "", "只列该单位牵头的任务,如 局办公室")
	coop := fs.String("coop", "", "只列该单位配合的任务,如 慈善社工科")
	group := fs.String("group", "", "只列某一组的任务,如 三、(三) 或 依法履职")
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return &exitError{2, fmt.Errorf("多余的参数 %q;方案请用 --plan 指定", strings.Join(pos, " "))}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	docs, err := plan.PlanDocs(ix, *planArg)
	if err != nil {
		return err
	}
	out := buildPlanItems(docs, planFilter{Lead: *lead, Coop: *coop, Group: *group})
	if *asJSON {
		return writeJSON(e.stdout, out)
	}
	writePlanItems(e.stdout, out, docs)
	return nil
}

// buildPlanItems parses the plans and applies the filter: the shape of
// "plan items --json" and of GET /v1/plan/items.
func buildPlanItems(docs []*index.StoredDoc, f planFilter) planItemsOutput {
	out := planItemsOutput{Filter: f, Items: []plan.PlanItem{}, Requirements: []plan.Requirement{}}
	for _, d := range docs {
		items, reqs := plan.Tasks(d)
		out.Plans = append(out.Plans, planRef{Ref: d.Ref(), PeriodStart: d.PeriodStart, PeriodEnd: d.PeriodEnd, Items: len(items)})
		if f.Lead != "" {
			items = plan.ByLead(items, f.Lead)
		}
		if f.Coop != "" {
			items = plan.ByCoop(items, f.Coop)
		}
		if f.Group != "" {
			items = plan.ByGroup(items, f.Group)
		}
		out.Items = append(out.Items, items...)
		out.Requirements = append(out.Requirements, reqs...)
	}
	if out.Counts = plan.CountByUnit(out.Items); out.Counts == nil {
		out.Counts = []plan.UnitCount{}
	}
	return out
}

func writePlanItems(w io.Writer, out planItemsOutput, docs []*index.StoredDoc) {
	filtered := out.Filter != (planFilter{})
	for i, p := range out.Plans {
		var items []plan.PlanItem
		for _, it := range out.Items {
			if it.DocID == p.ID {
				items = append(items, it)
			}
		}
		if i > 0 {
			fmt.Fprintln(w)
		}
		if filtered {
			fmt.Fprintf(w, "%s(%s):共 %d 项任务,符合条件 %d 项\n", p.Title, p.ID, p.Items, len(items))
		} else {
			fmt.Fprintf(w, "%s(%s):共 %d 项任务\n", p.Title, p.ID, p.Items)
		}
		if p.Items == 0 {
			fmt.Fprintln(w, "  未能从该文件解析出任务(没有找到“主要任务”之类的章节或带编号的任务条目)。")
			continue
		}
		if len(items) == 0 {
			fmt.Fprintln(w, "  没有符合条件的任务。可用 gongwen plan items 查看全部任务和单位名称。")
			continue
		}
		var rows [][]string
		rows = append(rows, []string{"组", "序号", "任务", "牵头", "配合"})
		group := ""
		var groupRows []int // rows that carry a group heading instead of a task
		for _, it := range items {
			if it.Group != group {
				group = it.Group
				groupRows = append(groupRows, len(rows))
				rows = append(rows, []string{it.Group})
			}
			rows = append(rows, []string{it.GroupNo, it.Number, it.Title, joinUnits(it.Lead), joinUnits(it.Coop)})
		}
		writeTable(w, rows, groupRows, "  ")
	}
	if len(out.Items) > 0 {
		fmt.Fprintln(w)
		if filtered {
			fmt.Fprintf(w, "按单位统计(以上 %d 项任务):\n", len(out.Items))
		} else {
			fmt.Fprintln(w, "按单位统计(项):")
		}
		rows := [][]string{{"单位", "牵头", "配合"}}
		for _, c := range out.Counts {
			rows = append(rows, []string{c.Unit, fmt.Sprint(c.Lead), fmt.Sprint(c.Coop)})
		}
		writeTable(w, rows, nil, "  ")
	}
	if !filtered && len(out.Requirements) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "工作要求(不计入任务):")
		for _, r := range out.Requirements {
			fmt.Fprintf(w, "  %s%s\n", r.Number, r.Title)
		}
	}
}

func joinUnits(us []string) string {
	if len(us) == 0 {
		return "—"
	}
	return strings.Join(us, "、")
}

// writeTable aligns columns by display width (a Chinese character takes two
// columns; text/tabwriter counts it as one). Rows listed in spanning are
// printed as they are, across the whole table.
func writeTable(w io.Writer, rows [][]string, spanning []int, indent string) {
	span := map[int]bool{}
	for _, i := range spanning {
		span[i] = true
	}
	var widths []int
	for i, r := range rows {
		if span[i] {
			continue
		}
		for c, cell := range r {
			if c >= len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], displayWidth(cell))
		}
	}
	for i, r := range rows {
		if span[i] {
			fmt.Fprintf(w, "%s%s\n", indent, r[0])
			continue
		}
		var b strings.Builder
		b.WriteString(indent)
		for c, cell := range r {
			b.WriteString(cell)
			if c < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[c]-displayWidth(cell)+2))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

// displayWidth is the terminal width of s: East Asian wide and full-width
// characters take two columns.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r < 0x1100:
			n++
		case unicode.Is(unicode.Han, r),
			r >= 0x3000 && r <= 0x303F, // CJK punctuation
			r >= 0xFF00 && r <= 0xFF60, // full-width forms
			r >= 0xFFE0 && r <= 0xFFE6,
			r >= 0xAC00 && r <= 0xD7A3: // Hangul
			n += 2
		default:
			n++
		}
	}
	return n
}

// coverageOutput is the JSON of "plan coverage".
type coverageOutput struct {
	Report     document.Ref    `json:"report"`
	Plans      []planRef       `json:"plans"`
	Thresholds coverageLimits  `json:"thresholds"`
	Summary    coverageSummary `json:"summary"`
	Coverage   []plan.Coverage `json:"coverage"`
	Uncovered  []itemRef       `json:"uncovered"`
	// Warnings say when a plan's issuer or period does not match the
	// report's office and year: its tasks then bind another office.
	Warnings []string `json:"warnings,omitempty"`
}

type coverageLimits struct {
	Covered float64 `json:"covered"` // score ≥ covered: 已覆盖
	Partial float64 `json:"partial"` // score ≥ partial: 部分覆盖; below: 未见
}

type coverageSummary struct {
	Items   int `json:"items"`
	Covered int `json:"covered"`
	Partial int `json:"partial"`
	NotSeen int `json:"not_seen"`
}

// itemRef names a plan item briefly.
type itemRef struct {
	DocID   string   `json:"doc_id"`
	GroupNo string   `json:"group_no"`
	Number  string   `json:"number"`
	Title   string   `json:"title"`
	Lead    []string `json:"lead"`
}

func runPlanCoverage(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "plan coverage", "plan coverage --report DOC [--plan DOC] [--json | --format md] [--db DIR]")
	db := dbFlag(e, fs)
	reportArg := fs.String("report", "", "要检查的年度报告:编号、编号前缀或标题、单位名称的一部分(必填)")
	planArg := fs.String("plan", "", "实施方案:编号、编号前缀或标题的一部分(默认全部方案)")
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	format := fs.String("format", "text", "输出格式:text 或 md(Markdown)")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *reportArg == "" && len(pos) == 1 {
		*reportArg = pos[0] // "gongwen plan coverage 001" reads naturally too
	} else if len(pos) > 0 {
		fs.Usage()
		return &exitError{2, fmt.Errorf("多余的参数 %q", strings.Join(pos, " "))}
	}
	if strings.TrimSpace(*reportArg) == "" {
		fs.Usage()
		return &exitError{2, fmt.Errorf("请用 --report 指定要检查的报告,例如: gongwen plan coverage --report 001")}
	}
	if *format != "text" && *format != "md" {
		return &exitError{2, fmt.Errorf("不支持的输出格式 %q:可用 text 或 md", *format)}
	}
	ix, err := openIndex(ctx, e, *db)
	if err != nil {
		return err
	}
	out, err := buildCoverage(ctx, ix, *reportArg, *planArg, nil)
	var ue userError
	if errors.As(err, &ue) {
		return &exitError{2, ue.error}
	}
	if err != nil {
		return err
	}
	switch {
	case *asJSON:
		return writeJSON(e.stdout, out)
	case *format == "md":
		writeCoverageMarkdown(e.stdout, out)
	default:
		writeCoverageText(e.stdout, out)
	}
	return nil
}

func planTitles(ps []planRef) string {
	var ts []string
	for _, p := range ps {
		ts = append(ts, fmt.Sprintf("%s(%s)", p.Title, p.ID))
	}
	return strings.Join(ts, ";")
}

func summaryLine(s coverageSummary) string {
	return fmt.Sprintf("%d 项任务中,已覆盖 %d 项,部分覆盖 %d 项,未见 %d 项", s.Items, s.Covered, s.Partial, s.NotSeen)
}

func thresholdLine(t coverageLimits) string {
	return fmt.Sprintf("判定:得分 ≥ %.2f 为已覆盖,≥ %.2f 为部分覆盖,否则为未见。得分看报告中最贴近的一句与任务共有的词:任务标题的词出现了多少(连同该句所在小节的标题),以及这句话有多少是在讲这项任务;出自“存在问题”“下一年工作计划”等章节的句子打六折,最多算部分覆盖。", t.Covered, t.Partial)
}

func itemLabel(it plan.PlanItem) string {
	return it.GroupNo + it.Number + " " + it.Title
}

func writeCoverageText(w io.Writer, out coverageOutput) {
	fmt.Fprintf(w, "报告:%s(%s)\n", out.Report.Title, out.Report.ID)
	fmt.Fprintf(w, "方案:%s\n", planTitles(out.Plans))
	for _, warn := range out.Warnings {
		fmt.Fprintf(w, "注意:%s\n", warn)
	}
	fmt.Fprintf(w, "结论:%s\n", summaryLine(out.Summary))
	fmt.Fprintln(w, thresholdLine(out.Thresholds))
	for _, c := range out.Coverage {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "【%s %.3f】%s(牵头:%s)\n", c.Verdict, c.Score, itemLabel(c.Item), joinUnits(c.Item.Lead))
		if c.Evidence == nil {
			fmt.Fprintln(w, "    报告中没有与该任务共有词语的句子。")
			continue
		}
		label := "依据"
		if c.Verdict == plan.NotSeen {
			label = "最接近的一句(未达标准)"
		}
		sec := c.Evidence.Section
		if sec == "" {
			sec = "正文开头"
		}
		fmt.Fprintf(w, "    %s:%s\n", label, sec)
		fmt.Fprintf(w, "    “%s”\n", oneLine(c.Evidence.Text))
	}
	fmt.Fprintln(w)
	if len(out.Uncovered) == 0 {
		fmt.Fprintln(w, "未见的任务:无")
		return
	}
	fmt.Fprintf(w, "未见的任务(%d 项):\n", len(out.Uncovered))
	for _, u := range out.Uncovered {
		fmt.Fprintf(w, "  %s%s %s(牵头:%s)\n", u.GroupNo, u.Number, u.Title, joinUnits(u.Lead))
	}
}

func writeCoverageMarkdown(w io.Writer, out coverageOutput) {
	fmt.Fprintf(w, "# 方案任务覆盖情况:%s\n\n", out.Report.Title)
	fmt.Fprintf(w, "- 报告:%s(`%s`)\n", out.Report.Title, out.Report.ID)
	fmt.Fprintf(w, "- 方案:%s\n", planTitles(out.Plans))
	for _, warn := range out.Warnings {
		fmt.Fprintf(w, "- **注意**:%s\n", warn)
	}
	fmt.Fprintf(w, "- 结论:%s\n", summaryLine(out.Summary))
	fmt.Fprintf(w, "- %s\n\n", thresholdLine(out.Thresholds))
	fmt.Fprintln(w, "| 组 | 序号 | 任务 | 牵头 | 判定 | 得分 | 依据出处 |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	for _, c := range out.Coverage {
		sec := "—"
		if c.Evidence != nil && c.Verdict != plan.NotSeen {
			sec = c.Evidence.Section
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %.3f | %s |\n", mdCell(c.Item.GroupNo), mdCell(c.Item.Number), mdCell(c.Item.Title), mdCell(joinUnits(c.Item.Lead)), c.Verdict, c.Score, mdCell(sec))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## 未见的任务")
	fmt.Fprintln(w)
	if len(out.Uncovered) == 0 {
		fmt.Fprintln(w, "无。")
	}
	for _, u := range out.Uncovered {
		fmt.Fprintf(w, "- %s%s %s(牵头:%s)\n", u.GroupNo, u.Number, u.Title, joinUnits(u.Lead))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## 依据原文")
	for _, c := range out.Coverage {
		if c.Evidence == nil || c.Verdict == plan.NotSeen {
			continue
		}
		fmt.Fprintf(w, "\n### %s — %s(%.3f)\n\n", itemLabel(c.Item), c.Verdict, c.Score)
		fmt.Fprintf(w, "> %s\n\n", oneLine(c.Evidence.Text))
		fmt.Fprintf(w, "出处:%s\n", c.Evidence.Section)
	}
}

func mdCell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "|", "\\|"), "\n", " ")
}

// oneLine shows a quote on one line; the JSON keeps it verbatim.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// buildCoverage grades the report against the plans' tasks: the shape of
// "plan coverage --json" and of GET /v1/plan/coverage. A report or plan that
// cannot be found, or that allow (nil: all) rejects, is a userError.
func buildCoverage(ctx context.Context, ix *index.Index, reportArg, planArg string, allow func(docID string) bool) (coverageOutput, error) {
	if allow == nil {
		allow = func(string) bool { return true }
	}
	// Both resolved among the readable documents only, so that an error's
	// list of candidates names none of the others.
	readable := slices.DeleteFunc(slices.Clone(ix.Docs()), func(d *index.StoredDoc) bool { return !allow(d.ID) })
	rep, err := plan.ResolveAmong(readable, reportArg, document.KindReport)
	if err != nil {
		return coverageOutput{}, userError{err}
	}
	docs, err := plan.PlanDocsAmong(readable, planArg)
	if err != nil {
		return coverageOutput{}, userError{err}
	}
	if docs = slices.DeleteFunc(docs, func(d *index.StoredDoc) bool { return !allow(d.ID) }); len(docs) == 0 {
		return coverageOutput{}, userError{plan.ErrNoPlan}
	}
	out := coverageOutput{
		Report:     rep.Ref(),
		Thresholds: coverageLimits{Covered: plan.CoveredAt, Partial: plan.PartialAt},
		Uncovered:  []itemRef{},
	}
	var items []plan.PlanItem
	for _, d := range docs {
		its, _ := plan.Tasks(d)
		out.Plans = append(out.Plans, planRef{Ref: d.Ref(), PeriodStart: d.PeriodStart, PeriodEnd: d.PeriodEnd, Items: len(its)})
		if a := plan.CheckApplies(d.Meta, rep.Org, rep.Year); !a.Applies() {
			out.Warnings = append(out.Warnings, fmt.Sprintf("《%s》不适用于该报告:%s,覆盖情况仅供对照", strings.Trim(d.Title, "《》"), strings.Join(a.Reasons, "；")))
		}
		items = append(items, its...)
	}
	if len(items) == 0 {
		return coverageOutput{}, userError{fmt.Errorf("未能从所选方案中解析出任务,无法检查覆盖情况")}
	}
	out.Coverage, err = plan.Cover(ctx, ix, rep.ID, items)
	if err != nil {
		return coverageOutput{}, err
	}
	out.Summary.Items = len(out.Coverage)
	for _, c := range out.Coverage {
		switch c.Verdict {
		case plan.Covered:
			out.Summary.Covered++
		case plan.Partial:
			out.Summary.Partial++
		default:
			out.Summary.NotSeen++
			out.Uncovered = append(out.Uncovered, itemRef{DocID: c.Item.DocID, GroupNo: c.Item.GroupNo, Number: c.Item.Number, Title: c.Item.Title, Lead: c.Item.Lead})
		}
	}
	return out, nil
}
