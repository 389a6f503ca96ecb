package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/gongwen/gongwen/internal/document"
)

// DirSource opens a corpus directory as a Source whose files are read
// through an os.Root: nothing outside dir is read, whatever links, "..", or
// renames inside it say. Close the source when the ingest is done.
func DirSource(dir string, tags []string) (Source, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return Source{}, fmt.Errorf("无法打开语料目录 %s: %w", dir, err)
	}
	return Source{Label: dir, FS: rootFS{root}, Tags: tags, root: root}, nil
}

// Close releases a source opened by DirSource; other sources need none.
func (s Source) Close() error {
	if s.root == nil {
		return nil
	}
	return s.root.Close()
}

// rootFS is an fs.FS over an os.Root. Unlike os.Root.FS it accepts names
// that are not UTF-8 (fs.ValidPath rejects them), so GBK names from Windows
// zip archives can be opened with the bytes they have on disk; containment
// is os.Root's, which does not rely on the name being valid.
type rootFS struct{ r *os.Root }

func (f rootFS) Open(name string) (fs.File, error)     { return f.r.Open(name) }
func (f rootFS) Stat(name string) (fs.FileInfo, error) { return f.r.Stat(name) }
func (f rootFS) Lstat(name string) (fs.FileInfo, error) {
	return f.r.Lstat(name)
}
func (f rootFS) ReadLink(name string) (string, error) { return f.r.Readlink(name) }

// linkProblem says why the link at p (inside fsys) is not ingested, or ""
// when it points at a file inside the corpus, which is read like any other.
func linkProblem(fsys fs.FS, p string) string {
	st, err := fs.Stat(fsys, p) // follows the link, but only inside the root
	if err == nil {
		if st.IsDir() {
			return "是指向文件夹的链接,不跟随;请把该文件夹作为 --corpus 单独给出"
		}
		return ""
	}
	if target, lerr := fs.ReadLink(fsys, p); lerr == nil && leavesRoot(p, target) {
		return fmt.Sprintf("是指向语料文件夹之外的链接(%s),为防止读取文件夹外的文件已跳过", target)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return "是链接,但目标文件不存在"
	}
	// os.Root reports a link that leaves it through another link in its
	// own words; say it plainly.
	if strings.Contains(err.Error(), "escapes") {
		return "是指向语料文件夹之外的链接,为防止读取文件夹外的文件已跳过"
	}
	return "是无法读取的链接: " + err.Error()
}

// leavesRoot reports whether a link at p with the given target points
// outside the root it is in.
func leavesRoot(p, target string) bool {
	if filepath.IsAbs(target) || path.IsAbs(filepath.ToSlash(target)) || filepath.VolumeName(target) != "" {
		return true
	}
	j := path.Clean(path.Join(path.Dir(p), filepath.ToSlash(target)))
	return j == ".." || strings.HasPrefix(j, "../")
}

// displayName is a file's path as messages and ids use it: decoded when the
// name on disk is GBK. ok is false when it cannot be decoded.
func displayName(p string) (string, bool) {
	return document.FileName(p)
}
