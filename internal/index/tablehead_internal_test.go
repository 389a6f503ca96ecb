package index

import (
	"strings"
	"testing"
)

// A chunk that begins on a later row of a table is searched with the
// table's header line; one that begins on text, or on the header itself,
// gets nothing more.
func TestTableHead(t *testing.T) {
	text := "一、目录\n序号|事项名称|承办单位|专家论证\n1|低保标准调整|县民政局|否\n2|补贴办法修订|县民政局|否\n二、要求\n按时完成。\n"
	for _, tc := range []struct {
		at   string
		want string
	}{
		{"2|补贴办法修订", "序号|事项名称|承办单位|专家论证\n"},
		{"1|低保标准调整", "序号|事项名称|承办单位|专家论证\n"},
		{"序号|事项名称", ""},
		{"按时完成", ""},
	} {
		if got := tableHead(text, strings.Index(text, tc.at)); got != tc.want {
			t.Errorf("tableHead at %q = %q, want %q", tc.at, got, tc.want)
		}
	}
	// A group row drawn with bars is a row of its table (review 38).
	grouped := "序号|事项|单位\n1|低保提标|县民政局\n二、养老服务||\n2|敬老院改造|县民政局\n"
	if got := tableHead(grouped, strings.Index(grouped, "2|敬老院")); got != "序号|事项|单位\n" {
		t.Errorf("tableHead past a group row = %q, want the header", got)
	}
	// Paragraphs indented by a tab are no table (review 37).
	indented := "\t（1）加强危险化学品安全监管。\n\t（2）加强耕地保护。\n"
	if got := tableHead(indented, strings.Index(indented, "\t（2）")); got != "" {
		t.Errorf("tableHead of a tab-indented paragraph = %q, want none", got)
	}
}
