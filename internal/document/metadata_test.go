package document_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/document"
)

// TestDetectMetaBundled loads the bundled documents WITHOUT their manifest:
// detection alone must find what the manifest states, since files staff
// drop into a corpus directory come with no manifest.
func TestDetectMetaBundled(t *testing.T) {
	tests := []struct {
		file       string
		org        string
		year       int
		kind       document.Kind
		start, end int
		published  string
	}{
		{"000_12c169896502c5d3.txt", "清远市清新区民政局", 2019, document.KindReport, 0, 0, "2019-11-22"},
		{"001_5d2ab5fed4f2549d.txt", "清远市清城区民政局", 2024, document.KindReport, 0, 0, ""},
		{"002_dfd0412c3a773f71.txt", "株洲市民政局", 2021, document.KindPlan, 2021, 2023, "2022-01-03"},
		{"003_bcdce05153399615.txt", "清远市清新区石潭镇人民政府", 2019, document.KindReport, 0, 0, ""},
		// Published 2022-02-18, but it reports on 2021.
		{"004_c5029b86a2490bce.txt", "阳江高新区社会事务管理局", 2021, document.KindReport, 0, 0, "2022-02-18"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			t.Parallel()
			data, err := fs.ReadFile(corpus.FS(), tt.file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := document.Load(document.IDFromName(tt.file), tt.file, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			m := d.Meta
			if m.Org != tt.org || m.Year != tt.year || m.Kind != tt.kind || m.PeriodStart != tt.start || m.PeriodEnd != tt.end {
				t.Errorf("got org %q year %d kind %s period %d-%d\nwant org %q year %d kind %s period %d-%d",
					m.Org, m.Year, m.Kind, m.PeriodStart, m.PeriodEnd, tt.org, tt.year, tt.kind, tt.start, tt.end)
			}
			if tt.published != "" && m.Published != tt.published {
				t.Errorf("published %q, want %q", m.Published, tt.published)
			}
			// The title is detected or synthesized; either way it names the
			// org or the year so a citation reads right.
			if m.Title == "" || !strings.Contains(m.Title, strconv.Itoa(tt.year)) {
				t.Errorf("title %q does not name the year %d", m.Title, tt.year)
			}
			if m.ID != strings.TrimSuffix(tt.file, ".txt") || m.Source != tt.file || m.Format != "txt" {
				t.Errorf("id %q source %q format %q", m.ID, m.Source, m.Format)
			}
		})
	}
}

// TestManifestWins: a manifest value is never overwritten by detection.
func TestManifestWins(t *testing.T) {
	data, err := fs.ReadFile(corpus.FS(), "004_c5029b86a2490bce.txt")
	if err != nil {
		t.Fatal(err)
	}
	m := &document.Meta{Title: "自定义标题", Org: "某某局", Year: 2030, Kind: document.KindOther}
	d, err := document.Load("x", "x.txt", data, m)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != m.Title || d.Org != m.Org || d.Year != m.Year || d.Kind != m.Kind {
		t.Errorf("manifest overridden: %+v", d.Meta)
	}
	if d.Published != "2022-02-18" {
		t.Errorf("fields the manifest leaves empty are still detected: published %q", d.Published)
	}
}

func TestDetectMetaSmall(t *testing.T) {
	tests := []struct {
		name, file, text string
		org              string
		year             int
		kind             document.Kind
	}{
		{"report by self-reference", "a.txt",
			"区政府:\n现将我局2023年法治政府建设工作情况报告如下:\n一、工作情况\n2023年,清远市清城区民政局加强领导。清城区民政局开展普法。\n",
			"清远市清城区民政局", 2023, document.KindReport},
		{"plan with period, full-width", "b.txt",
			"关于印发《某某市民政局法治宣传教育工作方案（2024—2026年）》的通知\n各科室：\n现将方案印发给你们。\n一、主要任务\n（一）普法（局办公室牵头）。\n",
			"某某市民政局", 2024, document.KindPlan},
		{"year from file name", "南山区政府工作报告_2015.txt",
			"各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。\n一、过去一年工作回顾\n南山区经济平稳增长。\n",
			"南山区人民政府", 2015, document.KindReport},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", tt.file, []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Org != tt.org || d.Year != tt.year || d.Kind != tt.kind {
				t.Errorf("got org %q year %d kind %s, want %q %d %s", d.Org, d.Year, d.Kind, tt.org, tt.year, tt.kind)
			}
		})
	}
}

// govreportsDir finds ../shared/govreports beside the module root.
func govreportsDir(t *testing.T) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Skip("cannot locate the source file")
	}
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "govreports")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("govreports corpus not found at %s: %v", dir, err)
	}
	return dir
}

var reNameYear = regexp.MustCompile(`_((?:19|20)\d{2})年?$`)

// TestDetectMetaGovreports runs detection over 158 real government work
// reports (full-width punctuation, no manifest): each must be a report of
// the year its file name ends with, with an org and a title.
func TestDetectMetaGovreports(t *testing.T) {
	dir := govreportsDir(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no files in %s", dir)
	}
	orgs := map[string]int{}
	for _, f := range files {
		name := filepath.Base(f)
		stem := strings.TrimSuffix(name, ".txt")
		t.Run(stem, func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := document.Load(document.IDFromName(name), name, data, nil)
			if err != nil {
				t.Fatal(err)
			}
			m := reNameYear.FindStringSubmatch(stem)
			if m == nil {
				t.Fatalf("file name has no year suffix")
			}
			want, _ := strconv.Atoi(m[1])
			if d.Kind != document.KindReport {
				t.Errorf("kind %s, want report", d.Kind)
			}
			// The file name carries the year the report was delivered, the
			// title the year it covers: "大鹏新区管委会2014年工作报告_2015"
			// reviews 2014, and Year is the covered year.
			if strings.Contains(d.Title, strconv.Itoa(want-1)+"年工作报告") {
				want--
			}
			if d.Year < 2000 || d.Year > 2026 || d.Year != want {
				t.Errorf("year %d, want %d", d.Year, want)
			}
			if d.Org == "" || d.Title == "" {
				t.Errorf("org %q title %q", d.Org, d.Title)
			}
			if !plausibleGovOrg(d.Org) {
				t.Errorf("org %q is not a government", d.Org)
			}
			orgs[d.Org]++
		})
	}
	t.Logf("%d files, %d distinct orgs: %v", len(files), len(orgs), orgs)
}

