package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A word written short (摄协 of 摄影家协会) in a question about one named
// document weighs as its long form's word does: the passage that answers
// need not write the association's name, which every passage of the form
// is about.
func TestShortWordWeighsAsItsLongForm(t *testing.T) {
	docs := fstest.MapFS{
		"shencha.txt": {Data: []byte("社会团体成立登记审查意见表\n\n一、基本情况\n拟成立名称：崞阳县摄影家协会\n业务主管单位审查同意文件：《关于同意筹备成立崞阳县摄影家协会的批复》，2025年3月20日\n成立大会召开时间：2025年4月2日，崞阳县摄影家协会会员到会52名\n二、会员情况\n个人会员52名，无单位会员。\n三、负责人情况\n拟任会长：温向东，男，58岁。\n拟任秘书长：柏月华，女，45岁。\n四、资金情况\n注册资金3万元。\n五、住所情况\n住所为县文化馆二楼。\n六、公示情况\n我局于2025年5月6日至5月12日在县政府门户网站进行公示，公示期7天，未收到异议。\n七、审查意见\n同意登记。\n")},
	}
	// Photography is a word the other documents use often.
	docs["zhanlan.txt"] = &fstest.MapFile{Data: []byte("崞阳县文化馆2025年摄影展览工作总结\n一、摄影展览\n全年举办摄影展览4场。\n二、摄影培训\n开展摄影培训6期。\n三、摄影比赛\n组织摄影比赛2次。\n四、下一步\n继续办好摄影展览和摄影培训。\n")}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "摄协成立登记公示是哪几天"}, "5月6日")
	if i, j := strings.Index(r.Answer, "5月6日"), strings.Index(r.Answer, "3月20日"); j >= 0 && j < i {
		t.Errorf("a passage that writes the association's name comes first: %s", r.Answer)
	}
}
