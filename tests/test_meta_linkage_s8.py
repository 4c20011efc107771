"""`meta` on many photos from one camera: the linkage finding each file carries names a
bounded number of files, and goes to exactly the files it links (eighth session: 10,000
copies of one camera's photos made every entry carry all 10,000 names, 6.9 GB of JSON; and
files were matched to a finding by substring, so photos/a.jpg took the finding of
myphotos/a.jpg)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import piexif
from PIL import Image
from typer.testing import CliRunner

from nymaudit.cli import app


def _jpeg(serial: str) -> bytes:
    exif = piexif.dump({"0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"EOS 80D"},
                        "Exif": {piexif.ExifIFD.BodySerialNumber: serial.encode()}})
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (90, 120, 30)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def _meta(*paths: Path) -> dict:
    result = CliRunner().invoke(app, ["meta", *map(str, paths), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_each_file_of_a_large_set_names_a_bounded_number_of_the_others(tmp_path: Path) -> None:
    archive = tmp_path / "camera.zip"
    photo = _jpeg("0931204455")
    with zipfile.ZipFile(archive, "w") as z:
        for i in range(300):
            z.writestr(f"dcim/IMG_{i:04d}.jpg", photo)
    files = _meta(archive)["files"]
    assert len(files) == 300
    for entry in files:
        linked = [f for f in entry["findings"] if f["rule"] == "META023"]
        assert len(linked) == 1, entry["path"]
        evidence = linked[0]["evidence"]
        assert evidence.count("IMG_") == 50 and evidence.endswith("and 250 more")
        assert linked[0]["message"].startswith("300 files share serial number '0931204455'")


def test_a_finding_goes_to_the_files_it_links_not_to_files_whose_name_is_inside_theirs(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "myphotos").mkdir()
    (tmp_path / "photos").mkdir()
    (tmp_path / "myphotos" / "a.jpg").write_bytes(_jpeg("0931204455"))
    (tmp_path / "myphotos" / "b.jpg").write_bytes(_jpeg("0931204455"))
    (tmp_path / "photos" / "a.jpg").write_bytes(_jpeg("7730051122"))
    files = {Path(f["path"]).parent.name + "/" + Path(f["path"]).name: f
             for f in _meta(Path("myphotos"), Path("photos"))["files"]}
    def linked(name: str) -> list[str]:
        return [f["rule"] for f in files[name]["findings"] if f["rule"] == "META023"]
    assert linked("myphotos/a.jpg") == ["META023"] and linked("myphotos/b.jpg") == ["META023"]
    assert linked("photos/a.jpg") == []
