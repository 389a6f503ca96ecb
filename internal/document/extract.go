package document

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// MaxFileSize is the largest file Extract accepts.
const MaxFileSize = 20 << 20

// MaxTextSize is the most text Extract returns for one file. Compressed
// formats (DOCX, PDF) can hold far more text than their size: a 1.4 MB .docx
// held 300 MB and cost 2.7 GB to index. Formats that inflate check it while
// they stream, so such a file is refused after reading this much, not after
// reading all of it.
const MaxTextSize = MaxFileSize

// minVisibleShare: text of at least minBlankCheck bytes in which fewer than
// one byte in minVisibleShare is visible is refused as blank. Layout from
// pdftotext or indentation is at most a few spaces per character; a million
// newlines around one word only cost time in every later step.
const (
	minVisibleShare = 50
	minBlankCheck   = 64 << 10
)

// Sentinel errors. Extract always wraps exactly one of them, so callers can
// branch with errors.Is and still print the wrapped message as one line.
var (
	ErrUnsupported = errors.New("不支持的文件格式")
	ErrEmpty       = errors.New("文件为空或没有可读文字")
	ErrBinary      = errors.New("文件内容不是文本(可能是二进制或已损坏)")
	ErrTooLarge    = errors.New("文件超过大小上限")
	ErrCorrupt     = errors.New("文件已损坏,无法解析")
	// ErrNeedsTool means the format is read through a program that is not
	// installed; the message names the Debian package to install.
	ErrNeedsTool = errors.New("缺少读取该格式所需的程序")
)

// formats maps a lower-case file extension to the format name Extract reports.
var formats = map[string]string{
	".txt":  "txt",
	".md":   "md",
	".html": "html",
	".htm":  "html",
	".docx": "docx",
	".pdf":  "pdf",
	".xlsx": "xlsx",
	".ofd":  "ofd",
	".doc":  "doc",
	".wps":  "wps",
}

// formatOf returns the format for a file name, or "" when unsupported.
func formatOf(name string) string {
	return formats[strings.ToLower(filepath.Ext(name))]
}

// Supported reports whether the file name has an extension Extract handles.
func Supported(name string) bool {
	return formatOf(name) != ""
}

// Extract returns the UTF-8 text of a file given its name (extension decides
// the format) and bytes. Errors wrap one of the sentinels above.
func Extract(name string, data []byte) (text string, format string, err error) {
	x, err := extract(name, data)
	return x.text, x.format, err
}

// extraction is what a reader gives back: the text, and what it learned
// beyond the text that the structure parser and the metadata need.
type extraction struct {
	text   string
	format string
	// read says how the text was obtained when it was not read from the
	// file's own text: "ocr" for recognised scans, or the converter of a
	// legacy format ("antiword", "catdoc", "soffice").
	read string
	// outline maps the byte offset of a line in text to the outline level
	// (0 = top) the producer gave that paragraph (Word heading styles), so
	// headings without a typed number still become sections.
	outline map[int]int
	// title and created come from the file's own metadata (OFD DocInfo):
	// fallbacks for what the text does not say.
	title, created string
}

func extract(name string, data []byte) (x extraction, err error) {
	x.format = formatOf(name)
	if x.format == "" {
		ext := filepath.Ext(name)
		if ext == "" {
			ext = "(无扩展名)"
		}
		return x, fmt.Errorf("%s: %s: %w", name, ext, ErrUnsupported)
	}
	if len(data) > MaxFileSize {
		return x, fmt.Errorf("%s: %d 字节 > %d 字节: %w", name, len(data), MaxFileSize, ErrTooLarge)
	}
	if len(data) == 0 {
		return x, fmt.Errorf("%s: %w", name, ErrEmpty)
	}

	var lines []outlineLine
	switch x.format {
	case "txt", "md":
		x.text, err = extractPlain(data)
	case "html":
		x.text, err = extractHTML(data)
	case "docx":
		lines, err = extractDOCX(data)
	case "pdf":
		x.text, x.read, err = extractPDF(data)
	case "xlsx":
		lines, err = extractXLSX(data)
	case "ofd":
		var info ofdInfo
		x.text, info, err = extractOFD(data)
		x.title, x.created = strings.TrimSpace(info.Title), strings.TrimSpace(info.CreationDate)
	case "doc", "wps":
		lines, x.read, err = extractLegacyWord(x.format, data)
	}
	if lines != nil {
		x.text, x.outline = joinOutlineLines(lines)
	}
	if err != nil {
		return extraction{format: x.format}, fmt.Errorf("%s: %w", name, err)
	}
	if len(x.text) > MaxTextSize {
		return extraction{format: x.format}, fmt.Errorf("%s: %w", name, errTextTooLarge(len(x.text)))
	}
	if strings.TrimSpace(x.text) == "" {
		return extraction{format: x.format}, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if err := checkNotBlank(x.text); err != nil {
		return extraction{format: x.format}, fmt.Errorf("%s: %w", name, err)
	}
	return x, nil
}

// outlineLine is one line of extracted text with the outline level its
// producer gave it, or -1 for body text.
type outlineLine struct {
	text  string
	level int
}

// joinOutlineLines joins lines into text and records where the headings are.
func joinOutlineLines(lines []outlineLine) (string, map[int]int) {
	var b strings.Builder
	var outline map[int]int
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if l.level >= 0 {
			if outline == nil {
				outline = map[int]int{}
			}
			outline[b.Len()] = l.level
		}
		b.WriteString(l.text)
	}
	return b.String(), outline
}

