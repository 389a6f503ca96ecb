package outline

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Layout is what makes the DOCX a 公文 rather than a list: whom it is
// sent to, who signs it and when.
type Layout struct {
	// To is the 主送机关 ("区人民政府"); empty: the 主送 of the office's
	// latest report, else DefaultAddressee of the office.
	To string
	// Signer is the 落款; empty: the office (Outline.Org).
	Signer string
	// Date is the 成文日期; zero: today.
	Date time.Time
}

// DOCX writes the outline as a Word document in the layout of GB/T 9704
// 公文 with the default addressee, the office as signer and today's date.
func DOCX(o *Outline) ([]byte, error) { return DOCXLayout(o, Layout{}) }

// DOCXLayout writes the outline as a Word document: the minimal OOXML
// package (content types, relationships, document, styles, settings,
// footers, core properties) by hand, so it needs no template file and
// opens in Word, WPS and LibreOffice. The page is a 公文's: A4, the GB/T
// 9704 margins, a grid of 22 lines of 28 characters, 主送机关 under the
// title, 落款 and 成文日期 after the body, page numbers "— 1 —" in 4号
// 宋体 at the right of odd pages and the left of even ones. Headings use
// the built-in Heading 1–3 styles (so the navigation pane and a table of
// contents work) in 黑体, 楷体 and 仿宋. Citations are superscript [n],
// placeholders highlighted, text carried from earlier reports grey; the
// sources, the drafting note and the 事实依据表 follow on pages of their
// own after the date.
func DOCXLayout(o *Outline, l Layout) ([]byte, error) {
	if l.To == "" {
		l.To = o.Addressee
	}
	if l.To == "" {
		l.To = DefaultAddressee(o.Org)
	}
	if l.Signer == "" {
		l.Signer = o.Org
	}
	if l.Date.IsZero() {
		l.Date = time.Now()
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(o)},
		{"word/document.xml", docxDocument(o, l)},
		{"word/styles.xml", docxStyles},
		{"word/settings.xml", docxSettings},
		{"word/footer1.xml", docxFooter("right")},
		{"word/footer2.xml", docxFooter("left")},
		{"word/_rels/document.xml.rels", docxDocRels},
	}
	// A fixed time keeps the bytes reproducible for the same outline.
	mod := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// GongwenDate writes a date as a 成文日期: 2025年1月20日.
func GongwenDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

var addresseePlaceRe = regexp.MustCompile(`^\p{Han}{1,8}?(省|自治区|市|自治州|州|区|县|旗|镇|乡|街道)`)

// DefaultAddressee is whom an office's annual report goes to: a department
// reports to the government of its own level (清城区民政局 → 区人民政府), a
// government to the one above it (石潭镇人民政府 → 区人民政府).
func DefaultAddressee(org string) string {
	s := strings.TrimSpace(org)
	var levels []string
	for len(levels) < 5 {
		m := addresseePlaceRe.FindStringSubmatch(s)
		if m == nil || m[0] == s {
			break
		}
		levels = append(levels, m[1])
		s = s[len(m[0]):]
	}
	if len(levels) == 0 {
		return "本级人民政府"
	}
	level := levels[len(levels)-1]
	if containsAny(s, "人民政府", "政府", "办事处") {
		if len(levels) < 2 {
			return "上级人民政府"
		}
		level = levels[len(levels)-2]
	}
	if level == "街道" {
		return "区人民政府"
	}
	return level + "人民政府"
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`

const docxDocRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
</Relationships>`

// docxSettings turns on different footers for odd and even pages, where
// a 公文's page numbers go right and left, and keeps punctuation a full
// character wide (no compression), so that every full-width character
// takes one of the 28 places of a line.
const docxSettings = xmlHeader + `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// docxFooter is a page-number footer: "— 1 —" in 4号 (14 pt) 宋体 with
// half-width digits, one character in from the side it sits on (the
// paragraph's own first-line indent cleared: Normal's two characters
// would push an even page's number in by three).
func docxFooter(side string) string {
	ind := `<w:ind w:right="280" w:firstLineChars="0" w:firstLine="0"/>`
	if side == "left" {
		ind = `<w:ind w:left="280" w:firstLineChars="0" w:firstLine="0"/>`
	}
	rpr := `<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:spacing w:val="0"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>`
	r := func(t string) string { return `<w:r>` + rpr + `<w:t xml:space="preserve">` + t + `</w:t></w:r>` }
	return xmlHeader + `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:spacing w:line="240" w:lineRule="auto"/>` + ind + `<w:jc w:val="` + side + `"/></w:pPr>` +
		r("— ") +
		`<w:r>` + rpr + `<w:fldChar w:fldCharType="begin"/></w:r><w:r>` + rpr + `<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>` + rpr + `<w:fldChar w:fldCharType="separate"/></w:r>` + r("1") + `<w:r>` + rpr + `<w:fldChar w:fldCharType="end"/></w:r>` +
		r(" —") + `</w:p></w:ftr>`
}

// Fonts of GB/T 9704 official documents; Word and WPS substitute
// installed fonts when these are missing.
const (
	fontBody    = "仿宋_GB2312"
	fontHeading = "黑体"
	fontSub     = "楷体_GB2312"
	fontTitle   = "方正小标宋简体"
)

func rFonts(eastAsia string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman" w:hint="eastAsia"/>`, eastAsia)
}

// Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt. The space Word
// adds between Chinese and Latin letters or digits is off (autoSpaceDE,
// autoSpaceDN), as in 公文 templates, so digits keep to the grid; text is
// not snapped to a character grid (see the sectPr in docxDocument).
var docxStyles = xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr>` + rFonts(fontBody) + `<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:spacing w:after="0" w:line="579" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr><w:rPr>` + rFonts(fontBody) + `<w:spacing w:val="-5"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="579" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr>` + rFonts(fontTitle) + `<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>` + rFonts(fontSub) + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>` + rFonts(fontHeading) + `<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>` + rFonts(fontSub) + `<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr>` + rFonts(fontBody) + `<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Addressee"><w:name w:val="Addressee"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:right="630" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Date"><w:name w:val="Date"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:right="630" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Draft"><w:name w:val="Draft"/><w:basedOn w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="table" w:styleId="EvidenceTable"><w:name w:val="Evidence Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="300" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:left="480" w:hanging="480" w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
</w:styles>`

func docxCore(o *Outline) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString("<dc:title>" + esc(o.Title) + "</dc:title>")
	if o.Topic != "" {
		b.WriteString("<dc:subject>" + esc(o.Topic) + "</dc:subject>")
	}
	b.WriteString("<dc:creator>gongwen</dc:creator></cp:coreProperties>")
	return b.String()
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// style of a run of text.
type style struct{ sup, mark, bold, grey bool }

