//go:build !unix && !windows

package index

import (
	"errors"
	"os"
)

var errWouldBlock = errors.New("lock held")

// tryLock, where neither flock nor share modes exist, creates a marker file
// exclusively. A killed ingest leaves it behind; the message names the file
// to delete.
func tryLock(p string) (*ingestLock, error) {
	f, err := os.OpenFile(p+".held", os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return nil, errWouldBlock
	}
	if err != nil {
		return nil, err
	}
	return &ingestLock{f: f, path: p + ".held"}, nil
}

func (l *ingestLock) unlock() {
	l.f.Close()
	os.Remove(l.path)
}
