//go:build !race

package dingtalk

const raceEnabled = false
