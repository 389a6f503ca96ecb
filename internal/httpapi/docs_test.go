package httpapi

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/outline"
)

// sseEvent is one Server-Sent Event.
type sseEvent struct{ name, data string }

func readSSE(t *testing.T, r io.Reader) []sseEvent {
	t.Helper()
	var out []sseEvent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var ev sseEvent
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if ev.name != "" || ev.data != "" {
				out = append(out, ev)
			}
			ev = sseEvent{}
		case strings.HasPrefix(line, "event: "):
			ev.name = line[len("event: "):]
		case strings.HasPrefix(line, "data: "):
			ev.data += line[len("data: "):]
		}
	}
	return out
}

func TestAskStream(t *testing.T) {
	ts := newServer(t, &Server{})
	resp, err := http.Post(ts.URL+"/v1/ask/stream", "application/json", strings.NewReader(`{"q": "清城区民政局2024年开展了哪些普法宣传活动?"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		t.Fatalf("Content-Type %q", ct)
	}
	events := readSSE(t, resp.Body)
	if len(events) < 3 {
		t.Fatalf("%d events, want deltas and done: %+v", len(events), events)
	}
	var streamed strings.Builder
	for _, ev := range events[:len(events)-1] {
		if ev.name != "delta" {
			t.Fatalf("event %q before done", ev.name)
		}
		var d struct{ Text string }
		if err := json.Unmarshal([]byte(ev.data), &d); err != nil {
			t.Fatal(err)
		}
		streamed.WriteString(d.Text)
	}
	last := events[len(events)-1]
	if last.name != "done" {
		t.Fatalf("last event %q, want done", last.name)
	}
	var done answer.Response
	if err := json.Unmarshal([]byte(last.data), &done); err != nil {
		t.Fatal(err)
	}
	if streamed.String() != done.Answer {
		t.Errorf("streamed %q, done answer %q", streamed.String(), done.Answer)
	}
	if !done.Found || len(done.Citations) == 0 {
		t.Fatalf("no cited answer: %+v", done)
	}
	for _, c := range done.Citations {
		d, _ := testIndex.Doc(c.Doc.ID)
		if c.End <= c.Start || d.Text[c.Start:c.End] != c.Text {
			t.Errorf("citation [%d] offsets %d-%d do not hold its quote", c.N, c.Start, c.End)
		}
	}
}

func TestPieces(t *testing.T) {
	tests := []string{"", "短", "据《报告》:开展活动10场[1];培训[12]人次[3]。", strings.Repeat("法治", 40) + "[2]"}
	for _, text := range tests {
		ps := pieces(text, 5)
		if strings.Join(ps, "") != text {
			t.Errorf("pieces of %q join to %q", text, strings.Join(ps, ""))
		}
		for _, p := range ps {
			if strings.Count(p, "[") != strings.Count(p, "]") {
				t.Errorf("piece %q cuts a citation marker", p)
			}
		}
	}
}

func TestLocate(t *testing.T) {
	d := testIndex.Docs()[1]
	quote := d.Text[len(d.Text)/2:]
	quote = quote[:strings.IndexRune(quote, '。')+len("。")]
	quote = strings.TrimLeftFunc(quote, func(r rune) bool { return r < 0x80 || r == 0xFFFD })
	resp := &answer.Response{Citations: []answer.Citation{
		{N: 1, Doc: d.Ref(), Text: quote},                   // no offsets
		{N: 2, Doc: d.Ref(), Text: quote, Start: 1, End: 3}, // wrong offsets
		{N: 3, Doc: d.Ref(), Text: "索引里没有的一句话", Start: 5},   // not in the text
	}}
	s := &Server{Index: testIndex}
	r, _ := http.NewRequest("GET", "/", nil)
	s.locate(r, resp)
	for _, c := range resp.Citations[:2] {
		if d.Text[c.Start:c.End] != quote {
			t.Errorf("[%d] located at %d-%d", c.N, c.Start, c.End)
		}
	}
	if c := resp.Citations[2]; c.Start != 0 || c.End != 0 {
		t.Errorf("a quote not in the text got offsets %d-%d", c.Start, c.End)
	}
}

func TestDocView(t *testing.T) {
	ts := newServer(t, &Server{})
	id := testIndex.Docs()[1].ID
	code, body := do(t, "GET", ts.URL+"/v1/docs/"+id, "")
	if code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	var v DocView
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatal(err)
	}
	if v.ID != id || v.Title == "" || v.Text == "" || len(v.Sections) == 0 || v.Chunks == 0 {
		t.Fatalf("view %+v", v.Meta)
	}
	for _, s := range v.Sections {
		if s.Start < 0 || s.End > len(v.Text) || s.Start >= s.End || !strings.Contains(v.Text[s.Start:s.End], strings.TrimSpace(s.Heading)) {
			t.Errorf("section %q at %d-%d does not start with its heading", s.Heading, s.Start, s.End)
		}
	}
}

// TestAccess: a document the access rule rejects is absent from the list,
// the viewer, search, answers and coverage.
func TestAccess(t *testing.T) {
	hidden := testIndex.Docs()[1].ID // 清城区 2024
	var coverAllow func(string) bool
	ts := newServer(t, &Server{
		Access: func(r *http.Request, id string) bool { return id != hidden },
		PlanCoverage: func(ctx context.Context, reportID, planID string, allow func(string) bool) (any, error) {
			coverAllow = allow
			return map[string]string{}, nil
		},
		Outline: func(ctx context.Context, req OutlineRequest) (*outline.Outline, error) {
			return &outline.Outline{Title: "提纲", Citations: []outline.Citation{{N: 1, Doc: testIndex.Docs()[1].Ref()}}}, nil
		},
	})
	_, body := do(t, "GET", ts.URL+"/v1/docs", "")
	if strings.Contains(string(body), hidden) {
		t.Error("the list shows a hidden document")
	}
	if code, _ := do(t, "GET", ts.URL+"/v1/docs/"+hidden, ""); code != 404 {
		t.Errorf("viewer of a hidden document: %d, want 404", code)
	}
	if code, _ := do(t, "POST", ts.URL+"/v1/ask", `{"q": "普法", "doc": "`+hidden+`"}`); code != 404 {
		t.Errorf("asking a hidden document: %d, want 404", code)
	}
	_, body = do(t, "POST", ts.URL+"/v1/search", `{"q": "清城区 普法宣传活动", "k": 20}`)
	if strings.Contains(string(body), hidden) {
		t.Error("search shows a hidden document")
	}
	code, body := do(t, "POST", ts.URL+"/v1/ask", `{"q": "清城区民政局2024年开展了哪些普法宣传活动?"}`)
	if code != 200 || strings.Contains(string(body), hidden) {
		t.Errorf("ask cites a hidden document: %d %s", code, body)
	}
	do(t, "GET", ts.URL+"/v1/plan/coverage?report=001", "")
	for _, path := range []string{"/v1/outline", "/v1/outline/download?section=x"} {
		method, body := "GET", ""
		if path == "/v1/outline" {
			method, body = "POST", `{"section": "x"}`
		}
		if code, _ := do(t, method, ts.URL+path, body); code != 403 {
			t.Errorf("%s citing a hidden document: %d, want 403", path, code)
		}
	}
	if coverAllow == nil || coverAllow(hidden) || !coverAllow(testIndex.Docs()[0].ID) {
		t.Error("coverage was not given the access rule")
	}
}

func TestAskOneDocument(t *testing.T) {
	ts := newServer(t, &Server{})
	only := testIndex.Docs()[0].ID
	code, body := do(t, "POST", ts.URL+"/v1/ask", `{"q": "普法宣传", "doc": "`+only+`"}`)
	var r answer.Response
	if err := json.Unmarshal(body, &r); err != nil || code != 200 {
		t.Fatalf("%d %s", code, body)
	}
	for _, c := range append(r.Citations, r.Related...) {
		if c.Doc.ID != only {
			t.Errorf("[%d] from %s, asked for %s only", c.N, c.Doc.ID, only)
		}
	}
}

func TestUpload(t *testing.T) {
	var got []UploadFile
	ts := newServer(t, &Server{
		Ingest: func(ctx context.Context, files []UploadFile, progress func(Progress)) (*IngestResult, error) {
			got = files
			res := &IngestResult{Docs: 6}
			for i, f := range files {
				if progress != nil {
					progress(Progress{Done: i, Total: len(files), File: f.Name})
				}
				res.Files = append(res.Files, FileResult{File: f.Name, Status: "ingested"})
			}
			return res, nil
		},
	})
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for _, name := range []string{"a.txt", "../../etc/b.txt", ".hidden"} {
		w, _ := mw.CreateFormFile("files", name)
		w.Write([]byte("内容"))
	}
	mw.Close()
	resp, err := http.Post(ts.URL+"/v1/docs?progress=1", mw.FormDataContentType(), bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var lines []map[string]json.RawMessage
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %s: %v", sc.Bytes(), err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 3 || lines[0]["progress"] == nil || lines[2]["result"] == nil {
		t.Fatalf("lines %v", lines)
	}
	if len(got) != 2 || got[0].Name != "a.txt" || got[1].Name != "b.txt" || string(got[0].Data) != "内容" {
		t.Errorf("files %+v: want a.txt and b.txt, no path, no hidden file", got)
	}
	resp2, err := http.Post(ts.URL+"/v1/docs", "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp2.Body.Close()
	if resp2.StatusCode != 400 {
		t.Errorf("non-multipart upload: %d", resp2.StatusCode)
	}
}

func TestOutlineDownload(t *testing.T) {
	var asked OutlineRequest
	ts := newServer(t, &Server{
		Outline: func(ctx context.Context, req OutlineRequest) (*outline.Outline, error) {
			asked = req
			return &outline.Outline{Title: "清城区2025年报告提纲", Year: 2025, Sections: []outline.Section{
				{Number: "一、", Title: "主要举措", Level: 1, Bullets: []outline.Bullet{{Text: "【待补充:活动场次】"}}},
			}, Citations: []outline.Citation{}}, nil
		},
	})
	resp, err := http.Get(ts.URL + "/v1/outline/download?org=清城区&year=2025&format=docx")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(resp.Header.Get("Content-Disposition"), ".docx") {
		t.Fatalf("%d %v", resp.StatusCode, resp.Header)
	}
	if _, err := zip.NewReader(bytes.NewReader(b), int64(len(b))); err != nil {
		t.Errorf("not a DOCX: %v", err)
	}
	if asked != (OutlineRequest{Org: "清城区", Year: 2025}) {
		t.Errorf("asked %+v: want the whole report", asked)
	}
	resp, err = http.Get(ts.URL + "/v1/outline/download?section=普法&format=md")
	if err != nil {
		t.Fatal(err)
	}
	b, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), "【待补充:活动场次】") || asked.Section != "普法" {
		t.Errorf("markdown %q for %+v", b, asked)
	}
	for _, q := range []string{"format=pdf", "year=abc"} {
		code, _ := do(t, "GET", ts.URL+"/v1/outline/download?"+q, "")
		if code != 400 {
			t.Errorf("%s: %d, want 400", q, code)
		}
	}
}

func TestFeedback(t *testing.T) {
	var got Feedback
	ts := newServer(t, &Server{Feedback: func(ctx context.Context, fb Feedback) error { got = fb; return nil }})
	code, body := do(t, "POST", ts.URL+"/v1/feedback", `{"vote": "down", "question": "问", "answer": "答[1]", "citations": [{"n": 1, "doc": {"id": "001"}, "section": "一、", "text": "原文", "start": 0, "end": 6}]}`)
	if code != 200 || got.Vote != "down" || got.Answer != "答[1]" || len(got.Citations) != 1 || got.Citations[0].Doc.ID != "001" {
		t.Errorf("%d %s %+v", code, body, got)
	}
	if code, _ := do(t, "POST", ts.URL+"/v1/feedback", `{"vote": "meh", "answer": "x"}`); code != 400 {
		t.Errorf("bad vote: %d", code)
	}
}

// TestOutlineDownloadName: the file name is sent once as plain ASCII
// (filename=, for browsers that read only that) and once as UTF-8
// (filename*=, RFC 5987), so that mime.ParseMediaType — and browsers —
// read the real, Chinese name.
func TestOutlineDownloadName(t *testing.T) {
	tests := []struct {
		title, format, wantName, wantFallback string
	}{
		{"清城区2025年报告提纲", "docx", "清城区2025年报告提纲.docx", "outline.docx"},
		{"加强法治宣传教育(初稿);第2版", "md", "加强法治宣传教育(初稿);第2版.md", "outline.md"},
		{"Outline 2025", "md", "Outline 2025.md", "Outline 2025.md"},
		{`a"b\c`, "md", `a"b\c.md`, "outline.md"},
		{"", "md", "提纲.md", "outline.md"},
	}
	for _, tt := range tests {
		t.Run(tt.wantName, func(t *testing.T) {
			ts := newServer(t, &Server{Outline: func(ctx context.Context, req OutlineRequest) (*outline.Outline, error) {
				return &outline.Outline{Title: tt.title, Year: 2025, Citations: []outline.Citation{}}, nil
			}})
			resp, err := http.Get(ts.URL + "/v1/outline/download?format=" + tt.format)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			cd := resp.Header.Get("Content-Disposition")
			disp, params, err := mime.ParseMediaType(cd)
			if err != nil || disp != "attachment" || params["filename"] != tt.wantName {
				t.Errorf("Content-Disposition %q: %q %q %v, want attachment named %q", cd, disp, params, err, tt.wantName)
			}
			if n := strings.Count(cd, "filename*="); n != 1 {
				t.Errorf("Content-Disposition %q: filename*= %d times, want once", cd, n)
			}
			if !strings.Contains(cd, `; filename="`+tt.wantFallback+`";`) {
				t.Errorf("Content-Disposition %q: no ASCII fallback filename=%q", cd, tt.wantFallback)
			}
			for _, r := range cd {
				if r > 0x7e || r < 0x20 {
					t.Errorf("Content-Disposition %q is not ASCII", cd)
					break
				}
			}
		})
	}
}
