package outline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"

	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/prompts"
)

// Prompt files in the prompts directory.
const (
	promptFile = "outline.tmpl"
	schemaFile = "outline_schema.json"
)

// promptData is what outline.tmpl sees.
type promptData struct {
	Title, Topic, Org string
	Year              int
	Schema            string
	Passages          []promptPassage
	Draft             string
}

type promptPassage struct {
	N      int
	Source string
	Text   string
}

// RenderPrompt renders the outline prompt template text (its "system" and
// "user" templates) for the offline outline o, whose citations are the
// numbered material the model may cite.
func RenderPrompt(tmpl, schemaText string, o *Outline) ([]llm.Message, error) {
	t, err := template.New(promptFile).Parse(tmpl)
	if err != nil {
		return nil, fmt.Errorf("提纲提示词模板无效: %w", err)
	}
	draft, err := json.MarshalIndent(struct {
		Title    string    `json:"title"`
		Sections []Section `json:"sections"`
	}{o.Title, o.Sections}, "", " ")
	if err != nil {
		return nil, err
	}
	data := promptData{Title: o.Title, Topic: o.Topic, Org: o.Org, Year: o.Year, Schema: schemaText, Draft: string(draft)}
	for _, c := range o.Citations {
		src := fmt.Sprintf("%s(%d年)", sourceLine(c), c.Doc.Year)
		data.Passages = append(data.Passages, promptPassage{N: c.N, Source: src, Text: c.Text})
	}
	var msgs []llm.Message
	for _, role := range []string{"system", "user"} {
		var b bytes.Buffer
		if err := t.ExecuteTemplate(&b, role, data); err != nil {
			return nil, fmt.Errorf("提纲提示词模板缺少 %q 部分: %w", role, err)
		}
		msgs = append(msgs, llm.Message{Role: role, Content: strings.TrimSpace(b.String())})
	}
	return msgs, nil
}

// promptTexts loads the template and the schema: from dir when it holds
// them, else from the embedded prompts, else the built-in copies.
func promptTexts(dir string) (tmpl, schemaText string) {
	tmpl, err := prompts.Text(dir, promptFile)
	if err != nil || tmpl == "" {
		tmpl = builtinPrompt
	}
	schemaText, err = prompts.Text(dir, schemaFile)
	if err != nil || schemaText == "" {
		schemaText = builtinSchema
	}
	return tmpl, schemaText
}

// draftWithLLM asks the model for the outline and returns it when it passes
// the schema and the citation checks; otherwise the offline outline, with
// a note saying why.
func draftWithLLM(ctx context.Context, req Request, offline *Outline) *Outline {
	o, err := askLLM(ctx, req, offline)
	if err == nil {
		return o
	}
	fb := *offline
	note := "大模型提纲未通过校验（" + err.Error() + "），已改用离线提纲"
	if fb.Note != "" {
		note = fb.Note + "；" + note
	}
	fb.Note = note
	return &fb
}

func askLLM(ctx context.Context, req Request, offline *Outline) (*Outline, error) {
	tmpl, schemaText := promptTexts(req.PromptsDir)
	sch, err := parseSchema(schemaText)
	if err != nil {
		return nil, err
	}
	// The model redrafts the report's parts only: the reference blocks
	// (plans that bind other offices, other offices' wording) are not its
	// to move into the report, and come back unchanged after it.
	body, ref := splitReference(offline)
	msgs, err := RenderPrompt(tmpl, schemaText, body)
	if err != nil {
		return nil, err
	}
	reply, err := req.LLM.ChatJSON(ctx, msgs)
	if err != nil {
		return nil, fmt.Errorf("调用失败: %w", err)
	}
	o, err := checkReply(reply, sch, body)
	if err != nil {
		return nil, err
	}
	if offline.Section == "" && len(o.Sections) != len(Parts) {
		return nil, fmt.Errorf("全文提纲应按规定分为%d个部分,回复有%d个", len(Parts), len(o.Sections))
	}
	appendReference(o, ref, offline)
	return o, nil
}

