package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A party's name selects the case document it is about; where nothing
// there answers with the name taken out, the question is asked again as
// if it named no document, not held to a sentence that says nearly all
// of it (review 47: "福寿殡葬一共收了覃柏松多少钱" was refused).
func TestPartyScopeFallsBack(t *testing.T) {
	docs := fstest.MapFS{
		"07_民事起诉状_鲍春林诉安康殡仪公司.txt": {Data: []byte("民事起诉状\n原告：鲍春林，男，1950年4月2日出生，住澧汀县城关镇。\n被告：澧汀县安康殡仪服务有限公司，住所地澧汀县迎宾大道8号。\n诉讼请求\n1.判令被告退还多收费用9800元；\n2.本案诉讼费用由被告承担。\n事实与理由\n2025年3月，原告之妻去世，原告委托被告办理丧事。被告以“套餐升级”为由加收费用，最终共向原告收取13600元，远超公示价格。\n此致\n澧汀县人民法院\n具状人：鲍春林\n2025年6月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "安康殡仪一共收了鲍春林多少钱"}, "13600元")
}
