//go:build windows

package index

import (
	"errors"
	"os"
	"syscall"
)

var errWouldBlock = errors.New("lock held")

// errorSharingViolation is ERROR_SHARING_VIOLATION: another handle has the
// file open without sharing.
const errorSharingViolation syscall.Errno = 32

// tryLock opens p with no sharing allowed, which Windows enforces between
// processes and releases when the holder dies, as flock does on unix.
func tryLock(p string) (*ingestLock, error) {
	name, err := syscall.UTF16PtrFromString(p)
	if err != nil {
		return nil, err
	}
	h, err := syscall.CreateFile(name, syscall.GENERIC_READ|syscall.GENERIC_WRITE, 0, nil,
		syscall.OPEN_ALWAYS, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		if errors.Is(err, errorSharingViolation) {
			return nil, errWouldBlock
		}
		return nil, err
	}
	return &ingestLock{f: os.NewFile(uintptr(h), p), path: p}, nil
}

func (l *ingestLock) unlock() { l.f.Close() }
