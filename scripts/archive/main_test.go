package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func stage(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for name, body := range map[string]string{
		"gongwen-v1-linux-amd64/gongwen":       "ELF",
		"gongwen-v1-linux-amd64/README.md":     "# 说明",
		"gongwen-v1-windows-amd64/gongwen.exe": "MZ",
	} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

const stamp = "2026-11-28T20:00:00Z"

// TestTarGz: sorted entries under the release directory, executables
// 0755 whatever the umask, one time on every entry.
func TestTarGz(t *testing.T) {
	root := stage(t)
	out := filepath.Join(t.TempDir(), "a.tar.gz")
	if err := run([]string{"-o", out, "-C", root, "-mtime", stamp, "gongwen-v1-linux-amd64"}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gr)
	var got []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, h.Name+" "+os.FileMode(h.Mode).String())
		if !h.ModTime.Equal(time.Date(2026, 11, 28, 20, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: mtime %v", h.Name, h.ModTime)
		}
	}
	want := []string{"gongwen-v1-linux-amd64/README.md -rw-r--r--", "gongwen-v1-linux-amd64/gongwen -rwxr-xr-x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
}

func TestZip(t *testing.T) {
	root := stage(t)
	out := filepath.Join(t.TempDir(), "a.zip")
	if err := run([]string{"-o", out, "-C", root, "-mtime", stamp, "gongwen-v1-windows-amd64"}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.OpenReader(out)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 1 || zr.File[0].Name != "gongwen-v1-windows-amd64/gongwen.exe" || zr.File[0].Mode().Perm() != 0o755 {
		t.Fatalf("entries %v", zr.File)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	if b, _ := io.ReadAll(rc); string(b) != "MZ" {
		t.Errorf("content %q", b)
	}
}

// TestReproducible: the same inputs give the same bytes.
func TestReproducible(t *testing.T) {
	root := stage(t)
	dir := t.TempDir()
	for _, ext := range []string{".zip", ".tar.gz"} {
		var outs [][]byte
		for i := range 2 {
			out := filepath.Join(dir, string(rune('a'+i))+ext)
			if err := run([]string{"-o", out, "-C", root, "-mtime", stamp, "gongwen-v1-linux-amd64"}); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b)
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("%s differs between two runs", ext)
		}
	}
}

func TestSums(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.zip")
	if err := os.WriteFile(p, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	sums := filepath.Join(dir, "SHA256SUMS")
	if err := run([]string{"-sums", sums, p}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(sums)
	if err != nil {
		t.Fatal(err)
	}
	// sha256("abc"), in the format sha256sum -c reads.
	if want := "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  x.zip\n"; string(b) != want {
		t.Errorf("got %q, want %q", b, want)
	}
	if err := run([]string{"-o", filepath.Join(dir, "x.rar"), "-C", dir, "x.zip"}); err == nil || !strings.Contains(err.Error(), "not .zip") {
		t.Errorf("unknown archive kind: %v", err)
	}
}
