package answer_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/index"
)

// Search reads a question as ask does: the passages of the office and year
// it is about, or of the document it names, come first, though another
// document says the question's words more often; the rest of the ranking
// follows in turn.
func TestSearchReadsQuestionScope(t *testing.T) {
	docs := fstest.MapFS{
		"c.txt": {Data: []byte("南湖县人民政府关于禁止焚烧秸秆的通告\n南政告〔2025〕2号\n一、全县禁止露天焚烧秸秆。\n二、对举报焚烧秸秆属实的，给予举报人每次100元奖励。\n南湖县人民政府\n2025年2月10日\n")},
		"d.txt": {Data: []byte("南湖县秸秆综合利用工作总结\n一、主要工作\n全年秸秆综合利用率达到91%，对举报焚烧秸秆的群众发放奖励资金共计2.4万元，焚烧秸秆举报奖励兑现及时，举报焚烧秸秆奖励标准公开。\n南湖县农业农村局\n2025年12月20日\n")},
	}
	// Towns' notes on the same subject, in more of the question's words.
	for i, town := range []string{"东山镇", "西岭镇", "北湾镇", "南坪镇", "青石镇", "白沙镇"} {
		docs[fmt.Sprintf("z%d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("%s关于禁止焚烧秸秆工作的情况报告\n一、举报奖励\n对举报焚烧秸秆的群众给予奖励，举报焚烧秸秆奖励%d元，举报奖励当场兑现。\n%s人民政府\n2025年11月%d日\n", town, 50+i*10, town, i+1))}
	}
	// One office's reports of seven years: each reviews its year and
	// plans the next one in the same words.
	for y := 2018; y <= 2024; y++ {
		docs[fmt.Sprintf("r%d.txt", y)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("东山镇人民政府%d年法治政府建设工作报告\n一、主要工作\n全年开展普法宣传活动%d场，法治讲座%d次。\n二、%d年工作计划\n%d年，普法宣传活动要扩面提质，普法宣传活动不少于%d场，普法宣传进村入户全覆盖。\n东山镇人民政府\n%d年1月10日\n", y, y-2000, y-2010, y+1, y+1, y-1990, y+1))}
	}
	eng := engineOver(t, docs)
	now := time.Date(2025, 6, 1, 0, 0, 0, 0, time.Local)
	for _, tc := range []struct{ q, doc string }{
		{"东山镇去年普法宣传活动搞了几场", "r2024"},
		{"东山镇2021年普法宣传活动开展了多少场", "r2021"},
		{"20年东山普法宣传活动有几场", "r2020"},
		{"禁烧通告里举报焚烧秸秆奖励多少", "c"},
		{"南政告2号文对举报焚烧秸秆奖励多少", "c"},
		{"县政府禁烧那个通告 举报奖励多少钱", "c"},
	} {
		hits, err := eng.Search(context.Background(), tc.q, 3, index.Filter{}, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].Doc.ID != tc.doc {
			var got []string
			for _, h := range hits {
				got = append(got, h.Doc.ID)
			}
			t.Errorf("%s: first of %v, want %s first", tc.q, got, tc.doc)
		}
		if len(hits) < 2 {
			t.Errorf("%s: the rest of the ranking does not follow: %d hits", tc.q, len(hits))
		}
	}
	// What a caller may not read stays unread, however the question
	// names it.
	var others []string
	for id := range docs {
		if id != "c.txt" {
			others = append(others, strings.TrimSuffix(id, ".txt"))
		}
	}
	hits, err := eng.Search(context.Background(), "禁烧通告里举报焚烧秸秆奖励多少", 5, index.Filter{DocIDs: others}, now)
	if err != nil || len(hits) == 0 {
		t.Fatalf("no hits within the readable documents: %v", err)
	}
	for _, h := range hits {
		if h.Doc.ID == "c" {
			t.Errorf("the named document was searched though the caller may not read it")
		}
	}
}

// A document named by its 文号 ("柳政告2号文") is searched within: its
// passage that answers comes up though other documents write the
// question's words far more often — the index alone ranks them above it.
func TestSearchWithinNamedDocument(t *testing.T) {
	docs := fstest.MapFS{
		"c.txt": {Data: []byte("柳河县人民政府关于禁止焚烧秸秆的通告\n柳政告〔2025〕2号\n为改善空气质量，现就有关事项通告如下：\n一、全县行政区域内禁止露天焚烧农作物秸秆。\n二、对查证属实的，给予每次100元奖励。\n柳河县人民政府\n2025年2月10日\n")},
	}
	for i := 1; i <= 6; i++ {
		docs[fmt.Sprintf("z%d.txt", i)] = &fstest.MapFile{Data: []byte(fmt.Sprintf("第%d镇关于举报奖励工作的情况报告\n一、举报奖励\n对举报焚烧秸秆的群众给予举报奖励，举报奖励%d0元，举报奖励当场兑现，举报奖励标准公开。\n第%d镇人民政府\n2025年11月%d日\n", i, i, i, i))}
	}
	eng := engineOver(t, docs)
	hits, err := eng.Search(context.Background(), "柳政告2号文里举报奖励多少", 3, index.Filter{}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(hits, func(h index.Hit) bool { return strings.Contains(h.Chunk.Text, "给予每次100元奖励") }) {
		var got []string
		for _, h := range hits {
			got = append(got, h.Doc.ID+":"+h.Chunk.Text)
		}
		t.Errorf("the named notice's answering passage is not among %q", got)
	}
}
