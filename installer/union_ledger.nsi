; Union Ledger (工会台账) — Windows installer (NSIS 3, Unicode, Simplified Chinese UI, 64-bit).
;
; Build (the build scripts do this for you and read the version from desktop/__init__.py):
;   Windows:  makensis /DVERSION=0.1.0 /DPAYLOAD=C:\path\to\dist\windows\UnionLedger installer\union_ledger.nsi
;   Linux:    makensis -DVERSION=0.1.0 -DPAYLOAD=/abs/path/to/UnionLedger installer/union_ledger.nsi
; Optional defines:
;   /DOUTFILE=path   the Setup.exe to write (default ..\dist\UnionLedger-<VERSION>-Setup.exe,
;                    relative to this script's folder)
;   /DVIVERSION=a.b.c.d  numeric file version (default <VERSION>.0; pass it when VERSION has a
;                    suffix such as 0.2.0rc1)
;   /DICON=path      installer/uninstaller icon (default: resources\icons\union-ledger.ico when it
;                    exists, otherwise NSIS's standard Modern UI icons)
;
; Behaviour (see installer/README.md):
;   * installs to $PROGRAMFILES64\UnionLedger (64-bit registry view, admin rights);
;   * Start menu folder 工会台账 (app + uninstall shortcuts) and a desktop shortcut, for all users;
;   * Add/Remove Programs entry HKLM\...\Uninstall\UnionLedger;
;   * user data lives in %LOCALAPPDATA%\UnionLedger and is NEVER touched by install, upgrade or
;     uninstall;
;   * upgrade: installs over the existing folder, replacing the program files only;
;   * downgrade: asks; in silent mode (/S) it refuses with exit code 4;
;   * Windows older than 10 1809 (build 17763) or 32-bit: Chinese message, exit code 3;
;   * the app is running and its files cannot be replaced: asks to close it; silent: exit code 5.
; Exit codes: 0 installed, 1 cancelled by the user, 2 other failure (NSIS), 3 unsupported
; Windows, 4 downgrade refused (silent), 5 app still running (silent).

Unicode true
; 64-bit installer stub (PE32+). Debian's nsis ships the amd64-unicode stubs. A 64-bit Setup.exe
; does not start at all on 32-bit Windows (Windows shows its own "not compatible" message);
; build with /DX86_STUB to get a 32-bit stub that shows our Chinese refusal there instead.
!ifdef X86_STUB
  Target x86-unicode
!else
  Target amd64-unicode
!endif

!ifndef VERSION
  !error "Pass the version: /DVERSION=x.y.z (build_installer.sh / build_windows.ps1 read desktop/__init__.py)"
!endif
!ifndef PAYLOAD
  !error "Pass the one-folder app: /DPAYLOAD=<folder holding UnionLedger.exe>"
!endif
!ifndef VIVERSION
  !define VIVERSION "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\UnionLedger-${VERSION}-Setup.exe"
!endif

!define APPNAME "工会台账"
!define APPNAME_EN "Union Ledger"
!define APPKEY "UnionLedger"
!define PUBLISHER "Union Ledger 项目组"
!define APPEXE "UnionLedger.exe"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPKEY}"
!define MIN_BUILD 17763

!define EXIT_UNSUPPORTED 3
!define EXIT_DOWNGRADE 4
!define EXIT_RUNNING 5

Name "${APPNAME}" "${APPNAME}"
Caption "${APPNAME} ${VERSION} 安装"
UninstallCaption "${APPNAME} 卸载"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APPKEY}"
; An earlier install's folder wins over the default (the /D= switch wins over both).
InstallDirRegKey HKLM "${UNINSTKEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show
BrandingText "${APPNAME} ${VERSION}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "WinVer.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"

