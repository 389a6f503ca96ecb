package answer

import (
	"context"

	"github.com/gongwen/gongwen/internal/index"
)

// TEMPORARY: replaced by the real implementation.
func (e *Engine) ask(ctx context.Context, req Request) (*Response, error) {
	hits, err := e.Index.Search(ctx, req.Q, 3, index.Filter{})
	if err != nil {
		return nil, err
	}
	resp := &Response{Q: req.Q, Mode: "extractive", Citations: []Citation{}}
	for i, h := range hits {
		resp.Citations = append(resp.Citations, Citation{N: i + 1, Doc: h.Doc.Ref(), Section: h.Chunk.Path.String(), Text: h.Chunk.Text, Start: h.Chunk.Start, End: h.Chunk.End})
	}
	if len(hits) > 0 {
		resp.Found = true
		resp.Answer = hits[0].Chunk.Text + "[1]"
	}
	return resp, nil
}
