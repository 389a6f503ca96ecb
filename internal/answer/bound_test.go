package answer_test

import (
	"testing"
	"testing/fstest"

	"github.com/gongwen/gongwen/internal/answer"
)

// The bound a figure or a time is asked with (最多, 至少, 最晚, 最长) is
// which end of the answer is wanted: a rule writing 不超过, 不少于, …日前 or
// …日内 states it, and one writing the asker's word (最高) does too.
func TestBoundAskedInAnyForm(t *testing.T) {
	docs := fstest.MapFS{
		"zulin.txt": {Data: []byte("滃江县民政局关于规范社区用房出租管理的通知\n滃民发〔2026〕12号\n各乡镇人民政府：\n一、租赁期限\n社区用房出租的，单次租赁期限不超过3年，期满可以续租。\n二、租金管理\n租金收入应当全额上缴镇财政专户，每户每月收取的物业服务费不得超过80元。\n三、公示要求\n出租结果应当在社区公示栏公示，公示期不少于7个工作日。\n四、办理时限\n乡镇人民政府应当自收到申请之日起15个工作日内作出是否同意出租的决定，并于2026年9月30日前将出租台账报县民政局。\n五、维修补助\n对年久失修的社区用房，每处最高补助5万元。\n滃江县民政局\n2026年3月2日\n")},
		// Another document writes the bound words of its own matters.
		"zongjie.txt": {Data: []byte("滃江县民政局2025年工作总结\n一、社区建设\n全县社区用房新增12处，其中城关镇最多，达5处；最迟的一处于12月投入使用，至少服务居民3000人，最长的服务时间为每天12小时。\n滃江县民政局\n2026年1月10日\n")},
	}
	eng := &answer.Engine{Index: bundledWith(t, docs)}
	for _, c := range []struct{ q, want string }{
		// 不超过 of 15个工作日内: the old scorer took the 维修补助 line.
		{"社区用房出租 镇里最长要多少天批", "15个工作日"},
		// And 最高补助 is no bound of a span of time.
		{"社区用房一回最多能租多久", "3年"},
		{"社区房子租一次最长几年", "3年"},
		{"出租管理通知里物业费每户每月最多收多少", "80元"},
		{"出租管理通知 公示至少挂几天", "7个工作日"},
		{"出租管理通知里台账最迟哪天报县局", "2026年9月30日前"},
		{"出租管理通知里失修的用房一处最多补助多少", "5万元"},
	} {
		wantFound(t, eng, answer.Request{Q: c.q}, c.want)
	}
}
