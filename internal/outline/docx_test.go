package outline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

// docxParts opens a DOCX and returns its parts by name.
func docxParts(t *testing.T, b []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("not a zip archive: %v", err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name] = string(data)
	}
	return parts
}

// paragraphs reads word/document.xml back: each paragraph's style and text.
func paragraphs(t *testing.T, doc string) (styles, texts []string) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(doc))
	var style string
	var text strings.Builder
	inT := false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return styles, texts
		}
		if err != nil {
			t.Fatalf("document.xml is not well-formed: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			switch el.Name.Local {
			case "p":
				style = ""
				text.Reset()
			case "pStyle":
				for _, a := range el.Attr {
					if a.Name.Local == "val" {
						style = a.Value
					}
				}
			case "t":
				inT = true
			}
		case xml.EndElement:
			switch el.Name.Local {
			case "p":
				styles = append(styles, style)
				texts = append(texts, text.String())
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				text.Write(el)
			}
		}
	}
}

func TestDOCX(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			o := build(t, tc.section)
			b, err := DOCXLayout(o, Layout{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.Local)})
			if err != nil {
				t.Fatal(err)
			}
			parts := docxParts(t, b)
			for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/footer2.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
				body, ok := parts[name]
				if !ok {
					t.Fatalf("part %s missing", name)
				}
				if err := xml.Unmarshal([]byte(body), new(struct{})); err != nil {
					t.Errorf("%s is not well-formed XML: %v", name, err)
				}
			}
			styles := parts["word/styles.xml"]
			for _, want := range []string{`w:styleId="Heading1"`, `w:styleId="Heading2"`, `w:styleId="Heading3"`, `<w:name w:val="heading 1"/>`, `w:eastAsia="黑体"`, `w:eastAsia="仿宋_GB2312"`, `w:eastAsia="楷体_GB2312"`} {
				if !strings.Contains(styles, want) {
					t.Errorf("styles.xml lacks %s", want)
				}
			}
			if !strings.Contains(parts["word/_rels/document.xml.rels"], `Target="styles.xml"`) {
				t.Error("document relationships do not reach styles.xml")
			}
			ps, texts := paragraphs(t, parts["word/document.xml"])
			// Title, 主送机关, the body's headings and points in order with
			// their heading styles, 落款 and 成文日期; then the drafting
			// note and 参考来源 with one paragraph per citation.
			want := []string{o.Title, "区人民政府："}
			wantStyles := []string{"Title", "Addressee"}
			var body, ref []Section
			for _, s := range o.Sections {
				if s.Reference {
					ref = append(ref, s)
				} else {
					body = append(body, s)
				}
			}
			add := func(s Section) {
				want = append(want, s.Number+s.Title)
				wantStyles = append(wantStyles, "Heading"+strconv.Itoa(s.Level))
				for i, bl := range s.Bullets {
					want = append(want, strconv.Itoa(i+1)+"."+bl.Text)
					wantStyles = append(wantStyles, "")
				}
			}
			walk(body, add)
			want = append(want, "", o.Org, "2025年1月20日", "")
			wantStyles = append(wantStyles, "", "Signature", "Date", "")
			walk(ref, add)
			want = append(want, "起草说明")
			wantStyles = append(wantStyles, "Heading1")
			for i := range want {
				if i >= len(texts) || texts[i] != want[i] || ps[i] != wantStyles[i] {
					t.Fatalf("paragraph %d = %s %q, want %s %q", i, ps[min(i, len(ps)-1)], texts[min(i, len(texts)-1)], wantStyles[i], want[i])
				}
			}
			var tail []string
			tail = append(tail, "参考来源")
			for _, c := range o.Citations {
				tail = append(tail, "["+strconv.Itoa(c.N)+"] "+sourceLine(c)+"：“"+c.Text+"”")
			}
			start := len(texts) - len(tail)
			for i := range tail {
				if texts[start+i] != tail[i] {
					t.Fatalf("paragraph %d = %q, want %q", start+i, texts[start+i], tail[i])
				}
			}
			doc := parts["word/document.xml"]
			for _, want := range []string{`<w:docGrid w:type="lines" w:linePitch="579"/>`, `<w:footerReference w:type="default" r:id="rId3"/>`, `<w:footerReference w:type="even" r:id="rId4"/>`, `<w:color w:val="808080"/>`} {
				if !strings.Contains(doc, want) {
					t.Errorf("document.xml lacks %s", want)
				}
			}
			if !strings.Contains(styles, `<w:spacing w:val="-5"/><w:sz w:val="32"/>`) {
				t.Error("the body text is not 三号 squeezed to 28 characters a line")
			}
			if !strings.Contains(parts["word/settings.xml"], "<w:evenAndOddHeaders/>") {
				t.Error("settings.xml does not separate odd and even footers")
			}
			for name, side := range map[string]string{"word/footer1.xml": "right", "word/footer2.xml": "left"} {
				f := parts[name]
				if !strings.Contains(f, `<w:jc w:val="`+side+`"/>`) || !strings.Contains(f, "— ") || !strings.Contains(f, " PAGE ") || !strings.Contains(f, `w:eastAsia="宋体"`) || !strings.Contains(f, `<w:sz w:val="28"/>`) {
					t.Errorf("%s is not a page number — n — in 4号 宋体 on the %s:\n%s", name, side, f)
				}
			}
			if !strings.Contains(parts["word/document.xml"], `<w:vertAlign w:val="superscript"/>`) || !strings.Contains(parts["word/document.xml"], `<w:highlight w:val="yellow"/>`) {
				t.Error("citation marks should be superscript and placeholders highlighted")
			}
		})
	}
}

