package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A genre word that begins the name of a body (规划 of 规划建设科) is that
// body's name, not the kind of document asked for: the contact list, no
// 规划 of any kind, answers.
func TestGenreWordBeginningBodyName(t *testing.T) {
	docs := fstest.MapFS{
		"lianluo.txt": {Data: []byte("柳河区住房和城乡建设局关于调整信息联络员的通知\n各科室、局属各单位:\n现将调整后的信息联络员名单通知如下:\n科室|姓名|职务|办公电话\n办公室|韦晓明|主任|0771-3326001\n规划建设科|覃丽娟|科长|0771-3326018\n柳河区住房和城乡建设局\n2026年3月6日\n")},
		"guihua.txt":  {Data: []byte("柳河区城乡建设“十四五”规划\n一、发展目标\n到2025年,全区城镇化率达到62%。\n二、重点任务\n(一)完善市政设施。新建改建市政道路45公里,联系电话0771-3326999。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "规划建设科办公电话多少"}, "0771-3326018")
}

// A genre word before the words it modifies, as a document writes them
// ("规划占地面积52.3亩"), names no document kind: the assessment report,
// no plan, answers. A plan named by its genre is still looked for among
// plans.
func TestGenreWordModifying(t *testing.T) {
	docs := fstest.MapFS{
		"wenping.txt": {Data: []byte("柳河区康养园建设项目社会稳定风险评估报告\n一、项目概况\n项目选址在石门镇青岗村,规划占地面积52.3亩,建设护理床位600张,总投资2.1亿元。\n二、评估结论\n项目社会稳定风险等级为低风险。\n柳河区民政局\n2026年3月18日\n")},
		"fangan.txt":  {Data: []byte("柳河区养老服务体系建设实施方案\n一、主要目标\n到2027年,全区养老机构护理型床位占比达到65%,新增养老床位800张。\n二、重点任务\n(一)建设区域养老服务中心3个。\n柳河区人民政府办公室\n2026年1月10日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "康养园规划占地面积大概多少亩"}, "52.3亩")
	wantFound(t, eng, answer.Request{Q: "养老那个方案里新增床位多少张"}, "800张")
}
