"""Exported reports end to end, checked with tools that are not ours: pdfsig, pdffonts, pdftotext, zbarimg.

One populated demo ledger per module; the signed and unsigned files are made once through
the command line, as a clerk's script would, and each test looks at them another way.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from import_support import copy_ledger, open_copy

from desktop import cli
from desktop.services.demo import DEMO_PASSWORD, populate_demo

needs = pytest.mark.skipif(not shutil.which("pdfsig") or not shutil.which("pdffonts"),
                           reason="poppler-utils (pdfsig, pdffonts, pdftotext, pdftoppm) is not installed")


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("report-ledger")
    db = open_copy(demo_template, folder)
    try:
        populate_demo(db, 80)
    finally:
        db.close()
    return folder


@pytest.fixture(scope="module")
def files(ledger: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("reports")
    mp = pytest.MonkeyPatch()
    mp.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    made: dict[str, Path] = {}
    try:
        year = date.today().year
        for kind in ("summary", "members", "aid", "competitions"):
            made[kind] = out / f"{kind}.pdf"
            assert cli.main(["report", kind, "--period", str(year), "--out", str(made[kind]), "--sign",
                             "--user", "approver", "--data-dir", str(ledger)]) == 0
        made["cert"] = out / "cert.pem"
        assert cli.main(["identity", "export-cert", "--out", str(made["cert"]), "--data-dir", str(ledger)]) == 0
        made["unsigned"] = out / "unsigned.pdf"
        assert cli.main(["report", "aid", "--period", f"{year}Q1", "--out", str(made["unsigned"]),
                         "--user", "clerk", "--data-dir", str(ledger)]) == 0
    finally:
        mp.undo()
    return made


def _text(pdf: Path, *args: str) -> str:
    to_stdout = ["-"] if args[0] == "pdftotext" else []
    return subprocess.run([*args, str(pdf), *to_stdout], capture_output=True, text=True, check=False).stdout


@needs
def test_pdfsig_says_the_whole_document_is_validly_signed(files: dict[str, Path]) -> None:
    for kind in ("summary", "members", "aid", "competitions"):
        out = _text(files[kind], "pdfsig")
        assert "Signature is Valid" in out, (kind, out)
        assert "Total document signed" in out, (kind, out)


@needs
def test_only_embedded_fonts(files: dict[str, Path]) -> None:
    for kind in ("summary", "aid", "unsigned"):
        lines = _text(files[kind], "pdffonts").splitlines()[2:]
        assert lines, "the report has no fonts at all"
        for line in lines:
            assert line.split()[-5] == "yes", (kind, line)  # the "emb" column


@needs
def test_the_text_is_chinese_and_extractable(files: dict[str, Path]) -> None:
    text = _text(files["aid"], "pdftotext", "-layout")
    assert "星河镇总工会" in text and "帮扶" in text
    assert "ZGH-BF-" in text
    assert "第 1 页" in text and "共" in text
    assert "单位盖章" in text and "负责人" in text


@needs
def test_the_qr_decodes_from_a_150_dpi_rendering(files: dict[str, Path], tmp_path: Path) -> None:
    if not shutil.which("zbarimg"):
        pytest.skip("zbar-tools (zbarimg) is not installed")
    pages = int(next(line.split()[-1] for line in _text(files["aid"], "pdfinfo").splitlines()
                     if line.startswith("Pages:")))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", str(pages), "-l", str(pages), str(files["aid"]),
                    str(tmp_path / "last")], check=True)
    png = next(tmp_path.glob("last*.png"))
    payload = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True).stdout.strip()
    assert payload, "zbarimg found no QR code on the last page"
    code = cli.main(["verify", "--qr", payload, "--trust", str(files["cert"])])
    assert code == 0


def test_verify_accepts_every_untouched_signed_report(files: dict[str, Path], capsys) -> None:
    for kind in ("summary", "members", "aid", "competitions"):
        assert cli.main(["verify", str(files[kind]), "--trust", str(files["cert"])]) == 0, capsys.readouterr()


def test_verify_json_carries_the_serial_and_the_data(files: dict[str, Path], capsys) -> None:
    capsys.readouterr()
    assert cli.main(["verify", str(files["aid"]), "--trust", str(files["cert"]), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["ok"] is True
    assert result["serial"].startswith("ZGH-BF-")
    assert result["kind"] == "aid"


def test_one_byte_changed_fails_verify(files: dict[str, Path], tmp_path: Path) -> None:
    data = bytearray(files["aid"].read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(data))
    assert cli.main(["verify", str(bad), "--trust", str(files["cert"])]) == 1


def test_an_unsigned_export_does_not_pass_verify(files: dict[str, Path]) -> None:
    assert cli.main(["verify", str(files["unsigned"]), "--trust", str(files["cert"])]) == 1


def test_a_second_export_supersedes_the_first(ledger: Path, files: dict[str, Path], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    again = tmp_path / "again.pdf"
    assert cli.main(["report", "aid", "--period", str(date.today().year), "--out", str(again),
                     "--user", "clerk", "--data-dir", str(ledger)]) == 0
    out = capsys.readouterr().out
    assert "替代" in out and "ZGH-BF-" in out
    assert "本表替代" in _text(again, "pdftotext") or not shutil.which("pdftotext")


def test_a_clerk_cannot_sign(ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    target = tmp_path / "x.pdf"
    assert cli.main(["report", "aid", "--period", "2026Q1", "--out", str(target), "--sign",
                     "--user", "clerk", "--data-dir", str(ledger)]) == 1
    assert "负责人" in capsys.readouterr().err
    assert not target.exists()


def test_an_incremental_update_after_signing_fails_verify(files: dict[str, Path], tmp_path: Path) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with files["aid"].open("rb") as handle:
        writer = IncrementalPdfFileWriter(handle)
        info = writer.trailer["/Info"].get_object() if "/Info" in writer.trailer else generic.DictionaryObject()
        info[generic.NameObject("/Title")] = generic.TextStringObject("已修改的报表")
        writer.set_info(info)
        writer.update_root()
        tampered = tmp_path / "updated.pdf"
        with tampered.open("wb") as out:
            writer.write(out)
    assert cli.main(["verify", str(tampered), "--trust", str(files["cert"])]) == 1
    if shutil.which("pdfsig"):
        assert "Not total document signed" in _text(tampered, "pdfsig")


def test_a_report_signed_by_another_ledger_fails_against_this_certificate(
        files: dict[str, Path], tmp_path: Path, demo_template: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = copy_ledger(demo_template, tmp_path / "other")
    # a fresh demo copy shares the template's key; a renewed identity is a different key for the same unit
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["identity", "renew", "--user", "admin", "--data-dir", str(other)]) == 0
    forged = tmp_path / "forged.pdf"
    monkeypatch.setenv("UNION_LEDGER_TARGET_PASSWORD", DEMO_PASSWORD)
    assert cli.main(["identity", "grant", "approver", "--user", "admin", "--data-dir", str(other)]) == 0
    assert cli.main(["report", "aid", "--period", "2026Q1", "--out", str(forged), "--sign",
                     "--user", "approver", "--data-dir", str(other)]) == 0
    assert cli.main(["verify", str(forged), "--trust", str(files["cert"])]) == 1


@pytest.mark.parametrize(("args", "code", "said"), [
    (["report", "receipts", "--period", "2026Q1"], 2, "用法错误"),
    (["report", "aid", "--period", "2026Q5"], 2, "用法错误"),
    (["report", "aid", "--period", "2026Q1", "--user", "nobody"], 1, ""),
    (["report", "aid", "--period", "2026Q1", "--user", "clerk", "--out", "{missing}/x.pdf"], 1, "文件夹不存在"),
    (["report", "aid", "--period", "2026Q1", "--user", "clerk", "--out", "{tmp}/x.txt"], 1, ".pdf 结尾"),
])
def test_report_exit_codes_and_chinese_refusals(ledger: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys, args: list[str], code: int, said: str) -> None:
    monkeypatch.setenv("UNION_LEDGER_PASSWORD", DEMO_PASSWORD)
    capsys.readouterr()
    if "--out" not in args:
        args = [*args, "--out", str(tmp_path / "x.pdf")]
    args = [a.format(missing=tmp_path / "no-such-folder", tmp=tmp_path) for a in args]
    assert cli.main([*args, "--data-dir", str(ledger)]) == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and "程序内部错误" not in err
    assert err.strip(), "a refusal always says why"
    assert not list(tmp_path.rglob("*.pdf")) and not (tmp_path / "no-such-folder").exists()


def test_the_embedded_data_names_its_own_serial(files: dict[str, Path]) -> None:
    from desktop.signing.verify import verify_pdf

    result = verify_pdf(files["aid"].read_bytes(), [files["cert"].read_bytes()])
    assert result.ok
    assert result.data is not None and result.data["serial"] == result.serial
    assert result.serial in _text(files["aid"], "pdftotext") or not shutil.which("pdftotext")
