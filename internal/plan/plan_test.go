package plan

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/gongwen/gongwen/internal/golden"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// bundled is the index of the bundled corpus, built once per test binary.
var bundled *index.Index

const (
	planID = "002_dfd0412c3a773f71"
)

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "gongwen-plan-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bundled, _, err = index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{
		Sources: []index.Source{{Label: "内置语料", FS: corpus.FS()}},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "building the bundled index:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func bundledPlan(t *testing.T) *index.StoredDoc {
	t.Helper()
	d, ok := bundled.Doc(planID)
	if !ok {
		t.Fatalf("bundled plan %s not indexed", planID)
	}
	return d
}

// The bundled 株洲 plan, read by hand: 25 tasks, (一)5 (二)2 (三)7 (四)4
// (五)4 (六)3, and 3 work requirements.
var wantBundled = []struct {
	group, no, title string
	lead, coop       []string
}{
	{"(一)", "1.", "深入学习习近平法治思想", []string{"人事科", "局办公室", "机关党委"}, []string{"各科室", "直属单位"}},
	{"(一)", "2.", "突出抓好宪法学习贯彻", []string{"局办公室", "市民政执法大队"}, []string{"各科室", "直属单位"}},
	{"(一)", "3.", "积极推进《民法典》学习贯彻", []string{"局办公室", "机关党委"}, []string{"各科室", "直属单位"}},
	{"(一)", "4.", "全面实施“八五”普法", []string{"局办公室", "市民政执法大队"}, []string{"各科室", "直属单位"}},
	{"(一)", "5.", "落实“谁执法谁普法”普法责任制", []string{"局办公室", "市民政执法大队"}, []string{"各科室", "直属单位"}},
	{"(二)", "1.", "加强民政领域的立法", []string{"局办公室"}, []string{"各业务科室"}},
	{"(二)", "2.", "加强规范性文件管理", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(三)", "1.", "严格依法履行职责", []string{"局办公室"}, []string{"各业务科室"}},
	{"(三)", "2.", "完善行政执法程序", []string{"局办公室", "市民政执法大队"}, []string{"各业务科室"}},
	{"(三)", "3.", "加大民政执法力度", []string{"各业务科室"}, []string{"市民政执法大队"}},
	{"(三)", "4.", "推进行政执法改革创新", []string{"局办公室", "市民政执法大队"}, []string{"各业务科室"}},
	{"(三)", "5.", "继续深化“放管服”改革", []string{"社会组织管理科"}, []string{"各科室", "直属单位"}},
	{"(三)", "6.", "持续优化民政领域营商环境", []string{"社会组织管理科"}, []string{"各科室", "直属单位"}},
	{"(三)", "7.", "加快推进“互联网+监管”", []string{"局办公室"}, []string{"各业务科室"}},
	{"(四)", "1.", "强化依法决策意识", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(四)", "2.", "严格落实重大行政决策程序", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(四)", "3.", "加强行政决策执行和评估", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(四)", "4.", "全面推进政务公开", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(五)", "1.", "深化乡村、社区治理", []string{"基政科"}, []string{"各科室", "直属单位"}},
	{"(五)", "2.", "加大社团治理力度", []string{"社会组织管理科"}, []string{"慈善社工科"}},
	{"(五)", "3.", "促进社会规范建设", []string{"社会组织管理科", "基政科"}, []string{"各科室", "直属单位"}},
	{"(五)", "4.", "推动扫黑除恶常态化", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(六)", "1.", "提升信访工作法治化水平", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(六)", "2.", "加强行政复议和行政应诉工作", []string{"局办公室"}, []string{"各科室", "直属单位"}},
	{"(六)", "3.", "加强矛盾纠纷预警防控", []string{"局办公室"}, []string{"各科室", "直属单位"}},
}

func TestParseBundledPlan(t *testing.T) {
	doc := bundledPlan(t)
	items, reqs := Parse(doc)
	if len(items) != len(wantBundled) {
		t.Fatalf("got %d tasks, want %d", len(items), len(wantBundled))
	}
	for i, w := range wantBundled {
		it := items[i]
		t.Run(w.group+w.no, func(t *testing.T) {
			if it.GroupNo != w.group || it.Number != w.no || it.Title != w.title {
				t.Errorf("got %s%s %q, want %s%s %q", it.GroupNo, it.Number, it.Title, w.group, w.no, w.title)
			}
			if !reflect.DeepEqual(it.Lead, w.lead) {
				t.Errorf("lead = %q, want %q", it.Lead, w.lead)
			}
			if !reflect.DeepEqual(it.Coop, w.coop) {
				t.Errorf("coop = %q, want %q", it.Coop, w.coop)
			}
			if it.DocID != planID {
				t.Errorf("doc id = %q", it.DocID)
			}
			if !strings.HasPrefix(it.Group, w.group) {
				t.Errorf("group %q does not start with %s", it.Group, w.group)
			}
			if it.Text != doc.Text[it.Start:it.End] {
				t.Errorf("Text is not doc.Text[Start:End]")
			}
			if !strings.HasPrefix(it.Text, w.no+w.title) {
				t.Errorf("Text starts %q", firstRunes(it.Text, 20))
			}
			if !strings.HasSuffix(it.Text, "配合)") {
				t.Errorf("Text should end with its units parenthetical: …%q", lastRunes(it.Text, 20))
			}
			if strings.Contains(it.Body, "牵头") || it.Body == "" || strings.HasPrefix(it.Body, w.title) {
				t.Errorf("Body should be the task text without title and units: %q", it.Body)
			}
			if !strings.HasPrefix(it.Section, "二、主要任务 > "+w.group) {
				t.Errorf("section = %q", it.Section)
			}
			if it.Deadline != "" {
				t.Errorf("deadline = %q, the plan states none per task", it.Deadline)
			}
		})
	}
	// The group heading as the issue quotes it.
	if g := items[7].Group; g != "(三)推进依法履职和规范执法,提升民政法治化水平" {
		t.Errorf("group (三) = %q", g)
	}

	wantReqs := []string{"加强组织领导", "强化责任落实", "加强宣传培训"}
	if len(reqs) != len(wantReqs) {
		t.Fatalf("got %d requirements, want %d", len(reqs), len(wantReqs))
	}
	for i, r := range reqs {
		if r.Title != wantReqs[i] || r.Text != doc.Text[r.Start:r.End] {
			t.Errorf("requirement %d = %q", i, r.Title)
		}
		if strings.Contains(r.Text, "责任编辑") {
			t.Errorf("requirement %d carries page chrome: …%q", i, lastRunes(r.Text, 20))
		}
	}
	// 总体要求 is neither a task nor a requirement.
	for _, it := range items {
		if strings.Contains(it.Section, "总体要求") {
			t.Errorf("task from 总体要求: %s", it.Title)
		}
	}
}

func firstRunes(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}

func lastRunes(s string, n int) string {
	r := []rune(s)
	return string(r[max(0, len(r)-n):])
}

type wantItem struct {
	group, no, title, body string
	lead, coop             []string
	deadline               string
}

func TestParseVariants(t *testing.T) {
	tests := []struct {
		file  string
		items []wantItem
		reqs  []string
	}{
		{
			// Full-width punctuation, 1、 numbering, （1） sub-items, units in
			// full-width parentheses, units on labelled lines, deadlines.
			file: "fullwidth.txt",
			items: []wantItem{
				{"（一）", "1、", "深入开展宪法宣传", "组织开展“12·4”国家宪法日活动，扩大宣传覆盖面。", []string{"办公室"}, []string{"各股室", "各乡镇民政所"}, "2022年12月底前完成"},
				{"（一）", "2、", "落实普法责任制", "（1）制定普法责任清单，明确责任股室。\n（2）开展以案释法活动。", []string{"政策法规股"}, []string{"社会救助股", "养老服务股"}, ""},
				{"（二）", "1、", "完善执法程序", "全面落实行政执法三项制度。", []string{"政策法规股"}, []string{"社会事务股", "社会救助股"}, "长期坚持"},
				// "(由局纪检组负责)" inside a sentence explains; it is not
				// the units statement and stays in the body.
				{"（二）", "2、", "加强执法监督", "定期开展执法案卷评查（由局纪检组负责），通报评查结果。", []string{"局纪检组"}, []string{}, ""},
			},
			reqs: []string{"加强组织领导", "强化督促检查"},
		},
		{
			// No "主要任务" part: the top-level parts are the groups, and a
			// (一) without sub-items is a task of its own.
			file: "flat.txt",
			items: []wantItem{
				{"二、", "1.", "完善重大行政决策程序", "严格落实公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。", []string{"党政办"}, []string{"司法所"}, ""},
				{"二、", "2.", "加强规范性文件管理", "落实合法性审核和备案审查制度。", []string{"司法所"}, []string{}, ""},
				{"三、", "(一)", "开展“八五”普法中期评估", "对照规划逐项检查落实情况。", []string{"司法所"}, []string{"各村居"}, ""},
				{"三、", "(二)", "建设法治文化阵地", "在每个村居建设法治宣传栏。", []string{"宣传办"}, []string{}, ""},
			},
			reqs: []string{"工作要求"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			doc := loadFixture(t, filepath.Join("testdata", "plans", tc.file))
			items, reqs := Parse(doc)
			if len(items) != len(tc.items) {
				t.Fatalf("got %d tasks, want %d: %+v", len(items), len(tc.items), items)
			}
			for i, w := range tc.items {
				it := items[i]
				got := wantItem{it.GroupNo, it.Number, it.Title, it.Body, it.Lead, it.Coop, it.Deadline}
				if !reflect.DeepEqual(got, w) {
					t.Errorf("task %d:\n got %+v\nwant %+v", i, got, w)
				}
				if it.Text != doc.Text[it.Start:it.End] {
					t.Errorf("task %d: Text is not doc.Text[Start:End]", i)
				}
			}
			var titles []string
			for _, r := range reqs {
				titles = append(titles, r.Title)
				if r.Text != doc.Text[r.Start:r.End] {
					t.Errorf("requirement %q: Text is not doc.Text[Start:End]", r.Title)
				}
				if strings.Contains(r.Text, "2022年3月1日") || strings.HasSuffix(r.Text, "某县民政局") {
					t.Errorf("requirement %q carries the signature: …%q", r.Title, lastRunes(r.Text, 20))
				}
			}
			if !reflect.DeepEqual(titles, tc.reqs) {
				t.Errorf("requirements = %q, want %q", titles, tc.reqs)
			}
		})
	}
}

func loadFixture(t *testing.T, path string) *index.StoredDoc {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.Load(filepath.Base(path), path, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &index.StoredDoc{Meta: d.Meta, Text: d.Text, Sections: d.Sections}
}

func TestParseUnits(t *testing.T) {
	tests := []struct {
		in         string
		lead, coop []string
		deadline   string
	}{
		{"局办公室牵头, 各科室、直属单位配合", []string{"局办公室"}, []string{"各科室", "直属单位"}, ""},
		{"社会组织管理科牵头, 慈善社工科配合", []string{"社会组织管理科"}, []string{"慈善社工科"}, ""},
		{"各业务科室牵头,市民政执法大队具体配合", []string{"各业务科室"}, []string{"市民政执法大队"}, ""},
		{"人事科、局办公室、机关党委牵头,各科室、直属单位具体配合", []string{"人事科", "局办公室", "机关党委"}, []string{"各科室", "直属单位"}, ""},
		{"局办公室牵头\uff0c各科室\u3001直属单位配合", []string{"局办公室"}, []string{"各科室", "直属单位"}, ""},
		{"\uff2c\uff25\uff24 办 公 室牵头", []string{"LED办公室"}, nil, ""}, // full-width Latin and stray spaces fold
		{"牵头单位:局办公室;配合单位:人事科,财务科", []string{"局办公室"}, []string{"人事科", "财务科"}, ""},
		{"责任单位\uff1a局办公室\uff1b完成时限\uff1a2022年底前", []string{"局办公室"}, nil, "2022年底前"},
		{"A股,B股配合", nil, []string{"A股", "B股"}, ""},
		{"由局办公室负责", []string{"局办公室"}, nil, ""},
		{"办公室牵头;长期坚持", []string{"办公室"}, nil, "长期坚持"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			lead, coop, deadline := parseUnits(tc.in)
			if !reflect.DeepEqual(lead, tc.lead) || !reflect.DeepEqual(coop, tc.coop) || deadline != tc.deadline {
				t.Errorf("got lead %q coop %q deadline %q, want %q %q %q", lead, coop, deadline, tc.lead, tc.coop, tc.deadline)
			}
		})
	}
}

func TestItemsAndFilters(t *testing.T) {
	all, err := Items(bundled, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 25 {
		t.Fatalf("Items(all plans) = %d tasks, want 25", len(all))
	}
	for _, arg := range []string{planID, "002", "株洲", "法治民政建设实施方案"} {
		t.Run("plan="+arg, func(t *testing.T) {
			got, err := Items(bundled, arg)
			if err != nil || len(got) != 25 {
				t.Errorf("Items(%q) = %d, %v", arg, len(got), err)
			}
		})
	}
	titles := func(items []PlanItem) []string {
		var out []string
		for _, it := range items {
			out = append(out, it.GroupNo+it.Number+it.Title)
		}
		return out
	}
	filters := []struct {
		name string
		got  []PlanItem
		want int
		has  string
	}{
		{"lead 局办公室", ByLead(all, "局办公室"), 19, "(一)1.深入学习习近平法治思想"},
		{"lead 全角空格", ByLead(all, " 局办公室\u3000"), 19, ""},
		{"lead 办公室 (substring)", ByLead(all, "办公室"), 19, ""},
		{"lead 社会组织管理科", ByLead(all, "社会组织管理科"), 4, "(五)2.加大社团治理力度"},
		{"lead 市民政执法大队", ByLead(all, "市民政执法大队"), 5, ""},
		{"lead 没有的单位", ByLead(all, "财务科"), 0, ""},
		{"coop 慈善社工科", ByCoop(all, "慈善社工科"), 1, "(五)2.加大社团治理力度"},
		{"coop 各科室", ByCoop(all, "各科室"), 18, ""},
		{"group 三", ByGroup(all, "三"), 7, "(三)7.加快推进“互联网+监管”"},
		{"group （三）", ByGroup(all, "（三）"), 7, ""},
		{"group 依法履职", ByGroup(all, "依法履职"), 7, ""},
		{"group 六", ByGroup(all, "(六)"), 3, ""},
	}
	for _, f := range filters {
		t.Run(f.name, func(t *testing.T) {
			if len(f.got) != f.want {
				t.Errorf("got %d tasks, want %d: %q", len(f.got), f.want, titles(f.got))
			}
			if f.has != "" && !contains(titles(f.got), f.has) {
				t.Errorf("missing %s in %q", f.has, titles(f.got))
			}
		})
	}

	counts := CountByUnit(all)
	want := map[string]UnitCount{
		"局办公室":    {"局办公室", 19, 0},
		"市民政执法大队": {"市民政执法大队", 5, 1},
		"社会组织管理科": {"社会组织管理科", 4, 0},
		"各业务科室":   {"各业务科室", 1, 5},
		"各科室":     {"各科室", 0, 18},
		"慈善社工科":   {"慈善社工科", 0, 1},
	}
	for _, c := range counts {
		if w, ok := want[c.Unit]; ok && c != w {
			t.Errorf("count %s = %+v, want %+v", c.Unit, c, w)
		}
	}
	if counts[0].Unit != "局办公室" {
		t.Errorf("busiest unit = %s, want 局办公室", counts[0].Unit)
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func TestResolveDoc(t *testing.T) {
	tests := []struct {
		arg       string
		kind      document.Kind
		want      string // id, or "" for an error
		ambiguous bool
		mention   []string // in the error message
	}{
		{"001_5d2ab5fed4f2549d", document.KindReport, "001_5d2ab5fed4f2549d", false, nil},
		{"001", document.KindReport, "001_5d2ab5fed4f2549d", false, nil},
		{"清城区", document.KindReport, "001_5d2ab5fed4f2549d", false, nil},
		{"石潭镇", document.KindReport, "003_bcdce05153399615", false, nil},
		{"阳江", document.KindReport, "004_c5029b86a2490bce", false, nil},
		{"株洲", document.KindPlan, planID, false, nil},
		// Both 清新区 documents are reports: ambiguous, and the message
		// names both.
		{"清新区", document.KindReport, "", true, []string{"000_12c169896502c5d3", "003_bcdce05153399615", "对应多个文件"}},
		// "0" prefixes every id; exactly one is a plan, so a plan is meant.
		{"0", document.KindPlan, planID, false, nil},
		{"0", document.KindReport, "", true, []string{"001_5d2ab5fed4f2549d"}},
		{"不存在的报告", document.KindReport, "", false, []string{"找不到文件", "001_5d2ab5fed4f2549d"}},
	}
	for _, tc := range tests {
		t.Run(tc.arg+"/"+string(tc.kind), func(t *testing.T) {
			d, err := ResolveDoc(bundled, tc.arg, tc.kind)
			if tc.want != "" {
				if err != nil || d.ID != tc.want {
					t.Fatalf("got %v, %v; want %s", d, err, tc.want)
				}
				return
			}
			var de *DocError
			if !errors.As(err, &de) {
				t.Fatalf("got %v, %v; want a *DocError", d, err)
			}
			if de.Ambiguous != tc.ambiguous {
				t.Errorf("ambiguous = %v", de.Ambiguous)
			}
			for _, m := range tc.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not mention %s", err, m)
				}
			}
		})
	}
}

// TestCoverageGolden records the verdict and the quoted evidence of every
// task of the bundled plan against each bundled report. Regenerate with
// go test ./internal/plan -run TestCoverageGolden -update, and read the
// diff: every verdict must be checkable from its quote.
func TestCoverageGolden(t *testing.T) {
	items, _ := Parse(bundledPlan(t))
	for _, id := range []string{"000", "001", "003", "004"} {
		t.Run(id, func(t *testing.T) {
			rep, err := ResolveDoc(bundled, id, document.KindReport)
			if err != nil {
				t.Fatal(err)
			}
			cov, err := Cover(context.Background(), bundled, rep.ID, items)
			if err != nil {
				t.Fatal(err)
			}
			if len(cov) != len(items) {
				t.Fatalf("%d verdicts for %d tasks", len(cov), len(items))
			}
			for _, c := range cov {
				if c.Evidence == nil {
					continue
				}
				e := c.Evidence
				if e.DocID != rep.ID || e.Text != rep.Text[e.Start:e.End] {
					t.Errorf("%s: evidence is not verbatim from the report", c.Item.Title)
				}
				if c.Verdict != NotSeen && e.Section == "" && !strings.HasPrefix(rep.Text[e.Start:], e.Text) {
					t.Errorf("%s: evidence without a section", c.Item.Title)
				}
				if c.Verdict != verdict(c.Score) {
					t.Errorf("%s: verdict %s for score %.3f", c.Item.Title, c.Verdict, c.Score)
				}
			}
			checkGolden(t, filepath.Join("testdata", "coverage", id+".golden"), renderCoverage(rep, cov))
		})
	}
}

func renderCoverage(rep *index.StoredDoc, cov []Coverage) string {
	var b strings.Builder
	n := map[string]int{}
	for _, c := range cov {
		n[c.Verdict]++
	}
	fmt.Fprintf(&b, "# %s (%s)\n# %d 项:已覆盖 %d,部分覆盖 %d,未见 %d\n", rep.Title, rep.ID, len(cov), n[Covered], n[Partial], n[NotSeen])
	for _, c := range cov {
		fmt.Fprintf(&b, "\n%s%s %s\t%s\t%.3f\n", c.Item.GroupNo, c.Item.Number, c.Item.Title, c.Verdict, c.Score)
		if c.Evidence != nil {
			fmt.Fprintf(&b, "\t%s [%d:%d]\n\t%s\n", c.Evidence.Section, c.Evidence.Start, c.Evidence.End, c.Evidence.Text)
		}
	}
	return b.String()
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	golden.Check(t, path, got)
}

func TestCoverageUnseenTask(t *testing.T) {
	// A task whose words appear in no report.
	item := PlanItem{DocID: "x", GroupNo: "(九)", Number: "1.", Title: "筹建月球气象观测站", Body: "采集陨石样本,编制宇航员训练规程。"}
	for _, id := range []string{"000_12c169896502c5d3", "001_5d2ab5fed4f2549d"} {
		cov, err := Cover(context.Background(), bundled, id, []PlanItem{item})
		if err != nil {
			t.Fatal(err)
		}
		if c := cov[0]; c.Verdict != NotSeen || c.Score >= PartialAt {
			t.Errorf("%s: %s %.3f, want 未见; evidence %+v", id, c.Verdict, c.Score, c.Evidence)
		}
	}
	if _, err := Cover(context.Background(), bundled, "nope", []PlanItem{item}); err == nil {
		t.Error("Cover with an unknown report: want an error")
	}
}

func TestScoreParts(t *testing.T) {
	w := newWeights(bundled)
	task := newTaskTokens(PlanItem{Title: "加强规范性文件管理", Body: "落实规范性文件定期清理、专项清理和即时清理制度。"}, w)
	tests := []struct {
		name              string
		sentence, heading string
		retro             bool
		atLeast, below    float64
	}{
		{"says the title", "一是切实加强规范性文件管理。", "", true, CoveredAt, 1.01},
		{"the same, in next year's plan", "一是切实加强规范性文件管理。", "", false, PartialAt, CoveredAt},
		{"studies a rule named like the task", "重点学习《广东省行政规范性文件管理规定》。", "", true, 0, CoveredAt},
		{"unrelated", "2024年共办理结婚登记4279对。", "", true, 0, PartialAt},
		{"heading gives context", "及时清理规范性文件,提高清理工作效率。", "二、加强规范性文件管理", true, CoveredAt, 1.01},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := task.parts(tc.sentence, tc.heading, tc.retro).total()
			if got < tc.atLeast || got >= tc.below {
				t.Errorf("score %.3f, want in [%.2f, %.2f)", got, tc.atLeast, tc.below)
			}
		})
	}
}

