"""Coverage of `nymaudit meta` against ExifTool on real camera files.

Run by hand: ``python tests/benchmarks/bench_metadata_coverage.py [FOLDER]``.
Default folder: ../shared/images/exiftool-samples (ExifTool's own test images).

Method: for every file whose format nymaudit reads, ExifTool's output
(``exiftool -json -G1 -a``) is mapped to the meta groups by tag name (the table
below); a file x group "hit" is a group for which ExifTool reports at least one
non-blank value. We count how many of those hits nymaudit also reports (at
least one field of the same group). Blank values (empty, zeros, "unknown",
placeholders) are ignored on both sides with the same test. Files in formats
nymaudit does not read are listed separately, not counted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from nymaudit.metadata import SUPPORTED_FORMATS, extract, sniff  # noqa: E402
from nymaudit.metadata.core import is_blank  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "images" / "exiftool-samples"
STRICT_GROUPS = ("gps", "serial", "person", "embedded_image")

SKIP_FAMILIES = {"File", "System", "ExifTool", "Composite", "ICC_Profile", "ICC-header",
                 "ICC-meas", "ICC-view", "Photoshop", "JFIF"}
NAMES: dict[str, str] = {}
for group, names in {
    "gps": "GPSLatitude GPSLongitude GPSPosition GPSCoordinates",
    "person": "Artist Author By-line OwnerName CameraOwnerName Copyright CopyrightNotice Rights "
              "XPAuthor LastModifiedBy Company Manager CopyrightOwnerName ImageCreatorName "
              "LicensorName LicenseeName ImageSupplierName PersonInImage RegionName "
              "AuthorsPosition By-lineTitle Credit Writer-Editor CaptionWriter AlbumArtist "
              "Composer BabyName FaceName",
    "software": "Software CreatorTool Producer HostComputer Application AppVersion Generator "
                "ProcessingSoftware Encoder CreatorSoftware CameraSoftware FirmwareVersion "
                "CanonFirmwareVersion OriginatingProgram",
    "time": "DateTimeOriginal CreateDate ModifyDate OffsetTime OffsetTimeOriginal "
            "OffsetTimeDigitized DateCreated TimeCreated DigitalCreationDate "
            "DigitalCreationTime MetadataDate CreationDate ContentCreateDate",
    "embedded_image": "ThumbnailImage PreviewImage JpgFromRaw OtherImage PreviewTIFF "
                      "ThumbnailTIFF CoverArt PreviewPNG",
    "document_id": "DocumentID InstanceID OriginalDocumentID DerivedFromDocumentID "
                   "DerivedFromInstanceID ImageUniqueID RawFileName OriginalRawFileName "
                   "OriginalFileName PreservedFileName RawDataUniqueID Template "
                   "MediaUniqueID ContentIdentifier HyperlinkBase",
    "place": "City Sub-location Province-State Country-PrimaryLocationName "
             "Country-PrimaryLocationCode Country CountryCode State Location "
             "LocationCreatedCity LocationShownCity LocationCreatedCountryCode "
             "LocationShownCountryCode Sublocation",
    "free_text": "ImageDescription UserComment Comment Description Caption-Abstract ObjectName "
                 "Title Headline Keywords Subject XPComment XPTitle Instructions "
                 "SpecialInstructions",
    "device": "Make Model LensModel LensMake Lens UniqueCameraModel LocalizedCameraModel "
              "CameraModel DeviceName",
}.items():
    for name in names.split():
        NAMES[name] = group


def exiftool_groups(record: dict) -> set[str]:
    groups: set[str] = set()
    for key, value in record.items():
        family, _, name = key.partition(":")
        if not name or family in SKIP_FAMILIES or family.startswith("ICC"):
            continue
        if isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        text = str(value)
        if is_blank(text) or text.startswith("0000:00:00"):
            continue
        group = NAMES.get(name)
        if name == "SerialNumber" or ("SerialNumber" in name and "Format" not in name):
            group = "serial"
        if name == "Creator" and family in ("PDF", "XMP-pdf"):
            group = "software"
        if name == "Comment" and family == "File":
            group = "free_text"
        if group == "embedded_image" and not text.startswith("(Binary data"):
            continue
        if group:
            groups.add(group)
    return groups


def run(folder: Path) -> dict:
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    raw = subprocess.run(
        ["exiftool", "-json", "-G1", "-a", *map(str, files)],
        capture_output=True, check=False,
    ).stdout
    reference = {Path(r["SourceFile"]).resolve(): r for r in json.loads(raw or b"[]")}
    per_group = {g: [0, 0] for g in (*NAMES.values(), "serial")}
    misses: list[str] = []
    unsupported: dict[str, list[str]] = {}
    counted = 0
    for path in files:
        data = path.read_bytes()
        fmt = sniff(data)
        ref = exiftool_groups(reference.get(path.resolve(), {}))
        if fmt not in SUPPORTED_FORMATS:
            if ref & {"gps", "serial", "person"}:
                unsupported.setdefault(fmt, []).append(f"{path.name} ({', '.join(sorted(ref))})")
            continue
        counted += 1
        ours = {f.group for f in extract(data).fields}
        for group in ref:
            per_group[group][1] += 1
            if group in ours:
                per_group[group][0] += 1
            else:
                misses.append(f"{path.name}: {group}")
    hits = sum(v[0] for v in per_group.values())
    total = sum(v[1] for v in per_group.values())
    return {
        "files": counted, "hits": hits, "total": total,
        "per_group": per_group, "misses": misses, "unsupported": unsupported,
    }


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLES
    if not folder.is_dir():
        print(f"sample folder missing: {folder}")
        return 2
    result = run(folder)
    print(f"files in supported formats: {result['files']}")
    print(f"overall: {result['hits']}/{result['total']} = "
          f"{100 * result['hits'] / max(1, result['total']):.1f}% of ExifTool's file x group hits")
    for group, (hit, total) in sorted(result["per_group"].items()):
        mark = " (target 100%)" if group in STRICT_GROUPS else ""
        print(f"  {group:15} {hit:3}/{total:3} = {100 * hit / max(1, total):5.1f}%{mark}")
    if result["misses"]:
        print("missed:", "; ".join(result["misses"]))
    if result["unsupported"]:
        print("not read (formats nymaudit does not support) but ExifTool found gps/serial/person:")
        for fmt, names in sorted(result["unsupported"].items()):
            print(f"  {fmt}: {', '.join(names)}")
    ok = result["hits"] >= 0.95 * result["total"] and all(
        result["per_group"][g][0] == result["per_group"][g][1] for g in STRICT_GROUPS
    )
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