// plausibleGovOrg: the authors of these reports are the State Council or a
// province, city, district or new-district government.
func plausibleGovOrg(org string) bool {
	if org == "国务院" {
		return true
	}
	return regexp.MustCompile(`^(?:深圳市)?[\p{Han}]{2}(?:省|市|区|新区)(?:人民政府|管委会|管理委员会)$`).MatchString(org)
}

func TestPeriodLine(t *testing.T) {
	text := "通知\n关于印发《某方案(2021—2023年)》的通知\n正文(2020-2025年)\n"
	for _, tc := range []struct {
		from, to int
		want     string
		ok       bool
	}{
		{2021, 2023, "关于印发《某方案(2021—2023年)》的通知", true},
		{2020, 2025, "正文(2020-2025年)", true},
		{2019, 2023, "", false},
	} {
		s, e, ok := document.PeriodLine(text, tc.from, tc.to)
		if ok != tc.ok || (ok && text[s:e] != tc.want) {
			t.Errorf("PeriodLine(%d, %d) = %q, %v; want %q, %v", tc.from, tc.to, text[s:e], ok, tc.want, tc.ok)
		}
	}
}

// TestTitleAfterIssuerMark: a 公文 printed as GB/T 9704 lays it out — the
// issuer's mark, the 文号, then the title — is titled by the title line,
// whatever genre it ends with (复函, 批复, 决定), not given a made-up one.
func TestTitleAfterIssuerMark(t *testing.T) {
	text := "某市司法局\n某司函〔2024〕37号\n某市司法局关于某区将部分行政处罚权赋予街道行使有关问题的复函\n某区人民政府：\n你区请示收悉。经研究，函复如下。\n某市司法局\n2024年5月16日\n"
	d, err := document.Load("x", "g4.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "某市司法局关于某区将部分行政处罚权赋予街道行使有关问题的复函"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	if d.Kind != document.KindReply {
		t.Errorf("kind %s, want reply", d.Kind)
	}
}

// TestAnnualTitleYear: a 公文 whose title names the year of its work (关于
// 2024年度…的通报) is that year's, though signed the year after; one that
// names no such year is its signing year's.
func TestAnnualTitleYear(t *testing.T) {
	for text, want := range map[string]int{
		"禾坪市司法局关于2024年度全市行政执法案卷评查情况的通报\n禾司通〔2025〕2号\n各县(区)司法局:\n现通报如下。\n禾坪市司法局\n2025年5月12日\n": 2024,
		"禾坪市司法局关于开展行政执法案卷评查的通知\n禾司发〔2025〕3号\n各县(区)司法局:\n现通知如下。\n禾坪市司法局\n2025年3月2日\n":          2025,
	} {
		var m document.Meta
		document.DetectMeta(&m, text, "x.txt")
		if m.Year != want {
			t.Errorf("%s: year %d, want %d", strings.SplitN(text, "\n", 2)[0], m.Year, want)
		}
	}
}

// Agreements, undertakings and community rules are titled by their genre,
// and a title that ends with a genre other than a report's (…的请示) is no
// report for the "报告如下" in its text.
func TestTitlesOfOtherGenres(t *testing.T) {
	tests := []struct {
		name, text, title string
		kind              document.Kind
	}{
		{"target undertaking", "石门乡2025年度消防安全目标责任书\n（乡人民政府—石门村民委员会）\n为落实消防安全责任，经双方协商，签订本责任书。\n一、责任期限\n本责任书有效期一年。\n",
			"石门乡2025年度消防安全目标责任书（乡人民政府—石门村民委员会）", document.KindOther},
		{"operating agreement", "红枫社区日间照料中心委托运营协议书\n甲方：红枫社区居民委员会\n乙方：暖心养老服务有限公司\n一、委托期限\n委托期限为2年。\n",
			"红枫社区日间照料中心委托运营协议书", document.KindOther},
		{"parties under the title", "柳溪街道2026年度消防安全目标责任书\n（街道办事处与红星社区居民委员会）\n一、责任期限\n本责任书有效期一年。\n二、乙方辖区基本情况\n红星社区辖8个居民小组。\n",
			"柳溪街道2026年度消防安全目标责任书（街道办事处与红星社区居民委员会）", document.KindOther},
		{"drafters in brackets are no parties", "柳溪街道养老服务设施管理办法\n（街道民政办、街道财政所起草）\n第一条 为规范管理，制定本办法。\n",
			"柳溪街道养老服务设施管理办法", document.KindPolicy},
		{"a stage in brackets names no party", "柳溪街道社区养老服务设施管理办法\n（征求意见稿）\n第一条 为规范管理，制定本办法。\n",
			"柳溪街道社区养老服务设施管理办法", document.KindPolicy},
		{"service guide and its matter", "芦溪县政务服务事项服务指南\n\n残疾人两项补贴申领\n\n编制单位：芦溪县民政局\n一、适用范围\n本指南适用于困难残疾人生活补贴申领。\n",
			"芦溪县政务服务事项服务指南（残疾人两项补贴申领）", document.KindPolicy},
		{"a speaker's line is no matter", "在全县民政工作会议上的讲话\n县委常委、副县长 李明\n同志们:\n今天召开会议。\n",
			"在全县民政工作会议上的讲话", document.KindOther},
		{"village rules", "柳塘村村规民约\n第一章　总则\n第一条　为推进村民自治，制定本村规民约。\n",
			"柳塘村村规民约", document.KindOther},
		{"subject over the genre line", "芦溪县城区公墓二期扩建工程\n结算审计报告\n\n审计单位：芦溪县审计局\n一、工程概况\n工程于2025年3月开工。\n",
			"芦溪县城区公墓二期扩建工程结算审计报告", document.KindReport},
		{"an office over its report is no subject", "芦溪县民政局\n2025年工作总结\n\n一、主要工作\n全年救助1200人次。\n",
			"2025年工作总结", document.KindReport},
		{"request, not a report", "鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n县人民政府：\n现将有关情况报告如下：\n一、项目概况\n新增床位40张。\n妥否，请批示。\n",
			"鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示", document.KindOther},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Kind != tt.kind {
				t.Errorf("got title %q kind %s, want %q %s", d.Title, d.Kind, tt.title, tt.kind)
			}
		})
	}
}

