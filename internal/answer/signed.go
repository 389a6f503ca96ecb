package answer

import (
	"regexp"
	"strings"
)

// A form's opinion ("主管部门（县民政局）审核意见：经审核，…") is closed by
// the line of whoever gave it and the day ("汶溪县民政局（盖章）  2025年5月9
// 日", "负责人（签字）：柯立新  2025年4月28日"). "民政局审核意见是哪天签的"
// asks of that day: the opinion's words match the question, the line that
// dates it does not, so it stands as a passage of its own right before the
// opinion, a little higher.

// maxSignedLook bounds the passages whose signed day is looked for, and
// maxSignedLines the lines between an opinion's words and its signed day.
const (
	maxSignedLook  = 6
	maxSignedLines = 8
)

// reSignedDay is a line that ends with the day it was signed: a name, a
// seal or a post before it, never a sentence (no 。).
var reSignedDay = regexp.MustCompile(`^[^。；;]{0,40}?` + dayPattern + `[ \t\x{3000}]*$`)

// reOpinionOpens is the label an opinion of a form opens its line with, its
// words after it or on the lines below: "主管部门（县民政局）审核意见：",
// "社会组织管理股意见：同意。", "领导批示：" (reOpinionLabel reads one
// with no brackets in its label).
var reOpinionOpens = regexp.MustCompile(`^[ \t\x{3000}]*[^。，,；;\n]{0,24}?(?:意见|批示)[:：]`)

// reDeadlineDay is a day an opinion sets for what is to be done ("应于
// 2025年5月10日前完成补正"): no day it was given on.
var reDeadlineDay = regexp.MustCompile(`(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:前|之前|以前|内)`)

// signedDays adds, for a question of when, the signed day of each opinion
// among the first passages that states no day of its own (a day it sets
// for what is to be done aside).
func signedDays(evs []evidence, u understood) []evidence {
	if !u.when {
		return evs
	}
	days := map[int]evidence{} // by the index of the opinion it dates
	var found []evidence
	for i, ev := range evs {
		if i >= maxSignedLook {
			break
		}
		if statesDay(reDeadlineDay.ReplaceAllString(ev.says(), "")) || !inOpinion(ev) {
			continue
		}
		if day, ok := signedDayAfter(ev); ok && !overlaps(found, day) {
			days[i] = day
			found = append(found, day)
		}
	}
	if len(days) == 0 {
		return evs
	}
	// Each day stands right before its opinion, a little higher: a day the
	// opinion sets is no day it was given on. Where the search found the
	// line itself lower down, it moves up.
	var out []evidence
	for i, ev := range evs {
		if overlaps(found, ev) {
			continue
		}
		if day, ok := days[i]; ok {
			day.score = ev.score + signedLead
			out = append(out, day)
		}
		out = append(out, ev)
	}
	return out
}

// signedLead sets an opinion's signed day above the opinion.
const signedLead = 0.001

// inOpinion reports whether ev stands in an opinion of a form: the line it
// starts on opens with an opinion's label, or the line before is one alone.
func inOpinion(ev evidence) bool {
	t := ev.doc.Text
	from := lineStartAt(t, ev.start)
	if reOpinionOpens.MatchString(t[from:lineEndAt(t, from)]) {
		return true
	}
	if from == 0 {
		return false
	}
	// The line before is a label alone, its words on this line.
	prev := t[lineStartAt(t, from-1) : from-1]
	m := reOpinionOpens.FindStringIndex(prev)
	return m != nil && strings.TrimSpace(prev[m[1]:]) == ""
}

// signedDayAfter is the line after ev, within its paragraph and before
// the next opinion, that signs and dates it.
func signedDayAfter(ev evidence) (evidence, bool) {
	t := ev.doc.Text
	at := lineEndAt(t, ev.end)
	for n := 0; n < maxSignedLines && at < len(t); n++ {
		at++ // the newline
		end := lineEndAt(t, at)
		line := strings.TrimSpace(t[at:end])
		if line == "" || reOpinionOpens.MatchString(line) {
			break
		}
		if reSignedDay.MatchString(line) {
			a := at + len(t[at:end]) - len(strings.TrimLeft(t[at:end], " \t\u3000"))
			return ev.unit(ev.path, a, end), true
		}
		at = end
	}
	return evidence{}, false
}
