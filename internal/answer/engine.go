// Package answer owns question understanding (org, year, 去年/前年, kind),
// evidence selection, the extractive and LLM answers and their verification.
package answer

import (
	"context"
	"sync"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/plan"
)

// ChatClient is what answers need of an LLM: a streamed chat completion.
type ChatClient interface {
	Chat(ctx context.Context, msgs []llm.Message, onDelta func(string)) (string, error)
}

// Engine answers questions over one opened index.
type Engine struct {
	Index *index.Index
	LLM   ChatClient // nil: offline extractive answers only
	// PromptsDir, when set, overrides the embedded prompt templates by name.
	PromptsDir string

	// What every question needs from the index, which is immutable once
	// opened: derived on first use, not per question.
	once      sync.Once
	orgs      []*orgProfile
	names     []*docName
	common    map[string]bool
	planItems []plan.PlanItem
	planDocs  map[string]*index.StoredDoc
}

func (e *Engine) catalog() {
	e.once.Do(func() {
		e.orgs = profiles(e.Index)
		e.planDocs = map[string]*index.StoredDoc{}
		for _, d := range e.Index.Docs() {
			e.names = append(e.names, newDocName(d))
		}
		e.common = commonBigrams(e.names)
		for _, d := range e.Index.Docs() {
			// Tasks with their units are written in plans and in the
			// 意见/通知 sent down to be carried out alike.
			if d.Kind != document.KindPlan && d.Kind != document.KindPolicy {
				continue
			}
			items, _ := plan.Parse(d)
			e.planItems = append(e.planItems, items...)
			e.planDocs[d.ID] = d
		}
	})
}

// Ask answers one question. It never returns an answer without citations:
// when the evidence does not support one, Found is false.
func (e *Engine) Ask(ctx context.Context, req Request) (*Response, error) {
	return e.ask(ctx, req)
}