// A title set over lines its layout breaks: a genre alone under what it
// is of, an amendment's genre and number under the contract it amends, a
// short title set out character by character; and the body a record's
// first line names, where no signature or title word names another.
func TestTitleSetOverLines(t *testing.T) {
	tests := []struct{ name, text, title, org string }{
		{"amendment under its contract", "芦溪县社区食堂委托运营合同\n补充协议（二）\n\n甲方：芦溪县民政局\n乙方：暖心餐饮有限公司\n第一条 原合同第三条变更为：每餐补贴3元。\n",
			"芦溪县社区食堂委托运营合同补充协议（二）", "芦溪县民政局"},
		{"rules under their measures", "芦溪县临时救助管理办法\n实施细则\n\n第一条 为落实办法，制定本细则。\n第二条 本细则由县民政局负责解释。\n",
			"芦溪县临时救助管理办法实施细则", ""},
		{"spaced genre under its project", "芦溪县殡仪馆迁建工程\n施 工 周 报\n（第3期）\n\n报告期：2026年3月1日—3月7日\n一、本周进度\n主体完成60%。\n",
			"芦溪县殡仪馆迁建工程施工周报", ""},
		{"spaced letter", "慰 问 信\n\n全县广大退役军人：\n\n值此春节来临之际，芦溪县民政局向你们致以节日的问候！\n\n芦溪县民政局\n2026年2月1日\n",
			"慰问信", "芦溪县民政局"},
		{"a record under its body's name", "芦溪县社会福利院\n入院老人登记及健康评估记录\n（2026年3月）\n\n一、逐人登记情况\n（一）姓名：李某　年龄：81岁\n处置：经评估后转介至芦溪县人民医院治疗，并告知溪口镇民政办跟进。\n",
			"芦溪县社会福利院入院老人登记及健康评估记录", "芦溪县社会福利院"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || tt.org != "" && d.Org != tt.org {
				t.Errorf("got title %q org %q, want %q %q", d.Title, d.Org, tt.title, tt.org)
			}
		})
	}
}

// A document whose title ends in no genre we know keeps its own title:
// one made up from its office and year ("…2026年工作报告") would name a
// transcript or a budget note a report.
func TestTitleOfUnknownGenre(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"forum digest under its office", "芦溪县人民政府研究室\n\n芦溪县“优化营商环境”企业家座谈会发言摘编\n\n时间：2026年3月2日\n主持人：县政府副县长\n一、县工商联发言\n今年以来共走访企业120家。\n",
			"芦溪县“优化营商环境”企业家座谈会发言摘编"},
		// Lines at the top that are no title (review 19).
		{"issuer beside a date", "蓼川县民政局 2026年3月\n全县社会救助工作情况汇编\n一、低保\n全县低保对象8320人。\n",
			"全县社会救助工作情况汇编"},
		{"addressees", "各乡镇人民政府、县直各有关单位\n蓼川县2026年春节慰问困难群众工作安排\n一、慰问对象\n全县困难群众2100户。\n",
			"蓼川县2026年春节慰问困难群众工作安排"},
		{"banner", "内部资料 注意保存\n蓼川县民政工作情况汇编第一辑\n一、低保\n全县低保对象8320人。\n",
			"蓼川县民政工作情况汇编第一辑"},
		{"a period", "2026年第一季度\n蓼川县民政业务数据分析摘要\n一、低保\n全县低保对象8320人。\n",
			"蓼川县民政业务数据分析摘要"},
		{"a body over what it lists", "蓼川县养老服务工作领导小组\n成员名单及职责分工\n组长:县政府副县长\n",
			"蓼川县养老服务工作领导小组成员名单及职责分工"},
		// The record's kind on the line under the meeting's name ends its
		// title (withTail), as "填表说明" does under a form's name.
		{"a meeting's record", "蓼川县2026年民政工作座谈会\n会议纪实\n3月5日,县民政局召开座谈会。\n",
			"蓼川县2026年民政工作座谈会会议纪实"},
		{"a subtitle under its main title", "守护夕阳　温暖万家\n——芦溪县石门乡民政所先进事迹材料\n\n石门乡辖12个村。\n",
			"守护夕阳　温暖万家——芦溪县石门乡民政所先进事迹材料"},
		// Review 23: a slogan, an index number, a banner or an issue above
		// a title of its own is no part of it.
		{"slogan over a title with a year", "坚持以人民为中心的发展思想\n2025年全县民政工作要点\n一、总体要求\n全年救助1200人次。\n",
			"2025年全县民政工作要点"},
		{"index number over a title", "索引号11350000MB1234567A\n2025年芦溪县民政局工作总结\n一、主要工作\n全年救助1200人次。\n",
			"2025年芦溪县民政局工作总结"},
		{"banner over a subtitle", "内部资料　注意保存\n——记芦溪县社会救助股股长林秋\n林秋同志从事民政工作12年。\n",
			"——记芦溪县社会救助股股长林秋"},
		// Review 24: a year and a genre alone end a title wrapped after its
		// subject; a main title may hold digits.
		{"subject over a year and a genre", "芦溪县农村低保专项治理\n2025年工作方案\n\n为深入开展专项治理，制定本方案。\n一、治理范围\n全县农村低保对象。\n",
			"芦溪县农村低保专项治理2025年工作方案"},
		{"a main title with digits", "奋战100天　确保安全度汛\n——致全县干部群众的倡议书\n全县广大干部群众：\n汛期将至。\n",
			"奋战100天　确保安全度汛——致全县干部群众的倡议书"},
		{"final accounts note", "芦溪县民政局2025年度部门决算情况说明\n\n目  录\n第一部分 部门概况\n第二部分 决算情况\n一、收入支出决算总体情况\n2025年度收入总计5321.6万元。\n",
			"芦溪县民政局2025年度部门决算情况说明"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x1.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title {
				t.Errorf("got title %q, want %q", d.Title, tt.title)
			}
		})
	}
}

