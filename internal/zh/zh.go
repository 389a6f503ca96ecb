// Package zh owns the Chinese text handling every other package leans on:
// normalization for matching (never for quoting), sentence splitting with byte
// offsets, tokens for lexical search and numbers with their units.
package zh

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds full-width forms to half-width (NFKC), lowercases Latin and
// unifies the punctuation variants that official documents mix, so that
// "（一）" matches "(一)". Use it for matching only; quotes keep the original.
func Normalize(s string) string {
	s = romanReplacer.Replace(s)
	s = norm.NFKC.String(s)
	s = strings.ToLower(s)
	if strings.Contains(s, "级") {
		// Typed in Latin letters too: "III级响应".
		s = reLatinLevel.ReplaceAllStringFunc(s, func(m string) string {
			i := strings.IndexFunc(m, func(r rune) bool { return r == 'i' || r == 'v' || r == 'x' })
			return m[:i] + latinLevels[m[i:len(m)-len("级")]] + "级"
		})
	}
	return punctReplacer.Replace(s)
}

// reLatinLevel is a grade in Latin Roman numerals before 级, on its own
// (not the end of a Latin word).
var reLatinLevel = regexp.MustCompile(`(?:^|[^a-z])(?:iii|ii|iv|ix|viii|vii|vi|v|i|x)级`)

var latinLevels = map[string]string{"i": "一", "ii": "二", "iii": "三", "iv": "四", "v": "五", "vi": "六", "vii": "七", "viii": "八", "ix": "九", "x": "十"}

// romanReplacer reads the Roman numerals of grades and levels as the
// numerals staff type: an emergency plan's "Ⅲ级应急响应" is the 三级响应
// asked of (NFKC would make it the Latin "iii").
var romanReplacer = strings.NewReplacer(
	"Ⅰ", "一", "Ⅱ", "二", "Ⅲ", "三", "Ⅳ", "四", "Ⅴ", "五", "Ⅵ", "六", "Ⅶ", "七", "Ⅷ", "八", "Ⅸ", "九", "Ⅹ", "十", "Ⅺ", "十一", "Ⅻ", "十二",
	"ⅰ", "一", "ⅱ", "二", "ⅲ", "三", "ⅳ", "四", "ⅴ", "五", "ⅵ", "六", "ⅶ", "七", "ⅷ", "八", "ⅸ", "九", "ⅹ", "十", "ⅺ", "十一", "ⅻ", "十二",
)

var punctReplacer = strings.NewReplacer(
	"\u3000", " ", "“", "\"", "”", "\"", "‘", "'", "’", "'",
	"〔", "[", "〕", "]", "【", "[", "】", "]", "﹝", "[", "﹞", "]",
	"．", ".", "・", "·", "•", "·",
)

// IsHan reports whether r is a CJK ideograph.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// Span is a byte range [Start, End) of some string.
type Span struct{ Start, End int }

// Sentences splits s into sentences at 。!?！？ and line breaks, keeping
// closing quotes and brackets with the sentence they end. With semicolons set,
// ;； also end a sentence: officialese packs "一是…;二是…" into one sentence
// and extractive answers need the single item. Spans exclude surrounding space.
func Sentences(s string, semicolons bool) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b {
			r, n := utf8.DecodeRuneInString(s[a:])
			if !isSpace(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(s[:b])
			if !isSpace(r) {
				break
			}
			b -= n
		}
		if b > a {
			out = append(out, Span{a, b})
		}
		start = end
	}
	// Inside brackets a stop ends no sentence: "（联系人：县应急管理局
	// 邬振邦，电话：…；县民政局 冼慧娟，电话：…）" is one. A line ends
	// what a bracket left open.
	// A bracket that closes right after a stop ("（局办公室牵头。）")
	// ends the sentence with it.
	depth, quoted, stopped := 0, 0, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		stop := r == '。' || r == '!' || r == '?' || r == '！' || r == '？' || (semicolons && (r == ';' || r == '；'))
		switch {
		case r == '（' || r == '(':
			depth++
			stopped = false
		case quoted == 0 && shortQuotation(s[i:], r):
			// A short quotation is read as a bracket: "标题为“老人
			// 就吃这个？冷饭配咸菜”。" is one sentence. A long one is
			// a speech quoted, its sentences each one (a 纪要's
			// "强调：“要…。要…。”").
			quoted++
			stopped = false
		case (r == '）' || r == ')') && depth > 0:
			depth--
			if depth+quoted == 0 && stopped {
				emit(i)
			}
			stopped = false
		case (r == '”' || r == '」' || r == '』') && quoted > 0:
			quoted--
			if depth+quoted == 0 && stopped {
				emit(i)
			}
			stopped = false
		case r == '\n':
			depth, quoted, stopped = 0, 0, false
			emit(i)
		case depth+quoted > 0:
			stopped = stop || (stopped && isSpace(r))
		case r == '。' || r == '!' || r == '?' || r == '！' || r == '？' || (semicolons && (r == ';' || r == '；')):
			for i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if r2 != '”' && r2 != '’' && r2 != '"' && r2 != ')' && r2 != '）' && r2 != '」' && r2 != '』' {
					break
				}
				i += n2
			}
			emit(i)
		}
	}
	emit(len(s))
	return out
}

