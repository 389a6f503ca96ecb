package document

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// pdftotextTimeout bounds one pdftotext run; a pathological PDF must not hang
// an indexing batch.
const pdftotextTimeout = 60 * time.Second

// errNoTextLayer is the message for PDFs that parse but contain no text.
var errNoTextLayer = fmt.Errorf("PDF 中没有可提取的文字(可能是扫描件无文字层,需要先 OCR): %w", ErrEmpty)

// extractPDF prefers poppler's pdftotext, which copes with far more real-world
// PDFs (CID fonts, broken xref tables, object streams) than any pure-Go
// reader, and falls back to github.com/ledongthuc/pdf when it is absent so the
// tool still works from a bare `go install`. Pages without a text layer
// (scans) are recognised with tesseract when it is installed; read is then
// "ocr".
func extractPDF(data []byte) (text, read string, err error) {
	exe, err := exec.LookPath("pdftotext")
	if err != nil {
		text, err = extractPDFGo(data)
		if errors.Is(err, errNoTextLayer) {
			return ocrPDF(data, nil)
		}
		return text, "", err
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdftotextTimeout)
	defer cancel()
	pages, perr := extractPDFPoppler(ctx, exe, data)
	if perr == nil {
		var blank []int
		for i, p := range pages {
			if strings.TrimSpace(p) == "" {
				blank = append(blank, i)
			}
		}
		if len(blank) == 0 {
			return joinPages(pages), "", nil
		}
		if len(blank) == len(pages) || textRunes(pages) < 20*(len(pages)-len(blank)) {
			// A scan, perhaps with a stray page number in a text layer.
			return ocrPDF(data, pages)
		}
		// A born-digital PDF with a few image pages (a scanned
		// signature page, a photo): their text is not worth an OCR
		// pass that would mark the whole document as recognised.
		return joinPages(pages), "", nil
	}
	if ctx.Err() != nil || errors.Is(perr, ErrTooLarge) {
		return "", "", perr
	}
	if text, err := extractPDFGo(data); err == nil {
		return text, "", nil
	}
	return "", "", perr // poppler's diagnosis is the more useful one
}

func joinPages(pages []string) string {
	var parts []string
	for _, p := range pages {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n")
}

func textRunes(pages []string) int {
	n := 0
	for _, p := range pages {
		n += utf8.RuneCountInString(strings.TrimSpace(p))
	}
	return n
}

// extractPDFPoppler runs `pdftotext -layout -enc UTF-8 file -` and returns
// the cleaned text of each page. pdftotext cannot read a PDF from stdin (it
// needs to seek), hence the temp file.
func extractPDFPoppler(ctx context.Context, exe string, data []byte) ([]string, error) {
	f, err := os.CreateTemp("", "gongwen-*.pdf")
	if err != nil {
		return nil, fmt.Errorf("无法创建临时文件: %v: %w", err, ErrCorrupt)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return nil, fmt.Errorf("无法写入临时文件: %v: %w", err, ErrCorrupt)
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("无法写入临时文件: %v: %w", err, ErrCorrupt)
	}

	var stderr bytes.Buffer
	// -layout pads with spaces, which cleanPDFText collapses: allow for
	// them before refusing what would still be too much text.
	stdout := cappedBuffer{max: 4 * MaxTextSize}
	cmd := exec.CommandContext(ctx, exe, "-layout", "-enc", "UTF-8", f.Name(), "-")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 5 * time.Second // don't wait forever on orphaned pipes after a kill
	if err := cmd.Run(); err != nil {
		if stdout.over {
			return nil, errTextTooLarge(stdout.Len())
		}
		if ctx.Err() != nil {
			return nil, fmt.Errorf("pdftotext 超时(%v): %w", pdftotextTimeout, ErrCorrupt)
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("pdftotext: %s: %w", firstLine(msg), ErrCorrupt)
	}
	raw := strings.Split(strings.ToValidUTF8(stdout.String(), "\uFFFD"), "\f")
	if len(raw) > 1 && strings.TrimSpace(raw[len(raw)-1]) == "" {
		raw = raw[:len(raw)-1] // pdftotext ends every page with a form feed
	}
	pages := make([]string, len(raw))
	for i, p := range raw {
		pages[i] = cleanPDFText(p)
	}
	return pages, nil
}

// cleanPDFText turns page breaks into line breaks, trims and collapses the
// padding that -layout adds, and removes the spaces that justified Chinese
// lines get between glyphs.
func cleanPDFText(s string) string {
	s = strings.ReplaceAll(s, "\f", "\n")
	lines := cleanLines(s)
	for i, l := range lines {
		lines[i] = joinCJKSpaces(l)
	}
	return strings.Join(lines, "\n")
}

// cappedBuffer is a bytes.Buffer that refuses to grow past max, so a PDF
// whose streams inflate to gigabytes of text stops pdftotext early (its
// writes fail) instead of filling memory.
type cappedBuffer struct {
	bytes.Buffer
	max  int
	over bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if b.Len()+len(p) > b.max {
		b.over = true
		return 0, ErrTooLarge
	}
	return b.Buffer.Write(p)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// extractPDFGo extracts text with the pure-Go reader. The library reports
// most parse errors by panicking, so every entry point is guarded.
func extractPDFGo(data []byte) (text string, err error) {
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("PDF 解析失败: %v: %w", r, ErrCorrupt)
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", fmt.Errorf("PDF 解析失败: %v: %w", err, ErrCorrupt)
	}
	n := r.NumPage()
	if n <= 0 {
		return "", fmt.Errorf("PDF 中没有页面: %w", ErrCorrupt)
	}
	var (
		lines  []string
		failed int
		pages  int
	)
	for i := 1; i <= n; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			break // a bogus /Count; pages are numbered contiguously
		}
		pages++
		pl, err := pageLines(p)
		if err != nil {
			failed++ // keep the readable pages of a partly damaged file
			continue
		}
		lines = append(lines, pl...)
	}
	if len(lines) == 0 {
		if pages == 0 || failed == pages {
			return "", fmt.Errorf("PDF 页面内容无法解析: %w", ErrCorrupt)
		}
		return "", errNoTextLayer
	}
	return strings.Join(lines, "\n"), nil
}