func TestDOCXEscapes(t *testing.T) {
	o := &Outline{Title: `A&B <报告> "引号"`, Year: 2025, Sections: []Section{{Number: "一、", Title: "x<y", Level: 1, Bullets: []Bullet{{Text: "a&b【待补充：c】[1]", Citations: []int{1}}}}},
		Citations: []Citation{{N: 1, Doc: testIndex.Docs()[0].Ref(), Text: "<tag>&amp;"}}}
	b, err := DOCX(o)
	if err != nil {
		t.Fatal(err)
	}
	_, texts := paragraphs(t, docxParts(t, b)["word/document.xml"])
	joined := strings.Join(texts, "\n")
	for _, want := range []string{o.Title, "一、x<y", "1.a&b【待补充：c】[1]", "<tag>&amp;"} {
		if !strings.Contains(joined, want) {
			t.Errorf("text %q lost in\n%s", want, joined)
		}
	}
}

// The page of GB/T 9704 in PDF points: A4, 版心 156 mm × 225 mm with its
// top-left corner 37 mm down and 28 mm in.
const (
	mm          = 72 / 25.4
	coreLeft    = 28 * mm
	coreRight   = coreLeft + 156*mm
	coreTop     = 37 * mm
	coreBottom  = coreTop + 225*mm
	linePitch   = 579.0 / 20 // 28.95 pt: 22 lines fill 225 mm
	bodyChar    = 15.75      // 16 pt condensed by 0.25 pt: 28 fill 156 mm
	footerChar  = 14         // 4号
	pageNumDrop = 7 * mm     // the page number's dashes sit 7 mm below the 版心
)

// pdfLine is one line of text on a PDF page as pdftotext lays it out.
type pdfLine struct {
	x0, y0, x1, y1 float64
	text           string // without spaces
}

var (
	pdfPageRe = regexp.MustCompile(`<page [^>]*>`)
	pdfLineRe = regexp.MustCompile(`(?s)<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</line>`)
	pdfWordRe = regexp.MustCompile(`<word [^>]*>([^<]*)</word>`)
)

