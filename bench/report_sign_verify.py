"""Signing and verifying a report (issue [E] item 10): sign a 50-page report ≤ 1 s, verify ≤ 0.5 s.

Makes a demo ledger in a temporary folder (its signing identity is created at set-up and
granted to the demo approver), renders a report of about ``--pages`` pages with the renderer's
benchmark document and a real signed QR payload, then times — each ``--repeat`` times, in one
process after a warm-up — unlocking the key with the approver's password, signing
(attachment + PAdES B-B + visible seal) and verifying (signature, whole-file coverage, trust,
attachment hash, the QR read back from the rendered last page). Also times one
``union-ledger verify`` run as a fresh process, imports included.

Usage: python bench/report_sign_verify.py [--pages 50] [--repeat 5] [--json]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from pdf_render import sample_document  # noqa: E402

from db import open_database  # noqa: E402
from desktop.reports.render import render_report  # noqa: E402
from desktop.services.auth import login  # noqa: E402
from desktop.services.demo import DEMO_PASSWORD, create_demo  # noqa: E402
from desktop.services.signing_identity import export_certificate_pem, unlock_identity  # noqa: E402
from desktop.signing.conventions import canonical_json, data_sha256  # noqa: E402
from desktop.signing.pdf_sign import sign_pdf  # noqa: E402
from desktop.signing.qr_payload import QrFields, make_payload  # noqa: E402
from desktop.signing.verify import verify_pdf  # noqa: E402

ROWS_PER_PAGE = 37  # the benchmark document's annex, measured: 10 000 rows → 296 pages (incl. the head)


def _timed(fn, repeat: int) -> tuple[list[float], object]:  # type: ignore[no-untyped-def]
    result = fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = open_database(folder / "ledger.sqlite3", folder / "backups")
        try:
            create_demo(db)
            approver = login(db, "approver", DEMO_PASSWORD)
            unlock_times, identity = _timed(lambda: unlock_identity(db, approver, DEMO_PASSWORD), 3)
            cert_pem = export_certificate_pem(db).encode()
        finally:
            db.close()
        data = {"schema": "union-ledger/report-data", "version": 1, "kind": "aid",
                "period": {"code": "2026Q3", "start": "2026-07-01", "end": "2026-09-30", "label": "2026年第三季度"},
                "unit": {"name": "星河镇总工会（演示）", "code": "81330100MA1DEM015R"}, "serial": "ZGH-BF-2026Q3-0001"}
        fields = QrFields(serial="ZGH-BF-2026Q3-0001", unit_code="81330100MA1DEM015R", period_code="2026Q3",
                          kind="aid", totals={}, data_sha256=data_sha256(data), key_id=identity.key_id)
        document = sample_document(max(1, (args.pages - 2) * ROWS_PER_PAGE))
        from dataclasses import replace

        document = replace(document, qr_payload=make_payload(fields, identity.private_key))
        buffer = io.BytesIO()
        rendered = render_report(document, buffer)
        pdf = buffer.getvalue()
        box = rendered.seal_box

        def sign() -> bytes:
            return sign_pdf(pdf, identity, seal_box=(box.page_index, box.x0, box.y0, box.x1, box.y1),
                            attachment=canonical_json(data), signer_name="林晓梅", unit_name="星河镇总工会（演示）")

        sign_times, signed = _timed(sign, args.repeat)
        assert isinstance(signed, bytes)
        verify_times, result = _timed(lambda: verify_pdf(signed, [cert_pem]), args.repeat)
        failed = [c.message for c in result.checks if not c.ok]  # type: ignore[attr-defined]
        signed_file, cert_file = folder / "signed.pdf", folder / "cert.pem"
        signed_file.write_bytes(signed)
        cert_file.write_bytes(cert_pem)
        start = time.perf_counter()
        code = subprocess.run([sys.executable, "-m", "desktop.cli", "verify", str(signed_file), "--trust",
                               str(cert_file)], cwd=ROOT, capture_output=True).returncode
        cli_seconds = time.perf_counter() - start

    figures = {
        "pages": rendered.pages, "pdf_kb": round(len(signed) / 1024),
        "unlock_median_s": round(statistics.median(unlock_times), 3),
        "sign_median_s": round(statistics.median(sign_times), 3), "sign_max_s": round(max(sign_times), 3),
        "verify_median_s": round(statistics.median(verify_times), 3),
        "verify_max_s": round(max(verify_times), 3),
        "verify_ok": not failed, "cli_verify_s": round(cli_seconds, 2), "cli_exit": code,
    }
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        for key, value in figures.items():
            print(f"{key:>18}: {value}")
        if failed:
            print("verify failed:", *failed, sep="\n  ")
    return 0 if not failed and code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
