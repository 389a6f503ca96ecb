//go:build windows

package main

import (
	"errors"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// setupConsole switches the console's output code page to UTF-8 (65001)
// for the life of the process and returns what restores the old one.
//
// gongwen's own writes to a console need no code page: Go writes to a
// console with WriteConsoleW, in UTF-16. The code page matters when output
// is piped ("gongwen ask … | more", "| findstr 低保"): the program at the
// other end gets UTF-8 bytes, and a Chinese Windows console (code page 936,
// GBK) shows them as mojibake unless its code page is UTF-8. The old page
// is restored at exit, since legacy programs run in the same window later
// write GBK.
func setupConsole() (restore func()) {
	const cpUTF8 = 65001
	old, err := windows.GetConsoleOutputCP()
	if err != nil || old == cpUTF8 {
		return func() {} // no console (a service, a scheduled task) or already UTF-8
	}
	if windows.SetConsoleOutputCP(cpUTF8) != nil {
		return func() {}
	}
	return func() { _ = windows.SetConsoleOutputCP(old) }
}

var procGetConsoleProcessList = windows.NewLazySystemDLL("kernel32.dll").NewProc("GetConsoleProcessList")

// ownConsole reports whether the console window was made for this process
// alone: gongwen.exe was double-clicked in Explorer rather than run from a
// command prompt. Such a window closes the moment gongwen exits, before
// anyone can read what it said.
func ownConsole() bool {
	var pids [2]uint32
	n, _, _ := procGetConsoleProcessList.Call(uintptr(unsafe.Pointer(&pids[0])), uintptr(len(pids)))
	return n == 1
}

// osErrnoText says the Windows errors an office PC meets most in Chinese.
func osErrnoText(err error) (string, bool) {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return "", false
	}
	switch errno {
	case windows.ERROR_SHARING_VIOLATION, windows.ERROR_LOCK_VIOLATION:
		return "文件正被其他程序使用(如 Word、WPS),请关闭后重试", true
	case windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL:
		return "磁盘空间不足", true
	case windows.ERROR_INVALID_NAME:
		return "文件名、文件夹名或盘符写法不对", true
	case windows.ERROR_NOT_READY:
		return "磁盘没有准备好(U 盘或光驱已拔出?)", true
	case windows.WSAEADDRINUSE:
		return "端口已被占用(可能已有一个 gongwen serve 在运行;可用 --addr 换一个端口)", true
	case windows.WSAEACCES:
		return "这个端口被系统保留或不允许使用,请用 --addr 换一个端口(如 127.0.0.1:18080)", true
	}
	return "", false
}
