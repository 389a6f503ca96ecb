package outline

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// figurePlaceholderOld reads the old figure out of a placeholder.
var figurePlaceholderOld = regexp.MustCompile(`（(\d{4})年为([^\[）]+)`)

// Status values of EvidenceRow.Status.
const (
	StatusCarried = "沿用"  // last year's words, kept as they were
	StatusToFill  = "待补充" // a figure or fact this year's report must supply
	StatusUpdated = "已更新" // stated from a source of the year drafted
)

// EvidenceRow is one line of the 事实依据表: a point of the outline and one
// passage it rests on.
type EvidenceRow struct {
	Point   string `json:"point"` // where the point is: "一、（二）3"
	Text    string `json:"text"`  // the point, shortened
	N       int    `json:"n"`     // the citation
	Doc     string `json:"doc"`   // the source document's title
	Year    int    `json:"year"`
	Section string `json:"section"`
	Quote   string `json:"quote"`
	Figure  string `json:"figure"` // the figures the passage states, or the old figure a placeholder asks to refresh
	Status  string `json:"status"`
}

var evidenceHeader = []string{"要点", "来源文件", "章节", "原文摘录", "数字", "状态"}

func (r EvidenceRow) cells() []string {
	return []string{r.Point + " " + r.Text, fmt.Sprintf("《%s》（%d年）", strings.Trim(r.Doc, "《》"), r.Year), r.Section, r.Quote, r.Figure, r.Status}
}

// evidenceRows lists, for every point outside the reference blocks, each
// passage it cites.
func evidenceRows(o *Outline) []EvidenceRow {
	out := []EvidenceRow{}
	var walk func(ss []Section, path string)
	walk = func(ss []Section, path string) {
		for _, s := range ss {
			if s.Reference {
				continue
			}
			p := path + s.Number
			for i, b := range s.Bullets {
				text := citeMarkRe.ReplaceAllString(b.Text, "")
				for _, n := range b.Citations {
					c := o.Citations[n-1]
					row := EvidenceRow{
						Point: p + strconv.Itoa(i+1), Text: shortText(text, 40), N: n,
						Doc: c.Doc.Title, Year: c.Doc.Year, Section: c.Section, Quote: c.Text,
					}
					var figs []string
					for _, f := range figures(c.Text) {
						figs = append(figs, c.Text[f.start:f.end])
					}
					row.Figure = strings.Join(figs, "、")
					switch {
					case strings.Contains(b.Text, "【待补充"):
						row.Status = StatusToFill
						if m := figurePlaceholderOld.FindStringSubmatch(b.Text); m != nil {
							row.Figure = m[1] + "年为" + m[2]
						}
					case c.Doc.Year >= o.Year:
						row.Status = StatusUpdated
					default:
						row.Status = StatusCarried
					}
					if row.Figure == "" {
						row.Figure = "—"
					}
					out = append(out, row)
				}
			}
			walk(s.Children, p)
		}
	}
	walk(o.Sections, "")
	return out
}

func shortText(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "……"
}

// markdownEvidence renders the 事实依据表 as a Markdown table.
func markdownEvidence(b *strings.Builder, rows []EvidenceRow) {
	b.WriteString("## 事实依据表\n\n")
	b.WriteString("| " + strings.Join(evidenceHeader, " | ") + " |\n")
	b.WriteString(strings.Repeat("|---", len(evidenceHeader)) + "|\n")
	for _, r := range rows {
		cells := r.cells()
		for i := range cells {
			cells[i] = strings.ReplaceAll(strings.ReplaceAll(cells[i], "|", "\\|"), "\n", " ")
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	b.WriteString("\n")
}
