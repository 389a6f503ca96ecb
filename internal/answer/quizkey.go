package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// A 学法考试 paper or a 知识竞赛 题库 numbers its questions, each a stem with
// a blank ("4.…自（　）起施行。") and its options under it ("A.2023年9月1日
// B.2024年1月1日"), and keeps the answers apart in a key after them ("参考
// 答案" over "1.A　2.B　3.C…", "15.AB", "24.×"). A passage that is such a
// question says nothing of its answer: the key's entry for its number is
// read with it, with the options it names.

// reQuizStem is a numbered question with a blank to fill.
var reQuizStem = regexp.MustCompile(`^[ \t\x{3000}]*(\d{1,3})\s*[.．、]\s*\S[^\n]*[（(][ \t\x{3000}]*[)）]`)

// reQuizOption is one option of a question: "B.2024年1月1日".
var reQuizOption = regexp.MustCompile(`([A-H])\s*[.．、]\s*([^\n\x{3000}\t]+?)(?:[ \t\x{3000}]+|$)`)

// reKeyHeading is the line the key starts under: 参考答案, 答案及评分标准.
var reKeyHeading = regexp.MustCompile(`(?m)^[ \t\x{3000}]*(?:[一二三四五六七八九十]+、)?\s*(?:参考)?答案(?:及评分标准|与解析|及解析)?[ \t\x{3000}：:]*$`)

// maxStemLines bounds how far above an option line its stem stands.
const maxStemLines = 6

// quizNumber is the number of the question whose stem or options hold
// offset at, 0 when it stands in none; stemStart is where its stem begins.
func quizNumber(text string, at int) (n, stemStart int) {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	for k := 0; k <= maxStemLines && ls >= 0; k++ {
		line := text[ls:lineEndAt(text, ls)]
		if m := reQuizStem.FindStringSubmatch(line); m != nil {
			n, _ = strconv.Atoi(m[1])
			return n, ls
		}
		if k > 0 && !reQuizOption.MatchString(strings.TrimSpace(line)) {
			return 0, 0 // past the options, no stem above
		}
		if ls == 0 {
			break
		}
		ls = strings.LastIndexByte(text[:ls-1], '\n') + 1
	}
	return 0, 0
}

// quizKey finds the key's entry for question n: its span in text and the
// answer it gives (letters, √ or ×).
func quizKey(text string, n int) (start, end int, key string) {
	loc := reKeyHeading.FindAllStringIndex(text, -1)
	if len(loc) == 0 {
		return 0, 0, ""
	}
	from := loc[0][1]
	body := text[from:]
	for _, m := range reKeyEntry.FindAllStringSubmatchIndex(body, -1) {
		// An entry stands apart: after a separator or a line's start
		// ("1.A　2.B"), not inside a longer number ("11.A" for 1).
		if m[0] > 0 && !isKeySeparator(body[:m[0]]) {
			continue
		}
		if k, _ := strconv.Atoi(body[m[2]:m[3]]); k == n {
			return from + m[0], from + m[1], body[m[4]:m[5]]
		}
	}
	return 0, 0, ""
}

// reKeyEntry is one entry of a key: "15.AB", "24.×".
var reKeyEntry = regexp.MustCompile(`(\d{1,3})\s*[.．、]\s*([A-H]{1,8}|[√×✓✗])`)

// isKeySeparator reports whether what precedes a key entry ends in what
// keeps entries apart: a space, a line break or a comma.
func isKeySeparator(before string) bool {
	r, _ := utf8.DecodeLastRuneInString(before)
	return unicode.IsSpace(r) || strings.ContainsRune("，,；;：:", r)
}

// optionsOf maps the letters of the question at stemStart to their text.
func optionsOf(text string, stemStart int) map[string]string {
	out := map[string]string{}
	at := lineEndAt(text, stemStart) + 1
	for k := 0; k < maxStemLines && at < len(text); k++ {
		end := lineEndAt(text, at)
		line := strings.TrimSpace(text[at:end])
		if line == "" || reQuizStem.MatchString(line) || !reQuizOption.MatchString(line) {
			break
		}
		for _, m := range reQuizOption.FindAllStringSubmatch(line, -1) {
			out[m[1]] = strings.TrimSpace(m[2])
		}
		at = end + 1
	}
	return out
}

// appendKeys reads the key's answer with each picked passage that is a
// numbered question of a test paper, citing the key's entry.
func (e *Engine) appendKeys(resp *Response, picked []evidence) {
	seen := map[string]bool{}
	for _, ev := range picked {
		d := ev.doc
		n, stem := quizNumber(d.Text, ev.start)
		if n == 0 {
			continue
		}
		if k := fmt.Sprintf("%s:%d", d.ID, n); seen[k] {
			continue
		} else {
			seen[k] = true
		}
		start, end, key := quizKey(d.Text, n)
		if key == "" {
			continue
		}
		resp.Answer = strings.TrimRight(resp.Answer, "。") + "。" + keyReading(d, n, stem, key)
		c := len(resp.Citations) + 1
		resp.Citations = append(resp.Citations, Citation{N: c, Doc: d.Ref(), Section: pathOf(d, start), Text: d.Text[start:end], Start: start, End: end})
		resp.Answer += fmt.Sprintf("[%d]。", c)
	}
}

// pathOf is the heading path of the section holding offset at.
func pathOf(d *index.StoredDoc, at int) string {
	if i := document.SectionAt(d.Sections, at); i >= 0 {
		return d.Sections[i].Path.String()
	}
	return ""
}

// keyReading says the key's answer to question n: "第4题参考答案为B（2024年1月1日）".
func keyReading(d *index.StoredDoc, n, stem int, key string) string {
	opts := optionsOf(d.Text, stem)
	var named []string
	for _, r := range key {
		if t, ok := opts[string(r)]; ok {
			named = append(named, string(r)+"."+t)
		}
	}
	switch {
	case key == "√" || key == "✓":
		return fmt.Sprintf("第%d题参考答案为√(正确)", n)
	case key == "×" || key == "✗":
		return fmt.Sprintf("第%d题参考答案为×(错误)", n)
	case len(named) > 0:
		return fmt.Sprintf("第%d题参考答案为%s(%s)", n, key, strings.Join(named, "；"))
	}
	return fmt.Sprintf("第%d题参考答案为%s", n, key)
}
