package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/access"
	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/outline"
)

// DocView is GET /v1/docs/{id}: the whole text as indexed, its headings
// with byte offsets into Text, and the metadata. Citation offsets point into
// this Text.
type DocView struct {
	document.Meta
	Chunks   int                `json:"chunks"`
	Text     string             `json:"text"`
	Sections []document.Section `json:"sections"`
}

func (s *Server) doc(w http.ResponseWriter, r *http.Request) (any, error) {
	id := r.PathValue("id")
	d, ok := s.Index.Doc(id)
	// A document the caller may not read is answered as one that does not
	// exist: its id alone should not confirm it is there.
	if !ok || !s.allowed(r, id) {
		return nil, &statusError{code: http.StatusNotFound, msg: "没有这份文件: " + id}
	}
	secs := d.Sections
	if secs == nil {
		secs = []document.Section{}
	}
	return DocView{Meta: d.Meta, Chunks: len(s.Index.Chunks(id)), Text: d.Text, Sections: secs}, nil
}

func (s *Server) remove(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.Remove == nil {
		return nil, &statusError{code: http.StatusNotImplemented, msg: "删除文件的接口尚未启用"}
	}
	id := r.PathValue("id")
	if _, ok := s.Index.Doc(id); !ok || !s.allowed(r, id) {
		return nil, &statusError{code: http.StatusNotFound, msg: "没有这份文件: " + id}
	}
	if !mayManage(r) {
		return nil, errNoManage
	}
	if err := s.Remove(r.Context(), id); err != nil {
		return nil, err
	}
	return map[string]any{"removed": id, "docs": len(s.Index.Docs())}, nil
}

// UploadFile is one file of an upload.
type UploadFile struct {
	Name string
	Data []byte
}

// Progress is one step of an ingest: Done of Total files, File the next.
type Progress struct {
	Done  int    `json:"done"`
	Total int    `json:"total"`
	File  string `json:"file,omitempty"`
}

// FileResult says what became of one uploaded file.
type FileResult struct {
	File   string `json:"file"`
	Status string `json:"status"` // ingested | updated | unchanged | skipped
	ID     string `json:"id,omitempty"`
	Reason string `json:"reason,omitempty"` // why it was skipped, in Chinese
}

// IngestResult is the answer to an upload.
type IngestResult struct {
	Files []FileResult `json:"files"`
	Docs  int          `json:"docs"` // documents in the index afterwards
}

// maxUpload bounds one upload request: a handful of office documents.
const maxUpload = 200 << 20

// upload answers POST /v1/docs (multipart/form-data, field "files",
// repeated). With ?progress=1 the answer is JSON Lines: {"progress": …}
// per file, then {"result": …} or {"error": …}; otherwise one JSON object.
func (s *Server) upload(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	status := http.StatusOK
	defer func() {
		s.logger().Info("api", "method", r.Method, "path", r.URL.Path, "status", status, "ms", time.Since(start).Milliseconds())
	}()
	fail := func(code int, msg string) {
		status = code
		writeError(w, code, msg)
	}
	if s.Ingest == nil {
		fail(http.StatusNotImplemented, "上传文件的接口尚未启用")
		return
	}
	if !mayManage(r) {
		fail(http.StatusForbidden, errNoManage.msg)
		return
	}
	// Files may take longer than the server's ReadTimeout, which is meant
	// for questions; the upload's own deadline is its size over a slow
	// office line.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(uploadReadTimeout))
	r.Body = http.MaxBytesReader(w, r.Body, maxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		fail(http.StatusBadRequest, "请以 multipart/form-data 上传文件(字段名 files)")
		return
	}
	var files []UploadFile
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				fail(http.StatusRequestEntityTooLarge, fmt.Sprintf("一次上传的文件合计不能超过 %d MB", maxUpload>>20))
				return
			}
			fail(http.StatusBadRequest, "上传的内容不完整,请重试")
			return
		}
		name := uploadName(part.FileName())
		if name == "" {
			part.Close()
			continue
		}
		data, err := io.ReadAll(io.LimitReader(part, document.MaxFileSize+1))
		part.Close()
		if err != nil {
			var mb *http.MaxBytesError
			if errors.As(err, &mb) {
				fail(http.StatusRequestEntityTooLarge, fmt.Sprintf("一次上传的文件合计不能超过 %d MB", maxUpload>>20))
				return
			}
			fail(http.StatusBadRequest, "上传的内容不完整,请重试")
			return
		}
		files = append(files, UploadFile{Name: name, Data: data})
	}
	if len(files) == 0 {
		fail(http.StatusBadRequest, "没有收到文件")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), 10*time.Minute)
	defer cancel()
	// Indexing may outlast the server's WriteTimeout, which is meant for
	// answers: the result must still be written.
	_ = KeepWriting(w, 10*time.Minute+writeMargin)
	if r.URL.Query().Get("progress") == "" {
		res, err := s.Ingest(ctx, files, nil)
		if err != nil {
			s.logger().Error("ingest failed", "err", err)
			fail(http.StatusInternalServerError, "建立索引失败,原索引未改动:"+err.Error())
			return
		}
		writeJSON(w, http.StatusOK, res)
		return
	}
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("X-Accel-Buffering", "no")
	flusher, _ := w.(http.Flusher)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	line := func(v any) {
		_ = enc.Encode(v)
		if flusher != nil {
			flusher.Flush()
		}
	}
	res, err := s.Ingest(ctx, files, func(p Progress) { line(map[string]any{"progress": p}) })
	if err != nil {
		s.logger().Error("ingest failed", "err", err)
		line(map[string]string{"error": "建立索引失败,原索引未改动:" + err.Error()})
		return
	}
	line(map[string]any{"result": res})
}

