package main

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/gongwen/gongwen/internal/eval"
	"github.com/gongwen/gongwen/internal/index"
)

func init() { extraCommands["eval"] = runEval }

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", `eval [--qa FILE] [--corpus DIR]... [--json]

  在问题集上测量检索 recall@1/@5、MRR、回答准确率、拒答率、误拒率和无法核验的引用。
  默认问题集为内置的 internal/eval/testdata/qa.jsonl;给出 --corpus 时在临时索引中
  把这些目录(例如 ../shared/govreports)与内置语料一起索引,作为干扰项。`)
	db := dbFlag(e, fs)
	qaPath := fs.String("qa", "", "问题集(JSON Lines),默认内置问题集")
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	var dirs multiFlag
	fs.Var(&dirs, "corpus", "与内置语料一起索引的目录(可重复),在临时索引中进行")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var qs []eval.Question
	var err error
	if *qaPath != "" {
		qs, err = eval.LoadFile(*qaPath)
	} else {
		qs, err = eval.Load(bytes.NewReader(eval.DefaultSet))
	}
	if err != nil {
		return &exitError{2, fmt.Errorf("问题集读取失败: %w", err)}
	}
	var ix *index.Index
	if len(dirs) > 0 {
		tmp, err := os.MkdirTemp("", "gongwen-eval-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		sources := []index.Source{bundledSource()}
		for _, d := range dirs {
			sources = append(sources, index.Source{Label: d, FS: os.DirFS(d)})
		}
		fmt.Fprintln(e.stderr, "正在建立评测用的临时索引…")
		ix, _, err = index.Ingest(ctx, tmp, embedder(e), index.IngestOptions{Sources: sources, Progress: progressBar(e.stderr)})
		if err != nil {
			return err
		}
	} else if ix, err = openIndex(ctx, e, *db); err != nil {
		return err
	}
	m, err := eval.Run(ctx, ix, newEngine(e, ix, ""), qs)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, m)
	}
	eval.WriteTable(e.stdout, m)
	return nil
}
