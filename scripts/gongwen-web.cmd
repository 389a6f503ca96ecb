@echo off
rem Double-click: starts the gongwen web page and opens it in the browser.
rem Closing this window stops it. Listens on this PC only (no firewall prompt).
start "" /min cmd /c "ping -n 3 127.0.0.1 >nul & start http://127.0.0.1:8080/"
"%~dp0gongwen.exe" serve --addr 127.0.0.1:8080
pause
