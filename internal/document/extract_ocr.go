package document

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ocrPageTimeout bounds the rendering and recognition of one page: a
// 300 dpi A4 page takes tesseract some seconds on one core, never minutes.
const ocrPageTimeout = 3 * time.Minute

// ocrDPI is the resolution pages are rendered at for recognition; tesseract
// is trained on text of about 10 pt at 300 dpi, and lower resolutions lose
// the strokes that tell similar Han characters apart.
const ocrDPI = 300

// errNoOCR names what a scan needs; the message is for the person running
// ingest, who can install the packages and ingest again.
var errNoOCR = fmt.Errorf("PDF 是扫描件(没有文字层),识别文字需要 tesseract 及其简体中文语言包:请安装 Debian 软件包 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils(apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils): %w", ErrNeedsTool)

// ocrTools reports the programs OCR needs, or errNoOCR.
var ocrTools = sync.OnceValues(func() ([2]string, error) {
	ppm, err1 := exec.LookPath("pdftoppm")
	tess, err2 := exec.LookPath("tesseract")
	if err1 != nil || err2 != nil {
		return [2]string{}, errNoOCR
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, tess, "--list-langs").CombinedOutput()
	if err != nil || !strings.Contains(string(out), "chi_sim") {
		return [2]string{}, errNoOCR
	}
	return [2]string{ppm, tess}, nil
})

// ocrPDF recognises the pages of a scanned PDF. pages, when known, is the
// text layer of each page: pages that have one keep it and only the blank
// ones are rendered and recognised.
func ocrPDF(data []byte, pages []string) (string, string, error) {
	tools, err := ocrTools()
	if err != nil {
		return "", "", err
	}
	dir, err := os.MkdirTemp("", "gongwen-ocr-*")
	if err != nil {
		return "", "", fmt.Errorf("无法创建临时目录: %v: %w", err, ErrCorrupt)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return "", "", fmt.Errorf("无法写入临时文件: %v: %w", err, ErrCorrupt)
	}
	var todo []int // 1-based page numbers to recognise; nil: all
	for i, p := range pages {
		if strings.TrimSpace(p) == "" {
			todo = append(todo, i+1)
		}
	}
	images, err := renderPages(tools[0], in, dir, todo)
	if err != nil {
		return "", "", err
	}
	if pages == nil {
		pages = make([]string, len(images))
		for i := range images {
			todo = append(todo, i+1)
		}
	}
	for i, img := range images {
		text, err := recognise(tools[1], img)
		if err != nil {
			return "", "", err
		}
		if n := todo[i] - 1; n < len(pages) {
			pages[n] = text
		}
	}
	text := joinPages(pages)
	if text == "" {
		return "", "", errNoTextLayer
	}
	return text, "ocr", nil
}

// renderPages renders the given pages (all when nil) to grey PNGs and
// returns their paths in page order. Each page is rendered at the
// resolution of the scan it holds: resampling a 200 dpi scan to 300 dpi
// blurs the strokes tesseract reads (on the bundled report's page, 99.3%
// of characters right at the scan's own 200 dpi, 97.0% at 300 dpi).
func renderPages(pdftoppm, in, dir string, pages []int) ([]string, error) {
	dpis := scanDPIs(in)
	if pages == nil {
		for p := range dpis {
			pages = append(pages, p)
		}
		sort.Ints(pages)
		if len(pages) == 0 {
			pages = []int{1}
		}
	}
	var out []string
	for _, p := range pages {
		dpi := ocrDPI
		if d, ok := dpis[p]; ok && d >= 150 && d <= 600 {
			dpi = d
		}
		n := strconv.Itoa(p)
		prefix := filepath.Join(dir, "p"+n)
		if err := runRender(pdftoppm, "-r", strconv.Itoa(dpi), "-gray", "-png", "-f", n, "-l", n, "-singlefile", in, prefix); err != nil {
			return nil, err
		}
		out = append(out, prefix+".png")
	}
	return out, nil
}

func runRender(pdftoppm string, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), ocrPageTimeout)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, pdftoppm, args...)
	cmd.Stderr = &stderr
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return fmt.Errorf("pdftoppm: %s: %w", firstLine(msg), ErrCorrupt)
	}
	return nil
}

// scanDPIs returns, per page, the resolution of the largest image on it,
// from poppler's `pdfimages -list`; empty when pdfimages is missing.
func scanDPIs(in string) map[int]int {
	out := map[int]int{}
	exe, err := exec.LookPath("pdfimages")
	if err != nil {
		return out
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	list, err := exec.CommandContext(ctx, exe, "-list", in).Output()
	if err != nil {
		return out
	}
	area := map[int]int{}
	for _, l := range strings.Split(string(list), "\n") {
		f := strings.Fields(l)
		// page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
		if len(f) < 14 || f[2] != "image" {
			continue
		}
		page, err1 := strconv.Atoi(f[0])
		w, err2 := strconv.Atoi(f[3])
		h, err3 := strconv.Atoi(f[4])
		ppi, err4 := strconv.Atoi(f[12])
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			continue
		}
		if w*h > area[page] {
			area[page], out[page] = w*h, ppi
		}
	}
	return out
}

// recognise runs tesseract with the Simplified Chinese model on one image.
func recognise(tesseract, img string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), ocrPageTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, tesseract, img, "stdout", "-l", "chi_sim")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// One page per process on a small machine; tesseract's own OpenMP
	// threads only contend with the other ingest work.
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.WaitDelay = 5 * time.Second
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("tesseract: %s: %w", firstLine(msg), ErrCorrupt)
	}
	return joinOCRSpaces(cleanPDFText(strings.ToValidUTF8(stdout.String(), "\uFFFD"))), nil
}

// joinOCRSpaces removes the spaces tesseract puts between Chinese and
// digits or Latin letters ("2024 年"): Chinese text has none there, and a
// search for "2024年" must find the scan.
func joinOCRSpaces(s string) string {
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && (isCJK(rs[i-1]) || isCJK(rs[i+1])) && rs[i-1] != '\n' && rs[i+1] != '\n' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
