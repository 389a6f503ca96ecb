package wecom

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha1"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/chat"
)

const (
	testToken  = "QDG6eK"
	testAESKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C" // 43 characters
)

// weComClient is WeCom's side of the URL callback: it signs and encrypts
// as the platform does (written from the protocol, not from our code).
type weComClient struct {
	base  string
	token string
	key   []byte
	clock time.Time
}

func newWeComClient(base string) *weComClient {
	key, _ := base64.StdEncoding.DecodeString(testAESKey + "=")
	return &weComClient{base: base, token: testToken, key: key, clock: time.Now()}
}

func (c *weComClient) sign(ts, nonce, enc string) string {
	s := []string{c.token, ts, nonce, enc}
	sort.Strings(s)
	return fmt.Sprintf("%x", sha1.Sum([]byte(strings.Join(s, ""))))
}

func (c *weComClient) seal(plain []byte) string {
	msg := append([]byte("0123456789abcdef"), byte(len(plain)>>24), byte(len(plain)>>16), byte(len(plain)>>8), byte(len(plain)))
	msg = append(msg, plain...)
	pad := 32 - len(msg)%32
	msg = append(msg, bytes.Repeat([]byte{byte(pad)}, pad)...)
	block, _ := aes.NewCipher(c.key)
	out := make([]byte, len(msg))
	cipher.NewCBCEncrypter(block, c.key[:16]).CryptBlocks(out, msg)
	return base64.StdEncoding.EncodeToString(out)
}

func (c *weComClient) open(t *testing.T, enc string) []byte {
	t.Helper()
	ct, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		t.Fatal(err)
	}
	block, _ := aes.NewCipher(c.key)
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, c.key[:16]).CryptBlocks(pt, ct)
	pt = pt[:len(pt)-int(pt[len(pt)-1])]
	n := int(pt[16])<<24 | int(pt[17])<<16 | int(pt[18])<<8 | int(pt[19])
	return pt[20 : 20+n]
}

type result struct {
	status int
	body   []byte
}

