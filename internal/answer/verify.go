package answer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

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

// checkSentences splits a generated answer into sentences and keeps those
// whose every [n] exists and whose every figure appears in a passage they
// cite. It returns the kept text and the reasons for what it dropped.
func checkSentences(answer string, passages map[int]string, allowed []string) (string, []string) {
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
			// An uncited sentence may only frame the answer: no figures.
			if figures(s) != nil {
				dropped = append(dropped, "未注明出处的数字:"+s)
				continue
			}
			kept = append(kept, s)
			continue
		}
		body := reMarker.ReplaceAllString(s, "")
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
