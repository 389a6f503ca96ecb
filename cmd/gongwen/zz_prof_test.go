package main

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"
)

func BenchmarkProfAsk(b *testing.B) {
	dir := os.Getenv("PROF_DB")
	if dir == "" {
		b.Skip()
	}
	for b.Loop() {
		if err := run(context.Background(), []string{"ask", "--db", dir, "去年的报告里普法宣传搞了多少场活动?"}, func(string) string { return "" }, strings.NewReader(""), io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
