"""Branding from template.toml, briefgen.toml's [branding] and options, in that order."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.render.branding import image_kind, read_config, resolve


@pytest.fixture
def png(tmp_path) -> Path:
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (4, 2), "red").save(path)
    return path


def test_later_layers_win_and_logo_paths_resolve_against_their_file(tmp_path, png):
    config = tmp_path / "briefgen.toml"
    config.write_text(
        '[smtp]\nhost = "mail"\n\n[branding]\norganisation = "Unit A"\n'
        'classification = "OFFICIAL"\nlogo = "logo.png"\n'
    )
    branding = resolve(
        {"organisation": "Template org", "distribution": "Staff only"},
        tmp_path,
        config=config,
        options={"classification": "SECRET", "author": None},
    )
    assert branding.organisation == "Unit A"  # briefgen.toml over the template
    assert branding.classification == "SECRET"  # the option over briefgen.toml
    assert branding.distribution == "Staff only"  # only the template says it
    assert branding.author == ""  # an option not given changes nothing
    assert branding.logo == png


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('organisaton = "typo"', "branding.organisaton: unknown key (known: organisation"),
        ("author = 3", "branding.author: expected str, got int"),
        ('logo = "missing.png"', "logo file not found: missing.png"),
        ('logo = "briefgen.toml"', "logo must be a PNG or JPEG file"),
    ],
)
def test_bad_branding_names_the_file_and_key(tmp_path, table, message):
    config = tmp_path / "briefgen.toml"
    config.write_text(f"[branding]\n{table}\n")
    with pytest.raises(ConfigError) as info:
        read_config(config)
    assert str(config) in str(info.value) and message in str(info.value)


def test_no_config_file_means_no_branding(tmp_path):
    assert read_config(tmp_path / "briefgen.toml") == {}


def test_image_kind_reads_the_file_not_its_name(tmp_path, png):
    jpeg = tmp_path / "photo.png"
    from PIL import Image

    Image.new("RGB", (2, 2)).save(jpeg, format="JPEG")
    assert (image_kind(png), image_kind(jpeg)) == ("PNG", "JPEG")
