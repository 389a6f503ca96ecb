package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"
)

// maxDOCXXML caps how much decompressed XML is read from a .docx. A long
// report with many tables has a few tens of MB of document.xml; encoding/xml
// reads markup at a few MB/s on a small server, so the cap is also a bound
// on time.
const maxDOCXXML = 128 << 20

// maxTextRatio bounds the text of a .docx by the compressed size of its
// document.xml: Chinese text deflates about 2:1 and markup further, so real
// documents give a few bytes of text per compressed byte. Text repeated to
// fill a bomb deflates several hundred to one, and is refused once it passes
// this ratio instead of being indexed for a minute as 20 MB of chunks.
const maxTextRatio = 100

// docxTextLimit is the most text a document.xml of this compressed size may
// yield: MaxTextSize, less for a small part, never under 1 MB.
func docxTextLimit(compressed uint64) int {
	if compressed >= MaxTextSize/maxTextRatio {
		return MaxTextSize
	}
	return max(int(compressed)*maxTextRatio, 1<<20)
}

// Past markupCheckAfter bytes of XML, a document.xml must have yielded at
// least one byte of text per maxMarkupRatio bytes read. Word writes some tens
// of bytes of markup per run of text; a zip bomb of empty paragraphs yields
// none, and would otherwise cost a minute of CPU to read to maxDOCXXML.
// (A variable so that tests can check the rule on a few MB.)
var markupCheckAfter int64 = 8 << 20

const maxMarkupRatio = 64

// errXMLTooLarge is returned by limitedReader when maxDOCXXML is exceeded.
var errXMLTooLarge = errors.New("document.xml 解压后过大")

// extractDOCX returns the text of a Word 2007+ document as Word shows it:
// one line per paragraph, automatic numbering rendered in front of the
// paragraph ("一、", "(一)"), heading styles kept as outline levels, each
// table row on one line with its cells between " | ", text boxes in place
// and footnotes after the paragraph that cites them.
func extractDOCX(data []byte) ([]outlineLine, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("不是有效的 DOCX(zip)文件: %v: %w", err, ErrCorrupt)
	}
	name := mainDocumentPart(zr)
	var part *zip.File
	for _, f := range zr.File {
		if f.Name == name {
			part = f
			break
		}
	}
	if part == nil {
		return nil, fmt.Errorf("DOCX 中缺少 %s: %w", name, ErrCorrupt)
	}
	rc, err := part.Open()
	if err != nil {
		return nil, fmt.Errorf("无法打开 %s: %v: %w", name, err, ErrCorrupt)
	}
	defer rc.Close()

	r := &wordReader{
		styles:    readStyles(zr),
		numbering: readNumbering(zr),
		footnotes: readNotes(zr, "word/footnotes.xml"),
		endnotes:  readNotes(zr, "word/endnotes.xml"),
		maxText:   docxTextLimit(part.CompressedSize64),
	}
	err = r.read(&limitedReader{r: rc, n: maxDOCXXML})
	switch {
	case errors.Is(err, ErrTooLarge):
		return nil, err
	case errors.Is(err, errXMLTooLarge):
		return nil, fmt.Errorf("%v: %w", err, ErrTooLarge)
	case err != nil:
		return nil, fmt.Errorf("%s 解析失败: %v: %w", name, err, ErrCorrupt)
	}
	return r.lines, nil
}

