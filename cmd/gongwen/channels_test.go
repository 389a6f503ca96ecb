package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// Channels that cannot connect — Slack refusing the token, WeCom's endpoint
// unreachable, DingTalk refusing the credentials — retry with backoff while
// the HTTP API answers, and /healthz says which is where.
func TestServeChannelsThatCannotConnect(t *testing.T) {
	var authTests atomic.Int32
	slackAPI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/auth.test") {
			authTests.Add(1)
		}
		fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
	}))
	defer slackAPI.Close()
	dingAPI := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"code":"InvalidAuthentication","message":"凭证无效"}`)
	}))
	defer dingAPI.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	wecomURL := "ws" + strings.TrimPrefix(closed.URL, "http")
	closed.Close() // nothing listens there now

	s := startServe(t, map[string]string{
		"SLACK_BOT_TOKEN": testBotToken, "SLACK_SIGNING_SECRET": testSecret, "SLACK_API_URL": slackAPI.URL + "/",
		"WECOM_BOT_ID": "bot1", "WECOM_BOT_SECRET": "wecom-secret", "WECOM_WS_URL": wecomURL,
		"WECOM_TOKEN": "tok", "WECOM_AES_KEY": "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
		"DINGTALK_CLIENT_ID": "ding-app", "DINGTALK_CLIENT_SECRET": "ding-secret", "DINGTALK_STREAM_URL": dingAPI.URL,
	})
	s.waitLog(t, "running=slack,wecom,wecom-callback,dingtalk")

	var health struct {
		Status   string `json:"status"`
		Channels map[string]struct {
			State string `json:"state"`
			Error string `json:"error"`
		} `json:"channels"`
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + s.addr + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		health.Channels = nil
		_ = json.NewDecoder(resp.Body).Decode(&health)
		resp.Body.Close()
		ok := health.Status == "ok"
		for _, ch := range []string{"slack", "wecom", "dingtalk"} {
			ok = ok && health.Channels[ch].State == "retrying" && health.Channels[ch].Error != ""
		}
		if ok && health.Channels["wecom-callback"].State == "listening" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthz %+v", health)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if authTests.Load() == 0 {
		t.Error("auth.test never tried")
	}
	r := s.post(t, "/v1/ask", "application/json", []byte(`{"q":"2024年普法宣传活动开展了多少场"}`), nil)
	if r.status != 200 {
		t.Errorf("ask while the channels retry: %d %s", r.status, r.body)
	}
	// A forged WeCom callback is refused.
	r = s.post(t, "/wecom/callback?msg_signature=00&timestamp=1&nonce=n", "application/json", []byte(`{"encrypt":"abc"}`), nil)
	if r.status != http.StatusUnauthorized {
		t.Errorf("forged callback: %d", r.status)
	}
	for _, secret := range []string{"wecom-secret", "ding-secret"} {
		if strings.Contains(s.logText(), secret) || strings.Contains(fmt.Sprint(health), secret) {
			t.Errorf("%s leaked", secret)
		}
	}
}
