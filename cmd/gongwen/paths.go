package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"runtime"
	"strings"
)

// dbFlag registers --db. Its default is a global --db given before the
// command ("gongwen --db DIR docs"), else $GONGWEN_DB, else the per-user
// data directory.
func dbFlag(e *env, fs *flag.FlagSet) *string {
	def := e.db
	if def == "" {
		def = defaultDB(e.getenv)
	}
	return fs.String("db", def, "索引目录(默认 $GONGWEN_DB,否则用户数据目录)")
}

func defaultDB(getenv func(string) string) string {
	return defaultDBFor(runtime.GOOS, getenv, os.TempDir())
}

// defaultDBFor is the index directory on goos, kept apart from the running
// OS so that each platform's rule is tested everywhere:
//   - windows: %LOCALAPPDATA%\gongwen — local, not roaming: an index is
//     rebuilt from the files and has no business following a domain
//     profile to every PC;
//   - darwin:  ~/Library/Application Support/gongwen;
//   - others:  $XDG_DATA_HOME/gongwen, else ~/.local/share/gongwen.
//
// GONGWEN_DB overrides all of them; tmp is the last resort.
func defaultDBFor(goos string, getenv func(string) string, tmp string) string {
	if d := getenv("GONGWEN_DB"); d != "" {
		return d
	}
	switch goos {
	case "windows":
		if d := getenv("LOCALAPPDATA"); d != "" {
			return joinPath(goos, d, "gongwen")
		}
		if h := getenv("USERPROFILE"); h != "" {
			return joinPath(goos, h, "AppData", "Local", "gongwen")
		}
	case "darwin":
		if d := getenv("XDG_DATA_HOME"); d != "" {
			return joinPath(goos, d, "gongwen")
		}
		if h := getenv("HOME"); h != "" {
			return joinPath(goos, h, "Library", "Application Support", "gongwen")
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" {
			return joinPath(goos, d, "gongwen")
		}
		if h := getenv("HOME"); h != "" {
			return joinPath(goos, h, ".local", "share", "gongwen")
		}
	}
	return joinPath(goos, tmp, "gongwen")
}

// joinPath joins with goos's separator. filepath.Join would use the
// running OS's, which is what defaultDB wants but not what a test of the
// Windows rule on Linux can check.
func joinPath(goos string, elem ...string) string {
	sep, seps := "/", "/"
	if goos == "windows" {
		sep, seps = `\`, `/\`
	}
	out := elem[0]
	for _, e := range elem[1:] {
		out = strings.TrimRight(out, seps) + sep + strings.TrimLeft(e, seps)
	}
	return out
}

// baseName is the last element of a path with either separator: a file
// label joins a Windows corpus directory ("D:\公文\2024年 报告") with the
// slash-separated names inside it.
func baseName(p string) string {
	p = strings.TrimRight(p, `/\`)
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// pageURL is the address to open in a browser for a listener: a wildcard
// host (":8080", "0.0.0.0", "[::]") is reached locally as 127.0.0.1.
func pageURL(addr net.Addr, tls bool) string {
	scheme := "http://"
	if tls {
		scheme = "https://"
	}
	host, port, err := net.SplitHostPort(addr.String())
	if err != nil {
		return fmt.Sprintf("%s%s/", scheme, addr)
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
	}
	return scheme + net.JoinHostPort(host, port) + "/"
}
