package plan

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/zh"
)

// Applicability says whether a plan binds an office in a year: its items
// are tasks the office's report must answer to only when the plan's issuer
// is the office itself or a superior office of the same place, and its
// period covers the year. Otherwise the plan is another office's practice,
// to be read for reference only.
type Applicability struct {
	OrgOK    bool
	PeriodOK bool
	Reasons  []string // why not, in Chinese; empty when the plan applies
}

// Applies reports whether both org and period fit.
func (a Applicability) Applies() bool { return a.OrgOK && a.PeriodOK }

// placeRe reads the places an organization's name starts with: 清远市
// 清城区民政局 → 清远市, 清城区; 株洲市民政局 → 株洲市.
var placeRe = regexp.MustCompile(`^\p{Han}{1,8}?(?:省|自治区|市|自治州|州|盟|地区|区|县|旗|镇|乡|街道)`)

// splitOrg splits an organization's name into its places and its body (the
// department: 民政局, 人民政府, 司法局 …).
func splitOrg(org string) (places []string, body string) {
	s := zh.Normalize(strings.TrimSpace(org))
	for len(places) < 4 {
		m := placeRe.FindString(s)
		if m == "" || m == s {
			break
		}
		// "高新区社会事务管理局": a 区 inside a development zone's name is a place too.
		places = append(places, m)
		s = s[len(m):]
	}
	return places, s
}

// governments issue plans that bind every department of their place.
var governments = []string{"人民政府", "政府", "办公室", "办公厅", "委员会", "法治建设领导小组", "依法治"}

// CheckApplies checks plan p against the office org (an issuer name or a
// part of one, such as 清城区) and the year a report covers.
func CheckApplies(p document.Meta, org string, year int) Applicability {
	var a Applicability
	a.OrgOK = orgCovers(p.Org, org)
	if !a.OrgOK {
		who := strings.TrimSpace(org)
		if who == "" {
			who = "未指定的单位"
		}
		a.Reasons = append(a.Reasons, fmt.Sprintf("方案由%s制定，不是%s或其同地上级机关", orDefault(p.Org, "未知单位"), who))
	}
	start, end := p.PeriodStart, p.PeriodEnd
	if start == 0 && end == 0 {
		start, end = p.Year, p.Year
	}
	a.PeriodOK = year == 0 || start == 0 || (start <= year && (end == 0 || year <= end))
	if !a.PeriodOK {
		a.Reasons = append(a.Reasons, fmt.Sprintf("方案期限%s不含%d年", periodText(start, end), year))
	}
	return a
}

func orDefault(s, d string) string {
	if strings.TrimSpace(s) == "" {
		return d
	}
	return s
}

func periodText(start, end int) string {
	switch {
	case end == 0 || end == start:
		return fmt.Sprintf("%d年", start)
	default:
		return fmt.Sprintf("%d—%d年", start, end)
	}
}

// orgCovers: the plan's issuer is the office, or a superior office of the
// same place — its places a prefix of the office's and the same department
// (清远市民政局 covers 清远市清城区民政局), or the government of such a place.
func orgCovers(planOrg, office string) bool {
	planOrg, office = zh.Normalize(strings.TrimSpace(planOrg)), zh.Normalize(strings.TrimSpace(office))
	if planOrg == "" || office == "" {
		return false
	}
	if planOrg == office || strings.Contains(planOrg, office) && len(office) >= len("某某区") {
		return true
	}
	pp, pb := splitOrg(planOrg)
	op, ob := splitOrg(office)
	if len(pp) == 0 {
		return false
	}
	// An office named only by place ("清城区") is matched place by place.
	if len(op) == 0 {
		op, ob = []string{office}, ""
	}
	// The office may be named by a part of its places ("清城区" for
	// 清远市清城区民政局): align the plan's places at the end of the
	// office's that match.
	if len(pp) > len(op) {
		return false
	}
	for i, p := range pp {
		if op[i] != p {
			return false
		}
	}
	if ob == "" || deptOf(pb) == deptOf(ob) {
		return true
	}
	for _, g := range governments {
		if strings.HasSuffix(pb, g) || strings.HasPrefix(pb, g) {
			return true
		}
	}
	return false
}

// deptOf folds a department's level: 省民政厅 and 市民政局 are one line.
func deptOf(body string) string {
	return strings.TrimSuffix(strings.TrimSuffix(body, "厅"), "局")
}
