package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An agreement is known by the parties it binds, as staff name it: by the
// side's name (邮政分公司) or the short name the agreement gives it, written
// shorter still (农商行 of 农商银行). Written from questions on a 民政局's
// 合作备忘录 with a bank; these are other agreements and sides.
func TestAgreementNamedByParty(t *testing.T) {
	docs := fstest.MapFS{
		"nh.txt": {Data: []byte("社会救助资金代发合作协议\n\n甲方：澧汀县民政局\n乙方：澧汀农村商业银行股份有限公司（以下简称“澧汀农商银行”）\n\n一、乙方为甲方代发低保金、特困供养金。\n二、乙方每年向县慈善总会捐赠不少于20万元。\n三、本协议有效期三年。\n\n甲方：澧汀县民政局　　　　乙方：澧汀农村商业银行股份有限公司\n2025年3月6日　　　　　　　　2025年3月9日\n")},
		"yz.txt": {Data: []byte("特困人员寄递服务合作协议\n\n甲方：澧汀县民政局\n乙方：澧汀县邮政分公司\n\n一、乙方为特困人员免费寄递救助物资。\n二、乙方每年向县慈善总会捐赠不少于5万元。\n三、本协议有效期两年。\n\n甲方：澧汀县民政局　　　　乙方：澧汀县邮政分公司\n2025年4月8日　　　　　　　　2025年4月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for q, want := range map[string][2]string{
		"农商行每年给慈善总会捐多少":   {"20万元", "5万元"},
		"邮政分公司每年给慈善总会捐多少": {"5万元", "20万元"},
		"跟邮政分公司的协议管几年":    {"两年", "三年"},
	} {
		r := wantFound(t, eng, answer.Request{Q: q}, want[0])
		if r != nil && strings.Contains(r.Answer, want[1]) {
			t.Errorf("%s: answered from the other agreement too: %s", q, r.Answer)
		}
	}
}

// An agreement states its term after its part's heading on the same line
// ("五、协议期限　本协议…"), and is signed on the later of its parties'
// side-by-side dates: both are asked as staff ask them, of agreements the
// rules were not written from.
func TestAgreementTermAndSigning(t *testing.T) {
	docs := fstest.MapFS{
		"gy.txt": {Data: []byte("公益岗位开发合作协议\n\n甲方：沅汀县民政局\n乙方：沅汀县人力资源服务中心（以下简称“人力中心”）\n\n一、合作内容\n乙方每年为甲方开发社区公益岗位不少于60个。\n\n五、协议期限　本协议期限为两年，自2025年5月1日起至2027年4月30日止。\n\n甲方：沅汀县民政局　　　　乙方：沅汀县人力资源服务中心\n2025年4月22日　　　　　　　　2025年4月25日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "跟人力中心的协议管几年"}, "两年")
	wantFound(t, eng, answer.Request{Q: "公益岗位那个协议什么时候签的"}, "2025年4月25日")
}

// An institution that is a party is named as staff shorten it, by the first
// rune of its own name and the last of its kind: 师院 of 沅江师范学院,
// written from 职院 of a 职业技术学院.
func TestPartyNamedByHeadAndKind(t *testing.T) {
	docs := fstest.MapFS{
		"sy.txt": {Data: []byte("校地共建社会工作实践基地协议\n\n甲方：沅江市民政局\n乙方：沅江师范学院\n\n一、乙方每年选派社会工作专业学生不少于30名到甲方实习。\n二、本协议有效期为两年，自2025年9月1日起至2027年8月31日止。\n\n甲方：沅江市民政局　　　　乙方：沅江师范学院\n2025年8月20日　　　　　　　　2025年8月22日\n")},
		"yz.txt": {Data: []byte("特困人员寄递服务合作协议\n\n甲方：沅江市民政局\n乙方：沅江市邮政分公司\n\n一、乙方为特困人员免费寄递救助物资。\n二、本协议有效期为三年，自2025年1月1日起至2027年12月31日止。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	r := wantFound(t, eng, answer.Request{Q: "跟师院的协议啥时候到期"}, "2027年8月31日")
	if r != nil && strings.Contains(r.Answer, "2027年12月31日") {
		t.Errorf("answered from the other agreement too: %s", r.Answer)
	}
}
