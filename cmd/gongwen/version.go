package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

func init() { extraCommands["version"] = runVersion }

// Stamped by scripts/release.sh:
//
//	-ldflags "-X main.version=v0.3.0 -X main.commit=abc123 -X main.date=2026-11-28T…"
var (
	version = "dev"
	commit  = ""
	date    = ""
)

// buildVersion is what this binary knows of its origin: the stamped
// values of a release; else what the go command recorded — the module
// version for "go install …@v0.3.0", the VCS revision for "go build" in a
// checkout (not for "go run", nor with -buildvcs=false).
func buildVersion(info *debug.BuildInfo, ok bool) (v, c, d string, modified bool) {
	v, c, d = version, commit, date
	if !ok {
		return v, c, d, false
	}
	if v == "dev" && info.Main.Version != "" && info.Main.Version != "(devel)" {
		v = info.Main.Version
	}
	if c != "" {
		return v, c, d, false
	}
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			c = s.Value
		case "vcs.time":
			d = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	return v, c, d, modified
}

func versionLine() string {
	info, ok := debug.ReadBuildInfo()
	v, c, d, modified := buildVersion(info, ok)
	s := "gongwen " + v
	if c != "" {
		if len(c) > 12 {
			c = c[:12]
		}
		s += " 提交 " + c
		if modified {
			s += "(含未提交的改动)"
		}
	}
	if d != "" {
		s += " 构建于 " + d
	}
	return fmt.Sprintf("%s %s %s/%s", s, runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

func runVersion(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "version")
	if _, err := parseFlags(fs, args); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, versionLine())
	return nil
}
