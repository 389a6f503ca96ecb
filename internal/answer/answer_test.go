package answer_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

var update = flag.Bool("update", false, "rewrite golden files")

// Document ids of the bundled corpus (corpus/manifest.json).
const (
	docQingxin2019 = "000_12c169896502c5d3" // 清远市清新区民政局2019年…总结
	docQingcheng24 = "001_5d2ab5fed4f2549d" // 清远市清城区民政局2024年…报告
	docZhuzhouPlan = "002_dfd0412c3a773f71" // 株洲市法治民政建设实施方案(2021-2023年)
	docShitan2019  = "003_bcdce05153399615" // 清远市清新区石潭镇2019年…报告
	docYangjiang21 = "004_c5029b86a2490bce" // 阳江高新区社会事务管理局2021年度…报告
)

// The bundled-corpus index is built once per test binary: every test here
// reads it and none writes it.
var (
	fixtureOnce sync.Once
	fixtureIx   *index.Index
	fixtureErr  error
	fixtureDir  string
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

func bundledIndex(t *testing.T) *index.Index {
	t.Helper()
	fixtureOnce.Do(func() {
		fixtureDir, fixtureErr = os.MkdirTemp("", "gongwen-answer-")
		if fixtureErr != nil {
			return
		}
		var rep *index.IngestReport
		fixtureIx, rep, fixtureErr = index.Ingest(context.Background(), fixtureDir, embedding.Local{}, index.IngestOptions{
			Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}},
		})
		if fixtureErr == nil && len(rep.Failed) > 0 {
			fixtureErr = fmt.Errorf("ingest failed: %v", rep.Failed)
		}
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureIx
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// docText is the verification lookup over the fixture index.
func docText(ix *index.Index) answer.DocText {
	return func(id string) (string, bool) {
		d, ok := ix.Doc(id)
		if !ok {
			return "", false
		}
		return d.Text, true
	}
}

var reMarker = regexp.MustCompile(`\[(\d+)\]`)

// checkCitations asserts the ask contract on any response: VerifyCitations
// passes, and each citation quotes its document exactly at its offsets
// (stricter than VerifyCitations, which accepts the text anywhere).
func checkCitations(t *testing.T, ix *index.Index, r *answer.Response) {
	t.Helper()
	if err := answer.VerifyCitations(r.Answer, r.Citations, docText(ix)); err != nil {
		t.Errorf("VerifyCitations: %v\nanswer: %s", err, r.Answer)
	}
	for _, c := range r.Citations {
		d, ok := ix.Doc(c.Doc.ID)
		if !ok {
			t.Errorf("[%d] cites unknown document %s", c.N, c.Doc.ID)
			continue
		}
		if c.Start < 0 || c.End > len(d.Text) || c.Start >= c.End || d.Text[c.Start:c.End] != c.Text {
			t.Errorf("[%d] text is not doc.Text[%d:%d]: %q", c.N, c.Start, c.End, c.Text)
		}
		if c.Doc != d.Ref() {
			t.Errorf("[%d] doc ref %+v, want %+v", c.N, c.Doc, d.Ref())
		}
	}
	if r.Found && len(r.Citations) == 0 {
		t.Errorf("found without citations: %s", r.Answer)
	}
	if r.Found && !reMarker.MatchString(r.Answer) {
		t.Errorf("found but the answer has no [n]: %s", r.Answer)
	}
}

// goldenCase is one question of the golden file.
type goldenCase struct {
	name    string
	q       string
	now     string
	history []string
}

var goldenCases = []goldenCase{
	// No org named: 去年 = 2024 selects the only 2024 report (清城区).
	{name: "relative_no_org", q: "去年的报告里普法宣传搞了多少场活动?", now: "2025-03-10"},
	{name: "figure_qingxin_2019", q: "清新区民政局2019年新登记成立了几个社会组织?"},
	{name: "figure_qingcheng_2024", q: "清城区民政局2024年道路命名批了多少条?"},
	{name: "figure_shitan_2019", q: "石潭镇19年行政执法案件有多少件?"},
	{name: "figure_yangjiang_2021", q: "阳江高新区社会事务管理局2021年村居排查了多少返乡人员?"},
	{name: "plan_who_leads", q: "株洲方案里宪法学习贯彻是谁牵头?"},
	{name: "plan_lead_tasks", q: "株洲方案里社会组织管理科牵头哪些任务?"},
	{name: "cross_document", q: "各单位报告里人民调解是怎么做的?"},
	{name: "refusal_fact_absent", q: "清城区民政局2024年行政复议案件有多少件?"},
	{name: "refusal_org_absent", q: "韶关市民政局2023年法治政府建设报告里普法活动搞了几场?"},
	{name: "missing_year", q: "清城区民政局2022年的报告里普法宣传搞了多少场活动?"},
	{name: "followup_year", q: "那2019年呢?", history: []string{"清新区民政局2020年新登记成立了几个社会组织?"}},
	{name: "followup_org", q: "清新区的呢?", history: []string{"清城区民政局社会组织有多少个?"}},
}

type goldenCitation struct {
	N       int    `json:"n"`
	Doc     string `json:"doc"`
	Section string `json:"section"`
	Text    string `json:"text"`
}

type goldenEntry struct {
	Name      string           `json:"name"`
	Q         string           `json:"q"`
	Now       string           `json:"now"`
	History   []string         `json:"history,omitempty"`
	Found     bool             `json:"found"`
	Answer    string           `json:"answer"`
	Docs      []string         `json:"docs"`
	Citations []goldenCitation `json:"citations"`
}

// goldenNow pins "now" for questions that do not set one: the answers must
// not change with the day the tests run.
const goldenNow = "2025-03-10"

func ask(t *testing.T, ix *index.Index, q, now string, history ...string) *answer.Response {
	t.Helper()
	req := answer.Request{Q: q, Now: day(now)}
	for _, h := range history {
		req.History = append(req.History, answer.Turn{Q: h})
	}
	r, err := (&answer.Engine{Index: ix}).Ask(context.Background(), req)
	if err != nil {
		t.Fatalf("Ask(%q): %v", q, err)
	}
	return r
}

func TestGoldenAnswers(t *testing.T) {
	ix := bundledIndex(t)
	var entries []goldenEntry
	for _, c := range goldenCases {
		now := c.now
		if now == "" {
			now = goldenNow
		}
		r := ask(t, ix, c.q, now, c.history...)
		t.Run(c.name, func(t *testing.T) {
			checkCitations(t, ix, r)
			if r.Mode != "extractive" {
				t.Errorf("mode %q, want extractive without an LLM", r.Mode)
			}
		})
		e := goldenEntry{Name: c.name, Q: c.q, Now: now, History: c.history, Found: r.Found, Answer: r.Answer,
			Docs: []string{}, Citations: []goldenCitation{}}
		for _, d := range r.Scope.Docs {
			e.Docs = append(e.Docs, d.ID)
		}
		for _, ct := range r.Citations {
			e.Citations = append(e.Citations, goldenCitation{N: ct.N, Doc: ct.Doc.ID, Section: ct.Section, Text: ct.Text})
		}
		entries = append(entries, e)
	}
	buf := bytes.NewBuffer(indentJSON(entries))
	path := filepath.Join("testdata", "answers.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestGoldenAnswers -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		var old []goldenEntry
		_ = json.Unmarshal(want, &old)
		for i, e := range entries {
			if i >= len(old) {
				t.Errorf("%s: not in the golden file", e.Name)
				continue
			}
			got, exp := indentJSON(e), indentJSON(old[i])
			if !bytes.Equal(got, exp) {
				t.Errorf("%s differs from %s\ngot:\n%s\nwant:\n%s", e.Name, path, got, exp)
			}
		}
		if len(old) > len(entries) {
			t.Errorf("%s has %d entries, the test %d", path, len(old), len(entries))
		}
		t.Log("if the change is intended, rerun with -update and review the diff")
	}
}

// indentJSON is the golden file's format: indented, with 《》 and > as
// written rather than \u escapes, so reviewers can read the diff.
func indentJSON(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// TestGoldenExpectations pins the facts the golden file must show, so that
// rewriting it with -update cannot silently accept a wrong answer.
func TestGoldenExpectations(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		name     string
		q        string
		now      string
		history  []string
		found    bool
		contains []string // in the answer
		citeDoc  string   // some citation quotes this document
		docs     []string // Scope.Docs includes these
		bug      string   // a known bug (see the test report): skipped until fixed
	}{
		{"relative_no_org", "去年的报告里普法宣传搞了多少场活动?", "2025-03-10", nil, true, []string{"10场", "2024"}, docQingcheng24, []string{docQingcheng24}, ""},
		{"figure_qingxin_2019", "清新区民政局2019年新登记成立了几个社会组织?", goldenNow, nil, true, []string{"12个"}, docQingxin2019, nil, ""},
		{"figure_qingcheng_2024", "清城区民政局2024年道路命名批了多少条?", goldenNow, nil, true, []string{"572条"}, docQingcheng24, nil, ""},
		{"abbreviation_低保金", "清城区民政局2024年低保金一共发了多少?", goldenNow, nil, true, []string{"5346万元"}, docQingcheng24, nil, ""},
		{"abbreviation_打非", "清新区民政局打非专项行动是跟哪个部门一起搞的?", goldenNow, nil, true, []string{"市公安局清新分局"}, docQingxin2019, nil, ""},
		{"short_year_年检", "清新区19年社会组织年检,应该参检的有多少家?", goldenNow, nil, true, []string{"208个"}, docQingxin2019, nil, ""},
		{"frequency_in_words", "清新区民政局信访隐患排查多久搞一次?", goldenNow, nil, true, []string{"每月"}, docQingxin2019, nil, ""},
		{"list_not_figure_哪几个", "株洲方案放管服要推行哪几个办?", goldenNow, nil, true, []string{"马上办"}, docZhuzhouPlan, nil, ""},
		{"intro_items", "石潭镇报告里讲的存在问题主要是哪两方面?", goldenNow, nil, true, []string{"职权有限", "沟通渠道不畅"}, docShitan2019, nil, ""},
		{"list_next_sentence", "阳江高新区社会事务局去年低保清理核查主要针对啥问题?", "2022-03-10", nil, true, []string{"人情保", "骗保"}, docYangjiang21, nil, ""},
		{"plan_content_and_lead", "株洲方案里互联网+监管按什么原则?谁牵头?", goldenNow, nil, true, []string{"谁监管、谁录入、谁审核", "局办公室牵头"}, docZhuzhouPlan, nil, ""},
		{"extract_then_lead", "株洲方案对行政复议和应诉有什么要求?谁牵头?", goldenNow, nil, true, []string{"负责人出庭应诉", "局办公室牵头"}, docZhuzhouPlan, nil, ""},
		{"two_units_named", "清新区民政局和石潭镇2019年信访工作各是怎么抓的?", goldenNow, nil, true, []string{"清远市清新区民政局(2019年度)", "石潭镇人民政府(2019年度)"}, docShitan2019, nil, ""},
		{"total_not_new", "清新区民政局2019年和清城区民政局2024年社会组织分别有多少个?", goldenNow, nil, true, []string{"252个", "655个"}, docQingxin2019, nil, ""},
		{"cross_not_figure_几份", "几份报告里,哪些单位承认普法宣传方式太单一?", goldenNow, nil, true, []string{"各文件的相关内容"}, "", nil, ""},
		{"two_part_question", "石潭镇2019年主动公开了多少条政府信息?通过哪些渠道公开?", goldenNow, nil, true, []string{"109条", "政府门户网站", "石潭简报"}, docShitan2019, nil, ""},
		{"unit_asked_wins", "清城区民政局2024年婚姻登记离婚的有多少对?", goldenNow, nil, true, []string{"2750对"}, docQingcheng24, nil, ""},
		{"plans_in_staff_words", "清城区民政局2024年明年打算干什么?", goldenNow, nil, true, []string{"2025年工作计划", "全面加强法治宣传教育"}, docQingcheng24, nil, ""},
		{"plan_unit_without_level", "株洲方案里民政执法大队负责哪些工作?", goldenNow, nil, true, []string{"完善行政执法程序", "推进行政执法改革创新"}, docZhuzhouPlan, nil, ""},
		{"plan_count_lead_units", "株洲方案的牵头单位一共有几个?", goldenNow, nil, true, []string{"共 7 个", "局办公室(19 项)", "社会组织管理科(4 项)"}, docZhuzhouPlan, nil, ""},
		{"plan_list_coop_units", "株洲方案里有哪些配合单位?", goldenNow, nil, true, []string{"配合单位", "慈善社工科"}, docZhuzhouPlan, nil, ""},
		{"date_of_the_report", "清新区民政局2019年法治总结是什么时候报给区政府的?", goldenNow, nil, true, []string{"2019年11月22日"}, docQingxin2019, nil, ""},
		{"date_plan_issued", "株洲方案是什么时候印发的?", goldenNow, nil, true, []string{"2021年12 月30日"}, docZhuzhouPlan, nil, ""},
		{"stock_needs_a_total", "清城区民政局2024年全区养老机构总共有多少家?", goldenNow, nil, false, nil, "", nil, ""},
		{"stock_answered_by_total", "清新区民政局2019年全区社会组织总共有多少个?", goldenNow, nil, true, []string{"252个"}, docQingxin2019, nil, ""},
		{"equivalent_word_依据", "株洲方案是依据哪些文件制定的?", goldenNow, nil, true, []string{"法治社会建设实施纲要"}, docZhuzhouPlan, nil, ""},
		{"plan_period", "株洲方案要求多长时间内完成?", goldenNow, nil, true, []string{"2021—2023年"}, docZhuzhouPlan, nil, ""},
		{"rate_named_as_asked", "清城区民政局2024年学法考试参考率多少?", goldenNow, nil, false, []string{"学法考试参考率"}, "", nil, ""},
		{"rate_found", "清新区民政局2019年社会组织年检合格率是多少?", goldenNow, nil, true, []string{"100%"}, docQingxin2019, nil, ""},
		{"absent_word_not_a_seam", "清新区民政局2019年报告里提到的问题和不足是什么?", goldenNow, nil, false, []string{"问题和不足"}, "", nil, ""},
		{"office_kind_without_place", "民政局搞过哪些普法活动?", goldenNow, nil, true, []string{"清远市清城区民政局(2024年度)", "清远市清新区民政局(2019年度)"}, "", nil, ""},
		{"cross_how_sections", "清新区民政局和石潭镇2019年信访工作各是怎么抓的?", goldenNow, nil, true, []string{"“八、完善信访工作制度”部分", "一把手负责制"}, docQingxin2019, nil, ""},
		{"plan_task_count", "株洲方案一共有多少项任务?", goldenNow, nil, true, []string{"25 项任务", "6 个方面", "(三)推进依法履职和规范执法,提升民政法治化水平(7 项)"}, docZhuzhouPlan, nil, ""},
		{"recent_years_one_missing", "近两年清城区民政局普法宣传搞了多少场活动?", goldenNow, nil, true, []string{"资料中没有2023年度的报告", "10场"}, docQingcheng24, nil, ""},
		{"han_figure_wrong_unit", "阳江高新区2021年低保清理核查后一共清退了多少户?", goldenNow, nil, false, nil, "", nil, ""},
		{"figure_shitan_2019", "石潭镇19年行政执法案件有多少件?", goldenNow, nil, true, []string{"283件"}, docShitan2019, nil, ""},
		{"figure_yangjiang_2021", "阳江高新区社会事务管理局2021年村居排查了多少返乡人员?", goldenNow, nil, true, []string{"1082人"}, docYangjiang21, nil, ""},
		{"plan_who_leads", "株洲方案里宪法学习贯彻是谁牵头?", goldenNow, nil, true, []string{"局办公室", "市民政执法大队"}, docZhuzhouPlan, nil, ""},
		{"plan_lead_tasks", "株洲方案里社会组织管理科牵头哪些任务?", goldenNow, nil, true, []string{"加大社团治理力度"}, docZhuzhouPlan, nil, ""},
		{"cross_document", "各单位报告里人民调解是怎么做的?", goldenNow, nil, true, []string{"人民调解"}, "", nil, ""},
		{"followup_year", "那2019年呢?", goldenNow, []string{"清新区民政局2020年新登记成立了几个社会组织?"}, true, []string{"12个"}, docQingxin2019, nil, ""},
		{"followup_org", "清新区的呢?", goldenNow, []string{"清城区民政局社会组织有多少个?"}, true, []string{"252个"}, docQingxin2019, nil, ""},
		{"followup_org_keeps_year", "清新区的呢?", goldenNow, []string{"清城区民政局2024年普法宣传搞了多少场活动?"}, false,
			[]string{"2024", "清远市清新区民政局2019年法治政府建设工作情况总结"}, "", []string{docQingxin2019},
			""},
		{"missing_year", "清城区民政局2022年的报告里普法宣传搞了多少场活动?", goldenNow, nil, false, []string{"2022", "清远市清城区民政局2024年法治政府建设工作报告"}, "", []string{docQingcheng24}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.bug != "" {
				t.Skip("known bug: " + tc.bug)
			}
			r := ask(t, ix, tc.q, tc.now, tc.history...)
			if r.Found != tc.found {
				t.Fatalf("found %v, want %v: %s", r.Found, tc.found, r.Answer)
			}
			for _, s := range tc.contains {
				if !strings.Contains(r.Answer, s) {
					t.Errorf("answer lacks %q: %s", s, r.Answer)
				}
			}
			if tc.citeDoc != "" && !citesDoc(r, tc.citeDoc) {
				t.Errorf("no citation of %s: %+v", tc.citeDoc, r.Citations)
			}
			for _, id := range tc.docs {
				if !hasDoc(r.Scope.Docs, id) {
					t.Errorf("scope docs %v lack %s", docIDs(r.Scope.Docs), id)
				}
			}
		})
	}
}

func citesDoc(r *answer.Response, id string) bool {
	for _, c := range r.Citations {
		if c.Doc.ID == id {
			return true
		}
	}
	return false
}

func hasDoc(ds []document.Ref, id string) bool {
	for _, d := range ds {
		if d.ID == id {
			return true
		}
	}
	return false
}

func docIDs(ds []document.Ref) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.ID
	}
	return out
}

