package answer

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// reDistributive asks the same of each of several things: "A和B各要花多少
// 钱", "A、B分别是哪个单位出的".
var reDistributive = regexp.MustCompile(`各自|各|分别`)

// reWhichFirst asks which of several documents came first: its verb
// (出, 印发, 发) is asked of each.
var reWhichFirst = regexp.MustCompile(`(?:哪个|哪一个|哪份|谁)(?:最)?(?:先|早|晚|后)(出台|印发|下发|发布|出|发|报|写|签)?`)

// reItemJoin joins the things a distributive question asks of.
var reItemJoin = regexp.MustCompile(`和|跟|与|及|、`)

// reYearThing is a year among the things asked of.
var reYearThing = regexp.MustCompile(`(?:19|20)?\d{2}\s*年`)

// minItemRunes: a thing asked of says at least this much ("城市和农村各
// 多少" asks of 城市 and 农村).
const minItemRunes = 2

// distributedParts splits a question that asks the same of several things
// into one question per thing — "养老中心和防汛演练各要花多少钱" is
// "养老中心要花多少钱" and "防汛演练要花多少钱" — or returns nil. Each
// thing may be another document's, so each is asked on its own: its own
// scope, its own named document.
func distributedParts(q string) []string {
	var out []string
	split := false
	for _, c := range reClauseEnd.Split(q, -1) {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		loc := reDistributive.FindStringIndex(c)
		var rest string
		first := false
		if m := reWhichFirst.FindStringSubmatchIndex(c); m != nil && (loc == nil || m[0] < loc[0]) {
			// "A和B哪个先出的" asks each one's date: "A哪天出的".
			loc, first = m[:2], true
			verb := ""
			if m[2] >= 0 {
				verb = c[m[2]:m[3]]
			}
			rest = "哪天" + verb + c[m[1]:]
		} else if loc != nil {
			rest = c[loc[1]:]
		} else {
			out = append(out, c)
			continue
		}
		// "…哪个先出的 日期各是哪天": what follows a break restates it.
		if br := reSoftBreak.FindStringIndex(strings.TrimSpace(rest)); br != nil && br[0] > 0 {
			rest = strings.TrimSpace(rest)[:br[0]]
		}
		items := reItemJoin.Split(strings.TrimSpace(c[:loc[0]]), -1)
		// Years joined ("2015年和2019年GDP分别多少") are one office's
		// reports, each answering (byYear): not things of their own.
		if reYearThing.MatchString(c[:loc[0]]) {
			out = append(out, c)
			continue
		}
		// "A批复和B批复的国函文号各是多少": what the last thing's 的 is
		// followed by is asked of each, when the first has no 的 of its
		// own ("A表彰的先进个人和B培训的优秀学员" asks of two).
		if n := len(items); n >= 2 && !first && !strings.Contains(items[0], "的") {
			if i := strings.LastIndex(items[n-1], "的"); i > 0 {
				rest = items[n-1][i+len("的"):] + rest
				items[n-1] = items[n-1][:i]
			}
		}
		ok := len(items) >= 2 && reAsks.MatchString(rest)
		for _, it := range items {
			ok = ok && utf8.RuneCountInString(strings.TrimSpace(it)) >= minItemRunes
		}
		if !ok {
			out = append(out, c)
			continue
		}
		split = true
		for _, it := range items {
			out = append(out, strings.TrimSpace(it)+rest)
		}
	}
	if !split {
		return nil
	}
	return out
}

// reMark is a citation mark in an answer.
var reMark = regexp.MustCompile(`\[(\d+)\]`)

// askDistributed answers each part of a distributive question on its own
// and joins the answers, their citations numbered on; a part none answers
// is named as not found. It reports false when no part is answered.
func (e *Engine) askDistributed(ctx context.Context, req Request, parts []string) (*Response, bool, error) {
	out := &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}}
	var b strings.Builder
	for _, p := range parts {
		sub := req
		sub.Q = p
		r, err := e.ask(ctx, sub)
		if err != nil {
			return nil, false, err
		}
		if !r.Found {
			fmt.Fprintf(&b, "关于“%s”,资料中未找到明确说法。", p)
			continue
		}
		off := len(out.Citations)
		b.WriteString(reMark.ReplaceAllStringFunc(r.Answer, func(m string) string {
			n, _ := strconv.Atoi(m[1 : len(m)-1])
			return "[" + strconv.Itoa(n+off) + "]"
		}))
		for _, c := range r.Citations {
			c.N += off
			out.Citations = append(out.Citations, c)
		}
		out.Found = true
		if out.Scope.Question == "" {
			out.Scope = r.Scope
		}
	}
	out.Answer = b.String()
	return out, out.Found, nil
}
