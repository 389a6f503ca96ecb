package plan

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// ErrNoPlan means the index holds no plan document to take tasks from.
var ErrNoPlan = errors.New("索引中没有实施方案类文件")

// DocError says why a document argument named no single document; its
// message lists the candidates so staff can retry with an id.
type DocError struct {
	Arg        string
	Ambiguous  bool           // several documents matched
	Candidates []document.Ref // the matches, or the documents available when none matched
}

func (e *DocError) Error() string {
	var b strings.Builder
	if e.Ambiguous {
		fmt.Fprintf(&b, "“%s”对应多个文件,请用编号或更完整的标题指明:", e.Arg)
	} else {
		fmt.Fprintf(&b, "找不到文件“%s”。", e.Arg)
		if len(e.Candidates) > 0 {
			b.WriteString("可用的文件:")
		} else {
			b.WriteString("索引中没有可用的文件。")
		}
	}
	for _, c := range e.Candidates {
		fmt.Fprintf(&b, "\n  %s  %s", c.ID, c.Title)
	}
	return b.String()
}

// ResolveDoc finds the one document arg names: an exact id, an id prefix
// ("001"), or a substring of the title, org or file name. When several
// match and exactly one of them is of the wanted kind, that one is meant.
func ResolveDoc(ix *index.Index, arg string, kind document.Kind) (*index.StoredDoc, error) {
	return ResolveAmong(ix.Docs(), arg, kind)
}

// ResolveAmong is ResolveDoc among docs only: a caller's readable documents,
// so that neither the match nor the candidates an error lists can be a
// document the caller may not read.
func ResolveAmong(docs []*index.StoredDoc, arg string, kind document.Kind) (*index.StoredDoc, error) {
	arg = strings.TrimSpace(arg)
	for _, d := range docs {
		if d.ID == arg {
			return d, nil
		}
	}
	pick := func(ms []*index.StoredDoc) (*index.StoredDoc, error) {
		if len(ms) == 1 {
			return ms[0], nil
		}
		var ofKind []*index.StoredDoc
		for _, d := range ms {
			if kind != "" && d.Kind == kind {
				ofKind = append(ofKind, d)
			}
		}
		if len(ofKind) == 1 {
			return ofKind[0], nil
		}
		return nil, &DocError{Arg: arg, Ambiguous: true, Candidates: refs(ms)}
	}
	if arg != "" {
		var prefixed []*index.StoredDoc
		for _, d := range docs {
			if strings.HasPrefix(d.ID, arg) {
				prefixed = append(prefixed, d)
			}
		}
		if len(prefixed) > 0 {
			return pick(prefixed)
		}
		na := zh.Normalize(arg)
		var named []*index.StoredDoc
		for _, d := range docs {
			if strings.Contains(zh.Normalize(d.Title), na) || strings.Contains(zh.Normalize(d.Org), na) || strings.Contains(zh.Normalize(d.Source), na) {
				named = append(named, d)
			}
		}
		if len(named) > 0 {
			return pick(named)
		}
	}
	var avail []*index.StoredDoc
	for _, d := range docs {
		if kind == "" || d.Kind == kind {
			avail = append(avail, d)
		}
	}
	if len(avail) == 0 {
		avail = docs
	}
	return nil, &DocError{Arg: arg, Candidates: refs(avail)}
}

func refs(ds []*index.StoredDoc) []document.Ref {
	out := make([]document.Ref, len(ds))
	for i, d := range ds {
		out[i] = d.Ref()
	}
	return out
}

// PlanDocs returns the plan documents planID names, or every plan document
// in the index when planID is empty.
func PlanDocs(ix *index.Index, planID string) ([]*index.StoredDoc, error) {
	return PlanDocsAmong(ix.Docs(), planID)
}