// errTextTooLarge says that a file's text went past MaxTextSize; n is how
// much had been extracted when that was noticed.
func errTextTooLarge(n int) error {
	return fmt.Errorf("提取出的文字超过 %d MB(已读 %.1f MB),可能是压缩炸弹: %w", MaxTextSize>>20, float64(n)/(1<<20), ErrTooLarge)
}

// checkNotBlank refuses text that is almost all white space.
func checkNotBlank(text string) error {
	if len(text) < minBlankCheck {
		return nil
	}
	visible := 0
	for _, r := range text {
		if !unicode.IsSpace(r) {
			visible += utf8.RuneLen(r)
		}
	}
	if visible*minVisibleShare < len(text) {
		return fmt.Errorf("文件几乎全是空白(%d 字节中只有 %d 字节可见文字): %w", len(text), visible, ErrEmpty)
	}
	return nil
}

// extractPlain decodes a .txt/.md file. Valid UTF-8 input is returned as is
// (apart from BOM removal and line-ending normalisation) because Markdown and
// hand-formatted text depend on their exact whitespace.
func extractPlain(data []byte) (string, error) {
	s, err := decodeText(data)
	if err != nil {
		return "", err
	}
	return normalizeNewlines(s), nil
}

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// decodeText turns raw bytes of a text file into a UTF-8 string.
//
// Order matters: BOMs are authoritative; otherwise valid UTF-8 wins (GBK text
// is practically never valid UTF-8 by accident), and anything else is tried
// as GB18030, the superset of GB2312/GBK that Chinese Windows tools write.
// NUL bytes are checked only after the UTF-16 BOM test, since UTF-16 text is
// full of them.
func decodeText(data []byte) (string, error) {
	switch {
	case bytes.HasPrefix(data, bomUTF8):
		// A BOM promises UTF-8; any invalid bytes are counted by checkText
		// and, if tolerated, replaced so the result is always valid UTF-8.
		s, err := checkText(string(data[len(bomUTF8):]), "UTF-8")
		return strings.ToValidUTF8(s, "\uFFFD"), err
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		// ExpectBOM consumes the BOM and picks the byte order from it.
		s, err := decodeWith(xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM), data)
		if err != nil {
			return "", fmt.Errorf("UTF-16 解码失败: %v: %w", err, ErrBinary)
		}
		return checkText(s, "UTF-16")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", fmt.Errorf("含有 NUL 字节: %w", ErrBinary)
	}
	if utf8.Valid(data) {
		return checkText(string(data), "UTF-8")
	}
	s, err := decodeWith(simplifiedchinese.GB18030, data)
	if err != nil {
		return "", fmt.Errorf("既不是 UTF-8 也不是 GBK/GB18030: %v: %w", err, ErrBinary)
	}
	return checkText(s, "GBK/GB18030")
}

// decodeWith decodes data with enc; undecodable bytes become U+FFFD, which
// checkText then counts.
func decodeWith(enc encoding.Encoding, data []byte) (string, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// checkText rejects decoded text that is mostly garbage: invalid sequences
// (U+FFFD, or invalid UTF-8 after a UTF-8 BOM) and control characters other
// than ordinary whitespace. A handful is tolerated (a truncated last
// character, a stray form feed), a few percent is not: that is what binary
// data looks like after being forced through a text decoder.
func checkText(s, enc string) (string, error) {
	var total, bad int
	for _, r := range s {
		total++
		if isBadRune(r) {
			bad++
		}
	}
	if bad > 0 && bad*20 > total {
		return "", fmt.Errorf("按 %s 解码后 %d/%d 个字符无效: %w", enc, bad, total, ErrBinary)
	}
	return s, nil
}

// isBadRune reports runes that do not occur in real text documents.
func isBadRune(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	case utf8.RuneError:
		return true
	}
	return unicode.IsControl(r) // C0, DEL and C1 controls
}

// normalizeNewlines converts CRLF and lone CR line endings to LF.
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// cleanLines trims every line, collapses runs of white space (including the
// full-width U+3000 and NBSP that Chinese documents indent with) into one
// ASCII space and drops empty lines. Used for formats whose original line
// layout carries no meaning (HTML, DOCX, PDF).
func cleanLines(s string) []string {
	raw := strings.Split(normalizeNewlines(s), "\n")
	lines := raw[:0]
	for _, l := range raw {
		if l = collapseSpaces(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// collapseSpaces trims s and replaces every run of Unicode white space by a
// single ASCII space.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// isCJK reports whether r is a Han character or CJK/full-width punctuation:
// characters between which Chinese text never has a meaningful space.
func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) ||
		(r >= 0x3000 && r <= 0x303F) || // CJK symbols and punctuation
		(r >= 0xFF00 && r <= 0xFFEF) // full-width forms
}

// joinCJKSpaces removes single spaces between two CJK characters. PDF text
// layers and justified layouts often put spaces between every Han glyph
// ("依 法 行 政"), which would break phrase search.
func joinCJKSpaces(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && isCJK(rs[i-1]) && isCJK(rs[i+1]) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
