package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// The parts of one question ask of one document: the one that answers them
// together, not the one that best words the first part alone.
func TestPartsAskOneDocument(t *testing.T) {
	docs := fstest.MapFS{
		"甲镇人民政府2024年工作总结.txt": {Data: []byte("甲镇人民政府2024年工作总结\n一、文化建设\n全年新建农家书屋15个,农家书屋覆盖率进一步提高。\n二、其他工作\n道路硬化里程稳步增加。\n")},
		"乙镇人民政府2024年工作总结.txt": {Data: []byte("乙镇人民政府2024年工作总结\n一、公共文化\n建成农家书屋20个,每个村书屋藏书不少于1000册。\n二、其他工作\n河道整治持续推进。\n")},
	}
	eng := engineOver(t, docs)
	for _, q := range []string{
		"新建农家书屋多少个 每个村书屋最少藏书多少册",
		"农家书屋新建了几个,每个村的书屋至少藏多少册书?",
	} {
		if r := wantFound(t, eng, answer.Request{Q: q}, "1000册", "20个"); strings.Contains(r.Answer, "15个") {
			t.Errorf("%s: 甲镇's 15个 beside 乙镇's answer: %s", q, r.Answer)
		}
	}
}