// PlanDocsAmong is PlanDocs among docs only (see ResolveAmong).
func PlanDocsAmong(docs []*index.StoredDoc, planID string) ([]*index.StoredDoc, error) {
	if strings.TrimSpace(planID) != "" {
		d, err := ResolveAmong(docs, planID, document.KindPlan)
		if err != nil {
			return nil, err
		}
		return []*index.StoredDoc{d}, nil
	}
	var out []*index.StoredDoc
	for _, d := range docs {
		if d.Kind == document.KindPlan {
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		return nil, ErrNoPlan
	}
	return out, nil
}

// Items returns the tasks of the plan planID names (an id, id prefix or
// title substring), or of every plan document when planID is empty.
func Items(ix *index.Index, planID string) ([]PlanItem, error) {
	docs, err := PlanDocs(ix, planID)
	if err != nil {
		return nil, err
	}
	var out []PlanItem
	for _, d := range docs {
		items, _ := Tasks(d)
		out = append(out, items...)
	}
	return out, nil
}

// Requirements returns the work requirements of the same documents Items
// reads.
func Requirements(ix *index.Index, planID string) ([]Requirement, error) {
	docs, err := PlanDocs(ix, planID)
	if err != nil {
		return nil, err
	}
	var out []Requirement
	for _, d := range docs {
		_, reqs := Tasks(d)
		out = append(out, reqs...)
	}
	return out, nil
}

// ByLead returns the items one of whose lead units contains unit, compared
// after normalization: "办公室" finds the tasks of "局办公室".
func ByLead(items []PlanItem, unit string) []PlanItem {
	return byUnit(items, unit, func(it PlanItem) []string { return it.Lead })
}

// ByCoop returns the items one of whose cooperating units contains unit.
// Blanket units are taken literally: "人事科" does not match "各科室".
func ByCoop(items []PlanItem, unit string) []PlanItem {
	return byUnit(items, unit, func(it PlanItem) []string { return it.Coop })
}

func byUnit(items []PlanItem, unit string, units func(PlanItem) []string) []PlanItem {
	u := strings.ToLower(NormalizeUnit(unit))
	if u == "" {
		return items
	}
	var out []PlanItem
	for _, it := range items {
		for _, l := range units(it) {
			if strings.Contains(strings.ToLower(NormalizeUnit(l)), u) {
				out = append(out, it)
				break
			}
		}
	}
	return out
}

// ByGroup returns the items whose group number or group heading contains
// g: "三", "(三)", "（三）" and "依法履职" all find group (三).
func ByGroup(items []PlanItem, g string) []PlanItem {
	ng := strings.Join(strings.Fields(zh.Normalize(g)), "")
	if ng == "" {
		return items
	}
	bare := strings.Trim(ng, "()")
	var out []PlanItem
	for _, it := range items {
		no := strings.Trim(zh.Normalize(it.GroupNo), "()、. ")
		if no == bare || strings.Contains(zh.Normalize(it.Group), ng) {
			out = append(out, it)
		}
	}
	return out
}

// UnitCount is how many tasks one unit leads and cooperates on.
type UnitCount struct {
	Unit string `json:"unit"`
	Lead int    `json:"lead"`
	Coop int    `json:"coop"`
}

// CountByUnit counts, per unit, the items it leads and those it cooperates
// on; busiest units first (by lead, then coop, then name).
func CountByUnit(items []PlanItem) []UnitCount {
	m := map[string]*UnitCount{}
	get := func(u string) *UnitCount {
		c, ok := m[u]
		if !ok {
			c = &UnitCount{Unit: u}
			m[u] = c
		}
		return c
	}
	for _, it := range items {
		for _, u := range it.Lead {
			get(u).Lead++
		}
		for _, u := range it.Coop {
			get(u).Coop++
		}
	}
	out := make([]UnitCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Lead != b.Lead {
			return a.Lead > b.Lead
		}
		if a.Coop != b.Coop {
			return a.Coop > b.Coop
		}
		return a.Unit < b.Unit
	})
	return out
}
