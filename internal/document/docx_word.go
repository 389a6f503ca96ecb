package document

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// This file reads what Word adds on top of the runs of text: paragraph
// styles (which style is a heading, at which outline level), automatic
// numbering (the "一、" staff see but that is not in any w:t) and footnotes.

// valAttr is the w:val attribute most WordprocessingML properties carry.
type valAttr struct {
	Val string `xml:"val,attr"`
}

// numPr is a paragraph's (or style's) reference to a numbering definition.
type numPr struct {
	Ilvl  *valAttr `xml:"ilvl"`
	NumID *valAttr `xml:"numId"`
}

// paraProps is the part of w:pPr the reader needs.
type paraProps struct {
	Style   valAttr  `xml:"pStyle"`
	NumPr   *numPr   `xml:"numPr"`
	Outline *valAttr `xml:"outlineLvl"`
}

// wordStyle is one paragraph style of styles.xml.
type wordStyle struct {
	Type    string    `xml:"type,attr"`
	ID      string    `xml:"styleId,attr"`
	Name    valAttr   `xml:"name"`
	BasedOn valAttr   `xml:"basedOn"`
	PPr     paraProps `xml:"pPr"`
}

// wordStyles resolves style ids to outline levels and style numbering.
type wordStyles map[string]wordStyle

// headingNameRe matches the names Word, WPS and LibreOffice give heading
// styles, in English and localized: "heading 1", "Heading 2", "标题 1", "标题1".
var headingNameRe = regexp.MustCompile(`(?i)^(?:heading|标题)\s*([1-9])$`)

// headingIDRe matches the ids of Word's built-in heading styles, for files
// whose style part names them oddly or not at all.
var headingIDRe = regexp.MustCompile(`(?i)^heading([1-9])$`)

// level returns a style's outline level (0 = top) or -1: an explicit
// w:outlineLvl wins (9 means body text), then a heading style name, then
// the style it is based on.
func (ws wordStyles) level(id string) int {
	for depth := 0; id != "" && depth < 10; depth++ {
		s, ok := ws[id]
		if !ok {
			break
		}
		if s.PPr.Outline != nil {
			if n, err := strconv.Atoi(s.PPr.Outline.Val); err == nil && n >= 0 && n < 9 {
				return n
			}
			return -1
		}
		if m := headingNameRe.FindStringSubmatch(strings.TrimSpace(s.Name.Val)); m != nil {
			return int(m[1][0] - '1')
		}
		if m := headingIDRe.FindStringSubmatch(id); m != nil {
			return int(m[1][0] - '1')
		}
		id = s.BasedOn.Val
	}
	return -1
}

// numbering returns the numbering a style attaches to its paragraphs.
func (ws wordStyles) numbering(id string) *numPr {
	for depth := 0; id != "" && depth < 10; depth++ {
		s, ok := ws[id]
		if !ok {
			break
		}
		if s.PPr.NumPr != nil {
			return s.PPr.NumPr
		}
		id = s.BasedOn.Val
	}
	return nil
}

func readStyles(zr *zip.Reader) wordStyles {
	var doc struct {
		Styles []wordStyle `xml:"style"`
	}
	if !decodePart(zr, "word/styles.xml", &doc) {
		return nil
	}
	ws := wordStyles{}
	for _, s := range doc.Styles {
		if s.Type == "" || s.Type == "paragraph" {
			ws[s.ID] = s
		}
	}
	return ws
}

// decodePart unmarshals one small auxiliary part; a missing or unreadable
// part means the document simply does without it.
func decodePart(zr *zip.Reader, name string, v any) bool {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return false
		}
		defer rc.Close()
		return xml.NewDecoder(&limitedReader{r: rc, n: 64 << 20}).Decode(v) == nil
	}
	return false
}

// numLevel is one level of a numbering definition.
type numLevel struct {
	Ilvl    string    `xml:"ilvl,attr"`
	Start   *valAttr  `xml:"start"`
	Fmt     valAttr   `xml:"numFmt"`
	Text    *valAttr  `xml:"lvlText"`
	Suffix  *valAttr  `xml:"suff"`
	IsLegal *struct{} `xml:"isLgl"`
}

