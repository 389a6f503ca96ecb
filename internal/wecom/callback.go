package wecom

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha1"
	"crypto/subtle"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/chat"
)

// Callback is the bot in URL-callback mode at /wecom/callback. WeCom wants
// an answer to each POST within a few seconds, so a question is answered
// at once with the first frame of a stream, and WeCom then polls with
// "stream" refresh callbacks, each answered with the text so far, until a
// frame says finish.
type Callback struct {
	cfg  Config
	log  *slog.Logger
	core *chat.Core
	key  []byte

	mu      sync.Mutex
	streams map[string]*pending
}

// pending is an answer being written, read by the refresh callbacks.
type pending struct {
	body    streamBody
	updated time.Time
}

// NewCallback checks the token and the EncodingAESKey.
func NewCallback(cfg Config) (*Callback, error) {
	if cfg.Token == "" || cfg.AESKey == "" {
		return nil, errors.New("企业微信回调模式需要 WECOM_TOKEN 和 WECOM_AES_KEY")
	}
	if cfg.Core == nil {
		return nil, errors.New("wecom: Config.Core is nil")
	}
	key, err := decodeAESKey(cfg.AESKey)
	if err != nil {
		return nil, err
	}
	cfg.defaults()
	return &Callback{cfg: cfg, log: cfg.Logger, core: cfg.Core, key: key, streams: map[string]*pending{}}, nil
}

func decodeAESKey(s string) ([]byte, error) {
	if len(s) != 43 {
		return nil, fmt.Errorf("WECOM_AES_KEY 应为 43 个字符(EncodingAESKey),现为 %d 个", len(s))
	}
	key, err := base64.StdEncoding.DecodeString(s + "=")
	if err != nil || len(key) != 32 {
		return nil, fmt.Errorf("WECOM_AES_KEY 不是有效的 EncodingAESKey: %v", err)
	}
	return key, nil
}

// signature is WeCom's msg_signature: SHA1 of the sorted, concatenated
// token, timestamp, nonce and encrypted text.
func signature(token, timestamp, nonce, encrypted string) string {
	parts := []string{token, timestamp, nonce, encrypted}
	sort.Strings(parts)
	sum := sha1.Sum([]byte(strings.Join(parts, "")))
	return hex.EncodeToString(sum[:])
}

// decrypt opens an encrypted text: AES-256-CBC with the key, IV its first
// 16 bytes, PKCS#7 padding to 32-byte blocks; inside, 16 random bytes, the
// message length (4 bytes, big-endian), the message and the receive id.
func decrypt(key []byte, encrypted string) (msg []byte, receiveID string, err error) {
	ct, err := base64.StdEncoding.DecodeString(encrypted)
	if err != nil {
		return nil, "", fmt.Errorf("密文不是 base64: %w", err)
	}
	if len(ct) == 0 || len(ct)%aes.BlockSize != 0 {
		return nil, "", errors.New("密文长度无效")
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, "", err
	}
	pt := make([]byte, len(ct))
	cipher.NewCBCDecrypter(block, key[:aes.BlockSize]).CryptBlocks(pt, ct)
	pad := int(pt[len(pt)-1])
	if pad < 1 || pad > 32 || pad > len(pt) || !bytes.Equal(pt[len(pt)-pad:], bytes.Repeat([]byte{byte(pad)}, pad)) {
		return nil, "", errors.New("填充无效")
	}
	pt = pt[:len(pt)-pad]
	if len(pt) < 20 {
		return nil, "", errors.New("明文过短")
	}
	n := binary.BigEndian.Uint32(pt[16:20])
	if uint64(n) > uint64(len(pt)-20) {
		return nil, "", errors.New("消息长度无效")
	}
	return pt[20 : 20+n], string(pt[20+n:]), nil
}

// encrypt is decrypt's inverse, for replies.
func encrypt(key []byte, msg []byte, receiveID string) (string, error) {
	var buf bytes.Buffer
	var rnd [16]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return "", err
	}
	buf.Write(rnd[:])
	_ = binary.Write(&buf, binary.BigEndian, uint32(len(msg)))
	buf.Write(msg)
	buf.WriteString(receiveID)
	pad := 32 - buf.Len()%32
	buf.Write(bytes.Repeat([]byte{byte(pad)}, pad))
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	ct := make([]byte, buf.Len())
	cipher.NewCBCEncrypter(block, key[:aes.BlockSize]).CryptBlocks(ct, buf.Bytes())
	return base64.StdEncoding.EncodeToString(ct), nil
}