// pdfPages reads a PDF's lines page by page with pdftotext -bbox-layout,
// top to bottom, joining the pieces of one line that it puts in separate
// blocks.
func pdfPages(t *testing.T, pdftotext, pdf string) [][]pdfLine {
	t.Helper()
	out, err := exec.Command(pdftotext, "-bbox-layout", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox-layout: %v", err)
	}
	var pages [][]pdfLine
	starts := pdfPageRe.FindAllIndex(out, -1)
	for i, st := range starts {
		end := len(out)
		if i+1 < len(starts) {
			end = starts[i+1][0]
		}
		var lines []pdfLine
		for _, m := range pdfLineRe.FindAllSubmatch(out[st[1]:end], -1) {
			var l pdfLine
			for j, f := range []*float64{&l.x0, &l.y0, &l.x1, &l.y1} {
				*f, _ = strconv.ParseFloat(string(m[j+1]), 64)
			}
			for _, w := range pdfWordRe.FindAllSubmatch(m[5], -1) {
				l.text += html.UnescapeString(string(w[1]))
			}
			lines = append(lines, l)
		}
		sort.SliceStable(lines, func(a, b int) bool { return lines[a].y0 < lines[b].y0 })
		var merged []pdfLine
		for _, l := range lines {
			if n := len(merged); n > 0 && math.Abs(merged[n-1].y0-l.y0) < 2 {
				m := &merged[n-1]
				if l.x0 < m.x0 {
					m.text = l.text + m.text
				} else {
					m.text += l.text
				}
				m.x0, m.x1 = math.Min(m.x0, l.x0), math.Max(m.x1, l.x1)
				continue
			}
			merged = append(merged, l)
		}
		pages = append(pages, merged)
	}
	return pages
}

// near reports whether got is within tol of want.
func near(got, want, tol float64) bool { return math.Abs(got-want) <= tol }

// gridOutline is an outline whose one point is pure Han text three pages
// long, so that its second page is a full page of body lines.
func gridOutline() *Outline {
	const chars = "法治政府建设年度报告依法行政严格规范公正文明执法深化改革推进治理能力现代化"
	var b strings.Builder
	for i := 0; i < 28*22*3; i++ {
		b.WriteRune([]rune(chars)[i%len([]rune(chars))])
	}
	return &Outline{Title: "版面网格检验", Org: "清远市清城区民政局", Year: 2025, Mode: "offline",
		Sections: []Section{{Number: "一、", Title: "网格", Level: 1, Bullets: []Bullet{{Text: b.String()}}}}}
}

// TestDOCXLibreOffice converts outlines to PDF with LibreOffice, when it is
// installed, and measures the pages: the 22 × 28 grid on a full page of
// body text, and on the whole-report outline the title, 主送, 落款, 成文日期
// and page numbers where GB/T 9704 puts them. (And HTML, to see the
// headings as LibreOffice reads them.)
func TestDOCXLibreOffice(t *testing.T) {
	t.Parallel()
	bin := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("LibreOffice (soffice) is not on PATH; install libreoffice-writer-nogui to run this check")
	}
	o := build(t, "")
	date := time.Date(2025, 1, 20, 0, 0, 0, 0, time.Local)
	dir := t.TempDir()
	var srcs []string
	for name, out := range map[string]*Outline{"outline": o, "grid": gridOutline()} {
		b, err := DOCXLayout(out, Layout{Date: date})
		if err != nil {
			t.Fatal(err)
		}
		src := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(src, b, 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	convert := func(format string, srcs ...string) {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		// A private profile, one per conversion: concurrent soffice runs
		// sharing one would block, and a conversion started while the one
		// before it still holds the profile can be handed to that instance
		// (seen once under a loaded CI: the HTML export lost its headings).
		args := append([]string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile-"+format),
			"--headless", "--convert-to", format, "--outdir", dir}, srcs...)
		if out, err := exec.CommandContext(ctx, bin, args...).CombinedOutput(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, out)
		}
	}
	convert("pdf", srcs...)
	for _, name := range []string{"outline.pdf", "grid.pdf"} {
		pdf, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 1000 {
			t.Fatalf("no %s produced (%v, %d bytes)", name, err, len(pdf))
		}
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err != nil {
		t.Log("pdftotext (poppler-utils) not installed: the PDF's pages are not measured")
	} else {
		checkGrid(t, pdfPages(t, pdftotext, filepath.Join(dir, "grid.pdf")))
		checkFurniture(t, o, pdfPages(t, pdftotext, filepath.Join(dir, "outline.pdf")))
	}
	if testing.Short() {
		return
	}
	// The outline's own file: srcs comes from a map, in no fixed order
	// (with the grid's file first the headings counted were the grid's).
	convert("html", filepath.Join(dir, "outline.docx"))
	html, err := os.ReadFile(filepath.Join(dir, "outline.html"))
	if err != nil {
		t.Fatal(err)
	}
	level1 := 2 // 起草说明, 参考来源
	level2 := 0
	walk(o.Sections, func(s Section) {
		if s.Level == 1 {
			level1++
		} else {
			level2++
		}
	})
	h1 := len(regexp.MustCompile(`<h1[ >]`).FindAll(html, -1))
	h2 := len(regexp.MustCompile(`<h2[ >]`).FindAll(html, -1))
	if h1 != level1 || h2 != level2 {
		t.Errorf("LibreOffice reads %d level-1 and %d level-2 headings, want %d and %d", h1, h2, level1, level2)
	}
	text := regexp.MustCompile(`<[^>]*>`).ReplaceAll(html, nil)
	if !bytes.Contains(text, []byte(o.Sections[0].Number+o.Sections[0].Title)) {
		t.Error("first section title missing from the converted document")
	}
}

