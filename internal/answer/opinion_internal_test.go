package answer

import (
	"strings"
	"testing"
)

// A 批示 under a label written with a half-width colon ("领导批示:") is read
// back to that label, as under "领导批示：", and the label line ends it.
func TestOpinionAboveHalfWidthLabel(t *testing.T) {
	for _, label := range []string{"领导批示:", "领导批示："} {
		text := "妥否，请批示。\n\n" + label + "\n    同意。请抓紧办理。\n        覃石松（县长）  2026年3月16日\n"
		s := strings.Index(text, "覃石松")
		start, end := opinionAbove(text, s, "覃石松 怎么 批")
		if got := text[start:end]; !strings.HasPrefix(got, "同意。") || !strings.HasSuffix(got, "2026年3月16日") {
			t.Errorf("%s: read %q", label, got)
		}
	}
}
