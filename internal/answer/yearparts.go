package answer

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gongwen/gongwen/internal/document"
	"github.com/gongwen/gongwen/internal/index"
)

// A report is written in parts that each speak of one year: a 政府工作报告
// delivered in 2023 reviews 2022 ("一、2022年工作回顾") and plans 2023
// ("二、2023年工作安排"); a 法治政府建设年度报告 of 2024 reviews 2024 and
// plans 2025 ("三、2025年工作计划"). A sentence that writes no year speaks of
// its part's year, and "南山区2022年GDP多少" is answered by the report that
// reviews 2022, whatever year it was delivered in.

// yearPart is where a part of a document that speaks of one year begins.
type yearPart struct {
	at     int // byte offset of the part's heading line
	year   int
	review bool // reports what was done (回顾, 情况), not what is planned
}

var (
	// A heading line naming a year and what its part does with it.
	reReviewLine = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*((?:19|20)\d{2})\s*年度?的?(?:\p{Han}{0,10}?)(?:回顾|总结|情况|成效|进展)\s*$`)
	rePlanLine   = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*((?:19|20)\d{2})\s*年度?的?(?:\p{Han}{0,10}?)(?:计划|安排|任务|打算|思路|主要工作|工作要点|重点工作|工作部署|建议|总体要求|政策取向)\s*$`)
	// A numbered heading that names its year among other words: "一、2015年
	// 工作回顾和“十二五”发展成就", "一、“九五”时期简要回顾和2000年经济社会
	// 发展基本情况", "三、2001年的主要工作".
	reReviewLoose = regexp.MustCompile(`^\s*[一二三四五六七八九十]+、[^。，,；;：:]*?((?:19|20)\d{2})\s*年[^。，,；;：:]*?(?:回顾|总结|情况|成效|进展|成就)`)
	rePlanLoose   = regexp.MustCompile(`^\s*[一二三四五六七八九十]+、[^。，,；;：:]*?((?:19|20)\d{2})\s*年[^。，,；;：:]*?(?:计划|安排|任务|打算|思路|主要工作|工作要点|重点|工作部署|建议)`)
	// "回首过去的2022年" / "过去一年" opens a review that has no heading.
	rePastYear   = regexp.MustCompile(`过去的((?:19|20)\d{2})年`)
	rePastNoYear = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、)?\s*(?:过去一年|过去的一年|上一年|上年|过去五年|过去几年)\p{Han}{0,6}?(?:回顾|总结|情况)\s*$`)
	// "二、对今年政府工作的建议" plans the year the report is delivered.
	reThisYearPlan = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、)?\s*\p{Han}{0,2}?(?:今年|本年度?)\p{Han}{0,10}?(?:计划|安排|任务|打算|建议|工作|要求)\s*$`)
	// "三、今后五年的主要工作" plans the years from the one the report is
	// delivered in, to the last of which its targets are set; "明年/下一年度
	// 工作计划" plans the year after the one reported.
	reComingYearsPlan = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、)?\s*(?:今后|未来)\p{Han}{0,10}?(?:计划|安排|任务|打算|建议|工作|要求|目标|思路)\s*$`)
	reNextYearPlan    = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、)?\s*(?:明年|下一年度?|下一步)\p{Han}{0,10}?(?:计划|安排|任务|打算|建议|工作|要求|目标|思路)\s*$`)
)

// maxPartHeadingRunes bounds a heading line: a sentence is not a heading.
const maxPartHeadingRunes = 30

// yearParts returns the parts of a report that each speak of one year, in
// order; nil for other documents and reports without such headings. Read
// once per document.
func yearParts(d *index.StoredDoc) []yearPart {
	if d.Kind != document.KindReport {
		return nil
	}
	return yearPartsMemo.get(d, readYearParts)
}

var yearPartsMemo docMemo[[]yearPart]

// readYearParts reads a report's year parts (yearParts).
func readYearParts(d *index.StoredDoc) []yearPart {
	var parts []yearPart
	at := 0
	for _, line := range strings.SplitAfter(d.Text, "\n") {
		l := strings.TrimSpace(line)
		if n := utf8.RuneCountInString(l); n > 0 && n <= maxPartHeadingRunes {
			if m := reReviewLine.FindStringSubmatch(l); m != nil {
				y, _ := strconv.Atoi(m[1])
				parts = append(parts, yearPart{at, y, true})
			} else if m := rePlanLine.FindStringSubmatch(l); m != nil {
				y, _ := strconv.Atoi(m[1])
				parts = append(parts, yearPart{at, y, false})
			} else if m := reReviewLoose.FindStringSubmatch(l); m != nil {
				y, _ := strconv.Atoi(m[1])
				parts = append(parts, yearPart{at, y, true})
			} else if m := rePlanLoose.FindStringSubmatch(l); m != nil {
				y, _ := strconv.Atoi(m[1])
				parts = append(parts, yearPart{at, y, false})
			} else if rePastNoYear.MatchString(l) && d.Year > 0 {
				parts = append(parts, yearPart{at, d.Year - 1, true})
			} else if reThisYearPlan.MatchString(l) && d.Year > 0 {
				parts = append(parts, yearPart{at, d.Year, false})
			} else if reComingYearsPlan.MatchString(l) && d.Year > 0 {
				// Its targets are for the span's last year ("到2025年").
				y := d.Year
				if strings.Contains(l, "五年") {
					y += 4
				}
				parts = append(parts, yearPart{at, y, false})
			} else if reNextYearPlan.MatchString(l) && d.Year > 0 {
				parts = append(parts, yearPart{at, d.Year + 1, false})
			}
		}
		at += len(line)
	}
	if !anyOf(parts, func(p yearPart) bool { return p.review }) {
		// A review opened without a heading: "回首过去的2022年" near the top.
		head := d.Text[:min(len(d.Text), 6000)]
		if m := rePastYear.FindStringSubmatch(head); m != nil {
			y, _ := strconv.Atoi(m[1])
			parts = append([]yearPart{{0, y, true}}, parts...)
		}
	}
	return parts
}

