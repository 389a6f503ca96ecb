package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Of one document, "哪些单位" asks the units it lists — under the heading
// that names them, not the one above that heads both praise and blame.
func TestUnitsListedInOneDocument(t *testing.T) {
	docs := fstest.MapFS{
		"ducha.txt": {Data: []byte("崞阳县人民政府督查室关于2026年上半年重点工作督查情况的通报\n各乡镇人民政府，县直各单位：\n一、总体情况\n上半年共督查重点工作38项，按期完成31项。\n二、表扬与批评\n（一）表扬单位。县交通运输局、县水利局、城关镇人民政府工作推进有力，予以通报表扬。\n（二）“督查之星”。县交通运输局干部李明等3人被评为“督查之星”。\n（三）批评单位。县住房和城乡建设局进度滞后，予以通报批评。\n崞阳县人民政府督查室\n2026年7月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "督查通报表扬了哪些单位"}, "县交通运输局", "县水利局", "城关镇人民政府")
}
