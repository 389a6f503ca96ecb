package answer_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// "跟去年同期比" compares with last year: it names no year the answer
// must be of.
func TestComparedWithLastYearBefore(t *testing.T) {
	docs := fstest.MapFS{
		"tongbao.txt": {Data: []byte("崞阳县政务服务中心关于2026年第一季度政务服务情况的通报\n各进驻单位：\n一、总体情况\n第一季度，全县共办理政务服务事项5.2万件。与2025年同期相比，办件量增加6120件，增长13.3%；投诉件减少18件，下降30%。\n二、下一步工作\n继续优化服务。\n崞阳县政务服务中心\n2026年4月8日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	r := wantFound(t, eng, answer.Request{Q: "投诉件跟去年同期比少了多少", Now: now}, "18件")
	if strings.Contains(r.Answer, "去年即") {
		t.Errorf("the 2026 report's figure is labelled last year's: %s", r.Answer)
	}
}

// "A跟B差多少" asks each one's figure: both are given, each cited, for the
// asker to take the difference.
func TestDifferenceAskedGivesBoth(t *testing.T) {
	docs := fstest.MapFS{
		"gaizao.txt": {Data: []byte("崞阳县民政局关于困难老年人家庭适老化改造补助标准的通知\n各乡镇人民政府：\n一、补助标准\n县级财政对每户困难老年人家庭的改造补助标准为3000元。\n乡镇配套资金按每户1200元的标准落实，由乡镇财政所负责拨付。\n二、工作要求\n各乡镇要在2026年10月底前完成改造。\n崞阳县民政局\n2026年3月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "适老化改造县级补助的标准跟乡镇配套的标准差多少"}, "3000元", "1200元")
}
