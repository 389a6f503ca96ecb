//go:build !windows

package main

// setupConsole: terminals elsewhere take UTF-8 as it is.
func setupConsole() (restore func()) { return func() {} }

// osErrnoText: the portable cases in errnoText cover Unix errors.
func osErrnoText(error) (string, bool) { return "", false }

// ownConsole: a terminal elsewhere outlives the program.
func ownConsole() bool { return false }
