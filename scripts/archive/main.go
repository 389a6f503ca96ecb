// Command archive packs a release directory into a .zip or .tar.gz and
// writes SHA-256 checksums, with only the standard library, so that
// scripts/release.sh needs nothing but Go and bash (no zip on Git Bash
// for Windows, no sha256sum on macOS). Entries are sorted and stamped
// with one time, so the same commit gives the same archives.
//
//	archive -o dist/gongwen-v1-linux-amd64.tar.gz -C stage -mtime 2026-11-28T20:00:00Z gongwen-v1-linux-amd64
//	archive -sums dist/SHA256SUMS dist/*.zip dist/*.tar.gz
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("archive", flag.ContinueOnError)
	out := fl.String("o", "", "archive to write: .zip or .tar.gz")
	root := fl.String("C", ".", "directory the entries are relative to")
	mtime := fl.String("mtime", "", "RFC 3339 time for every entry (default: now)")
	sums := fl.String("sums", "", "write SHA-256 checksums of the files given to this file instead")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if *sums != "" {
		return writeSums(*sums, fl.Args())
	}
	if *out == "" || fl.NArg() == 0 {
		return fmt.Errorf("usage: archive -o OUT [-C DIR] [-mtime T] ENTRY...")
	}
	t := time.Now().UTC()
	if *mtime != "" {
		var err error
		if t, err = time.Parse(time.RFC3339, *mtime); err != nil {
			return err
		}
	}
	files, err := collect(*root, fl.Args())
	if err != nil {
		return err
	}
	f, err := os.Create(*out)
	if err != nil {
		return err
	}
	switch {
	case strings.HasSuffix(*out, ".zip"):
		err = writeZip(f, *root, files, t)
	case strings.HasSuffix(*out, ".tar.gz"), strings.HasSuffix(*out, ".tgz"):
		err = writeTarGz(f, *root, files, t)
	default:
		err = fmt.Errorf("%s: not .zip or .tar.gz", *out)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(*out)
	}
	return err
}

// collect lists the regular files under each entry, slash-separated and
// relative to root, in lexical order.
func collect(root string, entries []string) ([]string, error) {
	var files []string
	for _, e := range entries {
		err := filepath.WalkDir(filepath.Join(root, e), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, err := filepath.Rel(root, p)
			if err != nil {
				return err
			}
			files = append(files, filepath.ToSlash(rel))
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// mode is 0755 for the executables and scripts, 0644 otherwise: the
// permission bits on disk depend on the umask of whoever builds.
func mode(name string) fs.FileMode {
	base := path.Base(name)
	if base == "gongwen" || strings.HasSuffix(base, ".exe") || strings.HasSuffix(base, ".sh") || strings.HasSuffix(base, ".cmd") {
		return 0o755
	}
	return 0o644
}

func writeZip(w io.Writer, root string, files []string, t time.Time) error {
	zw := zip.NewWriter(w)
	for _, name := range files {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: t}
		h.SetMode(mode(name))
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if err := copyFile(fw, filepath.Join(root, filepath.FromSlash(name))); err != nil {
			return err
		}
	}
	return zw.Close()
}

func writeTarGz(w io.Writer, root string, files []string, t time.Time) error {
	gw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	gw.ModTime = t
	tw := tar.NewWriter(gw)
	for _, name := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		st, err := os.Stat(p)
		if err != nil {
			return err
		}
		h := &tar.Header{Name: name, Mode: int64(mode(name)), Size: st.Size(), ModTime: t, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if err := copyFile(tw, p); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gw.Close()
}

func copyFile(w io.Writer, p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}

// writeSums writes "HASH  NAME" lines, the format "sha256sum -c" and
// "shasum -a 256 -c" check.
func writeSums(out string, files []string) error {
	var b strings.Builder
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		h := sha256.New()
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(h.Sum(nil)), filepath.Base(p))
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}
