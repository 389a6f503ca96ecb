package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/gongwen/gongwen/internal/index"
)

// multiFlag collects a repeated string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "ingest [--corpus DIR]... [--db DIR] [--prune] [--rebuild] [--tag 标签]... [--no-bundled] [--no-wait] [--json]")
	db := dbFlag(e, fs)
	var dirs multiFlag
	fs.Var(&dirs, "corpus", "要索引的文件夹(可重复);内置语料总是一并索引,除非 --no-bundled")
	prune := fs.Bool("prune", false, "删除索引中已不存在于语料的文件")
	rebuild := fs.Bool("rebuild", false, "忽略旧索引,全部重建(更换嵌入模型后需要)")
	noBundled := fs.Bool("no-bundled", false, "不索引内置语料")
	asJSON := fs.Bool("json", false, "以 JSON 输出结果")
	var tags multiFlag
	fs.Var(&tags, "tag", "给本次 --corpus 文件夹中的每个文件加上标签(可重复),如所属单位;访问规则按标签选择文件")
	noWait := fs.Bool("no-wait", false, "另一个 ingest 正在写入同一索引时立即失败,而不是等它完成")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	var sources []index.Source
	if !*noBundled {
		sources = append(sources, bundledSource())
	}
	for _, d := range dirs {
		st, err := os.Stat(d)
		if err != nil || !st.IsDir() {
			return &exitError{2, fmt.Errorf("语料目录 %s 不存在或不是文件夹", d)}
		}
		// Read through os.Root: links out of the folder are not followed.
		src, err := index.DirSource(d, tags)
		if err != nil {
			return &exitError{2, err}
		}
		defer src.Close()
		sources = append(sources, src)
	}
	if len(tags) > 0 && len(dirs) == 0 {
		return &exitError{2, fmt.Errorf("--tag 标记的是 --corpus 给出的文件夹,请同时给出 --corpus")}
	}
	if len(sources) == 0 {
		return &exitError{2, fmt.Errorf("没有要索引的语料:去掉 --no-bundled 或给出 --corpus")}
	}
	start := time.Now()
	ix, rep, err := index.Ingest(ctx, *db, embedder(e), index.IngestOptions{
		Sources: sources, Prune: *prune, Rebuild: *rebuild, Progress: progressBar(e.stderr),
		NoWait: *noWait, OnWait: waitMessage(e, *db),
	})
	if err != nil {
		return err
	}
	if rep.Rebuilt {
		fmt.Fprintln(e.stderr, "原索引由旧版本 gongwen 建立,已按当前格式重建。")
	}
	reportFiles(e, rep)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(e.stdout, "索引完成:%d 个文件,%d 个段落(新增 %d,更新 %d,未变 %d,删除 %d,跳过 %d,失败 %d),用时 %.1fs\n索引目录:%s\n",
			rep.Docs, ix.NumChunks(), len(rep.Added), len(rep.Updated), rep.Unchanged, len(rep.Removed), len(rep.Skipped), len(rep.Failed), time.Since(start).Seconds(), *db)
	}
	// Only files gongwen should have read and could not make the exit status
	// 1; skipped kinds and links are listed but are not failures.
	if len(rep.Failed) > 0 {
		return &exitError{1, errSilent}
	}
	return nil
}

// waitMessage tells the user why an ingest has not started yet.
func waitMessage(e *env, db string) func(string) {
	return func(holder string) {
		fmt.Fprintf(e.stderr, "另一个 gongwen ingest 正在写入索引 %s%s,等待其完成…(加 --no-wait 则立即退出)\n", db, holder)
	}
}

// reportFiles lists on stderr the files an ingest skipped on purpose and
// those it failed to read.
func reportFiles(e *env, rep *index.IngestReport) {
	for _, f := range rep.Skipped {
		fmt.Fprintf(e.stderr, "跳过 %s: %s\n", f.File, f.Err)
	}
	for _, f := range rep.Failed {
		fmt.Fprintf(e.stderr, "未能索引 %s: %s\n", f.File, f.Err)
	}
}
