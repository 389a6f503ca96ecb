package main

import (
	"context"
	"fmt"

	"github.com/gongwen/gongwen/corpus"
	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
	"github.com/gongwen/gongwen/internal/llm"
)

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
