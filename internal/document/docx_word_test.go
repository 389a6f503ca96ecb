package document

import (
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// A document as Word or WPS writes it with localized style names, an
// outline level on a plain paragraph, multi-level Chinese numbering, a
// table with merged cells and a footnote.
var wordParts = map[string]string{
	"word/styles.xml": `<w:styles ` + wNS + `>
<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="标题 1"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="MyHead"><w:name w:val="我的标题"/><w:basedOn w:val="2"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="x-custom"/></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="正文缩进"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Num1"><w:name w:val="编号一"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>`,
	"word/numbering.xml": `<w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%4)"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`,
	"word/footnotes.xml": `<w:footnotes ` + wNS + `>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>数据来源:区统计局。</w:t></w:r></w:p></w:footnote>
</w:footnotes>`,
	"word/document.xml": `<w:document ` + wNS + `><w:body>
<w:p><w:pPr><w:pStyle w:val="Num1"/></w:pPr><w:r><w:t>工作情况</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="2"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>依法履职</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>完善制度。</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="3"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>细化清单。</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="2"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>规范执法。</w:t><w:footnoteReference w:id="1"/></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>要点</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="MyHead"/></w:pPr><w:r><w:t>普法宣传</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading3"/></w:pPr><w:r><w:t>以案释法</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Body"/></w:pPr><w:r><w:t>正文一段。</w:t></w:r></w:p>
<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>存在问题</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Num1"/></w:pPr><w:r><w:t>下一步计划</w:t></w:r></w:p>
<w:tbl>
<w:tr><w:tc><w:p><w:r><w:t>事项</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>配合单位</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr><w:p><w:r><w:t>（一）分组</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>甲|乙</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>局办公室</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内表</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>
</w:tbl>
</w:body></w:document>`,
}

func TestWordStructure(t *testing.T) {
	t.Parallel()
	data := zipBytes(t, wordParts)
	d, err := Load("x", "报告.docx", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantText := strings.Join([]string{
		"一、工作情况",
		"（一）依法履职",
		"1.完善制度。",
		"(1)细化清单。",
		"2.规范执法。",
		"注:数据来源:区统计局。",
		"要点",
		"普法宣传",
		"以案释法",
		"正文一段。",
		"存在问题",
		"二、下一步计划",
		"| 事项 | 牵头单位 | 配合单位 |",
		"| （一）分组 |  |  |",
		"| 甲｜乙 第二段 | 局办公室 | 内表 |",
		"| 丙 | 局办公室 |  |",
	}, "\n")
	if d.Text != wantText {
		t.Errorf("text\n got: %q\nwant: %q", d.Text, wantText)
	}
	var paths []string
	for _, s := range d.Sections {
		paths = append(paths, s.Path.String())
	}
	wantPaths := []string{
		"一、工作情况",
		"一、工作情况 > （一）依法履职",
		"一、工作情况 > （一）依法履职 > 1.完善制度",
		"一、工作情况 > （一）依法履职 > 1.完善制度 > (1)细化清单",
		"一、工作情况 > （一）依法履职 > 2.规范执法",
		"一、工作情况 > 普法宣传",        // 我的标题 is based on 标题 2: level 1
		"一、工作情况 > 普法宣传 > 以案释法", // style id Heading3: level 2
		"存在问题", // outline level 0 on the paragraph itself
		"二、下一步计划",
	}
	if strings.Join(paths, "\n") != strings.Join(wantPaths, "\n") {
		t.Errorf("paths\n got: %q\nwant: %q", paths, wantPaths)
	}
}

func TestFormatNumber(t *testing.T) {
	t.Parallel()
	tests := []struct {
		n    int
		f    string
		want string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCountingThousand", "十一"},
		{20, "chineseCounting", "二十"}, {101, "chineseCounting", "一百零一"}, {3, "chineseLegalSimplified", "叁"},
		{2, "ideographTraditional", "乙"}, {3, "decimalEnclosedCircle", "③"}, {4, "decimal", "4"},
		{2, "decimalFullWidth", "２"}, {3, "lowerLetter", "c"}, {4, "upperRoman", "IV"}, {5, "decimalZero", "05"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.n, tt.f); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.n, tt.f, got, tt.want)
		}
	}
}
