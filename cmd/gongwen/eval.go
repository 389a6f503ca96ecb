package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gongwen/gongwen/internal/eval"
	"github.com/gongwen/gongwen/internal/index"
)

func init() { extraCommands["eval"] = runEval }

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", `eval [--qa FILE | --set NAME] [--split tune|test] [--corpus DIR]... [--json]

  在问题集上测量检索 recall@1/@5、MRR、回答准确率、拒答率、误拒率、自相矛盾的拒答
  和无法核验的引用,每个问题集、每个划分(tune 调参集 / test 测试集)分别报告。
  内置问题集: seed 与 bundled2(内置语料)、policies 与 policies2(../shared/policies)、
  govreports 与 govreports2…5(../shared/govreports)、refusals(三者都要)、
  fresh、fresh2…fresh37(internal/eval/testdata/fresh…fresh37);
  索引中缺少其文件的问题集会跳过并说明。给出 --corpus 时在临时索引中把这些目录与内置语料一起索引。

  例: gongwen eval --corpus ../shared/policies --corpus ../shared/govreports`)
	db := dbFlag(e, fs)
	qaPath := fs.String("qa", "", "问题集文件(JSON Lines),代替内置问题集")
	var names []string
	for _, s := range eval.Sets {
		names = append(names, s.Name)
	}
	setName := fs.String("set", "", "只评测这个内置问题集: "+strings.Join(names, "、"))
	split := fs.String("split", "", "只评测这个划分: tune 或 test(默认两者分别报告)")
	asJSON := fs.Bool("json", false, "以 JSON 输出")
	chat := fs.Int("chat", 0, "像网页和聊天中那样连续提问:每个问题带上问题集中它前面的 N 个问题及回答作为对话历史(0 为逐个单独提问)")
	var dirs multiFlag
	fs.Var(&dirs, "corpus", "与内置语料一起索引的目录(可重复),在临时索引中进行")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	type namedSet struct {
		name string
		qs   []eval.Question
	}
	var sets []namedSet
	if *qaPath != "" {
		qs, err := eval.LoadFile(*qaPath)
		if err != nil {
			return &exitError{2, fmt.Errorf("问题集读取失败: %w", err)}
		}
		sets = append(sets, namedSet{filepath.Base(*qaPath), qs})
	} else {
		for _, s := range eval.Sets {
			if *setName != "" && s.Name != *setName {
				continue
			}
			qs, err := eval.Load(bytes.NewReader(s.Data))
			if err != nil {
				return fmt.Errorf("内置问题集 %s: %w", s.Name, err)
			}
			sets = append(sets, namedSet{s.Name, qs})
		}
		if len(sets) == 0 {
			return &exitError{2, fmt.Errorf("没有名为 %q 的内置问题集(可选: seed、bundled2、policies、policies2、govreports、govreports2、govreports3、govreports4、govreports5、refusals、fresh、fresh2、fresh3、fresh4、fresh5、fresh6、fresh7)", *setName)}
		}
	}
	switch *split {
	case "", eval.Tune, eval.Test:
	default:
		return &exitError{2, fmt.Errorf("--split 只能是 tune 或 test,收到 %q", *split)}
	}
	var ix *index.Index
	var err error
	if len(dirs) > 0 {
		tmp, err := os.MkdirTemp("", "gongwen-eval-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		sources := []index.Source{bundledSource()}
		for _, d := range dirs {
			src, err := index.DirSource(d, nil)
			if err != nil {
				return &exitError{2, err}
			}
			defer src.Close()
			sources = append(sources, src)
		}
		fmt.Fprintln(e.stderr, "正在建立评测用的临时索引…")
		ix, _, err = index.Ingest(ctx, tmp, embedder(e), index.IngestOptions{Sources: sources, Progress: progressBar(e.stderr)})
		if err != nil {
			return err
		}
	} else if ix, err = openIndex(ctx, e, *db); err != nil {
		return err
	}
	eng := newEngine(e, ix, "")
	type result struct {
		Set     string        `json:"set"`
		Split   string        `json:"split"`
		Metrics *eval.Metrics `json:"metrics"`
	}
	var results []result
	for _, s := range sets {
		if miss := eval.Missing(ix, s.qs); len(miss) > 0 {
			fmt.Fprintf(e.stderr, "跳过问题集 %s:索引中缺少它所问的 %d 个文件(如 %s),请用 --corpus 加入其目录\n", s.name, len(miss), miss[0])
			continue
		}
		splits := []string{eval.Tune, eval.Test}
		if *split != "" {
			splits = []string{*split}
		}
		if *qaPath != "" && *split == "" {
			splits = []string{""}
		}
		for _, sp := range splits {
			qs := eval.BySplit(s.qs, sp)
			if len(qs) == 0 {
				continue
			}
			m, err := eval.RunChat(ctx, ix, eng, qs, *chat)
			if err != nil {
				return err
			}
			results = append(results, result{s.name, sp, m})
		}
	}
	if *asJSON {
		return writeJSON(e.stdout, results)
	}
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		label := r.Split
		if label == "" {
			label = "全部"
		}
		fmt.Fprintf(e.stdout, "== 问题集 %s · %s ==\n", r.Set, label)
		eval.WriteTable(e.stdout, r.Metrics)
	}
	return nil
}