// A document sent up (请示) writes its 签发人 beside its 文号; its head is
// read as any 公文's: 文号, title, 主送, 成文日期.
func TestHeadWithSigner(t *testing.T) {
	text := "鹿岭县卫生健康局文件\n鹿卫〔2026〕8号　　　　　　签发人：钟景行\n鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n县人民政府：\n一、项目概况\n新增床位40张。\n妥否，请批示。\n鹿岭县卫生健康局\n2026年3月2日\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Number != "鹿卫〔2026〕8号" || d.Addressee != "县人民政府" || d.Date != "2026-03-02" {
		t.Errorf("got 文号 %q 主送 %q 日期 %q", d.Number, d.Addressee, d.Date)
	}
	hs := document.LocateHead(text)
	if got := text[hs.Signer.Start:hs.Signer.End]; got != "签发人：钟景行" {
		t.Errorf("signer span %q", got)
	}
	if got := text[hs.Number.Start:hs.Number.End]; got != "鹿卫〔2026〕8号" {
		t.Errorf("number span %q", got)
	}
}

// A 签发人 whose name is spaced out, or who has a line of its own, is read
// as the field, and the 文号 span holds the 文号 alone.
func TestSignerLaidOut(t *testing.T) {
	for _, c := range []struct{ text, signer, number string }{
		{"鹿岭县农业农村局文件\n鹿农〔2026〕5号　　　　签发人：王强　李明\n鹿岭县农业农村局关于高标准农田建设的请示\n县人民政府：\n正文。\n", "签发人：王强　李明", "鹿农〔2026〕5号"},
		{"鹿岭县卫生健康局文件\n鹿卫〔2026〕9号　　　　签发人：张  伟\n鹿岭县卫生健康局关于购置救护车的请示\n县人民政府：\n正文。\n", "签发人：张  伟", "鹿卫〔2026〕9号"},
		{"鹿岭县水利局文件\n鹿水〔2026〕3号\n签发人：赵平\n鹿岭县水利局关于山塘整治的请示\n县人民政府：\n正文。\n", "签发人：赵平", "鹿水〔2026〕3号"},
		// The field's name spaced out as well (review 19).
		{"鹿岭县水利局文件\n鹿水〔2026〕4号　　　签 发 人：李明远\n鹿岭县水利局关于水毁修复的请示\n县人民政府：\n正文。\n", "签 发 人：李明远", "鹿水〔2026〕4号"},
		{"鹿岭县水利局文件\n鹿水〔2026〕6号\n签　发　人：赵平\n鹿岭县水利局关于堤防加固的请示\n县人民政府：\n正文。\n", "签　发　人：赵平", "鹿水〔2026〕6号"},
	} {
		hs := document.LocateHead(c.text)
		if got := c.text[hs.Signer.Start:hs.Signer.End]; got != c.signer {
			t.Errorf("signer %q, want %q", got, c.signer)
		}
		if got := c.text[hs.Number.Start:hs.Number.End]; got != c.number {
			t.Errorf("number %q, want %q", got, c.number)
		}
	}
}

