package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// lockFile is the file in the index directory every ingest holds an
// exclusive lock on while it reads the old snapshot and writes the new one:
// two ingests that overlapped each read the same old snapshot, and the one
// that renamed last silently dropped the other's documents.
const lockFile = "ingest.lock"

// ErrLocked means another ingest holds the index and the caller chose not to
// wait for it.
var ErrLocked = errors.New("另一个 gongwen ingest 正在写入该索引")

// lockPoll is how often a waiting ingest tries the lock again. Blocking in
// the kernel would not notice a cancelled context.
const lockPoll = 100 * time.Millisecond

// ingestLock is a held lock; release it with unlock.
type ingestLock struct {
	f    *os.File
	path string
}

// acquireLock takes the ingest lock of dir. When another process (or another
// ingest in this one) holds it, acquireLock either fails with ErrLocked
// (noWait) or calls onWait once, naming the holder when it can, and tries
// again until it gets the lock or ctx ends.
func acquireLock(ctx context.Context, dir string, noWait bool, onWait func(holder string)) (*ingestLock, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	p := filepath.Join(dir, lockFile)
	waited := false
	for {
		l, err := tryLock(p)
		if err == nil {
			l.note()
			return l, nil
		}
		if !errors.Is(err, errWouldBlock) {
			return nil, fmt.Errorf("无法锁定索引目录 %s: %w", dir, err)
		}
		holder := lockHolder(p)
		if noWait {
			return nil, fmt.Errorf("%w(%s%s);稍后再试,或去掉 --no-wait 等它完成", ErrLocked, dir, holder)
		}
		if !waited && onWait != nil {
			onWait(holder)
		}
		waited = true
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(lockPoll):
		}
	}
}

// note writes the holder's process id into the lock file, for the message a
// waiting ingest prints. Best effort: where the lock forbids others to read
// the file (Windows) nobody sees it anyway.
func (l *ingestLock) note() {
	if err := l.f.Truncate(0); err == nil {
		_, _ = l.f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
}

// lockHolder describes the process holding the lock at p, or "".
func lockHolder(p string) string {
	b, err := os.ReadFile(p)
	if err != nil {
		return ""
	}
	pid := strings.TrimSpace(string(b))
	if _, err := strconv.Atoi(pid); err != nil {
		return ""
	}
	return ",进程 " + pid
}
