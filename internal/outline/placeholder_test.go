package outline

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// wholeReports drafts the next year's whole-report outline of every report
// in ix.
func wholeReports(t *testing.T, ix *index.Index) map[string]*Outline {
	t.Helper()
	out := map[string]*Outline{}
	for _, d := range ix.Docs() {
		if d.Kind != document.KindReport || d.Org == "" || d.Year == 0 {
			continue
		}
		o, err := Build(context.Background(), ix, Request{Org: d.Org, Year: d.Year + 1, Now: now})
		if err != nil {
			t.Fatalf("whole report for %s %d: %v", d.Org, d.Year+1, err)
		}
		out[d.Org+strconv.Itoa(d.Year+1)] = o
	}
	return out
}

// staffSections are section names staff ask for, topics and parts.
var staffSections = []string{"依法行政", "加强法治宣传教育", "严格规范行政执法", "依法有效化解社会矛盾纠纷", "存在的问题", "工作计划", "第一责任人", "其他情况"}

// allOutlines is every bundled report's next whole-report outline and its
// section outlines by the names staff use (those the corpus has material
// for).
func allOutlines(t *testing.T, ix *index.Index) map[string]*Outline {
	t.Helper()
	allOnce.Do(func() { allCache = buildAllOutlines(t, ix) })
	if allCache == nil {
		t.Fatal("outlines of the bundled reports failed")
	}
	out := map[string]*Outline{}
	for k, v := range allCache {
		out[k] = v
	}
	return out
}

var (
	allOnce  sync.Once
	allCache map[string]*Outline
)

func buildAllOutlines(t *testing.T, ix *index.Index) map[string]*Outline {
	out := wholeReports(t, ix)
	for _, d := range ix.Docs() {
		if d.Kind != document.KindReport || d.Org == "" || d.Year == 0 {
			continue
		}
		for _, sec := range staffSections {
			o, err := Build(context.Background(), ix, Request{Section: sec, Org: d.Org, Year: d.Year + 1, Now: now})
			if errors.Is(err, ErrNoEvidence) {
				continue
			}
			if err != nil {
				t.Errorf("%s for %s: %v", sec, d.Org, err)
				return nil
			}
			out[d.Org+strconv.Itoa(d.Year+1)+sec] = o
		}
	}
	return out
}

// TestPlaceholderLabels checks every figure placeholder of the whole-report
// outlines of all bundled reports against the sentence it cites: the old
// figure is in it, the label is made of the sentence's own words, the
// counted thing comes from the figure's own clause, the verb the figure is
// counted by is kept, and no list of examples leaks a 等.
func TestPlaceholderLabels(t *testing.T) {
	n := 0
	for name, o := range allOutlines(t, testIndex) {
		walk(o.Sections, func(s Section) {
			for _, b := range s.Bullets {
				for _, m := range figurePlaceholderRe.FindAllStringSubmatch(b.Text, -1) {
					n++
					k, _ := strconv.Atoi(m[5])
					src := o.Citations[k-1].Text
					if err := checkLabel(m[2], m[4], src); err != "" {
						t.Errorf("%s: %s: %s\n  source: %s", name, m[0], err, src)
					}
				}
			}
		})
	}
	if n < 5 {
		t.Fatalf("only %d figure placeholders checked", n)
	}
}

// checkLabel returns why label misstates what fig counts in src, or "".
func checkLabel(label, fig, src string) string {
	nsrc := zh.Normalize(src)
	at := strings.Index(src, fig)
	if at < 0 {
		return "the old figure is not in the source"
	}
	if strings.ContainsAny(label, " \t\u3000") {
		return "a space inside the label"
	}
	if strings.HasPrefix(label, "等") || strings.HasSuffix(strings.TrimRight(label, "数量人次件宗户对条期项金额比例场"), "等") {
		return "a 等 leaks into the label"
	}
	body := label
	for _, suf := range []string{"数量", "金额", "比例", "场次", "次数", "人次", "人数", "件数", "宗数", "户数", "对数", "条数", "期数", "项数"} {
		if strings.HasSuffix(body, suf) && !strings.Contains(nsrc, zh.Normalize(body)) {
			body = strings.TrimSuffix(body, suf)
			break
		}
	}
	// The label is the source's words, joined at most by 中 or 的.
	segs := cover(zh.Normalize(body), nsrc)
	if segs == nil {
		return "the label has words the source does not"
	}
	if len(segs) > 4 {
		return "the label is pieced from too many parts of the source"
	}
	// The counted thing is in the figure's own clause.
	cs, _ := clauseStart(src, at)
	ce := at + len(fig) + len(firstClause(src[at+len(fig):]))
	clause := zh.Normalize(src[cs:ce])
	if last := segs[len(segs)-1]; !strings.Contains(clause, last) {
		return "the counted thing " + last + " is not in the figure's clause " + clause
	}
	// A figure followed by a noun counts that noun ("7个方面31项课题研究":
	// the 31 counts 课题研究, not 方面).
	if n := leadingNoun(src[at+len(fig):]); n != "" && !strings.Contains(zh.Normalize(label), zh.Normalize(string([]rune(n)[:2]))) {
		return "the label does not name " + n + ", which the figure counts"
	}
	// A part of a figure in brackets is named as that part.
	if openParen(src, at) >= 0 && !strings.Contains(label, "中") {
		return "a breakdown in brackets is labelled as a total"
	}
	if bareRate(label) {
		return "a rate without what it is a rate of"
	}
	// The verb the figure is counted by stays.
	if i, v := lastVerb(src[cs:at]); i >= 0 && !strings.Contains(label, v) {
		return "the verb " + v + " is missing"
	}
	return ""
}

func TestCheckLabelCatches(t *testing.T) {
	for _, tc := range []struct{ label, fig, src string }{
		{"民办非企业单位数量", "27间", "2024年,我局完成31宗“双随机、一公开”案件(民办非企业单位27间,社会团体1间,养老机构3间)。"},
		{"规范性文件件数", "1件", "2024年,我局共废止规范性文件1件。"},
		{"参考率", "100%", "组织干部职工参加学法考试,参考率为100%。"},
		{"等普法宣传活动场次", "439场", "开展宪法日、民法典等普法宣传活动439场。"},
		{"社会组织数量", "20个", "全镇20个村委会已全部建立村级社会综合服务站。"},
		{"方面项数", "31项", "聚焦中心工作开展7个方面31项课题研究,形成了一批高质量调研成果。"},
	} {
		if checkLabel(tc.label, tc.fig, tc.src) == "" {
			t.Errorf("label %q for %s passes against %q", tc.label, tc.fig, tc.src)
		}
	}
}

// cover splits s into the fewest pieces that are substrings of src, the
// glue words 中 and 的 aside; nil when it cannot.
func cover(s, src string) []string {
	var segs []string
	for s != "" {
		best := ""
		for i := len(s); i > 0; i-- {
			if utf8.RuneStart(s[i-1]) && !utf8.ValidString(s[:i]) {
				continue
			}
			if utf8.ValidString(s[:i]) && strings.Contains(src, s[:i]) {
				best = s[:i]
				break
			}
		}
		if best == "" {
			for _, glue := range []string{"中", "的"} {
				if strings.HasPrefix(s, glue) {
					best = glue
				}
			}
			if best == "" {
				return nil
			}
			s = s[len(best):]
			continue
		}
		segs = append(segs, best)
		s = s[len(best):]
	}
	return segs
}
