"""Reading a signed report's parts back without trusting the writer: the QR and the attachment.

The QR is found the way a person's scanner would find it: the last page is rendered with
pdfium at 200 dpi (a 0.5 mm module is ~4 pixels) and decoded with zxing-cpp; only when that
finds no code are the page's image objects decoded one by one (upscaled, with a white
margin). Rendering and decoding one A4 page takes ~15 ms on these machines; the other
pages are never rendered.

A code found only among the image objects is reported as not visible: it may be covered,
clipped or off the page, and then a printed copy cannot be checked by it. The rendering is
capped at ``MAX_PIXELS`` so that a page of absurd size cannot exhaust the verifier's memory.
"""

from __future__ import annotations

from typing import Any

from desktop.signing.conventions import ATTACHMENT_NAME

RENDER_DPI = 200
QR_PREFIX = "UL"
MAX_PIXELS = 16_000_000  # A4 at 200 dpi is 3.9 million pixels, A3 7.7 million
MAX_IMAGE_SIDE = 4000  # image objects larger than this are not decoded at all


def _decode(image: Any) -> list[str]:
    import zxingcpp

    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def _from_image_objects(page: Any) -> list[str]:
    import pypdfium2 as pdfium
    from PIL import Image

    texts: list[str] = []
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=4):
        try:
            if max(obj.get_px_size()) > MAX_IMAGE_SIDE:
                continue
            image = obj.get_bitmap(render=False).to_pil().convert("L")
        except Exception:  # an image pdfium cannot decode is just not our QR
            continue
        w, h = image.size
        if not 21 <= min(w, h) <= 400:  # one pixel per module: 21..177 modules plus quiet zone
            continue
        scale = 4
        canvas = Image.new("L", (w * scale + 64, h * scale + 64), 255)
        canvas.paste(image.resize((w * scale, h * scale), Image.Resampling.NEAREST), (32, 32))
        texts += _decode(canvas)
    return texts


def render_scale(width: float, height: float) -> float:
    """RENDER_DPI, lowered so that a ``width`` × ``height`` point page stays within MAX_PIXELS."""
    scale = RENDER_DPI / 72
    area = max(width, 1.0) * max(height, 1.0)
    return min(scale, (MAX_PIXELS / area) ** 0.5)


def qr_texts_on_last_page(pdf: bytes) -> list[str]:
    """The distinct report QR texts (``UL…``) on the last page, visible or not, in the order found."""
    return read_last_page_qr(pdf)[0]


def read_last_page_qr(pdf: bytes) -> tuple[list[str], bool]:
    """The distinct report QR texts (``UL…``) on the last page, and whether they were read from
    the rendered page (True) or only from its image objects (False: not visible on a printout).

    Raises ValueError when pdfium cannot open the file.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as exc:
        raise ValueError(str(exc)) from None
    try:
        if len(document) == 0:
            return [], False
        page = document[len(document) - 1]
        found = _decode(page.render(scale=render_scale(*page.get_size()), grayscale=True).to_pil())
        visible = any(t.strip().startswith(QR_PREFIX) for t in found)
        if not visible:
            found = _from_image_objects(page)
        page.close()
    finally:
        document.close()
    return list(dict.fromkeys(t.strip() for t in found if t.strip().startswith(QR_PREFIX))), visible


def _name_tree_items(node: Any, depth: int = 0) -> list[tuple[str, Any]]:
    items: list[tuple[str, Any]] = []
    if depth > 16:
        return items
    if "/Names" in node:
        names = node["/Names"]
        for i in range(0, len(names) - 1, 2):
            items.append((str(names[i]), names[i + 1]))
    for kid in node.get("/Kids", ()):
        items += _name_tree_items(kid.get_object(), depth + 1)
    return items


def embedded_files(reader: Any, name: str = ATTACHMENT_NAME) -> list[bytes]:
    """The bytes of every document-level embedded file called ``name`` (pyHanko reader)."""
    root = reader.root
    if "/Names" not in root or "/EmbeddedFiles" not in root["/Names"]:
        return []
    found: list[bytes] = []
    for key, spec in _name_tree_items(root["/Names"]["/EmbeddedFiles"]):
        spec = spec.get_object()
        file_name = str(spec.get("/UF", spec.get("/F", key)))
        if name in (key, file_name) and "/EF" in spec:
            ef = spec["/EF"]
            stream = (ef.get("/UF") or ef.get("/F")).get_object()
            found.append(bytes(stream.data))
    return found
