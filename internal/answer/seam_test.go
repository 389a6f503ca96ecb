package answer_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// A bigram across a glue character of the asker's wording ("查要" of
// "检查要准备多少钱") that the documents write once by chance ("检查要坚持
// 问题导向") is a seam, not a word: rare, it would weigh most and pull the
// answer to the sentence it happens to be in.
func TestSeamOfAskerWording(t *testing.T) {
	// A ledger that writes 查 before many other characters: 查要 is a
	// small share of what 查 does here, as in any real collection.
	words := []string{"检查组", "检查表", "检查点", "检查员", "检查结果", "检查记录", "检查清单", "检查内容", "检查方式", "检查频次", "检查对象", "检查范围", "查明", "查验", "查处", "查找", "查看", "查阅", "查封", "查实"}
	var log strings.Builder
	log.WriteString("柳河县2025年汛前检查台账\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&log, "第%d号山塘：%s已登记，%s另附，渗漏%d处。\n", i, words[i%len(words)], words[(i*7+3)%len(words)], i%4)
	}
	eng := &answer.Engine{Index: bundledWith(t, fstest.MapFS{
		"jc.txt":  {Data: []byte("柳河县2026年汛前安全大检查工作方案\n为全面排查汛前安全隐患，制定本方案。\n一、检查时间\n检查时间为2026年4月1日至4月30日。\n二、工作要求\n（一）压实责任。各乡镇要明确一名分管领导具体负责。\n（二）注重实效。检查要坚持问题导向，对发现的隐患逐一登记，限期整改。\n（三）保障经费。检查所需经费约3.2万元，从县应急专项经费中列支。\n柳河县应急管理局\n2026年3月20日\n")},
		"log.txt": {Data: []byte(log.String())},
	})}
	for _, q := range []string{"检查要准备多少钱", "这次检查要花掉多少钱"} {
		wantFound(t, eng, answer.Request{Q: q}, "3.2万元")
	}
}

// A word that asks names no document: "查出几个问题" asks a count, though a
// title writes "…几个问题的通知".
func TestAskingWordsNameNothing(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tz.txt": {Data: []byte("国务院关于粮食收购工作几个问题的通知\n各省、自治区、直辖市人民政府：\n现就粮食收购工作的几个问题通知如下：\n一、各地应于六月底前将收购计划报国家粮食局备案。\n二、收购资金由农业发展银行足额供应。\n三、收购计划共分3个批次下达。\n国务院\n1985年5月2日\n")},
		"sj.txt": {Data: []byte("柳河镇人民政府关于县审计局审计发现问题整改情况的报告\n县审计局：\n2025年10月，县审计局对我镇开展了专项审计，审计共发现8个问题，涉及金额126.5万元。\n一、整改进展\n截至目前，已完成整改6个，正在整改2个。\n柳河镇人民政府\n2026年1月10日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "审计一共查出几个问题"}, "8个问题")
}
