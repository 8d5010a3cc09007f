"""The installers (issue 10): the packaged app's files, the Windows installer script against the
PyInstaller output, the Linux .deb, one version number, Tesseract found beside the program.

CI builds the bundle first (``python3 dev.py bundle`` in .ci/run), so there the bundle must exist;
elsewhere the tests that need it are skipped with the command that makes it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clerk_app import __version__
from tests.conftest import IN_CI

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "build" / "dist" / "clerk-app"
ISS = ROOT / "packaging" / "windows" / "clerk-app.iss"
BUILT_IN_MESSAGES = {"CreateDesktopIcon", "AdditionalIcons", "UninstallProgram"}


def bundle() -> Path:
    if not (BUNDLE / "clerk-app").exists():
        if IN_CI:
            pytest.fail("CI builds the bundle before the tests (python3 dev.py bundle): it is missing")
        pytest.skip("no bundle: python3 dev.py bundle")
    return BUNDLE


# -- the Windows installer script ----------------------------------------------------------------------


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', ISS.read_text(encoding="utf-8")))


def windows_path(relative: str) -> Path:
    """A path as the script writes it (backslashes, relative to the script's folder)."""
    return (ISS.parent / relative.replace("\\", "/")).resolve()


def entry_fields(line: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` as a dict; raises on a malformed entry (the compiler would)."""
    fields = {}
    for part in re.findall(r'(?:[^;"]|"[^"]*")+', line):
        key, _, value = part.strip().partition(":")
        assert key and value, f"not a Key: value pair in {line!r}"
        fields[key.strip()] = value.strip().strip('"')
    return fields


def test_the_installer_script_is_well_formed() -> None:
    sections = iss_sections()
    assert {"Setup", "Languages", "Files", "Icons", "Run", "Tasks", "CustomMessages", "Messages"} <= set(sections)
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "admin"  # per machine
    assert setup["DefaultDirName"].startswith("{autopf}")
    defines = iss_defines()
    text = ISS.read_text(encoding="utf-8")
    for used in set(re.findall(r"\{#(\w+)\}", text)):
        assert used in defines or used == "AppVersion", f"{{#{used}}} is not defined"
    languages = {entry_fields(line)["Name"] for line in sections["Languages"]}
    messages = {line.split("=", 1)[0] for line in sections["CustomMessages"]}
    for used in set(re.findall(r"\{cm:(\w+)", text)):
        assert used in BUILT_IN_MESSAGES or {f"{lang}.{used}" for lang in languages} <= messages, used
    for section in ("Files", "Icons", "Run", "Tasks", "Languages"):
        for line in sections[section]:
            entry_fields(line)
    assert windows_path(setup["SetupIconFile"]).is_file()
    assert "LicenseFile" not in setup  # the fonts' licence is no licence agreement for the program
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]
    for used in set(re.findall(r"CustomMessage\('(\w+)'\)", code)):  # the self-test's failure message
        assert {f"{lang}.{used}" for lang in languages} <= messages, used
    assert code.count("begin") == code.count("end;") and "ssPostInstall" in code


def test_the_installer_takes_files_that_the_bundle_has() -> None:
    built = bundle()
    defines = iss_defines()
    assert windows_path(defines["Bundle"]) == built
    for line in iss_sections()["Icons"] + iss_sections()["Run"]:
        target = entry_fields(line)["Filename"]
        if target.startswith("{app}\\"):
            name = target.removeprefix("{app}\\").replace("{#AppExe}", defines["AppExe"])
            name = name.replace("{#CliExe}", defines["CliExe"])
            # the Linux bundle is the same program without ".exe", and one executable for both roles
            linux_name = "clerk-app" if name in (defines["AppExe"], defines["CliExe"]) else name
            assert (built / linux_name).exists(), name
    for needed in ("_internal/i18n/clerk_kk.qm", "_internal/i18n/clerk_ru.qm",
                   "_internal/ui/resources/fonts/DejaVuSans.ttf", "_internal/storage/migrations/env.py",
                   "_internal/clerk_app/templates/quarterly_default.json"):
        assert (built / needed).is_file(), needed
    plugins = {p.relative_to(next(built.rglob("plugins"))).as_posix() for p in next(built.rglob("plugins")).rglob("*")
               if p.is_file()}
    assert {"platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqjpeg.so",
            "imageformats/libqtiff.so", "printsupport/libcupsprintersupport.so"} <= plugins
    assert not any(p.startswith(("platforms/libqwayland", "imageformats/libqgif", "sqldrivers/")) for p in plugins)


# -- the built app ------------------------------------------------------------------------------------------


def test_the_built_app_passes_its_self_test_and_knows_its_version() -> None:
    executable = bundle() / "clerk-app"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    version = subprocess.run([str(executable), "--version"], capture_output=True, text=True, env=env, check=True)
    assert version.stdout.strip() == f"clerk-app {__version__}"
    tested = subprocess.run([str(executable), "--self-test"], capture_output=True, text=True, env=env, check=False)
    report = json.loads(tested.stdout)
    assert tested.returncode == 0 and report["ok"], tested.stdout + tested.stderr
    assert [step["step"] for step in report["steps"]] == [
        "qt", "open_store", "register", "attach_tiff", "recognise", "print_journal", "write_xlsx", "verify"]
    assert report["steps"][0]["platform_plugin"].startswith("libqxcb")
    recognised = report["steps"][4]
    assert recognised.get("found") == "4815162342" and recognised["word_read"]  # tesseract with kaz is on CI


def test_the_self_test_runs_from_the_source_tree_too() -> None:
    tested = subprocess.run([sys.executable, "-m", "ui.entry", "--self-test"], capture_output=True, text=True,
                            cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=False)
    assert tested.returncode == 0, tested.stderr
    assert json.loads(tested.stdout)["version"] == __version__


# -- the .deb ------------------------------------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is Debian's")
def test_the_deb_installs_the_app_its_menu_entry_and_its_dependencies() -> None:
    bundle()
    packages = sorted((ROOT / "build").glob(f"clerk-app_{__version__}_*.deb"))  # made by dev.py bundle
    if not packages:
        if IN_CI:
            pytest.fail("CI makes the .deb before the tests (python3 dev.py bundle): it is missing")
        pytest.skip("no .deb: python3 dev.py bundle")
    package = packages[-1]
    info = subprocess.run(["dpkg-deb", "--field", str(package)], capture_output=True, text=True, check=True).stdout
    fields = dict(line.split(": ", 1) for line in info.splitlines() if ": " in line)
    assert fields["Package"] == "clerk-app" and fields["Version"] == __version__
    depends = {d.strip() for d in fields["Depends"].split(",")}
    assert {"tesseract-ocr", "tesseract-ocr-kaz", "tesseract-ocr-rus", "libsane1", "libcups2", "tzdata"} <= depends
    assert any(d.startswith("libc6 (>=") for d in depends)  # built on this glibc: older systems are refused
    contents = subprocess.run(["dpkg-deb", "--contents", str(package)], capture_output=True, text=True,
                              check=True).stdout
    for path in ("./opt/clerk-app/clerk-app", "./usr/bin/clerk-app -> /opt/clerk-app/clerk-app",
                 "./usr/share/applications/clerk-app.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/clerk-app.png"):
        assert path in contents, path
    desktop = (ROOT / "packaging" / "linux" / "clerk-app.desktop").read_text(encoding="utf-8")
    assert "Exec=clerk-app" in desktop and "Icon=clerk-app" in desktop and "Name[kk]=" in desktop


# -- one version, Tesseract beside the program -----------------------------------------------------------


def test_one_version_number() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(__version__)}\b", changelog, re.MULTILINE)
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'version = { attr = "clerk_app.__version__" }' in pyproject and '\nversion = "' not in pyproject


def test_tesseract_is_found_beside_the_installed_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scanners import tesseract_location

    program = tmp_path / "clerk-app"
    bundled = program / "tesseract"
    (bundled / "tessdata").mkdir(parents=True)
    (bundled / tesseract_location.EXE).write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(program / "clerk-app"))
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    tesseract_location.locate.cache_clear()
    try:
        assert tesseract_location.locate() == str(bundled / tesseract_location.EXE)
        import pytesseract

        before = pytesseract.pytesseract.tesseract_cmd
        tesseract_location.configure()
        assert pytesseract.pytesseract.tesseract_cmd == str(bundled / tesseract_location.EXE)
        assert os.environ["TESSDATA_PREFIX"] == str(bundled / "tessdata")
    finally:
        pytesseract.pytesseract.tesseract_cmd = before
        os.environ.pop("TESSDATA_PREFIX", None)  # monkeypatch puts back what was there before the test
        tesseract_location.locate.cache_clear()