func TestWiden(t *testing.T) {
	text := "二、完善制度\n一是切实加强规范性文件管理。按照统一登记、统一编号、统一印发原则完善管理制度,及时清理规范性文件。二是加强备案审查。\n下一行"
	start := strings.Index(text, "一是")
	end := strings.Index(text, "按照")
	s, e := widen(text, start, end)
	if got := text[s:e]; got != "一是切实加强规范性文件管理。按照统一登记、统一编号、统一印发原则完善管理制度,及时清理规范性文件。" {
		t.Errorf("widen = %q", got)
	}
}

func TestAnswerUnits(t *testing.T) {
	items, _ := Parse(bundledPlan(t))
	tests := []struct {
		q      string
		kind   string
		n      int    // matched items
		first  string // title of the first match
		absent bool   // no items expected
	}{
		{"局办公室牵头哪些任务?", KindLeadTasks, 19, "深入学习习近平法治思想", false},
		{"株洲方案里局办公室牵头哪些任务?", KindLeadTasks, 19, "深入学习习近平法治思想", false},
		{"局办公室负责几项工作", KindLeadTasks, 19, "深入学习习近平法治思想", false},
		{"社会组织管理科牵头了哪些任务", KindLeadTasks, 4, "继续深化“放管服”改革", false},
		{"人事科牵头的任务有哪些", KindLeadTasks, 1, "深入学习习近平法治思想", false},
		{"慈善社工科配合哪些任务?", KindCoopTasks, 1, "加大社团治理力度", false},
		{"市民政执法大队具体配合哪些工作", KindCoopTasks, 1, "加大民政执法力度", false},
		{"财务科牵头哪些任务?", KindLeadTasks, 0, "", true},
		{"加大社团治理力度由谁牵头?", KindWhoLeads, 1, "加大社团治理力度", false},
		{"加大社团治理力度谁来配合?", KindWhoCoops, 1, "加大社团治理力度", false},
		{"规范性文件管理的牵头单位是哪个?", KindWhoLeads, 1, "加强规范性文件管理", false},
		{"谁负责信访工作?", KindWhoLeads, 1, "提升信访工作法治化水平", false},
		{"宪法宣誓由哪个科室牵头?", KindWhoLeads, 1, "突出抓好宪法学习贯彻", false},
		{"政务公开这项任务哪个科室配合?", KindWhoCoops, 1, "全面推进政务公开", false},
		{"月球基地建设由谁牵头?", KindWhoLeads, 0, "", true},
		{"去年的报告里普法宣传搞了多少场活动?", "", 0, "", true},
		{"主要负责人履行第一责任人职责情况如何?", "", 0, "", true},
		{"2024年报告覆盖了方案的哪些任务?", "", 0, "", true},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			got, kind := AnswerUnits(items, tc.q)
			if kind != tc.kind {
				t.Errorf("kind = %q, want %q", kind, tc.kind)
			}
			if len(got) != tc.n {
				var ts []string
				for _, it := range got {
					ts = append(ts, it.Title)
				}
				t.Fatalf("matched %d items %q, want %d", len(got), ts, tc.n)
			}
			if !tc.absent && got[0].Title != tc.first {
				t.Errorf("first match = %q, want %q", got[0].Title, tc.first)
			}
		})
	}
}

