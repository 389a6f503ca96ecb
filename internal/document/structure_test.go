package document_test

import (
	"encoding/json"
	"fmt"
	"github.com/gongwen/gongwen/internal/golden"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
)

// bundled is one document of the bundled corpus, loaded with its manifest
// the way ingest loads it.
type bundled struct {
	name string
	doc  *document.Document
}

func loadBundled(t *testing.T) []bundled {
	t.Helper()
	fsys := corpus.FS()
	raw, err := fs.ReadFile(fsys, "manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	manifest := map[string]document.Meta{}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 5 {
		t.Fatalf("bundled corpus has %d documents, want 5", len(names))
	}
	var out []bundled
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatal(err)
		}
		m, ok := manifest[name]
		if !ok {
			t.Fatalf("%s: not in manifest.json", name)
		}
		d, err := document.Load(document.IDFromName(name), name, data, &m)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out = append(out, bundled{name, d})
	}
	return out
}

// renderSections is what a person checks: one heading path per line,
// indented by depth, with its byte range.
func renderSections(d *document.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s  %s\n", d.ID, d.Title)
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "%s[%d,%d) %s\n", strings.Repeat("  ", len(s.Path)-1), s.Start, s.End, s.Path)
	}
	return b.String()
}

func renderChunks(cs []document.Chunk) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "=== %s [%d,%d) %d runes\npath: %s\n%s\n\n",
			c.ID, c.Start, c.End, utf8.RuneCountInString(c.Text), c.Path, c.Text)
	}
	return b.String()
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name), got)
}

func TestGoldenStructure(t *testing.T) {
	for _, b := range loadBundled(t) {
		t.Run(b.doc.ID, func(t *testing.T) {
			checkGolden(t, b.doc.ID+".sections.golden", renderSections(b.doc))
			checkGolden(t, b.doc.ID+".chunks.golden", renderChunks(b.doc.Chunks()))
		})
	}
}

// sentenceEnd reports whether a chunk may end at end: after a sentence mark
// (closing quotes and brackets may follow it), at a line end or at the end
// of the text.
func sentenceEnd(text string, end int) bool {
	if end == len(text) {
		return true
	}
	if rest := text[end:]; strings.TrimLeft(rest, " \t\r\u3000")[:1] == "\n" || strings.TrimSpace(rest) == "" {
		return true
	}
	s := strings.TrimRight(text[:end], "”’\")）」』")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("。!?！？;；", r)
}

// sentenceStart reports whether a chunk may start at start: at the start of
// the text, of a line or right after a sentence end.
func sentenceStart(text string, start int) bool {
	before := strings.TrimRight(text[:start], " \t\r\u3000")
	return before == "" || strings.HasSuffix(before, "\n") || sentenceEnd(text, len(before))
}

func TestChunkInvariants(t *testing.T) {
	for _, b := range loadBundled(t) {
		d := b.doc
		t.Run(d.ID, func(t *testing.T) {
			cs := d.Chunks()
			if len(cs) < 10 {
				t.Fatalf("%d chunks; a report of ~11 KB should give more", len(cs))
			}
			prevEnd := 0
			for i, c := range cs {
				if c.Text != d.Text[c.Start:c.End] {
					t.Errorf("%s: Text != doc.Text[%d:%d]", c.ID, c.Start, c.End)
				}
				if c.DocID != d.ID || c.ID != fmt.Sprintf("%s#%d", d.ID, i) {
					t.Errorf("chunk %d: id %q doc %q", i, c.ID, c.DocID)
				}
				if strings.TrimSpace(c.Text) == "" || c.Text != strings.TrimSpace(c.Text) {
					t.Errorf("%s: empty or untrimmed text %q", c.ID, c.Text)
				}
				if c.Start < prevEnd {
					t.Errorf("%s: starts at %d, before the previous chunk ends (%d)", c.ID, c.Start, prevEnd)
				}
				prevEnd = c.End
				if !slices.Equal(c.Path, d.PathAt(c.Start)) {
					t.Errorf("%s: path %q, section at its start is %q", c.ID, c.Path, d.PathAt(c.Start))
				}
				for _, s := range d.Sections {
					if (c.Start < s.Start && s.Start < c.End) || (c.Start < s.End && s.End < c.End) {
						t.Errorf("%s [%d,%d) crosses section %q [%d,%d)", c.ID, c.Start, c.End, s.Path, s.Start, s.End)
					}
				}
				if !sentenceEnd(d.Text, c.End) {
					t.Errorf("%s ends mid-sentence: …%q", c.ID, tail(c.Text, 20))
				}
				if !sentenceStart(d.Text, c.Start) {
					t.Errorf("%s starts mid-sentence: %q…", c.ID, head(c.Text, 20))
				}
				for _, line := range strings.Split(c.Text, "\n") {
					if document.IsChromeLine(line) {
						t.Errorf("%s contains page chrome %q", c.ID, line)
					}
				}
				for _, chrome := range []string{"当前位置", "浏览量", "【字体", "转载分享", "发布日期", "信息来源", "责任编辑"} {
					if strings.Contains(c.Text, chrome) {
						t.Errorf("%s contains page chrome %q", c.ID, chrome)
					}
				}
				for _, s := range d.Sections {
					if c.Start == s.Start && strings.Join(strings.Fields(c.Text), "") == strings.Join(strings.Fields(s.Heading), "") {
						t.Errorf("%s is only the heading %q: its words belong in the path", c.ID, s.Heading)
					}
				}
			}
			// Every body line is in some chunk, except bare heading lines.
			covered := func(off int) bool {
				for _, c := range cs {
					if c.Start <= off && off < c.End {
						return true
					}
				}
				return false
			}
			for _, sp := range d.Body {
				line := d.Text[sp.Start:sp.End]
				if !covered(sp.Start) && !isSectionStart(d, sp.Start) {
					t.Errorf("body line not in any chunk: %q", head(line, 30))
				}
			}
		})
	}
}