// splitReference returns the outline without its reference blocks (and
// without the passages only they cite), and the blocks.
func splitReference(o *Outline) (*Outline, []Section) {
	body := *o
	body.Sections = nil
	var ref []Section
	for _, s := range o.Sections {
		if s.Reference {
			ref = append(ref, s)
		} else {
			body.Sections = append(body.Sections, s)
		}
	}
	used := map[int]bool{}
	walk := func(ss []Section) {}
	walk = func(ss []Section) {
		for _, s := range ss {
			for _, b := range s.Bullets {
				for _, n := range b.Citations {
					used[n] = true
				}
			}
			walk(s.Children)
		}
	}
	walk(body.Sections)
	body.Citations = nil
	for _, c := range o.Citations {
		if used[c.N] {
			body.Citations = append(body.Citations, c)
		}
	}
	return &body, ref
}

// appendReference adds the offline reference blocks to the model's
// outline, their citations renumbered into it.
func appendReference(o *Outline, ref []Section, offline *Outline) {
	key := func(c Citation) string { return fmt.Sprintf("%s:%d:%d", c.Doc.ID, c.Start, c.End) }
	have := map[string]int{}
	for _, c := range o.Citations {
		have[key(c)] = c.N
	}
	renum := func(n int) int {
		c := offline.Citations[n-1]
		if k, ok := have[key(c)]; ok {
			return k
		}
		c.N = len(o.Citations) + 1
		o.Citations = append(o.Citations, c)
		have[key(c)] = c.N
		return c.N
	}
	var conv func(s Section) Section
	conv = func(s Section) Section {
		out := s
		out.Bullets, out.Children = []Bullet{}, []Section{}
		for _, b := range s.Bullets {
			nb := b
			nb.Citations = nil
			nb.Text = citeRe.ReplaceAllStringFunc(b.Text, func(m string) string {
				n, _ := strconv.Atoi(citeRe.FindStringSubmatch(m)[1])
				return "[" + strconv.Itoa(renum(n)) + "]"
			})
			for _, n := range b.Citations {
				if k := renum(n); !containsInt(nb.Citations, k) {
					nb.Citations = append(nb.Citations, k)
				}
			}
			out.Bullets = append(out.Bullets, nb)
		}
		for _, ch := range s.Children {
			out.Children = append(out.Children, conv(ch))
		}
		return out
	}
	for _, s := range ref {
		o.Sections = append(o.Sections, conv(s))
	}
	numberSections(o.Sections)
}

// llmReply is the model's outline as the schema describes it.
type llmReply struct {
	Title    string       `json:"title"`
	Sections []llmSection `json:"sections"`
}

type llmSection struct {
	Title    string       `json:"title"`
	Level    int          `json:"level"`
	Bullets  []Bullet     `json:"bullets"`
	Children []llmSection `json:"children"`
}

var citeRe = regexp.MustCompile(`\[(\d+)\]`)

