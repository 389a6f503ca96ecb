package llm

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	openai "github.com/sashabaranov/go-openai"
)

// Message is one chat turn. Role is "system", "user" or "assistant"; the
// type is ours so callers never import go-openai.
type Message struct {
	Role    string
	Content string
}

// Client talks to one OpenAI-compatible endpoint. It is safe for
// concurrent use.
type Client struct {
	cfg Config
	api *openai.Client
}

// New builds a Client. It never fails: configuration problems surface as
// ErrNotConfigured / ErrEmbedNotConfigured / ErrAuth on the first call, so
// programs can start (and e.g. serve non-LLM features) without a key.
func New(cfg Config) *Client {
	cfg = cfg.withDefaults()
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = cfg.BaseURL
	}
	oc.HTTPClient = wrapHTTPClient(cfg.HTTPClient)
	return &Client{cfg: cfg, api: openai.NewClientWithConfig(oc)}
}

// Config returns the effective configuration (defaults applied).
func (c *Client) Config() Config { return c.cfg }

// ChatModel is the model used by Chat and ChatJSON.
func (c *Client) ChatModel() string { return c.cfg.ChatModel }

// EmbedModel is the embedding model; indexes record it so that vectors from
// different models are never mixed.
func (c *Client) EmbedModel() string { return c.cfg.EmbedModel }

func (c *Client) messages(op string, msgs []Message) ([]openai.ChatCompletionMessage, error) {
	if !c.cfg.ChatEnabled() {
		return nil, newError(op, ErrNotConfigured, 0, 0, "", "", nil)
	}
	if len(msgs) == 0 {
		return nil, newError(op, nil, 0, 0, "", "没有消息", nil)
	}
	out := make([]openai.ChatCompletionMessage, len(msgs))
	for i, m := range msgs {
		switch m.Role {
		case openai.ChatMessageRoleSystem, openai.ChatMessageRoleUser, openai.ChatMessageRoleAssistant:
		default:
			return nil, newError(op, nil, 0, 0, "", fmt.Sprintf("第 %d 条消息的角色 %q 无效", i+1, m.Role), nil)
		}
		out[i] = openai.ChatCompletionMessage{Role: m.Role, Content: m.Content}
	}
	return out, nil
}

// Chat streams a completion so the user sees text as it is generated.
// onDelta (may be nil) receives each text piece in order; the full text is
// returned.
//
// Failures before any text reached onDelta are retried like any other call
// (the partial text of the failed attempt is discarded). Once onDelta has
// seen text, a retry would show the user duplicated output, so the error is
// returned instead, together with the text received so far.
func (c *Client) Chat(ctx context.Context, msgs []Message, onDelta func(string)) (string, error) {
	const op = "chat"
	oms, err := c.messages(op, msgs)
	if err != nil {
		return "", err
	}
	req := openai.ChatCompletionRequest{Model: c.cfg.ChatModel, Messages: oms, Stream: true}
	ctx, cancel := c.budget(ctx)
	defer cancel()

	var (
		text    strings.Builder
		emitted bool
	)
	err = c.retry(ctx, op, func(ctx context.Context) error {
		text.Reset()
		stream, err := c.api.CreateChatCompletionStream(ctx, req)
		if err != nil {
			return err
		}
		defer stream.Close()
		for chunks := 0; ; chunks++ {
			resp, err := stream.Recv()
			if errors.Is(err, io.EOF) {
				if chunks == 0 {
					// go-openai reports a 200 body without any SSE
					// event (e.g. a proxy's HTML page) as a clean end.
					return errEmptyStream
				}
				return nil
			}
			if err != nil {
				return err
			}
			for _, ch := range resp.Choices {
				if ch.Index != 0 || ch.Delta.Content == "" {
					continue
				}
				text.WriteString(ch.Delta.Content)
				if onDelta != nil {
					emitted = true
					onDelta(ch.Delta.Content)
				}
			}
		}
	}, func() bool { return !emitted })
	if err != nil {
		if emitted {
			return text.String(), err
		}
		return "", err
	}
	return text.String(), nil
}

