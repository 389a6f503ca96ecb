package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A yes-or-no question of a fee is answered by the sentence that rules on
// it (不收取, 免费), not by one that only names the fee.
func TestFeeRulingAnswersYesNo(t *testing.T) {
	docs := fstest.MapFS{
		"peixun.txt": {Data: []byte("崞阳县司法局关于举办2026年人民调解员培训班的通知\n各司法所：\n一、培训时间\n2026年6月10日至11日。\n二、培训内容\n调解员培训班培训费报销政策解读和案例研讨。\n三、有关要求\n本次培训不收取培训费，食宿由县司法局统一安排。\n崞阳县司法局\n2026年5月20日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "调解员培训班要不要交培训费"}, "不收取")
	if len(r.Citations) == 0 || !strings.Contains(r.Citations[0].Text, "不收取") {
		t.Errorf("the ruling is not cited first: %s", r.Answer)
	}
}
