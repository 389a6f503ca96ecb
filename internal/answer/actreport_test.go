package answer_test

import (
	"os"
	"testing"

	"github.com/gongwen/gongwen/internal/answer"
)

// "谁汇报的" asks who reported to a visiting team, an act a 通报 or a
// 反馈意见 tells of: 汇报 done by someone names no kind of document to
// look in (the reports of the bundled corpus).
func TestActOfReportingIsNoGenre(t *testing.T) {
	// testdata/teams holds three documents a reviewer wrote (review 49), each
	// issued or signed by a team: a 视察报告, a 巡察反馈意见 and a 联合检查组's
	// 通报.
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/teams"))}
	for _, c := range []struct{ q, want string }{
		{"巡察时局里谁汇报的", "仝海澜"},
		{"检查时县政府谁汇报的", "覃秋笙"},
	} {
		wantFound(t, eng, answer.Request{Q: c.q}, c.want)
	}
}
