package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Asked what was done about a matter, the answer goes on from the
// sentence that tells of it to what its paragraph says was done.
func TestOutcomeOfMatterAsked(t *testing.T) {
	docs := fstest.MapFS{
		"tongbao.txt": {Data: []byte("崞阳县民政局关于一季度群众投诉办理情况的通报\n各股室、局属各单位：\n一、典型投诉及办理情况\n（一）县殡仪馆停车收费问题。2月3日，群众赵某反映县殡仪馆停车场对治丧群众按小时收费，收费标准未公示。经调查，情况属实。县殡仪馆已于2月6日取消治丧群众停车收费，并在入口处公示免费停车规定。\n（二）婚姻登记处预约电话难打通问题。3月8日，群众孙某反映婚姻登记处预约电话多次无人接听。\n二、下一步工作\n各单位要举一反三，认真整改。\n崞阳县民政局\n2026年4月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "殡仪馆停车按小时收费那个投诉最后咋解决的"}, "取消治丧群众停车收费")
}
