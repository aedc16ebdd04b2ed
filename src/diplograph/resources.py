"""Where the package's data files are, installed from a wheel or run from the repository.

The SHACL shapes live at the top of the repository (``shapes/``) so that people find and
edit them; the wheel force-includes them as ``diplograph/shapes``. In an editable
install or a checkout, ``importlib.resources`` does not see them there, so this is the
one place that looks in both.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def package_dir() -> Path:
    return Path(str(resources.files("diplograph")))


def shapes_dir() -> Path:
    """The folder of SHACL shapes (``*.ttl``)."""
    installed = package_dir() / "shapes"
    if installed.is_dir():
        return installed
    checkout = package_dir().parent.parent / "shapes"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("the SHACL shapes are not installed with diplograph (shapes/ is missing)")


def shape_files() -> list[Path]:
    return sorted(shapes_dir().glob("*.ttl"))


def vocabulary_file() -> Path:
    """The dipl: vocabulary (OWL/RDFS, Turtle)."""
    return package_dir() / "data" / "dipl.ttl"


def data_file(*parts: str) -> Path:
    return package_dir().joinpath("data", *parts)
