package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/gongwen/gongwen/internal/answer"
	"github.com/gongwen/gongwen/internal/httpapi"
)

// batchLine is one line of a --batch file. Besides the question and its
// "now", an ask line may carry the conversation before it, as the body of
// POST /v1/ask does, so a follow-up asked in a batch gets the answer it gets
// on the web page or in a chat; a search line may carry "k", as the body of
// POST /v1/search does.
type batchLine struct {
	Q       string        `json:"q"`
	Now     string        `json:"now,omitempty"`
	History []answer.Turn `json:"history,omitempty"`
	K       *int          `json:"k,omitempty"` // nil: the command's -k
}

// batchFieldErrors say what a field of a batch line should be when the
// line gives it a value of another JSON type. The decoder's own words
// ("cannot unmarshal number into Go struct field batchLine.q") name our
// Go types, which whoever wrote the file never saw.
var batchFieldErrors = map[string]string{
	"q":       "q 应为字符串",
	"now":     "now 应为 YYYY-MM-DD 格式的日期",
	"history": `history 应为数组,如 [{"q": "…", "answer": "…"}]`,
	"k":       fmt.Sprintf("k 应为 1 到 %d 之间的整数", httpapi.MaxK),
}

// batchJob is what a command does with the lines of a --batch file.
type batchJob struct {
	// what names a line's text in a length error, as the command's API
	// endpoint does: "问题" (ask), "检索词" (search).
	what string
	// now is the day of the lines that give none (--now).
	now time.Time
	// do answers a line whose question and day are good.
	do func(line batchLine, now time.Time) any
	// fail is the object for a line that cannot be answered: in the
	// command's own shape (ask: found and citations; search: results),
	// with the line's q as far as it can be read, and why, in Chinese.
	fail func(q string, err error) any
}

// eachBatchLine reads JSON Lines from path (or stdin for "-") and writes one
// JSON object per input line, in order — blank lines included, so the n-th
// output always answers the n-th input. A line that is not a JSON object is
// taken as the question itself. A bad line yields an error object instead
// of stopping the batch.
func eachBatchLine(e *env, path string, job batchJob) error {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return &exitError{2, fmt.Errorf("无法读取批量文件: %w", err)}
		}
		defer f.Close()
		r = f
	}
	const maxLine = 16 << 20
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), maxLine)
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	n := 0
	for sc.Scan() {
		n++
		line, err := readBatchLine(n, sc.Text())
		if err == nil {
			err = line.check(job.what)
		}
		var day time.Time
		if err == nil {
			day, err = line.day(job.now)
		}
		var out any
		if err != nil {
			out = job.fail(line.Q, err)
		} else {
			out = job.do(line, day)
		}
		if err := writeJSON(w, out); err != nil {
			return err
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("批量文件第%d行超过 %d MB,从这一行起没有处理", n+1, maxLine>>20)
	} else if err != nil {
		return fmt.Errorf("无法读取批量文件: %w", err)
	}
	return nil
}

// readBatchLine reads the n-th line of a batch file. On error the line
// returned still carries the q the raw line gives, when it gives a string,
// to be echoed back beside the error.
func readBatchLine(n int, raw string) (batchLine, error) {
	text := strings.TrimSpace(strings.TrimPrefix(raw, "\ufeff"))
	switch {
	case text == "":
		return batchLine{}, errors.New("空行:没有问题")
	case !strings.HasPrefix(text, "{"):
		// A plain line is a question: staff keep lists of questions one
		// per line, not JSON.
		return batchLine{Q: text}, nil
	}
	var line batchLine
	err := json.Unmarshal([]byte(text), &line)
	if err == nil {
		return line, nil
	}
	var q string
	var fields map[string]json.RawMessage
	if json.Unmarshal([]byte(text), &fields) == nil {
		_ = json.Unmarshal(fields["q"], &q)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		field, _, _ := strings.Cut(typ.Field, ".")
		if msg, ok := batchFieldErrors[field]; ok {
			return batchLine{Q: q}, errors.New(msg)
		}
		return batchLine{Q: q}, fmt.Errorf("%s 的取值类型不对", field)
	}
	return batchLine{Q: q}, fmt.Errorf(`第%d行不是有效的 JSON(应为 {"q": "…", "now": "YYYY-MM-DD"},或直接写问题)`, n)
}

// check refuses what the API refuses: an empty question ("问题为空", the
// same for ask and search) and one longer than /v1/ask and /v1/search
// take, in their words.
func (l batchLine) check(what string) error {
	if strings.TrimSpace(l.Q) == "" {
		return errors.New("问题为空")
	}
	return httpapi.CheckQuestion(what, l.Q)
}

// day is the line's own "today" when it gives one, else def.
func (l batchLine) day(def time.Time) (time.Time, error) {
	if l.Now == "" {
		return def, nil
	}
	return parseDay("now", l.Now)
}