// bodyLines are a page's lines inside the 版心 (not the page number).
func bodyLines(page []pdfLine) []pdfLine {
	var body []pdfLine
	for _, l := range page {
		if l.y1 <= coreBottom+2 {
			body = append(body, l)
		}
	}
	return body
}

// checkGrid measures the full page of body text: 22 lines, 28.95 pt
// apart, inside the 版心, each of exactly 28 characters from its left edge
// to its right.
func checkGrid(t *testing.T, pages [][]pdfLine) {
	t.Helper()
	if len(pages) < 3 {
		t.Fatalf("the grid document has %d pages, want at least 3", len(pages))
	}
	lines := bodyLines(pages[1])
	if len(lines) != 22 {
		t.Errorf("a full page holds %d lines, want 22", len(lines))
	}
	for i, l := range lines {
		if n := utf8.RuneCountInString(l.text); n != 28 || zh.HanCount(l.text) != 28 {
			t.Errorf("line %d holds %d characters (%d Han), want 28: %s", i+1, n, zh.HanCount(l.text), l.text)
		}
		if !near(l.x0, coreLeft, 1.5) || !near(l.x1, coreRight, 1.5) {
			t.Errorf("line %d runs from %.1f to %.1f pt, want the 版心's %.1f to %.1f", i+1, l.x0, l.x1, coreLeft, coreRight)
		}
		if i > 0 && !near(l.y0-lines[i-1].y0, linePitch, 0.3) {
			t.Errorf("line %d is %.2f pt below the one above, want %.2f", i+1, l.y0-lines[i-1].y0, linePitch)
		}
	}
	if len(lines) > 0 && (lines[0].y0 < coreTop-1 || lines[len(lines)-1].y1 > coreBottom+1) {
		t.Errorf("the lines span %.1f to %.1f pt, outside the 版心 %.1f to %.1f", lines[0].y0, lines[len(lines)-1].y1, coreTop, coreBottom)
	}
}

