package answer

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/prompts"
)

// maxPassages bounds what the model reads: the extractive picks first,
// then the next best distinct sentences.
const maxPassages = 6

type promptPassage struct {
	N                    int
	Title, Section, Text string
	Year                 int
}

// rewrite asks the model to word the answer from the evidence, verifies the
// result and keeps the extractive answer when anything is wrong with it.
func (e *Engine) rewrite(ctx context.Context, req Request, resp *Response, evs []evidence) {
	cites := append([]Citation(nil), resp.Citations...)
	seen := map[string]bool{}
	for _, c := range cites {
		seen[c.Doc.ID+":"+strconv.Itoa(c.Start)] = true
	}
	for _, ev := range evs {
		if len(cites) >= maxPassages {
			break
		}
		key := ev.doc.ID + ":" + strconv.Itoa(ev.qStart)
		if seen[key] || ev.coverage < 0.3 {
			continue
		}
		seen[key] = true
		cites = append(cites, citationOf(len(cites)+1, ev))
	}
	var ps []promptPassage
	byN := map[int]string{}
	for _, c := range cites {
		ps = append(ps, promptPassage{N: c.N, Title: c.Doc.Title, Year: c.Doc.Year, Section: c.Section, Text: c.Text})
		byN[c.N] = c.Text
	}
	scope := resp.Scope.Basis
	if resp.Scope.Relative != "" && resp.Scope.Year > 0 {
		scope += fmt.Sprintf("(“%s”指%d年度)", resp.Scope.Relative, resp.Scope.Year)
	}
	sys, err := prompts.Render(e.PromptsDir, "answer_system.tmpl", nil)
	if err != nil {
		resp.Note = "提示词模板错误,已使用摘录式回答: " + err.Error()
		return
	}
	user, err := prompts.Render(e.PromptsDir, "answer_user.tmpl", map[string]any{"Question": req.Q, "Scope": scope, "Passages": ps})
	if err != nil {
		resp.Note = "提示词模板错误,已使用摘录式回答: " + err.Error()
		return
	}
	out, err := e.LLM.Chat(ctx, []llm.Message{{Role: "system", Content: sys}, {Role: "user", Content: user}}, req.OnDelta)
	switch {
	case errors.Is(err, llm.ErrTimeout):
		resp.Note = "大模型响应超时,已改用摘录式回答"
		return
	case errors.Is(err, llm.ErrRateLimited), errors.Is(err, llm.ErrUnavailable):
		resp.Note = "大模型服务繁忙,已改用摘录式回答"
		return
	case err != nil:
		resp.Note = "大模型调用失败,已改用摘录式回答: " + err.Error()
		return
	}
	// The year the question resolved to ("去年" → 2024) may be stated even
	// when the passage itself does not repeat it.
	var allowed []string
	if resp.Scope.Year > 0 {
		allowed = append(allowed, strconv.Itoa(resp.Scope.Year))
	}
	var framing []string
	for _, c := range cites {
		framing = append(framing, c.Doc.Title, c.Doc.Org, c.Section)
	}
	text, dropped := checkSentences(strings.TrimSpace(out), byN, allowed, framing...)
	if !reMarker.MatchString(text) {
		resp.Note = "大模型回答未通过核验(" + strings.Join(append(dropped, "没有可核验的引用"), ";") + "),已改用摘录式回答"
		return
	}
	// Keep only the cited passages, renumbered in order of first use.
	used := map[int]int{}
	var order []int
	for _, m := range reMarker.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		if _, ok := used[n]; !ok {
			used[n] = len(order) + 1
			order = append(order, n)
		}
	}
	text = reMarker.ReplaceAllStringFunc(text, func(s string) string {
		n, _ := strconv.Atoi(s[1 : len(s)-1])
		return "[" + strconv.Itoa(used[n]) + "]"
	})
	var final []Citation
	for _, n := range order {
		for _, c := range cites {
			if c.N == n {
				c.N = used[n]
				final = append(final, c)
			}
		}
	}
	sort.Slice(final, func(i, j int) bool { return final[i].N < final[j].N })
	resp.Answer, resp.Citations, resp.Mode = text, final, "llm"
	if len(dropped) > 0 {
		resp.Note = "已删去未通过核验的句子: " + strings.Join(dropped, ";")
	}
}
