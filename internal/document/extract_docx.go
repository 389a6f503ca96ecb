package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
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

// extractDOCX returns the text of a Word 2007+ document: one line per
// paragraph (table cells hold paragraphs, so each cell becomes its own line),
// w:tab as a tab and w:br as a line break.
func extractDOCX(data []byte) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("不是有效的 DOCX(zip)文件: %v: %w", err, ErrCorrupt)
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
		return "", fmt.Errorf("DOCX 中缺少 %s: %w", name, ErrCorrupt)
	}
	rc, err := part.Open()
	if err != nil {
		return "", fmt.Errorf("无法打开 %s: %v: %w", name, err, ErrCorrupt)
	}
	defer rc.Close()

	text, err := docxText(&limitedReader{r: rc, n: maxDOCXXML}, docxTextLimit(part.CompressedSize64))
	switch {
	case errors.Is(err, ErrTooLarge):
		return "", err
	case errors.Is(err, errXMLTooLarge):
		return "", fmt.Errorf("%v: %w", err, ErrTooLarge)
	case err != nil:
		return "", fmt.Errorf("%s 解析失败: %v: %w", name, err, ErrCorrupt)
	}
	return text, nil
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

// docxText streams WordprocessingML and collects paragraph text, refusing
// more than maxText bytes of it.
//
// Elements are matched by local name only, so both the transitional and the
// strict OOXML namespaces work. Paragraphs can nest (a text box inside a
// paragraph holds its own paragraphs), hence the stack. The mc:Fallback
// branch of mc:AlternateContent repeats the mc:Choice content for old
// readers and is skipped to avoid duplicated text.
func docxText(r io.Reader, maxText int) (string, error) {
	xmlRead := &countingReader{r: r}
	dec := xml.NewDecoder(xmlRead)
	var (
		lines    []string
		paras    []*strings.Builder // open paragraphs, innermost last
		inText   bool               // inside <w:t>
		skipDeep int                // >0 while inside an ignored subtree
	)
	// emit keeps tabs inside a line (the caller may want table-like
	// alignment) but trims the full-width indentation of Chinese paragraphs
	// so headings such as "一、" start the line.
	emit := func(s string) {
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	// size counts the text kept so far, so that a document whose text would
	// pass MaxTextSize is refused as soon as it does, not after its XML has
	// been read to the end and every line kept.
	size := 0
	write := func(s string) {
		if len(paras) == 0 {
			return // text outside any paragraph is not document text
		}
		size += len(s)
		paras[len(paras)-1].WriteString(s)
	}
	for {
		if size > maxText {
			if maxText < MaxTextSize {
				return "", fmt.Errorf("文字量超过压缩后大小的 %d 倍(已读 %.1f MB 文字),可能是压缩炸弹: %w", maxTextRatio, float64(size)/(1<<20), ErrTooLarge)
			}
			return "", errTextTooLarge(size)
		}
		if n := xmlRead.n; n > markupCheckAfter && int64(size)*maxMarkupRatio < n {
			return "", fmt.Errorf("document.xml 几乎全是标记(已读 %d MB,只有 %d KB 文字),可能是压缩炸弹: %w", n>>20, size>>10, ErrTooLarge)
		}
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipDeep > 0 {
				skipDeep++
				continue
			}
			switch t.Name.Local {
			case "Fallback", "instrText", "delText", "rt",
				// Property elements: w:pPr contains w:tabs/w:tab tab-stop
				// definitions, which must not become tab characters.
				"pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid":
				skipDeep = 1
			case "p":
				paras = append(paras, &strings.Builder{})
			case "t":
				inText = true
			case "tab", "ptab":
				write("\t")
			case "br", "cr":
				write("\n")
			case "noBreakHyphen":
				write("-")
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
				if n := len(paras); n > 0 {
					emit(paras[n-1].String())
					paras = paras[:n-1]
				}
			}
		case xml.CharData:
			if inText && skipDeep == 0 {
				write(string(t))
			}
		}
	}
	return strings.Join(lines, "\n"), nil
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