// checkFurniture measures the whole-report outline: the title centred
// and broken after the office, 主送 flush left a line below it, body
// lines on the 28.95 pt grid, 落款 two characters in from the right with
// the date two characters right of its start, and "— n —" on every page
// 7 mm below the 版心, one character in from the right on odd pages and
// from the left on even ones.
func checkFurniture(t *testing.T, o *Outline, pages [][]pdfLine) {
	t.Helper()
	if len(pages) < 2 {
		t.Fatalf("the outline has %d pages, want several", len(pages))
	}
	first := bodyLines(pages[0])
	if len(first) < 4 {
		t.Fatalf("page 1 has %d lines", len(first))
	}
	if first[0].text != o.Org || first[0].text+first[1].text != o.Title {
		t.Errorf("the title is set as %q / %q, want it broken after %q", first[0].text, first[1].text, o.Org)
	}
	for _, l := range first[:2] {
		if !near((l.x0+l.x1)/2, (coreLeft+coreRight)/2, 3) {
			t.Errorf("title line %q is not centred in the 版心 (%.1f to %.1f pt)", l.text, l.x0, l.x1)
		}
	}
	to := first[2]
	if to.text != "区人民政府：" || !near(to.x0, coreLeft, 1.5) {
		t.Errorf("主送 is %q at %.1f pt, want 区人民政府： flush left at %.1f", to.text, to.x0, coreLeft)
	}
	if gap := to.y0 - first[1].y0; gap < 35+linePitch-2 {
		t.Errorf("主送 is %.1f pt below the title's last line, want a blank line between them", gap)
	}
	var signed bool
	for p, page := range pages {
		body := bodyLines(page)
		// Body text sits on the line grid until the 落款; the sources
		// after it are set smaller.
		if !signed && p > 0 {
			for i := 1; i < len(body); i++ {
				if citeMarkRe.ReplaceAllString(body[i].text, "") == "" {
					continue // superscript marks alone on a line sit higher
				}
				steps := (body[i].y0 - body[0].y0) / linePitch
				if !near(steps, math.Round(steps), 0.02) {
					t.Errorf("page %d: line %q is off the %.2f pt line grid", p+1, body[i].text, linePitch)
				}
			}
			if len(body) > 22 {
				t.Errorf("page %d holds %d lines, want at most 22", p+1, len(body))
			}
		}
		for i, l := range body {
			if l.x1 > coreRight+bodyChar+1 || l.x0 < coreLeft-1 {
				t.Errorf("page %d: %q (%.1f to %.1f pt) leaves the 版心", p+1, l.text, l.x0, l.x1)
			}
			if signed || l.text != o.Org || i+1 >= len(body) || p == 0 && i < 2 {
				continue
			}
			signed = true
			d := body[i+1]
			if !near(l.x1, coreRight-2*bodyChar, 2) {
				t.Errorf("落款 ends at %.1f pt, want two characters in from the right (%.1f)", l.x1, coreRight-2*bodyChar)
			}
			if d.text != "2025年1月20日" || !near(d.x0, l.x0+2*bodyChar, 2) || !near(d.y0-l.y0, linePitch, 0.3) {
				t.Errorf("成文日期 is %q at %.1f pt, want 2025年1月20日 on the next line starting two characters right of 落款 (%.1f)", d.text, d.x0, l.x0+2*bodyChar)
			}
		}
		var num *pdfLine
		for i := range page {
			if page[i].y0 > coreBottom {
				num = &page[i]
			}
		}
		want := "—" + strconv.Itoa(p+1) + "—"
		if num == nil || num.text != want {
			t.Errorf("page %d has no page number %s", p+1, want)
			continue
		}
		if mid := (num.y0 + num.y1) / 2; !near(mid, coreBottom+pageNumDrop, 2) {
			t.Errorf("page %d: the page number's middle is %.1f pt below the 版心, want %.1f (7 mm)", p+1, mid-coreBottom, pageNumDrop)
		}
		if p%2 == 0 && !near(num.x1, coreRight-footerChar, 2) {
			t.Errorf("odd page %d: the page number ends at %.1f pt, want one character in from the right (%.1f)", p+1, num.x1, coreRight-footerChar)
		}
		if p%2 == 1 && !near(num.x0, coreLeft+footerChar, 2) {
			t.Errorf("even page %d: the page number starts at %.1f pt, want one character in from the left (%.1f)", p+1, num.x0, coreLeft+footerChar)
		}
	}
	if !signed {
		t.Errorf("no 落款 %q in the PDF", o.Org)
	}
}
