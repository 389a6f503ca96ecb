package zh_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/zh"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"（一）加强领导", "(一)加强领导"},
		{"１２３４５６", "123456"},
		{"ＡＢＣ　abc", "abc abc"},
		{"来源：市民政局，浏览量；１０", "来源:市民政局,浏览量;10"},
		{"【字体：大】〔2021〕5号", "[字体:大][2021]5号"},
		{"“法治信访”‘理念’", "\"法治信访\"'理念'"},
		{"1．坚持", "1.坚持"},
		{"！？", "!?"},
		{"12·4宪法日", "12·4宪法日"},
		{"已经是半角(一),", "已经是半角(一),"},
		{"启动防汛Ⅲ级应急响应", "启动防汛三级应急响应"},
		{"III级响应谁决定", "三级响应谁决定"},
		{"启动IV级响应", "启动四级响应"},
		{"wifi级", "wifi级"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := zh.Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// spans renders what Sentences returns as the substrings it points at.
func spans(s string, ss []zh.Span) []string {
	var out []string
	for _, sp := range ss {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		semicolons bool
		want       []string
	}{
		{"half-width", "我局加强领导。开展普法!效果如何?", false, []string{"我局加强领导。", "开展普法!", "效果如何?"}},
		{"full-width", "我局加强领导。开展普法！效果如何？", false, []string{"我局加强领导。", "开展普法！", "效果如何？"}},
		{"closing quote stays", "营造“人人学法,人人守法。”的氛围。下一句。", false, []string{"营造“人人学法,人人守法。”", "的氛围。", "下一句。"}},
		{"stop inside a quotation", "标题为“院里老人就吃这个？冷饭配咸菜”。画外音称“饭是冰的”。", false, []string{"标题为“院里老人就吃这个？冷饭配咸菜”。", "画外音称“饭是冰的”。"}},
		{"doubled opening mark opens nothing", "开展“扫黑除恶“常态化斗争。化解率98.5%。新建“枫桥式”派出所4个。", false, []string{"开展“扫黑除恶“常态化斗争。", "化解率98.5%。", "新建“枫桥式”派出所4个。"}},
		{"a speech quoted keeps its sentences", "县长强调：“要压实企业主体责任。要在6月底前完成全县危化品企业隐患排查，整改完成率必须达到百分之百。各乡镇要每月报送一次进展情况。”", false, []string{"县长强调：“要压实企业主体责任。", "要在6月底前完成全县危化品企业隐患排查，整改完成率必须达到百分之百。", "各乡镇要每月报送一次进展情况。”"}},
		{"a stray closer leaves a bracket open", "（注：见附件”。第二句。）第三句。", false, []string{"（注：见附件”。第二句。）", "第三句。"}},
		{"quotation left open by a line", "群众反映“还没解决。下一句。\n新行", false, []string{"群众反映“还没解决。", "下一句。", "新行"}},
		{"closing bracket stays", "各科室配合(局办公室牵头。)其他。", false, []string{"各科室配合(局办公室牵头。)", "其他。"}},
		{"full-width bracket stays", "各科室配合（局办公室牵头。）其他。", false, []string{"各科室配合（局办公室牵头。）", "其他。"}},
		{"stops inside brackets", "请于5日前报送（联系人：县应急局 邬振邦，电话：1234；县民政局 冼慧娟，电话：5678）。下一句；再一句。", true, []string{"请于5日前报送（联系人：县应急局 邬振邦，电话：1234；县民政局 冼慧娟，电话：5678）。", "下一句；", "再一句。"}},
		{"bracket left open by a line", "（未闭合；仍在括号里\n新行；第二句", true, []string{"（未闭合；仍在括号里", "新行；", "第二句"}},
		{"line breaks", "第一行\n  第二行。\n\n第三行", false, []string{"第一行", "第二行。", "第三行"}},
		{"semicolons off", "一是加强学习;二是强化宣传。", false, []string{"一是加强学习;二是强化宣传。"}},
		{"semicolons on", "一是加强学习;二是强化宣传；三是完善制度。", true, []string{"一是加强学习;", "二是强化宣传；", "三是完善制度。"}},
		{"no ender", "没有句号的标题", false, []string{"没有句号的标题"}},
		{"spaces trimmed", "　 开头有空格。  ", false, []string{"开头有空格。"}},
		{"empty", "", false, nil},
		{"only space", " \n\u3000", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := zh.Sentences(tt.in, tt.semicolons)
			if texts := spans(tt.in, got); !slices.Equal(texts, tt.want) {
				t.Errorf("Sentences(%q) = %q, want %q", tt.in, texts, tt.want)
			}
			prev := 0
			for _, sp := range got {
				if sp.Start < prev || sp.End <= sp.Start || sp.End > len(tt.in) {
					t.Errorf("bad span %v after %d", sp, prev)
				}
				prev = sp.End
			}
		})
	}
}