// post sends one encrypted callback; forge changes what is signed.
func (c *weComClient) post(t *testing.T, v any, forge func(q url.Values)) result {
	t.Helper()
	plain, _ := json.Marshal(v)
	enc := c.seal(plain)
	ts, nonce := strconv.FormatInt(c.clock.Unix(), 10), "n"+strconv.FormatInt(time.Now().UnixNano(), 36)
	q := url.Values{"msg_signature": {c.sign(ts, nonce, enc)}, "timestamp": {ts}, "nonce": {nonce}}
	if forge != nil {
		forge(q)
	}
	body, _ := json.Marshal(map[string]string{"encrypt": enc})
	resp, err := http.Post(c.base+"/wecom/callback?"+q.Encode(), "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return result{resp.StatusCode, b}
}

// reply opens an encrypted reply after checking its signature.
func (c *weComClient) reply(t *testing.T, r result) map[string]any {
	t.Helper()
	if r.status != 200 {
		t.Fatalf("status %d: %s", r.status, r.body)
	}
	var env map[string]string
	if err := json.Unmarshal(r.body, &env); err != nil {
		t.Fatalf("reply %s: %v", r.body, err)
	}
	if env["msgsignature"] != c.sign(env["timestamp"], env["nonce"], env["encrypt"]) {
		t.Error("reply signature does not verify")
	}
	var m map[string]any
	if err := json.Unmarshal(c.open(t, env["encrypt"]), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func startCallback(t *testing.T, asker chat.Asker) (*weComClient, *atomic.Int32) {
	t.Helper()
	var asked atomic.Int32
	if asker == nil {
		asker = engine
	}
	counting := askerFunc(func(ctx context.Context, req answer.Request) (*answer.Response, error) {
		asked.Add(1)
		return asker.Ask(ctx, req)
	})
	core, err := chat.New(chat.Config{Asker: counting})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { core.Shutdown(context.Background()) })
	cb, err := NewCallback(Config{Token: testToken, AESKey: testAESKey, Core: core, PartialEvery: 5 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/wecom/callback", cb)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return newWeComClient(srv.URL), &asked
}

func textMsg(id, text string) map[string]any {
	return map[string]any{"msgid": id, "aibotid": "bot1", "chattype": "single", "msgtype": "text",
		"from": map[string]string{"userid": "wangwu"}, "text": map[string]string{"content": text}}
}

func TestCallbackURLVerification(t *testing.T) {
	c, _ := startCallback(t, nil)
	enc := c.seal([]byte("echo-1234"))
	ts, nonce := strconv.FormatInt(time.Now().Unix(), 10), "abc"
	q := url.Values{"msg_signature": {c.sign(ts, nonce, enc)}, "timestamp": {ts}, "nonce": {nonce}, "echostr": {enc}}
	resp, err := http.Get(c.base + "/wecom/callback?" + q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != "echo-1234" {
		t.Errorf("verification: %d %q", resp.StatusCode, b)
	}
	q.Set("msg_signature", strings.Repeat("0", 40))
	resp, _ = http.Get(c.base + "/wecom/callback?" + q.Encode())
	resp.Body.Close()
	if resp.StatusCode != http.StatusUnauthorized {
		t.Errorf("forged verification: %d", resp.StatusCode)
	}
}

func TestCallbackStreamsTheAnswer(t *testing.T) {
	c, asked := startCallback(t, nil)
	first := c.reply(t, c.post(t, textMsg("cb1", "2024年普法宣传活动开展了多少场"), nil))
	st, _ := first["stream"].(map[string]any)
	if first["msgtype"] != "stream" || st["finish"] != false || st["content"] != chat.TextSearching || st["id"] == "" {
		t.Fatalf("first reply %v", first)
	}
	id := st["id"].(string)
	var last map[string]any
	for deadline := time.Now().Add(15 * time.Second); ; {
		r := c.reply(t, c.post(t, map[string]any{"msgid": "r" + strconv.FormatInt(time.Now().UnixNano(), 10), "msgtype": "stream",
			"chattype": "single", "from": map[string]string{"userid": "wangwu"}, "stream": map[string]string{"id": id}}, nil))
		last = r["stream"].(map[string]any)
		if last["finish"] == true {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stream never finished")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if !strings.Contains(last["content"].(string), "**来源**") || last["id"] != id {
		t.Errorf("final frame %v", last)
	}
	if asked.Load() != 1 {
		t.Errorf("asked %d times", asked.Load())
	}
}

func TestCallbackRejectsForgeries(t *testing.T) {
	tests := []struct {
		name  string
		forge func(q url.Values)
		clock time.Duration
	}{
		{"forged signature", func(q url.Values) { q.Set("msg_signature", strings.Repeat("a", 40)) }, 0},
		{"signature of other parameters", func(q url.Values) { q.Set("nonce", "other") }, 0},
		{"stale timestamp", nil, -10 * time.Minute},
		{"no signature", func(q url.Values) { q.Del("msg_signature") }, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, asked := startCallback(t, nil)
			c.clock = time.Now().Add(tt.clock)
			r := c.post(t, textMsg("f1", "普法"), tt.forge)
			if r.status != http.StatusUnauthorized {
				t.Errorf("status %d, want 401", r.status)
			}
			time.Sleep(20 * time.Millisecond) // nothing may be started: give it the chance
			if asked.Load() != 0 {
				t.Error("a forged callback was answered")
			}
		})
	}
}

func TestCallbackWelcome(t *testing.T) {
	c, _ := startCallback(t, nil)
	m := c.reply(t, c.post(t, map[string]any{"msgid": "e1", "msgtype": "event", "chattype": "single",
		"from": map[string]string{"userid": "wangwu"}, "event": map[string]string{"eventtype": "enter_chat"}}, nil))
	if m["msgtype"] != "text" || !strings.Contains(fmt.Sprint(m["text"]), "公文助手") {
		t.Errorf("welcome %v", m)
	}
}

func TestCrypto(t *testing.T) {
	key, err := decodeAESKey(testAESKey)
	if err != nil {
		t.Fatal(err)
	}
	for _, msg := range []string{"", "a", strings.Repeat("公文", 100)} {
		enc, err := encrypt(key, []byte(msg), "rid")
		if err != nil {
			t.Fatal(err)
		}
		got, rid, err := decrypt(key, enc)
		if err != nil || string(got) != msg || rid != "rid" {
			t.Errorf("round trip of %d bytes: %q %q %v", len(msg), got, rid, err)
		}
	}
	if _, err := decodeAESKey("short"); err == nil {
		t.Error("a short key accepted")
	}
	if _, _, err := decrypt(key, base64.StdEncoding.EncodeToString(make([]byte, 32))); err == nil {
		t.Error("garbage decrypted")
	}
}
