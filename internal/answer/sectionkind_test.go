package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪个股管" is answered by the section a duty is written under: the
// heading names the 股, the sentence only the duty.
func TestKindAskedNamedByHeading(t *testing.T) {
	docs := fstest.MapFS{
		"sd.txt": {Data: []byte("柳河县民政局职能配置、内设机构和人员编制规定\n第一条　为规范职能配置，制定本规定。\n第二条　县民政局负责全县社会救助、养老服务、婚姻登记管理和殡葬管理工作。\n第三条　县民政局设下列内设机构：\n（一）办公室。\n负责机关文电、会务和档案工作。\n（二）社会救助股。\n承担城乡低保、特困人员救助供养和临时救助工作。\n（三）社会事务股。\n承担婚姻登记管理、殡葬管理和殡葬改革工作。\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "婚姻登记归局里哪个股管"}, "社会事务股")
}
