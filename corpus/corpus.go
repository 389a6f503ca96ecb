// Package corpus holds the documents gongwen ships with, embedded in the
// binary so that every command works from any directory with no files around
// it. Its manifest.json states their metadata and overrides detection; any
// corpus directory may carry a manifest.json of the same shape.
package corpus

import (
	"embed"
	"io/fs"
)

//go:embed *.txt manifest.json
var files embed.FS

// FS is the bundled corpus as a file system: the documents and manifest.json.
func FS() fs.FS { return files }
