package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/index"
)

// isTerminal reports whether w is an interactive terminal: a character
// device, which is what a console is on Windows as well (os.File.Stat maps
// FILE_TYPE_CHAR to it), so no terminal library is needed.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar reports ingest progress on w: a bar redrawn in place on a
// terminal, plain lines when w is a pipe or a log file, so that neither a
// person nor a log is left looking at nothing during a long build.
func progressBar(w io.Writer) func(index.Progress) {
	return newProgress(w, isTerminal(w), time.Now).update
}

// Plain lines start only after plainAfter, so a build that is over in a
// moment (the bundled corpus: well under a second) adds nothing to a log;
// then one line per tenth of the files.
const plainAfter = 2 * time.Second

type progress struct {
	w     io.Writer
	tty   bool
	now   func() time.Time
	start time.Time
	last  time.Time // last redraw of the bar
	width int       // display width of the bar's previous line
	tenth int       // the last tenth of the files reported in a plain line
	shown bool      // a plain line was written
}

func newProgress(w io.Writer, tty bool, now func() time.Time) *progress {
	return &progress{w: w, tty: tty, now: now, start: now(), tenth: -1}
}

func (p *progress) update(ev index.Progress) {
	if ev.Total == 0 {
		return
	}
	now := p.now()
	elapsed := now.Sub(p.start).Seconds()
	done := ev.Done >= ev.Total
	if !p.tty {
		tenth := 10 * ev.Done / ev.Total
		if done {
			if p.shown {
				fmt.Fprintf(p.w, "索引:%d/%d 个文件已读完,用时 %.1fs,正在写入索引…\n", ev.Done, ev.Total, elapsed)
			}
			return
		}
		if now.Sub(p.start) < plainAfter || tenth <= p.tenth {
			return
		}
		p.tenth, p.shown = tenth, true
		fmt.Fprintf(p.w, "索引:%d/%d 个文件(%d%%),用时 %.0fs,正在读 %s\n", ev.Done, ev.Total, 100*ev.Done/ev.Total, elapsed, baseName(ev.File))
		return
	}
	if !done && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	// ASCII only: block characters are "ambiguous width" and take two
	// columns in a Chinese Windows console, which would wrap the line.
	const barWidth = 24
	filled := barWidth * ev.Done / ev.Total
	line := fmt.Sprintf("索引 [%s%s] %d/%d %.1fs", strings.Repeat("#", filled), strings.Repeat("-", barWidth-filled), ev.Done, ev.Total, elapsed)
	if name := baseName(ev.File); name != "" && !done {
		if utf8.RuneCountInString(name) > 20 {
			name = string([]rune(name)[:19]) + "…"
		}
		line += " " + name
	}
	if done {
		// Building the search structures and saving come after the last
		// file, and take a while on a large corpus.
		line += " 正在写入索引…"
	}
	// Overwrite the previous line with spaces rather than an ANSI erase,
	// which an older Windows console prints as "←[K".
	w := displayWidth(line)
	pad := ""
	if p.width > w {
		pad = strings.Repeat(" ", p.width-w)
	}
	p.width = w
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	if done {
		fmt.Fprintln(p.w)
		p.width = 0
	}
}
