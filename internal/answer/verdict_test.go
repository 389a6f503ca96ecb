package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Whether what was reported is true is the verdict that opens the finding
// ("…的问题，基本属实。"), though the question's words are in the
// sentences after it.
func TestFindingVerdictAnswersTrueOrNot(t *testing.T) {
	docs := fstest.MapFS{
		"hecha.txt": {Data: []byte("崞阳县民政局关于群众反映城关镇救助站问题的核查情况报告\n\n一、核查结论\n（一）关于夜间无人值班的问题，基本属实。经调取2025年1月至3月的值班记录、门禁记录和监控录像，并询问站内工作人员4名、受助人员6名，确认该站有11个夜间未安排值班人员。站里的值班表只排到晚上8点，夜间由门卫兼管，门卫未经过救助业务培训，也未配备应急联络手机。站长解释称人员编制不足，但未向局里书面报告。\n（二）关于救助物资被倒卖的问题，不属实。经核对出入库台账，物资账实相符，未发现倒卖行为。\n二、处理意见\n责令救助站完善值班制度。\n崞阳县民政局\n2025年4月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "说救助站值班表只排到晚上8点 是真的吗"}, "基本属实")
}
