//go:build race

package dingtalk

const raceEnabled = true
