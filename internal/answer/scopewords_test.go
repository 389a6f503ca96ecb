package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A level of government (区级, 市级, 县级) is no place: the characters
// before it ("另外县级补助") name no office the corpus lacks.
func TestLevelIsNoPlace(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"pifu.txt": {Data: []byte("禾坪市人民政府关于同意调整产业园补助资金的批复\n禾政复〔2025〕9号\n一、同意调整补助资金用途。项目总投资500万元，其中县级配套资金120万元，市级补助资金380万元。\n禾坪市人民政府\n2025年5月6日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "另外县级配套给了多少钱"}, "120万元")
	wantFound(t, eng, answer.Request{Q: "后来市级补助资金定的多少"}, "380万元")
}

// A word of a long title right before its genre ("调整批复") names the
// document however small a share of the title it is; and a date question
// is answered with the 成文日期 and the 版记's 印发 date.
func TestLongTitleNamedByWordAndGenre(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"pifu.txt":    {Data: []byte("禾坪市人民政府关于同意稻香镇调整农村人居环境整治提升示范片区建设奖补资金用途的批复\n禾政复〔2025〕9号\n稻香镇人民政府：\n你镇《关于调整奖补资金用途的请示》收悉。经研究，批复如下：\n一、同意调整奖补资金用途，用于示范片区污水管网建设。\n禾坪市人民政府\n2025年5月6日\n抄送：市财政局。\n禾坪市人民政府办公室　　　　2025年5月9日印发\n")},
		"qingshi.txt": {Data: []byte("稻香镇人民政府关于申请安排乡村振兴示范项目资金的请示\n稻政〔2025〕3号\n禾坪市人民政府：\n我镇拟申请资金200万元用于示范项目。\n妥否，请批示。\n稻香镇人民政府\n2025年3月2日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "调整批复什么时候印发的"}, "2025年5月6日", "2025年5月9日")
}
