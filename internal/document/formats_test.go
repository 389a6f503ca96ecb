package document

import (
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// reportPaths are the heading paths of the report fixtures as staff see
// them in Word: numbers from automatic numbering, levels from the heading
// styles.
var reportPaths = []string{
	"一、2024年工作情况",
	"一、2024年工作情况 > （一）切实履行推进法治建设第一责任人职责",
	"一、2024年工作情况 > （一）切实履行推进法治建设第一责任人职责 > 1.严格落实“第一议题”制度,全年组织集中学法12次",
	"一、2024年工作情况 > （一）切实履行推进法治建设第一责任人职责 > 2.将法治建设纳入年度工作要点,与业务工作同部署、同检查",
	"一、2024年工作情况 > （二）加强法治宣传教育",
	"二、存在的主要问题",
	"三、2025年工作计划",
	"三、2025年工作计划 > （一）全面加强法治宣传教育",
}

// unnumbered is reportPaths as a report whose heading styles carry no
// numbering reads: the outline levels alone make the sections. The typed
// "1." list items keep their numbers (they are list numbering, not style).
func unnumbered(paths []string) []string {
	var out []string
	for _, p := range paths {
		parts := strings.Split(p, " > ")
		for i, s := range parts {
			if marker, _, rank, ok := parseHeading(s); ok && rank < 5 {
				parts[i] = strings.TrimPrefix(s, marker)
			}
		}
		out = append(out, strings.Join(parts, " > "))
	}
	return out
}

func hasTool(names ...string) bool {
	for _, n := range names {
		if _, err := exec.LookPath(n); err != nil {
			return false
		}
	}
	return true
}

// TestFormatFixtures: each fixture made by a real producer ingests with the
// right metadata and heading paths, and says how it was read.
func TestFormatFixtures(t *testing.T) {
	t.Parallel()
	const (
		title = "清远市清城区民政局2024年法治政府建设工作报告"
		org   = "清远市清城区民政局"
	)
	ofdPaths := []string{
		"一、2024年工作情况",
		"一、2024年工作情况 > (一)切实履行推进法治建设第一责任人职责",
		"一、2024年工作情况 > (二)加强法治宣传教育",
		"二、存在的主要问题",
		"三、2025年工作计划",
		"三、2025年工作计划 > (一)全面加强法治宣传教育",
	}
	planPaths := []string{"一、总体要求", "二、主要任务", "三、工作要求", "三、工作要求 > (一)加强组织领导"}
	legacy := hasTool("soffice") || hasTool("antiword")
	tests := []struct {
		file       string
		need       bool // the tools the format needs are installed
		title, org string
		year       int
		kind       Kind
		read       []string // acceptable values of Meta.Read
		paths      []string // nil: not checked (converter-dependent)
	}{
		{"report_numbered.docx", true, title, org, 2024, KindReport, []string{""}, reportPaths},
		{"report_styles.docx", true, title, org, 2024, KindReport, []string{""}, unnumbered(reportPaths)},
		{"report.ofd", true, title, org, 2024, KindReport, []string{""}, ofdPaths},
		{"report_numbered.doc", legacy, title, org, 2024, KindReport, []string{"soffice", "antiword"}, nil},
		{"report_wps.wps", legacy, title, org, 2024, KindReport, []string{"soffice", "antiword"}, nil},
		{"plan_table.docx", true, "株洲市法治民政建设实施方案", "株洲市民政局", 2021, KindPlan, []string{""}, planPaths},
		{"plan_table.doc", legacy, "株洲市法治民政建设实施方案", "株洲市民政局", 2021, KindPlan, []string{"soffice", "antiword"}, planPaths},
		{"plan_table.xlsx", true, "株洲市民政局法治民政建设实施方案(2021-2023年)任务分工表", "株洲市民政局", 2021, KindPlan, []string{""}, []string{"任务分工", "进度统计"}},
		{"scan_report.pdf", hasTool("tesseract", "pdftoppm"), title, org, 2024, KindReport, []string{"ocr"}, []string{"一、2024年工作情况"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			if !tt.need {
				t.Skip("the converter for this format is not installed")
			}
			data := readFormat(t, tt.file)
			d, err := Load("x", tt.file, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Org != tt.org || d.Year != tt.year || d.Kind != tt.kind {
				t.Errorf("meta = %q %q %d %s, want %q %q %d %s", d.Title, d.Org, d.Year, d.Kind, tt.title, tt.org, tt.year, tt.kind)
			}
			okRead := false
			for _, r := range tt.read {
				okRead = okRead || d.Read == r
			}
			if !okRead {
				t.Errorf("Read = %q, want one of %q", d.Read, tt.read)
			}
			if d.Read == "soffice" && strings.HasPrefix(tt.file, "report") {
				tt.paths = reportPaths
			}
			got := map[string]bool{}
			var all []string
			for _, s := range d.Sections {
				got[s.Path.String()] = true
				all = append(all, s.Path.String())
			}
			for _, p := range tt.paths {
				if !got[p] {
					t.Errorf("missing heading path %q; have:\n%s", p, strings.Join(all, "\n"))
				}
			}
		})
	}
}

func readFormat(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(formatsPath(name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBrokenFormats: a damaged file of each kind fails alone, naming the
// file and the reason.
func TestBrokenFormats(t *testing.T) {
	t.Parallel()
	for _, f := range []string{"broken.docx", "broken.xlsx", "broken.ofd", "broken.doc", "broken.pdf"} {
		t.Run(f, func(t *testing.T) {
			t.Parallel()
			if f == "broken.doc" && !hasTool("soffice") && !hasTool("antiword") && !hasTool("catdoc") {
				t.Skip("no .doc converter installed")
			}
			_, err := Load("x", f, readFormat(t, f), nil)
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrEmpty) {
				t.Fatalf("err = %v, want ErrCorrupt", err)
			}
			if !strings.Contains(err.Error(), f) {
				t.Errorf("error %q does not name the file", err)
			}
			t.Logf("%v", err)
		})
	}
}

// TestMissingConverter: without the program a format needs, the file fails
// with a message naming the Debian package to install.
func TestMissingConverter(t *testing.T) {
	t.Setenv("PATH", t.TempDir()) // no converters at all
	for _, tt := range []struct{ file, pkg string }{
		{"report_numbered.doc", "antiword"},
		{"report_wps.wps", "libreoffice-writer-nogui"},
	} {
		_, err := Load("x", tt.file, readFormat(t, tt.file), nil)
		if !errors.Is(err, ErrNeedsTool) || !strings.Contains(err.Error(), tt.pkg) {
			t.Errorf("%s: err = %v, want ErrNeedsTool naming %s", tt.file, err, tt.pkg)
		}
	}
	// ocrTools caches what it found; ask the uncached question directly.
	if _, err := exec.LookPath("tesseract"); err == nil {
		t.Error("PATH still finds tesseract")
	}
	if !strings.Contains(errNoOCR.Error(), "tesseract-ocr-chi-sim") {
		t.Errorf("OCR message %q does not name tesseract-ocr-chi-sim", errNoOCR)
	}
}

// TestOCRAccuracy measures the characters recognised right on a scanned
// page of a bundled report (page 1 of 001, laid out by LibreOffice,
// rendered by pdftoppm at 200 dpi and saved as a bilevel image-only PDF),
// against the page's text layer before scanning. Edit distance over the
// text without white space, NFKC-folded.
func TestOCRAccuracy(t *testing.T) {
	t.Parallel()
	if !hasTool("tesseract", "pdftoppm") {
		t.Skip("tesseract-ocr / poppler-utils not installed")
	}
	text, read, err := extractPDF(readFormat(t, "scan_report.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	if read != "ocr" {
		t.Fatalf("read = %q, want ocr", read)
	}
	want := string(readFormat(t, "scan_report.txt"))
	acc, n := charAccuracy(want, text)
	t.Logf("OCR: %.1f%% of %d characters right", 100*acc, n)
	if acc < 0.97 {
		t.Errorf("OCR accuracy %.3f < 0.97", acc)
	}
}

// charAccuracy is 1 - editDistance(want, got)/len(want) over runes, white
// space removed and NFKC applied to both.
func charAccuracy(want, got string) (float64, int) {
	clean := func(s string) []rune {
		var out []rune
		for _, r := range norm.NFKC.String(s) {
			if !unicode.IsSpace(r) {
				out = append(out, r)
			}
		}
		return out
	}
	a, b := clean(want), clean(got)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, c)
		}
		prev, cur = cur, prev
	}
	if len(a) == 0 {
		return 0, 0
	}
	return 1 - float64(prev[len(b)])/float64(len(a)), len(a)
}
