package plan

import (
	"testing"

	"github.com/gongwen/gongwen/internal/document"
)

func TestCheckApplies(t *testing.T) {
	zhuzhou := document.Meta{Org: "株洲市民政局", Year: 2021, Kind: document.KindPlan, PeriodStart: 2021, PeriodEnd: 2023}
	qingyuan := document.Meta{Org: "清远市民政局", Kind: document.KindPlan, PeriodStart: 2024, PeriodEnd: 2026}
	for _, tc := range []struct {
		name          string
		plan          document.Meta
		org           string
		year          int
		orgOK, period bool
	}{
		{"other city, expired", zhuzhou, "清远市清城区民政局", 2025, false, false},
		{"other city, in period", zhuzhou, "清远市清新区民政局", 2022, false, true},
		{"same office", zhuzhou, "株洲市民政局", 2022, true, true},
		{"same office, expired", zhuzhou, "株洲市民政局", 2024, true, false},
		{"superior office of the place", qingyuan, "清远市清城区民政局", 2025, true, true},
		{"superior, another department", qingyuan, "清远市清城区司法局", 2025, false, true},
		{"superior government", document.Meta{Org: "清远市人民政府", PeriodStart: 2021, PeriodEnd: 2025}, "清远市清城区民政局", 2025, true, true},
		{"province department", document.Meta{Org: "广东省民政厅", PeriodStart: 2021, PeriodEnd: 2025}, "广东省清远市清城区民政局", 2025, true, true},
		{"office named by place", qingyuan, "清城区", 2025, false, true},
		{"no office", qingyuan, "", 2025, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := CheckApplies(tc.plan, tc.org, tc.year)
			if a.OrgOK != tc.orgOK || a.PeriodOK != tc.period {
				t.Errorf("CheckApplies = org %v period %v (%v), want %v %v", a.OrgOK, a.PeriodOK, a.Reasons, tc.orgOK, tc.period)
			}
			if a.Applies() != (len(a.Reasons) == 0) {
				t.Errorf("reasons %v for applies=%v", a.Reasons, a.Applies())
			}
		})
	}
}
