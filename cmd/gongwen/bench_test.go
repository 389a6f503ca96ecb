package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBenchSmoke runs a tiny bench through run: the corpus part is skipped
// (no govreports), the synthetic part runs on 2000 chunks, and the JSON
// report carries every field scripts read.
func TestBenchSmoke(t *testing.T) {
	db := t.TempDir()
	out := filepath.Join(t.TempDir(), "bench.json")
	getenv := func(k string) string {
		if k == "GONGWEN_DB" {
			return db
		}
		return ""
	}
	var stdout, stderr bytes.Buffer
	start := time.Now()
	err := run(context.Background(), []string{"bench", "--synthetic", "2000", "--queries", "5", "--govreports", "/nonexistent", "--json", "--out", out}, getenv, strings.NewReader(""), &stdout, &stderr)
	if err != nil {
		t.Fatalf("bench: %v\nstderr: %s", err, stderr.String())
	}
	// How long it took is for bench itself to report, not for a test to
	// judge: speed targets live in benchmarks, and a loaded CI machine
	// would make such a check flaky.
	t.Logf("bench smoke run took %v", time.Since(start))
	fromFile, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(fromFile, stdout.Bytes()) {
		t.Errorf("--out file differs from stdout")
	}

	var rep map[string]any
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("bench --json output is not JSON: %v\n%s", err, stdout.String())
	}
	for _, path := range []string{
		"machine.cpus", "machine.cpu", "machine.go", "machine.date",
		"corpus.skipped",
		"synthetic.chunks", "synthetic.build_s", "synthetic.ratio_p50",
		"synthetic.search.p50_ms", "synthetic.search.p95_ms", "synthetic.search.p99_ms",
		"synthetic.flat_scan.p50_ms", "synthetic.raw_chromem.p50_ms",
		"synthetic.open_s", "synthetic.rss_after_open_mb", "synthetic.ask_s", "synthetic.ingest_peak_rss_mb", "synthetic.snapshot_mb",
		"synthetic.memory.peak_rss_mb", "synthetic.memory.peak_heap_mb",
		"targets", "pass",
	} {
		t.Run(path, func(t *testing.T) {
			var v any = rep
			for _, k := range strings.Split(path, ".") {
				m, ok := v.(map[string]any)
				if !ok {
					t.Fatalf("%s: not an object at %q", path, k)
				}
				if v, ok = m[k]; !ok {
					t.Fatalf("%s missing in %s", path, stdout.String())
				}
			}
		})
	}
	if n := rep["synthetic"].(map[string]any)["search"].(map[string]any)["n"]; n != 5.0 {
		t.Errorf("synthetic searches timed = %v, want 5", n)
	}
	targets := rep["targets"].([]any)
	if len(targets) != 6 {
		t.Fatalf("targets = %v, want the six synthetic ones (corpus part skipped)", targets)
	}
	if !strings.Contains(stderr.String(), "/nonexistent") {
		t.Errorf("stderr does not say the corpus part was skipped: %s", stderr.String())
	}
}
