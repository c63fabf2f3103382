"""Ship the top-level templates/ folder inside the package as briefgen/templates/.

The templates live at the top of the repository, where users browse and copy them;
an installed briefgen finds them next to its code (`render.templates.shipped_dir`).
Everything else about the build is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "templates"
        target = Path(self.build_lib) / "briefgen" / "templates"
        shutil.copytree(source, target, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithTemplates})
