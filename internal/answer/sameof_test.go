package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "公安那头的呢" after "通知的联系人是谁" asks the same of the 公安 contact:
// the clause the earlier answer quoted, which its words match best,
// answers it only if it writes 公安.
func TestFollowUpAsksTheSameOfAnother(t *testing.T) {
	docs := fstest.MapFS{
		"tongzhi.txt": {Data: []byte("溆川县民政局关于开展打击整治养老诈骗专项行动的通知\n各乡镇人民政府：\n为守护老年人“钱袋子”，决定在全县开展专项行动。\n一、行动时间\n2026年3月至2026年10月。\n二、工作要求\n各乡镇要逐一排查辖区养老机构。\n联系人：县民政局养老服务股甄若溪，电话0745-6621305；\n县公安局经侦大队蔺修远，电话0745-6628110。\n\n附件：养老诈骗线索登记表\n溆川县民政局\n2026年3月2日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	hist := []answer.Turn{{Q: "打击养老诈骗通知的联系人是谁 电话多少"}}
	wantFound(t, eng, answer.Request{Q: "公安那头的呢", History: hist}, "蔺修远")
}
