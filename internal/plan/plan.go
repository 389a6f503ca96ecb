// Package plan turns 实施方案 documents into records — task, group, lead
// units (牵头), cooperating units (配合), deadlines and source span — and
// checks which of them an annual report covers.
package plan

// PlanItem is one task a plan requires.
type PlanItem struct {
	DocID    string   `json:"doc_id"`
	Group    string   `json:"group"`    // the group heading, e.g. "(三)推进依法履职和规范执法,提升民政法治化水平"
	GroupNo  string   `json:"group_no"` // "(三)"
	Number   string   `json:"number"`   // "1."
	Title    string   `json:"title"`    // "严格依法履行职责"
	Body     string   `json:"body"`     // the task text without the units parenthetical
	Lead     []string `json:"lead"`     // 牵头 units, normalized
	Coop     []string `json:"coop"`     // 配合 / 具体配合 units
	Deadline string   `json:"deadline,omitempty"`
	Section  string   `json:"section"` // heading path as text
	Text     string   `json:"text"`    // the whole item verbatim from the document (for citation)
	Start    int      `json:"start"`   // byte offsets of Text in the document
	End      int      `json:"end"`
}

// Requirement is one of the plan's work requirements (三、工作要求),
// kept apart from the tasks.
type Requirement struct {
	DocID  string `json:"doc_id"`
	Number string `json:"number"`
	Title  string `json:"title"`
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}
