package outline

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// maxBulletRunes bounds a condensed bullet: an outline point is a line, the
// full sentence stays in the citation.
const maxBulletRunes = 80

var (
	enumRe    = regexp.MustCompile(`^(?:主要(?:是|有|表现在)[:：]?\s*)?[一二三四五六七八九十]是[,，:：]?`)
	connRe    = regexp.MustCompile(`^(?:另外|此外|同时|其次|首先|最后|其中)[,，]`)
	numMarkRe = regexp.MustCompile(`^(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．])`)
	clauseCut = ",，;；:：、"
)

// condense turns a verbatim sentence into a bullet: enumerators, numbering
// and connectives dropped, the closing stop removed, and long sentences cut
// at a clause boundary. It never adds words, so every figure it keeps is in
// the cited passage.
func condense(s string) string {
	s = stripLead(s)
	s = strings.TrimRight(s, "。;；,，.、 ")
	if utf8.RuneCountInString(s) <= maxBulletRunes {
		return s
	}
	rs := []rune(s)
	cut := -1
	for i := maxBulletRunes; i > maxBulletRunes/3; i-- {
		if strings.ContainsRune(clauseCut, rs[i]) {
			cut = i
			break
		}
	}
	if cut < 0 {
		cut = maxBulletRunes
	}
	return string(rs[:cut]) + "……"
}

// stripLead drops a sentence's enumerators, numbering and connectives.
func stripLead(s string) string {
	s = strings.TrimSpace(s)
	for changed := true; changed; {
		changed = false
		for _, re := range []*regexp.Regexp{enumRe, connRe, numMarkRe} {
			m := re.FindString(s)
			if m == "" {
				continue
			}
			if re == numMarkRe && len(s) > len(m) && s[len(m)] >= '0' && s[len(m)] <= '9' {
				continue // "9.5" is a date, not numbering
			}
			s = strings.TrimSpace(s[len(m):])
			changed = true
		}
	}
	return s
}
