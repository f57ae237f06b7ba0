"""mkdocs-berth: ```berth fences in MkDocs pages become Berth widgets."""
