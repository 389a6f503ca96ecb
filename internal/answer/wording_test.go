package answer

import (
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

func TestRephrase(t *testing.T) {
	doc := &index.StoredDoc{Meta: document.Meta{ID: "d"}, Text: "累计发放最低生活保障资金约5346万元。受理上访案件18宗。开展打击整治非法社会组织专项行动。低保、特困人员全部提标。"}
	docs := []*index.StoredDoc{doc}
	for _, tc := range []struct{ topic, want string }{
		{"低保金 发", "最低生活保障资金 发"},
		{"低保资金", "最低生活保障资金"},
		{"低保", "低保"},                 // the documents say 低保 too: keep the asker's word
		{"打非专项行动", "打击整治非法社会组织专项行动"}, // shorthand the documents never use
		{"信访", "上访"},                 // this document says 上访…
		{"上访", "上访"},                 // …and the rewrite never turns back
		{"年检", "年检"},                 // no written-out form in these documents either
		{"", ""},
	} {
		if got := rephrase(tc.topic, docs, nil); got != tc.want {
			t.Errorf("rephrase(%q) = %q, want %q", tc.topic, got, tc.want)
		}
	}
	if got := rephrase("低保金", nil, nil); got != "低保金" {
		t.Errorf("no documents: %q", got)
	}
}

func TestHasFigure(t *testing.T) {
	for _, tc := range []struct {
		text, unit string
		want       bool
	}{
		{"2024年,我局完成31宗", "", true},
		{"规范开展2024年抽查工作", "", false},
		{"做到分管领导每周一次例行大排查", "", true},
		{"举办禁毒社工培训三期", "期", true},
		{"对全区所有在享低保对象开展一次清理核查工作", "户", false}, // asked 户, says 一次
		{"一是执法质量需进一步提升", "", false},
		{"第一次全体会议", "", false},
		{"落实《湖南省法治民政建设三年行动方案(2021-2023年)》", "", false},
		{"低保、特困人员、孤儿基本生活和残疾人两项补贴全部完成提标任务", "", false}, // 两项 names the subsidies
		{"转制为企业后,五年内免征企业所得税", "年", true},
		{"2019年1月1日起执行", "年", false},
	} {
		if got := hasFigure(tc.text, tc.unit); got != tc.want {
			t.Errorf("hasFigure(%q, %q) = %v, want %v", tc.text, tc.unit, got, tc.want)
		}
	}
}

func TestNamesOrg(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"我局与市公安局清新分局联合开展打击整治非法社会组织专项行动", true},
		{"委托清新区筑福社会服务中心开展社会工作服务", true},
		{"邀请了广东金亚律师事务所的律师到我局授课", true},
		{"推进行政决策科学化、民主化、法治化", false},
		{"三是开展打击整治非法社会组织专项行动。", false},
		{"加强执法队伍建设,规范办理行政许可", false},
		{"自然资源部门要根据配建标准统筹规划", true},
		{"各有关部门要加强协调", false},
	} {
		if got := namesOrg(tc.text); got != tc.want {
			t.Errorf("namesOrg(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestUnderstandAskKinds(t *testing.T) {
	now := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		q                    string
		quantity, when, list bool
		asked                string
	}{
		{"株洲方案放管服要推行哪几个办?", false, false, true, ""},
		{"清新区社会组织有几个?", true, false, false, ""},
		{"株洲那个法治民政建设方案管哪几年?", false, true, true, ""},
		{"法治总结是什么时候报给区政府的?", false, true, false, ""},
		{"打非专项行动是跟哪个部门一起搞的?", false, false, false, "部门"},
		{"常年法律顾问是哪家律所?", false, false, false, "律所"},
		// 数据 is the data spoken of, no figure asked.
		{"信息共享平台跟哪几个单位的数据联通了", false, false, true, "单位"},
		{"这个考核指标的数据从哪里采集", false, false, false, ""},
	} {
		u := understand(nil, nil, tc.q, now)
		asked := ""
		if len(u.asked) > 0 {
			asked = u.asked[0]
		}
		if u.quantity != tc.quantity || u.when != tc.when || u.list != tc.list || asked != tc.asked {
			t.Errorf("%s: quantity %v when %v list %v asked %q; want %v %v %v %q", tc.q, u.quantity, u.when, u.list, asked, tc.quantity, tc.when, tc.list, tc.asked)
		}
	}
}

func TestWithEquivalents(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"株洲方案是依据 制定", "株洲方案是依据 制定 根据"},
		{"依据和根据", "依据和根据"},         // both there already
		{"社会组织 有多少个", "社会组织 有多少个"}, // 组织 the noun is not 开展
	} {
		if got := withEquivalents(tc.q); got != tc.want {
			t.Errorf("withEquivalents(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestHasDate(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"各地应于六月底前将落实到生产队的基数情况报国家农委备案", true},
		{"自一九九六年起执行", true},
		{"请于十二月二十日前报送", true},
		{"在代扣税款的次月十五日内报送", true},
		{"自收到申请之日起30日内办结", true},
		{"2024年3月1日前报送", true},
		{"每年报送一次", true},
		{"由十一个部门组成", false},
		{"加强对遗弃化学武器的调查", false},
	} {
		if got := hasDate(tc.text); got != tc.want {
			t.Errorf("hasDate(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		short, text string
		want        bool
	}{
		{"社保", "按企业办法参加社会保险", true},
		{"转企", "经营性文化事业单位转制为企业", true},
		{"开监", "完善“双随机一公开”监管", false}, // not across punctuation
		{"社保", "社会组织年检", false},
	} {
		if got := abbreviates(tc.short, tc.text); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v, want %v", tc.short, tc.text, got, tc.want)
		}
	}
}

// TestRephraseSpeech: changes and deeds as staff say them are
// read in the documents' wording where the documents write it so —
// paraphrases none of the tune questions writes.
func TestRephraseSpeech(t *testing.T) {
	doc := &index.StoredDoc{Meta: document.Meta{ID: "d"}, Text: "每村配备网格员不低于2名。项目建成后移交镇政府管理。负责人发生变动的，应当在10日内报告。每次检查人数不超过5人。"}
	docs := []*index.StoredDoc{doc}
	for topic, want := range map[string]string{
		"卫生院建完 交给谁管":  "卫生院建成 交给谁管",
		"负责人换人了 要报告吗": "负责人变动了 要报告吗",
		// A bound is no one-way rewrite: the document writes both forms.
		"每村 至少 网格员": "每村 至少 网格员",
	} {
		if got := rephrase(topic, docs, nil); got != want {
			t.Errorf("rephrase(%q) = %q, want %q", topic, got, want)
		}
	}
}