// A speech and a bulletin are titled by their first line, as 公文 of
// other genres are; a speech's speaker and date stand under its title, a
// bulletin's issue, compiler and date under its, and its 报: line at its
// foot says whom it goes up to.
func TestSpeechAndBulletinHeads(t *testing.T) {
	speech := "在全市安全生产工作会议上的讲话\n市委常委、常务副市长　　韦立衡\n（2025年2月14日）\n同志们：\n今天召开全市安全生产工作会议。\n一、去年工作回顾\n全年事故起数下降12%。\n"
	d, err := document.Load("x", "x.txt", []byte(speech), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "在全市安全生产工作会议上的讲话" || d.Date != "2025-02-14" || d.Kind == document.KindPlan || d.Kind == document.KindReport {
		t.Errorf("speech: title %q date %q kind %s", d.Title, d.Date, d.Kind)
	}
	hs := document.LocateHead(speech)
	if got := speech[hs.Speaker.Start:hs.Speaker.End]; got != "市委常委、常务副市长　　韦立衡" {
		t.Errorf("speaker span %q", got)
	}
	if got := speech[hs.Date.Start:hs.Date.End]; got != "（2025年2月14日）" {
		t.Errorf("speech date span %q", got)
	}
	if got := document.TitleSubject(d.Title); got != "全市安全生产工作会议" {
		t.Errorf("speech subject %q", got)
	}

	bulletin := "石门街道信息专报\n第12期\n石门街道党工委办公室编印　　2025年9月3日\n本期内容\n街道完成老旧小区改造5个。\n报：区委办公室、区政府办公室\n送：街道领导班子成员\n（共印30份）\n"
	d, err = document.Load("y", "y.txt", []byte(bulletin), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "石门街道信息专报" || d.Number != "第12期" || d.Date != "2025-09-03" || d.Org != "石门街道党工委办公室" {
		t.Errorf("bulletin: title %q number %q date %q org %q", d.Title, d.Number, d.Date, d.Org)
	}
	hs = document.LocateHead(bulletin)
	for what, c := range map[string]struct {
		sp   document.Span
		want string
	}{
		"number":    {hs.Number, "第12期"},
		"compiler":  {hs.Signature, "石门街道党工委办公室编印"},
		"date":      {hs.Date, "2025年9月3日"},
		"addressee": {hs.Addressee, "报：区委办公室、区政府办公室"},
	} {
		if got := bulletin[c.sp.Start:c.sp.End]; got != c.want {
			t.Errorf("%s span %q, want %q", what, got, c.want)
		}
	}
}

// A subtitle under its main title ("——致…的倡议书") joins it, and a 公示
// is a title's genre: neither title is made up from the body.
func TestSubtitleAndNoticeTitles(t *testing.T) {
	for _, tc := range []struct{ text, title string }{
		{"节俭办婚事 文明树新风\n——致全村党员群众的一封倡议书\n全村党员群众：\n近年来，大操大办之风有所抬头。\n一、婚事新办。\n青山村村民委员会\n2026年2月1日\n", "节俭办婚事 文明树新风——致全村党员群众的一封倡议书"},
		{"柳河县2026年公开招聘事业单位工作人员拟聘用人员公示\n根据招聘公告，现将拟聘用人员名单公示如下：\n一、公示名单\n张三，男，柳河县卫生健康局。\n公示期为2026年8月3日至8月9日。\n柳河县人力资源和社会保障局\n2026年8月2日\n", "柳河县2026年公开招聘事业单位工作人员拟聘用人员公示"},
	} {
		d, err := document.Load("x", "x.txt", []byte(tc.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tc.title {
			t.Errorf("title %q, want %q", d.Title, tc.title)
		}
	}
}

// A 工作动态 is a bulletin as a 简报 is, and its 编者按： is an editor's note,
// not the line naming whom it is sent to.
func TestWorkBulletinAndEditorsNote(t *testing.T) {
	text := "青山镇工作动态\n第3期\n青山镇党政综合办公室编　　2025年6月1日\n编者按：\n近期我镇开展了防汛隐患排查。\n一、排查情况\n共排查隐患点12处。\n"
	issue, compiler, _ := document.Bulletin(text)
	if issue != "第3期" || compiler == "" {
		t.Errorf("bulletin head: issue %q, compiler %q", issue, compiler)
	}
	if hs := document.LocateHead(text); hs.Addressee.End > 0 && strings.Contains(text[hs.Addressee.Start:hs.Addressee.End], "编者按") {
		t.Errorf("the editor's note read as the addressee: %q", text[hs.Addressee.Start:hs.Addressee.End])
	}
	if h, _ := document.ParseHead(text); strings.Contains(h.Addressee, "编者按") {
		t.Errorf("the editor's note read as the addressee: %q", h.Addressee)
	}
}

// A body's own rules are issued by the body that signs them, though the
// text names other bodies more often (a 章程 under a 民政局's guidance).
func TestSignerIsIssuer(t *testing.T) {
	text := "芦溪县志愿服务协会章程\n第一章　总则\n第一条　本会接受芦溪县民政局的业务指导和监督管理。\n第二条　本会党支部接受中共芦溪县民政局机关委员会的领导，芦溪县民政局每年对本会开展检查。\n芦溪县志愿服务协会\n2025年10月8日\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Org != "芦溪县志愿服务协会" {
		t.Errorf("got org %q, want 芦溪县志愿服务协会", d.Org)
	}
}

// Review 23: the signature is the last body over a date at the foot, not
// the first result of a list of bodies and dates; a body's numbered
// meeting signs for the body; a table's last row is no signature.
func TestSignatureAtTheFoot(t *testing.T) {
	tests := []struct{ name, text, org string }{
		{"results listed with dates", "芦溪县社会组织2024年度年检结果公告\n根据有关规定，现将结果公告如下。\n一、年检合格单位\n芦溪县书法家协会\n2025年3月5日\n芦溪县老年人协会\n2025年3月6日\n二、年检不合格单位\n芦溪县象棋协会\n特此公告。\n芦溪县民政局\n2025年4月1日\n", "芦溪县民政局"},
		{"an attachment after the signature", "关于召开全县养老服务工作推进会的通知\n各乡镇民政办：\n定于7月10日召开推进会。请准时参加。\n芦溪县敬老院管理服务中心\n2025年7月1日\n附：会议议程\n一、通报上半年工作情况。\n二、部署下半年重点工作。\n", "芦溪县敬老院管理服务中心"},
		{"a congress's resolution", "关于芦溪县2024年计划执行情况的决议\n芦溪县第十八届人民代表大会第三次会议听取和审查了县人民政府提出的报告，决定批准该报告。\n芦溪县第十八届人民代表大会第三次会议\n2025年1月15日\n", "芦溪县第十八届人民代表大会"},
		{"a body's congress signs for it", "芦溪县老年人协会章程\n第一条　本会接受芦溪县民政局的业务指导。\n第二条　本会会费每年50元。\n芦溪县老年人协会第二届会员代表大会\n2025年5月20日\n", "芦溪县老年人协会"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Org != tt.org {
				t.Errorf("got org %q, want %q", d.Org, tt.org)
			}
		})
	}
}

// A document without a formal head may write the office that made it and
// the day on one line under its title (a 台账, a 情况表): that is its date.
func TestOfficeAndDateUnderTitle(t *testing.T) {
	text := "芦溪县民政局2026年重点工作推进情况表\n（5月份）\n\n芦溪县民政局办公室　　　　　　　　2026年6月5日\n\n现将5月份推进情况汇总如下。\n序号|工作任务|进展情况\n1|低保提标|已完成\n\n填表人：王敏　　　　审核人：李强\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Date != "2026-06-05" {
		t.Errorf("got date %q, want 2026-06-05", d.Date)
	}
	hs := document.LocateHead(text)
	if got := text[hs.Date.Start:hs.Date.End]; got != "2026年6月5日" {
		t.Errorf("head date %q, want 2026年6月5日", got)
	}
}

// An announcement numbered by year: the office's mark is no title, the
// issue under it is the number, the 关于 line is the title.
func TestAnnouncementHead(t *testing.T) {
	text := "崞阳县民政局公告\n\n（2026年第5号）\n\n关于2026年度社会组织年度检查结果的公告\n\n根据《社会团体登记管理条例》，现将年检结果公告如下。\n一、年检合格的社会组织\n崞阳县书法家协会。\n崞阳县民政局\n2026年6月8日\n"
	var m document.Meta
	document.DetectMeta(&m, text, "nianjian.txt")
	if m.Title != "关于2026年度社会组织年度检查结果的公告" || m.Number != "2026年第5号" || m.Date != "2026-06-08" {
		t.Errorf("title %q number %q date %q", m.Title, m.Number, m.Date)
	}
}

// Review 31: a title ending in 公告 over its issue is no office's mark,
// and the line under the issue stays body; the number is read inside its
// brackets.
func TestAnnouncementHeadLocated(t *testing.T) {
	text := "崞阳县民政局公告\n（2026年第5号）\n关于2026年度社会组织年度检查结果的公告\n现将年检结果公告如下。\n崞阳县民政局\n2026年6月8日\n"
	hs := document.LocateHead(text)
	if got := text[hs.Number.Start:hs.Number.End]; got != "2026年第5号" {
		t.Errorf("number %q", got)
	}
	if got := text[hs.Title.Start:hs.Title.End]; got != "关于2026年度社会组织年度检查结果的公告" {
		t.Errorf("title %q", got)
	}
	other := "峪川县自然资源局关于城关镇片区土地征收的公告\n（2026年第4号）\n经峪川县人民政府批准，现将有关事项公告如下：\n峪川县自然资源局\n2026年5月6日\n"
	hs = document.LocateHead(other)
	if hs.Title.End > 0 && strings.Contains(other[hs.Title.Start:hs.Title.End], "经峪川") {
		t.Errorf("body read as title: %q", other[hs.Title.Start:hs.Title.End])
	}
}

// An announcement's mark over a 文号 and its 关于 title.
func TestAnnouncementHeadWithNumber(t *testing.T) {
	text := "崞阳县人民政府公告\n\n崞政公告〔2026〕3号\n\n崞阳县人民政府关于行政规范性文件清理结果的公告\n\n现将清理结果公告如下。\n崞阳县人民政府\n2026年4月2日\n"
	var m document.Meta
	document.DetectMeta(&m, text, "qingli.txt")
	if m.Title != "崞阳县人民政府关于行政规范性文件清理结果的公告" || m.Number != "崞政公告〔2026〕3号" {
		t.Errorf("title %q number %q", m.Title, m.Number)
	}
	hs := document.LocateHead(text)
	if got := text[hs.Title.Start:hs.Title.End]; got != m.Title {
		t.Errorf("located title %q", got)
	}
}

// Review 32: a 签发人 line between the 文号 and the title is no part of
// the title's span.
func TestAnnouncementHeadSigner(t *testing.T) {
	text := "崞阳县人民政府公告\n崞政公告〔2026〕3号\n签发人：韩桐\n崞阳县人民政府关于行政规范性文件清理结果的公告\n现将清理结果公告如下。\n崞阳县人民政府\n2026年4月2日\n"
	hs := document.LocateHead(text)
	if got := text[hs.Title.Start:hs.Title.End]; got != "崞阳县人民政府关于行政规范性文件清理结果的公告" {
		t.Errorf("located title %q", got)
	}
}

// A bulletin headed by its office's line ("柏溪县民政局" over "…信访工作
// 季报"), its compiler set apart from the date without 编: the office's
// bulletin is named with the office, its issue is its number, and the
// compiler's line dates it.
func TestBulletinUnderOfficeLine(t *testing.T) {
	text := "柏溪县民政局\n信访事项办理情况季报\n2025年第2期（总第9期）\n柏溪县民政局办公室　　　　2025年7月6日\n一、总体情况\n二季度共受理信访事项41件，办结39件。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "柏溪县民政局信访事项办理情况季报" || d.Number != "2025年第2期（总第9期）" || d.Date != "2025-07-06" {
		t.Errorf("title %q, number %q, date %q", d.Title, d.Number, d.Date)
	}
}

