<#
.SYNOPSIS
  Build the Union Ledger Windows installer; with -Test, also install it, smoke-test it and
  uninstall it.

.DESCRIPTION
  For a 64-bit Windows 10/11 machine with Python 3.11 (python.org or setup-python) and NSIS 3
  (https://nsis.sourceforge.io, or `choco install nsis`). Run from anywhere:

    powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1 [-Test] [-Python <exe>]

  Steps:
    1. create the venv build\venv-windows and pip install ".[installer]"
    2. build the translations (scripts\i18n.py build) and, if missing, the icon
    3. pyinstaller installer\union_ledger.spec  ->  dist\windows\UnionLedger
    4. run the frozen app's `gui --smoke-test` offscreen; stop on failure
    5. makensis  ->  dist\UnionLedger-<version>-Setup.exe
    6. with -Test (needs an elevated shell, as the installer asks for admin rights):
       put a file in %LOCALAPPDATA%\UnionLedger (stands for the clerk's data), install silently
       into a temporary folder, check files, shortcuts and the Add/Remove Programs entry, run the
       installed app's smoke test, uninstall silently, check everything is gone except the data.

  Untested by its author (written on Linux); the Linux/wine test suite covers the installer
  mechanics with a stand-in payload. This source is ASCII only: Windows PowerShell 5.1 reads a
  .ps1 without BOM in the ANSI code page, so Chinese names are built from code points.
#>
[CmdletBinding()]
param(
    [switch]$Test,
    [string]$Python = "python"
)

Set-StrictMode -Version Latest
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

$AppName = -join [char[]](0x5DE5, 0x4F1A, 0x53F0, 0x8D26)          # gong hui tai zhang
$UninstallName = (-join [char[]](0x5378, 0x8F7D)) + $AppName        # xie zai + app name
$UninstallKey = "HKLM:\Software\Microsoft\Windows\CurrentVersion\Uninstall\UnionLedger"

function Step([string]$Text) { Write-Host "==> $Text" -ForegroundColor Cyan }

# Runs a native program and throws when it fails (PowerShell does not, by itself).
function Invoke-Native([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Find-MakeNsis {
    $cmd = Get-Command makensis.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    foreach ($dir in @(${env:ProgramFiles(x86)}, $env:ProgramFiles)) {
        if ($dir -and (Test-Path "$dir\NSIS\makensis.exe")) { return "$dir\NSIS\makensis.exe" }
    }
    throw "makensis.exe not found: install NSIS 3 (choco install nsis) or put it on PATH"
}

# ---- version --------------------------------------------------------------------------------
$init = Get-Content -Raw -Encoding UTF8 "desktop\__init__.py"
if ($init -notmatch '(?m)^__version__\s*=\s*"([^"]+)"') { throw "No __version__ in desktop\__init__.py" }
$Version = $Matches[1]
# Numeric a.b.c.d for the version resource: the leading digits of each part, padded to four.
$parts = @($Version.Split(".") | ForEach-Object { if ($_ -match '^\d+') { $Matches[0] } else { "0" } })
while ($parts.Count -lt 4) { $parts += "0" }
$VIVersion = ($parts[0..3] -join ".")
Step "Union Ledger $Version (file version $VIVersion)"

# ---- 1. venv --------------------------------------------------------------------------------
$Venv = Join-Path $Root "build\venv-windows"
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Step "Creating $Venv with $Python"
    Invoke-Native $Python @("-c", "import sys, struct; sys.exit(sys.version_info < (3, 11) or struct.calcsize('P') != 8)")
    Invoke-Native $Python @("-m", "venv", $Venv)
}
Step "Installing the app and PyInstaller into the venv"
Invoke-Native $Py @("-m", "pip", "install", "-q", "--upgrade", "pip")
Invoke-Native $Py @("-m", "pip", "install", "-q", ".[installer]")

# ---- 2. translations and icon ---------------------------------------------------------------
Step "Building translations"
Invoke-Native $Py @("scripts\i18n.py", "build")
if (-not (Test-Path "resources\icons\union-ledger.ico")) {
    Invoke-Native $Py @("installer\make_icon.py")
}

# ---- 3. freeze ------------------------------------------------------------------------------
Step "Freezing with PyInstaller"
$sw = [Diagnostics.Stopwatch]::StartNew()
Invoke-Native (Join-Path $Venv "Scripts\pyinstaller.exe") @(
    "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", "dist\windows", "--workpath", "build\windows", "installer\union_ledger.spec")
$Payload = Join-Path $Root "dist\windows\UnionLedger"
$bundleMB = [math]::Round(((Get-ChildItem -Recurse -File $Payload | Measure-Object Length -Sum).Sum / 1MB), 1)
Write-Host "Frozen in $([int]$sw.Elapsed.TotalSeconds) s: $Payload ($bundleMB MB)"

# The uninstaller removes exactly these three entries (never the whole folder).
$extra = @(Get-ChildItem $Payload | Where-Object { $_.Name -notin @("UnionLedger.exe", "union-ledger.exe", "_internal") })
if ($extra.Count -gt 0) { throw "Unexpected top-level entries in ${Payload}: $($extra.Name -join ', ')" }

# ---- 4. smoke test of the frozen app --------------------------------------------------------
$env:QT_QPA_PLATFORM = "offscreen"
Step "Smoke test of the frozen app"
Invoke-Native (Join-Path $Payload "union-ledger.exe") @("gui", "--smoke-test")

# ---- 5. installer ---------------------------------------------------------------------------
Step "Building the installer"
$MakeNsis = Find-MakeNsis
New-Item -ItemType Directory -Force "dist" | Out-Null
$Setup = Join-Path $Root "dist\UnionLedger-$Version-Setup.exe"
Invoke-Native $MakeNsis @("/V2", "/DVERSION=$Version", "/DVIVERSION=$VIVersion", "/DPAYLOAD=$Payload",
    "/DOUTFILE=$Setup", "installer\union_ledger.nsi")
Write-Host "Built $Setup ($([math]::Round((Get-Item $Setup).Length / 1MB, 1)) MB)"

if (-not $Test) { exit 0 }

# ---- 6. install, smoke-test, uninstall ------------------------------------------------------
$principal = [Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    throw "-Test installs into Program Files-like folders and HKLM: run it from an elevated shell"
}
if (Test-Path $UninstallKey) {
    throw "Union Ledger is installed on this machine; -Test would take over its registry entry. Uninstall it first or test on a clean machine."
}

$DataDir = Join-Path $env:LOCALAPPDATA "UnionLedger"
New-Item -ItemType Directory -Force $DataDir | Out-Null
$Marker = Join-Path $DataDir "installer-test-marker.txt"
Set-Content -Path $Marker -Value "user data written before installing $Version" -Encoding UTF8

$Dest = Join-Path $env:TEMP ("UnionLedger-installer-test-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
$StartMenu = Join-Path $env:ProgramData "Microsoft\Windows\Start Menu\Programs\$AppName"
$DesktopLink = Join-Path $env:PUBLIC "Desktop\$AppName.lnk"

Step "Silent install into $Dest"
# /D= must come last and must not be quoted, even when the path has spaces.
$sw = [Diagnostics.Stopwatch]::StartNew()
$proc = Start-Process -FilePath $Setup -ArgumentList "/S /D=$Dest" -Wait -PassThru
if ($proc.ExitCode -ne 0) { throw "Silent install failed with exit code $($proc.ExitCode)" }
Write-Host "Installed in $([int]$sw.Elapsed.TotalSeconds) s"

foreach ($path in @("$Dest\UnionLedger.exe", "$Dest\union-ledger.exe", "$Dest\Uninstall.exe",
        "$StartMenu\$AppName.lnk", "$StartMenu\$UninstallName.lnk", $DesktopLink)) {
    if (-not (Test-Path $path)) { throw "Missing after install: $path" }
}
$reg = Get-ItemProperty $UninstallKey
if ($reg.DisplayName -ne $AppName) { throw "DisplayName is '$($reg.DisplayName)'" }
if ($reg.DisplayVersion -ne $Version) { throw "DisplayVersion is '$($reg.DisplayVersion)'" }
if ($reg.InstallLocation -ne $Dest) { throw "InstallLocation is '$($reg.InstallLocation)'" }
if ($reg.QuietUninstallString -ne "`"$Dest\Uninstall.exe`" /S") { throw "QuietUninstallString is '$($reg.QuietUninstallString)'" }

Step "Smoke test of the installed app"
Invoke-Native "$Dest\union-ledger.exe" @("gui", "--smoke-test")

Step "Silent uninstall"
# Uninstall.exe copies itself to %TEMP%, starts the copy and returns at once: wait for the copy.
$proc = Start-Process -FilePath "$Dest\Uninstall.exe" -ArgumentList "/S" -Wait -PassThru
if ($proc.ExitCode -ne 0) { throw "Silent uninstall failed with exit code $($proc.ExitCode)" }
$deadline = (Get-Date).AddSeconds(120)
while (((Test-Path $Dest) -or (Test-Path $UninstallKey)) -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 500 }

foreach ($path in @($Dest, $StartMenu, $DesktopLink, $UninstallKey)) {
    if (Test-Path $path) { throw "Still there after uninstall: $path" }
}
if (-not (Test-Path $Marker)) { throw "The uninstaller removed the user data in $DataDir" }
Remove-Item $Marker
Write-Host "OK: installed, smoke-tested, uninstalled; the user data in $DataDir was kept." -ForegroundColor Green
