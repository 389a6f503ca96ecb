package document_test

import (
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/document"
)

// Genres of 公文 the parser was not written for keep their own title and
// the office they are of: a pleading headed by its genre alone and signed
// by a party above a person's field, an article whose source line is at
// its foot, a body's name over the year's matter.
func TestMetaOfUnseenGenres(t *testing.T) {
	tests := []struct {
		name, text, title, org string
	}{
		{
			name:  "起诉状",
			text:  "行政起诉状\n\n起诉人：澧汀县社会福利院，住所地澧汀县城关镇河西路6号。\n被起诉人：澧汀县城关镇人民政府。\n诉讼请求\n一、撤销被起诉人作出的限期拆除决定。\n事实与理由\n2025年5月，城关镇人民政府向起诉人送达限期拆除决定，城关镇人民政府认定起诉人的附属用房违法，城关镇人民政府未听取陈述申辩。\n此致\n澧汀县人民法院\n起诉人：澧汀县社会福利院（盖章）\n负责人：龚素言\n2025年6月3日\n证据目录\n1.限期拆除决定书，证明城关镇人民政府作出决定。\n2.不动产权证书，证明房屋合法。\n",
			title: "行政起诉状", org: "澧汀县社会福利院",
		},
		{
			name:  "公众号推文",
			text:  "天冷了！这份澧汀冬季防火“安全清单”请收好\n转给家里的老人\n\n澧汀民政  2025年12月2日\n\n入冬以来，我县养老机构用电量明显上升。如发现火情，可拨打县民政局值班电话或119。\n一、电热毯别整夜开\n老人使用电热毯，睡前关闭电源。\n二、楼道别充电\n电动自行车一律到集中充电点充电。\n\n来源：澧汀县民政局养老服务股\n编辑：戚晓岚\n审核：滕书言\n",
			title: "天冷了！这份澧汀冬季防火“安全清单”请收好", org: "澧汀县民政局",
		},
		{
			// A headline with a comma is an article's, not a sentence.
			name:  "推文标题带逗号",
			text:  "结婚离婚都能“跨省通办”了！澧汀人办婚姻登记，这份指南请收好\n\n澧汀民政  2025年11月3日\n\n从今年起，婚姻登记“跨省通办”在我县全面落地。\n一、哪些人可以办\n双方均非内地居民的除外。\n来源：澧汀县民政局婚姻登记股\n",
			title: "结婚离婚都能“跨省通办”了！澧汀人办婚姻登记，这份指南请收好", org: "澧汀县民政局",
		},
		{
			// A test paper: its subject with the year over its genre line.
			name:  "学法考试试题",
			text:  "禾川县司法局2026年度干部学法考试\n法律知识试题及答案\n\n说明：\n1.考试时间：2026年6月5日上午，共60分钟。\n一、单项选择题\n1.国家宪法日是每年的（　）。\nA.3月15日　B.12月4日\n禾川县司法局办公室\n2026年5月20日\n",
			title: "禾川县司法局2026年度干部学法考试法律知识试题及答案",
		},
		{
			// Addressed under 此致, signed by a person: the court is no
			// issuer.
			name:  "起诉状的此致",
			text:  "民事起诉状\n原告：覃石松，男，1950年2月1日出生。\n被告：澧汀县福安殡葬服务有限公司。\n诉讼请求\n判令被告退还多收费用1200元。\n此致\n澧汀县人民法院\n具状人：覃石松\n2025年12月1日\n",
			title: "民事起诉状",
		},
		{
			name:  "对照检查材料",
			text:  "中共澧汀县社会福利院支部委员会领导班子\n2025年度组织生活会对照检查材料\n\n根据县委组织部通知要求，现将对照检查情况报告如下。\n一、存在的问题\n（一）服务意识不强。部分护理员对老人诉求回应不及时。\n二、整改措施\n（一）建立老人诉求24小时回应制度。\n中共澧汀县社会福利院支部委员会\n2026年1月20日\n",
			title: "中共澧汀县社会福利院支部委员会领导班子2025年度组织生活会对照检查材料",
		},
		{
			// A team signs: its place is the one the text writes with the
			// level every time, not a verb before 区 (建议区…), and the
			// clause "听取了副区长…代表区人民政府" is no office.
			name:  "督查组报告",
			text:  "区政协调研组关于全区社区食堂运营情况的调研报告\n\n区政协：\n　　2026年3月，调研组听取了副区长祁望舒代表区人民政府所作的情况汇报，实地察看了《澄滨区社区食堂管理办法》落实情况。\n　　一、基本情况\n　　全区建成社区食堂23个。\n　　二、建议\n　　建议区民政局统筹布局。建议区财政局加大补助。建议区市场监管局加强检查。\n　　澄滨区社区食堂要坚持公益属性。\n\n区政协调研组\n2026年4月2日\n",
			title: "区政协调研组关于全区社区食堂运营情况的调研报告", org: "澄滨区政协调研组",
		},
		{
			name:  "检查组反馈",
			text:  "关于养老机构消防安全检查情况的反馈\n\n各养老机构：\n　　检查组于2026年5月对全县11家养老机构进行了检查，发现隐患27处。\n　　一、存在问题\n　　（一）部分机构消防通道堵塞。\n\n中共澧汀县委第二督查组\n2026年5月20日\n",
			title: "关于养老机构消防安全检查情况的反馈", org: "中共澧汀县委第二督查组",
		},
		{
			// A title broken before its last few characters (review 49).
			name:  "标题末行短",
			text:  "澧汀县民政局关于2025年度殡葬领域突出问题专项整治\n工作的报告\n\n　　2025年，全县开展专项整治，现将有关情况报告如下。\n　　一、整治成效\n　　清理散埋乱葬坟墓316座。\n\n澧汀县民政局\n2025年12月8日\n",
			title: "澧汀县民政局关于2025年度殡葬领域突出问题专项整治工作的报告", org: "澧汀县民政局",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m document.Meta
			document.DetectMeta(&m, tt.text, "x.txt")
			if m.Title != tt.title {
				t.Errorf("title %q, want %q", m.Title, tt.title)
			}
			if tt.org != "" && m.Org != tt.org {
				t.Errorf("org %q, want %q", m.Org, tt.org)
			}
			if strings.Contains(m.Org, "法院") {
				t.Errorf("org %q is whom it is addressed to", m.Org)
			}
		})
	}
}

