package outline

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestResolveSection(t *testing.T) {
	for _, tc := range []struct{ section, part, topic string }{
		{"存在的问题", "存在的不足和原因", ""},
		{"存在的不足", "存在的不足和原因", ""},
		{"二、存在的主要问题", "存在的不足和原因", ""},
		{"不足", "存在的不足和原因", ""},
		{"工作计划", "下一年度主要安排", ""},
		{"下一年度工作计划", "下一年度主要安排", ""},
		{"下一年度安排", "下一年度主要安排", ""},
		{"明年打算", "下一年度主要安排", ""},
		{"2026年工作计划", "下一年度主要安排", ""},
		{"其他情况", "其他需要报告的情况", ""},
		{"其他需要报告的情况", "其他需要报告的情况", ""},
		{"主要举措和成效", "主要举措和成效", ""},
		{"第一责任人", "", "组织领导与第一责任人"},
		{"党政主要负责人履行推进法治建设第一责任人职责情况", "", "组织领导与第一责任人"},
		{"依法行政", "", "依法行政制度与规范性文件"},
		{"加强法治宣传教育", "", "普法与法治宣传"},
		{"化解信访问题", "", "矛盾纠纷化解"},
		{"法治宣传力度不足的整改", "", "普法与法治宣传"},
		{"问题与不足", "存在的不足和原因", ""},
		{"下步打算", "下一年度主要安排", ""},
		{"2026年工作思路", "下一年度主要安排", ""},
		{"主要做法", "主要举措和成效", ""},
		{"法治队伍建设", "", "组织领导与第一责任人"},
		{"公共法律服务", "", "矛盾纠纷化解"},
	} {
		t.Run(tc.section, func(t *testing.T) {
			o, err := Build(context.Background(), testIndex, Request{Section: tc.section, Org: "清城区", Year: 2025, Now: now})
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if o.Part != tc.part || o.Topic != tc.topic {
				t.Errorf("part %q topic %q, want %q %q", o.Part, o.Topic, tc.part, tc.topic)
			}
		})
	}
}

// TestUnknownSectionNamesWhatWorks: a name that maps to nothing is refused
// with the names that do.
func TestUnknownSectionNamesWhatWorks(t *testing.T) {
	_, err := Build(context.Background(), testIndex, Request{Section: "乡村振兴", Org: "清城区", Year: 2025, Now: now})
	if !errors.Is(err, ErrUnknownTopic) {
		t.Fatalf("err = %v", err)
	}
	for _, want := range []string{"存在的问题", "第一责任人", "工作计划", "其他情况", "依法行政", "普法与法治宣传"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %s", want, err)
		}
	}
}

// TestWholeReportParts: every bundled report's next whole-report outline
// has the five prescribed parts, in order, numbered 一、 to 五、.
func TestWholeReportParts(t *testing.T) {
	for name, o := range wholeReports(t, testIndex) {
		var got []string
		for _, s := range o.Sections {
			if !s.Reference {
				got = append(got, s.Number+s.Title)
			}
		}
		if len(got) != 5 {
			t.Errorf("%s: %d parts: %q", name, len(got), got)
			continue
		}
		for i, want := range []string{"一、", "二、", "三、", "四、", "五、"} {
			if !strings.HasPrefix(got[i], want) {
				t.Errorf("%s: part %d is %q", name, i+1, got[i])
			}
		}
		for i, key := range []string{"主要举措和成效", "存在的不足和原因", "第一责任人职责情况", "主要安排", "其他需要报告的情况"} {
			if !strings.Contains(got[i], key) {
				t.Errorf("%s: part %d %q lacks %q", name, i+1, got[i], key)
			}
		}
	}
}

