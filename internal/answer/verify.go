package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/zh"
)

var (
	reMarker = regexp.MustCompile(`\[(\d+)\]`)
	// A figure as staff read it: digits, optional decimals and percent.
	reFigure = regexp.MustCompile(`\d+(?:\.\d+)?%?`)
)

// DocText returns the text of a document by id, for verification.
type DocText func(id string) (string, bool)

// VerifyCitations checks that every citation quotes its document verbatim at
// the stated offsets and that every [n] in the answer has a citation.
func VerifyCitations(answer string, cites []Citation, text DocText) error {
	byN := map[int]bool{}
	for _, c := range cites {
		t, ok := text(c.Doc.ID)
		if !ok {
			return fmt.Errorf("引用[%d]的文件 %s 不在索引中", c.N, c.Doc.ID)
		}
		if c.Text == "" || c.Start < 0 || c.End > len(t) || c.Start > c.End || t[c.Start:c.End] != c.Text {
			return fmt.Errorf("引用[%d]的原文与文件 %s 不符", c.N, c.Doc.ID)
		}
		byN[c.N] = true
	}
	for _, m := range reMarker.FindAllStringSubmatch(answer, -1) {
		n, _ := strconv.Atoi(m[1])
		if !byN[n] {
			return fmt.Errorf("回答中的[%d]没有对应的引用", n)
		}
	}
	return nil
}

// minSupport is the share of a generated sentence's content words that the
// passages it cites (and the names of their documents) must contain. A
// sentence below it says something its sources do not — "本局各项工作均无
// 任何问题[1]" against a passage about 普法 — and is dropped. Measured in
// TestSupportThreshold: a sentence of the bundled corpus cited against a
// passage of another document scores 0.14 at the 95th percentile (195
// pairs); faithful rewordings of a passage score 1.
const minSupport = 0.45

// maxFramingRunes bounds an uncited sentence: it may only frame the answer
// ("相关情况如下:"), never state anything.
const maxFramingRunes = 24

// contentBigrams are the bigrams of s that carry meaning: Han pairs without
// function characters (的, 了, 是…), which any rewording adds freely.
func contentBigrams(s string) []string {
	var out []string
	for _, t := range zh.Tokens(s) {
		rs := []rune(t)
		if len(rs) != 2 || !zh.IsHan(rs[0]) || !zh.IsHan(rs[1]) || strings.ContainsAny(t, glueChars+"据中为其该此以并已均于按照对") {
			continue
		}
		out = append(out, t)
	}
	return out
}

// support is the share of s's content bigrams found in the sources.
func support(s string, sources []string) float64 {
	bs := contentBigrams(s)
	if len(bs) == 0 {
		return 1
	}
	have := map[string]bool{}
	for _, src := range sources {
		for _, t := range zh.Tokens(src) {
			have[t] = true
		}
	}
	n := 0
	for _, b := range bs {
		if have[b] {
			n++
		}
	}
	return float64(n) / float64(len(bs))
}

// checkSentences splits a generated answer into sentences and keeps those
// whose every [n] exists, whose every figure appears in a passage they
// cite and whose words those passages support (minSupport); framing holds
// the names of the cited documents, which a sentence may use. It returns
// the kept text and the reasons for what it dropped.
func checkSentences(answer string, passages map[int]string, allowed []string, framing ...string) (string, []string) {
	var kept []string
	var dropped []string
	for _, sp := range zh.Sentences(answer, false) {
		s := answer[sp.Start:sp.End]
		marks := reMarker.FindAllStringSubmatch(s, -1)
		var cited []string
		bad := false
		for _, m := range marks {
			n, _ := strconv.Atoi(m[1])
			p, ok := passages[n]
			if !ok {
				dropped = append(dropped, fmt.Sprintf("引用[%d]不存在", n))
				bad = true
				break
			}
			cited = append(cited, p)
		}
		if bad {
			continue
		}
		if len(marks) == 0 {
			// An uncited sentence may only frame the answer: no figures,
			// no statements.
			if figures(s) != nil {
				dropped = append(dropped, "未注明出处的数字:"+s)
				continue
			}
			if utf8.RuneCountInString(strings.TrimSpace(s)) > maxFramingRunes {
				dropped = append(dropped, "未注明出处的陈述:"+strings.TrimSpace(s))
				continue
			}
			kept = append(kept, s)
			continue
		}
		body := reMarker.ReplaceAllString(s, "")
		if sup := support(body, append(append([]string(nil), cited...), framing...)); sup < minSupport {
			dropped = append(dropped, fmt.Sprintf("所引资料不支持这句话(支持度 %.2f):%s", sup, strings.TrimSpace(body)))
			continue
		}
		ok := true
		for _, f := range figures(body) {
			if !anyContains(cited, f) && !contains(allowed, f) {
				dropped = append(dropped, fmt.Sprintf("数字 %s 不见于所引资料", f))
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, s)
		}
	}
	return strings.Join(kept, ""), dropped
}

func figures(s string) []string {
	return reFigure.FindAllString(zh.Normalize(s), -1)
}

func anyContains(texts []string, f string) bool {
	for _, t := range texts {
		if strings.Contains(zh.Normalize(t), f) {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
