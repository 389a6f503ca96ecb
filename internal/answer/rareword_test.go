package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A rare name in the question (a town's) is looked at wherever it
// stands, though the question's common words fill many more passages of
// other documents: the one table row on 芡塘 answers.
func TestRareWordLookedAt(t *testing.T) {
	docs := fstest.MapFS{
		"tz.txt": {Data: []byte("柳河区民政局重点工作推进情况表\n序号|工作任务|责任单位|时间节点|进展情况|存在问题\n1|养老机构消防安全隐患整治|养老服务股|2026年4月30日前|已检查23家。|芡塘镇敬老院喷淋改造未按期完成，整改期限延至6月15日。\n2|婚姻登记颁证服务|社会事务股|持续推进|已办理186对。|无\n3|低保提标|社会救助股|2026年6月30日前|方案已起草。|无\n" + strings.Repeat("4|社会组织年检|社会组织管理股|2026年5月31日前|已完成年检材料受理，共受理312家，正在审核财务报表和业务活动情况。|部分社会组织材料不全\n", 6))},
	}
	// Many other documents speak of 敬老院, 消防 and 整改 at length.
	for i := 0; i < 12; i++ {
		docs[string(rune('a'+i))+".txt"] = &fstest.MapFile{Data: []byte("柳河区第" + string(rune('一'+i)) + "敬老院消防整改情况报告\n一、整改情况\n" + strings.Repeat("各镇敬老院消防整改工作扎实推进，镇敬老院消防设施整改期限延到年底，敬老院消防安全整改台账逐项销号。\n", 8))}
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "芡塘镇敬老院消防整改延到哪天"}, "6月15日")
}
