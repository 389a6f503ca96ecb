package document

import (
	"path/filepath"
	"strings"
)

// Load turns a file's bytes into a Document: extracted text, metadata
// (manifest values win over detection) and structure. id must be unique in
// the index; the caller derives it from the file name.
func Load(id, name string, data []byte, manifest *Meta) (*Document, error) {
	text, format, err := Extract(name, data)
	if err != nil {
		return nil, err
	}
	d := &Document{Text: text, Hash: HashBytes(data)}
	if manifest != nil {
		d.Meta = *manifest
	}
	d.ID = id
	d.Source = filepath.Base(name)
	d.Format = format
	DetectMeta(&d.Meta, text, name)
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