func isSectionStart(d *document.Document, off int) bool {
	for _, s := range d.Sections {
		if s.Start == off {
			return true
		}
	}
	return false
}

func head(s string, n int) string {
	rs := []rune(s)
	return string(rs[:min(n, len(rs))])
}

func tail(s string, n int) string {
	rs := []rune(s)
	return string(rs[max(0, len(rs)-n):])
}

func TestSectionInvariants(t *testing.T) {
	reInline := regexp.MustCompile(`^[一二三四五六七八九十]+是`)
	for _, b := range loadBundled(t) {
		d := b.doc
		t.Run(d.ID, func(t *testing.T) {
			if len(d.Sections) < 5 {
				t.Fatalf("%d sections", len(d.Sections))
			}
			for i, s := range d.Sections {
				if reInline.MatchString(s.Heading) {
					t.Errorf("inline enumeration parsed as a heading: %q", s.Heading)
				}
				if s.Start >= s.End || s.End > len(d.Text) {
					t.Errorf("%q: bad range [%d,%d)", s.Path, s.Start, s.End)
				}
				if len(s.Path) == 0 || s.Path[len(s.Path)-1] != s.Heading || !strings.HasPrefix(s.Heading, s.Marker) {
					t.Errorf("%q: path does not end in heading %q with marker %q", s.Path, s.Heading, s.Marker)
				}
				if !strings.HasPrefix(strings.Join(strings.Fields(d.Text[s.Start:]), ""), strings.TrimSuffix(s.Heading, "…")) {
					t.Errorf("%q: heading is not the text at %d", s.Heading, s.Start)
				}
				if i > 0 && d.Sections[i-1].Start >= s.Start {
					t.Errorf("sections out of order at %q", s.Path)
				}
				// The parent is the section one level up that contains it.
				if len(s.Path) > 1 {
					var parent *document.Section
					for j := i - 1; j >= 0; j-- {
						if len(d.Sections[j].Path) == len(s.Path)-1 {
							parent = &d.Sections[j]
							break
						}
					}
					if parent == nil || !slices.Equal(parent.Path, s.Path[:len(s.Path)-1]) ||
						parent.Rank >= s.Rank || s.Start < parent.Start || s.End > parent.End {
						t.Errorf("%q: no enclosing parent section", s.Path)
					}
				}
			}
		})
	}
}

