// Package outline drafts first outlines of annual 法治政府建设 reports — one
// section or the whole report — in the official numbering (一、 （一） 1.),
// every point resting on verbatim passages of past reports and plans: what
// the office did under the topic, the plan items the section must answer to,
// the problems and plans last year's report promised to follow up, and
// placeholders for the figures that must be refreshed. It renders outlines
// as Markdown, JSON and Word (DOCX).
package outline

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
)

// JSONChatter is the LLM capability the outline needs: one JSON object per
// request. *llm.Client satisfies it.
type JSONChatter interface {
	ChatJSON(ctx context.Context, msgs []llm.Message) (string, error)
}

// Request asks for the outline of one section (Section set) or of the whole
// report (Section empty).
type Request struct {
	Section string // section title, e.g. "加强法治宣传教育"; empty: the whole report
	Org     string // the reporting office, matched as a substring (e.g. "清城区"); empty: none
	Year    int    // the year the report covers; 0: the year before Now
	Now     time.Time
	// LLM, when set, drafts the outline from the evidence; the offline
	// outline is the fallback whenever its answer fails the checks.
	LLM JSONChatter
	// PromptsDir may override the prompt files (GONGWEN_PROMPTS).
	PromptsDir string
	// Allow, when set, is the caller's access: a document it rejects is
	// neither drawn on nor named, as if it were not in the index.
	Allow func(docID string) bool
	// Draft writes a first paragraph under each point: by the LLM when set
	// (each sentence checked against the sources), else offline from the
	// point's source sentence with its figures left to fill in.
	Draft bool
	// Evidence adds the 事实依据表.
	Evidence bool
	// NoReference leaves out the items of plans that bind other offices or
	// other years, instead of listing them in a block of their own.
	NoReference bool
}

// Mode values of Outline.Mode.
const (
	ModeOffline = "offline"
	ModeLLM     = "llm"
)

// Outline is a drafted outline with its sources. It is also the outline
// JSON contract of `gongwen outline --json`.
type Outline struct {
	Title   string `json:"title"`
	Section string `json:"section,omitempty"` // the requested section title; empty for the whole report
	Year    int    `json:"year"`
	Org     string `json:"org"`
	Topic   string `json:"topic"`          // canonical topic; empty for the whole report and a part
	Part    string `json:"part,omitempty"` // the prescribed part a part outline is of
	// Addressee is the 主送机关 of the office's latest report, when it
	// names one: the report drafted goes to the same place.
	Addressee string     `json:"addressee,omitempty"`
	Sections  []Section  `json:"sections"`
	Citations []Citation `json:"citations"`
	Mode      string     `json:"mode"` // "offline" | "llm"
	Note      string     `json:"note,omitempty"`
	// Evidence is the 事实依据表 (with Request.Evidence): each point's
	// sources, for a reviewer to sign off.
	Evidence []EvidenceRow `json:"evidence,omitempty"`
}

// Section is one numbered part of the outline: level 1 is 一、, level 2 is
// （一）; bullets are numbered 1. 2. … inside their section.
type Section struct {
	Number   string    `json:"number"` // "一、", "（一）"; empty for a reference block
	Title    string    `json:"title"`
	Level    int       `json:"level"`
	Bullets  []Bullet  `json:"bullets"`
	Children []Section `json:"children"`
	// Reference marks a block that is not part of the report: plans of
	// other offices or periods, other offices' wording, for comparison.
	Reference bool `json:"reference,omitempty"`
}

// Bullet is one point; Text carries its [n] markers, Citations lists them.
type Bullet struct {
	Text      string `json:"text"`
	Citations []int  `json:"citations"`
	// Draft is a first paragraph under the point in 公文 style (with
	// Request.Draft): its figures are placeholders or cited, its [n] among
	// Citations.
	Draft string `json:"draft,omitempty"`
}

// Citation is one quoted passage: Text == the document's text[Start:End],
// whole sentences.
type Citation struct {
	N       int          `json:"n"`
	Doc     document.Ref `json:"doc"`
	Section string       `json:"section"`
	Text    string       `json:"text"`
	Start   int          `json:"start"`
	End     int          `json:"end"`
}

// ErrUnknownTopic: the section title names none of the canonical topics.
var ErrUnknownTopic = errors.New("无法识别的主题")

// ErrNoEvidence: the corpus holds nothing on the topic.
var ErrNoEvidence = errors.New("语料中没有该主题的材料")

// TopicError explains an outline that cannot be drafted and names the
// nearest topics the corpus does cover.
type TopicError struct {
	Section string
	Topic   string // the resolved topic; empty when unknown
	Nearest []string
	Err     error // ErrUnknownTopic or ErrNoEvidence
}

func (e *TopicError) Error() string {
	var b strings.Builder
	if errors.Is(e.Err, ErrUnknownTopic) {
		fmt.Fprintf(&b, "无法把“%s”对应到法治政府建设实施纲要的任何主题", e.Section)
	} else {
		fmt.Fprintf(&b, "“%s”（主题：%s）在已索引的报告和方案中没有可引用的材料", e.Section, e.Topic)
	}
	if len(e.Nearest) > 0 {
		fmt.Fprintf(&b, "；语料中有材料的相近主题：%s", strings.Join(e.Nearest, "、"))
	}
	if errors.Is(e.Err, ErrUnknownTopic) {
		fmt.Fprintf(&b, "；可用的章节名称：%s（不给章节即起草全文提纲）", strings.Join(SectionNames(), "、"))
	}
	return b.String()
}

func (e *TopicError) Unwrap() error { return e.Err }

// wholeReportNames ask in chat for the whole report ("提纲 全文").
var wholeReportNames = map[string]bool{"全文": true, "全文提纲": true, "全部": true, "整篇": true, "全篇": true, "报告全文": true, "整个报告": true, "全文报告": true}

// Build drafts the outline req asks for: offline from the evidence, or by
// the LLM when req.LLM is set and its answer passes validation.
func Build(ctx context.Context, ix *index.Index, req Request) (*Outline, error) {
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	if req.Year <= 0 {
		req.Year = req.Now.Year() - 1
	}
	req.Section = strings.TrimSpace(req.Section)
	if wholeReportNames[sectionKey(req.Section)] {
		req.Section = ""
	}
	req.Org = strings.TrimSpace(req.Org)
	c, err := newCorpus(ctx, ix, req)
	if err != nil {
		return nil, err
	}
	var b *builder
	switch {
	case req.Section == "":
		b, err = c.wholeReport(ctx)
	case c.part >= 0:
		b, err = c.partOutline(ctx, c.part)
	default:
		b, err = c.sectionOutline(ctx)
	}
	if err != nil {
		return nil, err
	}
	o := b.finish()
	if req.LLM != nil {
		o = draftWithLLM(ctx, req, o)
	}
	if req.Draft {
		writeDrafts(ctx, req, o)
	}
	if req.Evidence {
		o.Evidence = evidenceRows(o)
	}
	return o, nil
}
