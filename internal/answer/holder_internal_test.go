package answer

import "testing"

// statesHolder reads who holds a post however it is written, and not what
// one must be to hold it, nor an honorary holder (review 37).
func TestStatesHolder(t *testing.T) {
	for _, c := range []struct {
		text, post string
		want       bool
	}{
		{"经会员代表大会选举，协会会长为邝立新，副会长为郗明哲。", "会长", true},
		{"新一届协会会长是宁书瑶，秘书长是阎思齐。", "秘书长", true},
		{"大会选举邝立新当选会长，郗明哲当选副会长。", "会长", true},
		{"站长 郑海燕 负责全面工作", "站长", true},
		{"红十字会会长由副县长兼任。", "会长", true},
		{"专班组长：县委副书记 廖承泽", "组长", true},
		{"本局派出审计组（组长：阙明远），自2026年2月23日起进行了专项审计。", "组长", true},
		{"成立以局党组书记、局长晏秋池为组长的工作专班。", "组长", true},
		{"第一条 领导小组组长：负责领导小组全面工作，主持召开领导小组会议。", "组长", false},
		{"第十八条 担任本会会长，须具备下列条件：坚持党的路线。", "会长", false},
		{"服务队由退役军人吕向东同志带队，聘请郑海燕为名誉队长。", "队长", false},
		{"本会设会长1名，副会长2至3名，秘书长1名，任期4年。", "会长", false},
		// Review 38.
		{"二、领导职数：站长为正科级，副站长为副科级。", "站长", false},
		{"组长为召集人，副组长为成员。", "组长", false},
		{"站长 负责 全面工作", "站长", false},
		{"职务 组长 副组长 成员", "组长", false},
		{"公职人员不得兼任会长。", "会长", false},
		{"拟任会长：宁书瑶", "会长", false},
		{"目前组长为钟离望，副组长为罗一舟。", "组长", true},
		{"组长：由县长担任", "组长", true},
		{"成立以县长宓文澜任组长的领导小组。", "组长", true},
		{"邝立新同志任领导小组组长负责全面工作。", "组长", true},
		{"组长为王永长，副组长为李成人。", "组长", true},
		{"巡查组组长为县委常委宓文澜。", "组长", true},
		{"县人大代表团团长为宓文澜，副团长为司马青。", "团长", true},
	} {
		if got := statesHolder(c.text, c.post); got != c.want {
			t.Errorf("statesHolder(%q, %q) = %v, want %v", c.text, c.post, got, c.want)
		}
	}
}

// "副组长有谁" asks who holds the post as "副组长是谁" does (review 39).
func TestPostAskedWithHas(t *testing.T) {
	for q, want := range map[string]string{"防汛领导小组副组长有谁": "副组长", "专班组长都有谁": "组长", "救助站站长是谁": "站长"} {
		if got := postAsked(q); got != want {
			t.Errorf("postAsked(%q) = %q, want %q", q, got, want)
		}
	}
}
