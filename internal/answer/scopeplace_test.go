package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A document an office above a place wrote about it is in the place's
// scope: "芦溪的住院楼项目" is the one the 县卫生健康局's 请示 is about, not
// only what 芦溪镇's own documents say.
func TestDocumentAboutAPlace(t *testing.T) {
	docs := fstest.MapFS{
		"芦溪镇人民政府2025年工作总结.txt":         {Data: []byte("芦溪镇人民政府2025年工作总结\n一、基础设施\n全年硬化村道12公里,新建村级文化广场3个。\n二、社会事业\n镇卫生院完成设备更新,投资80万元。\n")},
		"鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示.txt": {Data: []byte("鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n鹿卫〔2026〕8号\n县人民政府:\n一、项目概况\n芦溪镇卫生院改扩建项目新增住院床位40张,项目总投资1280万元。\n二、资金来源\n申请县级财政配套资金500万元,其余由上级补助资金解决。\n鹿岭县卫生健康局\n2026年3月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	if r := wantFound(t, eng, answer.Request{Q: "芦溪的住院楼项目一共投多少钱"}, "1280万元"); strings.Contains(r.Answer, "投资80万元") {
		t.Errorf("the town's own 80万元 answers: %s", r.Answer)
	}
}

// A question that begins with its topic right before 县财政 names no
// place: "卫生院县财政配套多少" asks of the 卫生院 the documents write of,
// not of a "卫生院县" the corpus lacks.
func TestTopicBeforeCountyWord(t *testing.T) {
	docs := fstest.MapFS{
		"鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示.txt": {Data: []byte("鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n鹿卫〔2026〕8号\n县人民政府:\n一、项目概况\n芦溪镇卫生院改扩建项目新增住院床位40张,项目总投资1280万元。\n二、资金来源\n申请县级财政配套资金500万元,其余由上级补助资金解决。\n鹿岭县卫生健康局\n2026年3月2日\n")},
	}
	docs["鹿岭县交通运输局2025年工作总结.txt"] = &fstest.MapFile{Data: []byte("鹿岭县交通运输局2025年工作总结\n一、道路建设\n完成中山路改造2.4公里，投资1800万元。\n")}
	docs["鹿岭县民政局2025年工作总结.txt"] = &fstest.MapFile{Data: []byte("鹿岭县民政局2025年工作总结\n一、养老服务\n新增养老床位80张。\n")}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "卫生院县财政要配套多少钱"}, "500万元")
	// A word of four the documents write is the topic as well ("住院床位
	// 县财政" names no county 住院床位县).
	wantFound(t, eng, answer.Request{Q: "住院床位县财政配套资金多少"}, "500万元")
	// A place's name of four whose end is no word of its own still
	// names a place (review 19: 乌鲁木齐县).
	docs2 := fstest.MapFS{"x.txt": {Data: []byte("新疆乌鲁木齐市2025年工作总结\n一、经济\n乌鲁木齐市全年地区生产总值4300亿元。\n")}}
	for k, v := range docs {
		docs2[k] = v
	}
	wantRefused(t, engineOver(t, docs2), answer.Request{Q: "乌鲁木齐县财政配套多少"}, "乌鲁木齐县 is no office in the corpus")
	// A place's stem the documents write as another word (中山路) still
	// names a place the corpus lacks.
	wantRefused(t, eng, answer.Request{Q: "中山市2025年道路建设投资多少"}, "中山市 is no office in the corpus")
	// A 乡 the corpus does not know is no office of it either.
	wantRefused(t, eng, answer.Request{Q: "枫木乡卫生院县财政配套多少"}, "枫木乡 is no office in the corpus")
}

// A place's stem the documents write (柳塘, of 柳塘镇) before 区域 is the
// asker's 柳塘, not a missing 柳塘区; a stem no document writes before
// 区域 names a place the documents lack (review 24).
func TestStemBeforeRegionWord(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"ys.txt": {Data: []byte("芦溪县柳塘镇区域养老服务中心竣工验收报告\n一、工程概况\n中心设置床位86张，2025年9月30日正式投入运营。\n")},
	})
	wantFound(t, eng, answer.Request{Q: "柳塘区域养老服务中心哪天开始运营的"}, "9月30日")
	wantRefused(t, eng, answer.Request{Q: "嵩岚区域养老服务中心哪天开始运营的"}, "嵩岚 is written nowhere")
}
