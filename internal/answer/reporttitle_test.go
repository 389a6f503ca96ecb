package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A report not titled as annual reports are (…报告, …总结) is named by
// its words as any document is: "镇党委班子那份对照检查材料" names the
// 组织生活会 material, whose text reports (现将…报告如下).
func TestReportTitledOtherwiseIsNamed(t *testing.T) {
	docs := fstest.MapFS{
		"jiancha.txt":  {Data: []byte("中共湍口镇委员会领导班子\n2025年度组织生活会对照检查材料\n\n根据县委组织部通知要求，现将对照检查情况报告如下。\n一、存在的问题\n（一）联系群众不够紧密。班子成员到村调研全年仅21次。\n二、整改措施\n（一）班子成员每月到联系村调研不少于2次。责任领导：邬向晴。时限：2026年6月底前。\n中共湍口镇委员会\n2026年1月22日\n")},
		"jiancha2.txt": {Data: []byte("湍口镇安全生产检查情况通报\n各村（社区）：\n2026年2月下旬，镇安委办对全镇32家企业开展检查，发现隐患17处。\n请各村按照县应急管理局通知要求抓好整改。\n湍口镇安全生产委员会办公室\n2026年3月5日\n")},
		"zhiban.txt":   {Data: []byte("湍口镇人民政府值班信息专报\n2026年第3期\n湍口镇人民政府办公室编  2026年2月3日\n一、值班情况\n春节期间全镇值班人员42人次，处置群众求助3起。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, q := range []string{"那份对照检查材料哪天出的", "镇党委班子那份对照检查材料落款是哪天"} {
		r := wantFound(t, eng, answer.Request{Q: q}, "2026年1月22日")
		if r.Found && strings.Contains(r.Answer, "时限") {
			t.Errorf("%s: a deadline of its measures is no date of the document: %s", q, r.Answer)
		}
	}
}
