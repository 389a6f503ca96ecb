package document

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// OFD (GB/T 33190-2016) is a zip of XML parts: OFD.xml names each document
// (DocBody: DocInfo metadata and a DocRoot), whose Document.xml lists its
// pages, and each page's Content.xml places TextObjects holding TextCode
// runs at positions in millimetres.
//
// Read: the text of TextObjects on the pages' body layers, wherever they
// are nested (PageBlock, CompositeObject units are not expanded), ordered
// by position into lines; DocInfo's Title and CreationDate. Not read:
// template pages (headers and footers laid out once for many pages),
// images (a scanned OFD yields no text), annotations, signatures and seals
// (their validity is not checked), attachments, custom tags, and glyph
// positions given only through CTM transforms or font CGTransforms.

// maxOFDPart bounds the decompressed size of one OFD part.
const maxOFDPart = 64 << 20

// ofdInfo is the DocInfo of OFD.xml.
type ofdInfo struct {
	Title        string `xml:"Title"`
	Author       string `xml:"Author"`
	CreationDate string `xml:"CreationDate"`
}

// extractOFD returns the text of every document body in the package.
func extractOFD(data []byte) (string, ofdInfo, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", ofdInfo{}, fmt.Errorf("不是有效的 OFD(zip)文件: %v: %w", err, ErrCorrupt)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[strings.TrimPrefix(path.Clean("/"+f.Name), "/")] = f
	}
	var root struct {
		Bodies []struct {
			Info    ofdInfo `xml:"DocInfo"`
			DocRoot string  `xml:"DocRoot"`
		} `xml:"DocBody"`
	}
	if err := decodeOFDPart(files, "OFD.xml", &root); err != nil {
		return "", ofdInfo{}, err
	}
	if len(root.Bodies) == 0 {
		return "", ofdInfo{}, fmt.Errorf("OFD.xml 中没有 DocBody: %w", ErrCorrupt)
	}
	var lines []string
	for _, b := range root.Bodies {
		docPath := ofdResolve("", b.DocRoot)
		var doc struct {
			Pages []struct {
				BaseLoc string `xml:"BaseLoc,attr"`
			} `xml:"Pages>Page"`
		}
		if err := decodeOFDPart(files, docPath, &doc); err != nil {
			return "", ofdInfo{}, err
		}
		for i, p := range doc.Pages {
			pl, err := ofdPageLines(files, ofdResolve(path.Dir(docPath), p.BaseLoc))
			if err != nil {
				return "", ofdInfo{}, fmt.Errorf("第 %d 页: %w", i+1, err)
			}
			lines = append(lines, pl...)
		}
	}
	info := root.Bodies[0].Info
	return strings.Join(lines, "\n"), info, nil
}

// ofdResolve resolves a location (ST_Loc) against the folder of the part
// that names it; a leading slash means the package root.
func ofdResolve(dir, loc string) string {
	loc = strings.TrimSpace(loc)
	if strings.HasPrefix(loc, "/") {
		return strings.TrimPrefix(path.Clean(loc), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+path.Join(dir, loc)), "/")
}

func decodeOFDPart(files map[string]*zip.File, name string, v any) error {
	f, ok := files[name]
	if !ok {
		return fmt.Errorf("OFD 中缺少 %s: %w", name, ErrCorrupt)
	}
	rc, err := f.Open()
	if err != nil {
		return fmt.Errorf("无法打开 %s: %v: %w", name, err, ErrCorrupt)
	}
	defer rc.Close()
	if err := xml.NewDecoder(&limitedReader{r: rc, n: maxOFDPart}).Decode(v); err != nil {
		return fmt.Errorf("%s 解析失败: %v: %w", name, err, ErrCorrupt)
	}
	return nil
}

// ofdRun is one TextCode placed on the page, in millimetres from the top left.
type ofdRun struct {
	x, y, size float64
	s          string
	seq        int
}

// ofdPageLines reads one page's text objects and rebuilds its lines.
func ofdPageLines(files map[string]*zip.File, name string) ([]string, error) {
	f, ok := files[name]
	if !ok {
		return nil, fmt.Errorf("OFD 中缺少页面 %s: %w", name, ErrCorrupt)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("无法打开 %s: %v: %w", name, err, ErrCorrupt)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&limitedReader{r: rc, n: maxOFDPart})
	var runs []ofdRun
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s 解析失败: %v: %w", name, err, ErrCorrupt)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "TextObject" {
			continue
		}
		var obj struct {
			Boundary string `xml:"Boundary,attr"`
			Size     string `xml:"Size,attr"`
			Codes    []struct {
				X    *float64 `xml:"X,attr"`
				Y    *float64 `xml:"Y,attr"`
				Text string   `xml:",chardata"`
			} `xml:"TextCode"`
		}
		if err := dec.DecodeElement(&obj, &se); err != nil {
			return nil, fmt.Errorf("%s 解析失败: %v: %w", name, err, ErrCorrupt)
		}
		bx, by := boundaryOrigin(obj.Boundary)
		size, _ := strconv.ParseFloat(obj.Size, 64)
		var x, y float64
		for _, c := range obj.Codes {
			// A TextCode without X or Y continues from the previous one.
			if c.X != nil {
				x = *c.X
			}
			if c.Y != nil {
				y = *c.Y
			}
			if strings.TrimSpace(c.Text) == "" {
				continue
			}
			runs = append(runs, ofdRun{x: bx + x, y: by + y, size: size, s: c.Text, seq: len(runs)})
		}
	}
	return ofdLines(runs), nil
}

var boundaryRe = regexp.MustCompile(`[-+]?[0-9]*\.?[0-9]+`)

// boundaryOrigin returns the x, y of a Boundary "x y w h".
func boundaryOrigin(b string) (float64, float64) {
	nums := boundaryRe.FindAllString(b, 2)
	if len(nums) < 2 {
		return 0, 0
	}
	x, _ := strconv.ParseFloat(nums[0], 64)
	y, _ := strconv.ParseFloat(nums[1], 64)
	return x, y
}

// ofdLines groups runs whose baselines lie within half a character of each
// other into a line, top to bottom, each line left to right. OFD's y grows
// downwards, unlike PDF's.
func ofdLines(runs []ofdRun) []string {
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].y < runs[j].y })
	var lines []string
	for start := 0; start < len(runs); {
		tol := 0.5 * max(runs[start].size, 1)
		end := start + 1
		for end < len(runs) && runs[end].y-runs[start].y <= tol {
			end++
		}
		line := runs[start:end]
		sort.SliceStable(line, func(i, j int) bool { return line[i].x < line[j].x })
		var b strings.Builder
		for i, r := range line {
			if i > 0 {
				p := line[i-1]
				gap := r.x - (p.x + runWidth(p))
				if gap > 0.25*max(p.size, 1) && !isCJK(lastRune(p.s)) && !isCJK(firstRune(r.s)) {
					b.WriteByte(' ')
				}
			}
			b.WriteString(r.s)
		}
		if l := joinCJKSpaces(collapseSpaces(b.String())); l != "" {
			lines = append(lines, l)
		}
		start = end
	}
	return lines
}

// runWidth estimates a run's advance: a Han character is as wide as the
// font size, a Latin letter or digit about half of it.
func runWidth(r ofdRun) float64 {
	w := 0.0
	for _, c := range r.s {
		if isCJK(c) {
			w += r.size
		} else {
			w += 0.5 * r.size
		}
	}
	return w
}