// TestPlansThatApply: no item of a plan that binds another office or
// another period is cited outside the reference block — in any bundled
// report's whole-report outline or in a section outline; with NoReference
// they are gone.
func TestPlansThatApply(t *testing.T) {
	outlines := allOutlines(t, testIndex)
	for _, tc := range goldenCases[:4] {
		outlines[tc.name] = build(t, tc.section)
	}
	for name, o := range outlines {
		planCited := func(ss []Section) bool {
			found := false
			walk(ss, func(s Section) {
				for _, b := range s.Bullets {
					for _, n := range b.Citations {
						found = found || o.Citations[n-1].Doc.Kind == "plan"
					}
				}
			})
			return found
		}
		var body, ref []Section
		for _, s := range o.Sections {
			if s.Reference {
				ref = append(ref, s)
			} else {
				body = append(body, s)
			}
		}
		// The bundled plan is 株洲's, 2021–2023: it binds none of the
		// bundled reports' offices.
		if planCited(body) {
			t.Errorf("%s: a plan item that does not apply is outside the reference block", name)
		}
		walk(body, func(s Section) {
			if strings.Contains(s.Title, "须回应") {
				t.Errorf("%s: %q lists items of a plan that does not apply", name, s.Title)
			}
		})
		if name == "law_publicity" && !planCited(ref) {
			t.Errorf("%s: the reference block lacks the plan's items", name)
		}
	}
	o, err := Build(context.Background(), testIndex, Request{Org: "清城区", Year: 2025, Now: now, NoReference: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range o.Citations {
		if c.Doc.Kind == "plan" {
			t.Fatalf("NoReference outline cites the plan: %q", c.Text)
		}
	}
}

// TestPlanApplies: a plan of the office itself for the year drafted is
// answered to, in the body.
func TestPlanApplies(t *testing.T) {
	o, err := Build(context.Background(), testIndex, Request{Org: "株洲市民政局", Year: 2022, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	walk(o.Sections, func(s Section) {
		for _, b := range s.Bullets {
			found = found || strings.Contains(b.Text, "落实情况】")
		}
	})
	if !found {
		t.Error("the office's own plan is not answered to in its outline")
	}
	for _, s := range o.Sections {
		if s.Reference {
			t.Errorf("reference block %q although the only plan applies", s.Title)
		}
	}
}

var halfWidthRe = regexp.MustCompile(`[,:;()!?]`)

// generatedText is what is left of s once every run of two or more
// characters quoted from a source is taken out: the outline's own words.
func generatedText(s string, sources []string) string {
	all := strings.Join(sources, "\x00")
	var b strings.Builder
	for s != "" {
		// Grow the quoted run rune by rune while the sources hold it.
		best, end := 0, 0
		for n := 0; end < len(s); n++ {
			_, size := utf8.DecodeRuneInString(s[end:])
			if !strings.Contains(all, s[:end+size]) {
				break
			}
			end += size
			if n >= 1 {
				best = end
			}
		}
		if best == 0 {
			_, n := utf8.DecodeRuneInString(s)
			b.WriteString(s[:n])
			best = n
		}
		s = s[best:]
	}
	return b.String()
}

// TestFullWidthPunctuation: the outline's own words use full-width
// punctuation; only text quoted from sources keeps what they wrote.
func TestFullWidthPunctuation(t *testing.T) {
	var docTexts []string
	for _, d := range testIndex.Docs() {
		docTexts = append(docTexts, d.Text, d.Title)
	}
	outlines := allOutlines(t, testIndex)
	for _, tc := range goldenCases[:4] {
		outlines[tc.name] = build(t, tc.section)
	}
	for name, o := range outlines {
		check := func(what, s string) {
			if g := generatedText(citeMarkRe.ReplaceAllString(s, ""), docTexts); halfWidthRe.MatchString(g) {
				t.Errorf("%s: half-width punctuation in generated %s: %q (generated part %q)", name, what, s, g)
			}
		}
		check("title", o.Title)
		check("note", o.Note)
		walk(o.Sections, func(s Section) {
			check("heading", s.Title)
			for _, b := range s.Bullets {
				check("bullet", b.Text)
			}
		})
	}
}

// TestWholeReportByName: chat users ask for the whole report by name.
func TestWholeReportByName(t *testing.T) {
	for _, name := range []string{"全文", "全文提纲", "全部"} {
		o, err := Build(context.Background(), testIndex, Request{Section: name, Org: "清城区", Year: 2025, Now: now})
		if err != nil || o.Section != "" || !strings.HasSuffix(o.Title, "年度报告提纲") {
			t.Errorf("%s: %v %+v", name, err, o)
		}
	}
}

func TestDefaultAddressee(t *testing.T) {
	for org, want := range map[string]string{
		"清远市清城区民政局":     "区人民政府",
		"清远市清新区石潭镇人民政府": "区人民政府",
		"株洲市民政局":        "市人民政府",
		"某县民政局":         "县人民政府",
		"广东省民政厅":        "省人民政府",
		"清远市人民政府":       "上级人民政府",
		"":              "本级人民政府",
	} {
		if got := DefaultAddressee(org); got != want {
			t.Errorf("DefaultAddressee(%q) = %q, want %q", org, got, want)
		}
	}
}

// TestNumberedOnce: the outline numbers its headings and points; no title
// or point brings a number of its own ("1.(二)1.加强…").
func TestNumberedOnce(t *testing.T) {
	outlines := allOutlines(t, testIndex)
	for _, tc := range goldenCases[:4] {
		outlines[tc.name] = build(t, tc.section)
	}
	for name, o := range outlines {
		walk(o.Sections, func(s Section) {
			if markerRe.MatchString(s.Title) {
				t.Errorf("%s: heading %q%q numbered twice", name, s.Number, s.Title)
			}
			for _, b := range s.Bullets {
				if m := markerRe.FindString(b.Text); m != "" && !regexp.MustCompile(`^\d{1,2}\s*[.、．]\d`).MatchString(b.Text) {
					t.Errorf("%s: point %q brings its own number %q", name, b.Text, m)
				}
			}
		})
	}
}

// TestPartWithoutMaterial asks for a part no indexed report written before
// the year has (清新区's and 石潭镇's 2019 reports end without a 下一年度
// part): the outline is the whole report's skeleton for it, with a note,
// not a refusal.
func TestPartWithoutMaterial(t *testing.T) {
	for _, org := range []string{"清新区民政局", "石潭镇"} {
		o, err := Build(context.Background(), testIndex, Request{Section: "工作计划", Org: org, Year: 2020, Now: now})
		if err != nil {
			t.Fatalf("%s: %v", org, err)
		}
		if len(o.Sections) == 0 || len(o.Sections[0].Bullets) == 0 || o.Sections[0].Bullets[0].Text != "【待补充：2021年推进法治政府建设的主要安排】" {
			t.Errorf("%s: %+v", org, o.Sections)
		}
		if !strings.Contains(o.Note, "没有“下一年度主要安排”部分的内容") {
			t.Errorf("%s: note %q", org, o.Note)
		}
	}
}
