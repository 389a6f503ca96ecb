package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A post's holder is named by a sentence that writes that post: the
// 站长's appointment does not name the 副站长, a unit's phone line names
// no 股长, and a numbered appointment or a table's 姓名 cell names a
// person.
func TestPostHolderAsked(t *testing.T) {
	docs := fstest.MapFS{
		"renmian.txt": {Data: []byte("崞阳县人民政府关于何玉林等同志职务任免的通知\n各乡镇人民政府，县政府各部门：\n经县人民政府研究决定：\n一、任命\n3.何玉林为县救助管理站站长（试用期一年）；\n4.谷春燕为县殡仪馆馆长；\n二、新任职人员情况表\n序号|姓名|性别|新任职务\n1|鲁秋萍|女|县儿童福利院院长\n崞阳县人民政府\n2026年4月8日\n")},
		"zhinan.txt":  {Data: []byte("崞阳县临时救助办事指南\n一、办理机构\n崞阳县民政局社会事务股负责临时救助的审核审批，咨询电话：0735-6621408。\n二、办理时限\n自受理之日起10个工作日内办结。\n崞阳县民政局\n2026年3月1日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "救助管理站站长现在叫啥名字"}, "何玉林")
	wantFound(t, eng, answer.Request{Q: "儿童福利院院长是哪位"}, "鲁秋萍")
	wantRefused(t, eng, answer.Request{Q: "救助管理站副站长是谁"}, "the appointment names the 站长, not a 副站长")
	wantRefused(t, eng, answer.Request{Q: "社会事务股股长叫什么"}, "a phone line names no 股长")
}
