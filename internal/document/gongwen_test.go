package document

import "testing"

// TestParseHead reads formal heads written the ways 公文 arrive: a title
// wrapped over lines, spaced-out characters, an order, a reply addressed to
// a person, the date in Chinese numerals, a report with no formal head.
func TestParseHead(t *testing.T) {
	cases := []struct {
		name, text string
		want       Head
		kind       Kind
		ok         bool
	}{
		{"wrapped title, 主送 is not the issuer",
			"省民政厅关于印发全省养老服务\n体系建设三年行动方案的通知\n粤民发〔2023〕12号\n各地级以上市民政局：\n现将方案印发给你们。\n省民政厅\n2023年3月8日\n",
			Head{Title: "省民政厅关于印发全省养老服务体系建设三年行动方案的通知", Number: "粤民发〔2023〕12号", Addressee: "各地级以上市民政局", Issuer: "省民政厅", Date: "2023-03-08"}, KindPlan, true},
		{"spaced title of a 函 carrying a 预案",
			"市政府办公室关于印发\n防 汛 应 急 预 案 的 函\n清府办函[2021]7号\n各区人民政府：\n正文。\n清远市人民政府办公室\n二〇二一年五月十日\n",
			Head{Title: "市政府办公室关于印发防汛应急预案的函", Number: "清府办函〔2021〕7号", Addressee: "各区人民政府", Issuer: "市政府办公室", Date: "2021-05-10"}, KindPolicy, true},
		{"reply to a person, signature gives the date",
			"区政府办公室对区政协第12号提案的答复\n区府办函〔2020〕3号\n张三委员：\n您的提案收悉。\n区政府办公室\n二〇二〇年十月二十八日\n",
			Head{Title: "区政府办公室对区政协第12号提案的答复", Number: "区府办函〔2020〕3号", Addressee: "张三委员", Issuer: "区政府办公室", Date: "2020-10-28"}, KindReply, true},
		{"an order",
			"中华人民共和国国务院令\n第700号\n现公布《殡葬管理条例》，自公布之日起施行。\n总理 某某\n2012年11月9日\n殡葬管理条例\n第一条 为了加强殡葬管理…\n",
			Head{Title: "殡葬管理条例", Number: "国务院令第700号", Issuer: "国务院", Date: "2012-11-09"}, KindPolicy, true},
		{"GB/T 9704 order: issuer's mark, 文号, 签发人, title, 主送",
			"禾坪县人民政府办公室\n禾政办函〔2025〕12号\n签发人:李明\n关于对县人大代表第8号建议\n的答复\n张华代表:\n您的建议收悉。\n联系单位:县交通运输局\n禾坪县人民政府办公室\n2025年7月2日\n",
			Head{Title: "关于对县人大代表第8号建议的答复", Number: "禾政办函〔2025〕12号", Addressee: "张华代表", Issuer: "禾坪县人民政府办公室", Date: "2025-07-02"}, KindReply, true},
		{"GB/T 9704 order, a long title on one line",
			"松岭市人民政府办公室\n松政办发〔2025〕7号\n松岭市人民政府办公室关于印发松岭市推进城乡生活垃圾分类和资源化利用三年行动方案(2025—2027年)的通知\n各县(市、区)人民政府:\n现印发给你们。\n松岭市人民政府办公室\n2025年2月18日\n",
			Head{Title: "松岭市人民政府办公室关于印发松岭市推进城乡生活垃圾分类和资源化利用三年行动方案(2025—2027年)的通知", Number: "松政办发〔2025〕7号", Addressee: "各县(市、区)人民政府", Issuer: "松岭市人民政府办公室", Date: "2025-02-18"}, KindPlan, true},
		{"a 文件 mark",
			"禾坪市人民政府文件\n禾府〔2025〕3号\n禾坪市人民政府关于印发禾坪市防汛应急预案的通知\n各县(区)人民政府:\n现印发给你们。\n禾坪市人民政府\n2025年4月1日\n",
			Head{Title: "禾坪市人民政府关于印发禾坪市防汛应急预案的通知", Number: "禾府〔2025〕3号", Addressee: "各县(区)人民政府", Issuer: "禾坪市人民政府", Date: "2025-04-01"}, KindPolicy, true},
		{"a form served on a party: issuer's line, the form's name, 文号",
			"柏溪县应急管理局\n行政处罚决定书\n柏应急罚〔2025〕9号\n当事人:柏溪县某某建材有限公司\n经查,当事人未按规定开展安全培训。\n柏溪县应急管理局\n2025年6月3日\n",
			Head{Title: "柏溪县应急管理局行政处罚决定书", Number: "柏应急罚〔2025〕9号", Issuer: "柏溪县应急管理局", Date: "2025-06-03"}, KindPolicy, true},
		{"a 纪要 numbered by year alone, dated on the line under the number",
			"柏溪县人民政府常务会议纪要\n〔2025〕11号\n柏溪县人民政府办公室　　　　2025年5月8日\n5月6日,县长主持召开常务会议。现将会议议定事项纪要如下:\n一、关于防汛工作\n",
			Head{Title: "柏溪县人民政府常务会议纪要", Number: "〔2025〕11号", Date: "2025-05-08"}, KindPolicy, true},
		{"a report without a formal head",
			"清城区民政局2024年法治政府建设工作报告\n2024年,我局坚持以习近平法治思想为指导。\n一、工作情况\n",
			Head{}, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := ParseHead(c.text)
			if ok != c.ok {
				t.Fatalf("ok = %v, want %v (%+v)", ok, c.ok, got)
			}
			if !ok {
				return
			}
			if got != c.want {
				t.Errorf("got  %+v\nwant %+v", got, c.want)
			}
			if k := kindOfTitle(got.Title); k != c.kind {
				t.Errorf("kind %q, want %q", k, c.kind)
			}
		})
	}
}
