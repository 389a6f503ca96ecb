//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe to read while run writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// While another process holds the index's lock, ingest --no-wait fails at
// once naming the flag, and a plain ingest says on stderr that it waits,
// then finishes once the lock is released.
func TestIngestWaitsForTheLock(t *testing.T) {
	db, corp := t.TempDir(), t.TempDir()
	writeFiles(t, corp, map[string]string{"石角镇报告.txt": officeReport("石角镇")})
	f, err := os.OpenFile(filepath.Join(db, "ingest.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Skipf("flock: %v", err)
	}

	_, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--no-wait", "--db", db, "--corpus", corp)
	if err == nil || !strings.Contains(err.Error()+stderr, "正在写入该索引") || !strings.Contains(err.Error()+stderr, "--no-wait") {
		t.Fatalf("--no-wait while locked: err %v, stderr %q", err, stderr)
	}

	var errb syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(context.Background(), []string{"ingest", "--no-bundled", "--db", db, "--corpus", corp}, noEnv, strings.NewReader(""), &bytes.Buffer{}, &errb)
	}()
	for deadline := time.Now().Add(20 * time.Second); !strings.Contains(errb.String(), "等待其完成"); {
		select {
		case err := <-done:
			t.Fatalf("ingest finished while the lock was held: %v\n%s", err, errb.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no waiting message: %q", errb.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_UN); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("ingest after the lock was released: %v\n%s", err, errb.String())
	}
	if docsByID(t, db)["石角镇报告"] == nil {
		t.Error("the waiting ingest did not index its file")
	}
}
