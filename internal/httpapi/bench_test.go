package httpapi

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
)

// BenchmarkAskAuthenticated50 is 50 concurrent authenticated clients
// asking at once, each iteration one round: half scripts with an office's
// bearer token, half browser sessions (cookie + CSRF token) of two offices,
// each limited to its own documents. It reports the round's p50 and p95.
//
//	go test -run '^$' -bench AskAuthenticated50 -benchtime 10x ./internal/httpapi
func BenchmarkAskAuthenticated50(b *testing.B) { benchAsk50(b, true) }

// BenchmarkAskSingleUser50 is the same round in single-user mode (no
// access file), the baseline the cost of authentication and scoping is
// read against.
func BenchmarkAskSingleUser50(b *testing.B) { benchAsk50(b, false) }

func benchAsk50(b *testing.B, auth bool) {
	s := &Server{Asker: &answer.Engine{Index: testIndex}, Index: testIndex}
	if auth {
		s.Accounts = accessFile(b)
	}
	ts := httptest.NewServer(s.Handler())
	defer ts.Close()
	login := func(user, pw string) http.Header {
		resp, err := http.Post(ts.URL+"/v1/login", "application/json", bytes.NewReader(must(json.Marshal(LoginRequest{User: user, Password: pw}))))
		if err != nil {
			b.Fatal(err)
		}
		defer resp.Body.Close()
		var info SessionInfo
		if err := json.NewDecoder(resp.Body).Decode(&info); err != nil || resp.StatusCode != 200 {
			b.Fatalf("login %s: %d %v", user, resp.StatusCode, err)
		}
		return http.Header{"Cookie": {SessionCookie + "=" + resp.Cookies()[0].Value}, CSRFHeader: {info.CSRFToken}}
	}
	const n = 50
	clients := make([]http.Header, n)
	for i := range clients {
		if !auth {
			clients[i] = http.Header{}
			continue
		}
		switch i % 4 {
		case 0, 1:
			clients[i] = http.Header{"Authorization": {"Bearer " + qcToken}}
		case 2:
			clients[i] = login("清城", "清城的口令")
		case 3:
			clients[i] = login("清新", "清新的口令")
		}
	}
	questions := []string{
		"清城区民政局2024年开展了哪些普法宣传活动?",
		"2019年清新区民政局行政执法情况",
		"石潭镇2019年法治政府建设存在的问题",
		"去年的报告里普法宣传搞了多少场活动?",
		"行政复议和行政应诉案件有多少件?",
	}
	ask := func(i int) (time.Duration, bool) {
		req, _ := http.NewRequest("POST", ts.URL+"/v1/ask", bytes.NewReader(must(json.Marshal(AskRequest{Q: questions[i%len(questions)]}))))
		req.Header = clients[i].Clone()
		req.Header.Set("Content-Type", "application/json")
		t0 := time.Now()
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return time.Since(t0), false
		}
		var r answer.Response
		ok := resp.StatusCode == 200 && json.NewDecoder(resp.Body).Decode(&r) == nil
		resp.Body.Close()
		return time.Since(t0), ok
	}
	ask(0) // the token's one bcrypt check, outside the timing

	var (
		mu        sync.Mutex
		latencies []time.Duration
		errs      int
	)
	b.ResetTimer()
	for b.Loop() {
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				d, ok := ask(i)
				mu.Lock()
				defer mu.Unlock()
				latencies = append(latencies, d)
				if !ok {
					errs++
				}
			})
		}
		wg.Wait()
	}
	b.StopTimer()
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(latencies[len(latencies)/2]), "p50_ms")
	b.ReportMetric(ms(latencies[len(latencies)*95/100]), "p95_ms")
	b.ReportMetric(float64(errs), "errors")
	if errs > 0 {
		b.Errorf("%d of %d asks failed", errs, len(latencies))
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}