// HanCount is how many Han characters s holds.
func HanCount(s string) int {
	n := 0
	for _, r := range s {
		if IsHan(r) {
			n++
		}
	}
	return n
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' }

// Tokens returns the lexical tokens of s: character bigrams inside runs of Han
// characters (a lone character stands for itself), Latin words and numbers.
// A number followed by a Han character also yields "number+unit" ("10场") so
// that figures match with their units. Bigrams need no dictionary and are the
// classic baseline for CJK retrieval.
func Tokens(s string) []string {
	// "200,000元" is the 200000 staff type: a half-width comma grouping
	// digits by thousands. A full-width one separates figures in a list
	// ("分别为120，135，150件"), though NFKC makes both the same.
	s = Normalize(withoutThousandsCommas(s))
	var out []string
	var han []rune
	flushHan := func() {
		switch len(han) {
		case 0:
		case 1:
			out = append(out, string(han))
		default:
			for i := 0; i+1 < len(han); i++ {
				out = append(out, string(han[i:i+2]))
			}
		}
		han = han[:0]
	}
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case IsHan(r):
			han = append(han, r)
			i++
		case unicode.IsDigit(r):
			flushHan()
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || (rs[j] == '.' && j+1 < len(rs) && unicode.IsDigit(rs[j+1]))) {
				j++
			}
			num := string(rs[i:j])
			out = append(out, num)
			if j < len(rs) && IsHan(rs[j]) {
				out = append(out, num+string(rs[j]))
			}
			i = j
		case unicode.IsLetter(r):
			flushHan()
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) && !IsHan(rs[j]) {
				j++
			}
			out = append(out, string(rs[i:j]))
			i = j
		case len(han) > 0 && (r == ' ' || r == '\t' || r == '\u3000') && spacedSingle(rs, i):
			// "拟 稿 人", "案    由", "账　　号": characters spaced out to
			// the width of a longer label are one word.
			for i < len(rs) && (rs[i] == ' ' || rs[i] == '\t' || rs[i] == '\u3000') {
				i++
			}
		default:
			flushHan()
			i++
		}
	}
	flushHan()
	return out
}

// spacedSingle reports whether the spaces at rs[i] stand between single
// Han characters of a label spaced out to the width of others ("拟 稿
// 人：", "案    由："): the one before them stands alone, and single
// characters and spaces run from them to the label's colon. Spaces
// between the cells of a row ("男 汉 党员") join nothing.
func spacedSingle(rs []rune, i int) bool {
	if i < 1 || !IsHan(rs[i-1]) || i >= 2 && IsHan(rs[i-2]) {
		return false
	}
	j := i
	for {
		k := j
		for k < len(rs) && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == '\u3000') {
			k++
		}
		if k < len(rs) && (rs[k] == ':' || rs[k] == '：') {
			return k > i // the colon after the last character
		}
		if k == j || k >= len(rs) || !IsHan(rs[k]) || k+1 < len(rs) && IsHan(rs[k+1]) {
			return false
		}
		j = k + 1
	}
}

// shortQuotation reports whether r opens a quotation whose closer comes
// within maxQuotedRunes on its line, before another opening mark (rest is
// the text after r): a stray or doubled mark opens nothing, and only the
// runes up to the closer are read.
func shortQuotation(rest string, r rune) bool {
	var closer rune
	switch r {
	case '“':
		closer = '”'
	case '「':
		closer = '」'
	case '『':
		closer = '』'
	default:
		return false
	}
	n := 0
	for _, c := range rest {
		switch {
		case c == closer:
			return true
		case c == r || c == '\n' || n >= maxQuotedRunes:
			return false
		}
		n++
	}
	return false
}

// maxQuotedRunes bounds a quotation read as part of its sentence: a
// title or a phrase quoted, not a speech.
const maxQuotedRunes = 40

// questionWords are the parts of a staff question that ask rather than name:
// they never occur in the passage that answers, so they only add noise.
var questionWords = []string{
	"是怎么", "怎么做", "如何做", "怎样做", "做了哪些", "有哪些", "是什么", "是多少", "是谁", "由谁", "谁来", "搞了", "搞",
	"哪段时间", "哪个时间段", "什么时间段", "什么时候", "什么时间", "啥时候", "啥时", "何时", "几时", "多长时间", "多少时间", "多长", "多大", "多远", "多久", "哪家", "哪个", "这块", "那块", "这项", "那个", "这个", "一起", "自己", "啥", "谁",
	"请问", "一下", "多少", "几个", "几场", "几次", "几项", "几件", "哪些", "哪个", "哪几", "哪里", "什么", "怎么样", "怎么", "怎样",
	"如何", "是否", "有没有", "有无", "是不是", "能不能", "告诉我", "说说", "讲讲", "介绍", "具体", "情况如何",
	"报告里", "报告中", "方案里", "方案中", "文件里", "里面", "当中", "提到", "提到了", "说了", "写了", "搞了", "做了",
	"干了", "一共", "总共", "共计", "有哪", "吗", "呢", "呀", "啊", "吧", "?", "?",
	// Words of asking a passage does not write: what is left of 哪 after
	// the above ("从哪天开始"), and the asker's hedges ("大概多少人").
	"大概", "大约", "大致", "差不多", "到底", "究竟", "哪天", "哪年", "哪一天", "哪",
}