// ChatJSON asks for a single JSON object and returns it as text that is
// guaranteed to be valid JSON.
//
// It requests response_format json_object; servers or models that reject
// that field (HTTP 400/422) are asked once more without it, relying on the
// prompt. Markdown code fences and prose around the object are stripped,
// since models often add them when not constrained. A reply that still is
// not valid JSON yields ErrBadResponse (with the raw text returned).
// The call is not streamed: partial JSON is useless to the caller.
func (c *Client) ChatJSON(ctx context.Context, msgs []Message) (string, error) {
	const op = "chat_json"
	oms, err := c.messages(op, msgs)
	if err != nil {
		return "", err
	}
	req := openai.ChatCompletionRequest{
		Model:          c.cfg.ChatModel,
		Messages:       oms,
		ResponseFormat: &openai.ChatCompletionResponseFormat{Type: openai.ChatCompletionResponseFormatTypeJSONObject},
	}
	ctx, cancel := c.budget(ctx)
	defer cancel()
	content, err := c.complete(ctx, op, req)
	var e *Error
	if errors.As(err, &e) && (e.StatusCode == http.StatusBadRequest || e.StatusCode == http.StatusUnprocessableEntity) {
		req.ResponseFormat = nil
		content, err = c.complete(ctx, op, req)
	}
	if err != nil {
		return "", err
	}
	if obj, ok := extractJSON(content); ok {
		return obj, nil
	}
	return content, newError(op, ErrBadResponse, 0, 1, c.cfg.APIKey, "回复不是 JSON 对象", nil)
}

// complete runs one non-streaming completion under the retry policy.
func (c *Client) complete(ctx context.Context, op string, req openai.ChatCompletionRequest) (string, error) {
	var content string
	err := c.retry(ctx, op, func(ctx context.Context) error {
		resp, err := c.api.CreateChatCompletion(ctx, req)
		if err != nil {
			return err
		}
		if len(resp.Choices) == 0 {
			return errNoChoices
		}
		content = resp.Choices[0].Message.Content
		return nil
	}, nil)
	return content, err
}

// errEmptyStream: every real stream carries at least one event.
var errEmptyStream = &malformedError{"流式响应为空或不是 SSE 格式"}

// errNoChoices: a 200 reply without choices is malformed, not transient.
var errNoChoices = &malformedError{"响应中没有 choices"}

// extractJSON returns the JSON object in s, tolerating code fences and
// surrounding prose.
func extractJSON(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if json.Valid([]byte(s)) && strings.HasPrefix(s, "{") {
		return s, true
	}
	i, j := strings.IndexByte(s, '{'), strings.LastIndexByte(s, '}')
	if i < 0 || j < i {
		return "", false
	}
	obj := s[i : j+1]
	if !json.Valid([]byte(obj)) {
		return "", false
	}
	return obj, true
}

// Embed returns one vector per text, in input order.
//
// Texts are sent in batches of EmbedBatch, each under the retry policy.
// Each response is checked (vector count, index permutation, a single
// dimension across all batches) because a silently misaligned vector would
// corrupt the search index rather than fail loudly.
func (c *Client) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	const op = "embed"
	if !c.cfg.EmbedEnabled() {
		return nil, newError(op, ErrEmbedNotConfigured, 0, 0, "", "", nil)
	}
	if len(texts) == 0 {
		return [][]float32{}, nil
	}
	out := make([][]float32, 0, len(texts))
	dim := 0
	for start := 0; start < len(texts); start += c.cfg.EmbedBatch {
		batch := texts[start:min(start+c.cfg.EmbedBatch, len(texts))]
		var vecs [][]float32
		err := c.retry(ctx, op, func(ctx context.Context) error {
			resp, err := c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
				Input: batch,
				Model: openai.EmbeddingModel(c.cfg.EmbedModel),
			})
			if err != nil {
				return err
			}
			v, err := orderVectors(resp.Data, len(batch))
			if err == nil {
				dim, err = checkDims(v, dim)
			}
			if err != nil {
				return &malformedError{fmt.Sprintf("第 %d-%d 条文本: %v", start+1, start+len(batch), err)}
			}
			vecs = v
			return nil
		}, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, vecs...)
	}
	return out, nil
}

// orderVectors places vectors by their index field. Servers that omit the
// index (all zero) are taken in response order.
func orderVectors(data []openai.Embedding, n int) ([][]float32, error) {
	if len(data) != n {
		return nil, fmt.Errorf("返回 %d 个向量,应为 %d 个", len(data), n)
	}
	vecs := make([][]float32, n)
	allZero := true
	for _, d := range data {
		if d.Index != 0 {
			allZero = false
			break
		}
	}
	for i, d := range data {
		idx := d.Index
		if allZero {
			idx = i
		}
		if idx < 0 || idx >= n || vecs[idx] != nil {
			return nil, fmt.Errorf("向量序号 %d 无效或重复", d.Index)
		}
		if len(d.Embedding) == 0 {
			return nil, fmt.Errorf("序号 %d 的向量为空", d.Index)
		}
		vecs[idx] = d.Embedding
	}
	return vecs, nil
}

// checkDims verifies all vectors share one dimension (dim, or the first
// vector's if dim is 0) and returns it.
func checkDims(vecs [][]float32, dim int) (int, error) {
	for i, v := range vecs {
		if dim == 0 {
			dim = len(v)
		}
		if len(v) != dim {
			return 0, fmt.Errorf("向量维度不一致: 第 %d 个为 %d 维,应为 %d 维", i+1, len(v), dim)
		}
	}
	return dim, nil
}
