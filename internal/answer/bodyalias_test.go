package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An appointment names its person: "任命韦志强为…站长" answers who the
// 站长 is, though no post stands before the name.
func TestAppointmentNamesPerson(t *testing.T) {
	docs := fstest.MapFS{
		"renmian.txt": {Data: []byte("柳河县民政局关于韦志强等同志职务任免的通知\n局属各单位:\n经局党组研究决定:\n任命韦志强为县流浪乞讨人员救助管理站站长;\n免去覃国平的县流浪乞讨人员救助管理站站长职务。\n柳河县民政局\n2026年3月2日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "救助管理站新站长叫什么名字"}, "韦志强")
}
