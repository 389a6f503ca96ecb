package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
)

// TestAskLLMBudget: a model that hangs or asks to be retried in an hour
// does not keep the asker waiting: the extractive answer comes at once (or
// when the budget, here a fraction of a second, runs out), and the note
// says why in plain words.
func TestAskLLMBudget(t *testing.T) {
	tests := []struct {
		name   string
		handle http.HandlerFunc
		budget string
		note   string
	}{
		{"429 Retry-After 3600", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "3600")
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"error": {"message": "rate limited", "type": "requests", "code": "rate_limit_exceeded"}}`))
		}, "", "大模型服务繁忙,已改用摘录式回答"},
		{"hung server", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }, "0.3", "大模型响应超时,已改用摘录式回答"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				// Read the request first: only then does the server notice
				// the client hanging up and end r.Context().
				_, _ = io.Copy(io.Discard, r.Body)
				tt.handle(w, r)
			}))
			defer srv.Close()
			_, base := askEnv(t)
			env := map[string]string{"OPENAI_BASE_URL": srv.URL + "/v1", "GONGWEN_CHAT_MODEL": "m", "GONGWEN_LLM_BUDGET": tt.budget}
			getenv := func(k string) string {
				if v, ok := env[k]; ok {
					return v
				}
				return base(k)
			}
			out, stderr, err := runAskCmd(t, getenv, "--json", "--now", "2025-03-01", "去年的报告里普法宣传搞了多少场活动?")
			if err != nil {
				t.Fatal(err, stderr)
			}
			var resp struct {
				Found bool   `json:"found"`
				Mode  string `json:"mode"`
				Note  string `json:"note"`
			}
			if err := json.Unmarshal([]byte(out), &resp); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if resp.Mode != "extractive" || resp.Note != tt.note || !resp.Found {
				t.Errorf("mode %q note %q found %v, want the extractive answer noting %q", resp.Mode, resp.Note, resp.Found, tt.note)
			}
			if n := calls.Load(); n != 1 {
				t.Errorf("the model was called %d times, want once", n)
			}
		})
	}
}
