package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// "工作计划" is a kind of thing a report has a part for, not the name of a
// document titled "…工作计划": the example keeps its answer with
// such a document indexed beside the bundled reports.
func TestWorkPlanNamesNoDocument(t *testing.T) {
	other := fstest.MapFS{"jh.txt": {Data: []byte("青岭县农业农村局2025年春耕生产工作计划\n一、目标任务\n开展农业法律法规宣传活动12场,发放宣传资料3000份。\n")}}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{
		{Label: "内置语料", FS: corpus.FS()}, {Label: "其他", FS: other}}})
	if err != nil {
		t.Fatal(err)
	}
	r := wantFound(t, &answer.Engine{Index: ix}, answer.Request{Q: "今年的工作计划里法治宣传怎么安排?", Now: day("2025-03-10")}, "法治宣传")
	if strings.Contains(r.Answer, "春耕") {
		t.Errorf("answered from the 春耕 plan: %s", r.Answer)
	}
}
