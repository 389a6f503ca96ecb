package answer_test

import (
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// A standing rule (办法, 预案, 规定…) issued in an earlier year holds in
// this one: "今年…最晚哪天前" is asked of it as of the year's documents.
func TestStandingRuleHoldsInLaterYears(t *testing.T) {
	docs := fstest.MapFS{
		"bf.txt": {Data: []byte("澧汀县民政局关于印发《澧汀县救灾物资储备管理办法》的通知\n\n澧民发〔2023〕12号\n\n第八条　县救灾物资仓库每年6月15日前完成一次库存物资全面盘点。\n\n澧汀县民政局\n2023年3月2日\n")},
		"gz.txt": {Data: []byte("澧汀县民政局2026年工作要点\n\n一、社会救助\n全年实施临时救助不少于1500人次。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	now := time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)
	wantFound(t, eng, answer.Request{Q: "今年仓库物资盘点最迟啥时候前弄完", Now: now}, "6月15日前")
}

// "截止哪天" asks a deadline, which a rule writes as "…前完成": the item's
// sentence that sets it answers, though it repeats none of its words.
func TestDeadlineAskedAsCutoff(t *testing.T) {
	docs := fstest.MapFS{
		"zg.txt": {Data: []byte("澧汀县民政局关于档案专项检查问题整改情况的报告\n\n一、存在问题\n电子档案补录不及时，2025年新增档案中有312卷未补录进电子档案系统，电子档案与纸质档案不一致。\n二、整改措施\n（一）补录电子档案。对未录入的纸质档案逐卷扫描。由办公室负责，2026年5月20日前完成。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "电子档案补录截止哪天"}, "2026年5月20日前")
}

// A deadline is also written as the end a span runs to ("整改期限至
// 2026年6月30日"): asked as 最后期限 (截止时间), it answers.
func TestDeadlineWrittenAsSpanEnd(t *testing.T) {
	docs := fstest.MapFS{
		"zg2.txt": {Data: []byte("澧汀县民政局关于禾康养老院消防检查问题的处理意见\n\n一、检查情况\n5月12日检查发现禾康养老院2处安全出口堵塞、灭火器过期6具。\n二、处理意见\n（一）责令禾康养老院立即整改，整改期限至2026年6月30日。\n（二）整改期间暂停接收新入住老人。\n（三）全县养老机构于2026年7月10日前完成消防自查整改并报县民政局。\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "禾康养老院整改最后期限是哪天"}, "2026年6月30日")
}
