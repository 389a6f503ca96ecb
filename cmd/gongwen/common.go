package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
)

// newFlags makes a subcommand's flag set; -h prints its usage to stdout.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "用法: gongwen %s\n\n参数:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, allowing flags after positional arguments
// ("gongwen search 普法 --json"), which staff type naturally.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, &exitError{2, err}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

var errHelp = &exitError{0, errSilent}

// dbFlag registers --db with its default from the environment.
func dbFlag(e *env, fs *flag.FlagSet) *string {
	return fs.String("db", defaultDB(e.getenv), "索引目录(默认 $GONGWEN_DB,否则用户数据目录)")
}

func defaultDB(getenv func(string) string) string {
	if d := getenv("GONGWEN_DB"); d != "" {
		return d
	}
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "gongwen")
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "gongwen")
	}
	return filepath.Join(os.TempDir(), "gongwen")
}

// llmConfig is the OpenAI-compatible configuration from the environment.
func llmConfig(e *env) llm.Config { return llm.ConfigFromEnv(e.getenv) }

// embedder picks the remote embedder when GONGWEN_EMBED_MODEL is set and
// the offline one otherwise.
func embedder(e *env) index.Embedder {
	cfg := llmConfig(e)
	if cfg.EmbedEnabled() {
		return embedding.Remote{Client: llm.New(cfg)}
	}
	return embedding.Local{}
}

// bundledSource is the corpus compiled into the binary.
func bundledSource() index.Source { return index.Source{Label: "内置语料", FS: corpus.FS()} }

// openIndex opens the index in db, building it from the bundled corpus
// first when there is none.
func openIndex(ctx context.Context, e *env, db string) (*index.Index, error) {
	emb := embedder(e)
	if index.Exists(db) {
		return index.Open(ctx, db, emb)
	}
	fmt.Fprintf(e.stderr, "未找到索引,正在用内置语料建立索引(%s)…\n", db)
	ix, rep, err := index.Ingest(ctx, db, emb, index.IngestOptions{
		Sources:  []index.Source{bundledSource()},
		Progress: progressBar(e.stderr),
		OnWait:   waitMessage(e, db),
	})
	if err != nil {
		return nil, err
	}
	reportFiles(e, rep)
	return ix, nil
}

// isTerminal reports whether w is an interactive terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progressBar draws ingest progress on a terminal and stays quiet otherwise,
// so logs and scripts are not filled with carriage returns.
func progressBar(w io.Writer) func(index.Progress) {
	if !isTerminal(w) {
		return nil
	}
	start := time.Now()
	last := time.Time{}
	return func(p index.Progress) {
		if p.Total == 0 {
			return
		}
		done := p.Done == p.Total
		if !done && time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		const width = 30
		filled := width * p.Done / p.Total
		name := []rune(filepath.Base(p.File))
		if len(name) > 24 {
			name = append(name[:23], '…')
		}
		fmt.Fprintf(w, "\r[%s%s] %d/%d %5.1fs %s\033[K", strings.Repeat("█", filled), strings.Repeat("░", width-filled), p.Done, p.Total, time.Since(start).Seconds(), string(name))
		if done {
			fmt.Fprintln(w)
		}
	}
}
