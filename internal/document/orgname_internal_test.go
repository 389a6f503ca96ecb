package document

import "testing"

// TestOrgNameIsNoClause: a name counted over the text is a body's, not a
// clause that runs into one.
func TestOrgNameIsNoClause(t *testing.T) {
	for s, want := range map[string]bool{
		"县政府的坚强领导和市民政局":     false,
		"村委会应当及时劝阻并报告镇人民政府": false,
		"关于印送《甑陵县人大常委会":     false,
		"甗溪县人力资源和社会保障局":     true,
		"笥溪县蘅坞镇簟竹村村民委员会":    true,
		"这项工作由县农业农村局":       false,
		"任务清单报送市司法局":        false,
		"大同市民政局":            true,
		"建设镇人民政府":           true,
		"办公室上报县民政局":         false,
		"县政府督查室要会同县农业农村局":   false,
		"会同县人民政府":           true,
		"要会同县生态环境局":         false,
		"清远市清城区人民政府办公室":     true,
		"栝岭区司法局":            true,
		"乙方拨付至县民政局":         false,
		"材料报送至市民政局":         false,
		"周至县民政局":            true,
	} {
		if got := isOrgName(s); got != want {
			t.Errorf("isOrgName(%s) = %v, want %v", s, got, want)
		}
	}
}

// TestNameFromTitlePlace: a verb before a place the title writes is no
// part of the name; a place before it is.
func TestNameFromTitlePlace(t *testing.T) {
	for _, c := range []struct{ name, title, want string }{
		{"可报请崞阳县民政局", "崞阳县社会福利院儿童寄养服务协议", "崞阳县民政局"},
		{"双方可申请甑山市民政局", "甑山市慈善总会捐赠接收协议书", "甑山市民政局"},
		{"清远市清城区民政局", "清城区民政局2024年工作报告", "清远市清城区民政局"},
		{"大同市民政局", "大同市民政局关于…的通知", "大同市民政局"},
		{"可报请崞阳县民政局", "", "可报请崞阳县民政局"},
		// A place written long is no clause (review).
		{"岚川经济技术开发区管理委员会", "开发区2024年工作总结", "岚川经济技术开发区管理委员会"},
		{"广西壮族自治区民政局", "自治区养老服务工作要点", "广西壮族自治区民政局"},
	} {
		if got := fromTitlePlace(c.name, c.title); got != c.want {
			t.Errorf("fromTitlePlace(%s, %s) = %s, want %s", c.name, c.title, got, c.want)
		}
	}
}
