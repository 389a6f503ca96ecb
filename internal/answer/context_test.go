package answer

import (
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// TestTitleWordsAreNotAlone: a sentence that writes one word of the
// question under a title that writes the rest ("决赛时间：…" in the 养老
// 护理员 技能竞赛 notice) speaks of the whole, so its coverage is not
// halved as one word's alone is ("组织各部门" does not speak of 社会组织).
func TestTitleWordsAreNotAlone(t *testing.T) {
	wt := weightedTokens{w: map[string]float64{}, in: map[string]bool{}, writes: map[string]bool{}}
	for _, tok := range []string{"护理", "理员", "竞赛", "决赛"} {
		wt.w[tok], wt.in[tok] = 1, true
		wt.toks = append(wt.toks, tok)
		wt.scope.Add(tok, 1)
	}
	text := "3．决赛时间：2026年9月12日上午8:30。"
	notice := &index.StoredDoc{Meta: document.Meta{ID: "a", Title: "关于举办2026年全县养老护理员职业技能竞赛的通知"}, Text: text}
	other := &index.StoredDoc{Meta: document.Meta{ID: "b", Title: "关于做好春节期间值班工作的通知"}, Text: text}
	if c := wt.coverage(text, "", notice); c < 0.6 {
		t.Errorf("under its title the sentence covers %.2f, want the title's words at a heading's weight beside its own", c)
	}
	if c := wt.coverage(text, "", other); c > 0.15 {
		t.Errorf("under another title the sentence covers %.2f: one word of four is alone", c)
	}
	// The title holds what the sentence does not: it speaks of the
	// 护理员 竞赛's 决赛 as fully as a report's sentence that writes
	// 护理员 and 竞赛 but no 决赛 does of less.
	report := "组织养老护理员参加全市职业技能竞赛，获三等奖2个。"
	summary := &index.StoredDoc{Meta: document.Meta{ID: "c", Title: "柘溪县民政局2025年工作总结"}, Text: report}
	if in, out := wt.coverage(text, "", notice), wt.coverage(report, "", summary); in <= out {
		t.Errorf("the 决赛 line under its title covers %.2f, the report's sentence %.2f", in, out)
	}
	// A sentence that writes none of the question beyond the title is
	// only of the document, as every other one is.
	if c := wt.coverage("请各单位按时报送参赛人员名单。", "", notice); c > 0.5 {
		t.Errorf("a sentence of none of the question's own words covers %.2f", c)
	}
}

// TestOfficeShortName: "清城民政" names 清城区民政局 — its unit without the
// 局, right after the place — so 民政 is scope, not a word the answer
// must write; "清新区民政局" whole is blanked whole.
func TestOfficeShortName(t *testing.T) {
	p := newOrgProfile("清远市清城区民政局")
	for q, want := range map[string]string{
		"清城民政24年普法活动一共花了多少钱":   "民政",
		"清城区民政局和石潭镇信访工作各是怎么抓的": "局",
	} {
		if got := topicOf(q, []*orgProfile{p}, nil); strings.Contains(got, want) {
			t.Errorf("%s: topic %q keeps %q", q, got, want)
		}
	}
}

// TestPlaceWholeKeepsUnitWord: after the whole place ("清城区财政收入")
// the unit's word is the topic's, as matchFull reads it — only after the
// place's stem ("清城民政") is it the office's name.
func TestPlaceWholeKeepsUnitWord(t *testing.T) {
	p := newOrgProfile("清远市清城区财政局")
	if got := topicOf("清城区财政收入多少", []*orgProfile{p}, nil); !strings.Contains(got, "财政") {
		t.Errorf("topic %q lost 财政", got)
	}
}

// TestEverydayWords: staff say 看病, 晚上, 老伴 where documents write 就医,
// 夜间, 配偶; the question is asked in the documents' words.
func TestEverydayWords(t *testing.T) {
	wantRephrased(t, "困难群众在定点医疗机构就医的，住院费用按70%比例救助。值班人员夜间须在值班室住宿。申请人配偶的收入计入家庭收入。岗位限本县户籍。", nil, map[string]string{
		"低保户看病住院救助比例": "就医",
		"值班的晚上住哪":     "夜间",
		"老伴的退休金算不算":   "配偶",
		"哪些岗位要本县户口":   "户籍",
	})
}

// wantRephrased checks that each question, rephrased in the words of a
// document with text (word telling the language's words), holds its want.
func wantRephrased(t *testing.T, text string, word func(string) bool, cases map[string]string) {
	t.Helper()
	docs := []*index.StoredDoc{{Meta: document.Meta{ID: "a"}, Text: text}}
	for say, want := range cases {
		if got := rephrase(say, docs, word); !strings.Contains(got, want) {
			t.Errorf("%s: rephrased %q, want %q in it", say, got, want)
		}
	}
}

// TestOtherGrade: "一星级…补贴多少" is not answered by a sentence that
// gives 三星级's alone; one that gives 一星级's, or no grade, may.
func TestOtherGrade(t *testing.T) {
	for _, tc := range []struct {
		q, text string
		other   bool
	}{
		{"一星级幸福院运营补贴多少", "拟将三星级幸福院运营补贴提高至每年2.5万元", true},
		{"一星级幸福院运营补贴多少", "一星级、二星级幸福院运营补贴分别为1万元、1.5万元", false},
		{"二等奖奖金多少", "一等奖1名，奖金3000元；三等奖3名，奖金1000元", true},
		{"第二批试点补助多少", "试点补助每个50万元", false},
	} {
		if got := otherGrade(askedGrades(tc.q), tc.text); got != tc.other {
			t.Errorf("%s / %s: other grade %v, want %v", tc.q, tc.text, got, tc.other)
		}
	}
}

// TestEverydayEquivalents: where documents write the everyday word too
// (晚上), so the question is not rewritten, a sentence in the documents'
// word (夜间) covers it.
func TestEverydayEquivalents(t *testing.T) {
	wt := weightedTokens{w: map[string]float64{}, in: map[string]bool{}, writes: map[string]bool{}}
	for _, tok := range []string{"晚上", "住宿"} {
		wt.w[tok], wt.in[tok] = 1, true
		wt.toks = append(wt.toks, tok)
		wt.scope.Add(tok, 1)
	}
	if c := wt.coverage("值班人员夜间在值班室住宿。", "", nil); c < 0.99 {
		t.Errorf("夜间 does not cover 晚上: %.2f", c)
	}
}

// TestColloquialInsideWords: a colloquial key inside a word the documents'
// language makes with the character beside it is no key (爱人 of 关爱人员,
// 村里 of 农村里); one standing alone is (他爱人); a phrase is rewritten
// before a word inside it (收钱办事 before 收钱; review 25).
func TestColloquialInsideWords(t *testing.T) {
	word := func(b string) bool { return b == "关爱" || b == "农村" }
	wantRephrased(t, "申请人配偶的收入计入家庭收入。目前服务不足。严禁收费,严禁受贿。", word, map[string]string{
		"关爱人员有多少":   "关爱人员",
		"农村里的老人":    "农村里",
		"他爱人的收入算不算": "配偶",
		"收钱办事的怎么处理": "受贿",
	})
}
