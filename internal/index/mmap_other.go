//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package index

import (
	"io"
	"os"
)

// mapFile reads the whole snapshot into memory where there is no mmap we
// use (Windows): opening costs the file's size, not the pages a command
// touches.
func mapFile(f *os.File) ([]byte, error) {
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}
