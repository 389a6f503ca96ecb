package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An office whose own documents do not speak of what is asked may be
// what another office's document speaks of: a 督查室's 通报 gives the
// 民政局's 工单 figures. Asked so, only a passage that names the office
// answers.
func TestOfficeSpokenOfElsewhere(t *testing.T) {
	docs := fstest.MapFS{
		"mzj.txt":     {Data: []byte("崞阳县民政局2025年工作总结\n一、主要工作\n全年发放城乡低保金4286万元，保障对象1.2万人。\n新建村级幸福食堂12个。\n崞阳县民政局\n2026年1月6日\n")},
		"tongbao.txt": {Data: []byte("崞阳县人民政府督查室关于2026年一季度12345热线工单办理情况的通报\n各乡镇人民政府，县直各单位：\n一、办理情况\n一季度，县民政局共承办12345热线工单286件，按时办结率98.6%，群众满意率96.2%。\n县人力资源和社会保障局共承办工单412件，按时办结率95.1%。\n崞阳县人民政府督查室\n2026年4月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "崞阳县民政局一季度热线工单按时办结率多少"}, "98.6%")
}
