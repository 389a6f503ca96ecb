package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/gongwen/gongwen/internal/web"
)

// The web page is tested in a real headless Chromium against a real
// `gongwen serve` on a loopback port. The tests skip only when no browser
// is installed (Debian: apt-get install chromium; .ci/run does it).

// findBrowser returns the path of a Chromium-family browser, or "".
func findBrowser() string {
	if p := os.Getenv("GONGWEN_CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium with the flags a closed network needs
// (no background fetches, updates or sync) and returns a tab's context.
func browser(t *testing.T, width, height int) context.Context {
	t.Helper()
	path := findBrowser()
	if path == "" {
		t.Skip("no Chromium found (tried chromium, chromium-browser, google-chrome, headless-shell; or set GONGWEN_CHROME): browser tests skipped")
	}
	// Not t.TempDir: Chromium's helper processes may still write to the
	// profile for a moment after the browser has stopped, and TempDir's
	// cleanup fails the test on "directory not empty".
	profile, err := os.MkdirTemp("", "gongwen-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 50 {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(width, height),
	)
	// A browser that exits before it reports its DevTools address ("chrome
	// failed to start") on a loaded 2-core machine, while other tests'
	// browsers start, is started again: a second try has always come up
	// (.ci/run, thirty-sixth session: one start in some dozens failed).
	for try := range maxBrowserStarts {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		ctx, cancelTab := chromedp.NewContext(actx)
		ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
		if err = chromedp.Do(ctx); err == nil {
			t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
			return ctx
		}
		cancelTime()
		cancelTab()
		cancelAlloc()
		t.Logf("start %s (try %d): %v", path, try+1, err)
		time.Sleep(time.Second)
	}
	t.Fatalf("start %s: %v", path, err)
	return nil
}

// maxBrowserStarts is how many times a browser that failed to start is
// started.
const maxBrowserStarts = 3

func run1(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func jsEval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// waitJS waits until the expression is truthy.
func waitJS(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](js, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("waiting for %s (%s): %v", what, js, err)
	}
}

// screenshotDir is where screenshots go: $GONGWEN_SCREENSHOTS when set (to
// look at them), a temporary directory otherwise.
func screenshotDir(t *testing.T) string {
	if d := os.Getenv("GONGWEN_SCREENSHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func screenshot(t *testing.T, ctx context.Context, dir, name string) {
	t.Helper()
	buf, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}

// askInPage types a question into the hook textarea[name=q], presses
// Enter, and waits for the answer's turn to finish.
func askInPage(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	before := jsEval[int](t, ctx, `document.querySelectorAll('#chat .turn .actions, #chat .turn .error').length`)
	run1(t, ctx, "type the question",
		chromedp.SetValue(chromedp.CSS(`textarea[name=q]`), q),
		chromedp.SendKeys(chromedp.CSS(`textarea[name=q]`), kb.Enter))
	waitJS(t, ctx, "the answer to "+q, `document.querySelectorAll('#chat .turn .actions, #chat .turn .error').length > `+itoa(before))
	if e := jsEval[string](t, ctx, `(document.querySelector('#chat .turn:last-child .error')||{}).textContent||''`); e != "" {
		t.Fatalf("asking %q: the page shows %q", q, e)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

type pageCitation struct {
	N     int `json:"n"`
	Start int `json:"start"`
	End   int `json:"end"`
	Text  string
	Doc   struct {
		ID, Org, Title string
	}
}

type pageAnswer struct {
	Answer    string         `json:"answer"`
	Citations []pageCitation `json:"citations"`
}

func lastAnswer(t *testing.T, ctx context.Context) pageAnswer {
	t.Helper()
	var a pageAnswer
	raw := jsEval[string](t, ctx, `JSON.stringify(window.__gongwen.last)`)
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		t.Fatalf("last answer %s: %v", raw, err)
	}
	return a
}

func TestWebAskCiteAndFollowUp(t *testing.T) {
	s := startServe(t, map[string]string{})
	ctx := browser(t, 1366, 768)
	shots := screenshotDir(t)
	base := "http://" + s.addr + "/"

	run1(t, ctx, "open the page", chromedp.Navigate(base), chromedp.WaitVisible(chromedp.CSS(`textarea[name=q]`)))
	const fcp = `(performance.getEntriesByName('first-contentful-paint')[0]||performance.getEntriesByType('paint')[0]||{startTime:-1}).startTime`
	cold := jsEval[float64](t, ctx, fcp)
	run1(t, ctx, "load again", chromedp.Reload(), chromedp.WaitVisible(chromedp.CSS(`textarea[name=q]`)))
	t.Logf("first contentful paint of /: %.0f ms (browser just started), %.0f ms (loaded again; response end %.0f ms, DOMContentLoaded %.0f ms)", cold, jsEval[float64](t, ctx, fcp),
		jsEval[float64](t, ctx, `performance.getEntriesByType('navigation')[0].responseEnd`),
		jsEval[float64](t, ctx, `performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`))
	waitJS(t, ctx, "the scope pickers", `document.querySelectorAll('#scope select[name=org] option').length > 1`)
	screenshot(t, ctx, shots, "01-ask-empty-1366")

	// Shift+Enter is a new line, not a question.
	run1(t, ctx, "Shift+Enter", chromedp.SetValue(chromedp.CSS(`textarea[name=q]`), "第一行"),
		chromedp.Focus(chromedp.CSS(`textarea[name=q]`)),
		chromedp.Evaluate[chromedp.Void](`(() => { const b = document.querySelector('textarea[name=q]'); b.selectionStart = b.selectionEnd = b.value.length; })()`),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierShift)))
	if v := jsEval[string](t, ctx, `document.querySelector('textarea[name=q]').value`); v != "第一行\n" {
		t.Errorf("after Shift+Enter the box holds %q", v)
	}
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#chat .turn').length`); n != 0 {
		t.Errorf("Shift+Enter sent the question")
	}

	// Ask with an office chosen in the scope picker.
	run1(t, ctx, "choose the office", chromedp.SetValue(chromedp.CSS(`#scope select[name=org]`), "清远市清城区民政局"))
	askInPage(t, ctx, "2024年开展了哪些普法宣传活动?")
	t.Logf("first streamed token after send: %.0f ms (whole answer %.0f ms)",
		jsEval[float64](t, ctx, `window.__gongwen.firstToken`), jsEval[float64](t, ctx, `window.__gongwen.answered`))
	first := lastAnswer(t, ctx)
	if !strings.Contains(first.Answer, "[1]") || len(first.Citations) == 0 {
		t.Fatalf("answer without [n]: %+v", first)
	}
	shown := jsEval[string](t, ctx, `document.querySelector('#chat .turn:last-child .text').textContent`)
	if shown != first.Answer {
		t.Errorf("page shows %q, answer is %q", shown, first.Answer)
	}
	for _, c := range first.Citations {
		if !strings.Contains(c.Doc.Org, "清城区") {
			t.Errorf("citation [%d] from %s, outside the chosen office", c.N, c.Doc.Org)
		}
	}
	screenshot(t, ctx, shots, "02-ask-answer-1366")

	// Click the chip [1]: the viewer opens the whole document with the quote
	// in a <mark>, and the hash names the document and the span.
	run1(t, ctx, "click [1]", chromedp.Click(chromedp.CSS(`#chat .turn:last-child [data-cite="1"]`)))
	waitJS(t, ctx, "the viewer's mark", `!document.querySelector('#viewer').hidden && document.querySelector('#viewer mark')`)
	c1 := first.Citations[0]
	if got := jsEval[string](t, ctx, `document.querySelector('#viewer mark').textContent`); got != c1.Text {
		t.Errorf("viewer marks %q, citation [1] quotes %q", got, c1.Text)
	}
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#viewer mark').length`); n != 1 {
		t.Errorf("%d <mark> elements, want 1", n)
	}
	hash := jsEval[string](t, ctx, `location.hash`)
	wantHash := "#doc/" + c1.Doc.ID + "/" + itoa(c1.Start) + "-" + itoa(c1.End)
	if hash != wantHash {
		t.Errorf("hash %q, want %q", hash, wantHash)
	}
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#viewer-toc a').length`); n < 3 {
		t.Errorf("heading tree has %d entries", n)
	}
	// The mark is on screen, not somewhere below.
	if !jsEval[bool](t, ctx, `(() => { const r = document.querySelector('#viewer mark').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`) {
		t.Error("the quoted passage is not scrolled into view")
	}
	screenshot(t, ctx, shots, "03-viewer-1366")

	// A shared link opens the same passage in a fresh page.
	run1(t, ctx, "open the shared link", chromedp.Navigate(base+wantHash))
	waitJS(t, ctx, "the shared link's mark", `document.querySelector('#viewer mark')`)
	if got := jsEval[string](t, ctx, `document.querySelector('#viewer mark').textContent`); got != c1.Text {
		t.Errorf("shared link marks %q", got)
	}

	// Back in the conversation, a follow-up keeps the scope and the history.
	run1(t, ctx, "back to the conversation", chromedp.Navigate(base+"#ask"), chromedp.WaitVisible(chromedp.CSS(`textarea[name=q]`)))
	waitJS(t, ctx, "the scope pickers", `document.querySelectorAll('#scope select[name=org] option').length > 1`)
	run1(t, ctx, "start a new conversation", chromedp.Click(chromedp.CSS(`#new-chat`)),
		chromedp.SetValue(chromedp.CSS(`#scope select[name=org]`), "清远市清城区民政局"))
	askInPage(t, ctx, "普法宣传搞了多少场活动?")
	askInPage(t, ctx, "那行政复议呢?")
	follow := lastAnswer(t, ctx)
	if len(follow.Citations) == 0 {
		t.Fatalf("follow-up without citations: %+v", follow)
	}
	for _, c := range follow.Citations {
		if !strings.Contains(c.Doc.Org, "清城区") {
			t.Errorf("follow-up citation [%d] from %s: the scope was lost", c.N, c.Doc.Org)
		}
	}
	if sent := jsEval[int](t, ctx, `window.__gongwen.lastRequest.history.length`); sent != 1 {
		t.Errorf("follow-up sent %d earlier turns, want 1", sent)
	}

	// Copy gives the answer with its sources in 公文 wording.
	copied := jsEval[string](t, ctx, `gongwenCopy(window.__gongwen.last)`)
	if !strings.Contains(copied, "《") || !strings.Contains(copied, "年度)") || !strings.Contains(copied, ":“") {
		t.Errorf("copy text not in 公文 wording:\n%s", copied)
	}

	// Phone width.
	run1(t, ctx, "phone width", chromedp.EmulateViewport(390, 844))
	screenshot(t, ctx, shots, "04-ask-phone")
	run1(t, ctx, "click [1] on a phone", chromedp.Click(chromedp.CSS(`#chat .turn:last-child [data-cite="1"]`)))
	waitJS(t, ctx, "the viewer's mark", `document.querySelector('#viewer mark')`)
	screenshot(t, ctx, shots, "05-viewer-phone")
	t.Logf("screenshots in %s", shots)
}

