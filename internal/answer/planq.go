package answer

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/zh"
)

// maxPlanItems bounds how many tasks one answer lists with citations.
const maxPlanItems = 30

// planAnswer answers questions about plan tasks and units ("局办公室牵头哪些
// 任务?", "加大社团治理力度由谁牵头?") from the parsed plan records, citing
// each task's text, rather than from similarity alone.
func (e *Engine) planAnswer(ctx context.Context, u understood, docs []*index.StoredDoc) (*Response, bool) {
	return e.planAnswerOf(ctx, u, docs, false)
}

// planAnswerOf is planAnswer; unitTasks answers only what tasks a unit
// the question names leads or works with ("柳河市民政局牵头哪些任务").
func (e *Engine) planAnswerOf(_ context.Context, u understood, docs []*index.StoredDoc, unitTasks bool) (*Response, bool) {
	// A question of no unit's role, count of units or of tasks is none
	// the plans' tasks answer: their tasks are not read for it (the first
	// question's read of every plan took 0.25 s of a command-line ask).
	if !plan.AsksRoles(u.q) && !reUnitCount.MatchString(u.q) && !u.taskCount {
		return nil, false
	}
	inScope := map[string]bool{}
	for _, d := range docs {
		inScope[d.ID] = true
	}
	var items []plan.PlanItem
	byID := map[string]*index.StoredDoc{}
	for _, d := range docs {
		if ts := e.tasksOf(d); len(ts) > 0 {
			items = append(items, ts...)
			byID[d.ID] = d
		}
	}
	if len(items) == 0 {
		return nil, false
	}
	// "哪些单位配合" asks the plan's units; "涉企检查综合查一次 除了司法局
	// 还有哪些单位配合" asks a task's.
	if !asksOfTask(u, items) && !unitTasks {
		if ans, ok := unitCountAnswer(items, byID, u.q); ok {
			return ans, true
		}
	}
	matched, kind := plan.AnswerUnits(items, u.q)
	if u.cuedGenre != "" {
		// "要点里…那条": the 要点's task, when it has one that fits.
		cued := filter(items, func(it plan.PlanItem) bool { return ofGenre(byID[it.DocID], u.cuedGenre) })
		if m, k := plan.AnswerUnits(cued, u.q); k != "" && len(m) > 0 {
			matched, kind = m, k
		}
	}
	if unitTasks && kind != plan.KindLeadTasks && kind != plan.KindCoopTasks {
		return nil, false
	}
	// "局办公室牵头几项任务?" counts that unit's tasks, not the plan's.
	if kind != plan.KindLeadTasks && kind != plan.KindCoopTasks {
		if ans, ok := taskCountAnswer(items, byID, u); ok {
			return ans, true
		}
	}
	if kind == plan.KindWhoLeads || kind == plan.KindWhoCoops {
		// A task whose units the document does not write ("本细则由…负责
		// 解释" read as a task) cannot say who leads it.
		matched = filter(matched, func(it plan.PlanItem) bool { return len(it.Lead) > 0 })
	}
	if kind == "" || len(matched) == 0 {
		return nil, false
	}
	resp := &Response{Found: true, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	total := len(matched)
	if len(matched) > maxPlanItems {
		fmt.Fprintf(&b, "共 %d 项任务,以下列出前 %d 项:\n", len(matched), maxPlanItems)
		matched = matched[:maxPlanItems]
	}
	for i, it := range matched {
		d := byID[it.DocID]
		n := i + 1
		resp.Citations = append(resp.Citations, itemCitation(n, d, it))
		switch kind {
		case plan.KindWhoLeads, plan.KindWhoCoops:
			fmt.Fprintf(&b, "《%s》中“%s%s”", d.Title, it.Number, it.Title)
			if u.content {
				// "按什么原则?谁牵头?" asks for the task's content too.
				if body := itemBody(d.Text[it.Start:it.End], it); body != "" {
					fmt.Fprintf(&b, ":%s;", body)
				}
			}
			b.WriteString(roles(it))
			fmt.Fprintf(&b, "[%d]。\n", n)
		default:
			fmt.Fprintf(&b, "%d. %s%s%s(牵头:%s;配合:%s)[%d]\n", n, it.GroupNo, it.Number, it.Title,
				strings.Join(it.Lead, "、"), orNone(it.Coop), n)
		}
	}
	if kind == plan.KindLeadTasks || kind == plan.KindCoopTasks {
		count := ""
		if u.quantity || u.taskCount {
			count = fmt.Sprintf("共 %d 项", total)
		}
		resp.Answer = fmt.Sprintf("据《%s》,相关任务%s如下:\n%s", byID[matched[0].DocID].Title, count, b.String())
	} else {
		resp.Answer = b.String()
	}
	resp.Answer = strings.TrimRight(resp.Answer, "\n")
	return resp, true
}

// reWhoPart is the "who leads" part of a question; reContentAsked is a
// question about what a task requires.
var (
	reWhoPart      = regexp.MustCompile(`由?(?:谁|哪个单位|哪个科室|哪个部门|哪些单位|哪些科室|哪些部门|哪几个部门|哪两个部门|哪家)(?:来)?(?:牵头|负责|配合|主抓|抓|指导|干|做|办|实施|组织实施|承担|承办|建设)|(?:牵头|负责|配合|指导|责任)(?:单位|部门|科室)(?:是|有)?(?:谁|哪)|(?:牵头|配合|责任|负责)的(?:单位|部门|科室)?(?:是|有|都有|还有)?(?:谁|哪)`)
	reContentAsked = regexp.MustCompile(`什么|哪些|哪几|怎么|如何|怎样|要求|原则|内容|措施|做法`)
	reRoleParen    = regexp.MustCompile(`[(\x{ff08}][^()\x{ff08}\x{ff09}]*(?:牵头|配合)[^()\x{ff08}\x{ff09}]*[)\x{ff09}]\s*$`)
)

// appendRoles answers the "谁牵头" half of a two-part question the
// sentences answered the other half of: the units of the plan task each
// picked sentence belongs to, citing that task.
func (e *Engine) appendRoles(resp *Response, picked []evidence) {
	seen := map[string]bool{}
	for _, ev := range picked {
		for _, it := range e.tasksOf(ev.doc) {
			if ev.start < it.Start || ev.start >= it.End || len(it.Lead) == 0 {
				continue
			}
			key := fmt.Sprintf("%s:%d", it.DocID, it.Start)
			if seen[key] {
				break
			}
			seen[key] = true
			n := len(resp.Citations) + 1
			resp.Citations = append(resp.Citations, itemCitation(n, ev.doc, it))
			resp.Answer = strings.TrimRight(resp.Answer, "。") + fmt.Sprintf("。“%s%s”%s[%d]。", it.Number, it.Title, roles(it), n)
			break
		}
	}
}

// markTasks marks the sentences that belong to a task with named units.
func (e *Engine) markTasks(evs []evidence) {
	for i := range evs {
		for _, it := range e.tasksOf(evs[i].doc) {
			if evs[i].start >= it.Start && evs[i].start < it.End && len(it.Lead) > 0 {
				evs[i].inTask = true
				break
			}
		}
	}
}

func asksContent(q string) bool {
	return reContentAsked.MatchString(reWhoPart.ReplaceAllString(q, " "))
}

// itemBody is a task's text without its numbered title and the closing
// "(…牵头,…配合)", cut at a sentence end near maxBodyRunes.
func itemBody(text string, it plan.PlanItem) string {
	body := strings.TrimSpace(text)
	if i := strings.Index(body, it.Title); i >= 0 && i < 16 {
		body = body[i+len(it.Title):]
	}
	body = strings.TrimLeft(body, "。.\uff0e ")
	body = strings.TrimSpace(reRoleParen.ReplaceAllString(body, ""))
	if utf8.RuneCountInString(body) > maxBodyRunes {
		cut := 0
		for _, sp := range zh.Sentences(body, false) {
			if utf8.RuneCountInString(body[:sp.End]) > maxBodyRunes && cut > 0 {
				break
			}
			cut = sp.End
		}
		body = body[:cut]
	}
	return strings.TrimRight(body, "。\uff1b;")
}

const maxBodyRunes = 160

// reUnitCount asks how many units lead (or cooperate on) a plan's tasks.
var reUnitCount = regexp.MustCompile(`(牵头|配合|责任)(?:单位|部门|科室)[^?\x{ff1f}]{0,6}(?:几个|多少|哪些|哪几)|(?:几个|多少|哪些|哪几个?)(?:单位|部门|科室)(?:牵头|配合|负责)|(?:几个|多少|哪些|哪几个?)(?:牵头|配合|责任)(?:单位|部门|科室)`)

// unitCountAnswer answers "牵头单位一共有几个?": the distinct units with
// how many tasks each, each unit citing the first task it appears on.
func unitCountAnswer(items []plan.PlanItem, byID map[string]*index.StoredDoc, q string) (*Response, bool) {
	m := reUnitCount.FindStringSubmatch(q)
	if m == nil {
		return nil, false
	}
	coop := strings.Contains(m[0], "配合")
	units := tally(items, func(it plan.PlanItem) []string {
		if coop {
			return it.Coop
		}
		return it.Lead
	})
	if len(units) == 0 {
		return nil, false
	}
	role := "牵头"
	if coop {
		role = "配合"
	}
	d := byID[items[0].DocID]
	resp := &Response{Found: true, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	fmt.Fprintf(&b, "《%s》中作为%s单位出现的共 %d 个:", d.Title, role, len(units))
	for i, un := range units {
		n := i + 1
		resp.Citations = append(resp.Citations, itemCitation(n, byID[un.first.DocID], un.first))
		if i > 0 {
			b.WriteString("、")
		}
		fmt.Fprintf(&b, "%s(%d 项)[%d]", un.name, un.n, n)
	}
	b.WriteString("。")
	resp.Answer = b.String()
	return resp, true
}

// asksOfTask reports whether a question about units names a task: a word
// of it (a two-character token, not a role, a unit or a genre) that some
// task's title or body writes — "涉企检查综合查一次…哪些单位配合", "信访
// 哪些单位配合" — rather than filler ("麻烦帮我看下…配合单位有哪些").
func asksOfTask(u understood, items []plan.PlanItem) bool {
	rest := reUnitCount.ReplaceAllString(u.topic, " ")
	rest = reRoleWord.ReplaceAllString(rest, " ")
	rest = reGenreWord.ReplaceAllString(rest, " ")
	for _, t := range zh.Tokens(rest) {
		if utf8.RuneCountInString(t) < 2 || strings.ContainsAny(t, "单位部门科室") {
			continue
		}
		for _, it := range items {
			if strings.Contains(it.Title, t) || strings.Contains(it.Body, t) {
				return true
			}
		}
	}
	return false
}

// reTaskCount asks how many tasks a plan sets.
var reTaskCount = regexp.MustCompile(`(?:多少|几)(?:项|个|条)?(?:主要)?任务|任务(?:一共|总共|共)?(?:有)?(?:多少|几)`)

// taskCountAnswer answers "株洲方案一共有多少项任务?": the number of tasks
// and how they fall into the plan's groups, each group citing its first
// task.
func taskCountAnswer(items []plan.PlanItem, byID map[string]*index.StoredDoc, u understood) (*Response, bool) {
	if !u.taskCount {
		return nil, false
	}
	groups := tally(items, func(it plan.PlanItem) []string { return []string{it.Group} })
	d := byID[items[0].DocID]
	resp := &Response{Found: true, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	fmt.Fprintf(&b, "《%s》列出 %d 项任务,分 %d 个方面:\n", d.Title, len(items), len(groups))
	for i, g := range groups {
		n := i + 1
		resp.Citations = append(resp.Citations, itemCitation(n, byID[g.first.DocID], g.first))
		fmt.Fprintf(&b, "%s(%d 项)[%d]\n", g.name, g.n, n)
	}
	resp.Answer = strings.TrimRight(b.String(), "\n")
	return resp, true
}

// itemCitation cites a plan task: its whole text, verbatim.
func itemCitation(n int, d *index.StoredDoc, it plan.PlanItem) Citation {
	return Citation{N: n, Doc: d.Ref(), Section: it.Section, Text: d.Text[it.Start:it.End], Start: it.Start, End: it.End}
}

// roles says who leads a task and who cooperates: "由局办公室牵头,各科室配合".
func roles(it plan.PlanItem) string {
	r := "由" + strings.Join(it.Lead, "、") + "牵头"
	if len(it.Coop) > 0 {
		r += "," + strings.Join(it.Coop, "、") + "配合"
	}
	return r
}

// tallied is one name with how many tasks carry it and the first of them.
type tallied struct {
	name  string
	n     int
	first plan.PlanItem
}

// tally counts the tasks under each name keys gives them (units, groups),
// in order of first appearance.
func tally(items []plan.PlanItem, keys func(plan.PlanItem) []string) []*tallied {
	var out []*tallied
	idx := map[string]*tallied{}
	for _, it := range items {
		for _, k := range keys(it) {
			t, ok := idx[k]
			if !ok {
				t = &tallied{name: k, first: it}
				idx[k] = t
				out = append(out, t)
			}
			t.n++
		}
	}
	return out
}

func orNone(xs []string) string {
	if len(xs) == 0 {
		return "未写明"
	}
	return strings.Join(xs, "、")
}
