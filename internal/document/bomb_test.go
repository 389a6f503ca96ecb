package document

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// xmlBomb streams a WordprocessingML document.xml whose paragraphs hold text
// bytes of text in all (markup-only when para is empty), without ever holding
// it in memory: what a .docx zip bomb inflates to.
type xmlBomb struct {
	head, tail string
	para       string // one paragraph, repeated
	left       int    // paragraphs still to emit
	buf        []byte
}

func newXMLBomb(para string, textBytes int) *xmlBomb {
	p := "<w:p><w:r><w:t>" + para + "</w:t></w:r></w:p>"
	n := 1
	if para != "" {
		n = textBytes / len(para)
	} else {
		p, n = "<w:p/>", textBytes/len("<w:p/>")
	}
	return &xmlBomb{
		head: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`,
		tail: `</w:body></w:document>`,
		para: p, left: n,
	}
}

// withPara repeats a whole paragraph of XML until total bytes of it.
func (x *xmlBomb) withPara(p string, total int) *xmlBomb {
	x.para, x.left = p, total/len(p)
	return x
}

func (x *xmlBomb) Read(p []byte) (int, error) {
	for len(x.buf) < len(p) {
		switch {
		case x.head != "":
			x.buf, x.head = append(x.buf, x.head...), ""
		case x.left > 0:
			x.buf = append(x.buf, x.para...)
			x.left--
		case x.tail != "":
			x.buf, x.tail = append(x.buf, x.tail...), ""
		default:
			if len(x.buf) == 0 {
				return 0, io.EOF
			}
			n := copy(p, x.buf)
			x.buf = x.buf[n:]
			return n, nil
		}
	}
	n := copy(p, x.buf)
	x.buf = x.buf[:copy(x.buf, x.buf[n:])]
	return n, nil
}

// bombDOCX zips a streamed document.xml; the archive stays small.
func bombDOCX(tb testing.TB, xml io.Reader) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(w, xml); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

var bombPara = strings.Repeat("全面推进依法行政,加强法治政府建设。", 20)

// A document.xml whose text passes MaxTextSize is refused once that much
// has been read, not after the whole stream: the XML read stays within a
// small margin of the cap. Before, all of it (up to 512 MB) was read and
// kept.
func TestDOCXTextCappedWhileStreaming(t *testing.T) {
	const text = 3 * MaxTextSize
	cr := &countingReader{r: newXMLBomb(bombPara, text)}
	_, err := docxText(cr, MaxTextSize)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("docxText of %d MB of text: err %v, want ErrTooLarge", text>>20, err)
	}
	if limit := int64(MaxTextSize) * 5 / 4; cr.n > limit {
		t.Errorf("read %d MB of XML before refusing, want at most %d MB", cr.n>>20, limit>>20)
	}
	// Through Extract, repeated text that deflates hundreds to one is
	// refused by its ratio long before 20 MB.
	_, _, err = Extract("炸弹.docx", bombDOCX(t, newXMLBomb(bombPara, 8<<20)))
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "文字量超过压缩后大小的 100 倍") {
		t.Errorf("Extract: %v", err)
	}
}

func TestDOCXTextLimit(t *testing.T) {
	tests := []struct {
		compressed uint64
		want       int
	}{
		{0, 1 << 20},
		{5 << 10, 1 << 20},
		{100 << 10, 100 * 100 << 10},
		{MaxTextSize / maxTextRatio, MaxTextSize},
		{5 << 20, MaxTextSize},
	}
	for _, tt := range tests {
		if got := docxTextLimit(tt.compressed); got != tt.want {
			t.Errorf("docxTextLimit(%d) = %d, want %d", tt.compressed, got, tt.want)
		}
	}
}

// A document.xml of markup and no text is refused after a few MB, not read
// to maxDOCXXML: empty paragraphs cost encoding/xml the most time per byte
// (500 MB of them took 200 s).
func TestDOCXMarkupBombRefused(t *testing.T) {
	defer func(n int64) { markupCheckAfter = n }(markupCheckAfter)
	markupCheckAfter = 1 << 20
	cr := &countingReader{r: newXMLBomb("", 64<<20)}
	_, err := docxText(cr, MaxTextSize)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "几乎全是标记") {
		t.Fatalf("docxText of 64 MB of empty paragraphs: %v, want ErrTooLarge naming the markup", err)
	}
	if limit := markupCheckAfter + 1<<20; cr.n > limit {
		t.Errorf("read %d MB of XML before refusing, want at most %d MB", cr.n>>20, limit>>20)
	}
	// Ordinary Word markup, with run properties on every run, passes.
	para := `<w:r><w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr><w:t>全面推进依法行政。</w:t></w:r>`
	if _, err := docxText(newXMLBomb("", 0).withPara("<w:p>"+para+"</w:p>", 3<<20), MaxTextSize); err != nil {
		t.Errorf("ordinary markup refused: %v", err)
	}
}

// Text that is almost all white space is refused before any later step
// spends time on it; real layout whitespace is not.
func TestBlankTextRefused(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		blank bool
	}{
		{"newlines", "标题\n" + strings.Repeat("\n", 1<<20), true},
		{"spaces", "标题" + strings.Repeat(" ", 1<<20), true},
		{"ideographic spaces", "标题" + strings.Repeat("\u3000", 1<<18), true},
		{"short blank lines", "标题\n\n\n", false},
		{"layout", strings.Repeat("一、工作情况          (一)普法宣传    开展活动10场\n\n", 1<<12), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Extract("a.txt", []byte(tt.text))
			if got := errors.Is(err, ErrEmpty); got != tt.blank {
				t.Errorf("refused as blank = %v (%v), want %v", got, err, tt.blank)
			}
		})
	}
}