var questionReplacer = func() *strings.Replacer {
	// "任何时候" and "任何时间" say "at any time", they do not ask when:
	// kept whole, before 何时 can match inside them.
	pairs := []string{"任何时候", "任何时候", "任何时间", "任何时间"}
	for _, w := range questionWords {
		pairs = append(pairs, w, " ")
	}
	return strings.NewReplacer(pairs...)
}()

// StripQuestion removes interrogative and filler words from a question so the
// remaining text names what is asked about.
func StripQuestion(q string) string {
	q = reWhichOneSpan.ReplaceAllString(q, " $1")
	return questionReplacer.Replace(foldAskedPair(reWhichCount.ReplaceAllString(q, " ")))
}

// reWhichOneSpan is 哪一 before a span of time, which keeps the span
// ("哪一季度完成" → 季度, not 一季度, a quarter by name).
var reWhichOneSpan = regexp.MustCompile(`哪一(季度|年|月|周)`)

// reWhichCount is 哪 with the count it asks ("哪两个律师", "哪三项", "哪几
// 家"): the count is the asker's, part of the question word, no word a
// passage writes of its answer ("指派柏稚舟律师、祁蔓律师"). 一 only with a
// measure word: "哪一天" asks a day, kept for when-words; "哪几天" asks
// days, a when-word whole.
var reWhichCount = regexp.MustCompile(`哪几(?:天|号|年|月)|哪(?:[两二三四五六七八九十几]+|一)[个项家位名条类种所处批件场次份]|哪[两二三四五六七八九十几]+`)

// foldAskedPair writes a verb asked with its negation once: "需不需要" →
// 需要, "要没要求听证" → 要求听证, "交不交" → 交. The pair asks yes or no;
// the verb is what a passage writes.
func foldAskedPair(q string) string {
	rs := []rune(q)
	out := make([]rune, 0, len(rs))
	for i := 0; i < len(rs); i++ {
		if AskedPairAt(rs, i) {
			out = append(out, rs[i])
			i += 2
			continue
		}
		out = append(out, rs[i])
	}
	return string(out)
}

// AskedPairAt reports whether rs holds a verb beside its negation at i
// (需不需, 要没要): the pair asks yes or no.
func AskedPairAt(rs []rune, i int) bool {
	return i+2 < len(rs) && (rs[i+1] == '不' || rs[i+1] == '没') && rs[i] == rs[i+2] && IsHan(rs[i])
}

// QueryTokens is Tokens of a question with its interrogative words removed.
func QueryTokens(q string) []string { return Tokens(StripQuestion(Normalize(q))) }

// withoutThousandsCommas drops the half-width commas that group digits by
// thousands.
func withoutThousandsCommas(s string) string {
	if !digitCommaDigit(s) {
		return s // most texts: no pass over their runes
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	const none, decimals = -1, -2
	start := none // where the whole number being read began
	for j, r := range rs {
		switch {
		case unicode.IsDigit(r):
			if start == none {
				start = j
			}
		case r == ',' && start >= 0 && thousandsComma(rs, start, j):
			continue
		case r == '.' && start != none:
			start = decimals // no grouping after a decimal point
		default:
			start = none
		}
		out = append(out, r)
	}
	return string(out)
}

// digitCommaDigit reports whether s writes a half-width comma between two
// digits anywhere.
func digitCommaDigit(s string) bool {
	for i := strings.IndexByte(s, ','); i >= 0; {
		if i > 0 && i+1 < len(s) && isASCIIDigit(s[i-1]) && isASCIIDigit(s[i+1]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// thousandsComma reports whether the comma rs[j] groups the digits
// of the number begun at i by thousands: "338,000", "1,046,300", not the
// comma between two figures ("3,5").
func thousandsComma(rs []rune, i, j int) bool {
	for k := j + 1; k <= j+3; k++ {
		if k >= len(rs) || !unicode.IsDigit(rs[k]) {
			return false
		}
	}
	if j+4 < len(rs) && unicode.IsDigit(rs[j+4]) {
		return false
	}
	// The digits before it: at most three since the start or the last
	// comma, and none after a decimal point.
	n := 0
	for k := j - 1; k >= i && rs[k] != ','; k-- {
		if !unicode.IsDigit(rs[k]) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}
