package main

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A running serve picks up a snapshot written by a later ingest: /healthz
// shows the new count and generation, and a question finds the new document.
// Before, serve answered from the index it started with for as long as it ran.
func TestServeReloadsNewSnapshot(t *testing.T) {
	db, first, second := t.TempDir(), t.TempDir(), t.TempDir()
	writeFiles(t, first, map[string]string{"石角镇报告.txt": officeReport("石角镇")})
	writeFiles(t, second, map[string]string{"大湾镇报告.txt": "大湾镇2024年法治政府建设工作报告\n\n一、工作情况\n\n（一）培育法律明白人\n\n大湾镇举办法律明白人培训班37期,培训村居法律明白人820名。\n"})
	if _, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", first); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr)
	}
	s := startServe(t, map[string]string{}, "--db", db, "--reload", "20ms")
	health := func() map[string]any {
		t.Helper()
		resp, err := http.Get("http://" + s.addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var m map[string]any
		if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
			t.Fatal(err)
		}
		return m
	}
	h := health()
	if h["docs"] != 1.0 || h["generation"] != 1.0 || h["snapshot_time"] == nil {
		t.Fatalf("healthz before = %v, want docs 1, generation 1 and a snapshot time", h)
	}

	// Another ingest, as another process would run it, while serve runs.
	if _, stderr, err := runCmd(t, noEnv, "ingest", "--no-bundled", "--db", db, "--corpus", second); err != nil {
		t.Fatalf("second ingest: %v\n%s", err, stderr)
	}
	deadline := time.Now().Add(20 * time.Second)
	for h = health(); h["docs"] != 2.0 && time.Now().Before(deadline); h = health() {
		time.Sleep(10 * time.Millisecond)
	}
	if h["docs"] != 2.0 || h["generation"] != 2.0 {
		t.Fatalf("healthz after ingest = %v, want docs 2, generation 2; logs:\n%s", h, s.logText())
	}
	r := s.post(t, "/v1/ask", "application/json", []byte(`{"q":"大湾镇2024年举办了多少期法律明白人培训班?"}`), nil)
	if r.status != 200 || !strings.Contains(string(r.body), "大湾镇报告") || !strings.Contains(string(r.body), "37期") {
		t.Errorf("ask after reload = %d %.400s; want an answer citing the new document", r.status, r.body)
	}
	if !strings.Contains(s.logText(), "index reloaded") {
		t.Error("no log line for the reload")
	}
}