// TestRelativeYears resolves 去年/前年/今年/上一年度/近两年 against a fixed
// "now", including January–February, when last year's report may simply not
// be written yet and the answer must say so.
func TestRelativeYears(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		name     string
		q        string
		now      string
		year     int // Scope.Year; 0 for a span of years
		relative string
		found    bool
		contains []string
		lacks    []string
		docs     []string
	}{
		{"去年_march", "清城区民政局去年的报告里普法宣传搞了多少场活动?", "2025-03-10", 2024, "去年", true, []string{"10场", "去年即2024年度"}, nil, []string{docQingcheng24}},
		{"去年_february", "清城区民政局去年的报告里普法宣传搞了多少场活动?", "2025-02-20", 2024, "去年", true, []string{"10场"}, nil, nil},
		{"去年_new_year_day", "清新区民政局去年成立登记了几个社会组织?", "2020-01-01", 2019, "去年", true, []string{"12个"}, nil, nil},
		{"去年_december_31", "清新区民政局去年成立登记了几个社会组织?", "2020-12-31", 2019, "去年", true, []string{"12个"}, nil, nil},
		{"前年", "石潭镇前年受理了多少宗上访?", "2021-01-10", 2019, "前年", true, []string{"18宗"}, nil, nil},
		{"前年_february", "清城区民政局前年殡葬服务办了多少宗?", "2026-02-01", 2024, "前年", true, []string{"4373宗"}, nil, nil},
		{"今年", "清城区慈善会今年一共收到多少捐赠?", "2024-12-20", 2024, "今年", true, []string{"2203.67万元"}, nil, nil},
		{"上一年度", "上一年度清城区民政局双随机抽查一共完成几宗?", "2025-01-15", 2024, "上一年度", true, []string{"31宗"}, nil, nil},
		{"近两年", "清城区民政局近两年的报告里普法宣传搞了多少场活动?", "2025-06-01", 0, "近两年", true, []string{"10场"}, nil, nil},
		// Missing years: refuse, name what exists, explain the arithmetic.
		{"去年_january_missing", "清城区民政局去年的报告里普法活动多少场?", "2026-01-20", 2025, "去年", false,
			[]string{"2025", "2026-01-20", "可能尚未编写", "清远市清城区民政局2024年法治政府建设工作报告"}, nil, []string{docQingcheng24}},
		{"去年_february_missing", "阳江高新区社会事务管理局去年法治报告里返乡人员排查了多少?", "2023-02-10", 2022, "去年", false,
			[]string{"2022", "可能尚未编写"}, nil, []string{docYangjiang21}},
		{"去年_march_missing", "石潭镇去年行政执法案件一共多少件?", "2021-03-01", 2020, "去年", false,
			[]string{"2020"}, []string{"可能尚未编写"}, []string{docShitan2019}},
		{"今年_missing", "清城区民政局今年普法宣传搞了多少场活动?", "2025-05-01", 2025, "今年", false,
			[]string{"2025", "尚未结束"}, nil, []string{docQingcheng24}},
		{"上一年度_january_missing", "上一年度清城区民政局双随机抽查一共完成几宗?", "2024-01-15", 2023, "上一年度", false,
			[]string{"2023", "可能尚未编写"}, nil, []string{docQingcheng24}},
		{"前年_missing", "清城区民政局前年的报告里普法宣传搞了多少场活动?", "2025-03-10", 2023, "前年", false,
			[]string{"2023"}, []string{"可能尚未编写"}, []string{docQingcheng24}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := ask(t, ix, tc.q, tc.now)
			checkCitations(t, ix, r)
			if r.Scope.Year != tc.year || r.Scope.Relative != tc.relative {
				t.Errorf("scope year %d relative %q, want %d %q", r.Scope.Year, r.Scope.Relative, tc.year, tc.relative)
			}
			if r.Found != tc.found {
				t.Errorf("found %v, want %v: %s", r.Found, tc.found, r.Answer)
			}
			for _, s := range tc.contains {
				if !strings.Contains(r.Answer, s) {
					t.Errorf("answer lacks %q: %s", s, r.Answer)
				}
			}
			for _, s := range tc.lacks {
				if strings.Contains(r.Answer, s) {
					t.Errorf("answer should not say %q: %s", s, r.Answer)
				}
			}
			for _, id := range tc.docs {
				if !hasDoc(r.Scope.Docs, id) {
					t.Errorf("scope docs %v lack %s", docIDs(r.Scope.Docs), id)
				}
			}
			if !tc.found {
				// Never silently answer from another year: another year's
				// passage is shown only labelled as such, after the refusal.
				for _, c := range r.Citations {
					label := fmt.Sprintf("(%d年度):", c.Doc.Year)
					if c.Doc.Year != tc.year && (!strings.Contains(r.Answer, "其他年度报告中的相关内容(仅供参考)") || !strings.Contains(r.Answer, label)) {
						t.Errorf("refusal quotes a %d document as if it answered: [%d] %s", c.Doc.Year, c.N, c.Text)
					}
				}
			}
		})
	}
}

