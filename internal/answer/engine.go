// Package answer owns question understanding (org, year, 去年/前年, kind),
// evidence selection, the extractive and LLM answers and their verification.
package answer

import (
	"context"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/zh"
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
	// Trace, when set, receives how each question was understood and the
	// best-scored evidence (GONGWEN_TRACE=1): for diagnosing a wrong answer
	// without a debugger.
	Trace io.Writer

	// What every question needs from the index, which is immutable once
	// opened: derived on first use, not per question.
	once  sync.Once
	orgs  []*orgProfile
	names []*docName
	// tasksMu guards tasks, each plan-like document's tasks (tasksOf).
	tasksMu sync.Mutex
	tasks   map[string][]plan.PlanItem
	// rareMu guards rare, the cached answer to "does this bigram name few
	// documents?", asked of every question's bigrams.
	rareMu sync.Mutex
	rare   map[string]bool
	// places are the places documents name in their text (芃塬 of
	// 芃塬镇), read on first use (placeNames).
	placesMu sync.Mutex
	places   map[string]bool
}

func (e *Engine) catalog() {
	e.once.Do(func() {
		e.orgs = profiles(e.Index)
		for _, d := range e.Index.Docs() {
			e.names = append(e.names, newDocName(d))
		}
	})
}

// tasksOf returns the tasks with their units a document writes, read on
// first use: plans and the 意见/通知 sent down to be carried out alike have
// them. Reading every document's tasks up front cost a CLI ask over a
// province's index seconds.
func (e *Engine) tasksOf(d *index.StoredDoc) []plan.PlanItem {
	if d.Kind != document.KindPlan && d.Kind != document.KindPolicy {
		return nil
	}
	e.tasksMu.Lock()
	defer e.tasksMu.Unlock()
	if e.tasks == nil {
		e.tasks = map[string][]plan.PlanItem{}
	}
	items, ok := e.tasks[d.ID]
	if !ok {
		items, _ = plan.Tasks(d)
		e.tasks[d.ID] = items
	}
	return items
}

// placeCohesion: a place's name is a word of its own (index.Cohesion),
// not a seam such as 年丰 of "2024年丰收".
var placeCohesion = 0.05

// rarePlaceDocs: a name written by at most this many documents is rare.
const rarePlaceDocs = 3

// isPlace reports whether the documents write b as a place's name
// (芃塬 of 芃塬镇), where few documents write b at all and it is a word of
// its own; "2013年农村" names no place 年农: 农村 is the word.
func (e *Engine) isPlace(b string) bool {
	e.placesMu.Lock()
	defer e.placesMu.Unlock()
	if p, ok := e.places[b]; ok {
		return p
	}
	if e.places == nil || len(e.places) >= maxRareCache {
		e.places = map[string]bool{}
	}
	limit := max(3, e.Index.NumDocs()/50)
	// A place's name is written as one: followed by its kind (芃塬镇) at
	// least as often as not. "城市" of a few "城市社区" is a word that
	// documents write on its own far more.
	named, all := 0, 0
	// A name few documents write at all (畈心) is a place's where its kind
	// follows it, though the kind's bigram is common (心镇 of 中心镇). A
	// word so taken in a small corpus ("新农" of 新农村) bounds the answer
	// to the documents that write it, which are those about it.
	writers := e.Index.DocsWithAll([]string{b})
	rare := writers <= rarePlaceDocs
	if e.Index.Cohesion(b) >= placeCohesion && writers <= limit {
		e.Index.TokenInDocs(b, func(id string) bool {
			d, ok := e.Index.Doc(id)
			if !ok {
				return false
			}
			for i := strings.Index(d.Text, b); i >= 0; {
				all++
				if m := rePlaceKind.FindString(d.Text[i+len(b):]); m != "" {
					last, _ := utf8.DecodeLastRuneInString(b)
					first, _ := utf8.DecodeRuneInString(m)
					if rare || e.Index.DocsWithAll([]string{string(last) + string(first)}) <= limit {
						named++
					}
				}
				j := strings.Index(d.Text[i+len(b):], b)
				if j < 0 {
					break
				}
				i += len(b) + j
			}
			return false // every document that writes it
		})
	}
	p := named > 0 && 2*named >= all
	e.places[b] = p
	return p
}

// rePlaceKind is the kind of place a name is followed by.
var rePlaceKind = regexp.MustCompile(`^(?:镇|乡|街道|村|社区)`)

// placesAsked are the question's words that name places the documents
// write of (isPlace) and that a document the caller may read writes: a
// place only hidden documents write bounds nothing the caller sees.
func (e *Engine) placesAsked(q string, allow func(string) bool) []string {
	var out []string
	for _, b := range zh.Tokens(q) {
		if utf8.RuneCountInString(b) != 2 || !zh.IsHan([]rune(b)[0]) || strings.ContainsAny(b, glueChars) || slices.Contains(out, b) {
			continue
		}
		if e.isPlace(b) && (allow == nil || e.Index.TokenInDocs(b, allow)) {
			out = append(out, b)
		}
	}
	return out
}

// maxRareCache bounds the phrases isRare remembers.
const maxRareCache = 1 << 14

