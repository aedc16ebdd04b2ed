"""The data files travel with the package: shapes, vocabulary, lexicons, reference data.
CI installs the wheel, so there these tests check what users get."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import diplograph
from diplograph import resources


def test_shapes_vocabulary_and_data_are_found() -> None:
    names = {p.name for p in resources.shape_files()}
    assert {"article.ttl", "entities.ttl", "events.ttl", "statements.ttl", "evidence.ttl", "common.ttl"} <= names
    assert resources.vocabulary_file().is_file()
    assert resources.data_file("lexicons", "titles.txt").is_file()
    assert resources.data_file("reference", "countries.tsv").is_file()


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="CI runs from the built wheel")
def test_ci_runs_the_installed_wheel_not_the_checkout() -> None:
    package = Path(diplograph.__file__).resolve().parent
    assert "site-packages" in package.parts
    assert resources.shapes_dir() == package / "shapes"


def test_a_checkout_without_installed_shapes_falls_back_to_the_top_level_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "src" / "diplograph"
    package.mkdir(parents=True)
    (tmp_path / "shapes").mkdir()
    monkeypatch.setattr(resources, "package_dir", lambda: package)
    assert resources.shapes_dir() == tmp_path / "shapes"


def test_no_shapes_anywhere_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "package_dir", lambda: tmp_path / "src" / "diplograph")
    with pytest.raises(FileNotFoundError, match="shapes"):
        resources.shapes_dir()
