package answer_test

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "X要交哪些材料" asks what the document about X lists under the heading
// that ends with 材料 — a table typed with bare ASCII bars, whose rows are
// the items, not the notes below it — and not which documents (材料 as
// "documents") speak of X.
func TestSectionOfTheTitlesSubject(t *testing.T) {
	docs := fstest.MapFS{
		"zhinan.txt": {Data: []byte("柘溪县政务服务事项办事指南（困难残疾人生活补贴申领）\n一、事项名称\n困难残疾人生活补贴申领\n二、办理条件\n具有本县户籍、持第二代残疾人证的低保家庭残疾人。\n三、申请材料\n序号|材料名称|份数\n1|残疾人生活补贴申请审批表|原件1份\n2|第二代残疾人证|原件核验\n3|银行卡或社会保障卡|复印件1份\n说明：\n1.已在系统中登记的证件信息不再要求提供；\n2.代办的须提交委托书。\n四、办理时限\n15个工作日。\n柘溪县民政局\n2026年2月1日\n")},
		"jiyao.txt":  {Data: []byte("柘溪县人民政府常务会议纪要\n一、关于困难残疾人生活补贴提标的审议\n（一）县民政局要会同县财政局测算提标资金，报县政府审定。\n（二）县残联要做好政策宣传解读工作。\n（三）县审计局要对补贴资金发放情况开展专项审计。\n柘溪县人民政府办公室\n2026年3月5日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	resp := wantFound(t, eng, answer.Request{Q: "申领残疾人生活补贴需要带哪几样材料"}, "申请审批表", "第二代残疾人证", "社会保障卡")
	if strings.Contains(resp.Answer, "委托书") || strings.Contains(resp.Answer, "审计") {
		t.Errorf("answer lists notes or another document's section: %s", resp.Answer)
	}
}

// Items written as headings with nothing under them ("（二）电动自行车充电
// 安全隐患排查" under "四、培训课程") are passages of their own: no other
// passage carries their words.
func TestBodilessHeadings(t *testing.T) {
	docs := fstest.MapFS{
		"peixun.txt": {Data: []byte("柘溪县民政局关于举办2026年全县社区工作者消防安全培训班的通知\n各乡镇民政办：\n一、培训时间\n2026年6月10日至11日。\n二、参训人员\n各社区专职消防安全工作人员。\n三、关于社区消防安全培训的几点说明\n（一）培训期间请督促物业落实消防设施维护保养。\n（二）培训结束后组织居民开展消防安全宣传。\n四、培训课程\n（一）高层住宅火灾扑救与疏散逃生\n（二）电动自行车充电安全隐患排查\n（三）社区微型消防站建设与管理\n五、有关要求\n社区消防安全培训教材统一使用县消防救援大队编写的《社区消防安全培训读本》，每人1册。请各单位按时报送参训人员名单。\n柘溪县民政局\n2026年5月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	resp := wantFound(t, eng, answer.Request{Q: "社区消防安全培训有哪几门课程"}, "高层住宅火灾扑救", "电动自行车充电", "微型消防站")
	if strings.Contains(resp.Answer, "物业") {
		t.Errorf("answer lists another section: %s", resp.Answer)
	}
}

// A clause that answers ("…由财务股追回资金") in a sentence that ends
// announcing the items below ("有下列情形之一的，…；…处理：") brings them:
// they say what it is of.
func TestClauseOfAnnouncingSentence(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"guiding.txt": {Data: []byte("禾川县民政局机关会议费管理办法\n第一章 总则\n第一条 为规范会议费管理，制定本办法。\n第五章 责任追究\n第二十条 有下列行为之一的，由办公室责令退还已报销的会议费，并对直接责任人予以通报；情节严重的，依纪依规处理：\n（一）超标准列支会议费的；\n（二）借会议名义组织旅游的；\n（三）虚报会议人数的。\n第二十一条 本办法自印发之日起施行。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "什么情况下要退还会议费"}, "超标准列支会议费", "虚报会议人数")
}

// A clause that does not speak of the list ("高龄津贴发放对象9870人") is
// not completed by the items a later clause of its sentence announces
// ("下一步，我局将重点抓好以下工作：").
func TestClauseNotOfAnnouncedList(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("青禾县民政局2025年养老服务工作情况\n一、工作情况\n全县养老床位总数达到2380张；居家养老服务覆盖老年人1.6万人；高龄津贴发放对象9870人；下一步，我局将重点抓好以下工作：\n（一）推进区域养老服务中心建设。\n（二）扩大助餐服务覆盖面。\n（三）加强养老机构安全监管。\n")},
	})
	r := wantFound(t, eng, answer.Request{Q: "高龄津贴发了多少人"}, "9870人")
	if strings.Contains(r.Answer, "助餐服务") {
		t.Errorf("the plan's items answer a figure of 2025: %s", r.Answer)
	}
}

// A heading with only headings under it (Word's Heading 2 "适用范围" over
// 第一条, 第二条 in a 规定) is said by their first sentences, not quoted
// bare (review 21).
func TestHeadingOverArticles(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{"guiding.docx": {Data: styledDocx(t, [][2]string{
		{"Heading1", "第一章 总则"},
		{"Heading2", "适用范围"},
		{"", "第一条 本规定适用于县民政局机关工作人员因公出差。"},
		{"", "第二条 出差人员应当厉行节约，严格执行差旅费标准。"},
		{"Heading2", "住宿标准"},
		{"", "第三条 一般干部住宿费标准为每人每天380元。"},
		{"", "第四条 副处级干部住宿费标准为每人每天500元。"},
	})}})
	wantFound(t, eng, answer.Request{Q: "适用范围是什么"}, "因公出差")
	wantFound(t, eng, answer.Request{Q: "住宿标准有哪些"}, "380元", "500元")
}

// styledDocx is a minimal DOCX of paragraphs, each with a Word paragraph
// style (Heading1, Heading2) or none.
func styledDocx(t *testing.T, paras [][2]string) []byte {
	t.Helper()
	var body strings.Builder
	for _, p := range paras {
		body.WriteString("<w:p>")
		if p[0] != "" {
			body.WriteString(`<w:pPr><w:pStyle w:val="` + p[0] + `"/></w:pPr>`)
		}
		body.WriteString(`<w:r><w:t xml:space="preserve">` + p[1] + `</w:t></w:r></w:p>`)
	}
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	parts := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + ns + `><w:body>` + body.String() + `</w:body></w:document>`,
		"word/styles.xml":              `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + ns + `><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`,
	}
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml"} {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// "办好十件民生实事：一是…；二是…；…十是…" is one list: all ten items.
func TestTenOrdinalItems(t *testing.T) {
	items := []string{"新增城镇就业400人", "开展技能培训1000人次", "新建停车场1处", "建设风雨操场", "改造农村公路12公里", "新建村级卫生室3个", "改造老旧小区2个", "新增助餐点4个", "建设口袋公园2个", "推行政务服务一窗通办"}
	ord := []string{"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	var b strings.Builder
	b.WriteString("禾坪镇2026年政府工作报告\n（四）用心办好民生实事。今年镇政府将集中力量办好十件民生实事：")
	for i, it := range items {
		if i > 0 {
			b.WriteString("；")
		}
		b.WriteString(ord[i] + "是" + it)
	}
	b.WriteString("。\n")
	eng := engineOver(t, fstest.MapFS{"baogao.txt": {Data: []byte(b.String())}})
	wantFound(t, eng, answer.Request{Q: "禾坪镇2026年十件民生实事都有哪些"}, "一窗通办", "口袋公园")
}
