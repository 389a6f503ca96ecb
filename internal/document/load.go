package document

import (
	"path/filepath"
	"regexp"
	"strings"
)

// Load turns a file's bytes into a Document: extracted text, metadata
// (manifest values win over detection) and structure. id must be unique in
// the index; the caller derives it from the file name.
func Load(id, name string, data []byte, manifest *Meta) (*Document, error) {
	x, err := extract(name, data)
	if err != nil {
		return nil, err
	}
	text := x.text
	d := &Document{Text: text, Hash: HashBytes(data), outline: x.outline}
	if manifest != nil {
		d.Meta = *manifest
	}
	d.ID = id
	d.Source = filepath.Base(name)
	d.Format = x.format
	d.Read = x.read
	if d.Title == "" && hasHan(x.title) {
		d.Title = x.title // OFD DocInfo: the producer's own title
	}
	DetectMeta(&d.Meta, text, name)
	if d.Published == "" && reISODate.MatchString(x.created) {
		d.Published = x.created[:10]
	}
	d.Structure()
	if len(d.Body) == 0 {
		return nil, ErrEmpty
	}
	return d, nil
}

// IDFromName derives a stable document id from a file name: its stem,
// without spaces.
func IDFromName(name string) string {
	stem := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	return strings.Join(strings.Fields(stem), "_")
}

var reISODate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)
