package document

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// convertTimeout bounds one conversion. LibreOffice's cold start alone
// takes several seconds on a small machine.
const convertTimeout = 2 * time.Minute

// oleMagic starts every OLE2 compound file: Word 97–2003 .doc and the .wps
// of WPS Office (which since WPS 2005 writes Word's binary format).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// extractLegacyWord reads a .doc or .wps through a program on the machine.
// LibreOffice comes first because its .docx keeps heading styles,
// numbering and tables, which the DOCX reader then reads like any other
// Word file; antiword and catdoc only give text. read names the program.
func extractLegacyWord(format string, data []byte) ([]outlineLine, string, error) {
	ole := bytes.HasPrefix(data, oleMagic)
	if !ole {
		if bytes.HasPrefix(data, []byte("PK")) {
			// A .docx saved under the old name, which Word and WPS
			// open without a word.
			lines, err := extractDOCX(data)
			return lines, "", err
		}
		// Only LibreOffice reads the pre-2005 WPS and Works formats.
		if format == "doc" || lookSoffice() == "" {
			return nil, "", fmt.Errorf("不是 Word 97-2003/WPS 文件(缺少 OLE 文件头): %w", ErrCorrupt)
		}
	}
	dir, err := os.MkdirTemp("", "gongwen-conv-*")
	if err != nil {
		return nil, "", fmt.Errorf("无法创建临时目录: %v: %w", err, ErrCorrupt)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in."+format)
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, "", fmt.Errorf("无法写入临时文件: %v: %w", err, ErrCorrupt)
	}

	if exe := lookSoffice(); exe != "" {
		lines, err := convertSoffice(exe, dir, in)
		return lines, "soffice", err
	}
	if exe, err := exec.LookPath("antiword"); err == nil && ole {
		out, err := runTool(exe, nil, "-w", "0", "-m", "UTF-8.txt", in)
		if err == nil {
			return antiwordLines(out), "antiword", nil
		}
		if format == "doc" {
			if _, lerr := exec.LookPath("catdoc"); lerr != nil {
				return nil, "", err
			}
		}
	}
	if exe, err := exec.LookPath("catdoc"); err == nil && format == "doc" && ole {
		out, err := runTool(exe, nil, "-d", "utf-8", "-w", in)
		if err != nil {
			return nil, "", err
		}
		return plainLines(out), "catdoc", nil
	}
	if format == "wps" {
		return nil, "", fmt.Errorf("读取 WPS 文件需要 LibreOffice:请安装 Debian 软件包 libreoffice-writer-nogui(apt-get install libreoffice-writer-nogui),或安装 antiword: %w", ErrNeedsTool)
	}
	return nil, "", fmt.Errorf("读取 Word 97-2003 (.doc) 文件需要 antiword 或 LibreOffice:请安装 Debian 软件包 antiword(apt-get install antiword)或 libreoffice-writer-nogui: %w", ErrNeedsTool)
}

func lookSoffice() string {
	for _, name := range []string{"soffice", "libreoffice"} {
		if exe, err := exec.LookPath(name); err == nil {
			return exe
		}
	}
	return ""
}

// convertSoffice converts in to .docx with a private LibreOffice profile, so
// that it neither waits for nor disturbs a LibreOffice the user has open.
func convertSoffice(exe, dir, in string) ([]outlineLine, error) {
	profile := "file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	if _, err := runTool(exe, nil, "-env:UserInstallation="+profile, "--headless", "--norestore",
		"--convert-to", "docx", "--outdir", dir, in); err != nil {
		return nil, err
	}
	out := strings.TrimSuffix(in, filepath.Ext(in)) + ".docx"
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("LibreOffice 未能转换该文件(文件可能已损坏): %w", ErrCorrupt)
	}
	return extractDOCX(data)
}

// runTool runs a converter and returns its standard output as UTF-8.
func runTool(exe string, env []string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), convertTimeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, exe, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	cmd.WaitDelay = 5 * time.Second
	name := filepath.Base(exe)
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", fmt.Errorf("%s 超时(%v): %w", name, convertTimeout, ErrCorrupt)
		}
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("%s: %s: %w", name, firstLine(msg), ErrCorrupt)
	}
	return strings.ToValidUTF8(stdout.String(), "\uFFFD"), nil
}

// plainLines turns a converter's text output into lines: antiword and
// catdoc put a blank line between paragraphs and render tables with "|"
// between cells, which is already the shape the DOCX reader gives them.
func plainLines(s string) []outlineLine {
	var out []outlineLine
	for _, l := range strings.Split(normalizeNewlines(s), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, outlineLine{text: l, level: -1})
		}
	}
	return out
}

// antiwordNoteRe is antiword's footnote reference "[1]", which would read
// as one of our citation markers.
var antiwordNoteRe = regexp.MustCompile(`\[\d{1,3}\]`)

// antiwordLines turns antiword's text into the reader's lines. antiword
// draws a table row as "|cell   |cell   |" and wraps long cells onto
// further lines whose first cell is empty; those are folded back into one
// row. Footnotes follow a line of dashes at the end, "[1]<tab>text".
func antiwordLines(s string) []outlineLine {
	var out []outlineLine
	var row []string // the table row being gathered
	flush := func() {
		if row != nil {
			if l := tableRow(row); l != "" {
				out = append(out, outlineLine{text: l, level: -1})
			}
			row = nil
		}
	}
	for _, l := range strings.Split(normalizeNewlines(s), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "|") && strings.HasSuffix(l, "|") && len(l) > 1 {
			cells := strings.Split(l[1:len(l)-1], "|")
			for i := range cells {
				cells[i] = strings.TrimSpace(cells[i])
			}
			if row != nil && len(cells) == len(row) && cells[0] == "" {
				for i, c := range cells {
					row[i] = joinWrapped(row[i], c)
				}
				continue
			}
			flush()
			row = cells
			continue
		}
		flush()
		if l == "" || strings.Trim(l, "-") == "" {
			continue
		}
		if m := antiwordNoteRe.FindStringIndex(l); m != nil && m[0] == 0 {
			l = "注:" + strings.TrimSpace(l[m[1]:])
		} else {
			l = antiwordNoteRe.ReplaceAllString(l, "")
		}
		out = append(out, outlineLine{text: l, level: -1})
	}
	flush()
	return out
}

// joinWrapped joins two pieces of a wrapped cell: Chinese wraps anywhere
// and takes no space, other text wraps at spaces.
func joinWrapped(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case isCJK(lastRune(a)) || isCJK(firstRune(b)):
		return a + b
	}
	return a + " " + b
}