// glyph is one decoded character placed on the page.
type glyph struct {
	x, y, w, size float64
	s             string
	seq           int // position in the content stream
}

// lineTolerance is how far (in points) the baselines of two glyphs may differ
// while still belonging to the same line: enough for mixed fonts and rounding,
// far less than any line spacing.
const lineTolerance = 2.0

// pageLines rebuilds the lines of one page from positioned glyphs.
//
// Page.GetPlainText concatenates text runs in content-stream order, which
// glues consecutive lines together ("...建设年度报告一、总体要求"). Grouping by
// baseline keeps lines apart; joinGlyphs then fixes producers that emit a
// line in pieces out of order.
func pageLines(p pdf.Page) (lines []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("%v", r)
		}
	}()
	var gs []glyph
	for i, t := range p.Content().Text {
		// Content appends a synthetic "\n" after each TJ array, which comes
		// out as U+FFFD with two-byte CID fonts; neither is page text.
		if t.S == "" || strings.ContainsFunc(t.S, func(r rune) bool {
			return r == unicode.ReplacementChar || (unicode.IsControl(r) && r != '\t')
		}) {
			continue
		}
		gs = append(gs, glyph{x: t.X, y: t.Y, w: t.W, size: t.FontSize, s: t.S, seq: i})
	}
	if len(gs) == 0 {
		return nil, nil
	}

	// Top of the page first (PDF y grows upwards); content order on ties.
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].y > gs[j].y })
	for start := 0; start < len(gs); {
		end := start + 1
		for end < len(gs) && gs[start].y-gs[end].y <= lineTolerance {
			end++
		}
		if l := joinGlyphs(gs[start:end]); l != "" {
			lines = append(lines, l)
		}
		start = end
	}
	return lines, nil
}

// joinGlyphs orders one line's glyphs left to right and concatenates them.
//
// Sorting individual glyphs by x is wrong when the font's widths are unknown
// to the reader (typical for CID fonts, whose /W array ledongthuc/pdf
// ignores): every glyph of a show operation then gets the same x, and a
// positive TJ kerning value moves the rest of the string left of its start.
// So glyphs are kept in stream order within runs, a new run starting only
// where the pen jumps back left by more than half an em (a separately
// positioned piece of text), and whole runs are sorted by x.
//
// A visible horizontal gap becomes a space, but only where the widths are
// known and not between Chinese characters, which are never space-separated.
func joinGlyphs(gs []glyph) string {
	sort.Slice(gs, func(i, j int) bool { return gs[i].seq < gs[j].seq })
	var runs [][]glyph
	for i, g := range gs {
		if i == 0 || g.x < gs[i-1].x-0.5*max(gs[i-1].size, 1) {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], g)
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i][0].x < runs[j][0].x })

	var b strings.Builder
	var prev *glyph
	for _, run := range runs {
		for i := range run {
			g := &run[i]
			if prev != nil && prev.w > 0 && g.x-(prev.x+prev.w) > 0.25*max(prev.size, 1) &&
				!endsWithSpace(prev.s) && !strings.HasPrefix(g.s, " ") &&
				!(isCJK(lastRune(prev.s)) && isCJK(firstRune(g.s))) {
				b.WriteByte(' ')
			}
			b.WriteString(g.s)
			prev = g
		}
	}
	return joinCJKSpaces(collapseSpaces(b.String()))
}

func endsWithSpace(s string) bool { return strings.HasSuffix(s, " ") }

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