// numbering is numbering.xml with the counters of one reading pass.
type numbering struct {
	abstract map[string][]numLevel // abstractNumId → levels by ilvl
	nums     map[string]numInstance
	counters map[string][]int // abstractNumId → current value per level
	started  map[string]bool  // numId seen: a startOverride applies once
}

type numInstance struct {
	abstractID string
	overrides  map[int]int // ilvl → start value
}

func readNumbering(zr *zip.Reader) *numbering {
	var doc struct {
		Abstract []struct {
			ID     string     `xml:"abstractNumId,attr"`
			Levels []numLevel `xml:"lvl"`
		} `xml:"abstractNum"`
		Nums []struct {
			ID       string  `xml:"numId,attr"`
			Abstract valAttr `xml:"abstractNumId"`
			Override []struct {
				Ilvl  string   `xml:"ilvl,attr"`
				Start *valAttr `xml:"startOverride"`
			} `xml:"lvlOverride"`
		} `xml:"num"`
	}
	if !decodePart(zr, "word/numbering.xml", &doc) {
		return nil
	}
	n := &numbering{
		abstract: map[string][]numLevel{},
		nums:     map[string]numInstance{},
		counters: map[string][]int{},
		started:  map[string]bool{},
	}
	for _, a := range doc.Abstract {
		levels := make([]numLevel, 9)
		for _, l := range a.Levels {
			if i, err := strconv.Atoi(l.Ilvl); err == nil && i >= 0 && i < 9 {
				levels[i] = l
			}
		}
		n.abstract[a.ID] = levels
	}
	for _, m := range doc.Nums {
		inst := numInstance{abstractID: m.Abstract.Val}
		for _, o := range m.Override {
			i, err1 := strconv.Atoi(o.Ilvl)
			if o.Start == nil || err1 != nil {
				continue
			}
			if v, err := strconv.Atoi(o.Start.Val); err == nil {
				if inst.overrides == nil {
					inst.overrides = map[int]int{}
				}
				inst.overrides[i] = v
			}
		}
		n.nums[m.ID] = inst
	}
	return n
}

// next advances the counter of (numID, ilvl) and returns the number text
// the reader sees, e.g. "一、", "(二)", "3.", or "" for none (bullets,
// numId 0, unknown ids). Lists are counted per abstract definition, as
// Word continues a list across num instances that share one.
func (n *numbering) next(numID string, ilvl int) string {
	if n == nil || numID == "" || numID == "0" || ilvl < 0 || ilvl > 8 {
		return ""
	}
	inst, ok := n.nums[numID]
	if !ok {
		return ""
	}
	levels := n.abstract[inst.abstractID]
	if levels == nil {
		return ""
	}
	lv := levels[ilvl]
	if lv.Fmt.Val == "bullet" || lv.Fmt.Val == "none" || lv.Text == nil {
		return ""
	}
	cs := n.counters[inst.abstractID]
	if cs == nil {
		cs = make([]int, 9)
		for i := range cs {
			cs[i] = startOf(levels[i]) - 1
		}
	}
	if !n.started[numID] {
		n.started[numID] = true
		for i, v := range inst.overrides {
			if i >= 0 && i < 9 {
				cs[i] = v - 1
			}
		}
	}
	cs[ilvl]++
	for i := ilvl + 1; i < 9; i++ {
		cs[i] = startOf(levels[i]) - 1
	}
	n.counters[inst.abstractID] = cs

	text := lv.Text.Val
	for i := 8; i >= 0; i-- {
		ph := "%" + strconv.Itoa(i+1)
		if !strings.Contains(text, ph) {
			continue
		}
		f := levels[i].Fmt.Val
		if lv.IsLegal != nil {
			f = "decimal"
		}
		text = strings.ReplaceAll(text, ph, formatNumber(max(cs[i], 1), f))
	}
	if text == "" {
		return ""
	}
	switch {
	case lv.Suffix != nil && lv.Suffix.Val == "nothing":
	case lv.Suffix != nil && lv.Suffix.Val == "space":
		text += " "
	default:
		// Word puts a tab after the number. Chinese numbering ends in its
		// own punctuation (一、 (一) 1.), after which the tab only aligns;
		// elsewhere it separates the number from the words.
		if !strings.ContainsAny(lastRuneString(text), "、.．)）:：") {
			text += " "
		}
	}
	return text
}

