package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// An abbreviation stops where a word of the question does: "养老规划" is
// no 养老服务规范 written short (养老…规 of it, cut inside 规划), but the
// 规划 it says. Written from a question on a 规划's 专家论证意见; these
// are other plans and questions.
func TestAbbreviationStopsAtWord(t *testing.T) {
	docs := fstest.MapFS{
		"gf.txt": {Data: []byte("澧汀县社区居家养老服务规范\n\n1　范围\n本文件规定了社区居家养老服务的基本要求。\n2　服务内容\n2.1　助餐服务每日不少于1次。\n2.2　每千名老年人配备服务人员不少于5人。\n")},
		"gh.txt": {Data: []byte("澧汀县老年人福利设施布局专项规划（2025—2035年）\n\n一、规划目标\n到2030年，全县每千名老年人拥有养老床位达到40张，护理型床位占比不低于60%。\n二、设施布局\n每个乡镇建成1所区域性养老服务中心。\n")},
		"jt.txt": {Data: []byte("澧汀县综合交通运输发展规划（2025—2030年）\n\n一、规划目标\n到2030年，全县公路总里程达到2800公里。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "养老规划里到2030年每千名老人有多少张床位"}, "40张")
	wantFound(t, eng, answer.Request{Q: "养老规划护理型床位占比要求多少"}, "60%")
	// The 规范 is still named by what it writes short.
	wantFound(t, eng, answer.Request{Q: "养老规范里助餐一天几次"}, "不少于1次")
}

// Nor does an abbreviation begin inside a word of the question: "托合同"
// of 受托合同 is no 委托运营合同 written short, and the question is not
// of the 通报 whose title writes it.
func TestAbbreviationStartsAtWord(t *testing.T) {
	docs := fstest.MapFS{
		"tb.txt": {Data: []byte("澧汀县民政局关于养老服务设施委托运营合同履约检查情况的通报\n\n各养老服务设施运营单位：\n一、检查情况\n共检查运营单位12家，其中履约良好9家。\n二、存在问题\n3家单位未按约配备护理员。\n澧汀县民政局\n2026年3月2日\n")},
		"md.txt": {Data: []byte("澧汀县受托运营养老机构名单\n\n1. 城关镇敬老院，受托方康宁养老服务有限公司。\n2. 河口镇敬老院，受托方福寿养老服务中心。\n")},
		"gl.txt": {Data: []byte("澧汀县民政局合同管理办法\n\n第一条 为规范本局合同管理，制定本办法。\n第八条 受托合同金额在20万元以上的，签订前须经法律顾问审核；金额在50万元以上的，须经局党组会议研究。\n第九条 合同签订后5个工作日内报办公室备案。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "受托合同多少钱以上要法律顾问审"}, "20万元")
}
