"""Draw the application icon: a red rounded square with a white 工 (resources/icons/).

Usage: .venv/bin/python installer/make_icon.py [OUT_DIR]

Writes union-ledger.png (256×256, for Linux and the window icon) and union-ledger.ico
(16, 32, 48, 64, 128, 256 for Windows). The glyph comes from the bundled WenQuanYi Micro Hei,
so the icon looks the same on every machine that regenerates it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
RED = (200, 16, 46, 255)  # 中国红, close to the union's emblem red
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw(size: int) -> Image.Image:
    """The mark at ``size`` pixels, drawn at 4× and scaled down for smooth edges."""
    big = size * 4
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    canvas = ImageDraw.Draw(image)
    margin = big // 32
    canvas.rounded_rectangle((margin, margin, big - margin, big - margin), radius=big // 5, fill=RED)
    font = ImageFont.truetype(str(FONT), int(big * 0.66), index=0)
    left, top, right, bottom = canvas.textbbox((0, 0), "工", font=font)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top
    # A stroke thickens the bars so they stay legible at 16 px.
    canvas.text((x, y), "工", font=font, fill=WHITE, stroke_width=max(1, big // 40), stroke_fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main(argv: list[str]) -> int:
    if len(argv) > 1 or (argv and argv[0] in {"-h", "--help"}):
        print(__doc__.strip().splitlines()[2])
        return 2
    out = Path(argv[0]) if argv else ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    png = out / "union-ledger.png"
    draw(256).save(png, optimize=True)
    ico = out / "union-ledger.ico"
    # Each size drawn on its own (not one image shrunk by Pillow): crisper small icons.
    frames = {w: draw(w) for w, _ in ICO_SIZES}
    frames[256].save(ico, sizes=ICO_SIZES, append_images=[frames[w] for w, _ in ICO_SIZES[:-1]])
    for path in (png, ico):
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
