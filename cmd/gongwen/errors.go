package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"os"
	"strings"
	"syscall"
)

// localize rewrites the English parts of err that come from the standard
// library — "open …: no such file or directory", "listen tcp …: bind:
// address already in use", "context canceled" — into Chinese, keeping the
// rest of the message (ours, already Chinese) and the chain, so exit codes
// and errors.Is still work.
func localize(err error) error {
	if err == nil || errors.Is(err, errSilent) {
		return err
	}
	text := err.Error()
	if errors.Is(err, context.Canceled) {
		return &localized{"已中断(Ctrl-C);索引和文件保持原样。", &exitError{130, err}}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		text = strings.Replace(text, context.DeadlineExceeded.Error(), "超时", 1)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		text = strings.Replace(text, pe.Error(), pathErrorText(pe.Op, pe.Path, pe.Err), 1)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		text = strings.Replace(text, le.Error(), fmt.Sprintf("把“%s”改名为“%s”失败:%s", le.Old, le.New, errnoText(le.Err)), 1)
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		what := "网络连接"
		if oe.Op == "listen" {
			what = "监听"
		}
		addr := ""
		if oe.Addr != nil {
			addr = " " + oe.Addr.String()
		} else if oe.Source != nil {
			addr = " " + oe.Source.String()
		}
		text = strings.Replace(text, oe.Error(), fmt.Sprintf("%s%s 失败:%s", what, addr, errnoText(oe.Err)), 1)
	}
	if text == err.Error() {
		return err
	}
	return &localized{text, err}
}

// localized is an error whose message was translated; Unwrap keeps the
// original for errors.Is/As and the exit code.
type localized struct {
	text string
	err  error
}

func (e *localized) Error() string { return e.text }
func (e *localized) Unwrap() error { return e.err }

var pathOps = map[string]string{
	"open": "打开", "stat": "读取", "lstat": "读取", "read": "读取", "write": "写入", "close": "写入",
	"sync": "写入", "mkdir": "创建文件夹", "mkdirall": "创建文件夹", "remove": "删除", "unlinkat": "删除",
	"readdir": "读取文件夹", "readdirent": "读取文件夹", "opendir": "读取文件夹", "createtemp": "创建临时文件",
	"chmod": "修改权限", "truncate": "写入", "seek": "读取", "CreateFile": "打开", "FindFirstFile": "读取文件夹",
}

// pathErrorText says an *fs.PathError in Chinese, naming the path in
// quotes: office paths have spaces ("D:\公文\2024年 报告").
func pathErrorText(op, path string, err error) string {
	verb := pathOps[op]
	if verb == "" {
		verb = "访问"
	}
	return fmt.Sprintf("%s“%s”失败:%s", verb, path, errnoText(err))
}

// errnoText says an OS error in Chinese; one it does not know keeps the
// system's words after a Chinese label, so nothing is lost.
func errnoText(err error) string {
	if s, ok := osErrnoText(err); ok {
		return s
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "文件或文件夹不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限(文件可能是只读的,或正被其他程序使用)"
	case errors.Is(err, fs.ErrExist):
		return "已经存在"
	case errors.Is(err, syscall.EADDRINUSE):
		return "端口已被占用(可能已有一个 gongwen serve 在运行;可用 --addr 换一个端口)"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "本机没有这个地址"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "对方拒绝连接(服务没有启动?)"
	case errors.Is(err, syscall.ENOSPC):
		return "磁盘空间不足"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一段不是文件夹"
	case errors.Is(err, syscall.EISDIR):
		return "这是文件夹,不是文件"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "路径太长"
	case errors.Is(err, syscall.EROFS):
		return "磁盘是只读的"
	case errors.Is(err, syscall.EMFILE), errors.Is(err, syscall.ENFILE):
		return "同时打开的文件太多"
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return fmt.Sprintf("找不到主机 %s", dnsErr.Name)
	}
	var se *os.SyscallError
	if errors.As(err, &se) {
		return errnoText(se.Err)
	}
	return "系统错误:" + err.Error()
}
