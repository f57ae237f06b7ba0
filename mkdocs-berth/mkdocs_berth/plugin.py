"""The MkDocs plugin: renders ```berth fences (mkdocs_berth.fences), loads
Berth on every page (so MkDocs Material's instant navigation finds the
element defined when it swaps a page in), and copies Berth's built files
into the site as ``berth/``.

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

from .fences import FenceErrors, render_fences

SITE_DIR = "berth"


class BerthConfig(Config):
    assets = config_options.Type(str)
    offline = config_options.Type(bool, default=False)
    lang = config_options.Optional(config_options.Choice(["en", "ko"]))


class BerthPlugin(BasePlugin[BerthConfig]):
    def on_config(self, config):
        base = Path(config.config_file_path or ".").parent
        self.assets = (base / self.config.assets).resolve()
        needed = "berth-offline.js" if self.config.offline else "static/berth-widget.js"
        if not (self.assets / needed).is_file():
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
        shutil.copytree(self.assets, target, dirs_exist_ok=True)