// uploadName keeps only the base name a browser sends (some send a path),
// so an upload cannot name a place outside the upload folder.
func uploadName(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	name = path.Base(name)
	if name == "." || name == "/" || name == ".." || strings.HasPrefix(name, ".") {
		return ""
	}
	return name
}

// outlineFile answers GET /v1/outline/download?section=&org=&year=&format=docx|md
// with the outline as a file to save (section empty: the whole report).
func (s *Server) outlineFile(w http.ResponseWriter, r *http.Request) {
	if s.Outline == nil {
		writeError(w, http.StatusNotImplemented, "起草提纲的接口尚未启用")
		return
	}
	q := r.URL.Query()
	req := OutlineRequest{Section: strings.TrimSpace(q.Get("section")), Org: strings.TrimSpace(q.Get("org"))}
	if y := q.Get("year"); y != "" {
		n, err := strconv.Atoi(y)
		if err != nil || n < 1900 || n > 2200 {
			writeError(w, http.StatusBadRequest, "year 应为年份,如 2025")
			return
		}
		req.Year = n
	}
	format := q.Get("format")
	if format == "" {
		format = "docx"
	}
	if format != "docx" && format != "md" {
		writeError(w, http.StatusBadRequest, "format 应为 docx 或 md")
		return
	}
	timeout := s.Timeout
	if timeout <= 0 {
		timeout = 2 * time.Minute
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	o, err := s.Outline(ctx, req)
	if err != nil {
		var se *statusError
		if errors.As(err, &se) {
			writeError(w, se.code, se.msg)
			return
		}
		s.logger().Error("outline download failed", "err", err)
		writeError(w, http.StatusInternalServerError, "内部错误,请稍后再试")
		return
	}
	if err := s.outlineAllowed(r, o); err != nil {
		writeError(w, http.StatusForbidden, err.Error())
		return
	}
	name := o.Title
	if name == "" {
		name = "提纲"
	}
	var body []byte
	ctype := "text/markdown; charset=utf-8"
	if format == "docx" {
		if body, err = outline.DOCX(o); err != nil {
			s.logger().Error("outline docx failed", "err", err)
			writeError(w, http.StatusInternalServerError, "生成 Word 文件失败")
			return
		}
		ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
		name += ".docx"
	} else {
		body = []byte(outline.Markdown(o))
		name += ".md"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", attachment(name))
	_, _ = w.Write(body)
}

// attachment is the Content-Disposition of a download named name (RFC
// 6266): the name as UTF-8 in filename* (RFC 5987), which browsers prefer,
// and a plain ASCII filename for the clients that read only that — the
// name itself when it is plain ASCII, else "outline" with its extension,
// since a Chinese title has no ASCII spelling worth guessing.
func attachment(name string) string {
	fallback := "outline" + path.Ext(name)
	if plainASCII(name) {
		fallback = name
	}
	return `attachment; filename="` + fallback + `"; filename*=UTF-8''` + rfc5987(name)
}

// plainASCII: letters, digits, spaces and punctuation that need no
// escaping inside a quoted header value nor on any file system.
func plainASCII(s string) bool {
	for _, c := range []byte(s) {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" -_.,()+", c) >= 0
		if !ok {
			return false
		}
	}
	return s != ""
}

// rfc5987 percent-encodes s as an RFC 5987 value: every byte but attr-char.
// (url.PathEscape leaves ( ) ; , = @ : unescaped, which end the value for
// header parsers.)
func rfc5987(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$&+-.^_`|~", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

func (s *Server) planCoverage(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.PlanCoverage == nil {
		return nil, &statusError{code: http.StatusNotImplemented, msg: "方案覆盖检查的接口尚未启用"}
	}
	q := r.URL.Query()
	report := strings.TrimSpace(q.Get("report"))
	if report == "" {
		return nil, fmt.Errorf("%w: 缺少要检查的报告 report", ErrBadRequest)
	}
	return s.PlanCoverage(r.Context(), report, q.Get("plan"), s.allowFunc(r))
}

// Feedback is the body of POST /v1/feedback: a 👍/👎 on one answer.
type Feedback struct {
	Vote      string            `json:"vote"` // up | down
	Question  string            `json:"question"`
	Answer    string            `json:"answer"`
	Citations []answer.Citation `json:"citations,omitempty"`
	// User is filled by the server from the session, never by the page.
	User string `json:"-"`
}

func (s *Server) feedback(w http.ResponseWriter, r *http.Request) (any, error) {
	if s.Feedback == nil {
		return nil, &statusError{code: http.StatusNotImplemented, msg: "反馈接口尚未启用"}
	}
	var in Feedback
	if err := decode(r, &in); err != nil {
		return nil, err
	}
	if in.Vote != "up" && in.Vote != "down" {
		return nil, fmt.Errorf("%w: vote 应为 up 或 down", ErrBadRequest)
	}
	if strings.TrimSpace(in.Answer) == "" {
		return nil, fmt.Errorf("%w: 缺少被评价的回答 answer", ErrBadRequest)
	}
	if c := CallerFrom(r.Context()); c != nil && c.Via != access.ViaLocal {
		in.User = c.Name
	}
	if err := s.Feedback(r.Context(), in); err != nil {
		return nil, err
	}
	return map[string]bool{"ok": true}, nil
}
