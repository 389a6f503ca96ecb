package document

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// defaultSheetRe matches sheet names nobody chose, which say nothing.
var defaultSheetRe = regexp.MustCompile(`^(?i:sheet|工作表)\s*\d+$`)

// extractXLSX renders every sheet of a workbook: a named sheet becomes a
// heading, a row with one filled cell (a title row, often merged across the
// table) a line of its own, and every other row a table row "| a | b |" as
// the DOCX reader writes tables, so internal/plan reads task tables from
// spreadsheets and documents alike. A cell merged down over several rows
// is repeated in each of them, since each row is one task; a cell merged
// across columns stays in its first column.
func extractXLSX(data []byte) (lines []outlineLine, err error) {
	defer func() {
		if r := recover(); r != nil {
			lines, err = nil, fmt.Errorf("XLSX 解析失败: %v: %w", r, ErrCorrupt)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit:    maxDOCXXML,
		UnzipXMLSizeLimit: 64 << 20,
	})
	if err != nil {
		return nil, fmt.Errorf("不是有效的 XLSX 文件: %v: %w", err, ErrCorrupt)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		if v, _ := f.GetSheetVisible(sheet); !v {
			continue
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			return nil, fmt.Errorf("工作表“%s”读取失败: %v: %w", sheet, err, ErrCorrupt)
		}
		if len(rows) == 0 {
			continue
		}
		if merged, err := f.GetMergeCells(sheet); err == nil {
			rows = fillMergedDown(rows, merged)
		}
		if !defaultSheetRe.MatchString(strings.TrimSpace(sheet)) {
			lines = append(lines, outlineLine{text: strings.TrimSpace(sheet), level: 0})
		}
		width := 0
		for _, row := range rows {
			for i, c := range row {
				if strings.TrimSpace(c) != "" && i+1 > width {
					width = i + 1
				}
			}
		}
		for _, row := range rows {
			cells := make([]string, width)
			filled := 0
			for i := 0; i < width && i < len(row); i++ {
				cells[i] = strings.ReplaceAll(collapseSpaces(row[i]), "|", "｜")
				if cells[i] != "" {
					filled++
				}
			}
			switch filled {
			case 0:
			case 1:
				for _, c := range cells {
					if c != "" {
						lines = append(lines, outlineLine{text: c, level: -1})
					}
				}
			default:
				lines = append(lines, outlineLine{text: tableRow(cells), level: -1})
			}
		}
	}
	if len(lines) == 0 {
		return nil, nil
	}
	return lines, nil
}

// fillMergedDown copies the value of each merged range into the first
// column of every row it covers.
func fillMergedDown(rows [][]string, merged []excelize.MergeCell) [][]string {
	for _, m := range merged {
		c1, r1, err1 := excelize.CellNameToCoordinates(m.GetStartAxis())
		_, r2, err2 := excelize.CellNameToCoordinates(m.GetEndAxis())
		if err1 != nil || err2 != nil || r2 <= r1 {
			continue
		}
		v := m.GetCellValue()
		for r := r1 + 1; r <= r2 && r-1 < len(rows); r++ {
			row := rows[r-1]
			for len(row) < c1 {
				row = append(row, "")
			}
			if strings.TrimSpace(row[c1-1]) == "" {
				row[c1-1] = v
			}
			rows[r-1] = row
		}
	}
	return rows
}