// A title that is a genre's name alone yields to the file name staff gave
// the document when that names more (its parties).
func TestGenreTitleYieldsToFileName(t *testing.T) {
	var m document.Meta
	document.DetectMeta(&m, "民事起诉状\n原告：覃石松，男。\n被告：澧汀县福安殡葬服务有限公司。\n诉讼请求\n判令被告退还多收费用1200元。\n", "07_民事起诉状_覃石松诉福安殡葬公司.txt")
	if m.Title != "07_民事起诉状_覃石松诉福安殡葬公司" {
		t.Errorf("title %q", m.Title)
	}
	m = document.Meta{}
	document.DetectMeta(&m, "民事起诉状\n原告：覃石松，男。\n", "qisuzhuang.txt")
	if m.Title != "民事起诉状" {
		t.Errorf("title %q, want the genre line where the file name says nothing", m.Title)
	}
}

// A title set over two lines that names its year (2025年度…) is that
// year's, whatever year its text speaks of first.
func TestTwoLineTitleYear(t *testing.T) {
	var m document.Meta
	document.DetectMeta(&m, "中共澧汀县社会福利院支部委员会领导班子\n2025年度组织生活会对照检查材料\n\n2026年1月，按照县委组织部通知要求，现将对照检查情况报告如下。\n一、存在的问题\n服务意识不强。\n中共澧汀县社会福利院支部委员会\n2026年1月20日\n", "x.txt")
	if m.Year != 2025 {
		t.Errorf("year %d, want 2025", m.Year)
	}
}

