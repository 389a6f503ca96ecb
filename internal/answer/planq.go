package answer

import (
	"context"

	"github.com/gongwen/gongwen/internal/index"
)

// planAnswer answers questions about plan tasks and units from the parsed
// plan records rather than from similarity alone.
func (e *Engine) planAnswer(ctx context.Context, u understood, docs []*index.StoredDoc) (*Response, bool) {
	return nil, false
}
