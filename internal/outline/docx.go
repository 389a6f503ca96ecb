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

// DOCX writes the outline as a Word document: the minimal OOXML package
// (content types, relationships, document, styles, core properties) by
// hand, so it needs no template file and opens in Word, WPS and LibreOffice.
// Headings use the built-in Heading 1–3 styles (so the navigation pane and
// a table of contents work) in the fonts of official documents: 黑体 for 一、,
// 楷体 for (一), 仿宋 for the text. Citations become superscript [n] with the
// sources listed under 参考来源 at the end; placeholders are highlighted.
func DOCX(o *Outline) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(o)},
		{"word/document.xml", docxDocument(o)},
		{"word/styles.xml", docxStyles},
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

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

const docxContentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`

const docxRootRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`

const docxDocRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`

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

// Sizes in half-points: 二号 22pt, 三号 16pt, 小四 12pt.
var docxStyles = xmlHeader + `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults>
<w:rPrDefault><w:rPr>` + rFonts(fontBody) + `<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr>` + rFonts(fontTitle) + `<w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr>` + rFonts(fontSub) + `</w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>` + rFonts(fontHeading) + `<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>` + rFonts(fontSub) + `<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr>` + rFonts(fontBody) + `<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Source"><w:name w:val="Source"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:line="400" w:lineRule="exact"/><w:ind w:left="480" w:hanging="480" w:firstLineChars="0" w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
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

// run is one w:r; superscript for citation marks, highlight for placeholders.
func run(text string, sup, mark, bold bool) string {
	if text == "" {
		return ""
	}
	var rpr string
	if bold {
		rpr += "<w:b/><w:bCs/>"
	}
	if mark {
		rpr += `<w:highlight w:val="yellow"/>`
	}
	if sup {
		rpr += `<w:vertAlign w:val="superscript"/>`
	}
	if rpr != "" {
		rpr = "<w:rPr>" + rpr + "</w:rPr>"
	}
	return `<w:r>` + rpr + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

var (
	placeholderRe = regexp.MustCompile(`【待补充[^】]*】`)
	citeMarkRe    = regexp.MustCompile(`\[\d+\]`)
)

// runs splits a bullet into runs: [n] superscript, 【待补充…】 highlighted.
func runs(text string) string {
	var b strings.Builder
	plain := func(s string, mark bool) {
		last := 0
		for _, loc := range citeMarkRe.FindAllStringIndex(s, -1) {
			b.WriteString(run(s[last:loc[0]], false, mark, false))
			b.WriteString(run(s[loc[0]:loc[1]], true, mark, false))
			last = loc[1]
		}
		b.WriteString(run(s[last:], false, mark, false))
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

func para(style, body string) string {
	p := "<w:p>"
	if style != "" {
		p += `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return p + body + "</w:p>\n"
}

func docxDocument(o *Outline) string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + "\n")
	b.WriteString(para("Title", run(o.Title, false, false, false)))
	meta := fmt.Sprintf("年度：%d · 起草：%s", o.Year, modeText(o.Mode))
	if o.Topic != "" {
		meta = "主题：" + o.Topic + " · " + meta
	}
	b.WriteString(para("Subtitle", run(meta, false, false, false)))
	if o.Note != "" {
		b.WriteString(para("", run("说明："+o.Note, false, false, false)))
	}
	var walk func(ss []Section)
	walk = func(ss []Section) {
		for _, s := range ss {
			style := fmt.Sprintf("Heading%d", min(max(s.Level, 1), 3))
			b.WriteString(para(style, run(s.Number+s.Title, false, false, false)))
			for i, bl := range s.Bullets {
				b.WriteString(para("", run(fmt.Sprintf("%d.", i+1), false, false, false)+runs(bl.Text)))
			}
			walk(s.Children)
		}
	}
	walk(o.Sections)
	if len(o.Citations) > 0 {
		b.WriteString(para("Heading1", run("参考来源", false, false, false)))
		for _, c := range o.Citations {
			b.WriteString(para("Source", run(fmt.Sprintf("[%d] ", c.N), false, false, false)+
				run(sourceLine(c), false, false, true)+
				run(":“"+c.Text+"”", false, false, false)))
		}
	}
	// A4 with the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
	b.WriteString(`<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`)
	b.WriteString("</w:body></w:document>")
	return b.String()
}
