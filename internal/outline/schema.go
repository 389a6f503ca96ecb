package outline

import (
	"encoding/json"
	"fmt"
	"strings"
)

// builtinSchema is prompts/outline_schema.json, used when the prompts
// package does not carry it (a test keeps the two identical).
const builtinSchema = `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "gongwen 报告提纲",
  "description": "一份报告(或其中一节)的提纲:一级部分(一、)下可有二级部分((一)),要点按 1. 2. 编号;每条要点注明所依据材料的编号。",
  "type": "object",
  "required": ["sections"],
  "properties": {
    "title": {"type": "string"},
    "sections": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/section"}}
  },
  "$defs": {
    "section": {
      "type": "object",
      "required": ["title", "level", "bullets"],
      "properties": {
        "title": {"type": "string", "minLength": 1, "description": "不带编号的标题"},
        "level": {"type": "integer", "minimum": 1, "maximum": 2, "description": "1 为一、级,2 为(一)级"},
        "bullets": {"type": "array", "items": {"$ref": "#/$defs/bullet"}},
        "children": {"type": "array", "items": {"$ref": "#/$defs/section"}}
      }
    },
    "bullet": {
      "type": "object",
      "required": ["text", "citations"],
      "properties": {
        "text": {"type": "string", "minLength": 1, "description": "要点文字,可在句末用 [n] 标注出处"},
        "citations": {"type": "array", "minItems": 1, "items": {"type": "integer", "minimum": 1}, "description": "所依据材料的编号"}
      }
    }
  }
}
`

// schema is the subset of JSON Schema the outline needs: type, required,
// properties, items, minItems, minLength, minimum, maximum, enum and local
// $ref. No third-party validator is pulled in for one document shape.
type schema struct {
	Ref        string             `json:"$ref"`
	Type       string             `json:"type"`
	Required   []string           `json:"required"`
	Properties map[string]*schema `json:"properties"`
	Items      *schema            `json:"items"`
	MinItems   *int               `json:"minItems"`
	MinLength  *int               `json:"minLength"`
	Minimum    *float64           `json:"minimum"`
	Maximum    *float64           `json:"maximum"`
	Enum       []any              `json:"enum"`
	Defs       map[string]*schema `json:"$defs"`
}

func parseSchema(text string) (*schema, error) {
	var s schema
	if err := json.Unmarshal([]byte(text), &s); err != nil {
		return nil, fmt.Errorf("提纲 JSON Schema 无效: %w", err)
	}
	return &s, nil
}

// validate checks v (decoded with encoding/json into any) against s and
// returns the first violation, naming where it is.
func (s *schema) validate(v any) error { return s.check(s, v, "$") }

func (s *schema) check(root *schema, v any, at string) error {
	if s.Ref != "" {
		name, ok := strings.CutPrefix(s.Ref, "#/$defs/")
		def := root.Defs[name]
		if !ok || def == nil {
			return fmt.Errorf("%s: 无法解析的 $ref %q", at, s.Ref)
		}
		return def.check(root, v, at)
	}
	switch s.Type {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: 应为对象", at)
		}
		for _, k := range s.Required {
			if _, ok := obj[k]; !ok {
				return fmt.Errorf("%s: 缺少字段 %q", at, k)
			}
		}
		for k, ps := range s.Properties {
			if pv, ok := obj[k]; ok {
				if err := ps.check(root, pv, at+"."+k); err != nil {
					return err
				}
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: 应为数组", at)
		}
		if s.MinItems != nil && len(arr) < *s.MinItems {
			return fmt.Errorf("%s: 至少需要 %d 项", at, *s.MinItems)
		}
		if s.Items != nil {
			for i, e := range arr {
				if err := s.Items.check(root, e, fmt.Sprintf("%s[%d]", at, i)); err != nil {
					return err
				}
			}
		}
	case "string":
		str, ok := v.(string)
		if !ok {
			return fmt.Errorf("%s: 应为字符串", at)
		}
		if s.MinLength != nil && len([]rune(strings.TrimSpace(str))) < *s.MinLength {
			return fmt.Errorf("%s: 不能为空", at)
		}
	case "integer", "number":
		f, ok := v.(float64)
		if !ok || s.Type == "integer" && f != float64(int64(f)) {
			return fmt.Errorf("%s: 应为%s", at, map[string]string{"integer": "整数", "number": "数字"}[s.Type])
		}
		if s.Minimum != nil && f < *s.Minimum || s.Maximum != nil && f > *s.Maximum {
			return fmt.Errorf("%s: 数值 %v 超出范围", at, f)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s: 应为布尔值", at)
		}
	}
	if len(s.Enum) > 0 {
		for _, e := range s.Enum {
			if fmt.Sprint(e) == fmt.Sprint(v) {
				return nil
			}
		}
		return fmt.Errorf("%s: 取值 %v 不在允许范围内", at, v)
	}
	return nil
}
