"""``verify``: an untouched signed report passes; every tampering makes it exit 1 with the check that failed."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from desktop.signing import conventions
from desktop.signing.verify import verify_pdf

from .fixtures import (
    county_identity,
    fixture_key_totals,
    identity,
    issued_identity,
    qr_text,
    render_pdf,
    report_data,
    sign,
    signed_report,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def good() -> tuple[bytes, dict]:
    return signed_report()


@pytest.fixture(scope="module")
def trust_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("certs") / "unit.pem"
    path.write_bytes(identity().cert_pem)
    return path


def run_verify(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    from desktop import cli

    if "verify" in getattr(cli, "COMMANDS", {}):  # once the lead has wired the command in
        code = cli.main(["verify", *argv])
    else:
        from desktop.cli_verify import add_verify_parser, cmd_verify

        parser = cli.ChineseArgumentParser(prog="union-ledger")
        add_verify_parser(parser.add_subparsers(dest="command"), cli._common_options())
        try:
            code = cmd_verify(parser.parse_args(["verify", *argv]))
        except cli.UsageError as exc:
            print(exc, file=__import__("sys").stderr)
            code = cli.EXIT_USAGE
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, pdf: bytes, name: str = "report.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(pdf)
    return path


def failed_names(pdf: bytes, trust: list[bytes] | None = None) -> set[str]:
    return {c.name for c in verify_pdf(pdf, trust).checks if not c.ok}


# --- the untouched file --------------------------------------------------------------------

def test_untouched_file_verifies_with_every_check(good, trust_file, tmp_path, capsys) -> None:
    pdf, data = good
    code, out, err = run_verify([str(write(tmp_path, pdf)), "--trust", str(trust_file)], capsys)
    assert code == 0, err
    assert "✗" not in out and out.count("✓") == 9
    assert "ZGH-BF-2026Q3-0001" in out and "2026Q3" in out and data["unit"]["code"] in out
    assert "某某镇总工会" in out and "签名时间" in out and "¥12,345.60" in out
    assert "核验通过" in out


def test_without_trust_it_passes_but_says_the_signer_was_not_compared(good, tmp_path, capsys) -> None:
    code, out, _ = run_verify([str(write(tmp_path, good[0]))], capsys)
    assert code == 0
    assert "未与受信任的证书比对" in out and identity().key_id[:16] in out


def test_json_output(good, trust_file, tmp_path, capsys) -> None:
    pdf, data = good
    code, out, _ = run_verify([str(write(tmp_path, pdf)), "--trust", str(trust_file), "--json"], capsys)
    result = json.loads(out)
    assert code == 0 and result["ok"] is True
    assert result["serial"] == data["serial"] and result["totals"] == fixture_key_totals(data) and result["data"] == data
    assert {c["name"] for c in result["checks"]} >= {"signature", "coverage", "trust", "attachment", "qr",
                                                     "data_hash", "qr_matches_data", "certificate", "signer_unit"}
    assert "\\u" not in out and "签名" in out  # Chinese as such, not \u escapes


def test_pdfsig_agrees_the_untouched_file_is_valid_and_wholly_signed(good, tmp_path) -> None:
    if shutil.which("pdfsig") is None:
        pytest.skip("pdfsig (poppler-utils) is not installed")
    out = subprocess.run(["pdfsig", str(write(tmp_path, good[0]))], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out and "Not total" not in out


def test_zbarimg_decodes_the_qr_from_a_150_dpi_rendering(good, tmp_path) -> None:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg or pdftoppm is not installed")
    pdf, data = good
    subprocess.run(["pdftoppm", "-r", "150", "-f", "3", "-l", "3", "-png", "-singlefile",
                    str(write(tmp_path, pdf)), str(tmp_path / "last")], check=True)
    out = subprocess.run(["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "last.png")],
                         capture_output=True, text=True).stdout.strip()
    assert out == qr_text(data, identity())


def test_verifying_a_50_page_report_takes_under_half_a_second() -> None:
    pdf, _ = signed_report(pages=50)
    verify_pdf(pdf)  # imports pyHanko, pdfium, zxing once
    started = time.perf_counter()
    result = verify_pdf(pdf, [identity().cert_pem])
    elapsed = time.perf_counter() - started
    assert result.ok, result.failures()
    assert elapsed < 0.5, f"{elapsed:.3f} s"


def test_an_ec_certificate_issued_by_the_trusted_county_certificate(tmp_path, capsys) -> None:
    leaf, county = issued_identity(), county_identity()
    pdf, _ = signed_report(leaf)
    result = verify_pdf(pdf, [county.cert_pem])
    assert result.ok, result.failures()
    assert "县总工会签发" in result.signer_subject
    assert failed_names(pdf, [identity().cert_pem]) == {"trust"}  # the town's own certificate is not its issuer
    cert = write(tmp_path, leaf.cert_pem, "leaf.pem")
    assert run_verify(["--qr", qr_text(report_data(), leaf), "--trust", str(cert)], capsys)[0] == 0


# --- the tamper suite ----------------------------------------------------------------------

def _byte_range(pdf: bytes) -> list[int]:
    match = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", pdf)
    assert match
    return [int(x) for x in match.groups()]


def test_one_byte_changed_inside_the_signed_range(good, tmp_path, capsys) -> None:
    pdf = bytearray(good[0])
    at = pdf.index(b"ReportLab Generated PDF")  # a comment: the file still parses and renders
    assert at < _byte_range(bytes(pdf))[1]
    pdf[at] = ord("r")
    code, _, err = run_verify([str(write(tmp_path, bytes(pdf)))], capsys)
    assert code == 1
    assert failed_names(bytes(pdf)) == {"signature"}
    assert "签名后被改动" in err


def test_one_byte_changed_in_a_page_content(good, tmp_path, capsys) -> None:
    pdf = bytearray(good[0])
    match = re.search(rb"BT 1 0 0 1 (\d)", bytes(pdf))  # an uncompressed text position on page 1
    assert match
    pdf[match.start(1)] = ord("9") if match.group(1) != b"9" else ord("8")
    code, _, err = run_verify([str(write(tmp_path, bytes(pdf)))], capsys)
    assert code == 1 and "signature" in failed_names(bytes(pdf))
    assert "签名后被改动" in err


def _incremental(pdf: bytes, change) -> bytes:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    change(writer, generic)
    out = io.BytesIO()
    writer.write(out)
    return pdf + out.getvalue()[len(pdf):] if out.getvalue().startswith(pdf) else out.getvalue()


def test_incremental_update_of_the_info_dictionary(good, tmp_path, capsys) -> None:
    def change(writer, generic) -> None:
        writer.set_info(generic.DictionaryObject({generic.NameObject("/Title"): generic.TextStringObject("已修改")}))
        writer.update_root()

    pdf = _incremental(good[0], change)
    code, _, err = run_verify([str(write(tmp_path, pdf))], capsys)
    assert code == 1
    assert failed_names(pdf) == {"coverage"}
    assert "增量更新" in err
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(tmp_path / "report.pdf")], capture_output=True, text=True).stdout
        assert "Not total document signed" in out


def test_incremental_update_changing_a_page_value(good, tmp_path, capsys) -> None:
    def change(writer, generic) -> None:  # the realistic forgery: white out an amount, write another
        page = writer.root["/Pages"]["/Kids"][0].get_object()
        cover = generic.StreamObject(stream_data=b"q 1 1 1 rg 60 680 200 20 re f 0 g BT /F1 10 Tf 70 685 Td (9999.00) Tj ET Q")
        page["/Contents"] = generic.ArrayObject([page["/Contents"], writer.add_object(cover)])
        writer.update_container(page)

    pdf = _incremental(good[0], change)
    assert failed_names(pdf) == {"coverage"}
    assert run_verify([str(write(tmp_path, pdf))], capsys)[0] == 1


def test_incremental_update_replacing_the_attachment(good, tmp_path, capsys) -> None:
    forged = report_data(aid=(96, 99_999_999, 0))

    def change(writer, generic) -> None:  # point the existing file spec at new data
        from pyhanko.pdf_utils import embed

        names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
        spec = names[1].get_object()
        embedded = embed.EmbeddedFileObject.from_file_data(writer, conventions.canonical_json(forged))
        spec["/EF"] = generic.DictionaryObject({generic.NameObject("/F"): embedded.ef_stream_ref,
                                                generic.NameObject("/UF"): embedded.ef_stream_ref})
        writer.update_container(spec)

    pdf = _incremental(good[0], change)
    result = verify_pdf(pdf)
    assert {"coverage", "data_hash", "qr_matches_data"} <= {c.name for c in result.failures()}
    assert result.data == forged  # the verifier read the replaced attachment, and refused it
    assert run_verify([str(write(tmp_path, pdf))], capsys)[0] == 1


def test_incremental_update_adding_a_second_attachment_of_the_same_name(good) -> None:
    def change(writer, generic) -> None:
        from pyhanko.pdf_utils import embed

        embedded = embed.EmbeddedFileObject.from_file_data(writer, conventions.canonical_json(report_data(serial="X")))
        embed.embed_file(writer, embed.FileSpec(file_spec_string=conventions.ATTACHMENT_NAME,
                                                file_name=conventions.ATTACHMENT_NAME, embedded_data=embedded))

    assert {"coverage", "attachment"} <= failed_names(_incremental(good[0], change))


def test_swapped_attachment_resigned_with_another_key(good, trust_file, tmp_path, capsys) -> None:
    original_qr = qr_text(good[1], identity())
    forged = report_data(aid=(96, 99_999_999, 0))
    pdf = sign(render_pdf(forged, original_qr), conventions.canonical_json(forged), identity("伪造者"))
    failed = failed_names(pdf)
    assert {"qr", "data_hash"} <= failed and "signature" not in failed and "coverage" not in failed
    code, _, err = run_verify([str(write(tmp_path, pdf)), "--trust", str(trust_file)], capsys)
    assert code == 1 and "不是受信任的证书" in err and "二维码" in err


def test_qr_from_another_report(tmp_path, capsys) -> None:
    other = report_data(serial="ZGH-BF-2026Q2-0003", period="2026Q2", aid=(40, 500000, 0))
    pdf, _ = signed_report(qr_from=other)  # properly signed, same key, but the QR is the Q2 report's
    result = verify_pdf(pdf, [identity().cert_pem])
    failed = {c.name: c.message for c in result.failures()}
    assert set(failed) == {"data_hash", "qr_matches_data"}
    assert "编号" in failed["qr_matches_data"] and "期间" in failed["qr_matches_data"]
    assert "关键合计" in failed["qr_matches_data"]
    assert run_verify([str(write(tmp_path, pdf))], capsys)[0] == 1


def test_signed_by_an_untrusted_key(trust_file, tmp_path, capsys) -> None:
    pdf, _ = signed_report(identity("另一个镇总工会"))
    assert failed_names(pdf, [identity().cert_pem]) == {"trust"}
    code, _, err = run_verify([str(write(tmp_path, pdf)), "--trust", str(trust_file)], capsys)
    assert code == 1 and "另一个镇总工会" in err and "不是受信任的证书" in err


@pytest.mark.parametrize("keep", [0.5, 0.95])
def test_a_truncated_file(good, tmp_path, capsys, keep: float) -> None:
    pdf = good[0][: int(len(good[0]) * keep)]
    code, out, err = run_verify([str(write(tmp_path, pdf))], capsys)
    assert code == 1 and "Traceback" not in out + err
    assert re.search(r"[\u4e00-\u9fff]", err)


@pytest.mark.parametrize("content", [b"", b"hello, not a pdf", b"PK\x03\x04 an xlsx file", b"%PDF-1.7\n% nothing"])
def test_not_a_signed_pdf(content: bytes, tmp_path, capsys) -> None:
    code, out, err = run_verify([str(write(tmp_path, content))], capsys)
    assert code == 1 and "Traceback" not in out + err
    assert "PDF" in err or "损坏" in err


def test_an_unsigned_report(tmp_path, capsys) -> None:
    data = report_data()
    pdf = render_pdf(data, qr_text(data, identity()))
    code, _, err = run_verify([str(write(tmp_path, pdf))], capsys)
    assert code == 1 and "没有数字签名" in err


def test_a_missing_file(tmp_path, capsys) -> None:
    code, _, err = run_verify([str(tmp_path / "nowhere.pdf")], capsys)
    assert code == 1 and "无法读取文件" in err


# --- verify --qr ---------------------------------------------------------------------------

def test_qr_payload_checks(good, trust_file, tmp_path, capsys) -> None:
    text = qr_text(good[1], identity())
    code, out, _ = run_verify(["--qr", text, "--trust", str(trust_file)], capsys)
    assert code == 0 and "✓" in out and "ZGH-BF-2026Q3-0001" in out and "¥12,345.60" in out

    changed = text[:40] + ("A" if text[40] != "A" else "B") + text[41:]
    code, _, err = run_verify(["--qr", changed, "--trust", str(trust_file)], capsys)
    assert code == 1 and "二维码" in err

    other = tmp_path / "other.pem"
    other.write_bytes(identity("另一个镇总工会").cert_pem)
    code, _, err = run_verify(["--qr", text, "--trust", str(other)], capsys)
    assert code == 1 and "证书" in err


@pytest.mark.parametrize("argv", [["--qr", "UL1:ABC"], [], ["x.pdf", "--qr", "UL1:ABC", "--trust", "c.pem"]])
def test_wrong_usage_exits_2(argv: list[str], capsys) -> None:
    code, _, err = run_verify(argv, capsys)
    assert code == 2 and "用法错误" in err


def test_an_unreadable_trust_certificate(good, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_bytes(b"not a certificate")
    code, _, err = run_verify([str(write(tmp_path, good[0])), "--trust", str(bad)], capsys)
    assert code == 1 and "证书" in err