// checkReply validates the model's JSON against the schema, checks that
// every cited [n] is a passage of the offline outline and that every
// number in a bullet appears in a passage it cites, and renumbers the
// citations in reading order.
func checkReply(reply string, sch *schema, offline *Outline) (*Outline, error) {
	var raw any
	if err := json.Unmarshal([]byte(reply), &raw); err != nil {
		return nil, fmt.Errorf("回复不是有效的 JSON: %v", err)
	}
	if err := sch.validate(raw); err != nil {
		return nil, fmt.Errorf("不符合提纲格式: %v", err)
	}
	var r llmReply
	if err := json.Unmarshal([]byte(reply), &r); err != nil {
		return nil, fmt.Errorf("不符合提纲格式: %v", err)
	}
	byN := map[int]Citation{}
	for _, c := range offline.Citations {
		byN[c.N] = c
	}
	o := &Outline{
		Title: offline.Title, Section: offline.Section, Year: offline.Year, Org: offline.Org, Topic: offline.Topic,
		Sections: []Section{}, Citations: []Citation{}, Mode: ModeLLM, Note: offline.Note, Part: offline.Part, Addressee: offline.Addressee,
	}
	renum := map[int]int{}
	var conv func(s llmSection, level int, at string) (Section, error)
	conv = func(s llmSection, level int, at string) (Section, error) {
		at += "“" + s.Title + "”"
		if s.Level != level {
			return Section{}, fmt.Errorf("%s 的层级应为 %d", at, level)
		}
		out := Section{Title: strings.TrimSpace(stripMarker(s.Title)), Level: level, Bullets: []Bullet{}, Children: []Section{}}
		for i, bl := range s.Bullets {
			where := fmt.Sprintf("%s第 %d 条要点", at, i+1)
			cites := append([]int(nil), bl.Citations...)
			for _, m := range citeRe.FindAllStringSubmatch(bl.Text, -1) {
				n, _ := strconv.Atoi(m[1])
				if !containsInt(cites, n) {
					cites = append(cites, n)
				}
			}
			var texts []string
			for _, n := range cites {
				c, ok := byN[n]
				if !ok {
					return Section{}, fmt.Errorf("%s引用了不存在的材料 [%d]", where, n)
				}
				texts = append(texts, c.Text)
			}
			if n, ok := unsupportedNumber(bl.Text, texts, offline.Year); !ok {
				return Section{}, fmt.Errorf("%s中的数字 %s 不见于所引材料", where, n)
			}
			text := strings.TrimSpace(bl.Text)
			if !citeRe.MatchString(text) {
				for _, n := range cites {
					text += "[" + strconv.Itoa(n) + "]"
				}
			}
			// Renumber in reading order: markers in the text first, then
			// citations listed only in the array.
			text = citeRe.ReplaceAllStringFunc(text, func(m string) string {
				n, _ := strconv.Atoi(citeRe.FindStringSubmatch(m)[1])
				return "[" + strconv.Itoa(assign(renum, o, byN[n])) + "]"
			})
			var nums []int
			for _, n := range cites {
				k := assign(renum, o, byN[n])
				if !containsInt(nums, k) {
					nums = append(nums, k)
				}
			}
			out.Bullets = append(out.Bullets, Bullet{Text: text, Citations: nums})
		}
		for _, ch := range s.Children {
			cs, err := conv(ch, level+1, at+" > ")
			if err != nil {
				return Section{}, err
			}
			out.Children = append(out.Children, cs)
		}
		return out, nil
	}
	for _, s := range r.Sections {
		cs, err := conv(s, 1, "")
		if err != nil {
			return nil, err
		}
		o.Sections = append(o.Sections, cs)
	}
	if len(o.Citations) == 0 {
		return nil, errors.New("提纲没有引用任何材料")
	}
	if t := strings.TrimSpace(r.Title); t != "" {
		o.Title = t
	}
	numberSections(o.Sections)
	return o, nil
}

// assign gives passage c its number in the new outline, appending it to the
// citations on first use.
func assign(renum map[int]int, o *Outline, c Citation) int {
	if k, ok := renum[c.N]; ok {
		return k
	}
	k := len(renum) + 1
	renum[c.N] = k
	c.N = k
	o.Citations = append(o.Citations, c)
	return k
}

var (
	bulletNumRe = regexp.MustCompile(`\d+(?:\.\d+)?`)
	yearRe      = regexp.MustCompile(`^(?:19|20)\d\d$`)
)

// unsupportedNumber returns the first number of text (outside [n] markers)
// that none of the cited passages contains. Years are exempt: placeholders
// name the year drafted, which no past passage can contain.
func unsupportedNumber(text string, passages []string, year int) (string, bool) {
	text = citeRe.ReplaceAllString(text, " ")
	var nums []string
	for _, p := range passages {
		nums = append(nums, bulletNumRe.FindAllString(p, -1)...)
	}
	for _, loc := range bulletNumRe.FindAllStringIndex(text, -1) {
		n := text[loc[0]:loc[1]]
		if yearRe.MatchString(n) && strings.HasPrefix(text[loc[1]:], "年") {
			continue
		}
		found := false
		for _, m := range nums {
			if m == n {
				found = true
				break
			}
		}
		if !found {
			return n, false
		}
	}
	return "", true
}
