package answer_test

import (
	"context"
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

// "哪位副县长分管" asks for a person: in a 分工 the person heads the
// section ("三、李明(党委委员、副镇长)") and the lines under it say what
// is theirs; a line that names no one is answered with its heading.
func TestHolderInHeading(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fg.txt": {Data: []byte("青山镇人民政府关于调整镇领导班子成员工作分工的通知\n各村（社区），镇直各单位：\n因人事变动，经镇党委研究，现将镇领导班子成员工作分工调整如下：\n一、王刚(镇党委副书记、镇长)\n主持镇政府全面工作。\n分管党政综合办公室、财政所。\n联系东山村。\n二、李明(镇党委委员、副镇长)\n负责农业农村、水利、林业等方面工作。\n分管农业服务中心、水利站、林业站。\n联系西岭村、南坪村。\n三、赵芳(副镇长)\n负责民政、教育、卫生健康等方面工作。\n分管社会事务办公室、卫生院。\n联系北湾社区。\n四、工作要求\n各单位要按照分工，向分管或者联系的镇领导请示报告工作。\n青山镇人民政府\n2026年3月1日\n")},
		"bg.txt": {Data: []byte("青山镇2025年工作总结\n一、主要工作\n全年新修水渠12公里，水利站完成山塘除险加固5座。\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"水利站现在是哪个镇领导分管", "李明"},
		{"北湾社区归哪位副镇长联系", "赵芳"},
		{"卫生院找哪位领导请示工作", "赵芳"},
		{"水利这块工作是哪个镇领导负责", "李明"},
		{"财政所是哪位领导分管的", "王刚"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
	}
	// A line that names no person, under a heading that names none
	// ("四、工作要求"), does not answer which leader.
	for _, q := range []string{"水利上的事该向哪个镇领导报告"} {
		r, err := eng.Ask(context.Background(), answer.Request{Q: q})
		if err != nil || (r.Found && !strings.Contains(r.Answer, "李明")) {
			t.Errorf("%s: answered with no leader named: %v %s", q, err, r.Answer)
		}
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