// mainDocumentPart finds the main document part through the package
// relationships, as Word does. Almost always word/document.xml, but some
// generators name it differently (e.g. word/document2.xml).
func mainDocumentPart(zr *zip.Reader) string {
	const fallback = "word/document.xml"
	var rels *zip.File
	for _, f := range zr.File {
		if f.Name == "_rels/.rels" {
			rels = f
			break
		}
	}
	if rels == nil {
		return fallback
	}
	rc, err := rels.Open()
	if err != nil {
		return fallback
	}
	defer rc.Close()
	var doc struct {
		Rels []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&doc); err != nil {
		return fallback
	}
	for _, r := range doc.Rels {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return fallback
}

// wordReader streams WordprocessingML and collects paragraph lines.
//
// Elements are matched by local name only, so both the transitional and the
// strict OOXML namespaces work. Paragraphs can nest (a text box inside a
// paragraph holds its own paragraphs), hence the stack. The mc:Fallback
// branch of mc:AlternateContent repeats the mc:Choice content for old
// readers and is skipped to avoid duplicated text.
type wordReader struct {
	styles    wordStyles
	numbering *numbering
	footnotes map[string]string
	endnotes  map[string]string

	// maxText is the most text read accepts (0: MaxTextSize); size counts
	// the text kept so far, so that a document whose text would pass it is
	// refused as soon as it does, not after its XML has been read to the end.
	maxText int
	size    int

	lines  []outlineLine
	paras  []*wordPara  // open paragraphs, innermost last
	tables []*wordTable // open tables, innermost last
}

type wordPara struct {
	b     strings.Builder
	props paraProps
	notes []string // footnote texts cited in the paragraph
}

// wordTable collects a table's cells; vMerge continuation cells are filled
// from the cell above so that every row reads on its own (a merged
// 牵头单位 or group cell belongs to each row it spans).
type wordTable struct {
	rows    [][]string
	row     []string
	cols    []int   // grid column of each cell of the current row
	rowCols [][]int // the same for each finished row
	cell    *strings.Builder
	col     int  // grid column of the current cell
	span    int  // its w:gridSpan
	cont    bool // its w:vMerge continues the cell above
	open    bool
}

func (r *wordReader) read(in io.Reader) error {
	xmlRead := &countingReader{r: in}
	dec := xml.NewDecoder(xmlRead)
	inText := false
	skipDeep := 0 // >0 while inside an ignored subtree
	maxText := r.maxText
	if maxText <= 0 {
		maxText = MaxTextSize
	}
	for {
		if r.size > maxText {
			if maxText < MaxTextSize {
				return fmt.Errorf("文字量超过压缩后大小的 %d 倍(已读 %.1f MB 文字),可能是压缩炸弹: %w", maxTextRatio, float64(r.size)/(1<<20), ErrTooLarge)
			}
			return errTextTooLarge(r.size)
		}
		if n := xmlRead.n; n > markupCheckAfter && int64(r.size)*maxMarkupRatio < n {
			return fmt.Errorf("document.xml 几乎全是标记(已读 %d MB,只有 %d KB 文字),可能是压缩炸弹: %w", n>>20, r.size>>10, ErrTooLarge)
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipDeep > 0 {
				skipDeep++
				continue
			}
			switch t.Name.Local {
			case "Fallback", "instrText", "delText", "rt",
				"rPr", "sectPr", "tblPr", "trPr", "tblGrid":
				skipDeep = 1
			case "pPr":
				// Decoding consumes the element, so its w:tabs/w:tab
				// tab-stop definitions never become tab characters.
				var pp paraProps
				if err := dec.DecodeElement(&pp, &t); err != nil {
					return err
				}
				if n := len(r.paras); n > 0 {
					r.paras[n-1].props = pp
				}
			case "tcPr":
				var tp struct {
					Span  *valAttr `xml:"gridSpan"`
					Merge *valAttr `xml:"vMerge"`
				}
				if err := dec.DecodeElement(&tp, &t); err != nil {
					return err
				}
				if tb := r.table(); tb != nil && tb.open {
					if tp.Span != nil {
						if n, err := strconv.Atoi(tp.Span.Val); err == nil && n > 1 {
							tb.span = n
						}
					}
					tb.cont = tp.Merge != nil && tp.Merge.Val != "restart"
				}
			case "p":
				r.paras = append(r.paras, &wordPara{})
			case "t":
				inText = true
			case "tab", "ptab":
				r.write("\t")
			case "br", "cr":
				r.write("\n")
			case "noBreakHyphen":
				r.write("-")
			case "footnoteReference", "endnoteReference":
				r.noteRef(t)
			case "tbl":
				r.tables = append(r.tables, &wordTable{})
			case "tr":
				if tb := r.table(); tb != nil {
					tb.row, tb.cols, tb.col = nil, nil, 0
				}
			case "tc":
				if tb := r.table(); tb != nil {
					tb.cell, tb.span, tb.cont, tb.open = &strings.Builder{}, 1, false, true
				}
			}
		case xml.EndElement:
			if skipDeep > 0 {
				skipDeep--
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				r.endPara()
			case "tc":
				if tb := r.table(); tb != nil && tb.open {
					tb.endCell()
				}
			case "tr":
				if tb := r.table(); tb != nil {
					tb.rows = append(tb.rows, tb.row)
					tb.rowCols = append(tb.rowCols, tb.cols)
					tb.row = nil
				}
			case "tbl":
				r.endTable()
			}
		case xml.CharData:
			if inText && skipDeep == 0 {
				r.write(string(t))
			}
		}
	}
	return nil
}

func (r *wordReader) table() *wordTable {
	if n := len(r.tables); n > 0 {
		return r.tables[n-1]
	}
	return nil
}

func (r *wordReader) write(s string) {
	if n := len(r.paras); n > 0 {
		r.size += len(s)
		r.paras[n-1].b.WriteString(s)
	}
	// Text outside any paragraph is not document text.
}

func (r *wordReader) noteRef(t xml.StartElement) {
	notes := r.footnotes
	if t.Name.Local == "endnoteReference" {
		notes = r.endnotes
	}
	for _, a := range t.Attr {
		if a.Name.Local == "id" && notes[a.Value] != "" {
			if n := len(r.paras); n > 0 {
				r.paras[n-1].notes = append(r.paras[n-1].notes, notes[a.Value])
			}
		}
	}
}

// endPara closes the innermost paragraph: its number (automatic
// numbering) goes in front, and its lines go to the open table cell or to
// the document.
func (r *wordReader) endPara() {
	n := len(r.paras)
	if n == 0 {
		return
	}
	p := r.paras[n-1]
	r.paras = r.paras[:n-1]
	text := p.b.String()
	level := -1
	np := p.props.NumPr
	if np == nil || np.NumID == nil {
		if sn := r.styles.numbering(p.props.Style.Val); sn != nil {
			// A style's numbering keeps the paragraph's own level if set.
			merged := *sn
			if np != nil && np.Ilvl != nil {
				merged.Ilvl = np.Ilvl
			}
			np = &merged
		}
	}
	// Numbering applies to paragraphs that show anything; Word does not
	// number empty paragraphs visibly either way, but it counts them, and
	// so do we.
	if np != nil && np.NumID != nil {
		ilvl := 0
		if np.Ilvl != nil {
			ilvl, _ = strconv.Atoi(np.Ilvl.Val)
		}
		if num := r.numbering.next(np.NumID.Val, ilvl); num != "" && strings.TrimSpace(text) != "" {
			text = num + strings.TrimLeft(text, " \t\u3000")
		}
	}
	if p.props.Outline != nil {
		if v, err := strconv.Atoi(p.props.Outline.Val); err == nil && v >= 0 && v < 9 {
			level = v
		}
	} else {
		level = r.styles.level(p.props.Style.Val)
	}
	if tb := r.table(); tb != nil && tb.open && len(r.paras) == 0 {
		// A paragraph of a table cell (not one of a text box inside it).
		if s := collapseSpaces(text); s != "" {
			if tb.cell.Len() > 0 {
				tb.cell.WriteByte(' ')
			}
			tb.cell.WriteString(s)
		}
		for _, note := range p.notes {
			tb.cell.WriteString(" 注:" + note)
		}
		return
	}
	first := true
	for _, l := range strings.Split(text, "\n") {
		// Tabs stay inside a line; the full-width indentation of Chinese
		// paragraphs goes, so headings such as "一、" start the line.
		if l = strings.TrimSpace(l); l != "" {
			lv := -1
			if first {
				lv = level
			}
			r.lines = append(r.lines, outlineLine{text: l, level: lv})
			first = false
		}
	}
	for _, note := range p.notes {
		r.lines = append(r.lines, outlineLine{text: "注:" + note, level: -1})
	}
}

func (tb *wordTable) endCell() {
	text := strings.ReplaceAll(tb.cell.String(), "|", "｜")
	if tb.cont {
		// Continue the merged cell above at the same grid column.
		if n := len(tb.rows); n > 0 {
			prev, prevCols := tb.rows[n-1], tb.colsOf(n-1)
			for i, c := range prevCols {
				if c == tb.col && i < len(prev) {
					text = prev[i]
				}
			}
		}
	}
	tb.row = append(tb.row, text)
	tb.cols = append(tb.cols, tb.col)
	for i := 1; i < tb.span; i++ {
		// A cell spanning grid columns keeps the columns to its right
		// aligned with the header.
		tb.row = append(tb.row, "")
		tb.cols = append(tb.cols, tb.col+i)
	}
	tb.col += tb.span
	tb.open = false
}

// colsOf returns the grid columns of the cells of row i.
func (tb *wordTable) colsOf(i int) []int {
	if i < len(tb.rowCols) {
		return tb.rowCols[i]
	}
	return nil
}

// endTable renders a closed table: a top-level one as one line per row,
// a nested one into the cell that holds it.
func (r *wordReader) endTable() {
	n := len(r.tables)
	if n == 0 {
		return
	}
	tb := r.tables[n-1]
	r.tables = r.tables[:n-1]
	if outer := r.table(); outer != nil && outer.open {
		// A table inside a cell reads as that cell's words.
		for _, row := range tb.rows {
			for _, c := range row {
				if c = strings.TrimSpace(c); c != "" {
					if outer.cell.Len() > 0 {
						outer.cell.WriteByte(' ')
					}
					outer.cell.WriteString(c)
				}
			}
		}
		return
	}
	for _, row := range tb.rows {
		if line := tableRow(row); line != "" {
			r.lines = append(r.lines, outlineLine{text: line, level: -1})
		}
	}
}

// tableRow renders one row the way Markdown writes tables, "| a | b |", so
// that columns stay columns in the text, a row never looks like a numbered
// heading, and internal/plan can read task tables back. Empty rows vanish.
func tableRow(cells []string) string {
	empty := true
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			empty = false
		}
	}
	if empty {
		return ""
	}
	var b strings.Builder
	b.WriteString("|")
	for _, c := range cells {
		b.WriteString(" ")
		b.WriteString(strings.TrimSpace(c))
		b.WriteString(" |")
	}
	return b.String()
}

// limitedReader is io.LimitReader that fails loudly instead of reporting a
// silent EOF, so a truncated document is never mistaken for a complete one.
type limitedReader struct {
	r io.Reader
	n int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n <= 0 {
		return 0, errXMLTooLarge
	}
	if int64(len(p)) > l.n {
		p = p[:l.n]
	}
	n, err := l.r.Read(p)
	l.n -= int64(n)
	return n, err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// docxText reads a bare document.xml stream (without the package's styles,
// numbering or notes) into text, refusing more than maxText bytes of it.
func docxText(in io.Reader, maxText int) (string, error) {
	r := &wordReader{maxText: maxText}
	if err := r.read(in); err != nil {
		return "", err
	}
	text, _ := joinOutlineLines(r.lines)
	return text, nil
}