// TestRefusals: when the corpus does not say, Found is false, every [n] the
// refusal shows has a citation, and the nearest documents are named.
func TestRefusals(t *testing.T) {
	ix := bundledIndex(t)
	tests := []struct {
		name     string
		q        string
		docs     []string // Scope.Docs includes these
		contains []string
		bug      string // a known bug (see the test report): skipped until fixed
	}{
		{"fact_absent", "清城区民政局2024年行政复议案件有多少件?", []string{docQingcheng24}, []string{"未找到"}, ""},
		{"fact_absent_plan", "株洲方案里给各区县法治民政建设安排了多少经费?", []string{docZhuzhouPlan}, []string{"未找到"},
			""},
		{"fact_absent_town", "石潭镇2019年普法经费花了多少钱?", []string{docShitan2019}, []string{"未找到"}, ""},
		{"org_absent", "韶关市民政局去年的低保资金发了多少?", nil, []string{"韶关市民政局", "最接近"}, ""},
		{"org_absent_with_year", "韶关市民政局2023年法治政府建设报告里普法活动搞了几场?", nil, []string{"韶关市民政局"}, ""},
		{"year_absent", "清城区民政局2022年法治政府建设报告里在册社会组织多少个?", []string{docQingcheng24}, []string{"2022", "清远市清城区民政局2024年法治政府建设工作报告"}, ""},
		{"year_absent_plan", "株洲民政2024到2026年的新一轮法治民政方案里普法谁牵头?", []string{docZhuzhouPlan}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.bug != "" {
				t.Skip("known bug: " + tc.bug)
			}
			r := ask(t, ix, tc.q, goldenNow)
			checkCitations(t, ix, r)
			if r.Found {
				t.Fatalf("found, want a refusal: %s", r.Answer)
			}
			if len(r.Scope.Docs) == 0 {
				t.Errorf("a refusal must name the nearest documents; scope docs empty: %s", r.Answer)
			}
			for _, id := range tc.docs {
				if !hasDoc(r.Scope.Docs, id) {
					t.Errorf("scope docs %v lack %s", docIDs(r.Scope.Docs), id)
				}
			}
			// A scope the corpus lacks (org, year) is answered by naming
			// every nearest document; a fact absent from an existing scope
			// names the passages that come closest instead.
			if !strings.Contains(r.Answer, "未找到") {
				for _, d := range r.Scope.Docs {
					if !strings.Contains(r.Answer, d.Title) {
						t.Errorf("answer does not name nearest document %s: %s", d.Title, r.Answer)
					}
				}
			}
			for _, s := range tc.contains {
				if !strings.Contains(r.Answer, s) {
					t.Errorf("answer lacks %q: %s", s, r.Answer)
				}
			}
		})
	}
}