// impliedYear is the part holding offset: the year it speaks of (0 if
// unknown) and whether it reports what was done rather than plans.
func impliedYear(d *index.StoredDoc, offset int) yearPart {
	var part yearPart
	for _, p := range yearParts(d) {
		if p.at > offset {
			break
		}
		part = p
	}
	if part.year == 0 && d.Kind != document.KindReport {
		// "关于2024年度全市行政执法案卷评查情况的通报": a 通报 or 报告
		// on one year's work is of that year throughout.
		if y := document.WorkYear(d.Title); y > 0 {
			part = yearPart{0, y, true}
		}
	}
	return part
}

// reviews reports whether the document reports on one of the years.
func reviews(d *index.StoredDoc, years []int) bool {
	for _, p := range yearParts(d) {
		if !p.review {
			continue
		}
		for _, y := range years {
			if p.year == y {
				return true
			}
		}
	}
	return false
}

// sectionYear is the year a section of a later document reports on when
// its body opens with it ("一、肯定成绩… / 2025年，在县委、县政府的坚强领
// 导下…": every item under it, "四是…累计拆除残垣断壁1340处", is of
// 2025) — for the section holding offset or one it stands under, up to a
// section whose heading names a time of its own ("（二）今年以来工作进
// 展"); 0 when none opens so.
func sectionYear(d *index.StoredDoc, offset int) int {
	// The sections offset stands under, innermost last: each begun
	// before offset and not closed by a later one of its rank or outer.
	var chain []document.Section
	for _, sec := range d.Sections {
		if sec.Start > offset {
			break
		}
		for len(chain) > 0 && chain[len(chain)-1].Rank >= sec.Rank {
			chain = chain[:len(chain)-1]
		}
		chain = append(chain, sec)
	}
	for k := len(chain) - 1; k >= 0; k-- {
		sec := chain[k]
		if reHeadingTime.MatchString(sec.Heading) {
			return headingYear(sec.Heading, d.Year)
		}
		body := d.Text[sec.Start:min(sec.End, len(d.Text))]
		nl := strings.IndexByte(body, '\n')
		if nl < 0 {
			continue
		}
		body = strings.TrimLeft(body[nl+1:], " \t\r\n\u3000")
		if nl := strings.IndexByte(body, '\n'); nl >= 0 {
			body = body[:nl]
		}
		if m := reYearOpens.FindStringSubmatch(body); m != nil {
			y, _ := strconv.Atoi(m[1])
			return y
		}
	}
	return 0
}

// reYearOpens is a paragraph that opens with the year it reports on
// ("2025年，…", "2025年度，…") — not "2025年以来", which runs on.
var reYearOpens = regexp.MustCompile(`^\s*((?:19|20)\d{2})\s*年(?:度|全年)?[，,]`)

// reHeadingTime is a heading that names a time of its own.
var reHeadingTime = regexp.MustCompile(`(?:19|20)\d{2}\s*年|今年|本年|去年|上年|以来|上半年|下半年|季度|\d+月`)

// headingYear is the one year a heading names ("（一）去年工作成效" of a
// 2026 speech is 2025), 0 when it names a span or a part of a year
// (今年以来, 上半年, 2025年以来).
func headingYear(h string, docYear int) int {
	if reHeadingPart.MatchString(h) {
		return 0
	}
	if m := reYearOfWork.FindStringSubmatch(h); m != nil {
		y, _ := strconv.Atoi(m[1])
		return y
	}
	// Only a heading that opens with its year ("（一）去年工作成效"), not
	// one that compares with it ("二、与去年同期对比情况").
	if m := reHeadingRelYear.FindStringSubmatch(h); m != nil {
		switch m[1] {
		case "去年", "上年":
			return docYear - 1
		case "今年", "本年":
			return docYear
		}
	}
	return 0
}

// reHeadingRelYear is a heading opened, after its mark, by a year named
// from the document's.
var reHeadingRelYear = regexp.MustCompile(`^\s*(?:[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*)?(?:第[一二三四五六七八九十]+部分\s*)?(?:关于)?(去年|上年|今年|本年)`)

// reHeadingPart is a heading's time that is a span or a part of a year.
var reHeadingPart = regexp.MustCompile(`以来|上半年|下半年|季度|\d+月|至今|[—～~-]|对比|比较|同期|相比|与(?:去年|上年)`)

// paragraphYear is the last year its paragraph writes before offset
// ("2025年度年检参检率96.8%…。全年办理结婚登记1986对": 全年 is 2025's), 0
// when it writes none.
func paragraphYear(text string, offset int) int {
	start := strings.LastIndexByte(text[:offset], '\n') + 1
	ms := reYearOfWork.FindAllStringSubmatch(text[start:offset], -1)
	if len(ms) == 0 {
		return 0
	}
	y, _ := strconv.Atoi(ms[len(ms)-1][1])
	return y
}

// reYearOfWork is a year written with 年 (2025年, 2025年度).
var reYearOfWork = regexp.MustCompile(`(?:^|[^\d.])((?:19|20)\d{2})\s*年`)