// A 文书 its body heads: the body's line, the form's name, its number in
// the form "（2025）柏民调字第12号" (or "柏民罚字〔2025〕第3号"); the
// body issued it, not a body its text names after a verb ("结合县民政局
// 调查报告").
func TestFormHeadNumbers(t *testing.T) {
	for _, tc := range []struct{ text, title, number, org string }{
		{"柏溪县青山镇人民调解委员会\n人民调解协议书\n（2025）青调字第012号\n当事人基本情况\n申请人：张某。\n调解员结合县民政局调查报告对责任的认定，促成双方达成协议。\n柏溪县青山镇人民调解委员会\n2025年9月3日\n",
			"柏溪县青山镇人民调解委员会人民调解协议书", "（2025）青调字第012号", "柏溪县青山镇人民调解委员会"},
		{"柏溪县民政局\n行政处罚决定书\n柏民罚字〔2025〕第3号\n当事人：柏溪县某养老服务中心。\n经查，当事人未按规定备案。\n柏溪县民政局\n2025年8月1日\n",
			"柏溪县民政局行政处罚决定书", "柏民罚字〔2025〕第3号", "柏溪县民政局"},
	} {
		d, err := document.Load("x", "x.txt", []byte(tc.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tc.title || d.Number != tc.number || d.Org != tc.org {
			t.Errorf("title %q, number %q, org %q; want %q, %q, %q", d.Title, d.Number, d.Org, tc.title, tc.number, tc.org)
		}
	}
}

// Review 34: a banner over a bulletin's title, a 股 as its compiler, an
// issue in brackets, and a court's 文书 numbered without 第.
func TestHeadsReview34(t *testing.T) {
	for _, tc := range []struct{ text, title, number, org, date string }{
		{"内部资料　注意保存\n信访事项办理情况月报\n（第4期）\n柏溪县民政局养老服务股　　2026年5月6日\n一、总体情况\n共受理41件。\n",
			"信访事项办理情况月报", "（第4期）", "柏溪县民政局养老服务股", "2026-05-06"},
		{"重庆市夔州区人民法院\n民事判决书\n（2025）渝0105民初1234号\n原告：张某。\n被告：李某。\n本院认为，原告的诉讼请求成立。\n重庆市夔州区人民法院\n2025年11月20日\n",
			"重庆市夔州区人民法院民事判决书", "（2025）渝0105民初1234号", "重庆市夔州区人民法院", "2025-11-20"},
	} {
		d, err := document.Load("x", "x.txt", []byte(tc.text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Title != tc.title || d.Number != tc.number || d.Org != tc.org || d.Date != tc.date {
			t.Errorf("title %q, number %q, org %q, date %q; want %q, %q, %q, %q", d.Title, d.Number, d.Org, d.Date, tc.title, tc.number, tc.org, tc.date)
		}
	}
}

// A unit after a verb of sending is no org's name ("下午5点前报给县民政局
// 办公室"): no place is named before its level (review 34).
func TestSentToIsNoOrg(t *testing.T) {
	text := "值班制度\n一、值班要求\n值班情况于每日下午5点前报给县民政局办公室汇总。\n二、交接\n值班记录每周五前交给县民政局办公室存档。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Org, "报给") || strings.Contains(d.Org, "交给") || strings.Contains(d.Org, "前") {
		t.Errorf("org %q", d.Org)
	}
}

// Review 35: 交 ends place names (古交市, 三交镇): a unit after it keeps
// its place.
func TestJiaoInPlaceName(t *testing.T) {
	text := "古交市2025年养老服务工作情况\n来源：古交市民政局\n一、基本情况\n全市共有养老机构12家。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Org != "古交市民政局" {
		t.Errorf("org %q, want 古交市民政局", d.Org)
	}
}

// Review 36: 转交/移交 before a level is a verb, though 交 ends 古交市.
func TestTransferredToIsNoOrg(t *testing.T) {
	text := "关于转交区民政局办理的函\n一、有关情况\n来信已转交区民政局办理。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Org, "转交") {
		t.Errorf("org %q", d.Org)
	}
}

// A paper sent up while an emergency unfolds (首报, 续报) sets its issuer
// with the signer over its 文号, the 文号 beside the date and hour it went
// up; the title and 主送 follow. Its 主送 (a 市民政局 among them) is no
// issuer.
func TestEmergencyReportHead(t *testing.T) {
	text := "突发事件信息\n首　报\n（第1报）\n鹿岭县民政局　　　　　　签发人：魏长青\n鹿民急报〔2026〕7号　　　　2026年7月3日9时\n关于“7·2”山洪灾害受灾群众转移安置情况的首报\n县委总值班室，岳州市民政局：\n　　7月2日夜间，我县出现强降雨，现将有关情况报告如下。\n　　一、灾情\n　　全县转移群众860人。\n报送单位：鹿岭县民政局\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "关于“7·2”山洪灾害受灾群众转移安置情况的首报" || d.Org != "鹿岭县民政局" || d.Number != "鹿民急报〔2026〕7号" || d.Date != "2026-07-03" {
		t.Errorf("got 标题 %q 发文 %q 文号 %q 日期 %q", d.Title, d.Org, d.Number, d.Date)
	}
	// The 文号 and the signer are quoted as written, each alone.
	hs := document.LocateHead(text)
	if got := text[hs.Number.Start:hs.Number.End]; got != "鹿民急报〔2026〕7号" {
		t.Errorf("number span %q", got)
	}
	if got := text[hs.Signer.Start:hs.Signer.End]; got != "签发人：魏长青" {
		t.Errorf("signer span %q", got)
	}
}

