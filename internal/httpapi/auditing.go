package httpapi

import (
	"net/http"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/audit"
	"github.com/gongwen/gongwen/internal/outline"
)

// record writes e, completed with the caller and the result, to the audit
// trail. A trail that cannot be written is logged, not answered: the
// question itself was served.
func (s *Server) record(r *http.Request, e audit.Entry, start time.Time, out any, err error) {
	if s.Audit == nil {
		return
	}
	c := CallerFrom(r.Context())
	e.Time, e.User, e.Channel = start, callerName(c), channelOf(c)
	e.Ms = time.Since(start).Milliseconds()
	if err != nil {
		e.Status = statusOf(err)
	}
	seen := map[string]bool{}
	cite := func(id, title string) {
		if !seen[id] {
			seen[id] = true
			e.Docs = append(e.Docs, audit.Doc{ID: id, Title: title})
		}
	}
	switch v := out.(type) {
	case *answer.Response:
		if v != nil {
			e.Mode, e.Found = v.Mode, v.Found
			for _, c := range v.Citations {
				cite(c.Doc.ID, c.Doc.Title)
			}
		}
	case *outline.Outline:
		if v != nil {
			e.Mode, e.Found = v.Mode, len(v.Citations) > 0
			for _, c := range v.Citations {
				cite(c.Doc.ID, c.Doc.Title)
			}
		}
	}
	if werr := s.Audit.Write(e); werr != nil {
		s.logger().Warn("audit write failed", "err", werr)
	}
}
