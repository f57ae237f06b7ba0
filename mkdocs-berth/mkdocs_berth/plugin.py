"""The MkDocs plugin: renders ```berth fences (mkdocs_berth.fences), loads
Berth on every page (so MkDocs Material's instant navigation finds the
element defined when it swaps a page in), and copies what the widget needs
of Berth's built files into the site as ``berth/``.

    plugins:
      - berth:
          assets: ../berth/dist   # Berth's built dist/ (relative to mkdocs.yml)
          offline: false          # true: the one-file build that also opens from file://
"""
from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .fences import SPEC, FenceErrors, render_fences

SITE_DIR = "berth"


class BerthConfig(Config):
    assets = config_options.Type(str)
    offline = config_options.Type(bool, default=False)
    lang = config_options.Optional(config_options.Choice(["en", "ko"]))


class BerthPlugin(BasePlugin[BerthConfig]):
    def on_config(self, config):
        base = Path(config.config_file_path or ".").parent
        self.assets = (base / self.config.assets).resolve()
        # What the widget needs of dist/ (berth::embed::MODULE_ASSETS / OFFLINE_ASSETS, via spec.json).
        self.needed = SPEC["assets"]["offline" if self.config.offline else "module"]
        for needed in self.needed:
            if not (self.assets / needed).exists():
                raise PluginError(f"berth: {self.assets} has no {needed}; point 'assets' at Berth's built dist/ "
                                  "(./scripts/build.sh, or the dist/ of a release archive)")
        language = self.config.lang or (config.theme.get("language") or "en")
        self.lang = "ko" if str(language).lower().startswith("ko") else "en"
        if self.config.offline:
            script = f"{SITE_DIR}/berth-offline.js"
        else:
            from mkdocs.config.config_options import ExtraScriptValue
            script = ExtraScriptValue(f"{SITE_DIR}/static/berth-widget.js")
            script.type = "module"
        config.extra_javascript.append(script)
        return config

    def on_page_markdown(self, markdown, page, config, files):
        try:
            text, _found = render_fences(markdown, self.lang)
        except FenceErrors as bad:
            where = page.file.src_uri
            raise PluginError("\n".join(f"berth: {where}:{e.line}: {e.message}" for e in bad.errors)
                              + f"\nberth: {len(bad.errors)} problem(s) in berth blocks; the site was not built")
        return text

    def on_post_build(self, config):
        target = Path(config.site_dir) / SITE_DIR
        if target.is_symlink() or target.is_file():
            target.unlink()
        for needed in self.needed:
            source, dest = self.assets / needed, target / needed
            dest.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, dest, dirs_exist_ok=True)
            else:
                shutil.copyfile(source, dest)