func lastRuneString(s string) string {
	r := lastRune(s)
	return string(r)
}

func startOf(l numLevel) int {
	if l.Start != nil {
		if v, err := strconv.Atoi(l.Start.Val); err == nil {
			return v
		}
	}
	return 1
}

// formatNumber renders n in one of Word's number formats (ST_NumberFormat).
func formatNumber(n int, f string) string {
	switch f {
	case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified",
		"ideographDigital", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand":
		if f == "chineseLegalSimplified" {
			return chineseLegal(n)
		}
		return chineseNumber(n)
	case "ideographTraditional":
		if n >= 1 && n <= 10 {
			return string([]rune("甲乙丙丁戊己庚辛壬癸")[n-1])
		}
	case "ideographZodiac":
		if n >= 1 && n <= 12 {
			return string([]rune("子丑寅卯辰巳午未申酉戌亥")[n-1])
		}
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		if n >= 1 && n <= 20 {
			return string(rune('①' + n - 1))
		}
	case "decimalEnclosedParen":
		return "(" + strconv.Itoa(n) + ")"
	case "decimalFullWidth", "decimalFullWidth2":
		var b strings.Builder
		for _, r := range strconv.Itoa(n) {
			b.WriteRune(r - '0' + '０')
		}
		return b.String()
	case "decimalZero":
		if n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "lowerLetter", "upperLetter":
		if n >= 1 {
			s := strings.Repeat(string(rune('a'+(n-1)%26)), (n-1)/26+1)
			if f == "upperLetter" {
				s = strings.ToUpper(s)
			}
			return s
		}
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if f == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

// chineseNumber writes 1..9999 the way Chinese headings count: 一 … 十 十一
// … 二十 … 一百零一.
func chineseNumber(n int) string {
	if n <= 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	digits := []rune("零一二三四五六七八九")
	units := []string{"", "十", "百", "千"}
	var parts []rune
	s := strconv.Itoa(n)
	zero := false
	for i, c := range s {
		d := int(c - '0')
		pos := len(s) - 1 - i
		if d == 0 {
			zero = true
			continue
		}
		if zero && len(parts) > 0 {
			parts = append(parts, '零')
		}
		zero = false
		if !(d == 1 && pos == 1 && i == 0) { // 十一, not 一十一
			parts = append(parts, digits[d])
		}
		parts = append(parts, []rune(units[pos])...)
	}
	return string(parts)
}

// chineseLegal is the financial form (壹贰叁) Word's chineseLegalSimplified uses.
func chineseLegal(n int) string {
	r := strings.NewReplacer("一", "壹", "二", "贰", "三", "叁", "四", "肆", "五", "伍", "六", "陆", "七", "柒", "八", "捌", "九", "玖", "十", "拾", "百", "佰", "千", "仟")
	return r.Replace(chineseNumber(n))
}

func roman(n int) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// readNotes returns the text of the footnotes or endnotes part by note id;
// the separator pseudo-notes are left out.
func readNotes(zr *zip.Reader, name string) map[string]string {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil
		}
		defer rc.Close()
		notes := map[string]string{}
		dec := xml.NewDecoder(&limitedReader{r: rc, n: 64 << 20})
		for {
			tok, err := dec.Token()
			if err != nil {
				return notes
			}
			se, ok := tok.(xml.StartElement)
			if !ok || (se.Name.Local != "footnote" && se.Name.Local != "endnote") {
				continue
			}
			var id, typ string
			for _, a := range se.Attr {
				switch a.Name.Local {
				case "id":
					id = a.Value
				case "type":
					typ = a.Value
				}
			}
			var note struct {
				Inner []byte `xml:",innerxml"`
			}
			if err := dec.DecodeElement(&note, &se); err != nil {
				return notes
			}
			if typ != "" && typ != "normal" {
				continue
			}
			r := &wordReader{}
			if err := r.read(strings.NewReader("<n>" + string(note.Inner) + "</n>")); err == nil {
				var parts []string
				for _, l := range r.lines {
					parts = append(parts, l.text)
				}
				notes[id] = strings.Join(parts, " ")
			}
		}
	}
	return nil
}

var _ io.Reader = (*limitedReader)(nil)
