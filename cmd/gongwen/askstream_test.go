package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestServeAskStreamLLM: with a chat model configured, /v1/ask/stream
// passes the model's pieces on as they arrive (an OpenAI-compatible server
// faked at the wire), then the verified answer.
func TestServeAskStreamLLM(t *testing.T) {
	pieces := []string{"2024年度", "清城区民政局共开展", "普法宣传活动10场[1]。"}
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		for _, p := range pieces {
			b, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion.chunk", "model": "m",
				"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
			w.(http.Flusher).Flush()
		}
		io.WriteString(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(fake.Close)
	s := startServe(t, map[string]string{"OPENAI_API_KEY": "k", "OPENAI_BASE_URL": fake.URL + "/v1", "GONGWEN_CHAT_MODEL": "m"})

	resp, err := http.Post("http://"+s.addr+"/v1/ask/stream", "application/json",
		strings.NewReader(`{"q": "去年的报告里普法宣传搞了多少场活动?", "now": "2025-03-10"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var deltas []string
	var done struct {
		Mode      string `json:"mode"`
		Answer    string `json:"answer"`
		Citations []struct {
			Start, End int
			Text       string
		} `json:"citations"`
	}
	sc := bufio.NewScanner(resp.Body)
	event := ""
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			event = line[len("event: "):]
		case strings.HasPrefix(line, "data: "):
			data := line[len("data: "):]
			switch event {
			case "delta":
				var d struct{ Text string }
				_ = json.Unmarshal([]byte(data), &d)
				deltas = append(deltas, d.Text)
			case "done":
				if err := json.Unmarshal([]byte(data), &done); err != nil {
					t.Fatal(err)
				}
			default:
				t.Fatalf("event %q: %s", event, data)
			}
		}
	}
	if strings.Join(deltas, "") != strings.Join(pieces, "") || len(deltas) != len(pieces) {
		t.Errorf("deltas %q, the model sent %q", deltas, pieces)
	}
	if done.Mode != "llm" || !strings.Contains(done.Answer, "10场[1]") || len(done.Citations) != 1 || done.Citations[0].End <= done.Citations[0].Start {
		t.Errorf("done %+v", done)
	}
}
