package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestRomanLevels: a level written in Roman numerals ("Ⅱ级应急响应") is
// the 二级响应 staff ask of.
func TestRomanLevels(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"xiangying.txt": {Data: []byte("崞阳县减灾委员会关于启动自然灾害救助应急响应的通知\n各乡镇人民政府：\n受持续强降雨影响，经研究，决定于2026年7月3日9时启动县级自然灾害救助Ⅱ级应急响应。\n各乡镇要在响应期间实行24小时值班。\n二、响应调整\n7月5日14时，县减灾委员会启动县级自然灾害救助Ⅳ级应急响应，Ⅱ级应急响应同时终止。\n崞阳县减灾委员会\n2026年7月3日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "二级响应是几点启动的", want: []string{"9时"}},
		{q: "什么时候调成四级响应的", want: []string{"14时"}},
	})
}
