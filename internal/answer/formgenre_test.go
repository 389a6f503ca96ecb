package answer_test

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// Words many texts write as they stand ("养老院") are no abbreviation of a
// title whose word spreads them ("社区养老照护院" of an 议案): the question
// is about 养老院, answered from the 通知 that says it.
func TestCommonWordIsNoAbbreviation(t *testing.T) {
	docs := fstest.MapFS{
		"ya.txt": {Data: []byte("关于加快建设社区养老照护院的议案\n\n领衔代表：覃石松\n\n一、案据\n城区仅有2所社区养老照护院，床位120张。\n二、方案\n建议2027年底前每个街道建成1所。\n\n领衔代表：覃石松\n2026年1月6日\n")},
		"tz.txt": {Data: []byte("澧汀县民政局关于加强养老机构安全管理的通知\n\n澧民发〔2026〕12号\n\n各养老机构：\n一、严防涉老诈骗。外来人员在养老机构内开展讲座、义诊等活动，须提前3个工作日向所在乡镇（街道）报备。\n二、落实夜间值守制度。\n\n澧汀县民政局\n2026年2月3日\n")},
	}
	for _, i := range []string{"1", "2", "3", "4"} {
		docs["gs"+i+".txt"] = &fstest.MapFile{Data: []byte("澧汀县民政局关于第" + i + "批星级评定结果的公示\n\n经评定，城关养老院等" + i + "家养老院为二星级养老院。\n\n澧汀县民政局\n2026年" + i + "月8日\n")}
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "外面的人到养老院搞义诊要走什么手续"}, "提前3个工作日")
}

// "选联工委哪天交办的": a labelled opinion a body signs under a form
// (交办意见, 审查意见) is dated by its signature, when the question names
// that body; the document's own date (提出日期) is not the answer.
func TestSignedOpinionIsDated(t *testing.T) {
	docs := fstest.MapFS{
		"jy.txt": {Data: []byte("澧汀县第十八届人民代表大会第三次会议\n代表建议\n\n建议编号：第27号\n领衔代表：覃石松\n提出日期：2026年1月6日\n\n案由：关于加快建设乡镇区域养老服务中心的建议\n\n全县12个乡镇中仅4个建有区域养老服务中心，建议2027年底前实现乡镇全覆盖。\n\n领衔代表：覃石松\n2026年1月6日\n\n交办意见：经县人大常委会选联工委审查，交县民政局主办，县财政局协办。\n县人大常委会选联工委\n2026年2月3日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	wantFound(t, eng, answer.Request{Q: "选联工委什么时候审查交办这个建议"}, "2026年2月3日")
}

// "那个签报谁拟稿的": a form's label spaced out ("拟 稿 人：") is the word
// staff type (reviewer 51's 签报 and 提案).
func TestSpacedLabelAnswers(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/kinds"))}
	wantFound(t, eng, answer.Request{Q: "特困经费那个签报谁拟稿的"}, "隗丹青")
	wantFound(t, eng, answer.Request{Q: "呈批件经办人是谁"}, "滕晏清")
}

// "訾副县长对督查呈批件怎么批示的": the signer's line under a 批示 is read
// with the 批示 it signs, back to the label or the signer above
// (reviewer 51's 签报 and 呈批件: only the signature line was quoted).
func TestOpinionAboveItsSigner(t *testing.T) {
	eng := &answer.Engine{Index: bundledWith(t, os.DirFS("testdata/kinds"))}
	wantFound(t, eng, answer.Request{Q: "訾副县长对督查呈批件怎么批示的"}, "动真碰硬")
	wantFound(t, eng, answer.Request{Q: "庹县长在签报上怎么批的"}, "兜底工作")
}
