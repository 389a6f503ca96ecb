package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// "那个居民叫什么" asks a person's name as "组长叫什么" does: a sentence
// that speaks of "一名居民" without naming one does not answer.
func TestPeopleWordAsksName(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"yuebao.txt": {Data: []byte("柏溪县民政局热线工单月报\n一、典型案例\n3月6日，青山镇一名居民来电反映其低保申请迟迟没有结果。经督办，镇民政办于3月9日完成入户核查。\n二、下一步工作\n加强督办。\n柏溪县民政局办公室\n2026年4月7日\n")},
		"other.txt":  {Data: []byte("柏溪县民政局2025年工作总结\n一、主要工作\n全年办理低保申请1260件。\n柏溪县民政局\n2026年1月5日\n")},
	})
	checkAnswers(t, eng, time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC), []answerCase{
		{q: "青山镇来电反映低保的那个居民叫什么", refused: true},
	})
}
