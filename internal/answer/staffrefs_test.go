package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "邬县长分管哪些" names the one person of that surname the documents
// give that post: the 分工 writes the name, not how staff address him.
func TestPersonBySurnameAndPost(t *testing.T) {
	docs := fstest.MapFS{
		"fengong.txt": {Data: []byte("柘溪县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n一、郦若兰(县长)\n主持县政府全面工作。\n二、邬明哲(县政府副县长)\n负责民政、教育、卫生健康等方面工作。\n分管县民政局、县教育局、县卫生健康局。\n三、冼国梁(县政府副县长)\n负责农业农村、水利等方面工作。\n分管县农业农村局、县水利局。\n柘溪县人民政府办公室\n2026年3月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "邬副县长分管哪些部门"}, "县民政局", "县教育局")
	wantFound(t, eng, answer.Request{Q: "冼县长分管什么单位"}, "县农业农村局", "县水利局")
}

// Staff call a 局长 or 副局长 by surname and 局 alone ("覃局也不在呢"):
// 局 after a surname is the post, after 民政 or 财政 an office's name.
func TestLeaderBySurnameAndJu(t *testing.T) {
	docs := fstest.MapFS{
		"fengong.txt": {Data: []byte("蓼溪县民政局关于调整局领导班子成员分工的通知\n局机关各股室:\n一、局长韦嘉澍\n主持局全面工作，分管办公室。\n二、覃慕兰（党组成员、副局长）\n分管社会救助股、社会事务股，联系城关镇。\n三、邝若岚（副局长）\n分管养老服务股、儿童福利股，联系枫岭镇。\n蓼溪县民政局\n2026年1月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "覃局管着哪几个股"}, "社会救助股", "社会事务股")
	wantFound(t, eng, answer.Request{Q: "邝局联系哪个镇"}, "枫岭镇")
}
