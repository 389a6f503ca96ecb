package answer

import (
	"slices"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// TestDocAttrIntents: every example question of the intent table asks for
// its own attribute.
func TestDocAttrIntents(t *testing.T) {
	for _, it := range docAttrIntents {
		for _, q := range it.examples {
			if got := askedDocAttrs(q); !slices.Contains(got, it.attr) {
				t.Errorf("%q asks for %v, want %d among them", q, got, it.attr)
			}
		}
	}
	// Two attributes in one question are both asked.
	if got := askedDocAttrs("4626号提案答复 文号和日期"); !slices.Equal(got, []docAttr{attrNumber, attrDate}) {
		t.Errorf("文号和日期 asks for %v, want 文号 and 成文日期", got)
	}
	// Questions about what a document says ask for no attribute of it.
	// Nor do numbers handed out (号源) or a quiz's questions (题目).
	for _, q := range []string{"各省的具体实施方案几月前要出台", "普法宣传搞了多少场活动", "低保标准每月提高多少", "登记处周六放多少号", "题目谁审的", "组长叫什么名字", "附件1里的申请表要填哪些内容", "附件2的核查表谁来填", "申请救助需要附带哪些材料", "附件是否需要盖章", "办法的附件有什么要求"} {
		if a := askedDocAttrs(q); len(a) > 0 {
			t.Errorf("%q asks for attribute %d, want none", q, a)
		}
	}
	// Wording that asks for an attribute, but about something the
	// document says, not about the document itself.
	for _, q := range []string{"各地民政部门落实低保提标和临时救助政策的情况什么时候印发", "养老机构消防安全检查结果什么时候发布给各街道"} {
		if len(askedDocAttrs(q)) == 0 {
			t.Fatalf("%q should match an attribute's wording", q)
		}
		if asksOnlyHead(understood{q: q}) {
			t.Errorf("%q is about the document's content, not its head", q)
		}
	}
}

// TestBulletinAndSpeechWordsOfContent: 第几期, 谁做的…发言 ask of what a
// document says unless it is a bulletin or a speech; asked of another
// document they get no head answer. 谁编的 of a document that is no
// bulletin asks who issued it.
func TestBulletinAndSpeechWordsOfContent(t *testing.T) {
	for q, not := range map[string]docAttr{
		"推进会上谁做的交流发言":      attrSpeaker,
		"人居环境讲话里说厕所改造是谁做的": attrSpeaker,
		"禁放通告能产生效果吗":       attrNone,
	} {
		if slices.Contains(askedDocAttrs(q), not) && not != attrNone {
			t.Errorf("%q asks for attribute %d", q, not)
		}
	}
	if reTermAsked.MatchString("禁放通告能产生效果吗") {
		t.Error("产生效果 asks no term")
	}
	d := &index.StoredDoc{Meta: document.Meta{Title: "东渠区人民政府关于标准厂房建设的请示", Number: "东府〔2025〕17号"},
		Text: "东渠区人民政府文件\n东府〔2025〕17号\n东渠区人民政府关于标准厂房建设的请示\n市人民政府：\n标准厂房为二期项目。\n东渠区人民政府\n2025年3月1日\n"}
	resp := &Response{}
	var b strings.Builder
	headAnswer(resp, &b, d, attrIssue)
	if len(resp.Citations) > 0 {
		t.Errorf("the issue of a 请示 answered: %s", b.String())
	}
	// Who made a document with no bulletin's masthead ("大事记是哪个部门
	// 编的") is the office it is issued by; the office under the title
	// made it, not only the body the title names (the 县政府's 年报,
	// written by its 办公室).
	for _, c := range []struct {
		title, org, text, want string
	}{
		{"蓼川县民政局2025年大事记", "蓼川县民政局办公室", "蓼川县民政局2025年大事记\n1月6日  召开全县民政工作会议。\n蓼川县民政局办公室\n2026年1月10日\n", "蓼川县民政局办公室"},
		{"蓼川县人民政府2025年政府信息公开工作年度报告", "蓼川县人民政府", "蓼川县人民政府2025年政府信息公开工作年度报告\n蓼川县人民政府办公室\n2026年1月20日\n一、总体情况\n全年主动公开政府信息1268条。\n", "蓼川县人民政府办公室"},
	} {
		d := &index.StoredDoc{Meta: document.Meta{Title: c.title, Org: c.org}, Text: c.text}
		resp, b := &Response{}, strings.Builder{}
		headAnswer(resp, &b, d, attrCompiler)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("who made %s: %q", c.title, b.String())
		}
	}
}

// A 公报 names its issuers on the lines under its title, where another
// document signs at its foot: they answer who issued it. "谁出的钱" asks
// no issuer.
func TestIssuersUnderTitle(t *testing.T) {
	d := &index.StoredDoc{Meta: document.Meta{Title: "柘溪县2025年国民经济和社会发展统计公报", Org: "柘溪县统计局"},
		Text: "柘溪县2025年国民经济和社会发展统计公报\n柘溪县统计局\n国家统计局柘溪调查队\n一、综合\n全年地区生产总值128.6亿元,比上年增长5.2%。\n"}
	resp := &Response{}
	var b strings.Builder
	headAnswer(resp, &b, d, attrIssuer)
	if got := b.String(); !strings.Contains(got, "柘溪县统计局、国家统计局柘溪调查队") || len(resp.Citations) != 1 || resp.Citations[0].Text != "柘溪县统计局\n国家统计局柘溪调查队" {
		t.Errorf("issuers under the title: %q %+v", got, resp.Citations)
	}
	if !slices.Contains(askedDocAttrs("柘溪那个统计公报是哪个部门出的"), attrIssuer) {
		t.Error("哪个部门出的 asks the issuer")
	}
	if slices.Contains(askedDocAttrs("养老中心的钱县里谁出的钱多"), attrIssuer) {
		t.Error("谁出的钱 asks no issuer")
	}
}
