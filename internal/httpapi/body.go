package httpapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"reflect"
	"strconv"
	"strings"
)

// errUnsupportedType: JSON endpoints take application/json only. Besides
// catching mistakes, this stops a page on another site from posting to the
// API with a "simple" cross-origin request (text/plain, form encodings),
// which browsers send without asking the server first.
var errUnsupportedType = &statusError{code: http.StatusUnsupportedMediaType, msg: "请求体须为 JSON,请设置 Content-Type: application/json"}

// decode reads a JSON body strictly: unknown fields are errors, so a typo
// like "qestion" fails loudly instead of asking an empty question.
func decode(r *http.Request, v any) error {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "application/json" {
		return errUnsupportedType
	}
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return bodyError(err, v)
	}
	if dec.More() {
		return fmt.Errorf("%w: 请求体只能包含一个 JSON 对象", ErrBadRequest)
	}
	return nil
}

// bodyError says what is wrong with a body that did not decode into v, in
// Chinese and in the caller's terms — the JSON field and the kind of value
// it takes — never the decoder's own words ("unexpected EOF", "cannot
// unmarshal array into Go value of type httpapi.AskRequest"), which name
// our Go types and mean nothing to whoever wrote the request.
func bodyError(err error, v any) error {
	var tooBig *http.MaxBytesError
	var nerr net.Error
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadRequest, fmt.Sprintf(format, args...))
	}
	switch {
	case errors.As(err, &tooBig):
		return &statusError{code: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("请求体过大:上限为 %d KB", MaxBody>>10), err: err}
	case errors.As(err, &nerr) && nerr.Timeout():
		return &statusError{code: http.StatusRequestTimeout, msg: fmt.Sprintf("请求体未在 %s 内传完", ReadTimeout), err: err}
	case errors.Is(err, io.EOF):
		return bad(`请求体为空,应为一个 JSON 对象,如 {"q": "…"}`)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return bad("请求体不是有效的 JSON:内容不完整")
	case errors.As(err, &syntax):
		return bad("请求体不是有效的 JSON:第 %d 个字节附近有误", syntax.Offset)
	case errors.As(err, &typ):
		if typ.Field == "" {
			return bad(`请求体应为一个 JSON 对象,如 {"q": "…"}`)
		}
		return bad("字段 %s 应为%s", typ.Field, expected(fieldType(reflect.TypeOf(v), typ.Field, typ.Type)))
	}
	// encoding/json has no type for an unknown field; its message is the
	// only place the name is.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if n, uerr := strconv.Unquote(name); uerr == nil {
			name = n
		}
		return bad("未知字段 %s(可用的字段:%s)", name, strings.Join(jsonFields(reflect.TypeOf(v)), "、"))
	}
	return bad("请求体不是有效的 JSON")
}

// fieldType is the declared type of the field at path ("history.q") in t,
// so a message can say "history 应为数组" where the decoder reports the
// element type it failed on; def when the path cannot be followed.
func fieldType(t reflect.Type, path string, def reflect.Type) reflect.Type {
	for name := range strings.SplitSeq(path, ".") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return def
		}
		f, ok := fieldByJSONName(t, name)
		if !ok {
			return def
		}
		t = f.Type
	}
	return t
}

// fieldByJSONName finds the field the decoder fills for a JSON key.
func fieldByJSONName(t reflect.Type, name string) (reflect.StructField, bool) {
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		if jsonName(f) == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// jsonName is a field's key in JSON, "" for a field JSON leaves out.
func jsonName(f reflect.StructField) string {
	tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch tag {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return tag
}

// jsonFields lists the keys a body of type t may have, in declaration
// order, so the answer to a misspelt key shows the right one.
func jsonFields(t reflect.Type) []string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var out []string
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() || f.Anonymous {
			continue
		}
		if n := jsonName(f); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// expected says in Chinese what kind of JSON value a Go type takes.
func expected(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.String:
		return "字符串"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "整数"
	case reflect.Float32, reflect.Float64:
		return "数字"
	case reflect.Bool:
		return "true 或 false"
	case reflect.Slice, reflect.Array:
		if item := expected(t.Elem()); item != "" {
			return "数组,每一项为" + item
		}
		return "数组"
	case reflect.Struct, reflect.Map:
		return " JSON 对象"
	}
	return ""
}
