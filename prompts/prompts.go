// Package prompts holds the LLM prompt templates, embedded in the binary. A
// directory on disk (GONGWEN_PROMPTS) may override any of them by file name,
// so wording can be tuned without a rebuild.
package prompts

import (
	"bytes"
	"embed"
	"os"
	"path/filepath"
	"text/template"
)

//go:embed *.tmpl *.json
var files embed.FS

// Text returns the template text of name, from dir when it holds the file.
func Text(dir, name string) (string, error) {
	if dir != "" {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			return string(b), nil
		}
	}
	b, err := files.ReadFile(name)
	return string(b), err
}

// Render executes the template name with data.
func Render(dir, name string, data any) (string, error) {
	text, err := Text(dir, name)
	if err != nil {
		return "", err
	}
	t, err := template.New(name).Parse(text)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}
