package outline

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/llm"
	"github.com/gongwen/gongwen/internal/zh"
)

// A first draft under each point: the sentence a staffer would start from,
// in this year's frame. Last year's figures never pass for this year's:
// offline they become 【待补充】; from the model, a sentence survives only
// when each of its numbers is in a passage it cites and each figure it
// keeps is stated with that passage's year.

// draftPoint is a point that gets a draft: a carried sentence of the
// office's own earlier report.
type draftPoint struct {
	b     *Bullet
	cites []Citation
}

// draftPoints are the points under the report's parts (not the reference
// blocks) that rest on the office's earlier reports: carried sentences,
// and the first placeholder of a sentence that only stated figures. A
// source sentence is drafted once.
func draftPoints(o *Outline) []draftPoint {
	var out []draftPoint
	drafted := map[int]bool{}
	var walk func(ss []Section)
	walk = func(ss []Section) {
		for i := range ss {
			if ss[i].Reference {
				continue
			}
			for j := range ss[i].Bullets {
				b := &ss[i].Bullets[j]
				figureOnly := figurePlaceholderRe.MatchString(b.Text) && len(b.Citations) == 1
				if !figureOnly && (!priorTagRe.MatchString(b.Text) || strings.HasPrefix(b.Text, "【")) {
					continue
				}
				var cs []Citation
				for _, n := range b.Citations {
					if c := o.Citations[n-1]; c.Doc.Kind == document.KindReport && c.Doc.Year < o.Year && !drafted[n] {
						cs = append(cs, c)
					}
				}
				if len(cs) > 0 {
					drafted[cs[0].N] = true
					out = append(out, draftPoint{b, cs})
				}
			}
			walk(ss[i].Children)
		}
	}
	walk(o.Sections)
	return out
}

// writeDrafts fills Bullet.Draft: by the model when req.LLM is set, falling
// back to the offline draft for the points its answer does not serve.
func writeDrafts(ctx context.Context, req Request, o *Outline) {
	points := draftPoints(o)
	for _, p := range points {
		p.b.Draft = offlineDraft(p.cites[0], o.Year)
	}
	if req.LLM == nil || len(points) == 0 {
		return
	}
	drafts, err := askDrafts(ctx, req.LLM, o, points)
	if err != nil {
		o.Note = joinNote(o.Note, "大模型初稿未能生成（"+err.Error()+"），已用离线初稿")
		return
	}
	dropped := 0
	for i, p := range points {
		text, ok := drafts[i+1]
		if !ok {
			continue
		}
		kept, removed := verifyDraft(text, p, o.Year)
		dropped += removed
		// Nothing left that the sources bear out: the point stays its bullet.
		p.b.Draft = kept
	}
	if dropped > 0 {
		o.Note = joinNote(o.Note, fmt.Sprintf("大模型初稿中有%d句无法由所引材料证实，已删除", dropped))
	}
}

func joinNote(note, add string) string {
	if note == "" {
		return add
	}
	return note + "；" + add
}

// offlineDraft rewrites a carried sentence into the year drafted: its
// numbering dropped, the source year moved to the year drafted, every
// figure left to fill in, the punctuation made full-width, and the
// citation kept.
func offlineDraft(c Citation, year int) string {
	text := stripLead(strings.TrimSpace(c.Text))
	// Every number with a unit goes, named by figures or not ("下降4.6%、
	// 23.3%"); dates and festival names ("12·4") have none.
	locs := figureLocs(text)
	for i := len(locs) - 1; i >= 0; i-- {
		start, end := locs[i][0], locs[i][1]
		if start > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:start]); r == '.' || r == '·' || r == '-' || r == '/' {
				continue
			}
		}
		num := numRe.FindStringIndex(text[start:end])
		unit := text[start+num[1] : end]
		text = text[:start] + "【待补充】" + unit + text[end:]
	}
	text = strings.NewReplacer("约【待补充】", "【待补充】", "近【待补充】", "【待补充】", "超【待补充】", "【待补充】").Replace(text)
	text = strings.ReplaceAll(text, strconv.Itoa(c.Doc.Year)+"年", strconv.Itoa(year)+"年")
	text = fullWidth(strings.TrimRight(text, "。;；,，.、 "))
	return text + "。[" + strconv.Itoa(c.N) + "]"
}

// halfToFull maps the half-width punctuation of generated Chinese text to
// the full-width forms a 公文 uses.
var halfToFull = strings.NewReplacer(",", "，", ";", "；", ":", "：", "(", "（", ")", "）", "!", "！", "?", "？")

// fullWidth converts s's half-width punctuation, leaving [n] markers and
// decimal points alone.
func fullWidth(s string) string { return halfToFull.Replace(s) }

// draftReply is the model's answer: one draft per point id.
type draftReply struct {
	Drafts []struct {
		ID   int    `json:"id"`
		Text string `json:"text"`
	} `json:"drafts"`
}

