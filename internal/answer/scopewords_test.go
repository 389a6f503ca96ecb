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
