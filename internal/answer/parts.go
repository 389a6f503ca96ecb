package answer

import (
	"context"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// reClauseEnd splits a question into the questions it asks.
var reClauseEnd = regexp.MustCompile(`[?\x{ff1f}\x{ff1b};]+`)

// reSoftBreak separates two questions within a clause ("办公室设在哪,主任
// 谁当", "GDP多少 增长多少"); a side that asks nothing ("清城区民政局普法
// 宣传, 分别搞了多少场") is the subject of the side after it.
var reSoftBreak = regexp.MustCompile(`[,\x{ff0c}\s]+`)

// reAsks marks a clause that asks something.
var reAsks = regexp.MustCompile(`多少|几|哪|什么|啥|谁|怎么|如何|怎样|是否|吗|呢|多久|何时`)

// subQuestions splits "主动公开了多少条政府信息?通过哪些渠道公开?" into
// its questions. A clause that only asks who leads is answered from the
// plan records (appendRoles), not here.
func subQuestions(q string) []string {
	var out []string
	for _, c := range reClauseEnd.Split(q, -1) {
		// A side that asks nothing is the subject of the side after it.
		var sides []string
		subject := ""
		for _, s := range reSoftBreak.Split(strings.TrimSpace(c), -1) {
			if !reAsks.MatchString(s) {
				subject += s + " "
				continue
			}
			sides = append(sides, subject+s)
			subject = ""
		}
		if subject != "" && len(sides) > 0 {
			sides[len(sides)-1] += " " + subject
		}
		for _, s := range sides {
			s = strings.TrimSpace(s)
			if utf8.RuneCountInString(s) < 3 || !reAsks.MatchString(s) {
				continue
			}
			if rest := strings.TrimSpace(reWhoPart.ReplaceAllString(s, "")); utf8.RuneCountInString(rest) < 3 {
				continue
			}
			out = append(out, s)
		}
	}
	return out
}

// pickParts answers each part of a multi-part question within the scope
// the whole question set, and names the parts the documents do not answer.
func (e *Engine) pickParts(ctx context.Context, u understood, parts []string, sc scopeResult, now time.Time) ([]evidence, []string, error) {
	var picked []evidence
	var unanswered []string
	var first string
	for i, part := range parts {
		// The whole question's scope, the part's own kind of answer.
		pu := understand(e.Index, e.readableOrgs(nil), part, now)
		if len(u.named.docs) > 0 {
			// The words that named the documents are scope in each part.
			pu.topic = u.named.topicOf(u.q, part, pu)
		}
		su := u
		su.q, su.topic, su.asking = pu.q, pu.topic, pu.asking
		if i == 0 {
			first = su.topic
		} else {
			// "通过哪些渠道公开?" leaves its subject to the first part.
			su.topic = first + " " + su.topic
		}
		su.inWordsOf(sc.docs)
		evs, wt, err := gather(ctx, e.Index, su, sc.docs, searchDepth)
		if err != nil {
			return nil, nil, err
		}
		got := complete(pickAnswer(evs, su, wt, sc.yearSoft), su)
		if len(got) > 0 && i > 0 && allOf(got, func(ev evidence) bool { return sameUnit(picked, ev) }) {
			// A later part inherits the first one's subject, so the
			// sentence that answered the first scores high again: the
			// next that answers is this part's, if there is one; else
			// that sentence answers both.
			rest := filter(evs, func(ev evidence) bool { return !sameUnit(picked, ev) })
			if more := complete(pickAnswer(rest, su, wt, sc.yearSoft), su); len(more) > 0 {
				got = more
			}
		}
		if len(got) == 0 {
			unanswered = append(unanswered, strings.TrimSpace(su.topic))
			continue
		}
		for _, ev := range got {
			if !sameUnit(picked, ev) && (len(picked) == 0 || ev.doc.ID == picked[0].doc.ID) {
				picked = append(picked, ev)
			}
		}
	}
	if len(picked) == 0 {
		return nil, nil, nil
	}
	return picked, unanswered, nil
}

// sameUnit reports whether ev's answering unit overlaps one already picked
// (their quotes may share a sentence: 一是…;二是… are units of one).
func sameUnit(evs []evidence, ev evidence) bool {
	for _, o := range evs {
		if o.doc.ID == ev.doc.ID && o.start < ev.end && ev.start < o.end {
			return true
		}
	}
	return false
}

func allOf[T any](xs []T, f func(T) bool) bool {
	for _, x := range xs {
		if !f(x) {
			return false
		}
	}
	return true
}