// TestUnitWrittenShort: staff shorten a unit's name — its first rune, runes
// of it in order, its last (the kind of unit) — and the tasks of the unit
// are still its own, whether it leads alone or beside another.
func TestUnitWrittenShort(t *testing.T) {
	items := []PlanItem{
		{Title: "宪法宣传周活动", Lead: []string{"县公共法律服务中心"}},
		{Title: "农民工欠薪法律援助", Lead: []string{"县法律援助中心"}, Coop: []string{"县人力资源和社会保障局"}},
		{Title: "老年人权益保障宣传", Lead: []string{"县法律援助中心", "县老龄工作委员会办公室"}},
		{Title: "市场主体普法", Lead: []string{"县市场监督管理局"}},
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"法援中心负责哪些任务", []string{"农民工欠薪法律援助", "老年人权益保障宣传"}},
		{"公法中心牵头啥", []string{"宪法宣传周活动"}},
		{"市监局牵头哪几项", []string{"市场主体普法"}},
		{"人社局配合哪些工作", []string{"农民工欠薪法律援助"}},
		// Runes out of the name's order, or not ending as it ends, name no unit.
		{"援法中心负责哪些任务", nil},
		{"法援站负责哪些任务", nil},
	} {
		got, _ := AnswerUnits(items, tc.q)
		var titles []string
		for _, it := range got {
			titles = append(titles, it.Title)
		}
		if strings.Join(titles, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.q, titles, tc.want)
		}
	}
}
