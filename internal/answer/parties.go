package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/zh"
)

// An agreement names its sides once, at its head ("出租方（甲方）：栖凤区恒达
// 置业有限公司"), and then writes only their labels: "甲方应在15个工作日内将
// 保证金无息退还乙方". Staff ask by role or by name — "房东多久得来修",
// "街道晚交房租违约金咋算" — words the agreement's clauses never write. A
// question that names a side is asked of its label too (inWordsOf).

// reSideDefined is a line at an agreement's head that defines a side: its
// label, the role it plays before or after the label in brackets, and its
// name ("出租方（甲方）：…", "甲方（委托方）：…", "甲方：…").
var reSideDefined = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(?:(\p{Han}{1,5}[方人])[ \t\x{3000}]*[（(][ \t\x{3000}]*)?([甲乙丙丁]方)(?:[ \t\x{3000}]*[)）])?(?:[ \t\x{3000}]*[（(][ \t\x{3000}]*(\p{Han}{1,5}[方人])[ \t\x{3000}]*[)）])?(?:[ \t\x{3000}]*(?:名称|姓名))?[ \t\x{3000}]*[:：][ \t\x{3000}]*(\p{Han}[^\s,，;；:：(（]{1,39})`)

// sideHeadBytes: sides are defined at an agreement's head.
const sideHeadBytes = 3000

// agreementSide is one side of an agreement: its label, the role it plays
// (出租方; "" when none is written) and its name.
type agreementSide struct{ label, role, name string }

// sidesOf are the sides an agreement defines at its head, none when it
// defines fewer than two; read once per document.
func sidesOf(d *index.StoredDoc) []agreementSide { return sidesMemo.get(d, readSides) }

var sidesMemo docMemo[[]agreementSide]

// readSides reads the sides an agreement defines at its head.
func readSides(d *index.StoredDoc) []agreementSide {
	end := min(len(d.Text), sideHeadBytes)
	for end < len(d.Text) && !utf8.RuneStart(d.Text[end]) {
		end++
	}
	head := d.Text[:end]
	if !strings.Contains(head, "甲方") || !strings.Contains(head, "乙方") {
		return nil
	}
	var out []agreementSide
	seen := map[string]bool{}
	for _, m := range reSideDefined.FindAllStringSubmatch(head, -1) {
		if seen[m[2]] {
			continue
		}
		seen[m[2]] = true
		role := m[1]
		if role == "" {
			role = m[3]
		}
		out = append(out, agreementSide{label: m[2], role: role, name: m[4]})
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// sideNamed is the label of the one side of an agreement in docs that
// topic names by its role (出租方, or as staff say it: 房东 for 出租人) —
// or, in an agreement the question names, by a word of its name no other
// side's name writes (禾丰, 街道 of 城南街道办事处) —, "" when it names
// none or several, or writes a label itself. Names are not read in the
// agreements the question does not name: "时间银行" names no bank that is
// a side of one, "全市养老机构" no 市民政局.
func sideNamed(topic string, docs, named []*index.StoredDoc, word func(string) bool) string {
	if strings.Contains(topic, "甲方") || strings.Contains(topic, "乙方") {
		return ""
	}
	var labels []string
	for _, d := range docs {
		sides := sidesOf(d)
		byName := slices.Contains(named, d)
		for i, s := range sides {
			if !slices.Contains(labels, s.label) && namesSide(topic, s, sides, i, byName, word) {
				labels = append(labels, s.label)
			}
		}
	}
	if len(labels) != 1 {
		return ""
	}
	return labels[0]
}

// saysRole reports whether topic writes role as a role of its own: not
// inside another side's longer role (委托方 in 受委托方), nor after 受, 被,
// 转 that make it another's (受委托方, 转租人).
func saysRole(topic, role string, sides []agreementSide, i int) bool {
	for at := 0; ; {
		k := strings.Index(topic[at:], role)
		if k < 0 {
			return false
		}
		k += at
		at = k + len(role)
		if before, _ := utf8.DecodeLastRuneInString(topic[:k]); k > 0 && strings.ContainsRune("受被转", before) {
			continue
		}
		if anyOf(sides, func(o agreementSide) bool {
			return o != sides[i] && len(o.role) > len(role) && strings.Contains(o.role, strings.TrimRight(role, "方人")) && strings.Contains(topic, o.role)
		}) {
			continue
		}
		return true
	}
}

// namesSide reports whether topic names side i of sides: by its role, or
// by its name when byName.
func namesSide(topic string, s agreementSide, sides []agreementSide, i int, byName bool, word func(string) bool) bool {
	if s.role != "" {
		stem := strings.TrimRight(s.role, "方人")
		if utf8.RuneCountInString(stem) >= 2 && (saysRole(topic, stem+"方", sides, i) || saysRole(topic, stem+"人", sides, i)) {
			return true
		}
		for _, t := range officialTerms {
			if (t.write == stem+"人" || t.write == stem+"方") && strings.Contains(topic, t.say) && !insideWord(topic, t.say, word) {
				return true
			}
		}
	}
	if !byName {
		return false
	}
	// A word of its name (two runes the documents write as a word) that
	// no other side's name has.
	for _, t := range zh.Tokens(topic) {
		if utf8.RuneCountInString(t) != 2 || !strings.Contains(s.name, t) || (word != nil && !word(t)) {
			continue
		}
		other := false
		for j, o := range sides {
			if j != i && strings.Contains(o.name, t) {
				other = true
			}
		}
		if !other {
			return true
		}
	}
	return false
}
