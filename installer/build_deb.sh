#!/usr/bin/env bash
# Build dist/union-ledger_<version>_amd64.deb from the Linux freeze (dist/linux/UnionLedger).
# Usage: bash installer/build_deb.sh        (run installer/build_linux.sh first)
# Layout: /opt/union-ledger (the frozen folder), /usr/bin/union-ledger -> /opt/union-ledger/union-ledger,
# /usr/share/applications/union-ledger.desktop, hicolor icons 48/128/256. The package never writes to
# a user's home: the ledger lives in ~/.local/share/UnionLedger, created by the app on first run.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY=.venv/bin/python
FROZEN=dist/linux/UnionLedger
[ -x "$FROZEN/union-ledger" ] || { echo "No Linux freeze in $FROZEN: run installer/build_linux.sh first" >&2; exit 1; }

VERSION="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)"
[ -n "$VERSION" ] || { echo "desktop/__init__.py has no __version__" >&2; exit 1; }
PKG=union-ledger
STAGE="build/deb/${PKG}_${VERSION}_amd64"
OUT="dist/${PKG}_${VERSION}_amd64.deb"
start=$(date +%s)

rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/doc/$PKG"
cp -a "$FROZEN" "$STAGE/opt/$PKG"
ln -s "/opt/$PKG/union-ledger" "$STAGE/usr/bin/union-ledger"

# Icons: drawn at each size (crisper than scaling the 256 px one down).
"$PY" - "$STAGE/usr/share/icons/hicolor" <<'PYEOF'
import sys
from pathlib import Path

sys.path.insert(0, "installer")
from make_icon import draw

for size in (48, 128, 256):
    folder = Path(sys.argv[1]) / f"{size}x{size}" / "apps"
    folder.mkdir(parents=True, exist_ok=True)
    draw(size).save(folder / "union-ledger.png", optimize=True)
PYEOF

cat > "$STAGE/usr/share/applications/$PKG.desktop" <<'DESKTOP'
[Desktop Entry]
Type=Application
Version=1.4
Name=Union Ledger
Name[zh_CN]=工会台账
GenericName=Trade union ledger
GenericName[zh_CN]=工会台账管理
Comment=Members, aid and competition registers with signed PDF summaries
Comment[zh_CN]=会员、建会单位、帮扶发放和竞赛台账，导出带数字签名的汇总表
Exec=union-ledger gui
Icon=union-ledger
Terminal=false
Categories=Office;
Keywords=union;ledger;members;工会;台账;会员;帮扶;
StartupNotify=true
DESKTOP

cat > "$STAGE/usr/share/doc/$PKG/copyright" <<'COPYRIGHT'
Union Ledger (工会台账) — proprietary.

Bundled third-party components keep their own licences: Qt 6 and PySide6 (LGPL-3.0),
Python (PSF), WenQuanYi Micro Hei font (Apache-2.0, see
/opt/union-ledger/_internal/resources/fonts/wqy-microhei-LICENSE.txt), PDFium (BSD-3-Clause),
zxing-cpp (Apache-2.0), pyHanko (MIT), reportlab (BSD).
COPYRIGHT

# The newest glibc symbol any bundled library asks for sets the libc6 dependency.
GLIBC="$(find "$STAGE/opt/$PKG" -type f \( -name '*.so*' -o -name union-ledger \) -exec objdump -T {} + 2>/dev/null |
  grep -oE 'GLIBC_[0-9]+\.[0-9]+' | sed 's/GLIBC_//' | sort -t. -k1,1n -k2,2n -u | tail -1)"
# System libraries the bundle does not carry (checked with ldd against the freeze): OpenGL/EGL, xcb,
# CUPS for printing; a Chinese UI font. Wayland libraries are only needed in a Wayland session.
DEPENDS="libc6 (>= ${GLIBC}), libegl1, libgl1, libopengl0, libxcb1, libxcb-cursor0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libcups2"
RECOMMENDS="fonts-wqy-microhei | fonts-noto-cjk | fonts-wqy-zenhei, libwayland-client0, libwayland-cursor0, libwayland-egl1"

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $PKG
Version: $VERSION
Architecture: amd64
Maintainer: Union Ledger maintainers <union-ledger@example.org>
Installed-Size: $(du -sk "$STAGE" --exclude=DEBIAN | cut -f1)
Depends: $DEPENDS
Recommends: $RECOMMENDS
Section: office
Priority: optional
Description: Union Ledger (工会台账) — registers for township trade unions
 A desktop ledger for the clerks of township and grassroots trade unions:
 members, organizations, aid disbursements and competition results, exported
 as signed PDF summaries. Offline; data stays in each user's home folder
 (~/.local/share/UnionLedger).
 .
 乡镇（街道）总工会和基层工会经办人使用的桌面台账：会员、建会单位、帮扶发放、
 竞赛成绩，按月、季度、年度导出带数字签名的 PDF 汇总表。离线使用，数据保存在
 各用户的主目录中（~/.local/share/UnionLedger）。
CONTROL

# Normal permissions whatever the umask of the build: directories 755, files 644, programs 755.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod go-w,a+r {} +
chmod 644 "$STAGE/DEBIAN/control"

mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$STAGE" "$OUT" >/dev/null
echo "Built $OUT in $(( $(date +%s) - start )) s: $(du -h "$OUT" | cut -f1)"