// ServeHTTP answers GET (URL verification) and POST (messages, events,
// stream refreshes). A bad signature or a stale timestamp is answered 401
// and nothing else happens.
func (c *Callback) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	ts, nonce, sig := q.Get("timestamp"), q.Get("nonce"), q.Get("msg_signature")
	var encrypted string
	switch r.Method {
	case http.MethodGet:
		encrypted = q.Get("echostr")
	case http.MethodPost:
		var body struct {
			Encrypt string `json:"encrypt"`
		}
		raw, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil || json.Unmarshal(raw, &body) != nil || body.Encrypt == "" {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		encrypted = body.Encrypt
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if reason := c.verify(ts, nonce, sig, encrypted); reason != "" {
		c.log.Warn("wecom callback rejected", "reason", reason, "remote", r.RemoteAddr)
		http.Error(w, "invalid signature", http.StatusUnauthorized)
		return
	}
	plain, rid, err := decrypt(c.key, encrypted)
	if err != nil || (c.cfg.ReceiveID != "" && rid != c.cfg.ReceiveID) {
		c.log.Warn("wecom callback rejected", "reason", "undecryptable", "err", err)
		http.Error(w, "invalid message", http.StatusUnauthorized)
		return
	}
	if r.Method == http.MethodGet {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write(plain)
		return
	}
	var m message
	if err := json.Unmarshal(plain, &m); err != nil {
		c.log.Warn("wecom callback: unreadable message", "err", err)
		w.WriteHeader(http.StatusOK)
		return
	}
	reply := c.onMessage(&m, time.Now())
	if reply == nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	c.writeEncrypted(w, reply, nonce)
}

// verify returns why a request is refused, or "".
func (c *Callback) verify(ts, nonce, sig, encrypted string) string {
	if ts == "" || nonce == "" || sig == "" || encrypted == "" {
		return "missing signature parameters"
	}
	want := signature(c.cfg.Token, ts, nonce, encrypted)
	if subtle.ConstantTimeCompare([]byte(want), []byte(sig)) != 1 {
		return "invalid signature"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "malformed timestamp"
	}
	if d := c.cfg.Now().Sub(time.Unix(sec, 0)); d > c.cfg.MaxClockSkew || d < -c.cfg.MaxClockSkew {
		return "stale timestamp"
	}
	return ""
}

func (c *Callback) writeEncrypted(w http.ResponseWriter, v any, nonce string) {
	plain, _ := json.Marshal(v)
	enc, err := encrypt(c.key, plain, c.cfg.ReceiveID)
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	ts := strconv.FormatInt(c.cfg.Now().Unix(), 10)
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(map[string]string{
		"encrypt": enc, "msgsignature": signature(c.cfg.Token, ts, nonce, enc), "timestamp": ts, "nonce": nonce,
	})
}

// onMessage decides the immediate reply: the first frame of a new answer,
// the latest frame of one being written, a welcome, or nothing.
func (c *Callback) onMessage(m *message, received time.Time) any {
	switch m.MsgType {
	case "stream":
		return c.refresh(m.Stream.ID)
	case "event":
		switch m.Event.EventType {
		case "enter_chat":
			return newText(chat.TextWelcome)
		case "feedback_event":
			recordFeedback(c.core, c.log, m)
		}
		return nil
	case "text", "mixed":
	default:
		return newStream(newID(), "目前只能回答文字提问,请直接输入问题。", true, "")
	}
	if !c.core.FirstDelivery(platform, m.MsgID, m.conversation().Chat, m.ts(), received) {
		// A retry of a message already being answered: WeCom will refresh
		// the stream it was given the first time.
		c.log.Info("wecom: duplicate message ignored", "msgid", m.MsgID)
		return nil
	}
	id := newID()
	first := newStream(id, chat.TextSearching, false, "")
	c.put(id, first)
	r := &streamReply{id: id, send: func(_ context.Context, b streamBody) error {
		c.put(id, b)
		return nil
	}}
	q := m.question(c.cfg.BotName)
	mm := *m
	c.core.Go("wecom callback answer", func(ctx context.Context) {
		answerMessage(ctx, c.core, c.log, &mm, q, r, c.cfg.PartialEvery, received)
	})
	c.gc(received)
	return first
}

func (c *Callback) put(id string, b streamBody) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.streams[id] = &pending{body: b, updated: time.Now()}
}

// refresh is the latest frame of stream id; a finished stream is
// forgotten once it has been handed out.
func (c *Callback) refresh(id string) any {
	c.mu.Lock()
	defer c.mu.Unlock()
	p, ok := c.streams[id]
	if !ok {
		return newStream(id, "抱歉,这条回答已过期,请重新提问。", true, "")
	}
	if p.body.Stream.Finish {
		delete(c.streams, id)
	}
	return p.body
}

// gc forgets streams nobody has refreshed for ten minutes (WeCom stops
// refreshing after six).
func (c *Callback) gc(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for id, p := range c.streams {
		if now.Sub(p.updated) > 10*time.Minute {
			delete(c.streams, id)
		}
	}
}
