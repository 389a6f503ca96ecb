package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// The parts of one question ask of one document: the one that answers them
// together, not the one that best words the first part alone.
func TestPartsAskOneDocument(t *testing.T) {
	docs := fstest.MapFS{
		"甲镇人民政府2024年工作总结.txt": {Data: []byte("甲镇人民政府2024年工作总结\n一、文化建设\n全年新建农家书屋15个,农家书屋覆盖率进一步提高。\n二、其他工作\n道路硬化里程稳步增加。\n")},
		"乙镇人民政府2024年工作总结.txt": {Data: []byte("乙镇人民政府2024年工作总结\n一、公共文化\n建成农家书屋20个,每个村书屋藏书不少于1000册。\n二、其他工作\n河道整治持续推进。\n")},
	}
	eng := engineOver(t, docs)
	for _, q := range []string{
		"新建农家书屋多少个 每个村书屋最少藏书多少册",
		"农家书屋新建了几个,每个村的书屋至少藏多少册书?",
	} {
		if r := wantFound(t, eng, answer.Request{Q: q}, "1000册", "20个"); strings.Contains(r.Answer, "15个") {
			t.Errorf("%s: 甲镇's 15个 beside 乙镇's answer: %s", q, r.Answer)
		}
	}
}

// A later part is answered on its own words when the sentence that
// answered the first part is all the inherited subject finds: "已经卖出去
// 的收入" is the 销售收入 sentence, not the 货值 one again.
func TestLaterPartOnItsOwnWords(t *testing.T) {
	docs := fstest.MapFS{
		"丙区市场监督管理局行政处罚决定书.txt": {Data: []byte("丙区市场监督管理局行政处罚决定书\n丙市监罚〔2026〕5号\n一、当事人基本情况\n当事人:丙区好邻居便利店,经营者李某。\n二、违法事实\n2026年3月2日,执法人员在当事人店内查获超过保质期的变质牛奶24盒。\n被扣押的变质牛奶24盒尚未售出,按标价计算,货值金额为960元。\n截至案发时,当事人共售出同批次“鲜牛奶”15盒,销售收入共计210元。\n三、处罚决定\n没收违法所得210元,并处罚款5000元。\n")},
		"丁镇人民政府2025年工作总结.txt":  {Data: []byte("丁镇人民政府2025年工作总结\n一、经济发展\n全年农民人均可支配收入2.1万元,增长6%。\n")},
	}
	eng := engineOver(t, docs)
	for _, q := range []string{
		"变质牛奶按标价算值多少钱 已经卖出去拿到的收入是多少",
		"过期牛奶货值多少,卖掉那部分收入多少?",
	} {
		wantFound(t, eng, answer.Request{Q: q}, "960元", "210元")
	}
}

// "A和B哪个损失大 各多少": the side that only asks each one's figure
// restates the question before it, it is no part of its own — each
// place's row answers.
func TestEachFigureRestates(t *testing.T) {
	docs := fstest.MapFS{
		"禾川县人民政府关于洪涝灾害情况的报告.txt": {Data: []byte("禾川县人民政府关于洪涝灾害情况的报告\n一、受灾情况\n各乡镇受灾情况如下：\n乡镇 | 受灾人口（人） | 直接经济损失（万元）\n石岭镇 | 4210 | 2380\n白沙乡 | 3160 | 1720\n龙口镇 | 980 | 410\n二、救助工作\n县财政下拨救灾资金300万元。\n")},
	}
	eng := engineOver(t, docs)
	for _, q := range []string{
		"石岭和白沙哪个受灾严重 分别是多少",
		"白沙乡跟石岭镇谁的经济损失大，各多少",
		"石岭和白沙哪个镇损失大 各多少",
	} {
		wantFound(t, eng, answer.Request{Q: q}, "2380", "1720")
	}
}

// Two places asked of one document are each answered: "禾岭镇和沙坪镇各搞了
// 什么" is not answered of 沙坪镇 alone, and one document answering of both
// is said as one document's answer, its label once (review 21).
func TestEachPlaceOfOneDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"zongjie.txt": {Data: []byte("青禾县民政局2025年移风易俗工作总结\n\n2025年，全县深入推进移风易俗，各乡镇结合实际探索了有效做法。\n一、主要做法\n（一）禾岭镇。\n1.禾岭镇修订村规民约，将婚事新办、丧事简办写入全部18个村的村规民约。\n2.禾岭镇成立红白理事会18个，全年劝导简办酒席126起。\n（二）沙坪镇。\n1.沙坪镇建设公益性公墓2处，新增墓穴1200个。\n2.沙坪镇开展文明祭扫宣传，全年发放倡议书8000份。\n（三）其他乡镇。\n各乡镇共举办集体婚礼3场，参加新人86对。\n二、存在问题\n部分村红白理事会作用发挥不充分。\n三、2026年工作打算\n继续推进殡葬改革，力争新建公益性公墓3处。\n\n青禾县民政局\n2025年12月20日\n")},
	})
	for _, r := range []*answer.Response{
		wantFound(t, eng, answer.Request{Q: "禾岭镇和沙坪镇各搞了什么"}, "禾岭镇", "沙坪镇"),
		wantFound(t, eng, answer.Request{Q: "禾岭和沙坪各自怎么推进移风易俗的"}),
	} {
		if strings.Count(r.Answer, "青禾县民政局(") > 1 {
			t.Errorf("one document labelled twice: %s", r.Answer)
		}
	}
}

// A question of two parts that names no document, which two documents
// answer in full about as well, each part in its own passage: both
// answer, the other after ("另据").
func TestPartsOfSeveralDocuments(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"a.txt": {Data: []byte("甲县民政局2025年工作总结\n一、社会救助\n全县共有城乡低保对象5843户9127人。全年发放低保金4382.5万元。\n")},
		"b.txt": {Data: []byte("乙县民政局2025年工作总结\n一、社会救助\n全县共有城乡低保对象10178户16179人。全年累计发放低保金9862.4万元。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "全县低保对象多少户 低保金发了多少"}, "5843户", "10178户")
}
