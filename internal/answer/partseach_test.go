package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// Each part of a multi-part question wants its own kind of answer: "是谁
// 找到的" after "那个老人叫啥" asks no person's name, so the one document
// answers it among the parts (not part by part, as when no document
// answers them together). (Its first assertion was TestPartsAskedEach-
// WhenNoneTogether's, the same question over the same document, which
// passed through either change.)
func TestPartKeepsItsOwnKindOfAnswer(t *testing.T) {
	docs := fstest.MapFS{
		"jz.txt": {Data: []byte("柳河县民政局2025年救助管理工作总结\n一、寻亲救助\n2025年3月2日,县救助管理站在高铁站找到走失老人韦德明,经核实身份后护送返乡。\n二、源头治理\n全年开展街面巡查86次。\n柳河县民政局\n2026年1月8日\n")},
	}
	eng := engineOver(t, docs)
	r := wantFound(t, eng, answer.Request{Q: "走失那个老人叫啥 是谁找到的"}, "县救助管理站")
	if strings.Contains(r.Answer, "关于“是谁找到的”") {
		t.Errorf("the part is answered on its own, not among the parts of one document:\n%s", r.Answer)
	}
}

// A year no document of the office is of may be one part's only: "去年全年
// 清了多少" has none, but the part before it is answered, not refused with
// it.
func TestPartOutOfScopeLeavesOthers(t *testing.T) {
	docs := fstest.MapFS{
		"jianbao.txt": {Data: []byte("蕖塘镇工作简报\n第3期\n蕖塘镇党政综合办公室编  2026年5月12日\n春季人居环境整治攻势取得阶段成效\n3月以来，我镇开展春季人居环境整治攻势，行动期间清理生活垃圾860吨，清理沟渠42公里，拆除残垣断壁63处。\n下一步，镇里将建立长效保洁机制。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "蕖塘镇春季攻势清了多少吨垃圾 去年全年清了多少", Now: now}, "860吨")
}

// Parts of different years are each asked in their own: "前年…招了多少
// 今年…多大规模" is two documents' figures, not both of 前年's. 多大 asks
// as much as 多少 does.
func TestPartsOfDifferentYears(t *testing.T) {
	docs := fstest.MapFS{
		"zongjie.txt": {Data: []byte("蒿川县民政局2024年工作总结\n一、基层政权建设\n全年公开招聘社区工作者42名，充实到18个社区。\n二、社会救助\n全年发放低保金2860万元。\n蒿川县民政局\n2025年1月9日\n")},
		"jihua.txt":   {Data: []byte("蒿川县民政局关于做好2026年基层力量配备工作的通知\n一、招聘规模\n2026年计划公开招聘社区工作者56名，其中定向招聘退役军人6名。\n二、招聘时间\n5月报名，6月笔试。\n蒿川县民政局\n2026年3月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "前年社区工作者招了多少名 今年招聘规模多大", Now: now}, "42名", "56名")
}
