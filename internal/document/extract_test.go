package document

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// gbk encodes s as GBK, the way a Chinese-locale Windows editor saves it.
func gbk(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("GBK encode: %v", err)
	}
	return b
}

func utf16Bytes(t *testing.T, s string, order xunicode.Endianness) []byte {
	t.Helper()
	b, err := xunicode.UTF16(order, xunicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("UTF-16 encode: %v", err)
	}
	return b
}

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "extract", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const sampleText = "一、总体要求\n（一）指导思想。坚持依法行政。\n1.完善制度  建设。\n"

func TestExtractPlain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		file string
		data []byte
		want string
	}{
		{"utf8 unchanged", "a.txt", []byte(sampleText), sampleText},
		{"markdown unchanged", "a.md", []byte("# 标题\n\n  - 一项  \n"), "# 标题\n\n  - 一项  \n"},
		{"utf8 bom", "a.txt", append([]byte{0xEF, 0xBB, 0xBF}, sampleText...), sampleText},
		{"crlf", "a.txt", []byte(strings.ReplaceAll(sampleText, "\n", "\r\n")), sampleText},
		{"old mac cr", "a.txt", []byte("甲\r乙\r"), "甲\n乙\n"},
		{"gbk", "a.txt", gbk(t, sampleText), sampleText},
		{"gbk crlf", "a.TXT", gbk(t, strings.ReplaceAll(sampleText, "\n", "\r\n")), sampleText},
		{"gb18030 only char", "a.txt", mustGB18030(t, "㐀字与€符号\n"), "㐀字与€符号\n"},
		{"utf16le bom", "a.txt", utf16Bytes(t, sampleText, xunicode.LittleEndian), sampleText},
		{"utf16be bom", "a.txt", utf16Bytes(t, sampleText, xunicode.BigEndian), sampleText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, format, err := Extract(tt.file, tt.data)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			wantFormat := strings.TrimPrefix(strings.ToLower(filepath.Ext(tt.file)), ".")
			if format != wantFormat {
				t.Errorf("format = %q, want %q", format, wantFormat)
			}
		})
	}
}

func mustGB18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestExtractErrors(t *testing.T) {
	t.Parallel()
	binary := make([]byte, 4096)
	for i := range binary {
		binary[i] = byte(i * 7)
	}
	controls := bytes.Repeat([]byte{0x01, 0x02, 'a', 0x1B, 0x7F, 'b'}, 100)
	// High bytes that are not valid UTF-8 and decode as GB18030 to mostly
	// control characters and invalid sequences.
	garbage := bytes.Repeat([]byte{0x81, 0x05, 0xFF, 0x03, 0x80, 0x10}, 100)

	noDoc := zipBytes(t, map[string]string{"word/other.xml": "<x/>"})

	tests := []struct {
		name   string
		file   string
		data   []byte
		want   error
		format string
	}{
		{"unknown extension", "a.pages", []byte("hello"), ErrUnsupported, ""},
		{"doc without OLE header", "a.doc", []byte("hello"), ErrCorrupt, "doc"},
		{"ofd not a zip", "a.ofd", []byte("hello"), ErrCorrupt, "ofd"},
		{"xlsx not a zip", "a.xlsx", []byte("hello"), ErrCorrupt, "xlsx"},
		{"no extension", "README", []byte("hello"), ErrUnsupported, ""},
		{"too large", "a.txt", make([]byte, MaxFileSize+1), ErrTooLarge, "txt"},
		{"empty", "a.txt", nil, ErrEmpty, "txt"},
		{"whitespace only", "a.md", []byte(" \r\n\t\u3000\n"), ErrEmpty, "md"},
		{"bom only", "a.txt", []byte{0xEF, 0xBB, 0xBF}, ErrEmpty, "txt"},
		{"binary with NUL", "a.txt", binary, ErrBinary, "txt"},
		{"control characters", "a.txt", controls, ErrBinary, "txt"},
		{"undecodable", "a.txt", garbage, ErrBinary, "txt"},
		{"binary html", "a.html", binary, ErrBinary, "html"},
		{"empty html", "a.html", []byte("<html><body><script>x()</script></body></html>"), ErrEmpty, "html"},
		{"corrupt zip", "a.docx", []byte("PK\x03\x04 this is not really a zip archive"), ErrCorrupt, "docx"},
		{"docx without document.xml", "a.docx", noDoc, ErrCorrupt, "docx"},
		{"corrupt pdf", "a.pdf", []byte("%PDF-1.4\nnot really a pdf\n%%EOF\n"), ErrCorrupt, "pdf"},
		{"not a pdf", "a.pdf", []byte("hello world"), ErrCorrupt, "pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			text, format, err := Extract(tt.file, tt.data)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if text != "" {
				t.Errorf("text = %q, want empty on error", text)
			}
			if format != tt.format {
				t.Errorf("format = %q, want %q", format, tt.format)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error message spans lines: %q", err)
			}
		})
	}
}

