package answer

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// TestSeamsApartAreNoRun: two words of the asker's own ("块地", "另外")
// apart in the question are two seams, not one word the document lacks,
// so the document's coverage of the question stays whole.
func TestSeamsApartAreNoRun(t *testing.T) {
	docs := fstest.MapFS{
		"qs.txt": {Data: []byte("鹿岭县卫生健康局关于芦溪镇卫生院改扩建项目的请示\n县人民政府：\n项目选址于卫生院东侧空地，该地块为国有划拨用地，无需新增征地。\n")},
	}
	for i, other := range []string{"学校后面那块地建成了篮球场，另外新修便民桥2座。", "村委会旁那块地长期闲置，另外还有两处危房。"} {
		docs[string(rune('a'+i))+".txt"] = &fstest.MapFile{Data: []byte("鹿岭县某镇2025年工作总结\n一、主要工作\n" + other + "\n")}
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	wt := weigh(ix, "那块地还要不要另外征地", func(id string) bool { return id == "qs" }, nil, nil)
	if wt.docCoverage < 0.99 {
		t.Errorf("coverage %.2f over tokens %v: the seams counted against the document", wt.docCoverage, wt.toks)
	}
}

// TestRepeatedGlueWordIsATerm: a bigram across a glue character that a
// document writes again and again is that document's term ("会费" of a
// 章程's fee rules), weighed though 会 leads many more bigrams elsewhere
// (会议, 会同, 会商…); one that begins with a determiner (各科 of 各科室)
// or is two glue characters (会会) stays a seam.
func TestRepeatedGlueWordIsATerm(t *testing.T) {
	docs := fstest.MapFS{
		"zc.txt": {Data: []byte("柳河区志愿者协会章程\n第八条　会员应按时交纳会费。\n第九条　会费标准：个人会员每年100元。\n第十条　连续两年不交纳会费的，视为自动退会。\n各科室协会会员名单另行公布，各科室协会会员按季度更新，各科室协会会员可查询。\n")},
	}
	// Other offices' notices, where 会 and 费 stand in many words.
	for i := 0; i < 40; i++ {
		text := "柳河区民政局关于召开工作会议的通知\n"
		for _, w := range []string{"会议", "会同", "会商", "会审", "会签", "会谈", "会见", "会场", "会期", "会务", "经费", "水费", "电费", "学费", "路费", "运费", "话费", "杂费"} {
			text += "各单位按要求做好" + w + "工作。\n"
		}
		docs[fmt.Sprintf("hy%02d.txt", i)] = &fstest.MapFile{Data: []byte(text)}
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	if c := ix.Cohesion("会费"); c >= seamCohesion {
		t.Fatalf("cohesion of 会费 %.3f: the test needs it below seamCohesion", c)
	}
	wt := weigh(ix, "个人会员一年会费交多少 各科室协会会员", func(string) bool { return true }, nil, nil)
	if _, ok := wt.w["会费"]; !ok {
		t.Errorf("会费 not weighed: tokens %v", wt.toks)
	}
	for _, seam := range []string{"各科", "会会"} {
		if _, ok := wt.w[seam]; ok && ix.Cohesion(seam) < seamCohesion {
			t.Errorf("%s weighed as a term: tokens %v", seam, wt.toks)
		}
	}
}

// TestModalVerbSeam: 能 is a modal verb as 会 and 要 are: "能安" of "现在
// 能安排老人住吗" is a seam of the asker's wording, not a word to weigh,
// though a document writes 功能安全 once.
func TestModalVerbSeam(t *testing.T) {
	docs := fstest.MapFS{
		"ys.txt": {Data: []byte("养老服务中心竣工验收报告\n一、存在问题\n302室、308室卫生间地面排水坡度不足，在整改完成前不得启用302室、308室。\n二、其他\n电梯功能安全检测合格。\n")},
	}
	for i := 0; i < 60; i++ {
		docs[fmt.Sprintf("o%02d.txt", i)] = &fstest.MapFile{Data: []byte("柳河县工作通知\n能力提升，能够按期完成，能源保障，能耗下降，能效提升，安排部署，平安建设，治安防控，公安机关，保安服务。\n")}
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	if c := ix.Cohesion("能安"); c >= seamCohesion {
		t.Fatalf("cohesion of 能安 %.4f: the test needs it below seamCohesion", c)
	}
	wt := weigh(ix, "302 308那两间现在能安排老人住", func(string) bool { return true }, nil, nil)
	if _, ok := wt.w["能安"]; ok {
		t.Errorf("能安 weighed as a word: tokens %v", wt.toks)
	}
}

// TestRareTokensAreWords: the rare words searched on their own are words
// of the documents (沄口), not seams of the asker's wording that are rarer
// still (防整 of 消防整改, written once by chance).
func TestRareTokensAreWords(t *testing.T) {
	docs := fstest.MapFS{
		"tz.txt": {Data: []byte("嶅溪县民政局重点工作推进情况表\n沄口镇敬老院喷淋改造未按期完成，整改期限延至5月31日。\n沄口镇敬老院已完成消防整改验收。\n")},
	}
	for i := 0; i < 40; i++ {
		docs[fmt.Sprintf("o%02d.txt", i)] = &fstest.MapFile{Data: []byte("柳河县工作通知\n防汛值守，防火巡查，防控到位，整治隐患，及时调整，资料完整，场地平整，消防演练。\n")}
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	if c := ix.Cohesion("防整"); c >= rareCohesion {
		t.Fatalf("cohesion of 防整 %.3f: the test needs it below rareCohesion", c)
	}
	wt := weigh(ix, "消防整改延到哪天 沄口镇敬老院", func(string) bool { return true }, nil, nil)
	got := rareTokens(ix, wt)
	if !slices.Contains(got, "沄口") || slices.Contains(got, "防整") {
		t.Errorf("rare tokens %v, want 沄口 and no seam (tokens %v)", got, wt.toks)
	}
}
