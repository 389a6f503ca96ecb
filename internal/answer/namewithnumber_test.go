package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A person named with the number of the card they hold
// ("张立（执法证号：…）") is named.
func TestNameWithCardNumber(t *testing.T) {
	docs := fstest.MapFS{
		"chufa.txt": {Data: []byte("崞阳县市场监督管理局行政处罚决定书\n崞市监罚〔2026〕12号\n一、案件来源及调查经过\n2026年3月2日，本局执法人员韦振东（执法证号：GY0312005）、蒙晓雯（执法证号：GY0312018）对当事人经营场所进行现场检查。\n二、处罚决定\n罚款5000元。\n崞阳县市场监督管理局\n2026年4月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "那次现场检查的执法人员叫什么"}, "韦振东", "蒙晓雯")
}
