package document

import (
	"slices"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// FileName returns a file name as text. Names that are not UTF-8 are decoded
// as GB18030: zip archives made on Chinese Windows store GBK names, and
// unzip on Linux keeps the bytes. ok is false when the name is neither
// clean UTF-8 nor clean GB18030; name is then raw as it came.
func FileName(raw string) (name string, ok bool) {
	if utf8.ValidString(raw) {
		return raw, true
	}
	b, err := simplifiedchinese.GB18030.NewDecoder().Bytes([]byte(raw))
	if err != nil {
		return raw, false
	}
	s := string(b)
	for _, r := range s {
		if r == utf8.RuneError || isBadRune(r) {
			return raw, false
		}
	}
	return s, true
}

// SupportedExtensions lists the file extensions Extract reads, sorted, for
// telling the user what a skipped file would have needed to be.
func SupportedExtensions() []string {
	var out []string
	for ext := range formats {
		out = append(out, ext)
	}
	slices.Sort(out)
	return out
}