const draftSystem = `你是协助基层政府工作人员起草《法治政府建设年度报告》的助手。请为每个要点写一段公文语体的初稿(一至三句)。
规则:
1. 只依据该要点所附材料,不得编造材料之外的事实、数字、文件名或单位名称。
2. 报告年度为 %d 年。本年度的数字一律写作“【待补充】”,不得把材料中的往年数字写成本年度的数字;如需提及往年数字,必须在同一句写明其年份(如“2024年为10场”)。
3. 每句末尾用 [n] 标注所依据的材料编号,编号只能取该要点所附材料的编号。
4. 只输出一个 JSON 对象:{"drafts": [{"id": 要点编号, "text": "初稿"}]}。`

type draftPromptPoint struct {
	ID        int                `json:"id"`
	Point     string             `json:"point"`
	Materials []draftPromptCited `json:"materials"`
}

type draftPromptCited struct {
	N      int    `json:"n"`
	Source string `json:"source"`
	Text   string `json:"text"`
}

// askDrafts asks the model for all drafts at once; the answer maps point
// ids (from 1) to drafts.
func askDrafts(ctx context.Context, chat JSONChatter, o *Outline, points []draftPoint) (map[int]string, error) {
	var ps []draftPromptPoint
	for i, p := range points {
		dp := draftPromptPoint{ID: i + 1, Point: p.b.Text}
		for _, c := range p.cites {
			dp.Materials = append(dp.Materials, draftPromptCited{N: c.N, Source: fmt.Sprintf("%s(%d年)", sourceLine(c), c.Doc.Year), Text: c.Text})
		}
		ps = append(ps, dp)
	}
	body, err := json.MarshalIndent(ps, "", " ")
	if err != nil {
		return nil, err
	}
	msgs := []llm.Message{
		{Role: "system", Content: fmt.Sprintf(draftSystem, o.Year)},
		{Role: "user", Content: fmt.Sprintf("请为《%s》的以下要点写初稿:\n%s", o.Title, body)},
	}
	reply, err := chat.ChatJSON(ctx, msgs)
	if err != nil {
		return nil, fmt.Errorf("调用失败：%w", err)
	}
	var r draftReply
	if err := json.Unmarshal([]byte(reply), &r); err != nil {
		return nil, fmt.Errorf("回复不是有效的 JSON：%v", err)
	}
	out := map[int]string{}
	for _, d := range r.Drafts {
		if t := strings.TrimSpace(d.Text); t != "" {
			out[d.ID] = t
		}
	}
	return out, nil
}

// figurePlaceholderRe reads a figure placeholder: the year drafted, the
// label, the year and value of the old figure and its citation.
var figurePlaceholderRe = regexp.MustCompile(`【待补充：(\d{4})年([^（】]+)（(\d{4})年为([^\[）]+)\[(\d+)\]）】`)

var yearMentionRe = regexp.MustCompile(`((?:19|20)\d\d)年`)

// verifyDraft keeps the sentences of a model's draft that its sources bear
// out: each cites a passage of the point, each number is in a passage it
// cites, and each figure of an earlier year is stated with that year. It
// returns the kept text and how many sentences it removed.
func verifyDraft(text string, p draftPoint, year int) (string, int) {
	byN := map[int]Citation{}
	for _, c := range p.cites {
		byN[c.N] = c
	}
	var kept []string
	removed := 0
	for _, sp := range zh.Sentences(text, false) {
		s := strings.TrimSpace(text[sp.Start:sp.End])
		// A marker after the stop belongs to the sentence before it.
		if s == "" || citeRe.MatchString(s) && strings.TrimSpace(citeRe.ReplaceAllString(s, "")) == "" {
			if len(kept) > 0 && s != "" {
				kept[len(kept)-1] += s
			}
			continue
		}
		if ok := sentenceSupported(s, byN, year); !ok {
			removed++
			continue
		}
		kept = append(kept, s)
	}
	return fullWidth(strings.Join(kept, "")), removed
}

func sentenceSupported(s string, byN map[int]Citation, year int) bool {
	var texts []string
	years := map[string]bool{}
	for _, m := range citeRe.FindAllStringSubmatch(s, -1) {
		n, _ := strconv.Atoi(m[1])
		c, ok := byN[n]
		if !ok {
			return false
		}
		texts = append(texts, c.Text)
		years[strconv.Itoa(c.Doc.Year)] = true
	}
	if len(texts) == 0 {
		return false
	}
	if _, ok := unsupportedNumber(s, texts, year); !ok {
		return false
	}
	// A figure kept from an earlier year's passage must say that year.
	plain := citeRe.ReplaceAllString(s, "")
	if len(figures(plain)) > 0 {
		said := false
		for _, m := range yearMentionRe.FindAllStringSubmatch(plain, -1) {
			said = said || years[m[1]]
		}
		if !said {
			return false
		}
	}
	return true
}
