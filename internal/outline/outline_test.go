package outline

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/gongwen/gongwen/internal/golden"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	bundled "github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/plan"
	"github.com/gongwen/gongwen/internal/zh"
)

// testIndex is the bundled corpus, indexed once per test binary.
var testIndex *index.Index

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "outline-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	testIndex, _, err = index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "内置语料", FS: bundled.FS()}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// now pins "today" so the default year and the goldens never drift.
var now = time.Date(2026, 1, 15, 9, 0, 0, 0, time.Local)

// goldenCases are the outlines kept as golden files: four sections and the
// whole report of 清城区 for 2025.
var goldenCases = []struct {
	name, section, topic string
	items                []string // plan items the section must answer to
}{
	{"law_publicity", "加强法治宣传教育", "普法与法治宣传", []string{"突出抓好宪法学习贯彻", "积极推进《民法典》学习贯彻", "全面实施“八五”普法", "落实“谁执法谁普法”普法责任制"}},
	{"enforcement", "严格规范行政执法", "行政执法", []string{"完善行政执法程序", "加大民政执法力度", "推进行政执法改革创新"}},
	{"decision", "推进行政决策科学化、民主化、法治化", "行政决策", []string{"强化依法决策意识", "严格落实重大行政决策程序", "加强行政决策执行和评估"}},
	{"disputes", "依法有效化解社会矛盾纠纷", "矛盾纠纷化解", []string{"提升信访工作法治化水平", "加强行政复议和行政应诉工作", "加强矛盾纠纷预警防控"}},
	{"whole_report", "", "", nil},
}

func build(t testing.TB, section string) *Outline {
	t.Helper()
	o, err := Build(context.Background(), testIndex, Request{Section: section, Org: "清城区", Year: 2025, Now: now})
	if err != nil {
		t.Fatalf("Build(%q): %v", section, err)
	}
	return o
}

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", name+".golden"), got)
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			o := build(t, tc.section)
			if o.Topic != tc.topic || o.Year != 2025 || o.Org != "清远市清城区民政局" || o.Mode != ModeOffline {
				t.Errorf("topic/year/org/mode = %q/%d/%q/%q", o.Topic, o.Year, o.Org, o.Mode)
			}
			checkGolden(t, tc.name, Markdown(o))
		})
	}
}

// TestCitationsVerbatim checks every outline's citations against the
// documents: verbatim, whole sentences, each [n] resolvable and listed.
func TestCitationsVerbatim(t *testing.T) {
	starts, ends := map[string]map[int]bool{}, map[string]map[int]bool{}
	for _, d := range testIndex.Docs() {
		starts[d.ID], ends[d.ID] = map[int]bool{}, map[int]bool{}
		for _, sp := range zh.Sentences(d.Text, true) {
			starts[d.ID][sp.Start] = true
			ends[d.ID][sp.End] = true
		}
	}
	marker := regexp.MustCompile(`\[(\d+)\]`)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			o := build(t, tc.section)
			if len(o.Citations) == 0 {
				t.Fatal("no citations")
			}
			for i, c := range o.Citations {
				if c.N != i+1 {
					t.Errorf("citation %d numbered %d", i+1, c.N)
				}
				d, ok := testIndex.Doc(c.Doc.ID)
				if !ok {
					t.Fatalf("[%d] cites unknown document %s", c.N, c.Doc.ID)
				}
				if c.Start < 0 || c.End > len(d.Text) || d.Text[c.Start:c.End] != c.Text {
					t.Errorf("[%d] is not verbatim at %d:%d: %q", c.N, c.Start, c.End, c.Text)
				}
				if !starts[d.ID][c.Start] || !ends[d.ID][c.End] {
					t.Errorf("[%d] is not whole sentences: %q", c.N, c.Text)
				}
				if c.Doc != d.Ref() {
					t.Errorf("[%d] doc ref %+v, want %+v", c.N, c.Doc, d.Ref())
				}
			}
			used := map[int]bool{}
			walk(o.Sections, func(s Section) {
				for _, b := range s.Bullets {
					// A placeholder asking for what no source holds (this
					// year's part 五) needs none; anything else does.
					if len(b.Citations) == 0 && !pureAsk(b.Text) {
						t.Errorf("bullet without citation: %q", b.Text)
					}
					var inText []int
					for _, m := range marker.FindAllStringSubmatch(b.Text, -1) {
						n, _ := strconv.Atoi(m[1])
						if !slices.Contains(inText, n) {
							inText = append(inText, n)
						}
						if n < 1 || n > len(o.Citations) {
							t.Errorf("bullet cites [%d] of %d: %q", n, len(o.Citations), b.Text)
						}
						used[n] = true
					}
					if !slices.Equal(inText, b.Citations) {
						t.Errorf("bullet markers %v, citations %v: %q", inText, b.Citations, b.Text)
					}
					if n, ok := unsupportedNumber(b.Text, citedTexts(o, b), o.Year); !ok {
						t.Errorf("number %s of %q is in no passage it cites", n, b.Text)
					}
				}
			})
			if len(used) != len(o.Citations) {
				t.Errorf("%d citations, %d used", len(o.Citations), len(used))
			}
		})
	}
}

