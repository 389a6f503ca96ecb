package document

import (
	"os"
	"os/exec"
	"testing"
)

// Time per file for each reader. The fixtures are one to two pages each
// (the OCR one is one A4 page), so ns/op is time per file and, for the
// scan, per page. Converters and OCR are external programs: their numbers
// include process start-up, which dominates for LibreOffice.
//
//	go test ./internal/document -run '^$' -bench 'BenchmarkRead' -benchtime 3x

func benchRead(b *testing.B, file string, tools ...string) {
	for _, t := range tools {
		if _, err := exec.LookPath(t); err != nil {
			b.Skipf("%s not installed", t)
		}
	}
	data := readFormatB(b, file)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := extract(file, data); err != nil {
			b.Fatal(err)
		}
	}
}

func readFormatB(b *testing.B, name string) []byte {
	b.Helper()
	data, err := os.ReadFile(formatsPath(name))
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkReadDOCX(b *testing.B) { benchRead(b, "report_numbered.docx") }
func BenchmarkReadXLSX(b *testing.B) { benchRead(b, "plan_table.xlsx") }
func BenchmarkReadOFD(b *testing.B)  { benchRead(b, "report.ofd") }
func BenchmarkReadDocAntiword(b *testing.B) {
	onlyAntiword(b)
	benchRead(b, "report_numbered.doc", "antiword")
}
func BenchmarkReadDocLibreOffice(b *testing.B) { benchRead(b, "report_numbered.doc", "soffice") }
func BenchmarkReadScanOCR(b *testing.B)        { benchRead(b, "scan_report.pdf", "tesseract", "pdftoppm") }

// onlyAntiword hides LibreOffice from the reader for this benchmark, so it
// measures the antiword path even where both are installed.
func onlyAntiword(b *testing.B) {
	exe, err := exec.LookPath("antiword")
	if err != nil {
		b.Skip("antiword not installed")
	}
	dir := b.TempDir()
	if err := os.Symlink(exe, dir+"/antiword"); err != nil {
		b.Fatal(err)
	}
	b.Setenv("PATH", dir)
}
