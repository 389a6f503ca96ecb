package outline

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
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

// TestDOCXLibreOffice converts the whole-report outline to PDF (and HTML,
// to see the headings as LibreOffice reads them) when LibreOffice is
// installed.
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
	b, err := DOCXLayout(o, Layout{Date: time.Date(2025, 1, 20, 0, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "outline.docx")
	if err := os.WriteFile(src, b, 0o644); err != nil {
		t.Fatal(err)
	}
	convert := func(format string) {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		// A private profile: concurrent soffice runs sharing one would block.
		cmd := exec.CommandContext(ctx, bin, "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
			"--headless", "--convert-to", format, "--outdir", dir, src)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, out)
		}
	}
	convert("pdf")
	pdf, err := os.ReadFile(filepath.Join(dir, "outline.pdf"))
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF")) || len(pdf) < 1000 {
		t.Fatalf("no PDF produced (%v, %d bytes)", err, len(pdf))
	}
	// Read the pages back: page numbers, 主送, 落款 and date are there.
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command(pdftotext, "-layout", filepath.Join(dir, "outline.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(out), " ", "")
		for _, want := range []string{"—1—", "—2—", "区人民政府：", o.Org, "2025年1月20日", o.Sections[0].Number + o.Sections[0].Title} {
			if !strings.Contains(text, want) {
				t.Errorf("the PDF lacks %q", want)
			}
		}
		// 28 characters a line: the longest line of the body's first pages
		// holds 26 to 29 Han characters (digits and Latin letters are
		// narrower; the sources after the body are set smaller).
		first, err := exec.Command(pdftotext, "-layout", "-f", "1", "-l", "3", filepath.Join(dir, "outline.pdf"), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		longest := 0
		for _, line := range strings.Split(string(first), "\n") {
			longest = max(longest, hanCount(line))
		}
		if longest < 24 || longest > 29 {
			t.Errorf("the longest line has %d Han characters, want about 28", longest)
		}
	} else {
		t.Log("pdftotext not installed: the PDF's text is not checked")
	}
	if testing.Short() {
		return
	}
	convert("html")
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