// isRare reports whether few documents use the phrase (all of its
// bigrams): such words in a question can name a document; words most
// documents use cannot.
func (e *Engine) isRare(b string) bool {
	e.rareMu.Lock()
	defer e.rareMu.Unlock()
	if e.rare == nil {
		e.rare = map[string]bool{}
	}
	r, ok := e.rare[b]
	if !ok {
		if len(e.rare) >= maxRareCache {
			e.rare = map[string]bool{} // a long-running serve asks ever new phrases
		}
		var bigrams []string
		rs := []rune(b)
		for i := 0; i+1 < len(rs); i++ {
			bigrams = append(bigrams, string(rs[i:i+2]))
		}
		r = e.Index.DocsWithAll(bigrams) <= max(3, e.Index.NumDocs()/10)
		e.rare[b] = r
	}
	return r
}

// Ask answers one question. It never returns an answer without citations:
// when the evidence does not support one, Found is false.
func (e *Engine) Ask(ctx context.Context, req Request) (*Response, error) {
	if h, err := e.answerHistory(ctx, req); err != nil {
		return nil, err
	} else {
		req.History = h
	}
	resp, err := e.askInChat(ctx, req)
	if err != nil {
		return nil, err
	}
	// The check the evaluation runs, on every live answer: a citation that
	// does not quote its document verbatim, or an [n] without one, makes
	// the answer silent rather than wrong.
	if verr := VerifyCitations(resp.Answer, resp.Citations, e.docText); verr != nil {
		resp.Found = false
		resp.Answer = "回答未通过引用核验,不予给出。"
		resp.Citations, resp.Related = []Citation{}, nil
		resp.Note = verr.Error()
	}
	return resp, nil
}

func (e *Engine) docText(id string) (string, bool) {
	d, ok := e.Index.Doc(id)
	if !ok {
		return "", false
	}
	return d.Text, true
}

// tracef writes to Trace when it is set.
func (e *Engine) tracef(format string, args ...any) {
	if e.Trace != nil {
		fmt.Fprintf(e.Trace, format, args...)
	}
}

// maxAnsweredTurns: of a chat's earlier questions sent without their
// answers, the last this many are answered again (answerHistory).
const maxAnsweredTurns = 3

// answerHistory answers the earlier questions of a chat that come without
// their answers — a script's batch of {"q", "history": [{"q": …}]}, a
// chat that keeps only what was asked — each after the ones before it, as
// the chat would have: a follow-up ("多久内要交") is of the document the
// answer before it quoted, and without the answer it would not know which.
func (e *Engine) answerHistory(ctx context.Context, req Request) ([]Turn, error) {
	h := req.History
	if !anyOf(h, func(t Turn) bool { return t.Answer == "" }) {
		return h, nil
	}
	h = append([]Turn(nil), h...)
	for i := max(0, len(h)-maxAnsweredTurns); i < len(h); i++ {
		if h[i].Answer != "" {
			continue
		}
		// Asked as it was: with the caller's office, year and kind, after
		// every turn before it.
		sub := req
		sub.Q, sub.History, sub.NoLLM = h[i].Q, h[:i], true
		r, err := e.askInChat(ctx, sub)
		if err != nil {
			return nil, err
		}
		h[i].Answer = r.Answer
	}
	return h, nil
}

// askInChat answers a question of a conversation. "没冲完还能再借不" after
// "因公借款要在多长时间内冲账": a short question whose own words find
// nothing asked alone, and that was not read as a follow-up, is asked
// again as one — its words are what staff say of the same matter (冲完 of
// 冲账), not the documents' own. That answer stands unless the question
// adds a word of its own that what it cites writes no character of:
// "婚假有几天" after a question on 报销 asks of 婚假, which the 报销
// sentence says nothing of, and stays refused.
func (e *Engine) askInChat(ctx context.Context, req Request) (*Response, error) {
	resp, err := e.ask(ctx, req)
	if err != nil || resp.Found || resp.leaned || len(req.History) == 0 || req.lean {
		return resp, err
	}
	if utf8.RuneCountInString(zh.Normalize(req.Q)) > maxLeaningRunes {
		return resp, nil
	}
	again := req
	again.lean = true
	r, err := e.ask(ctx, again)
	if err != nil || !r.Found || !e.citesAddedWords(r.Citations, resp.Scope.Question, zh.Normalize(req.History[len(req.History)-1].Q)) {
		return resp, nil
	}
	return r, nil
}

// commonWordShare: a bigram written in more than this share of passages
// is a common word (开始, 之前, 时候), which says when or how a follow-up
// asks, not of what.
const commonWordShare = 0.01

// citesAddedWords reports whether the citations write a character of each
// word the topic adds to prev: a bigram, no glue, neither of whose
// characters prev has, and not a common word.
func (e *Engine) citesAddedWords(cs []Citation, topic, prev string) bool {
	common := int(commonWordShare * float64(e.Index.NumChunks()))
	for _, t := range zh.Tokens(topic) {
		rs := []rune(t)
		if len(rs) != 2 || !zh.IsHan(rs[0]) || !zh.IsHan(rs[1]) || strings.ContainsAny(t, glueChars) || strings.ContainsAny(prev, t) || e.Index.DF(t) > common {
			continue
		}
		if !anyOf(cs, func(c Citation) bool { return strings.ContainsAny(c.Text, t) }) {
			return false
		}
	}
	return true
}

// wordCohesion: a bigram at least this cohesive (index.Cohesion) is a word
// of the documents' language (关爱, 农村), not a seam (县户 of 本县户口).
const wordCohesion = 0.05

// isWord reports whether the bigram b is a word the documents write.
func (e *Engine) isWord(b string) bool { return e.Index.Cohesion(b) >= wordCohesion }
