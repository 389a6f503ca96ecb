package answer

import (
	"context"
	"fmt"
	"strings"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
)

// maxPlanItems bounds how many tasks one answer lists with citations.
const maxPlanItems = 30

// planAnswer answers questions about plan tasks and units ("局办公室牵头哪些
// 任务?", "加大社团治理力度由谁牵头?") from the parsed plan records, citing
// each task's text, rather than from similarity alone.
func (e *Engine) planAnswer(_ context.Context, u understood, docs []*index.StoredDoc) (*Response, bool) {
	inScope := map[string]bool{}
	for _, d := range docs {
		inScope[d.ID] = true
	}
	var items []plan.PlanItem
	for _, it := range e.planItems {
		if inScope[it.DocID] {
			items = append(items, it)
		}
	}
	byID := e.planDocs
	if len(items) == 0 {
		return nil, false
	}
	matched, kind := plan.AnswerUnits(items, u.q)
	if kind == "" || len(matched) == 0 {
		return nil, false
	}
	resp := &Response{Found: true, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	if len(matched) > maxPlanItems {
		fmt.Fprintf(&b, "共 %d 项任务,以下列出前 %d 项:\n", len(matched), maxPlanItems)
		matched = matched[:maxPlanItems]
	}
	for i, it := range matched {
		d := byID[it.DocID]
		n := i + 1
		resp.Citations = append(resp.Citations, Citation{
			N: n, Doc: d.Ref(), Section: it.Section, Text: d.Text[it.Start:it.End], Start: it.Start, End: it.End,
		})
		switch kind {
		case plan.KindWhoLeads, plan.KindWhoCoops:
			fmt.Fprintf(&b, "《%s》中“%s%s”由%s牵头", d.Title, it.Number, it.Title, strings.Join(it.Lead, "、"))
			if len(it.Coop) > 0 {
				fmt.Fprintf(&b, ",%s配合", strings.Join(it.Coop, "、"))
			}
			fmt.Fprintf(&b, "[%d]。\n", n)
		default:
			fmt.Fprintf(&b, "%d. %s%s%s(牵头:%s;配合:%s)[%d]\n", n, groupNo(it), it.Number, it.Title,
				strings.Join(it.Lead, "、"), orNone(it.Coop), n)
		}
	}
	if kind == plan.KindLeadTasks || kind == plan.KindCoopTasks {
		resp.Answer = fmt.Sprintf("据《%s》,相关任务如下:\n%s", byID[matched[0].DocID].Title, b.String())
	} else {
		resp.Answer = b.String()
	}
	resp.Answer = strings.TrimRight(resp.Answer, "\n")
	return resp, true
}

func groupNo(it plan.PlanItem) string { return it.GroupNo }

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "未写明"
	}
	return strings.Join(xs, "、")
}
