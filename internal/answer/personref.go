package answer

import (
	"regexp"
	"slices"
	"strings"
)

// rePostRef is a person as staff call one: a surname and a post (卜县长,
// 龙副县长, 莫股长).
var rePostRef = regexp.MustCompile(`(\p{Han})(副?(?:县长|市长|区长|镇长|乡长|局长|主任|书记|部长|院长|所长|站长|股长|科长|主席))`)

// namedPerson rewrites "卜县长分管哪些部门" as "卜振涛分管哪些部门" when the
// readable documents name exactly one person of that surname with that
// post — "卜振涛(县政府副县长)", "副县长卜振涛同志" — for the documents
// write the name, not the way staff address its bearer.
func (e *Engine) namedPerson(q string, allow func(string) bool) string {
	for _, m := range rePostRef.FindAllStringSubmatch(q, -1) {
		surname, post := m[1], m[2]
		re := regexp.MustCompile(regexp.QuoteMeta(surname) + `(\p{Han}{1,2})(?:[(（][^)）\n]{0,24}` + regexp.QuoteMeta(post) + `|同志[^\n]{0,6}` + regexp.QuoteMeta(post) + `)|` +
			regexp.QuoteMeta(post) + regexp.QuoteMeta(surname) + `(\p{Han}{1,2})(?:同志|[,，、。;；:：\s(（])`)
		var names []string
		for _, d := range e.Index.Docs() {
			if allow != nil && !allow(d.ID) {
				continue
			}
			if !strings.Contains(d.Text, post) || !strings.Contains(d.Text, surname) {
				continue
			}
			for _, n := range re.FindAllStringSubmatch(d.Text, -1) {
				name := surname + n[1] + n[2]
				if !slices.Contains(names, name) {
					names = append(names, name)
				}
			}
		}
		if len(names) == 1 {
			q = strings.Replace(q, m[0], names[0], 1)
		}
	}
	return q
}
