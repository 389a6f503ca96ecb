package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "民政局…" names a kind of office to look in: its own documents and the
// ones other bodies issued on it (a 三定 规定 the county's offices print).
func TestOfficeKindInTitle(t *testing.T) {
	docs := fstest.MapFS{
		"sd.txt": {Data: []byte("中共柳河县委办公室　柳河县人民政府办公室\n关于印发《柳河县民政局职能配置、内设机构和人员编制规定》的通知\n各乡镇党委和人民政府：\n第六条　县民政局机关行政编制12名。设局长1名，副局长2名；股级领导职数7名。\n中共柳河县委办公室　　柳河县人民政府办公室\n2025年10月28日\n")},
		"zj.txt": {Data: []byte("柳河县民政局2025年工作总结\n一、主要工作\n全年救助困难群众1200人次，领导班子成员带头走访。\n柳河县民政局\n2025年12月20日\n")},
		"cz.txt": {Data: []byte("柳河县财政局2025年工作总结\n一、主要工作\n股级领导职数调整为6名。\n柳河县财政局\n2025年12月21日\n")},
	}
	eng := engineOver(t, docs)
	wantFound(t, eng, answer.Request{Q: "民政局股级领导职数几个"}, "7名")
}
