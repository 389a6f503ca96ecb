package document

import (
	"archive/zip"
	"bytes"
	"compress/zlib"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// updateFixtures rewrites the fixtures that Go writes: the excelize
// workbook, the OFD documents, the image-only scan and the broken files.
// The LibreOffice ones come from testdata/formats/make.sh.
var updateFixtures = flag.Bool("update-fixtures", false, "rewrite testdata/formats fixtures written in Go")

// scanSource is the page image the scan fixture wraps: page 1 of a bundled
// report laid out by LibreOffice and rendered by pdftoppm at 200 dpi
// (see make.sh). Only needed with -update-fixtures.
const scanSource = "/tmp/fmt_scan_page.png"

func formatsPath(name string) string { return filepath.Join("testdata", "formats", name) }

func TestWriteFixtures(t *testing.T) {
	if !*updateFixtures {
		t.Skip("only with -update-fixtures")
	}
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(formatsPath(name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("plan_table.xlsx", planWorkbook(t))
	write("report.ofd", reportOFD(t, fixtureReportLines))
	write("scan_report.pdf", imagePDF(t, scanSource))

	// Broken files of each kind: named with their reason, never fatal
	// for the rest of an ingest.
	docx, _ := os.ReadFile(formatsPath("report_numbered.docx"))
	write("broken.docx", docx[:len(docx)/2])
	xlsx, _ := os.ReadFile(formatsPath("plan_table.xlsx"))
	write("broken.xlsx", xlsx[:len(xlsx)/2])
	write("broken.ofd", zipFiles(t, map[string]string{"OFD.xml": `<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>`}))
	doc, _ := os.ReadFile(formatsPath("plan_table.doc"))
	write("broken.doc", doc[:1024])
	write("broken.pdf", []byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"))
}

// planWorkbook is the plan's task table as an office would keep it in a
// spreadsheet: a title row merged across, the header, the group column
// merged down over its tasks, and a second sheet of figures.
func planWorkbook(t *testing.T) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	const sheet = "任务分工"
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"株洲市民政局法治民政建设实施方案(2021-2023年)任务分工表"},
		{"序号", "重点任务", "工作任务", "牵头单位", "配合单位", "完成时限"},
		{1, "(一)突出重点的法律法规学习贯彻", "深入学习习近平法治思想。将学习贯彻习近平法治思想纳入局党组理论学习中心组学习内容。", "人事科、局办公室", "各科室", ""},
		{2, "", "突出抓好宪法学习贯彻。把宪法纳入领导干部学法清单。", "人事科", "各科室", "2022年底前完成"},
		{1, "(二)建立完备的民政法规政策体系", "加强规范性文件管理。落实规范性文件定期清理制度。", "政策法规科", "各业务科室", "长期坚持"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(sheet, cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]string{{"A1", "F1"}, {"B3", "B4"}} {
		if err := f.MergeCell(sheet, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.NewSheet("进度统计"); err != nil {
		t.Fatal(err)
	}
	for i, r := range [][]any{{"科室", "已完成", "进行中"}, {"人事科", 2, 0}, {"政策法规科", 0, 1}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("进度统计", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fixtureReportLines is the report the OFD fixture lays out, one entry per
// paragraph; the writer wraps paragraphs into lines as a layout engine
// would.
var fixtureReportLines = []string{
	"清远市清城区民政局2024年法治政府建设工作报告",
	"2024年,清城区民政局坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平法治思想,现将我局2024年法治政府建设工作情况报告如下:",
	"一、2024年工作情况",
	"(一)切实履行推进法治建设第一责任人职责",
	"我局主要负责人严格履行推进法治建设第一责任人职责,将法治建设放在我局工作的重要位置。",
	"(二)加强法治宣传教育",
	"我局立足民政职能,制定“谁执法谁普法”责任清单,全年开展普法宣传活动15场。",
	"二、存在的主要问题",
	"执法质量需进一步提升,部分执法人员对法律法规的理解还不够深入。",
	"三、2025年工作计划",
	"(一)全面加强法治宣传教育",
	"突出宣传习近平法治思想,突出宣传宪法、民法典以及与民政事业发展密切相关的法律法规。",
	"清远市清城区民政局",
	"2025年1月10日",
}

// reportOFD writes an OFD package following GB/T 33190-2016: OFD.xml with
// DocInfo and DocRoot, Document.xml with the page area, a font resource and
// the page list, and per page a Content.xml whose TextObjects each hold one
// line (Boundary in mm, TextCode with X/Y and DeltaX). The text objects of
// a page are written bottom line first, so a reader must order them by
// position, not by file order. A signature part is listed but, like a real
// seal, carries nothing the reader uses.
func reportOFD(t *testing.T, paras []string) []byte {
	t.Helper()
	const (
		size     = 5.6 // 四号 (14 pt) in mm
		left     = 28.0
		top      = 37.0
		lineStep = 10.0
		perLine  = 27 // characters per line in the 156 mm type area
		perPage  = 22
	)
	var lines []string
	for _, p := range paras {
		rs := []rune(p)
		for len(rs) > perLine {
			lines = append(lines, string(rs[:perLine]))
			rs = rs[perLine:]
		}
		lines = append(lines, string(rs))
	}
	files := map[string]string{}
	var pages strings.Builder
	id := 10
	for p := 0; p*perPage < len(lines); p++ {
		chunk := lines[p*perPage : min((p+1)*perPage, len(lines))]
		var objs []string
		for i, l := range chunk {
			id++
			n := len([]rune(l))
			deltas := strings.TrimSpace(strings.Repeat(fmt.Sprintf("%.1f ", size), max(n-1, 0)))
			y := top + float64(i)*lineStep
			objs = append(objs, fmt.Sprintf(`<ofd:TextObject ID="%d" Boundary="%.1f %.1f %.1f %.1f" Font="2" Size="%.1f"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="%.1f" DeltaX="%s">%s</ofd:TextCode></ofd:TextObject>`,
				id, left, y, float64(n)*size, lineStep, size, size*0.85, deltas, xmlEscape(l)))
		}
		// Bottom line first: file order is not reading order.
		for i, j := 0, len(objs)-1; i < j; i, j = i+1, j-1 {
			objs[i], objs[j] = objs[j], objs[i]
		}
		files[fmt.Sprintf("Doc_0/Pages/Page_%d/Content.xml", p)] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="` + fmt.Sprint(100+p) + `" Type="Body">` + strings.Join(objs, "") + `</ofd:Layer></ofd:Content></ofd:Page>`
		fmt.Fprintf(&pages, `<ofd:Page ID="%d" BaseLoc="Pages/Page_%d/Content.xml"/>`, 3+p, p)
	}
	files["OFD.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>6d1e2f9a0b3c4d5e8f7a6b5c4d3e2f1a</ofd:DocID><ofd:Title>清远市清城区民政局2024年法治政府建设工作报告</ofd:Title><ofd:Author>清远市清城区民政局</ofd:Author><ofd:CreationDate>2025-01-10</ofd:CreationDate><ofd:Creator>gongwen fixture writer</ofd:Creator></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot><ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>`
	files["Doc_0/Document.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>` + fmt.Sprint(id) + `</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>` + pages.String() + `</ofd:Pages></ofd:Document>`
	files["Doc_0/PublicRes.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Res xmlns:ofd="http://www.ofdspec.org/2016" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="仿宋" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>`
	files["Doc_0/Signs/Signatures.xml"] = `<?xml version="1.0" encoding="UTF-8"?>
<ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"/>`
	return zipFiles(t, files)
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func zipFiles(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	// Deterministic archives: a fixture rewritten without changes stays
	// byte-identical.
	sortStrings(names)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// imagePDF wraps a page image into a one-page PDF without any text layer,
// the way a scanner's software does: a bilevel (1 bit per pixel) image
// XObject drawn over the whole A4 page.
func imagePDF(t *testing.T, pngPath string) []byte {
	t.Helper()
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	bounds := img.Bounds()
	w, h := bounds.Dx(), bounds.Dy()
	rowBytes := (w + 7) / 8
	bits := make([]byte, rowBytes*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			r, g, b, _ := img.At(bounds.Min.X+x, bounds.Min.Y+y).RGBA()
			if (r+g+b)/3 > 0x8000 { // white
				bits[y*rowBytes+x/8] |= 0x80 >> (x % 8)
			}
		}
	}
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestCompression)
	zw.Write(bits)
	zw.Close()
	content := "q 595 0 0 842 0 0 cm /Im1 Do Q\n"
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content),
		fmt.Sprintf("<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream", w, h, z.Len(), z.String()),
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

var _ image.Image // image/png registers the decoder used above
