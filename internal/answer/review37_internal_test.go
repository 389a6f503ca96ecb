package answer

import "testing"

// TestFirmAskedByTrade: 公司 after 哪家/哪个 and a trade asks for a company
// by name; a question about companies in general does not (review).
func TestFirmAskedByTrade(t *testing.T) {
	for q, want := range map[string]bool{
		"车子最后交给哪家拆解公司":  true,
		"是哪家检测公司鉴定的":    true,
		"哪家公司中标的":       true,
		"什么情况下公司可以申请补贴": false,
		"什么样的公司可以申请补贴":  false,
		"哪个部门管公司注册":     false,
		"什么是物业公司":       false,
	} {
		if got := reFirmAsked.MatchString(q); got != want {
			t.Errorf("%s: firm asked %v, want %v", q, got, want)
		}
	}
}

// TestPhoneStated: a number to call, not an account, an ID number or a
// sum (review).
func TestPhoneStated(t *testing.T) {
	for text, want := range map[string]bool{
		"联系电话：0391-6612345":        true,
		"联系人：邹静  联系电话：13907363258": true,
		"手机：139****6602":           true,
		"可拨打12345政务服务便民热线":         true,
		"开户账号：6228480018765432101": false,
		"身份证号：530102********1234":  false,
		"补助金额：12800\n":             false,
		"《关于同意成立的批复》（崞文联〔2025〕4号）": false,
	} {
		if got := rePhoneStated.MatchString(text); got != want {
			t.Errorf("%q: phone %v, want %v", text, got, want)
		}
	}
}

// TestNamesPost: a post, not the 委员 of a 委员会 (review).
func TestNamesPost(t *testing.T) {
	for text, want := range map[string]bool{"报分管副局长审批": true, "报村民委员会审议": false, "由主任委员签署": true} {
		if got := namesPost(text); got != want {
			t.Errorf("%s: post %v, want %v", text, got, want)
		}
	}
}

// TestVerdictClause: a verdict ends its sentence as a clause of its own
// (review).
func TestVerdictClause(t *testing.T) {
	for text, want := range map[string]bool{
		"（一）关于伙食标准低的问题，部分属实。": true,
		"（五）关于克扣零用钱的问题，不属实。":  true,
		"经核查，反映情况查无实据。":       true,
		"对举报属实的，给予奖励。":        false,
		"确属实际困难的，可以缓交。":       false,
	} {
		if got := reVerdict.MatchString(text); got != want {
			t.Errorf("%s: verdict %v, want %v", text, got, want)
		}
	}
}
