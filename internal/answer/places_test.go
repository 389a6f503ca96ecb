package answer_test

import (
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A place the question names, which documents write of in their text
// (榉溪 of 榉溪镇) though no office is named after it, bounds the answer:
// a document about another town's centre does not answer of it.
func TestPlaceNamedInText(t *testing.T) {
	docs := fstest.MapFS{
		"qingshi.txt": {Data: []byte("桤川县民政局关于建设桤川镇区域性养老服务中心项目的请示\n县人民政府:\n一、建设规模\n项目总占地面积15.2亩,总建筑面积7200平方米,设置床位150张。\n二、资金来源\n项目总投资2100万元。\n桤川县民政局\n2026年2月3日\n")},
		"fabu.txt":    {Data: []byte("栎阳县民生实事新闻发布会实录\n主持人:下面请县民政局介绍养老服务设施建设情况。\n县民政局:今年将开工建设榉溪镇区域性养老服务中心,总投资1680万元,设计床位100张,计划10月底前主体完工。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantRefused(t, eng, answer.Request{Q: "榉溪那个养老中心用地多少亩"}, "only 桤川's centre states its area")
	wantFound(t, eng, answer.Request{Q: "榉溪养老中心总共投多少钱"}, "1680万元")
	// A caller who may not read the document that writes the place is not
	// narrowed by it: the other town's 请示 it can read still answers
	// (its own figure, labelled with its own title).
	onlyQingshi := func(id string) bool { return id != "fabu" }
	wantFound(t, eng, answer.Request{Q: "榉溪那个养老中心用地多少亩", Allow: onlyQingshi}, "15.2亩")
	// Words that name the other town's 请示 (区域性养老服务中心项目) do not
	// name it when it never writes the town asked of.
	wantFound(t, eng, answer.Request{Q: "榉溪的区域性养老服务中心项目啥时候主体完工"}, "10月底前")
}

// A word documents write on their own far more often than before a kind
// of place ("城市" of a few "城市社区") names no place (review 19).
func TestWordBeforePlaceKindIsNoPlace(t *testing.T) {
	docs := fstest.MapFS{
		"tz.txt": {Data: []byte("苕溪县民政局关于调整城乡最低生活保障标准的通知\n各乡镇人民政府:\n一、调整标准\n城镇低保标准调整为每人每月800元,农村低保标准调整为每人每月620元。\n二、执行时间\n自2026年1月1日起执行。\n苕溪县民政局\n2026年1月5日\n")},
		"zj.txt": {Data: []byte("苕溪县民政局2025年工作总结\n一、社会救助\n全县城市社区全部建立救助服务站,发放低保金2300万元。\n二、城市管理配合\n配合开展城市更新,城市道路两侧设置爱心驿站12个。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "城市低保标准是多少"}, "800元")
}

// A name few documents write (潭心 of 潭心镇) is a place's though its last
// character and kind are a common bigram (心镇 of every 中心镇): a figure of
// another county's disaster does not answer of the town.
func TestRarePlaceWithCommonKindBigram(t *testing.T) {
	docs := fstest.MapFS{
		"baogao.txt": {Data: []byte("禾川县人民政府关于暴雨灾害情况的报告\n一、转移安置\n潭心镇转移群众1020人,集中安置137人。\n禾川县人民政府\n2026年6月21日\n")},
		"other.txt":  {Data: []byte("苕溪县应急管理局关于洪涝灾害损失的报告\n一、灾情\n全县农作物受灾面积3000亩,倒塌房屋12间。\n")},
	}
	for i, town := range []string{"城关", "石桥", "白沙", "龙潭"} {
		docs[fmt.Sprintf("zx%d.txt", i)] = &fstest.MapFile{Data: []byte(town + "中心镇建设情况汇报\n一、基本情况\n" + town + "中心镇建成区面积3.2平方公里。\n")}
	}
	eng := engineOver(t, docs)
	wantRefused(t, eng, answer.Request{Q: "潭心镇农作物受灾多少亩"}, "only another county's report states crops damaged")
}