// A form titled by its kind alone is the unit's its head names: staff
// look for "中心的年检报告", and the report is of that unit, not of the
// office that runs it.
func TestFormTitledByKindNamesItsUnit(t *testing.T) {
	text := "民办非企业单位年度检查报告书\n（2025年度）\n\n单 位 名 称：鹿岭县康宁居家养老服务中心\n登 记 证 号：52330000MJ123\n业务主管单位：鹿岭县民政局\n\n一、年度业务活动情况\n　　全年服务老年人1.2万人次。\n"
	d, err := document.Load("x", "x.txt", []byte(text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if d.Org != "鹿岭县康宁居家养老服务中心" || d.Title != "鹿岭县康宁居家养老服务中心民办非企业单位年度检查报告书" {
		t.Errorf("got 标题 %q 发文 %q", d.Title, d.Org)
	}
}

// TestTitleTail: a title whose last words — what the document is — stand
// on a line of their own under the thing it is of. Written from a 低保入户
// 调查表's 填表说明 and a 规划's 专家论证意见; these are other forms and
// other opinions, and lines under a title that end none.
func TestTitleTail(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"a form's instructions", "蓼川县社会救助家庭经济状况核对授权书\n填写须知\n\n一、授权书由申请人本人签字。\n",
			"蓼川县社会救助家庭经济状况核对授权书填写须知"},
		{"a draft's review", "《芦溪县殡葬管理办法（征求意见稿）》\n专家评审意见\n\n2025年4月2日，县民政局组织专家评审。\n",
			"《芦溪县殡葬管理办法（征求意见稿）》专家评审意见"},
		{"a plan's drafting note", "芦溪县养老服务体系建设规划\n编制说明\n\n一、编制背景\n全县60岁以上老年人8.2万人。\n",
			"芦溪县养老服务体系建设规划编制说明"},
		// No tail: an issuer, a date, a stage, a heading, a name.
		{"issuer under a plan", "芦溪县养老服务体系建设规划\n芦溪县民政局\n\n一、编制背景\n全县60岁以上老年人8.2万人。\n",
			"芦溪县养老服务体系建设规划"},
		{"date under a form", "蓼川县社会救助家庭经济状况核对授权书\n2025年3月\n\n一、授权书由申请人本人签字。\n",
			"蓼川县社会救助家庭经济状况核对授权书"},
		{"stage under a plan", "芦溪县养老服务体系建设规划\n（征求意见稿）\n\n一、编制背景\n全县60岁以上老年人8.2万人。\n",
			"芦溪县养老服务体系建设规划"},
		{"heading under a plan", "芦溪县养老服务体系建设规划\n一、编制背景\n全县60岁以上老年人8.2万人。\n",
			"芦溪县养老服务体系建设规划"},
		{"a phrase with 的", "芦溪县养老服务体系建设规划\n写给全县的老人\n\n一、编制背景\n全县60岁以上老年人8.2万人。\n",
			"芦溪县养老服务体系建设规划"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x1.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title {
				t.Errorf("got title %q, want %q", d.Title, tt.title)
			}
		})
	}
}

