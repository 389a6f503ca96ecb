package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/index"
)

// watchSnapshots makes serve pick up the snapshots other processes write
// (`gongwen ingest` while serve runs): every interval (0: never) it checks
// the snapshot file, and swaps a new one in with a fresh engine. Requests
// already running finish on the index they started with, as after an upload.
func (l *live) watchSnapshots(ctx context.Context, every time.Duration, log *slog.Logger) {
	if every <= 0 {
		return
	}
	w := index.NewLive(l.index())
	l.watcher.Store(w)
	go w.Watch(ctx, every, func(ix *index.Index, open time.Duration) {
		start := time.Now()
		st := &liveState{ix: ix, eng: l.engine(ix)}
		// The engine derives its catalogue of offices and plan items on
		// its first question: ask one here, so that the first real asker
		// after a reload does not wait for it.
		_, _ = st.eng.Ask(ctx, answer.Request{Q: "普法"})
		l.mu.Lock()
		defer l.mu.Unlock()
		// An upload may have swapped in a later snapshot while this one
		// was opening: never go back to an older one.
		if cur := l.index(); cur.Generation() > ix.Generation() {
			return
		}
		l.cur.Store(st)
		log.Info("index reloaded", "docs", len(ix.Docs()), "chunks", ix.NumChunks(), "generation", ix.Generation(),
			"open", open.Round(time.Millisecond), "engine", time.Since(start).Round(time.Millisecond))
	}, func(err error) {
		log.Warn("new index not loaded; still serving the previous one", "err", err)
	})
}

// health answers /healthz: the document count and which snapshot is served,
// so an operator can see that an ingest has been picked up.
func (l *live) health(w http.ResponseWriter, r *http.Request) {
	ix := l.index()
	out := map[string]any{"status": "ok", "docs": len(ix.Docs()), "chunks": ix.NumChunks(), "generation": ix.Generation()}
	if t := ix.Saved(); !t.IsZero() {
		out["snapshot_time"] = t.Format(time.RFC3339)
	}
	if l.channels != nil {
		out["channels"] = l.channels()
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(out)
}
