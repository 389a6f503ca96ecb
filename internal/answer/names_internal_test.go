package answer

import (
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/index"
)

// The name patterns added in the thirty-fifth session read a person where
// one is named and nothing where a label, a kind of staff or an open post
// stands in a name's place (its review's counter-examples).
func TestNamePatternsNotLabels(t *testing.T) {
	for text, want := range map[string]bool{
		"配备兼职联络员1名（局办公室科员谷雨柔）":                  true,
		"县政协常委、经济委员会副主任康慕白：有的幸福院建成后长期关门，请问怎么管？": true,
		",分管领导 蒯青松,责任单位 县城管局":                   true,
		"局长意见：同意，请财务股按程序办理。":                    false,
		"（一）组长职责：负责领导小组全面工作，召集领导小组会议。":          false,
		"参训对象为局机关全体人员（科级干部以上）":                  false,
		"参加人员（机关干部职工）":                          false,
		",主任 暂缺,副主任 1名":                         false,
	} {
		if got := namesPerson(text); got != want {
			t.Errorf("namesPerson(%q) = %v, want %v", text, got, want)
		}
	}
	if statesHolder("督导组：县民政局（组长）、县财政局、县卫健局", "组长") {
		t.Errorf("a body listed with (组长) is no person holding it")
	}
	if !statesHolder("评审组由县民政局副主任倪青禾（组长）和两名委员组成", "组长") {
		t.Errorf("a person listed with (组长) holds it")
	}
}

// A field that only restates the title ("案由：…") is the document's
// title line, which states nothing; a field that says more is not.
func TestRestatedTitleIsTitle(t *testing.T) {
	text := "关于加强农村留守儿童关爱服务的提案\n\n提案人：巫明轩\n案由：关于加强农村留守儿童关爱服务的提案\n内容：关于加强农村留守儿童关爱服务的提案已提交。\n"
	d := &index.StoredDoc{Text: text}
	d.ID, d.Title = "ta", "关于加强农村留守儿童关爱服务的提案"
	line := func(prefix string) (int, int) {
		s := strings.Index(text, prefix)
		return s, s + strings.Index(text[s:], "\n")
	}
	if s, e := line("案由："); !isTitleLine(d, s, e) {
		t.Errorf("案由 restating the title is its title line")
	}
	if s, e := line("内容："); isTitleLine(d, s, e) {
		t.Errorf("a field saying more than the title is no title line")
	}
}

// A column of people is headed 姓名 or by one who holds a role, not by a
// kind of people counted.
func TestPersonColumnHeaders(t *testing.T) {
	for _, tc := range []struct {
		head string
		want bool
	}{
		{"姓名", true}, {"负责人", true}, {"联系人", true}, {"法定代表人", true}, {"项目负责人", true},
		{"残疾人", false}, {"人数", false}, {"服务对象人", false}, {"老年人", false},
	} {
		if got := rePersonColumn.MatchString(tc.head); got != tc.want {
			t.Errorf("%s: a column of people = %v, want %v", tc.head, got, tc.want)
		}
	}
}
