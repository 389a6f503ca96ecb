package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A table typed as text with its columns lined up by spaces keeps its
// cells apart with full-width spaces ("槐溪镇　212　538　34") or with runs
// of ASCII ones ("临时救助（人次）          47        82"), as an office
// pastes or types one into a plain file. Such a line is a row when it has
// three cells at least, none of them a passage, and a line beside it is
// split alike: one line so spaced may be a heading written out
// ("第一章　总　　则") or a signature block.
var reCellGap = regexp.MustCompile(`[ \x{3000}]*\x{3000}[ \x{3000}]*| {2,}`)

// maxSpacedCellRunes: a cell of a spaced row is a name, a figure or a
// short phrase; a longer run of text is a paragraph with a wide gap.
const maxSpacedCellRunes = 60

// SpacedCells returns the cells of a line whose cells are kept apart by
// spaces, or nil.
func SpacedCells(l string) []string {
	if !strings.ContainsRune(l, '\u3000') && !strings.Contains(l, "  ") {
		return nil
	}
	cells := reCellGap.Split(strings.Trim(l, " \u3000"), -1)
	if len(cells) < 3 || strings.ContainsAny(cells[0], ":：") || strings.HasSuffix(l, "。") {
		return nil
	}
	singles := 0
	for _, c := range cells {
		n := utf8.RuneCountInString(c)
		if n > maxSpacedCellRunes {
			return nil
		}
		if r, _ := utf8.DecodeRuneInString(c); n == 1 && unicode.Is(unicode.Han, r) && !strings.ContainsAny(c, "是否有无√×✓✗") {
			singles++ // "总　　则": a word spaced out
		}
	}
	if singles >= 2 {
		return nil
	}
	return cells
}
