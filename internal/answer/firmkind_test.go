package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "交给哪家回收公司" asks for a company by name, its trade written before
// 公司: "交由具备资质的企业回收" names none, and is no answer; the
// company the text does name answers "哪家检测公司".
func TestFirmAskedByItsTrade(t *testing.T) {
	docs := fstest.MapFS{
		"baofei.txt": {Data: []byte("崞阳县救助管理站车辆报废处置方案\n\n一、车辆鉴定\n经崞阳县安达机动车检测有限公司于2025年5月6日检测，该车已达到报废标准。\n二、处置方式\n车辆交由具备资质的报废机动车回收企业回收，回收后办理注销登记。\n崞阳县救助管理站\n2025年5月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r, err := eng.Ask(t.Context(), answer.Request{Q: "救助站报废车辆交给哪家回收公司"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Found && strings.Contains(r.Answer, "具备资质") {
		t.Errorf("a company named by no name answers which: %s", r.Answer)
	}
	wantFound(t, eng, answer.Request{Q: "救助站报废车是哪家检测公司鉴定的"}, "安达机动车检测有限公司")
}
