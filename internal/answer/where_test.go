package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "在哪开" asks a place: of the document the question names, the passage
// under a heading of place (会议地点) answers, though it words nothing
// else the question asks.
func TestWhereAsked(t *testing.T) {
	docs := fstest.MapFS{
		"huiyi.txt": {Data: []byte("柘溪县人民政府办公室关于召开全县养老服务工作推进会的通知\n各乡镇人民政府,县直有关单位:\n一、会议时间\n2026年5月8日上午9:00\n二、会议地点\n县行政中心5楼第二会议室\n三、参会人员\n各乡镇分管负责同志。\n柘溪县人民政府办公室\n2026年5月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "养老服务推进会那个通知说会在什么地方开"}, "第二会议室")
}
