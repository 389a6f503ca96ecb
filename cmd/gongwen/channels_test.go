package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha1"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
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

// wecomSeal encrypts and signs a callback body as 企业微信 does (AES-256-CBC,
// IV the key's first 16 bytes, PKCS#7 to 32 bytes; SHA1 of the sorted
// token, timestamp, nonce and ciphertext).
func wecomSeal(t *testing.T, token, aesKey string, plain []byte) (query url.Values, body []byte) {
	t.Helper()
	key, err := base64.StdEncoding.DecodeString(aesKey + "=")
	if err != nil {
		t.Fatal(err)
	}
	msg := append([]byte("0123456789abcdef"), 0, 0, 0, 0)
	binary.BigEndian.PutUint32(msg[16:], uint32(len(plain)))
	msg = append(msg, plain...)
	pad := 32 - len(msg)%32
	msg = append(msg, bytes.Repeat([]byte{byte(pad)}, pad)...)
	block, _ := aes.NewCipher(key)
	ct := make([]byte, len(msg))
	cipher.NewCBCEncrypter(block, key[:16]).CryptBlocks(ct, msg)
	enc := base64.StdEncoding.EncodeToString(ct)
	ts, nonce := strconv.FormatInt(time.Now().Unix(), 10), strconv.FormatInt(time.Now().UnixNano(), 36)
	parts := []string{token, ts, nonce, enc}
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	body, _ = json.Marshal(map[string]string{"encrypt": enc})
	return url.Values{"msg_signature": {hex.EncodeToString(sum[:])}, "timestamp": {ts}, "nonce": {nonce}}, body
}

func wecomOpen(t *testing.T, aesKey string, reply []byte) map[string]any {
	t.Helper()
	var env map[string]string
	if err := json.Unmarshal(reply, &env); err != nil {
		t.Fatalf("reply %s", reply)
	}
	key, _ := base64.StdEncoding.DecodeString(aesKey + "=")
	ct, _ := base64.StdEncoding.DecodeString(env["encrypt"])
	block, _ := aes.NewCipher(key)
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, key[:16]).CryptBlocks(pt, ct)
	pt = pt[:len(pt)-int(pt[len(pt)-1])]
	n := binary.BigEndian.Uint32(pt[16:20])
	var m map[string]any
	if err := json.Unmarshal(pt[20:20+n], &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// 企业微信 in URL-callback mode through the real serve: a signed, encrypted
// question gets the first stream frame at once, and refreshes bring the
// answer with its sources.
func TestServeWeComCallback(t *testing.T) {
	const token, aesKey = "tok", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
	s := startServe(t, map[string]string{"WECOM_TOKEN": token, "WECOM_AES_KEY": aesKey})
	post := func(m map[string]any) map[string]any {
		plain, _ := json.Marshal(m)
		q, body := wecomSeal(t, token, aesKey, plain)
		r := s.post(t, "/wecom/callback?"+q.Encode(), "application/json", body, nil)
		if r.status != 200 {
			t.Fatalf("callback: %d %s", r.status, r.body)
		}
		return wecomOpen(t, aesKey, r.body)
	}
	first := post(map[string]any{"msgid": "m1", "msgtype": "text", "chattype": "single",
		"from": map[string]string{"userid": "u1"}, "text": map[string]string{"content": "2024年普法宣传活动开展了多少场"}})
	st, _ := first["stream"].(map[string]any)
	if st == nil || st["finish"] != false {
		t.Fatalf("first frame %v", first)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		r := post(map[string]any{"msgid": "r" + strconv.FormatInt(time.Now().UnixNano(), 10), "msgtype": "stream", "chattype": "single",
			"from": map[string]string{"userid": "u1"}, "stream": map[string]any{"id": st["id"]}})
		frame := r["stream"].(map[string]any)
		if frame["finish"] == true {
			if !strings.Contains(frame["content"].(string), "**来源**") {
				t.Errorf("final frame %v", frame["content"])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the answer never finished")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
