package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A body is named by the role a plan gives it, whatever its name ends
// with: a 储备库, a 殡仪馆 leads; a bureau's 股 cooperates. Written from a
// 救灾预案's work groups; these are another plan's, asked otherwise.
func TestRoleHolderNamed(t *testing.T) {
	docs := fstest.MapFS{
		"bz.txt": {Data: []byte("澧汀县民政局清明节祭扫服务保障工作方案\n\n一、工作分组\n1.现场服务组。由县殡仪馆牵头，社会事务股配合，负责祭扫现场秩序维护和群众引导。\n2.后勤保障组。由县民政物资仓库牵头，负责饮用水、雨具和应急药品的准备。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "祭扫方案里现场服务组归谁管"}, "县殡仪馆")
	wantFound(t, eng, answer.Request{Q: "后勤保障组是哪个单位牵头的"}, "县民政物资仓库")
}
