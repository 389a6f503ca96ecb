package index

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gongwen/gongwen/internal/document"
)

// This file serves `gongwen bench`: an index of any size without files, and
// a way to time chromem-go's own query on it, since this package is the only
// one that may touch chromem-go.

// syntheticChunksPerDoc is how many chunks each synthetic document gets.
const syntheticChunksPerDoc = 100

var (
	synthOrgs = []string{
		"清远市清城区民政局", "清远市清新区民政局", "株洲市民政局", "阳江高新区社会事务管理局",
		"深圳市南山区人民政府", "深圳市坪山区人民政府", "清远市清新区石潭镇人民政府", "广州市司法局",
	}
	synthSubjects = []string{
		"我局", "局党组", "各股室", "局办公室", "社会救助股", "养老服务股", "社会组织管理股", "婚姻登记处",
		"区委区政府", "镇党委", "各村(居)委会", "执法大队", "法制审核机构", "领导班子",
	}
	synthActions = []string{
		"深入开展", "认真落实", "全面推进", "扎实推进", "持续加强", "进一步完善", "严格执行", "积极组织",
		"不断健全", "大力推行", "切实做好", "统筹推进",
	}
	synthObjects = []string{
		"普法宣传活动", "行政执法三项制度", "行政执法公示制度", "重大行政决策程序", "规范性文件合法性审核",
		"法治政府建设", "社会组织登记管理", "最低生活保障", "特困人员供养", "临时救助", "养老服务体系建设",
		"殡葬改革", "婚姻登记服务", "政务公开", "行政复议和行政应诉", "矛盾纠纷排查化解", "信访工作",
		"双随机、一公开监管", "权责清单动态调整", "法律顾问制度", "谁执法谁普法责任制", "民法典宣传",
		"营商环境优化", "放管服改革", "数字政府建设", "突发事件应急处置", "安全生产检查", "基层治理",
	}
	synthResults = []string{
		"取得明显成效", "群众满意度不断提升", "依法行政水平进一步提高", "工作机制更加健全",
		"为民服务能力显著增强", "确保各项工作落到实处", "形成长效机制", "推动工作规范化、制度化",
	}
	synthFigures = []string{
		"开展活动%d场次", "发放宣传资料%d份", "受理案件%d宗", "培训执法人员%d人次", "发放资金%d万元",
		"登记社会组织%d家", "审核规范性文件%d件", "办结率达%d%%",
	}
	synthHeadings = []string{
		"一、工作开展情况", "(一)加强组织领导", "(二)推进依法行政", "(三)加强法治宣传教育",
		"(四)规范行政执法", "二、存在的问题和不足", "三、下一步工作计划",
	}
)

// BuildSynthetic writes an index of n chunks of officialese-like text, in
// documents of syntheticChunksPerDoc chunks, deterministically from seed,
// into dir, the way an ingest writes one, and opens it. progress, when set,
// is told what is being done.
func BuildSynthetic(ctx context.Context, dir string, emb Embedder, n int, seed int64, progress func(string)) (*Index, error) {
	if n <= 0 {
		return nil, errors.New("synthetic index needs n > 0")
	}
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var docs []StoredDoc
	chunks := make([]StoredChunk, 0, n)
	for d := 0; len(chunks) < n; d++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		org := synthOrgs[d%len(synthOrgs)]
		year := 2014 + d%12
		id := fmt.Sprintf("synthetic_%06d", d)
		var text strings.Builder
		start := len(chunks)
		for c := 0; c < syntheticChunksPerDoc && len(chunks) < n; c++ {
			var b strings.Builder
			for s, m := 0, 3+rng.IntN(5); s < m; s++ {
				b.WriteString(pick(synthSubjects) + pick(synthActions) + pick(synthObjects) + ",")
				b.WriteString(fmt.Sprintf(pick(synthFigures), 1+rng.IntN(500)) + "," + pick(synthResults) + "。")
			}
			body := b.String()
			off := text.Len()
			text.WriteString(body)
			text.WriteString("\n")
			chunks = append(chunks, StoredChunk{Chunk: document.Chunk{
				ID:    id + "#" + strconv.Itoa(c),
				DocID: id,
				Path:  document.HeadingPath{synthHeadings[c*len(synthHeadings)/syntheticChunksPerDoc]},
				Start: off,
				End:   off + len(body),
				Text:  body,
			}})
		}
		docs = append(docs, StoredDoc{
			Meta: document.Meta{ID: id, Title: fmt.Sprintf("%s%d年法治政府建设工作报告", org, year), Org: org, Year: year, Kind: document.KindReport},
			Text: text.String(),
		})
		sd := &docs[len(docs)-1]
		for i := start; i < len(chunks); i++ {
			chunks[i].Chunk.Text = sd.Text[chunks[i].Start:chunks[i].End]
		}
	}
	say := func(format string, a ...any) {
		if progress != nil {
			progress(fmt.Sprintf(format, a...))
		}
	}
	say("已生成 %d 个文档、%d 个段落的文本,生成向量…", len(docs), len(chunks))
	if err := embedSynthetic(ctx, emb, chunks); err != nil {
		return nil, err
	}
	say("写入索引文件(含词项倒排)…")
	data := &snapshotData{Version: snapshotVersion, Embedder: emb.Name(), Docs: docs, Chunks: chunks,
		Generation: readGeneration(dir) + 1, Saved: time.Now().UTC()}
	if err := save(dir, data, nil); err != nil {
		return nil, err
	}
	return Open(ctx, dir, emb)
}

// embedSynthetic embeds the chunks on all cores: at 100k chunks a single
// core would dominate the benchmark's run time.
func embedSynthetic(ctx context.Context, emb Embedder, chunks []StoredChunk) error {
	workers := runtime.NumCPU()
	per := (len(chunks) + workers - 1) / workers
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*per, min((w+1)*per, len(chunks))
		if lo >= hi {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			texts := make([]string, hi-lo)
			for i := range texts {
				c := chunks[lo+i]
				texts[i] = embedText(c.Chunk)
			}
			vecs, err := emb.Embed(ctx, texts)
			if err == nil && len(vecs) != len(texts) {
				err = errors.New("生成向量失败: 返回数量不符")
			}
			if err != nil {
				errs[w] = err
				return
			}
			for i, v := range vecs {
				chunks[lo+i].Vector = v
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}
