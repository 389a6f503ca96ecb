//go:build unix

package index

import (
	"errors"
	"os"
	"syscall"
)

var errWouldBlock = errors.New("lock held")

// tryLock takes an flock on p without blocking. The kernel drops it when the
// process dies, so a killed ingest never leaves the index locked.
func tryLock(p string) (*ingestLock, error) {
	f, err := os.OpenFile(p, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, errWouldBlock
		}
		return nil, err
	}
	return &ingestLock{f: f, path: p}, nil
}

// unlock releases the lock. The file stays: removing it would let a waiter
// lock a file a third process is about to replace.
func (l *ingestLock) unlock() {
	_ = syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
