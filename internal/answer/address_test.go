package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Staff ask for an 地址 where a body's 章程 writes its 住所.
func TestAddressIsDomicile(t *testing.T) {
	docs := fstest.MapFS{
		"zc.txt": {Data: []byte("柳河县志愿者协会章程\n第一章　总则\n第一条　本会名称为柳河县志愿者协会。\n第二条　本会的业务主管单位是柳河县民政局。\n第三条　本会住所设在柳河县城关镇人民路8号县社会福利中心二楼。\n第二章　业务范围\n第四条　本会开展志愿服务培训和项目对接。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "志愿者协会的地址在哪"}, "人民路8号")
}