// pureAsk: a bullet that is one placeholder naming only the year.
var pureAskRe = regexp.MustCompile(`^【待补充：\d{4}年[^】\d]*】$`)

func pureAsk(s string) bool { return pureAskRe.MatchString(s) }

func citedTexts(o *Outline, b Bullet) []string {
	var out []string
	for _, n := range b.Citations {
		out = append(out, o.Citations[n-1].Text)
	}
	return out
}

func walk(ss []Section, f func(Section)) {
	for _, s := range ss {
		f(s)
		walk(s.Children, f)
	}
}

// TestPlanItemsAppear checks that every plan item mapped to a section's
// topic is cited in its outline, and that the mapping finds the items a
// person would expect.
func TestPlanItemsAppear(t *testing.T) {
	items, err := plan.Items(testIndex, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range goldenCases[:4] {
		t.Run(tc.name, func(t *testing.T) {
			o := build(t, tc.section)
			cited := map[int]bool{}
			for _, c := range o.Citations {
				if c.Doc.Kind == "plan" {
					cited[c.Start] = true
				}
			}
			c := &corpus{req: Request{Section: tc.section}, topic: topicByName(tc.topic)}
			var mapped []string
			for _, it := range items {
				if c.itemMaps(it, c.topic) {
					mapped = append(mapped, it.Title)
					if !cited[it.Start] {
						t.Errorf("plan item %s%s%s maps to %s but is not in the outline", it.GroupNo, it.Number, it.Title, tc.topic)
					}
				}
			}
			for _, want := range tc.items {
				if !slices.Contains(mapped, want) {
					t.Errorf("plan item %q not mapped to %s; mapped: %v", want, tc.topic, mapped)
				}
			}
		})
	}
}

func TestResolveTopic(t *testing.T) {
	for _, tc := range []struct{ section, want string }{
		{"加强法治宣传教育", "普法与法治宣传"},
		{"(五)加强法治宣传教育", "普法与法治宣传"},
		{"严格规范行政执法", "行政执法"},
		{"坚持严格规范公正文明执法", "行政执法"},
		{"推进行政决策科学化、民主化、法治化", "行政决策"},
		{"依法有效化解社会矛盾纠纷", "矛盾纠纷化解"},
		{"完善信访工作制度", "矛盾纠纷化解"},
		{"切实履行推进法治建设第一责任人职责", "组织领导与第一责任人"},
		{"继续深化“放管服”改革", "政府职能与放管服"},
		{"依法全面履行民政职能", "政府职能与放管服"},
		{"加强规范性文件管理", "依法行政制度与规范性文件"},
		{"健全突发事件应对体系", "突发事件应对"},
		{"全面推进政务公开", "权力制约监督与政务公开"},
		{"强化对行政权力的制约和监督", "权力制约监督与政务公开"},
		{"推进数字法治政府建设", "数字法治"},
		{"数字法治", "数字法治"},
		{"普法与法治宣传", "普法与法治宣传"},
		{"乡村振兴", ""},
		{"", ""},
	} {
		t.Run(tc.section, func(t *testing.T) {
			got, ok := ResolveTopic(tc.section)
			if got.Name != tc.want || ok != (tc.want != "") {
				t.Errorf("ResolveTopic(%q) = %q, %v; want %q", tc.section, got.Name, ok, tc.want)
			}
		})
	}
}

func TestUnknownTopic(t *testing.T) {
	_, err := Build(context.Background(), testIndex, Request{Section: "乡村振兴", Org: "清城区", Year: 2025, Now: now})
	var te *TopicError
	if !errors.As(err, &te) || !errors.Is(err, ErrUnknownTopic) {
		t.Fatalf("err = %v, want a TopicError wrapping ErrUnknownTopic", err)
	}
	if len(te.Nearest) == 0 || len(te.Nearest) > 3 {
		t.Fatalf("nearest = %v", te.Nearest)
	}
	for _, n := range te.Nearest {
		if topicByName(n) < 0 {
			t.Errorf("nearest %q is not a topic", n)
		}
	}
	if !strings.Contains(err.Error(), "相近主题") || !strings.Contains(err.Error(), "乡村振兴") {
		t.Errorf("message %q", err)
	}
}

// TestNoEvidence drafts from a corpus that never speaks of 数字法治.
func TestNoEvidence(t *testing.T) {
	fsys := fstest.MapFS{
		"r.txt":         {Data: []byte("某县民政局2024年法治政府建设工作报告\n一、2024年工作情况\n(一)加强法治宣传教育\n我局开展普法宣传活动8场,组织干部职工学法考试。\n(二)严格规范行政执法\n我局落实行政执法三项制度,完成双随机抽查12宗。\n")},
		"manifest.json": {Data: []byte(`{"r.txt": {"title": "某县民政局2024年法治政府建设工作报告", "org": "某县民政局", "year": 2024, "kind": "report"}}`)},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "t", FS: fsys}}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = Build(context.Background(), ix, Request{Section: "推进数字法治政府建设", Org: "某县", Year: 2025, Now: now})
	var te *TopicError
	if !errors.As(err, &te) || !errors.Is(err, ErrNoEvidence) {
		t.Fatalf("err = %v, want ErrNoEvidence", err)
	}
	sort.Strings(te.Nearest)
	if !slices.Equal(te.Nearest, []string{"普法与法治宣传", "行政执法"}) {
		t.Errorf("nearest = %v, want the two topics the corpus covers", te.Nearest)
	}
	o, err := Build(context.Background(), ix, Request{Section: "加强法治宣传教育", Org: "某县", Year: 2025, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	md := Markdown(o)
	if !strings.Contains(md, "【待补充：2025年开展普法宣传活动场次（2024年为8场[") {
		t.Errorf("placeholder missing:\n%s", md)
	}
}

func TestDefaultYear(t *testing.T) {
	o, err := Build(context.Background(), testIndex, Request{Section: "加强法治宣传教育", Org: "清城区", Now: time.Date(2025, 2, 10, 0, 0, 0, 0, time.Local)})
	if err != nil {
		t.Fatal(err)
	}
	if o.Year != 2024 {
		t.Errorf("year = %d, want 2024 (the year before now)", o.Year)
	}
	// The 2024 report is the one being drafted: no earlier one to follow up.
	if !strings.Contains(o.Note, "2024年以前的报告") {
		t.Errorf("note %q should say there is no earlier report", o.Note)
	}
}

func TestFigures(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		want     []string // label=figure
	}{
		{"2024年,我局共开展普法宣传活动10场。", []string{"开展普法宣传活动场次=10场"}},
		{"2024年,我局共开展专题学法会议6次,共有41名干部职工参加线上学习及考试,考试通过率为100%。", []string{"开展专题学法会议次数=6次", "参加线上学习及考试的干部职工人数=41名", "考试通过率=100%"}},
		// 27 counts the 民办非企业单位 inspected, not how many there are.
		{"2024年,我局完成31宗“双随机、一公开”案件(民办非企业单位27间,社会团体1间,养老机构3间)。", []string{"完成“双随机、一公开”案件宗数=31宗", "完成“双随机、一公开”案件中民办非企业单位数量=27间", "完成“双随机、一公开”案件中社会团体数量=1间", "完成“双随机、一公开”案件中养老机构数量=3间"}},
		{"2024年,我局共废止规范性文件1件。", []string{"废止规范性文件件数=1件"}},
		{"2024年,累计发放最低生活保障资金约5346万元。", []string{"发放最低生活保障资金=5346万元"}},
		{"已完成适老化改造106户,完成率为103%。", []string{"已完成适老化改造户数=106户", "适老化改造完成率=103%"}},
		{"组织干部职工参加学法考试,参考率、合格率均为100%。", []string{"学法考试参考率、合格率=100%"}},
		{"开展宪法日、民法典等普法宣传活动439场。", []string{"开展普法宣传活动场次=439场"}},
		{"为婚姻登记当事人提供情感辅导、财产处理、子女抚养以及离婚家庭纠纷等调解34人次;", []string{"为婚姻登记当事人提供调解人次=34人次"}},
		{"全镇20个村委会已全部建立村级社会综合服务站。", []string{"建立村级社会综合服务站的村委会数量=20个"}},
		{"全区在册社会组织655个,其中,社会团体113个,民办非企业单位542个,新成立社会组织共15个。", []string{"在册社会组织数量=655个", "在册社会组织中社会团体数量=113个", "在册社会组织中民办非企业单位数量=542个", "新成立社会组织数量=15个"}},
		{"“双百工程”项目现有8个社工站和41个服务点。", []string{"“双百工程”项目社工站数量=8个", "服务点数量=41个"}},
		// What a figure counts can follow it, after another figure's noun.
		{"聚焦中心工作开展7个方面31项课题研究，形成了一批高质量调研成果。", []string{"聚焦中心工作开展课题研究项数=31项"}},
		{"实施十大民生工程，办好50件民生实事。", []string{"办好民生实事件数=50件"}},
		// A growth is of the figure before it; full-width text too.
		{"全年地区生产总值1020.9亿元，增长8%。", []string{"地区生产总值金额=1020.9亿元", "地区生产总值增长比例=8%"}},
		{"组织干部职工参加学法考试，参考率为100%。", []string{"学法考试参考率=100%"}},
		{"从预警、调解2个方面入手,每半个月召开1次协调会议。", nil},
		{"充分利用“9.5”中华慈善日、“12·4”国家宪法日等特殊时间节点。", nil},
		{"在2024年5月举办培训班,2024年11月7日批复。", nil},
	} {
		t.Run(tc.sentence, func(t *testing.T) {
			var got []string
			for _, f := range figures(tc.sentence) {
				got = append(got, f.label+"="+tc.sentence[f.start:f.end])
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("figures = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCondense(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"一是执法质量需进一步提升。", "执法质量需进一步提升"},
		{"主要是:一是执法质量需进一步提升。", "执法质量需进一步提升"},
		{"另外,我局充分利用12·4法制宣传日举办普法宣传活动。", "我局充分利用12·4法制宣传日举办普法宣传活动"},
		{"(一)进一步推动学习贯彻习近平法治思想走深走实。", "进一步推动学习贯彻习近平法治思想走深走实"},
		{"2.突出抓好宪法学习贯彻。", "突出抓好宪法学习贯彻"},
		{"9.5中华慈善日开展活动。", "9.5中华慈善日开展活动"},
		{strings.Repeat("很长的句子,", 20) + "结尾。", strings.Repeat("很长的句子,", 12) + "很长的句子……"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := condense(tc.in); got != tc.want {
				t.Errorf("condense = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestPromptFilesInSync(t *testing.T) {
	for _, tc := range []struct{ file, builtin string }{
		{promptFile, builtinPrompt},
		{schemaFile, builtinSchema},
	} {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "prompts", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if string(b) != tc.builtin {
				t.Errorf("prompts/%s and its built-in copy differ; update the copy in internal/outline", tc.file)
			}
		})
	}
	if _, err := parseSchema(builtinSchema); err != nil {
		t.Fatal(err)
	}
}

func TestRenderPromptGolden(t *testing.T) {
	o := build(t, "加强法治宣传教育")
	msgs, err := RenderPrompt(builtinPrompt, builtinSchema, o)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, m := range msgs {
		fmt.Fprintf(&b, "=== %s ===\n%s\n", m.Role, m.Content)
	}
	checkGolden(t, "prompt_law_publicity", b.String())
}

// BenchmarkBuild drafts outlines offline; it reports the median time per
// outline as p50-ms beside the mean.
func BenchmarkBuild(b *testing.B) {
	for _, tc := range []struct {
		name, section string
		full          bool // with drafts and the 事实依据表
	}{
		{"section", "加强法治宣传教育", false},
		{"whole", "", false},
		{"whole-draft-evidence", "", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			var ds []time.Duration
			for b.Loop() {
				start := time.Now()
				if _, err := Build(context.Background(), testIndex, Request{Section: tc.section, Org: "清城区", Year: 2025, Now: now, Draft: tc.full, Evidence: tc.full}); err != nil {
					b.Fatal(err)
				}
				ds = append(ds, time.Since(start))
			}
			slices.Sort(ds)
			b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-ms")
		})
	}
}

// TestConcurrentBuild: the bot and the HTTP API draft outlines in parallel
// on one index.
func TestConcurrentBuild(t *testing.T) {
	want := Markdown(build(t, "加强法治宣传教育"))
	errs := make(chan string, 8)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o, err := Build(context.Background(), testIndex, Request{Section: "加强法治宣传教育", Org: "清城区", Year: 2025, Now: now})
			if err != nil {
				errs <- err.Error()
			} else if Markdown(o) != want {
				errs <- "outline differs between concurrent runs"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestAllow: an outline for a caller who may read only some documents cites
// nothing else and names no other document, section or whole report.
func TestAllow(t *testing.T) {
	const own = "001_5d2ab5fed4f2549d" // 清城区民政局 2024
	allow := func(id string) bool { return id == own }
	for _, section := range []string{"加强法治宣传教育", ""} {
		t.Run("section "+section, func(t *testing.T) {
			o, err := Build(context.Background(), testIndex, Request{Section: section, Org: "清城区", Year: 2025, Now: now, Allow: allow})
			if err != nil {
				t.Fatal(err)
			}
			if len(o.Citations) == 0 {
				t.Fatal("no citations from the office's own report")
			}
			b, _ := json.Marshal(o)
			for _, d := range testIndex.Docs() {
				if d.ID != own && (strings.Contains(string(b), d.ID) || strings.Contains(string(b), d.Title)) {
					t.Errorf("the outline names %s %s", d.ID, d.Title)
				}
			}
		})
	}
}
