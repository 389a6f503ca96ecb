package answer_test

import (
	"testing"
	"testing/fstest"
	"time"
)

// TestModalWordsAreGlue: "本来应该发多少" asks what was due; its 本, 应, 该
// are the asker's wording, not characters a passage must write ("该季度
// …应于…发放" is no better for them).
func TestModalWordsAreGlue(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"shuoming.txt": {Data: []byte("东关镇人民政府关于2025年第三季度高龄津贴延迟发放情况的说明\n县民政局：\n一、基本情况\n2025年第三季度，我镇核定高龄津贴对象120人，应发放津贴36000元。\n该季度津贴应于10月15日前发放到位，实际于11月3日首批发放30000元，11月20日补发6000元。\n二、原因\n经办人员变动。\n东关镇人民政府\n2025年12月1日\n")},
	})
	checkAnswers(t, eng, time.Time{}, []answerCase{
		{q: "东关三季度高龄津贴本来应该发多少", first: "36000元"},
	})
}
