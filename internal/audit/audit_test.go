package audit_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/audit"
)

func TestWriteRotateRead(t *testing.T) {
	dir := t.TempDir()
	l, err := audit.Open(dir, 600, 2)
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2026, 1, 10, 9, 0, 0, 0, time.Local)
	for i := range 12 {
		user := []string{"清城", "清新"}[i%2]
		e := audit.Entry{Time: day.Add(time.Duration(i) * 24 * time.Hour), User: user, Channel: "web", Kind: "ask", Q: "普法宣传搞了多少场活动?", Mode: "extractive", Found: true,
			Docs: []audit.Doc{{ID: "001_5d2ab5fed4f2549d", Title: "清远市清城区民政局2024年法治政府建设工作报告"}}}
		if i == 11 {
			e.Q, e.Kind = "加强法治宣传教育", "outline"
		}
		if err := l.Write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	// Each line is about 250 bytes: two to a file, the current one and two
	// rotated kept, the rest dropped.
	for _, name := range []string{audit.FileName, audit.FileName + ".1", audit.FileName + ".2"} {
		st, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if st.Size() > 600 {
			t.Errorf("%s is %d bytes, over the 600 limit", name, st.Size())
		}
		if st.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", name, st.Mode().Perm())
		}
	}
	if _, err := os.Stat(filepath.Join(dir, audit.FileName+".3")); err == nil {
		t.Error("a third rotated file is kept")
	}

	var all []audit.Entry
	if err := audit.Read(dir, audit.Filter{}, func(e audit.Entry) error { all = append(all, e); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(all) < 4 || len(all) > 6 || all[len(all)-1].Kind != "outline" {
		t.Fatalf("read %d entries, last %+v", len(all), all[len(all)-1])
	}
	for i := 1; i < len(all); i++ {
		if all[i].Time.Before(all[i-1].Time) {
			t.Errorf("entries out of order at %d", i)
		}
	}

	tests := []struct {
		name string
		f    audit.Filter
		want func(audit.Entry) bool
	}{
		{"user", audit.Filter{User: "清城"}, func(e audit.Entry) bool { return e.User == "清城" }},
		{"kind", audit.Filter{Kind: "outline"}, func(e audit.Entry) bool { return e.Kind == "outline" }},
		{"since", audit.Filter{Since: day.AddDate(0, 0, 10)}, func(e audit.Entry) bool { return !e.Time.Before(day.AddDate(0, 0, 10)) }},
		{"until", audit.Filter{Until: day.AddDate(0, 0, 10)}, func(e audit.Entry) bool { return e.Time.Before(day.AddDate(0, 0, 10)) }},
		{"text in question", audit.Filter{Text: "法治宣传教育"}, func(e audit.Entry) bool { return strings.Contains(e.Q, "法治宣传教育") }},
		{"text in a cited title", audit.Filter{Text: "清城区民政局2024"}, func(audit.Entry) bool { return true }},
		{"text nowhere", audit.Filter{Text: "养猪"}, func(audit.Entry) bool { return false }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got int
			err := audit.Read(dir, tt.f, func(e audit.Entry) error {
				got++
				if !tt.want(e) {
					t.Errorf("entry %+v passed the filter", e)
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			want := 0
			for _, e := range all {
				if tt.want(e) {
					want++
				}
			}
			if got != want {
				t.Errorf("%d entries, want %d", got, want)
			}
		})
	}
}

func TestReadEmpty(t *testing.T) {
	if err := audit.Read(t.TempDir(), audit.Filter{}, func(audit.Entry) error { t.Error("an entry from nowhere"); return nil }); err != nil {
		t.Errorf("no trail yet: %v", err)
	}
}
