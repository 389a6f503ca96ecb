package index_test

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/gongwen/gongwen/internal/embedding"
	"github.com/gongwen/gongwen/internal/index"
)

// bombDOCX is a .docx whose document.xml repeats one paragraph until it
// holds textBytes of text (markup only when para is ""); every salt-th
// paragraph (when salt > 0) ends in a random number, which makes the archive
// larger, as a bomb made to slip under a compression-ratio check would be.
// Written through the zip writer piece by piece: the text is never in memory.
func bombDOCX(tb testing.TB, para string, textBytes, salt int) []byte {
	tb.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		tb.Fatal(err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`)
	p, step := "<w:p/>", len("<w:p/>")
	if para != "" {
		p, step = "<w:p><w:r><w:t>"+para+"</w:t></w:r></w:p>", len(para)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for i, n := 0, 0; n < textBytes; i, n = i+1, n+step {
		if salt > 0 && i%salt == 0 {
			bw.WriteString("<w:p><w:r><w:t>" + para + strconv.FormatUint(rnd.Uint64(), 10) + "</w:t></w:r></w:p>")
			continue
		}
		bw.WriteString(p)
	}
	bw.WriteString(`</w:body></w:document>`)
	if err := bw.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// peakMemory samples the Go heap and the kernel's RSS high-water mark over
// one run (the mark is reset first where Linux allows it).
type peakMemory struct {
	heap atomic.Uint64
	done chan struct{}
	wg   sync.WaitGroup
}

func watchMemory() *peakMemory {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	m := &peakMemory{done: make(chan struct{})}
	m.wg.Add(1)
	go func() {
		defer m.wg.Done()
		s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			if v := s[0].Value.Uint64(); v > m.heap.Load() {
				m.heap.Store(v)
			}
			select {
			case <-m.done:
				return
			case <-t.C:
			}
		}
	}()
	return m
}

// stop returns the peak heap and peak RSS in MB (RSS 0 where unknown).
func (m *peakMemory) stop() (heapMB, rssMB float64) {
	close(m.done)
	m.wg.Wait()
	b, _ := os.ReadFile("/proc/self/status")
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			rssMB = float64(kb) / 1024
		}
	}
	return float64(m.heap.Load()) / (1 << 20), rssMB
}

// BenchmarkIngestBomb ingests one hostile file and reports the peak memory
// it costs: before the streaming cap the 300 MB .docx cost 2.7 GB and a
// 1 MB whitespace file 41 s. Run with -benchtime=1x: each case is one ingest.
//
//	go test -run '^$' -bench IngestBomb -benchtime=1x ./internal/index/
func BenchmarkIngestBomb(b *testing.B) {
	para := strings.Repeat("全面推进依法行政,加强法治政府建设,开展普法宣传活动。", 10)
	cases := []struct {
		name string
		file string
		make func(testing.TB) []byte
	}{
		// The bomb: 1.4 MB holding 300 MB of text.
		{"docx-300MB-text-1.4MB", "bomb.docx", func(tb testing.TB) []byte { return bombDOCX(tb, para, 300<<20, 64) }},
		// Plain repetition: a far smaller archive.
		{"docx-300MB-text-repeated", "bomb.docx", func(tb testing.TB) []byte { return bombDOCX(tb, para, 300<<20, 0) }},
		{"docx-500MB-markup", "markup.docx", func(tb testing.TB) []byte { return bombDOCX(tb, "", 500<<20, 0) }},
		{"txt-1MB-newlines", "blank.txt", func(testing.TB) []byte { return []byte("标题\n" + strings.Repeat("\n", 1<<20)) }},
		{"txt-1MB-spaces", "blank.txt", func(testing.TB) []byte { return []byte("标题" + strings.Repeat(" \t", 1<<19)) }},
		// Under every cap: what the largest accepted document costs.
		{"docx-10MB-text-varied", "big.docx", func(tb testing.TB) []byte { return bombDOCX(tb, para, 10<<20, 1) }},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			data := c.make(b)
			fsys := fstest.MapFS{c.file: {Data: data}}
			var heap, rss float64
			for b.Loop() {
				dir := b.TempDir()
				m := watchMemory()
				_, rep, err := index.Ingest(context.Background(), dir, embedding.Local{}, index.IngestOptions{Sources: []index.Source{{Label: "bomb", FS: fsys}}})
				h, r := m.stop()
				heap, rss = max(heap, h), max(rss, r)
				if err != nil {
					b.Fatal(err)
				}
				if len(rep.Failed) > 0 {
					b.Logf("%s refused: %s", c.file, rep.Failed[0].Err)
				} else {
					b.Logf("%s ingested: %d chunks", c.file, rep.Chunks)
				}
			}
			b.ReportMetric(float64(len(data))/(1<<20), "file-MB")
			b.ReportMetric(heap, "peak-heap-MB")
			b.ReportMetric(rss, "peak-RSS-MB")
		})
	}
}