; ---- icon: the app icon when it exists, NSIS's Modern UI icon otherwise -----------------------
; (makensis runs in this script's folder, so the relative path works from any working directory.)
!ifndef ICON
  !if /FileExists "..\resources\icons\union-ledger.ico"
    !define ICON "..\resources\icons\union-ledger.ico"
  !endif
!endif
!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif

; ---- version resource (Explorer → Properties → Details) --------------------------------------
VIProductVersion "${VIVERSION}"
VIFileVersion "${VIVERSION}"
VIAddVersionKey /LANG=2052 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=2052 "FileDescription" "${APPNAME} 安装程序"
VIAddVersionKey /LANG=2052 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2052 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=2052 "Comments" "${APPNAME_EN} installer"

; ---- pages -----------------------------------------------------------------------------------
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "安装向导将在您的电脑上安装 ${APPNAME} ${VERSION}。$\r$\n$\r$\n如果电脑上已安装旧版本，将直接升级，您的台账数据会保留。$\r$\n$\r$\n单击“下一步”继续。"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_TEXT "${APPNAME} ${VERSION} 已安装完成。$\r$\n$\r$\n请从桌面或开始菜单的“${APPNAME}”图标启动。$\r$\n台账数据保存在：%LOCALAPPDATA%\${APPKEY}"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "将从您的电脑上卸载 ${APPNAME} 程序。$\r$\n您的台账数据（%LOCALAPPDATA%\${APPKEY}）不会被删除。"
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "${APPNAME} 已卸载"
!define MUI_FINISHPAGE_TEXT "${APPNAME} 程序已从您的电脑上卸载。$\r$\n$\r$\n您的台账数据没有删除，仍保存在：$\r$\n%LOCALAPPDATA%\${APPKEY}$\r$\n重新安装后可继续使用；如确实不再需要，可以手动删除该文件夹（请先备份）。"
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "SimpChinese"

Var OldVersion
Var OldLocation

; ---- checks before anything is shown ---------------------------------------------------------
Function .onInit
  SetRegView 64

  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIfNot} ${AtLeastBuild} ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "本软件需要 64 位 Windows 10（1809）或更高版本。$\r$\n您的电脑系统版本过低，无法安装${APPNAME}。请升级系统后再安装。" /SD IDOK
    SetErrorLevel ${EXIT_UNSUPPORTED}
    Quit
  ${EndIf}

  ReadRegStr $OldVersion HKLM "${UNINSTKEY}" "DisplayVersion"
  ReadRegStr $OldLocation HKLM "${UNINSTKEY}" "InstallLocation"
  ${If} $OldVersion != ""
    ; 0 = same version (reinstall), 1 = this one is newer (upgrade), 2 = this one is older
    ${VersionCompare} "${VERSION}" "$OldVersion" $0
    ${If} $0 == 2
      ${If} ${Silent}
        SetErrorLevel ${EXIT_DOWNGRADE}
        Quit
      ${EndIf}
      ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "电脑上已安装较新的版本 $OldVersion。$\r$\n确定要换成较旧的版本 ${VERSION} 吗？（台账数据会保留，但旧版本可能无法打开新版本保存的数据。）" IDYES`
        SetErrorLevel 1
        Quit
      ${EndIf}
    ${EndIf}
  ${EndIf}
FunctionEnd

; Deletes one program file; while it is in use (the app is open), asks to close the app.
!macro RemoveProgramFile path
  ${Do}
    ClearErrors
    Delete "${path}"
    ${IfNot} ${FileExists} "${path}"
      ${Break}
    ${EndIf}
    ${If} ${Silent}
      DetailPrint "无法替换 ${path}：${APPNAME}正在运行。"
      SetErrorLevel ${EXIT_RUNNING}
      Quit
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APPNAME}正在运行，无法替换程序文件。$\r$\n请先关闭${APPNAME}，然后单击“重试”。" IDRETRY`
      SetErrorLevel 1
      Quit
    ${EndIf}
  ${Loop}
!macroend

Section "${APPNAME}" SecMain
  SectionIn RO
  SetRegView 64
  SetShellVarContext all

  ${If} $OldVersion != ""
    DetailPrint "正在升级：$OldVersion → ${VERSION}（$OldLocation）"
    ; Replace the program files only. The user data is in %LOCALAPPDATA%\${APPKEY}, never here.
    !insertmacro RemoveProgramFile "$INSTDIR\${APPEXE}"
    !insertmacro RemoveProgramFile "$INSTDIR\union-ledger.exe"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}

  SetOutPath "$INSTDIR"
  SetOverwrite on
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  ; shortcuts (all users)
  CreateDirectory "$SMPROGRAMS\${APPNAME}"
  CreateShortcut "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0
  CreateShortcut "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk" "$INSTDIR\Uninstall.exe"
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${APPEXE}" "" "$INSTDIR\${APPEXE}" 0

  ; Add/Remove Programs
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\${APPEXE},0"
  WriteRegStr HKLM "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTKEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKLM "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTKEY}" "EstimatedSize" $0
SectionEnd

; ---- uninstaller -----------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
FunctionEnd

Section "Uninstall"
  SetRegView 64
  SetShellVarContext all

  Delete "$DESKTOP\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${APPNAME}\卸载${APPNAME}.lnk"
  RMDir "$SMPROGRAMS\${APPNAME}"

  ; Program files only: the one-folder bundle keeps everything but the exes in _internal.
  ; Nothing outside $INSTDIR is touched — in particular not %LOCALAPPDATA%\${APPKEY} (user data).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APPEXE}"
  Delete "$INSTDIR\union-ledger.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  DeleteRegKey HKLM "${UNINSTKEY}"
  DetailPrint "台账数据未删除，仍保存在 %LOCALAPPDATA%\${APPKEY}。"
SectionEnd
