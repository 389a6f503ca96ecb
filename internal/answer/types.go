package answer

import (
	"time"

	"github.com/gongwen/gongwen/internal/document"
)

// Request is one question with its context.
type Request struct {
	Q    string    `json:"q"`
	Now  time.Time `json:"-"`    // "now" for 去年/今年; zero means today
	Org  string    `json:"org"`  // optional org filter (substring), e.g. from a Slack channel's config
	Year int       `json:"year"` // optional year filter
	// Kind is the kind of document to prefer when the question names none
	// (a channel of plan reviewers asks about 方案 by default).
	Kind    document.Kind `json:"kind,omitempty"`
	History []Turn        `json:"history"` // previous turns, oldest first, for follow-ups ("那2019年呢?")
	NoLLM   bool          `json:"-"`       // force the extractive answer
	// OnDelta, when set, receives the LLM answer as it streams.
	OnDelta func(string) `json:"-"`
	// Allow, when set, is the caller's access: a document it rejects is
	// never searched, cited, counted or named in the answer.
	Allow func(docID string) bool `json:"-"`
	// unscoped: the offices named only by a place's stem are dropped
	// (the second try of a question whose stem scope found nothing).
	unscoped bool
	// bySubject: the scope dropped was a document named by its party
	// (namedBySubject); asked again, the question is as if it named none,
	// not held to a sentence that says nearly all of it.
	bySubject bool
	// placeInName: the place taken for an office begins a name another
	// document writes (nameElsewhere); the second try drops the office.
	placeInName bool
	// officeInTopic: the office or the kind of office named is a word of
	// what is asked, not whose documents answer — what a leader asked for
	// is over ("民政局归哪位副县长分管"), or what another office's document
	// speaks of ("民政局窗口好评率", in a 政务服务中心's 通报); the second
	// try drops it from the scope and asks of it.
	officeInTopic bool
	// office: how the question names the office whose own documents did
	// not speak of what is asked; the second try answers only with a
	// passage that writes it (officeWords).
	office officeNamed
	// onePart: a part of a question asked on its own (after a head
	// answer, answerOtherParts, or when no one document answers the
	// parts together); it is not split again.
	onePart bool
	// lean: a short question after others that found nothing asked alone
	// is asked again as a follow-up of the one before (Ask).
	lean bool
}

// Turn is one earlier question (and optionally its answer) in a conversation.
type Turn struct {
	Q      string `json:"q"`
	Answer string `json:"answer,omitempty"`
}

// Scope is what the question was understood to ask about.
type Scope struct {
	Org      string         `json:"org,omitempty"`
	Year     int            `json:"year,omitempty"`
	Relative string         `json:"relative,omitempty"` // the relative expression resolved, e.g. "去年"
	Kind     document.Kind  `json:"kind,omitempty"`
	Docs     []document.Ref `json:"docs"`            // the documents the answer may draw on
	Basis    string         `json:"basis,omitempty"` // "依据: …" line shown to staff
	Question string         `json:"question"`        // the question after resolving follow-ups
}

// Citation is one quoted passage; Text is verbatim from the source document.
type Citation struct {
	N       int          `json:"n"`
	Doc     document.Ref `json:"doc"`
	Section string       `json:"section"`
	Text    string       `json:"text"`
	Start   int          `json:"start"` // byte offsets of Text in the document
	End     int          `json:"end"`
}

// Response is the ask JSON contract (DESIGN.md).
type Response struct {
	Q         string     `json:"q"`
	Found     bool       `json:"found"`
	Answer    string     `json:"answer"`
	Mode      string     `json:"mode"` // "extractive" | "llm"
	Scope     Scope      `json:"scope"`
	Citations []Citation `json:"citations"`
	Related   []Citation `json:"related,omitempty"` // "可能相关" passages when not found
	Note      string     `json:"note,omitempty"`    // e.g. why the LLM answer fell back
	// unanswered counts the parts of a several-part question the answer
	// says nothing of; parts says the answer was given part by part, so
	// that count means something.
	unanswered int
	parts      bool
	// leaned: the question was read as a follow-up of the one before.
	leaned bool
}
