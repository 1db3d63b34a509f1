"""Signing a report PDF: embed the data, then PAdES B-B with a visible seal, in one revision.

The attachment and the signature are written in the same incremental update, so the
signature covers the whole file (pdfsig: "Total document signed") including the data.
RSA keys keep the file at PDF 1.7; the attachment carries ``/AFRelationship /Data`` and
is listed in the catalog's ``/AF`` (as PDF/A-3 does) without raising the version to 2.0.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from typing import TYPE_CHECKING, Any

from desktop.signing.conventions import ATTACHMENT_MIME, ATTACHMENT_NAME, SIGNATURE_FIELD

if TYPE_CHECKING:
    from desktop.services.signing_identity import UnlockedIdentity

SealBox = tuple[int, float, float, float, float]  # (page_index, x0, y0, x1, y1) in PDF points


def _bytes_page_content(pdf: bytes) -> Any:
    """pyHanko content that imports page 1 of an in-memory PDF (ImportedPdfPage wants a file name)."""
    import binascii
    import uuid

    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class BytesPdfPage(PdfContent):
        def render(self) -> bytes:
            writer = self._ensure_writer
            xobj = writer.import_page_as_xobject(PdfFileReader(BytesIO(pdf)), page_ix=0)
            name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
            self.resources.xobject[name.decode("ascii")] = xobj
            x1, y1, x2, y2 = xobj.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return name + b" Do"

    return BytesPdfPage()


def _embed_attachment(writer: Any, attachment: bytes, signed_at: datetime) -> None:
    from pyhanko.pdf_utils import embed, generic

    data = embed.EmbeddedFileObject.from_file_data(
        writer, attachment, mime_type=ATTACHMENT_MIME,
        params=embed.EmbeddedFileParams(embed_size=True, embed_checksum=True,
                                        creation_date=signed_at, modification_date=signed_at))
    spec = embed.FileSpec(file_spec_string=ATTACHMENT_NAME, file_name=ATTACHMENT_NAME, embedded_data=data,
                          description="报表数据（JSON），签名覆盖此附件")
    embed.embed_file(writer, spec)
    root = writer.root
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    spec_ref = names[-1]
    spec_obj = spec_ref.get_object()
    spec_obj["/AFRelationship"] = generic.NameObject("/Data")
    try:
        af = root["/AF"]
    except KeyError:
        af = generic.ArrayObject()
        root["/AF"] = writer.add_object(af)
        writer.update_root()
    af.append(spec_ref)
    writer.update_container(af)


def embed_attachment(pdf: bytes, attachment: bytes, *, created_at: datetime | None = None) -> bytes:
    """An unsigned export: the same attachment as a signed one, in one incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    _embed_attachment(writer, attachment, created_at or datetime.now(UTC))
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def _signer(identity: UnlockedIdentity) -> Any:
    from asn1crypto import keys as asn1_keys
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    from desktop.signing.qr_payload import asn1_certificate

    der = identity.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption())
    chain = [asn1_certificate(c) for c in identity.chain]
    return signers.SimpleSigner(signing_cert=asn1_certificate(identity.certificate),
                                signing_key=asn1_keys.PrivateKeyInfo.load(der),
                                cert_registry=SimpleCertificateStore.from_certs(chain))


def sign_pdf(pdf: bytes, identity: UnlockedIdentity, *, seal_box: SealBox, attachment: bytes, signer_name: str,
             unit_name: str, reason: str = "报表审核签发", location: str = "",
             signed_at: datetime | None = None) -> bytes:
    """Embed ``attachment`` as ATTACHMENT_NAME and sign PAdES B-B with the seal drawn on ``seal_box``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, Margins, SimpleBoxLayoutRule
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    from desktop.signing.stamp import stamp_pdf

    signed_at = signed_at or datetime.now(UTC)
    page, x0, y0, x1, y1 = seal_box
    width, height = abs(x1 - x0), abs(y1 - y0)
    appearance = stamp_pdf(width, height, unit_name=unit_name, signer_name=signer_name, signed_at=signed_at)
    style = StaticStampStyle(background=_bytes_page_content(appearance), border_width=0,
                             background_layout=SimpleBoxLayoutRule(AxisAlignment.ALIGN_MID, AxisAlignment.ALIGN_MID,
                                                                   margins=Margins.uniform(0)))
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    _embed_attachment(writer, attachment, signed_at)
    meta = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
        reason=reason, location=location or None, name=signer_name)
    field_spec = fields.SigFieldSpec(sig_field_name=SIGNATURE_FIELD, on_page=page,
                                     box=(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    pdf_signer = signers.PdfSigner(meta, _signer(identity), stamp_style=style, new_field_spec=field_spec)
    output = pdf_signer.sign_pdf(writer)
    return bytes(output.getvalue())
