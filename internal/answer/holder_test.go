package answer_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// "哪个行业增长最快", "哪个项目长期停工" ask which thing, not which person:
// 增长 and 长期 hold no post (review 18).
func TestWhichThingIsNoPerson(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"tj.txt": {Data: []byte("柳河县2025年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值182.6亿元，比上年增长5.8%。\n二、分行业\n农业增加值增长3.1%，工业增加值增长7.9%，建筑业增加值增长2.2%，服务业增加值增长6.4%。在各行业中，工业增长最快。\n柳河县统计局\n2026年3月10日\n")},
		"zg.txt": {Data: []byte("柳河县住房和城乡建设局关于在建项目停工情况的通报\n各乡镇人民政府：\n经排查，县城污水处理厂扩建项目因资金不到位长期停工，已停工14个月。\n柳河县住房和城乡建设局\n2026年2月1日\n")},
	})
	for _, tc := range []struct{ q, want string }{
		{"哪个行业增长最快", "工业"},
		{"哪个产业增长最快", "工业"},
		{"哪个项目长期停工", "污水处理厂"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
	}
}

// Rosters are written many ways: "副镇长李明：负责…", headings "二、副镇长 李明"
// and "二、李明 副镇长" — each names whose the lines under it are; "主要负责
// 同志亲自抓" names nobody (review 18).
func TestRosterLayouts(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{"fg.txt": {Data: []byte("青山镇人民政府关于镇领导班子成员工作分工的通知\n各村（社区），镇直各单位：\n现将镇领导班子成员工作分工明确如下：\n镇长王刚：主持镇政府全面工作。分管党政综合办公室、财政所。联系东山村。\n副镇长李明：负责农业农村、水利、林业等方面工作。分管农业服务中心、水利站、林业站。联系西岭村、南坪村。\n副镇长赵芳：负责民政、教育、卫生健康等方面工作。分管社会事务办公室、卫生院。联系北湾社区。\n青山镇人民政府\n2026年3月1日\n")}})
	for _, tc := range []struct{ q, want string }{
		{"水利站是哪个镇领导分管", "李明"},
		{"北湾社区归哪位副镇长联系", "赵芳"},
		{"财政所是哪位领导分管的", "王刚"},
	} {
		wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
	}
	for _, heads := range [][3]string{
		{"一、镇长 王刚", "二、副镇长 李明", "三、副镇长 赵芳"},
		{"一、王刚 镇长", "二、李明 副镇长", "三、赵芳 副镇长"},
	} {
		eng := engineOver(t, fstest.MapFS{"fg.txt": {Data: []byte("白石镇人民政府关于镇领导班子成员工作分工的通知\n各村（社区）：\n现将分工明确如下：\n" + heads[0] + "\n主持镇政府全面工作，分管财政所。\n" + heads[1] + "\n负责农业农村、水利工作，分管水利站、林业站。\n" + heads[2] + "\n负责民政、教育工作，分管卫生院，联系北湾社区。\n四、工作要求\n各单位要主动向主要负责同志和分管领导请示报告。\n白石镇人民政府\n2026年3月1日\n")}})
		for _, tc := range []struct{ q, want string }{
			{"水利站是哪个镇领导分管", "李明"},
			{"卫生院归哪位副镇长管", "赵芳"},
		} {
			wantFound(t, eng, answer.Request{Q: tc.q}, tc.want)
		}
	}
}

// "东山镇是哪位县领导联系的", "水利局归哪位副县长分管": the town or the
// office named is what a leader is over, not
// whose documents answer — the county's 分工 names the leader, though the
// town's own report is the one the place names.
func TestPlaceALeaderIsOver(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"fg.txt": {Data: []byte("柳河县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n各乡镇人民政府，县直各单位：\n现将分工调整如下：\n一、陈立(县长)\n负责县政府全面工作。\n联系城关镇。\n二、周敏(副县长)\n负责农业农村、水利工作。\n分管县农业农村局、县水利局。\n联系东山镇、西岭乡。\n柳河县人民政府办公室\n2026年3月2日\n")},
		"ds.txt": {Data: []byte("东山镇人民政府2025年工作总结\n一、主要工作\n全年完成高标准农田建设1.2万亩，新修水渠8公里。\n二、存在问题\n村级集体经济薄弱。\n东山镇人民政府\n2026年1月8日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "东山镇归哪位县领导联系"}, "周敏")
	// So is a kind of office whose own documents do not say.
	eng = engineOver(t, fstest.MapFS{
		"fg.txt": {Data: []byte("柳河县人民政府办公室关于调整县政府领导班子成员工作分工的通知\n各乡镇人民政府，县直各单位：\n现将分工调整如下：\n一、陈立(县长)\n负责县政府全面工作。\n分管县审计局。\n二、周敏(副县长)\n负责农业农村、水利工作。\n分管县农业农村局、县水利局。\n柳河县人民政府办公室\n2026年3月2日\n")},
		"sl.txt": {Data: []byte("柳河县水利局2025年工作总结\n一、主要工作\n全年完成病险水库除险加固3座，新修水渠8公里。\n柳河县水利局\n2026年1月8日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "水利局归哪位副县长分管"}, "周敏")
}

// A 解读 is named by the document in its title: the 文号 of that document
// is the one its text gives where it cites it.
func TestNumberOfCitedDocument(t *testing.T) {
	eng := engineOver(t, fstest.MapFS{
		"jd.txt": {Data: []byte("《柳河县农村低保审核确认办法》政策解读\n近日，县民政局印发了《柳河县农村低保审核确认办法》（柳民发〔2025〕12号，以下简称《办法》），现解读如下。\n一问：为什么出台《办法》？\n答：原办法已到期。\n二问：《办法》从什么时候施行？\n答：自2025年7月1日起施行。\n柳河县民政局\n2025年6月20日\n")},
		"bg.txt": {Data: []byte("柳河县民政局2024年工作总结\n一、主要工作\n全年审核确认低保对象1260户。\n柳河县民政局\n2025年1月6日\n")},
	})
	wantFound(t, eng, answer.Request{Q: "低保审核确认办法是哪个文号"}, "的文号为柳民发〔2025〕12号")
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
