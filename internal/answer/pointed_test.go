package answer

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// TestNamedByWordsPointed: "春节慰问和幸福院维修那个请示" names the one 请示
// whose title writes each thing's characters in order (春节困难群众慰问,
// 幸福院维修改造); an office's name is its issuer's, so "民政局那个请示"
// of two 民政局 请示 names neither alone.
func TestNamedByWordsPointed(t *testing.T) {
	docs := fstest.MapFS{
		"qs1.txt": {Data: []byte("关于申请追加2026年春节困难群众慰问资金及村级幸福院维修改造资金的请示\n柘溪县人民政府：\n恳请追加资金86万元。\n柘溪县民政局\n2026年1月8日\n")},
		"qs2.txt": {Data: []byte("柘溪县民政局关于申请婚姻登记处搬迁经费的请示\n柘溪县人民政府：\n恳请安排搬迁经费12万元。\n柘溪县民政局\n2026年4月2日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	e.catalog()
	if nd := e.namedByWordsPointed("春节慰问和幸福院维修那个请示是哪天报的", nil); len(nd.docs) != 1 || nd.docs[0].ID != "qs1" {
		t.Errorf("named %v, want qs1", nd.docs)
	}
	if nd := e.namedByWordsPointed("民政局那个请示是哪天报的", nil); len(nd.docs) != 0 {
		t.Errorf("民政局 named %v alone, want none", nd.docs)
	}
}

// TestNamedByWordsGenre: a question about a document's head names it by
// the words before its genre word, written in order in its title however
// far apart ("洪涝情况报告" of …“7·3”洪涝灾害受灾群众救助情况的报告), or by
// its issuer ("人社的…"); words every title of the genre writes name none.
func TestNamedByWordsGenre(t *testing.T) {
	docs := fstest.MapFS{
		"bg1.txt": {Data: []byte("禾川县人民政府文件\n禾政报〔2026〕31号\n禾川县人民政府关于“7·3”洪涝灾害受灾群众转移安置及救助情况的报告\n溍州市人民政府：\n现将有关情况报告如下。\n禾川县人民政府\n2026年7月8日\n")},
		"bg2.txt": {Data: []byte("禾川县民政局关于2025年度养老服务工作情况的报告\n县人民政府：\n全年新增床位120张。\n禾川县民政局\n2026年1月15日\n")},
		"tz1.txt": {Data: []byte("禾川县人力资源和社会保障局关于做好根治欠薪冬季专项行动的通知\n各乡镇：\n专项行动自11月起。\n禾川县人力资源和社会保障局\n2025年11月3日\n")},
		"bg3.txt": {Data: []byte("禾川县司法局关于2025年度法治政府建设情况的报告\n县人民政府：\n全年办理复议案件12件。\n禾川县司法局\n2026年1月20日\n")},
		"bg4.txt": {Data: []byte("禾川县应急管理局关于2025年度安全生产工作情况的报告\n县人民政府：\n全年未发生较大事故。\n禾川县应急管理局\n2026年1月22日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	e.catalog()
	for q, want := range map[string]string{
		"洪涝情况报告的文号是多少":   "bg1",
		"养老服务报告哪天报的":     "bg2",
		"人社的欠薪通知什么时候印发的": "tz1",
	} {
		if nd := e.namedByWordsGenre(q, nil); len(nd.docs) != 1 || nd.docs[0].ID != want {
			t.Errorf("%s: named %v, want %s", q, nd.docs, want)
		}
	}
	if nd := e.namedByWordsGenre("禾川报告哪天报的", nil); len(nd.docs) != 0 {
		t.Errorf("禾川 named %v, want none: four 报告 are 禾川's", nd.docs)
	}
}

// Two leaders called by surname and post in one question are each named
// ("覃局和邝局…"), the second read where the question wrote it, not where
// the first's longer name has moved it to.
func TestTwoLeadersByPost(t *testing.T) {
	docs := fstest.MapFS{
		"fg.txt": {Data: []byte("蓼溪县民政局关于调整局领导班子成员分工的通知\n一、覃慕兰（党组成员、副局长）\n分管社会救助股，联系城关镇。\n二、邝若岚（副局长）\n分管养老服务股，联系枫岭镇。\n蓼溪县民政局\n2026年1月10日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	if got, want := e.namedPerson("覃局和邝局分管的股一样吗", nil), "覃慕兰和邝若岚分管的股一样吗"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A person the text names right after the post, the name running on into
// the sentence ("站长郗建华未按规定…"), is named by surname and post when
// the text writes the name again where a name stands (opening a sentence:
// "郗建华对此未作书面说明"); words after a post ("主任任期", "站长于本月…")
// are no name.
func TestLeaderNamedIntoTheSentence(t *testing.T) {
	docs := fstest.MapFS{
		"dc.txt": {Data: []byte("蓼溪县民政局关于救助管理站有关问题的核查报告\n一、核查情况\n2024年5月，站长郗建华未经集体研究，擅自将站内车辆出借。\n郗建华对此未作书面说明。\n二、处理意见\n责令郗建华于2025年3月1日前退缴出借收入3200元。\n蓼溪县民政局\n2025年2月10日\n")},
	}
	ix, _, err := index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e := &Engine{Index: ix}
	if got, want := e.namedPerson("郗站长要退缴多少钱", nil), "郗建华要退缴多少钱"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	// "主任任期" is a word, no 任 by name.
	docs = fstest.MapFS{}
	for _, f := range []string{"a", "b", "c"} {
		docs[f+".txt"] = &fstest.MapFile{Data: []byte("蓼溪县" + f + "社区居委会换届公告\n一、换届安排\n居委会主任任期五年，主任任期届满前完成换届。\n")}
	}
	ix, _, err = index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e = &Engine{Index: ix}
	if got, want := e.namedPerson("新任主任叫啥", nil), "新任主任叫啥"; got != want {
		t.Errorf("got %q, want %q: a word read as a name", got, want)
	}
	docs = fstest.MapFS{"zb.txt": {Data: []byte("蓼溪县救助管理站值班安排\n一、安排\n站长于本月10日前排定值班表，副站长于本月底前完成培训。\n")}}
	ix, _, err = index.Ingest(context.Background(), t.TempDir(), embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "测试", FS: docs}}})
	if err != nil {
		t.Fatal(err)
	}
	e = &Engine{Index: ix}
	if got, want := e.namedPerson("于站长负责什么工作", nil), "于站长负责什么工作"; got != want {
		t.Errorf("got %q, want %q: a word read as a name", got, want)
	}
}