func TestSupported(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]bool{
		"a.txt": true, "a.md": true, "a.html": true, "a.htm": true, "a.docx": true,
		"a.pdf": true, "报告.PDF": true, "dir.v2/a.Docx": true,
		"a.doc": true, "a.wps": true, "a.ofd": true, "a.xlsx": true, "a.XLSX": true,
		"a.xls": false, "a.pages": false, "a.txt.gz": false, "docx": false, "": false,
	} {
		if got := Supported(name); got != want {
			t.Errorf("Supported(%q) = %v, want %v", name, got, want)
		}
	}
}

const wantGovPage = `阳江高新区社会事务管理局2021年度法治政府建设年度报告
2021年，我局在区党委、区管委会的正确领导下，深入学习贯彻习近平法治思想。
一、主要工作完成情况
（一）继续加强部门联动
1.加强行政调解。行政调解委员会和人民调解委员会 共同发挥作用。
序号
事项
1
行政复议
二、下一步工作计划
（一）加强法治宣传。`

func TestExtractHTML(t *testing.T) {
	t.Parallel()
	page := readFixture(t, "gov_page.html")
	gbkPage := gbk(t, strings.Replace(string(page), "charset=utf-8", "charset=gb2312", 1))
	metaGBK := gbk(t, strings.Replace(string(page),
		`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`, `<meta charset="GBK">`, 1))
	noMeta := gbk(t, strings.Replace(string(page),
		`<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`, "", 1))
	// A page re-saved as UTF-8 that still claims gb2312.
	lyingMeta := []byte(strings.Replace(string(page), "charset=utf-8", "charset=gb2312", 1))

	noH1 := `<html><head><meta charset="utf-8"><title>清远市民政局2019年法治政府建设工作总结 - 清远市人民政府</title></head>
<body><div class="crumb">首页 > 通知公告</div>
<div class="title">清远市民政局2019年法治政府建设工作总结</div>
<div class="time">发布时间：2019-12-01</div>
<div>区政府：</div><div>根据要求，现将工作情况总结如下：</div><div>一、强化组织领导</div></body></html>`

	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"utf8", page, wantGovPage},
		{"gbk with http-equiv gb2312", gbkPage, wantGovPage},
		{"gbk with meta charset", metaGBK, wantGovPage},
		{"gbk without meta", noMeta, wantGovPage},
		{"utf8 with lying meta", lyingMeta, wantGovPage},
		{"title from title element", []byte(noH1),
			"清远市民政局2019年法治政府建设工作总结\n区政府：\n根据要求，现将工作情况总结如下：\n一、强化组织领导"},
		{"pre keeps lines", []byte("<pre>一、甲\n  （一）乙</pre>"), "一、甲\n（一）乙"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, format, err := Extract("page.htm", tt.data)
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			if format != "html" {
				t.Errorf("format = %q", format)
			}
			if got != tt.want {
				t.Errorf("text mismatch\n got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestIsChromeLine(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("推进法治政府建设", 12) // 96 runes, no full stop
	tests := []struct {
		line string
		want bool
	}{
		{"当前位置:首页 > 政务公开 > 法治政府建设", true},
		{"当前位置：首页 > 政务公开", true},
		{"■ 您当前的位置：首页 > 信息公开", true},
		{"您的位置:首页", true},
		{"首页 > 政务公开 > 通知公告", true},
		{"来源:阳江高新区社会事务管理局 发布日期:2022-02-18 16:27 浏览量:- 【字体:", true},
		{"来源：市司法局　发布时间：2022-01-05　点击数：128", true},
		{"发布日期:2022-01-03信息来源:", true},
		{"发布时间：2019-12-01 10:00", true},
		{"信息来源：株洲市民政局", true},
		{"【字体:大 中 小】", true},
		{"字号：大 中 小", true},
		{"字体:[大] [中] [小]", true},
		{"责任编辑:市民政局", true},
		{"转载分享:", true},
		{"分享到：", true},
		{"【打印本页】【关闭窗口】", true},
		{"上一篇：关于印发2020年工作要点的通知", true},
		{"下一篇:无", true},
		{"扫一扫在手机打开当前页", true},
		{"版权所有：阳江市人民政府", true},
		{"粤ICP备05012345号", true},
		{"主办单位：阳江市人民政府办公室 网站标识码：4417000001", true},
		{"来源:" + strings.Repeat("阳江高新区社会事务管理局", 8) + " 浏览量:12", true},

		{"", false},
		{"一、依法全面履行政府职能", false},
		{"（一）推行“扫一扫”办事", false},
		{"(二)责任编辑制度", false},
		{"1.当前位置不明确的问题", false},
		{"第三条 上一篇文件废止", false},
		{"主办单位：市司法局", false},
		{"发文字号：阳府〔2021〕5号", false},
		{"支持老字号中华企业发展", false},
		{"区政府:", false},
		{"附件:", false},
		{"抄送:市民政局", false},
		{"2019年11月22日", false},
		{"各单位要及时发布信息，注明来源，统计浏览量，提高政务公开水平。", false},
		{"要落实责任编辑审核制度。", false},
		{long + "版权所有", false},
		{long + "上一篇", false},
	}
	for _, tt := range tests {
		if got := IsChromeLine(tt.line); got != tt.want {
			t.Errorf("IsChromeLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestIsChromeLineCorpus guards against false positives on real documents:
// in the bundled corpus only the known web-page chrome may be flagged.
func TestIsChromeLineCorpus(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus files")
	}
	allowed := []string{"当前位置", "来源", "转载分享", "责任编辑", "发布日期"}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if IsChromeLine(l) && !containsAny(l, allowed) {
				t.Errorf("%s: unexpected chrome line %q", filepath.Base(f), l)
			}
		}
	}
}

// zipBytes builds a zip archive from name → content.
func zipBytes(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
</Relationships>`

const docxBody = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
  xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:body>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>株洲市民政局2021年法治政府建设年度报告</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
  <w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">　　一、</w:t></w:r><w:r><w:t>总体要求</w:t></w:r></w:p>
<w:p><w:r><w:t>（一）指导思想</w:t></w:r><w:r><w:tab/><w:t>坚持依法行政。</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE \* MERGEFORMAT</w:instrText></w:r><w:r><w:t>1.完善制度</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>
<w:tr><w:tc><w:tcPr><w:tcW w:w="1000"/></w:tcPr><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>事项</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>行政</w:t></w:r><w:r><w:t>复议</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>二、工作措施</w:t></w:r></w:p>
<w:p><w:r><w:delText>已删除</w:delText></w:r><w:r><w:t>A&amp;B &lt;完&gt;</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body>
</w:document>`

const wantDOCX = "株洲市民政局2021年法治政府建设年度报告\n一、总体要求\n（一）指导思想\t坚持依法行政。\n第一行\n第二行\n1.完善制度\n| 序号 | 事项 |\n| 1 | 行政复议 |\n文本框\n二、工作措施\nA&B <完>"

func TestExtractDOCX(t *testing.T) {
	t.Parallel()
	std := zipBytes(t, map[string]string{
		"[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels":         fmt.Sprintf(docxRels, "word/document.xml"),
		"word/document.xml":   docxBody,
	})
	noRels := zipBytes(t, map[string]string{"word/document.xml": docxBody})
	renamed := zipBytes(t, map[string]string{
		"_rels/.rels":        fmt.Sprintf(docxRels, "/word/document2.xml"),
		"word/document2.xml": docxBody,
	})
	badXML := zipBytes(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:t>半截"})
	empty := zipBytes(t, map[string]string{"word/document.xml": `<w:document xmlns:w="x"><w:body><w:p/></w:body></w:document>`})

	tests := []struct {
		name    string
		data    []byte
		want    string
		wantErr error
	}{
		{"standard", std, wantDOCX, nil},
		{"without relationships", noRels, wantDOCX, nil},
		{"main part from relationships", renamed, wantDOCX, nil},
		{"truncated xml", badXML, "", ErrCorrupt},
		{"no text", empty, "", ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, format, err := Extract("报告.docx", tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if format != "docx" {
				t.Errorf("format = %q", format)
			}
			if got != tt.want {
				t.Errorf("text mismatch\n got: %q\nwant: %q", got, tt.want)
			}
		})
	}
}

// pdfText is one text-show operation placed at (x, y) on the page.
type pdfText struct {
	x, y float64
	s    string
	// kern, if not zero, draws s with a TJ array that has this adjustment
	// between its halves (positive values move the second half left).
	kern int
}

// buildPDF writes a minimal one-page PDF. With cjk set, it uses a Type0 font
// with Identity-H encoding and a ToUnicode CMap (as Chinese PDFs do); glyph
// ids are arbitrary since only the text layer matters here. Otherwise it uses
// Helvetica with WinAnsiEncoding and a flat width table.
func buildPDF(t *testing.T, cjk bool, texts []pdfText) []byte {
	t.Helper()
	cids := map[rune]int{}
	var order []rune
	enc := func(s string) string {
		if !cjk {
			r := strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`)
			return "(" + r.Replace(s) + ")"
		}
		var b strings.Builder
		b.WriteByte('<')
		for _, r := range s {
			id, ok := cids[r]
			if !ok {
				id = len(cids) + 1
				cids[r] = id
				order = append(order, r)
			}
			fmt.Fprintf(&b, "%04X", id)
		}
		b.WriteByte('>')
		return b.String()
	}

	var content strings.Builder
	for _, tx := range texts {
		str := enc(tx.s)
		if tx.kern != 0 {
			rs := []rune(tx.s)
			str = fmt.Sprintf("[%s %d %s] TJ", enc(string(rs[:len(rs)/2])), tx.kern, enc(string(rs[len(rs)/2:])))
		} else {
			str += " Tj"
		}
		fmt.Fprintf(&content, "BT /F1 12 Tf 1 0 0 1 %.2f %.2f Tm %s ET\n", tx.x, tx.y, str)
	}

	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		stream(content.String()),
	}
	if cjk {
		var cmap strings.Builder
		cmap.WriteString("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
		cmap.WriteString("/CMapName /Test-UCS def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
		fmt.Fprintf(&cmap, "%d beginbfchar\n", len(order))
		for _, r := range order {
			fmt.Fprintf(&cmap, "<%04X> <%04X>\n", cids[r], r)
		}
		cmap.WriteString("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
		objs = append(objs,
			"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>",
			stream(cmap.String()),
			"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
		)
	} else {
		widths := strings.TrimSpace(strings.Repeat("500 ", 126-32+1))
		objs = append(objs, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths ["+widths+"] >>")
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

func stream(data string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(data), data)
}

func TestExtractPDFGo(t *testing.T) {
	t.Parallel()
	ascii := buildPDF(t, false, []pdfText{
		{x: 72, y: 760, s: "Annual Report 2021"},
		// Right half of a line drawn before its left half.
		{x: 150, y: 740, s: "World"},
		{x: 72, y: 740.5, s: "Hello"},
		{x: 72, y: 720, s: "1. Rule of law", kern: -120},
		{x: 72, y: 700, s: "Last line"},
	})
	cjk := buildPDF(t, true, []pdfText{
		{x: 72, y: 780, s: "法治政府建设年度报告"},
		{x: 72, y: 750, s: "一、总体要求"},
		// The font has no widths, so every glyph of a show operation
		// gets the same x; a positive kern then puts the second half
		// left of the first, which must not reorder the text.
		{x: 72, y: 730, s: "（一）坚持依法行政", kern: 250},
		{x: 72, y: 710, s: "2021年"},
		{x: 150, y: 710, s: "工作总结"},
	})
	noText := buildPDF(t, false, nil)

	tests := []struct {
		name    string
		data    []byte
		want    string
		wantErr error
	}{
		{"ascii lines stay apart", ascii, "Annual Report 2021\nHello World\n1. Rule of law\nLast line", nil},
		{"chinese via ToUnicode", cjk, "法治政府建设年度报告\n一、总体要求\n（一）坚持依法行政\n2021年工作总结", nil},
		{"no text layer", noText, "", ErrEmpty},
		{"truncated", ascii[:len(ascii)/2], "", ErrCorrupt},
		{"garbage", []byte("%PDF-1.4\n" + strings.Repeat("x", 300) + "\nstartxref\n9\n%%EOF\n"), "", ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := extractPDFGo(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("text mismatch\n got: %q\nwant: %q", got, tt.want)
			}
			if errors.Is(err, ErrEmpty) && !strings.Contains(err.Error(), "扫描件无文字层") {
				t.Errorf("empty-PDF error should mention scans: %v", err)
			}
		})
	}
}

func TestExtractPDFPoppler(t *testing.T) {
	t.Parallel()
	exe, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) not on PATH; the pure-Go fallback is covered by TestExtractPDFGo")
	}
	ascii := buildPDF(t, false, []pdfText{
		{x: 72, y: 760, s: "Annual Report 2021"},
		{x: 72, y: 740, s: "Hello World"},
	})
	cjk := buildPDF(t, true, []pdfText{
		{x: 72, y: 780, s: "法治政府建设年度报告"},
		{x: 72, y: 750, s: "一、总体要求"},
	})
	tests := []struct {
		name    string
		data    []byte
		want    string
		wantErr error
	}{
		{"ascii", ascii, "Annual Report 2021\nHello World", nil},
		{"chinese", cjk, "法治政府建设年度报告\n一、总体要求", nil},
		// A page without a text layer reads as an empty page; extractPDF
		// decides whether to recognise it.
		{"no text layer", buildPDF(t, false, nil), "", nil},
		{"corrupt", []byte("%PDF-1.4\ngarbage"), "", ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			pages, err := extractPDFPoppler(context.Background(), exe, tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if got := joinPages(pages); got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}
