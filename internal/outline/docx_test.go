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
			b, err := DOCX(o)
			if err != nil {
				t.Fatal(err)
			}
			parts := docxParts(t, b)
			for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels", "docProps/core.xml"} {
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
			if ps[0] != "Title" || texts[0] != o.Title {
				t.Errorf("first paragraph %s %q, want the title", ps[0], texts[0])
			}
			// Every section heading and bullet is there, in order, with its
			// heading style; then 参考来源 with one paragraph per citation.
			var want []string
			var wantStyles []string
			walk(o.Sections, func(s Section) {
				want = append(want, s.Number+s.Title)
				wantStyles = append(wantStyles, "Heading"+strconv.Itoa(s.Level))
				for i, bl := range s.Bullets {
					want = append(want, strconv.Itoa(i+1)+"."+bl.Text)
					wantStyles = append(wantStyles, "")
				}
			})
			want = append(want, "参考来源")
			wantStyles = append(wantStyles, "Heading1")
			for _, c := range o.Citations {
				want = append(want, "["+strconv.Itoa(c.N)+"] "+sourceLine(c)+":“"+c.Text+"”")
				wantStyles = append(wantStyles, "Source")
			}
			start := len(texts) - len(want)
			if start < 2 {
				t.Fatalf("%d paragraphs, want at least %d", len(texts), len(want)+2)
			}
			for i := range want {
				if texts[start+i] != want[i] || ps[start+i] != wantStyles[i] {
					t.Fatalf("paragraph %d = %s %q, want %s %q", start+i, ps[start+i], texts[start+i], wantStyles[i], want[i])
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
	b, err := DOCX(o)
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
	if testing.Short() {
		return
	}
	convert("html")
	html, err := os.ReadFile(filepath.Join(dir, "outline.html"))
	if err != nil {
		t.Fatal(err)
	}
	level1 := 1 // 参考来源
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