// run is one w:r: superscript for citation marks, highlight for
// placeholders, grey for text carried from earlier reports.
func run(text string, st style) string {
	if text == "" {
		return ""
	}
	var rpr string
	if st.bold {
		rpr += "<w:b/><w:bCs/>"
	}
	if st.grey {
		rpr += `<w:color w:val="808080"/>`
	}
	if st.mark {
		rpr += `<w:highlight w:val="yellow"/>`
	}
	if st.sup {
		rpr += `<w:vertAlign w:val="superscript"/>`
	}
	if rpr != "" {
		rpr = "<w:rPr>" + rpr + "</w:rPr>"
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

func plainRun(text string) string { return run(text, style{}) }

var (
	placeholderRe = regexp.MustCompile(`【待补充[^】]*】`)
	citeMarkRe    = regexp.MustCompile(`\[\d+\]`)
	priorTagRe    = regexp.MustCompile(`（\d{4}年情况，供参考）`)
)

// runs splits a bullet into runs: [n] superscript, 【待补充…】 highlighted;
// with grey set (text of an earlier year, or a reference block) the words
// are grey.
func runs(text string, grey bool) string {
	var b strings.Builder
	plain := func(s string, mark bool) {
		last := 0
		for _, loc := range citeMarkRe.FindAllStringIndex(s, -1) {
			b.WriteString(run(s[last:loc[0]], style{mark: mark, grey: grey && !mark}))
			b.WriteString(run(s[loc[0]:loc[1]], style{sup: true, mark: mark}))
			last = loc[1]
		}
		b.WriteString(run(s[last:], style{mark: mark, grey: grey && !mark}))
	}
	last := 0
	for _, loc := range placeholderRe.FindAllStringIndex(text, -1) {
		plain(text[last:loc[0]], false)
		plain(text[loc[0]:loc[1]], true)
		last = loc[1]
	}
	plain(text[last:], false)
	return b.String()
}

func para(pstyle, body string) string {
	p := "<w:p>"
	if pstyle != "" {
		p += `<w:pPr><w:pStyle w:val="` + pstyle + `"/></w:pPr>`
	}
	return p + body + "</w:p>\n"
}

// paraAt is a paragraph of a style aligned to one side: jc "right" with
// a right indent, "left" with a left indent (twips).
func paraAt(pstyle, jc string, indent int, body string) string {
	left, right := 0, indent
	if jc == "left" {
		left, right = indent, 0
	}
	return fmt.Sprintf(`<w:p><w:pPr><w:pStyle w:val="%s"/><w:ind w:left="%d" w:right="%d" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="%s"/></w:pPr>`, pstyle, left, right, jc) + body + "</w:p>\n"
}

// Widths on the body's grid, in twips: the 156 mm line, a 16 pt
// full-width character condensed by 0.25 pt, and a half-width digit or
// letter (Times New Roman, condensed alike).
const (
	gridLine = 8845
	gridChar = 315
	gridHalf = 155
)

// gridWidth is how wide text sets in the body's font.
func gridWidth(s string) int {
	w := 0
	for _, r := range s {
		if r < 0x2E80 {
			w += gridHalf
		} else {
			w += gridChar
		}
	}
	return w
}

// signatureParas sets 落款 and 成文日期 as GB/T 9704-2012 (7.3.5.2) does
// for a 公文 without a seal: the office two characters in from the right,
// the date on the next line starting two characters right of the office's
// first character; when the date is too long for that, it stays two in
// from the right and the office moves left to start two characters before
// it. The side that the rule measures from is the side each line is
// aligned to, so a renderer's own spacing of digits (LibreOffice adds
// space between Chinese and digits whatever the document says) cannot
// move the other line off the two-character step.
func signatureParas(signer, date string) string {
	sw, dw := gridWidth(signer), gridWidth(date)
	if sw-2*gridChar-dw >= 0 {
		return paraAt("Signature", "right", 2*gridChar, plainRun(signer)) +
			paraAt("Date", "left", gridLine-sw, plainRun(date))
	}
	return paraAt("Signature", "left", max(gridLine-4*gridChar-dw, 0), plainRun(signer)) +
		paraAt("Date", "right", 2*gridChar, plainRun(date))
}

// titleMaxWidth is how much of a title fits on one line: 156 mm of 2号
// (22 pt) characters.
const titleMaxWidth = 20 * 440

// titleRuns sets the title, breaking a long one after the office's name
// (清远市清城区民政局 / 2025年法治政府建设年度报告提纲) rather than wherever
// the line runs out (…建设年 / 度报告…), as GB/T 9704 asks a title's
// lines to keep words whole.
func titleRuns(title, org string) string {
	width := func(s string) int { return gridWidth(s) * 440 / gridChar }
	if width(title) <= titleMaxWidth || org == "" || !strings.HasPrefix(title, org) {
		return plainRun(title)
	}
	rest := strings.TrimPrefix(title, org)
	if rest == "" || width(org) > titleMaxWidth || width(rest) > titleMaxWidth {
		return plainRun(title)
	}
	return plainRun(org) + `<w:r><w:br/></w:r>` + plainRun(rest)
}

const pageBreak = `<w:p><w:r><w:br w:type="page"/></w:r></w:p>` + "\n"

func docxDocument(o *Outline, l Layout) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` + "\n")
	b.WriteString(para("Title", titleRuns(o.Title, o.Org)))
	b.WriteString(para("Addressee", plainRun(strings.TrimRight(l.To, ":：")+"：")))
	var walk func(ss []Section, grey bool)
	walk = func(ss []Section, grey bool) {
		for _, s := range ss {
			grey := grey || s.Reference
			style := fmt.Sprintf("Heading%d", min(max(s.Level, 1), 3))
			b.WriteString(para(style, plainRun(s.Number+s.Title)))
			for i, bl := range s.Bullets {
				b.WriteString(para("", plainRun(fmt.Sprintf("%d.", i+1))+runs(bl.Text, grey || priorTagRe.MatchString(bl.Text))))
				if bl.Draft != "" {
					b.WriteString(para("Draft", runs(bl.Draft, false)))
				}
			}
			walk(s.Children, grey)
		}
	}
	// The report's parts, then 落款 and 成文日期; reference blocks are not
	// part of what is sent up and follow on pages of their own.
	var body, ref []Section
	for _, s := range o.Sections {
		if s.Reference {
			ref = append(ref, s)
		} else {
			body = append(body, s)
		}
	}
	walk(body, false)
	b.WriteString(para("", ""))
	b.WriteString(signatureParas(l.Signer, GongwenDate(l.Date)))

	// What a reviewer needs and the report does not: on pages of their own.
	b.WriteString(pageBreak)
	walk(ref, true)
	b.WriteString(para("Heading1", plainRun("起草说明")))
	meta := fmt.Sprintf("年度：%d；起草：%s", o.Year, modeText(o.Mode))
	if o.Topic != "" {
		meta = "主题：" + o.Topic + "；" + meta
	}
	b.WriteString(para("", plainRun(meta+"。黄色底纹为待补充的内容，灰色文字为往年情况或其他单位材料，仅供参考。")))
	if o.Note != "" {
		b.WriteString(para("", plainRun("说明："+o.Note)))
	}
	if len(o.Citations) > 0 {
		b.WriteString(para("Heading1", plainRun("参考来源")))
		for _, c := range o.Citations {
			b.WriteString(para("Source", plainRun(fmt.Sprintf("[%d] ", c.N))+
				run(sourceLine(c), style{bold: true})+
				plainRun("：“"+c.Text+"”")))
		}
	}
	if len(o.Evidence) > 0 {
		b.WriteString(pageBreak)
		b.WriteString(para("Heading1", plainRun("事实依据表")))
		b.WriteString(evidenceTable(o.Evidence))
	}
	// A4 with the GB/T 9704 margins (top 37 mm, bottom 35 mm, left 28 mm,
	// right 26 mm: a 版心 of 156 × 225 mm) and its 22 × 28 grid, made of
	// exact metrics rather than of Word's character grid: lines exactly
	// 28.95 pt apart on a line grid of the same pitch (22 fill 225 mm), and
	// 16 pt characters condensed by 0.25 pt (the Normal style) so that 28
	// fill 156 mm. Word would say the same with docGrid linesAndChars and
	// charSpace -842 (a 15.79 pt pitch), but LibreOffice 7.4 gives every
	// 16 pt character two cells of a pitch narrower than it — 14 to a line,
	// measured — and with snapToGrid off it sets 27. The footer sits so
	// that the page number's dashes are 7 mm below the 版心.
	b.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rId3"/><w:footerReference w:type="even" r:id="rId4"/>` +
		`<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="1440" w:gutter="0"/>` +
		`<w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`)
	b.WriteString("</w:body></w:document>")
	return b.String()
}

// evidenceTable is the 事实依据表 as a Word table.
func evidenceTable(rows []EvidenceRow) string {
	var b strings.Builder
	widths := []int{1700, 1400, 1300, 2400, 1000, 800}
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="EvidenceTable"/><w:tblW w:w="8600" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	row := func(cells []string, head bool) {
		b.WriteString(`<w:tr>`)
		if head {
			b.WriteString(`<w:trPr><w:tblHeader/></w:trPr>`)
		}
		for i, c := range cells {
			fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, widths[i])
			b.WriteString(`<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr>` + run(c, style{bold: head}) + `</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	row(evidenceHeader, true)
	for _, r := range rows {
		row(r.cells(), false)
	}
	b.WriteString("</w:tbl>\n")
	return b.String()
}
