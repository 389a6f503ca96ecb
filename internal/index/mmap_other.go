//go:build !unix

package index

import (
	"io"
	"os"
)

// mapFile reads the whole snapshot into memory where there is no mmap we
// use (Windows): opening costs the file's size, not the pages a command
// touches.
func mapFile(f *os.File) ([]byte, error) {
	return io.ReadAll(f)
}
