//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package index

import (
	"os"
	"syscall"
)

// mapFile maps a snapshot file read-only. The map is never unmapped: strings
// handed out (document texts, chunk ids) point into it and may outlive the
// Index, so a replaced snapshot's pages stay mapped until the process exits.
// They are the file's pages, which the kernel drops under memory pressure;
// what stays is address space, and the disk blocks of a file renamed over
// while a server still maps it (one snapshot per ingest the server lived
// through).
func mapFile(f *os.File) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.Size() == 0 {
		return nil, nil
	}
	return syscall.Mmap(int(f.Fd()), 0, int(st.Size()), syscall.PROT_READ, syscall.MAP_SHARED)
}
