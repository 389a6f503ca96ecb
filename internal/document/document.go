// Package document owns what gongwen knows about a source file: its text, its
// metadata (issuing org, kind, the year a report covers, a plan's period), its
// heading hierarchy and the chunks cut from it for retrieval.
package document

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// Kind says what sort of document a file is.
type Kind string

const (
	KindReport Kind = "report" // an annual 法治政府建设 report or another work report
	KindPlan   Kind = "plan"   // a 实施方案 / 工作方案 / 规划 / 要点
	KindPolicy Kind = "policy" // 意见, 通知, 办法, 规定, 决定, 条例 sent down to be followed
	KindReply  Kind = "reply"  // 批复, 复函, 答复
	KindOther  Kind = "other"
)

// Meta is the metadata of one document. Year is the year a report covers, not
// the date it was published: a 2021 report published 2022-02-18 has Year 2021.
type Meta struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Org         string `json:"org"`
	Year        int    `json:"year"`
	Kind        Kind   `json:"kind"`
	PeriodStart int    `json:"period_start,omitempty"` // plans: first year of the period
	PeriodEnd   int    `json:"period_end,omitempty"`
	Published   string `json:"published,omitempty"` // YYYY-MM-DD when stated
	Number      string `json:"number,omitempty"`    // 文号: 国发〔2019〕4号
	Date        string `json:"date,omitempty"`      // 成文日期, YYYY-MM-DD
	Addressee   string `json:"addressee,omitempty"` // 主送 line: never the issuer
	Source      string `json:"source,omitempty"`    // file name as ingested
	Format      string `json:"format,omitempty"`    // the source file's format: docx, pdf, xlsx, ofd, doc, wps, …
	// Read says how the text was obtained when it is not the file's own
	// text layer: "ocr" (a scan, recognised with tesseract: quotes may
	// differ from the page) or the converter of a legacy format
	// ("antiword", "catdoc", "soffice"). Empty for directly read files.
	Read string `json:"read,omitempty"`
	// Tags are the labels given at ingest (gongwen ingest --tag 清城区民政局)
	// or in a manifest; access rules select documents by them.
	Tags []string `json:"tags,omitempty"`
}

// HeadingPath is the chain of headings above a passage, outermost first, e.g.
// ["一、2024年工作情况", "(五)加强法治宣传教育"].
type HeadingPath []string

// String joins the path the way staff read it.
func (p HeadingPath) String() string { return strings.Join(p, " > ") }

// Section is one heading and the text under it up to the next heading.
type Section struct {
	Heading string      `json:"heading"` // the heading's title as written (without body text on the same line)
	Marker  string      `json:"marker"`  // numbering as written: "一、", "(一)", "1.", ...
	Rank    int         `json:"rank"`    // nesting rank of the marker type; smaller is outer
	Path    HeadingPath `json:"path"`    // including this heading
	Start   int         `json:"start"`   // byte offset of the heading line in Document.Text
	End     int         `json:"end"`     // byte offset where the next heading begins
}

// Document is one loaded source file.
type Document struct {
	Meta
	Text     string    // the text exactly as extracted; every offset points into it
	Hash     string    // sha256 of the original file bytes
	Sections []Section // in document order
	Body     []Span    // the spans of Text that are content (page chrome removed)

	// outline holds the outline levels a producer gave headings (line
	// start offset → level, 0 = top); Structure uses it for headings that
	// carry no typed number. Only Load sets it.
	outline map[int]int
}

// Span is a byte range of Document.Text.
type Span struct{ Start, End int }

// Chunk is a retrievable passage: Text == Document.Text[Start:End].
type Chunk struct {
	ID    string      `json:"id"`
	DocID string      `json:"doc_id"`
	Path  HeadingPath `json:"path"`
	Start int         `json:"start"`
	End   int         `json:"end"`
	Text  string      `json:"text"`
}

// HashBytes is the content hash used for incremental ingest.
func HashBytes(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Ref is how a document is named in results and citations.
type Ref struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Org   string `json:"org"`
	Year  int    `json:"year"`
	Kind  Kind   `json:"kind"`
	// Read is Meta.Read: "ocr" tells a citation to say its quote is
	// recognised text of a scan, which may differ from the page.
	Read string `json:"read,omitempty"`
}

// Ref returns the document's reference.
func (m Meta) Ref() Ref {
	return Ref{ID: m.ID, Title: m.Title, Org: m.Org, Year: m.Year, Kind: m.Kind, Read: m.Read}
}

// ReadNote is how a citation marks text that is not the file's own: the
// recognised text of a scan. Empty for everything else.
func (r Ref) ReadNote() string {
	if r.Read == "ocr" {
		return "(扫描件识别文字)"
	}
	return ""
}

// ReadName says in words how a document's text was obtained, for listings.
func ReadName(read string) string {
	switch read {
	case "":
		return "直接读取"
	case "ocr":
		return "OCR 识别(tesseract)"
	case "soffice":
		return "LibreOffice 转换"
	case "antiword", "catdoc":
		return read + " 转换"
	}
	return read
}