// A 纪要 is of the day its meeting was held, whatever years its decisions
// look to, and was published the day its 版记 says it was printed
// (review 50).
func TestMinutesOfTheirDay(t *testing.T) {
	text := "澧汀县人民政府\n第十九次常务会议纪要\n\n〔2025〕19号\n\n2025年12月22日上午，县长龚素言主持召开第十九次县政府常务会议。纪要如下：\n一、关于调整特困人员供养标准\n会议同意自2026年1月1日起提高特困人员基本生活标准，要求县民政局于2026年1月15日前制定实施细则。\n二、关于2026年度县政府法律顾问聘用\n会议同意续聘澧汀律师事务所。\n出席：龚素言　卢远山\n澧汀县人民政府办公室\n2025年12月24日印发\n"
	var m document.Meta
	document.DetectMeta(&m, text, "x.txt")
	if m.Year != 2025 || m.Published != "2025-12-24" {
		t.Errorf("year %d, published %q; want 2025, 2025-12-24", m.Year, m.Published)
	}
}

// A form that labels its head's parts (呈批件, 议案) is named by the title
// under its fields or in its 案由 field, not by its mark; its number and
// date are the fields that say them, and its issuer the body its mark
// names before the genre.
func TestFormHeadFields(t *testing.T) {
	tests := []struct {
		name, text, title, number, date, org string
	}{
		{
			name:   "呈批件",
			text:   "澧汀县民政局呈批件\n\n呈批编号：澧民呈〔2026〕9号\n承办科室：社会事务股\n拟稿人：龚素言　　电话：5521846\n呈批日期：2026年3月4日\n\n关于召开2026年全县殡葬改革\n工作推进会的呈批件\n\n局领导：\n为推进殡葬改革，社会事务股拟于3月下旬召开推进会，会期半天，经费约0.8万元。\n妥否，请批示。\n\n局长批示：\n同意。\n滕书言　2026年3月5日\n",
			title:  "关于召开2026年全县殡葬改革工作推进会的呈批件",
			number: "澧民呈〔2026〕9号", date: "2026-03-04", org: "澧汀县民政局",
		},
		{
			name:   "议案",
			text:   "澧汀县第十八届人民代表大会第三次会议\n议　　案\n\n议案编号：第15号\n领衔代表：覃石松\n附议代表：卢远山　戚晓岚\n提出日期：2026年1月6日\n\n案由：关于加快建设乡镇区域养老服务中心的议案\n\n一、案据\n全县12个乡镇中仅4个建有区域养老服务中心。\n二、方案\n建议2027年底前实现乡镇全覆盖。\n\n领衔代表：覃石松\n2026年1月6日\n",
			title:  "关于加快建设乡镇区域养老服务中心的议案",
			number: "第15号", date: "2026-01-06",
		},
		{
			// Labels spaced out to the width of others (reviewer 51).
			name:   "提案，标签空格",
			text:   "政协澧汀县第十届委员会第四次会议\n提　　案\n\n提案编号：第031号\n提 案 人：卢远山\n界　　别：社会福利和社会保障界\n提交日期：2026年1月9日\n案　　由：关于加强农村留守老人关爱服务的提案\n\n一、现状\n全县农村留守老人约1.2万人。\n二、建议\n建立探访制度。\n",
			title:  "关于加强农村留守老人关爱服务的提案",
			number: "第031号", date: "2026-01-09", org: "政协澧汀县委员会",
		},
		{
			// Reviewer 52: the org was "此件交县民政局", a sentence's.
			name:   "代表建议",
			text:   "澧汀县第十八届人民代表大会第六次会议\n代表建议\n\n建议编号：第27号\n题    目：关于完善城乡公益性殡葬服务设施的建议\n领 衔 代 表：邬青禾\n提出日期：2026年1月10日\n\n我县目前仅有县殡仪馆1处。\n\n交办意见：\n    此件交县民政局主办，县财政局协办。\n                                        县人大常委会选联工委\n                                        2026年1月20日\n",
			title:  "关于完善城乡公益性殡葬服务设施的建议",
			number: "第27号", date: "2026-01-10", org: "澧汀县人民代表大会",
		},
	}
	for _, tt := range tests {
		var m document.Meta
		document.DetectMeta(&m, tt.text, "x.txt")
		if m.Title != tt.title || m.Number != tt.number || m.Date != tt.date || tt.org != "" && m.Org != tt.org {
			t.Errorf("%s: title %q number %q date %q org %q; want %q, %q, %q, %q", tt.name, m.Title, m.Number, m.Date, m.Org, tt.title, tt.number, tt.date, tt.org)
		}
	}
}
