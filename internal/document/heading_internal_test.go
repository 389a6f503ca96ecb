package document

import (
	"slices"
	"strings"
	"testing"
)

// TestDecimalHeadings: 预案 and standards number their outline 1 > 1.1 >
// 1.1.1; a line that merely starts with a number is not a heading.
func TestDecimalHeadings(t *testing.T) {
	for _, c := range []struct {
		line, marker string
		rank         int
		ok           bool
	}{
		{"1 总则", "1", 8, true},
		{"2.3 应急响应", "2.3", 9, true},
		{"4.2.1 启动条件", "4.2.1", 10, true},
		{"3 人参加了培训,其中女性2人,男性1人,另有志愿者若干人参与协助", "", 0, false},
		{"2019年全区完成", "", 0, false},
	} {
		m, _, r, ok := parseHeading(c.line)
		if ok != c.ok || (ok && (m != c.marker || r != c.rank)) {
			t.Errorf("parseHeading(%q) = %q, rank %d, %v; want %q, rank %d, %v", c.line, m, r, ok, c.marker, c.rank, c.ok)
		}
	}
}

// TestLabelledItemHeadings: "问题3:…" and "议定事项二：…" head the field
// lines under them as "1." does; a field line ("整改时限:…") heads nothing.
func TestLabelledItemHeadings(t *testing.T) {
	for line, want := range map[string]bool{
		"问题3:矿山生态修复滞后。全县有废弃矿山32座。": true,
		"议定事项二：关于水厂扩建":             true,
		"整改时限:2026年12月底前":          false,
		"截至2025年6月30日:":            false,
	} {
		if _, _, _, ok := parseHeading(line); ok != want {
			t.Errorf("%q: heading %v, want %v", line, ok, want)
		}
	}
}

// TestTableRowsKept: a tab-separated table row is content, whatever its
// first cell is numbered, and a short table under a heading is a passage,
// not the heading alone — no line of a table is lost from the chunks.
func TestTableRowsKept(t *testing.T) {
	text := "二、办理情况\n第五条第(二)项\n事项\t本年数量\n许可\t321\n处罚\t45\n(一)同意\t12\t3\t15\n1.部分同意\t2\t0\t2\n三、其他\n无。\n"
	d := &Document{Text: text}
	d.Structure()
	var all string
	for _, c := range d.Chunks() {
		all += c.Text + "\n"
	}
	for _, want := range []string{"处罚\t45", "(一)同意\t12\t3\t15", "1.部分同意\t2"} {
		if !strings.Contains(all, want) {
			t.Errorf("chunks lack %q:\n%s", want, all)
		}
	}
	for _, s := range d.Sections {
		if strings.ContainsRune(s.Heading, '\t') {
			t.Errorf("table row read as heading %q", s.Heading)
		}
	}
	// A typist's tab after a heading's marker keeps it a heading.
	for line, want := range map[string]bool{"一、\t主要工作成效": true, "(二)\t存在的问题": true, "1.属于国家秘密\t0": false, "(一)同意\t12\t3": false, "一、组织领导\t20分": false} {
		if _, _, _, ok := parseHeading(line); ok != want {
			t.Errorf("%q: heading %v, want %v", line, ok, want)
		}
	}
}

// TestHeadingWithFigureKept: a heading that states a figure ("一、加分项
// (累计不超过5分)") is a passage even with nothing under it but its own
// sub-headings; one that states only its year is not.
func TestHeadingWithFigureKept(t *testing.T) {
	d := &Document{Text: "考核细则\n一、加分项(累计不超过5分)\n(一)获得国家级表彰的加3分。\n二、2025年工作计划\n(一)抓好普法。\n"}
	d.Structure()
	var all []string
	for _, c := range d.Chunks() {
		all = append(all, c.Text)
	}
	if !slices.Contains(all, "一、加分项(累计不超过5分)") {
		t.Errorf("a heading with a figure is lost: %q", all)
	}
	if slices.Contains(all, "二、2025年工作计划") {
		t.Errorf("a heading with only its year is a passage: %q", all)
	}
}

// TestStyledHeadingsOverArticles: in a document of articles a Word heading
// style without a number ("适用范围" at level 2) stands where a 节 would,
// above the articles — the next 第X条 does not close it.
func TestStyledHeadingsOverArticles(t *testing.T) {
	text := "第一章 总则\n适用范围\n第一条 本规定适用于局机关。\n第二条 局属单位参照执行。\n住宿标准\n第三条 省会城市每晚380元。\n第四条 其他城市每晚300元。\n"
	d := &Document{Text: text, outline: map[int]int{}}
	for _, h := range []string{"适用范围", "住宿标准"} {
		d.outline[strings.Index(text, h)] = 1
	}
	d.Structure()
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.Path.String())
	}
	want := []string{"第一章总则", "第一章总则 > 适用范围", "第一章总则 > 适用范围 > 第一条本规定适用于局机关", "第一章总则 > 适用范围 > 第二条局属单位参照执行", "第一章总则 > 住宿标准", "第一章总则 > 住宿标准 > 第三条省会城市每晚380元", "第一章总则 > 住宿标准 > 第四条其他城市每晚300元"}
	if !slices.Equal(got, want) {
		t.Errorf("paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLeadInHeading: an article's lead-in that ends in a colon is what the
// items under it are of, kept whole within twice the bound; a long line with
// a sentence's end before its colon is cut as any run-on heading is.
func TestLeadInHeading(t *testing.T) {
	for _, c := range []struct{ rest, want string }{
		{"拟作出下列行政处罚决定的，应当经局政策法规股进行法制审核后，提交局长办公会议集体讨论决定：", "拟作出下列行政处罚决定的，应当经局政策法规股进行法制审核后，提交局长办公会议集体讨论决定"},
		{"为深入贯彻落实党中央国务院关于加强新时代老龄工作的决策部署和省市有关工作要求，切实保障入住养老机构老年人的生命财产安全和合法权益。现就有关事项通知如下：", "为深入贯彻落实党中央国务院关于加强新时代老龄工作的决策部署和省市有关工作要求"},
	} {
		if got := headingTitle(c.rest); got != c.want {
			t.Errorf("headingTitle(%q) = %q, want %q", c.rest, got, c.want)
		}
	}
}