// TestSideBySideSignatureDates: the parties to an agreement sign side by
// side, each with the day under its name; the agreement is dated by them
// (the later, where they differ). Written from a 合作备忘录; these are a
// 服务协议 and a 共建协议, and a span of two dates is no signature.
func TestSideBySideSignatureDates(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"same day", "澧汀县民政局与澧汀县邮政分公司养老服务协议\n\n甲方：澧汀县民政局\n乙方：澧汀县邮政分公司\n一、乙方为特困老人提供上门送餐服务。\n二、本协议一式两份。\n\n甲方（盖章）：澧汀县民政局　　　　乙方（盖章）：澧汀县邮政分公司\n2025年3月6日　　　　　　　　　　2025年3月6日\n", "2025-03-06"},
		{"the later of two", "芦溪县石门乡与芦溪县社会福利院结对共建协议\n\n一、双方每季度开展1次共建活动。\n\n甲方：芦溪县石门乡人民政府　　　乙方：芦溪县社会福利院\n2025年4月28日        2025年5月2日\n", "2025-05-02"},
		{"a span is no signature", "芦溪县民政局值班安排\n\n一、值班时间\n2025年1月28日至2025年2月4日\n二、值班人员\n王敏。\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Load("x", "x.txt", []byte(tt.text), nil)
			if err != nil {
				t.Fatal(err)
			}
			got := d.Published
			if got == "" {
				got = d.Date
			}
			if got != tt.want {
				t.Errorf("dated %q (published %q, date %q), want %q", got, d.Published, d.Date, tt.want)
			}
		})
	}
}

// The head of an agreement signed side by side is dated by the later of
// its parties' dates, whichever side it stands on.
func TestLaterSideDate(t *testing.T) {
	for text, want := range map[string]string{
		"合作协议\n\n一、内容。\n\n甲方：某局　　　　乙方：某公司\n2025年4月22日　　　　2025年4月25日\n": "2025年4月25日",
		"合作协议\n\n一、内容。\n\n甲方：某局　　　　乙方：某公司\n  2025年5月9日　　　　2025年5月3日\n": "2025年5月9日",
	} {
		hs := document.LocateHead(text)
		if got := text[hs.Date.Start:hs.Date.End]; got != want {
			t.Errorf("date %q, want %q", got, want)
		}
	}
}

// A manual or a compilation names who compiled it under its title, set
// apart from 编: that office is its org, not one its text sends work to.
func TestCompiledByIsOrg(t *testing.T) {
	for text, want := range map[string]string{
		"澧汀县养老服务补贴系统使用说明\n\n澧汀县民政局养老服务股　编\n2026年1月\n\n一、登录\n提交后，申请自动推送至县财政局审核。\n": "澧汀县民政局",
		"民政政策问答汇编\n\n沅江市民政局办公室　编印\n\n1.问：低保怎么申请？\n答：向户籍所在地乡镇人民政府提出，由县民政局审批。\n":    "沅江市民政局",
	} {
		d, err := document.Load("x", "x.txt", []byte(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Org != want {
			t.Errorf("org %q, want %q", d.Org, want)
		}
	}
}
