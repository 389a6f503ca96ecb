package outline

import (
	"fmt"
	"strings"
)

// Markdown renders the outline for the terminal and chat: headings with
// the official numbering, numbered points with [n], and the sources.
func Markdown(o *Outline) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", o.Title)
	var meta []string
	if o.Topic != "" {
		meta = append(meta, "主题："+o.Topic)
	}
	if o.Part != "" {
		meta = append(meta, "部分："+o.Part)
	}
	meta = append(meta, fmt.Sprintf("年度：%d", o.Year))
	meta = append(meta, "起草："+modeText(o.Mode))
	fmt.Fprintf(&b, "%s\n\n", strings.Join(meta, " · "))
	if o.Note != "" {
		fmt.Fprintf(&b, "> 说明：%s\n\n", o.Note)
	}
	var walk func(ss []Section)
	walk = func(ss []Section) {
		for _, s := range ss {
			fmt.Fprintf(&b, "%s %s%s\n\n", strings.Repeat("#", s.Level+1), s.Number, s.Title)
			for i, bl := range s.Bullets {
				fmt.Fprintf(&b, "%d. %s\n", i+1, bl.Text)
				if bl.Draft != "" {
					fmt.Fprintf(&b, "\n    初稿：%s\n\n", bl.Draft)
				}
			}
			if len(s.Bullets) > 0 {
				b.WriteString("\n")
			}
			walk(s.Children)
		}
	}
	walk(o.Sections)
	if len(o.Evidence) > 0 {
		markdownEvidence(&b, o.Evidence)
	}
	if len(o.Citations) > 0 {
		b.WriteString("## 参考来源\n\n")
		for _, c := range o.Citations {
			fmt.Fprintf(&b, "[%d] %s\n", c.N, sourceLine(c))
			fmt.Fprintf(&b, "    > %s\n", strings.ReplaceAll(c.Text, "\n", " "))
		}
	}
	return b.String()
}

// sourceLine names a citation's document and section.
func sourceLine(c Citation) string {
	s := "《" + strings.Trim(c.Doc.Title, "《》") + "》"
	if c.Section != "" {
		s += " " + c.Section
	}
	return s + c.Doc.ReadNote()
}

// modeText says how the outline was drafted.
func modeText(mode string) string {
	if mode == ModeLLM {
		return "大模型（已校验引用）"
	}
	return "离线（依据原文摘录）"
}
