; Stand-in for the frozen Union Ledger app, used ONLY by the Linux/wine installer tests.
;
; A PyInstaller Windows build cannot be produced on Linux, so installer/build_installer.sh --stub
; compiles this script twice (UnionLedger.exe and union-ledger.exe) into a folder with the same
; layout as the real one-folder bundle. The real frozen app is smoke-tested on the Windows runner
; (installer/build_windows.ps1, .github/workflows/windows-installer.yml).
;
; Behaviour: `<exe> gui --smoke-test` checks that the bundled stand-in resources are next to it
; (like the real smoke test proves the bundle is complete), writes a marker file
; %TEMP%\UnionLedger-stub-smoke.txt with its own path and exit code, and exits 0 (1 when a
; resource is missing). Any other command line exits 2.
;
; Usage: makensis /DOUTFILE=path\to\UnionLedger.exe installer/stub/stub.nsi

Unicode true
Target amd64-unicode
!ifndef OUTFILE
  !error "Pass /DOUTFILE=<path of the exe to build>"
!endif
Name "UnionLedger stand-in"
OutFile "${OUTFILE}"
SilentInstall silent
RequestExecutionLevel user
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Section
  ${GetParameters} $0
  StrCpy $1 2
  ${If} $0 == "gui --smoke-test"
    StrCpy $1 0
    ${IfNot} ${FileExists} "$EXEDIR\_internal\resources\i18n\zh_CN.qm"
      StrCpy $1 1
    ${EndIf}
    ${IfNot} ${FileExists} "$EXEDIR\_internal\db\migrations\env.py"
      StrCpy $1 1
    ${EndIf}
  ${EndIf}
  FileOpen $2 "$TEMP\UnionLedger-stub-smoke.txt" w
  FileWrite $2 "exe=$EXEPATH$\r$\nargs=$0$\r$\nexit=$1$\r$\n"
  FileClose $2
  SetErrorLevel $1
SectionEnd