// TestVerifyCitations: real answers pass; a tampered quote or an [n] with
// no citation fails.
func TestVerifyCitations(t *testing.T) {
	ix := bundledIndex(t)
	text := docText(ix)
	real := ask(t, ix, "去年的报告里普法宣传搞了多少场活动?", "2025-03-10")
	if !real.Found || len(real.Citations) == 0 {
		t.Fatalf("fixture question not answered: %s", real.Answer)
	}
	clone := func() []answer.Citation { return append([]answer.Citation(nil), real.Citations...) }

	tampered := clone()
	tampered[0].Text = strings.Replace(tampered[0].Text, "10场", "12场", 1)
	if tampered[0].Text == real.Citations[0].Text {
		t.Fatalf("fixture citation does not quote 10场: %q", tampered[0].Text)
	}
	unknownDoc := clone()
	unknownDoc[0].Doc.ID = "999_missing"
	missingN := real.Answer + "另见[9]。"
	shifted := clone()
	shifted[0].Start, shifted[0].End = shifted[0].Start+3, shifted[0].End+3
	empty := clone()
	empty[0].Text = ""

	tests := []struct {
		name    string
		answer  string
		cites   []answer.Citation
		wantErr string // substring; empty: must pass
		bug     string // a known bug (see the test report): skipped until fixed
	}{
		{"real answer", real.Answer, real.Citations, "", ""},
		{"citation not referenced", "据报告。", real.Citations, "", ""},
		{"no markers no citations", "资料中未找到。", nil, "", ""},
		{"tampered quote", real.Answer, tampered, "不符", ""},
		{"marker without citation", missingN, real.Citations, "[9]", ""},
		{"marker with no citations at all", "共10场[1]。", nil, "[1]", ""},
		{"unknown document", real.Answer, unknownDoc, "不在索引中", ""},
		{"offsets do not hold the text", real.Answer, shifted, "不符",
			""},
		{"empty quote", real.Answer, empty, "不符",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.bug != "" {
				t.Skip("known bug: " + tc.bug)
			}
			err := answer.VerifyCitations(tc.answer, tc.cites, text)
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected error: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("passed, want an error mentioning %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("error %q, want it to mention %q", err, tc.wantErr)
			}
		})
	}
}

// TestRequestKind: a channel's default kind steers an unqualified question
// to that kind of document; a question that names its kind keeps it.
func TestRequestKind(t *testing.T) {
	ix := bundledIndex(t)
	eng := &answer.Engine{Index: ix}
	for _, tc := range []struct {
		name string
		kind document.Kind
		q    string
		want document.Kind
	}{
		{"plan default", document.KindPlan, "行政复议和应诉工作有什么要求?", document.KindPlan},
		{"report default", document.KindReport, "行政复议和应诉工作有什么要求?", document.KindReport},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := eng.Ask(context.Background(), answer.Request{Q: tc.q, Now: day(goldenNow), Kind: tc.kind})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range r.Scope.Docs {
				if d.Kind != tc.want {
					t.Errorf("scope holds %s %s, want only %s", d.Kind, d.ID, tc.want)
				}
			}
		})
	}
}