// TestHeadingPaths pins the paths staff cite, for the report and the plan
// whose structure the answers and outlines lean on most.
func TestHeadingPaths(t *testing.T) {
	docs := map[string]*document.Document{}
	for _, b := range loadBundled(t) {
		docs[b.doc.ID] = b.doc
	}
	paths := func(d *document.Document) []string {
		var out []string
		for _, s := range d.Sections {
			out = append(out, s.Path.String())
		}
		return out
	}
	t.Run("001 all", func(t *testing.T) {
		want := []string{
			"一、2024年工作情况",
			"一、2024年工作情况 > (一)深入学习宣传贯彻党的二十大和二十届二中、三中全会精神和习近平法治思想",
			"一、2024年工作情况 > (二)切实履行推进法治建设第一责任人职责",
			"一、2024年工作情况 > (三)依法全面履行民政职能",
			"一、2024年工作情况 > (四)严格规范行政执法行为",
			"一、2024年工作情况 > (五)加强法治宣传教育",
			"一、2024年工作情况 > (六)推进行政决策科学化、民主化、法治化",
			"二、存在的主要问题",
			"三、2025年工作计划",
			"三、2025年工作计划 > (一)进一步推动学习贯彻习近平法治思想走深走实",
			"三、2025年工作计划 > (二)全面加强法治宣传教育",
			"三、2025年工作计划 > (三)持续强化法治保障力度",
		}
		if got := paths(docs["001_5d2ab5fed4f2549d"]); !slices.Equal(got, want) {
			t.Errorf("paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	tests := []struct {
		doc, passage string
		want         document.HeadingPath
	}{
		{"001_5d2ab5fed4f2549d", "一是局党组带头落实“第一议题”制度", document.HeadingPath{"一、2024年工作情况", "(一)深入学习宣传贯彻党的二十大和二十届二中、三中全会精神和习近平法治思想"}},
		{"001_5d2ab5fed4f2549d", "二是把深入学习贯彻习近平法治思想作为重要政治任务", document.HeadingPath{"一、2024年工作情况", "(一)深入学习宣传贯彻党的二十大和二十届二中、三中全会精神和习近平法治思想"}},
		{"000_12c169896502c5d3", "目前,全区共有社会组织252个", document.HeadingPath{"二、依法全面履行行政职能", "(三)创新社会治理工作"}},
		{"002_dfd0412c3a773f71", "(局办公室、市民政执法大队牵头,各科室、直属单位具体配合)", document.HeadingPath{"二、主要任务", "(一)突出重点的法律法规学习贯彻", "2.突出抓好宪法学习贯彻"}},
		{"003_bcdce05153399615", "(一)职权有限", document.HeadingPath{"十、存在的问题和不足", "(一)职权有限"}},
		{"004_c5029b86a2490bce", "1.始终坚持依法依规化解信访问题", document.HeadingPath{"一、主要工作完成情况", "(一)调处股", "1.始终坚持依法依规化解信访问题"}},
	}
	for _, tt := range tests {
		t.Run(tt.doc+" "+head(tt.passage, 8), func(t *testing.T) {
			d := docs[tt.doc]
			i := strings.Index(d.Text, tt.passage)
			if i < 0 {
				t.Fatalf("passage not in %s", tt.doc)
			}
			for _, c := range d.Chunks() {
				if c.Start <= i && i < c.End {
					if !slices.Equal(c.Path, tt.want) {
						t.Errorf("chunk %s path %q, want %q", c.ID, c.Path, tt.want)
					}
					return
				}
			}
			t.Errorf("passage in no chunk")
		})
	}
}

// TestStructureMarkers covers heading forms the bundled corpus lacks:
// full-width brackets, 1、 and (1), 第X章, and what is not a heading.
func TestStructureMarkers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // heading paths in order
	}{
		{"full-width", "一、总体要求\n正文。\n（一）指导思想\n正文。\n1、坚持党的领导\n正文。\n（1）学习\n正文。\n二、主要任务\n正文。",
			[]string{"一、总体要求", "一、总体要求 > （一）指导思想", "一、总体要求 > （一）指导思想 > 1、坚持党的领导", "一、总体要求 > （一）指导思想 > 1、坚持党的领导 > （1）学习", "二、主要任务"}},
		{"chapters", "第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 职责\n第二条 民政局负责。",
			[]string{"第一章总则", "第一章总则 > 第一条为了规范管理，制定本办法", "第二章职责", "第二章职责 > 第二条民政局负责"}},
		{"inline enumeration", "一、工作情况\n一是加强学习;二是强化宣传。\n二是另起一行也不是标题。\n2019年以来,我局加强领导。\n12·4宪法日开展宣传。",
			[]string{"一、工作情况"}},
		{"heading with body", "(一)深化行政审批制度改革。我局根据上级要求,精简审批事项。\n(二)完善权责清单",
			[]string{"(一)深化行政审批制度改革", "(二)完善权责清单"}},
		// A 办法's article holds its items (款, 项); the next article is
		// the items' article's sibling, not one of the items' children.
		{"article items", "第一章 总则\n第一条 为规范报销，制定本办法。\n第三章 报销\n第九条 按以下权限审批：\n（一）一般人员，由科长审批；\n（二）科长，由局长审批。\n第十条 住宿费凭发票报销。\n1.省内每晚300元。\n第十一条 伙食补助包干。",
			[]string{"第一章总则", "第一章总则 > 第一条为规范报销，制定本办法", "第三章报销", "第三章报销 > 第九条按以下权限审批：", "第三章报销 > 第九条按以下权限审批： > （一）一般人员，由科长审批；", "第三章报销 > 第九条按以下权限审批： > （二）科长，由局长审批", "第三章报销 > 第十条住宿费凭发票报销", "第三章报销 > 第十条住宿费凭发票报销 > 1.省内每晚300元", "第三章报销 > 第十一条伙食补助包干"}},
		// A section may quote articles: they sit under it.
		{"articles quoted in a section", "二、主要内容\n第一条 明确适用范围。\n三、施行时间\n自公布之日起施行。",
			[]string{"二、主要内容", "二、主要内容 > 第一条明确适用范围", "三、施行时间"}},
		// Outside a document of articles a line that opens with 第X条
		// closes no item: "第一条线路…" is the first route, "第五条明确，…"
		// a 解读 speaking of an article.
		{"第X条 in an item", "（二）提升公共服务\n1.增设养老服务站。\n第一条线路由县公交公司负责开通。\n2.完善充电设施。\n（三）加强长效管理\n1.引入物业服务。",
			[]string{"（二）提升公共服务", "（二）提升公共服务 > 1.增设养老服务站", "（二）提升公共服务 > 1.增设养老服务站 > 第一条线路由县公交公司负责开通", "（二）提升公共服务 > 2.完善充电设施", "（三）加强长效管理", "（三）加强长效管理 > 1.引入物业服务"}},
		{"解读 of an article", "（一）关于救助对象。\n第五条明确，救助对象为遭遇困难的家庭。\n（二）关于救助标准。\n按月发放。",
			[]string{"（一）关于救助对象", "（一）关于救助对象 > 第五条明确，救助对象为遭遇困难的家庭", "（二）关于救助标准"}},
		{"skipped level", "一、总体要求\n1.坚持依法行政\n正文。\n二、主要任务",
			[]string{"一、总体要求", "一、总体要求 > 1.坚持依法行政", "二、主要任务"}},
		{"number that is not a heading", "一、情况\n3.17国际社工日开展宣传。\n2024年完成任务。",
			[]string{"一、情况"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sections {
				got = append(got, s.Path.String())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paths:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, c := range d.Chunks() {
				if c.Text != d.Text[c.Start:c.End] {
					t.Errorf("%s: text/offset mismatch", c.ID)
				}
			}
		})
	}
}

// TestChunksSkipChromeBetweenLines: a chrome line between two body lines
// splits the chunk rather than being swept into its span.
func TestChunksSkipChromeBetweenLines(t *testing.T) {
	text := "关于印发方案的通知\n发布日期:2022-01-03信息来源:\n株洲市民政局\n现将方案印发给你们。\n责任编辑:市民政局\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, c := range d.Chunks() {
		all = append(all, c.Text)
	}
	joined := strings.Join(all, "|")
	if strings.Contains(joined, "发布日期") || strings.Contains(joined, "责任编辑") {
		t.Errorf("chunks include chrome: %q", all)
	}
	if !strings.Contains(joined, "现将方案印发给你们。") || !strings.Contains(joined, "关于印发方案的通知") {
		t.Errorf("chunks lost body text: %q", all)
	}
}

// A record's heading that is its number alone is read with the first
// field of the line under it, whom the record is of; a heading that says
// what its section is of, a number whose next line is a sentence or a
// date, and a phone number are left as written.
func TestRecordHeadingSubject(t *testing.T) {
	text := "芦溪县救助管理站受助人员登记\n\n一、逐人登记\n（一）登记号：2026-031\n姓名：庞玉珍　性别：女　年龄：64岁\n救助内容：提供餐食3餐。\n（二）登记号：2026-032\n本月第二例为无名氏，身份待查。\n（三）接待时间：3月8日\n姓名：韩立　性别：男\n（四）编号：A-12\n日期：2026年3月5日\n（五）咨询电话：0731-1234567\n办理地点：县政务服务中心一楼\n二、小结\n本月接待2人。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.Heading)
	}
	want := []string{"一、逐人登记", "（一）登记号：2026-031 姓名：庞玉珍", "（二）登记号：2026-032", "（三）接待时间：3月8日", "（四）编号：A-12", "（五）咨询电话：0731-1234567", "二、小结"}
	if !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}

// TestRegisterEntries: a register's entries numbered "第N号" over their
// fields are sections, each read with whom it is of; a 令's number over
// its text heads nothing.
func TestRegisterEntries(t *testing.T) {
	text := "青岭镇矛盾纠纷排查登记表\n\n第1号\n登记日期：3月2日　来源：村调解委员会\n当事人：周德明、周德亮（兄弟）\n纠纷事由：宅基地界址争议。\n调处结果：3月9日现场丈量后达成协议。\n\n第2号\n登记日期：3月6日\n纠纷事由：邻里占道堆放柴草。\n调处结果：当场劝导，已清理。\n\n某省人民政府令\n第12号\n《某省农村宅基地管理办法》已经省人民政府常务会议通过，现予公布。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Sections {
		got = append(got, s.Heading)
	}
	want := []string{"第1号 当事人：周德明、周德亮（兄弟）", "第2号 纠纷事由：邻里占道堆放柴草。"}
	if !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
}