func TestWebDraftPlanAndLibrary(t *testing.T) {
	s := startServe(t, map[string]string{})
	ctx := browser(t, 1366, 768)
	shots := screenshotDir(t)
	base := "http://" + s.addr + "/"

	// 起草: one section, rendered with 【待补充】 marked, then the DOCX.
	run1(t, ctx, "open 起草", chromedp.Navigate(base+"#draft"), chromedp.WaitVisible(chromedp.CSS(`#draft-form`)),
		chromedp.SetValue(chromedp.CSS(`#draft-form input[name=org]`), "清城区"),
		chromedp.SetValue(chromedp.CSS(`#draft-form input[name=year]`), "2025"),
		chromedp.SetValue(chromedp.CSS(`#draft-form input[name=section]`), "加强法治宣传教育"),
		chromedp.Click(chromedp.CSS(`#draft-form button[type=submit]`)))
	waitJS(t, ctx, "the outline", `document.querySelector('#draft-out a[download]')`)
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#draft-out .todo').length`); n == 0 {
		t.Error("no 【待补充】 highlighted in the outline")
	}
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#draft-out a.ref').length`); n == 0 {
		t.Error("no clickable citation in the outline")
	}
	screenshot(t, ctx, shots, "06-draft-1366")
	href := jsEval[string](t, ctx, `document.querySelector('#draft-out a[download].docx').href`)
	if !strings.Contains(href, "format=docx") {
		t.Errorf("DOCX link %q", href)
	}
	// The browser fetches the file as the link would, cookies and all.
	run1(t, ctx, "download the DOCX", chromedp.Evaluate[chromedp.Void](`window.__dl = null; fetch(document.querySelector('#draft-out a[download].docx').href).then(r => r.arrayBuffer()).then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); window.__dl = btoa(s); })`))
	waitJS(t, ctx, "the DOCX bytes", `window.__dl`)
	docx, err := base64.StdEncoding.DecodeString(jsEval[string](t, ctx, `window.__dl`))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatalf("DOCX is not a zip: %v", err)
	}
	names := map[string]bool{}
	for _, f := range zr.File {
		names[f.Name] = true
	}
	for _, want := range []string{"[Content_Types].xml", "word/document.xml"} {
		if !names[want] {
			t.Errorf("DOCX lacks %s", want)
		}
	}
	// The whole report over HTTP, too.
	run1(t, ctx, "whole report", chromedp.Click(chromedp.CSS(`#draft-form input[value=whole]`)),
		chromedp.Click(chromedp.CSS(`#draft-form button[type=submit]`)))
	waitJS(t, ctx, "the whole-report outline", `document.querySelector('#draft-out h2') && !document.querySelector('#draft-out a[download]').href.includes('section=')`)

	// 方案: the lead filter narrows the table.
	run1(t, ctx, "open 方案", chromedp.Navigate(base+"#plan"))
	waitJS(t, ctx, "plan items", `document.querySelectorAll('#plan-table tr.item').length > 0 && document.querySelectorAll('#plan-form select[name=lead] option').length > 1`)
	all := jsEval[int](t, ctx, `document.querySelectorAll('#plan-table tr.item').length`)
	run1(t, ctx, "filter by lead", chromedp.Evaluate[chromedp.Void](`(() => { const s = document.querySelector('#plan-form select[name=lead]'); s.value = '局办公室'; s.dispatchEvent(new Event('change')); })()`))
	some := jsEval[int](t, ctx, `document.querySelectorAll('#plan-table tr.item').length`)
	if some == 0 || some >= all {
		t.Errorf("lead filter: %d of %d rows", some, all)
	}
	if !jsEval[bool](t, ctx, `Array.from(document.querySelectorAll('#plan-table tr.item td:nth-child(4)')).every(td => td.textContent.includes('局办公室'))`) {
		t.Error("a filtered row is not led by 局办公室")
	}
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#unit-table tbody tr').length`); n == 0 {
		t.Error("no counts per unit")
	}
	run1(t, ctx, "filter by text", chromedp.SetValue(chromedp.CSS(`#plan-form input[name=text]`), "普法"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#plan-form input[name=text]').dispatchEvent(new Event('input'))`))
	if n := jsEval[int](t, ctx, `document.querySelectorAll('#plan-table tr.item').length`); n > some {
		t.Errorf("text filter widened the table to %d rows", n)
	}
	screenshot(t, ctx, shots, "07-plan-1366")
	// Coverage of a report against the plans, with evidence to click.
	run1(t, ctx, "coverage", chromedp.Click(chromedp.CSS(`#cover-form button[type=submit]`)))
	waitJS(t, ctx, "the coverage table", `document.querySelectorAll('#cover-table .status').length > 0`)
	run1(t, ctx, "scroll", chromedp.ScrollIntoView(chromedp.CSS(`#cover-table`)))
	screenshot(t, ctx, shots, "08-coverage-1366")
	run1(t, ctx, "open evidence", chromedp.Click(chromedp.CSS(`#cover-table a.evidence`)))
	waitJS(t, ctx, "the evidence in the viewer", `document.querySelector('#viewer mark')`)

	// 文库: upload a GBK text and a broken DOCX.
	run1(t, ctx, "open 文库", chromedp.Navigate(base+"#library"))
	waitJS(t, ctx, "the library", `document.querySelectorAll('#doc-table tbody tr[data-id]').length > 0`)
	before := jsEval[int](t, ctx, `document.querySelectorAll('#doc-table tbody tr[data-id]').length`)
	wd, _ := os.Getwd()
	files := []string{filepath.Join(wd, "testdata/web/donghu_2025_gbk.txt"), filepath.Join(wd, "testdata/web/broken.docx")}
	run1(t, ctx, "upload", chromedp.SetUploadFiles(chromedp.CSS(`#file-input`), files))
	waitJS(t, ctx, "the upload results", `document.querySelectorAll('#upload-results li').length == 2`)
	res := jsEval[string](t, ctx, `Array.from(document.querySelectorAll('#upload-results li')).map(li => li.dataset.file + '|' + li.dataset.status + '|' + li.textContent).join('\n')`)
	t.Logf("upload results:\n%s", res)
	if !strings.Contains(res, "donghu_2025_gbk.txt|ingested|") {
		t.Errorf("the GBK text was not ingested:\n%s", res)
	}
	if !strings.Contains(res, "broken.docx|skipped|") || !strings.Contains(res, "损坏") {
		t.Errorf("the broken file shows no reason:\n%s", res)
	}
	if jsEval[float64](t, ctx, `document.querySelector('#upload-progress').value`) != 100 {
		t.Error("progress bar not full")
	}
	waitJS(t, ctx, "the new document in the library", `document.querySelectorAll('#doc-table tbody tr[data-id]').length == `+itoa(before+1))
	if !jsEval[bool](t, ctx, `document.querySelector('#doc-table').textContent.includes('东湖县民政局2025年法治政府建设工作报告')`) {
		t.Error("the uploaded document's title is not in the library")
	}
	screenshot(t, ctx, shots, "09-library-1366")

	// Files dropped on the drop zone go the same way.
	run1(t, ctx, "drop a file", chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(['西山镇2025年法治政府建设工作报告\n一、主要工作\n开展人民调解培训4期。\n'], 'xishan.md', {type: 'text/markdown'}));
		document.querySelector('#drop').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`))
	waitJS(t, ctx, "the dropped file's result", `document.querySelector('#upload-results li[data-file="xishan.md"][data-status="ingested"]')`)
	waitJS(t, ctx, "the dropped file in the library", `document.querySelector('#doc-table tbody tr[data-id="xishan"]')`)
	before++

	// The new index answers at once.
	run1(t, ctx, "back to 问答", chromedp.Navigate(base+"#ask"), chromedp.WaitVisible(chromedp.CSS(`textarea[name=q]`)))
	askInPage(t, ctx, "东湖县民政局2025年举办了几期法律明白人培训班?")
	a := lastAnswer(t, ctx)
	if !strings.Contains(a.Answer, "7期") || len(a.Citations) == 0 || !strings.Contains(a.Citations[0].Doc.Title, "东湖县") {
		t.Errorf("the uploaded document does not answer: %+v", a)
	}

	// Removing it: gone from the library and from answers.
	run1(t, ctx, "remove", chromedp.Navigate(base+"#library"))
	waitJS(t, ctx, "the library", `document.querySelector('#doc-table tbody tr[data-id="donghu_2025_gbk"]')`)
	run1(t, ctx, "remove", chromedp.Evaluate[chromedp.Void](`window.confirm = () => true`),
		chromedp.Click(chromedp.CSS(`#doc-table tr[data-id="donghu_2025_gbk"] button.del`)))
	waitJS(t, ctx, "the removal", `!document.querySelector('#doc-table tbody tr[data-id="donghu_2025_gbk"]') && document.querySelectorAll('#doc-table tbody tr[data-id]').length == `+itoa(before))

	run1(t, ctx, "phone width", chromedp.EmulateViewport(390, 844))
	screenshot(t, ctx, shots, "10-library-phone")
	run1(t, ctx, "plan on a phone", chromedp.Navigate(base+"#plan"))
	waitJS(t, ctx, "plan items", `document.querySelectorAll('#plan-table tr.item').length > 0`)
	screenshot(t, ctx, shots, "11-plan-phone")
}

// TestWebLogin drives the page against a stand-in, at the wire, for a
// server with an access file: every API call answers 401 until
// POST /v1/login sets the session cookie; GET /v1/session then gives the
// user and the CSRF token that unsafe requests must carry.
func TestWebLogin(t *testing.T) {
	ctx := browser(t, 1366, 768)
	var mu sync.Mutex
	session := "s1" // the cookie value the server accepts; changed to expire it
	var tokens []string
	authed := func(r *http.Request) bool {
		c, err := r.Cookie("gongwen_session")
		mu.Lock()
		defer mu.Unlock()
		return err == nil && c.Value == session
	}
	mux := http.NewServeMux()
	mux.Handle("/", web.Handler())
	mux.HandleFunc("POST /v1/login", func(w http.ResponseWriter, r *http.Request) {
		var in struct{ User, Password string }
		_ = json.NewDecoder(r.Body).Decode(&in)
		if in.User != "zhang" || in.Password != "口令123" {
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":"用户名或密码不对"}`))
			return
		}
		mu.Lock()
		v := session
		mu.Unlock()
		http.SetCookie(w, &http.Cookie{Name: "gongwen_session", Value: v, Path: "/", HttpOnly: true})
		w.Write([]byte(`{"user":"zhang"}`))
	})
	json401 := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		w.Write([]byte(`{"error":"请先登录"}`))
	}
	mux.HandleFunc("GET /v1/session", func(w http.ResponseWriter, r *http.Request) {
		if !authed(r) {
			json401(w)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"user":"张三","csrf":"tok-123"}`))
	})
	mux.HandleFunc("GET /v1/docs", func(w http.ResponseWriter, r *http.Request) {
		if !authed(r) {
			json401(w)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"docs":[]}`))
	})
	mux.HandleFunc("POST /v1/feedback", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		tokens = append(tokens, r.Header.Get("X-CSRF-Token"))
		mu.Unlock()
		if !authed(r) {
			json401(w)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"ok":true}`))
	})
	ts := httptest.NewServer(mux)
	t.Cleanup(ts.Close)

	login := func(password string) {
		t.Helper()
		waitJS(t, ctx, "the login form", `!document.querySelector('#login').hidden`)
		run1(t, ctx, "log in", chromedp.SetValue(chromedp.CSS(`#login-form input[name=user]`), "zhang"),
			chromedp.SetValue(chromedp.CSS(`#login-form input[name=password]`), password),
			chromedp.Click(chromedp.CSS(`#login-form button[type=submit]`)))
	}
	run1(t, ctx, "open the page", chromedp.Navigate(ts.URL+"/"))
	login("错的")
	waitJS(t, ctx, "the wrong-password message", `!document.querySelector('#login-error').hidden`)
	if msg := jsEval[string](t, ctx, `document.querySelector('#login-error').textContent`); msg != "用户名或密码不对" {
		t.Errorf("wrong password shows %q", msg)
	}
	login("口令123")
	waitJS(t, ctx, "the user's name", `document.querySelector('#who').textContent.includes('张三')`)
	if !jsEval[bool](t, ctx, `document.querySelector('#login').hidden`) {
		t.Error("login form still shown")
	}

	// An unsafe request carries the session's CSRF token.
	run1(t, ctx, "send feedback", chromedp.Evaluate[chromedp.Void](`window.__fb = null; api('POST', '/v1/feedback', {vote: 'up', answer: 'x'}).then(r => window.__fb = r)`))
	waitJS(t, ctx, "the feedback answer", `window.__fb && window.__fb.ok`)

	// The session expires: the next call opens the form, and is sent
	// again once the user has logged in.
	mu.Lock()
	session = "s2"
	mu.Unlock()
	run1(t, ctx, "send feedback", chromedp.Evaluate[chromedp.Void](`window.__fb = null; api('POST', '/v1/feedback', {vote: 'down', answer: 'y'}).then(r => window.__fb = r)`))
	login("口令123")
	waitJS(t, ctx, "the retried feedback", `window.__fb && window.__fb.ok`)
	mu.Lock()
	defer mu.Unlock()
	if len(tokens) != 3 || tokens[0] != "tok-123" || tokens[2] != "tok-123" {
		t.Errorf("X-CSRF-Token on the feedback requests: %q, want tok-123 each", tokens)
	}
}