// TestSentencesCover: the spans cover every non-space byte exactly once, so
// nothing a chunk is cut from is lost.
func TestSentencesCover(t *testing.T) {
	s := "2019年以来,我局不断强化领导。“人人学法!”另外；我局充分利用12·4法制宣传日?\n(六)建立健全了责任追究制度\n结尾"
	for _, semi := range []bool{false, true} {
		var b strings.Builder
		for _, sp := range zh.Sentences(s, semi) {
			b.WriteString(s[sp.Start:sp.End])
		}
		if got, want := b.String(), strings.Join(strings.Fields(s), ""); got != want {
			t.Errorf("semicolons=%v: joined spans %q, want %q", semi, got, want)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"普法宣传", []string{"普法", "法宣", "宣传"}},
		{"局", []string{"局"}},
		{"举办10场活动", []string{"举办", "10", "10场", "场活", "活动"}},
		{"覆盖率达95.5%", []string{"覆盖", "盖率", "率达", "95.5"}},
		{"受理１２件", []string{"受理", "12", "12件", "件"}},
		{"12345热线", []string{"12345", "12345热", "热线"}},
		{"第2期", []string{"第", "2", "2期", "期"}},
		{"APP办理", []string{"app", "办理"}},
		{"（一）法治", []string{"一", "法治"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := zh.Tokens(tt.in); !slices.Equal(got, tt.want) {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTokensWidthBlind: full-width and half-width spellings give the same
// tokens, so a query typed either way matches.
func TestTokensWidthBlind(t *testing.T) {
	a := zh.Tokens("（五）开展“宪法宣传周”活动１２场，覆盖ＡＢＣ社区")
	b := zh.Tokens("(五)开展\"宪法宣传周\"活动12场,覆盖abc社区")
	if !slices.Equal(a, b) {
		t.Errorf("full-width %q\nhalf-width %q", a, b)
	}
}

func TestQueryTokens(t *testing.T) {
	got := zh.QueryTokens("清新区民政局2019年新登记成立了几个社会组织?")
	for _, want := range []string{"清新", "民政", "2019", "2019年", "登记", "社会", "组织"} {
		if !slices.Contains(got, want) {
			t.Errorf("QueryTokens missing %q: %q", want, got)
		}
	}
	// The interrogative is no evidence: a passage never contains it.
	for _, bad := range []string{"几个", "?"} {
		if slices.Contains(got, bad) {
			t.Errorf("QueryTokens kept %q: %q", bad, got)
		}
	}
	if s := zh.StripQuestion("请问普法宣传搞了多少场?"); strings.Contains(s, "请问") || strings.Contains(s, "多少") || !strings.Contains(s, "普法宣传") {
		t.Errorf("StripQuestion = %q", s)
	}
	// "多长时间", "多大" ask how long and how much: "长时" and "间要" are
	// no words of a passage ("较长时间", "时间要求").
	for q, bad := range map[string][]string{"接到预警后多长时间要通知到村": {"多长", "长时", "间要"}, "按多大比例补助": {"多大", "大比"}, "离县城多远": {"多远"}} {
		got := zh.QueryTokens(q)
		for _, b := range bad {
			if slices.Contains(got, b) {
				t.Errorf("QueryTokens(%q) kept %q: %q", q, b, got)
			}
		}
	}
}

func TestIsHan(t *testing.T) {
	for r, want := range map[rune]bool{'法': true, '〇': true, 'a': false, '1': false, '，': false, '。': false} {
		if got := zh.IsHan(r); got != want {
			t.Errorf("IsHan(%q) = %v", r, got)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	s := strings.Repeat("2019年以来,我局不断强化法治工作组织领导,举办普法宣传活动12场。", 100)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		zh.Tokens(s)
	}
}

// TestStripQuestionAsking: what is left of 哪 ("从哪天开始", "哪年") and
// the asker's hedges ("大概多少人") are no words a passage writes.
func TestStripQuestionAsking(t *testing.T) {
	for q, gone := range map[string][]string{
		"新标准从哪天开始执行":  {"哪", "天开"},
		"演练大概多少人参加":   {"大概"},
		"这笔钱到底哪年拨下来的": {"到底", "哪", "年拨"},
		"修规啥时候要报批完":   {"时候", "啥"},
		"其中敬老院那块呢":    {"那块", "院那"},
		"补贴何时发到户":     {"何时"},
	} {
		got := strings.Join(zh.Tokens(zh.StripQuestion(q)), " ")
		for _, g := range gone {
			if strings.Contains(got, g) {
				t.Errorf("%s: tokens %q keep %q", q, got, g)
			}
		}
	}
}

// TestAskedPairFolds: a verb asked with its negation ("需不需要", "要没要求")
// is the verb once, the word a passage writes.
func TestAskedPairFolds(t *testing.T) {
	for q, gone := range map[string]string{
		"村主任换人了责任书需不需要重新签": "不需",
		"禾穗坊要没要求听证":        "没要",
	} {
		if got := zh.Tokens(zh.StripQuestion(q)); slices.Contains(got, gone) {
			t.Errorf("%s: tokens %q keep the seam %s", q, got, gone)
		}
	}
}

// TestAnyTimeIsNoAsking: "任何时间", "任何时候" say "at any time"; the 何时
// inside them asks nothing (review 22).
func TestAnyTimeIsNoAsking(t *testing.T) {
	if got := zh.StripQuestion("养老机构任何时间都要接受检查吗"); !strings.Contains(got, "任何时间") {
		t.Errorf("任何时间 lost: %q", got)
	}
}

// Digits grouped by thousands are one figure, as staff type it: 200,000
// is 200000; a comma between two figures is no grouping.
func TestThousandsGrouped(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"支付剩余138,000元", []string{"138000", "138000元"}},
		{"共1,046,300人", []string{"1046300", "1046300人"}},
		{"分值3,5分", []string{"3", "5", "5分"}},
		{"3.5,000", []string{"3.5", "000"}},
		{"分别为120，135，150件", []string{"120", "135", "150件"}},
	} {
		got := zh.Tokens(c.in)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("Tokens(%q) = %q, want %q in it", c.in, got, w)
			}
		}
	}
}

// The count 哪 asks with goes; 哪一天 and 哪几部门 keep their words (review 37).
func TestStripQuestionWhichCount(t *testing.T) {
	for q, want := range map[string]string{
		"法律意见书派的哪两个律师": "律师",
		"哪几部门联合发文":     "部门联合发文",
	} {
		if got := zh.StripQuestion(q); !strings.Contains(got, want) {
			t.Errorf("StripQuestion(%q) = %q, want it to keep %q", q, got, want)
		}
	}
	if got := zh.StripQuestion("法律意见书派的哪两个律师"); strings.Contains(got, "两个") {
		t.Errorf("StripQuestion kept the count: %q", got)
	}
}

// 哪一季度 asks which quarter: 季度 stays, no "一季度" (review 38).
func TestStripQuestionWhichOneSpan(t *testing.T) {
	if got := zh.StripQuestion("哪一季度完成"); strings.Contains(got, "一季度") || !strings.Contains(got, "季度") {
		t.Errorf("StripQuestion(哪一季度完成) = %q", got)
	}
}

// A label spaced out to the width of others is one word; spaces between
// the cells of a row or the characters of a spaced title join nothing.
func TestSpacedLabelTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"拟 稿 人：隗丹青", []string{"拟稿", "稿人", "隗丹", "丹青"}},
		{"案    由：关于", []string{"案由", "关于"}},
		{"账　　号: 8012", []string{"账号", "8012"}},
		{"男 汉 党员", []string{"男", "汉", "党员"}},
		{"厍　伟　段木兰", []string{"厍", "伟", "段木", "木兰"}},
	}
	for _, tt := range tests {
		if got := zh.Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
