"""clientgen: vendor API documentation → normalized OpenAPI → typed Python client.

One package per stage, in the order data flows; a stage imports only from earlier ones (and
from ``core``), never from a later one (tests/test_structure.py holds it to that):

- ``core/``    what every stage uses: diagnostics, YAML, OpenAPI paths and JSON pointers.
- ``sources/`` vendor config, page readers and selection: pages → one OpenAPI document each.
- ``spec/``    combine, overlay, normalize, validate: a vendor's pages → its normalized spec.
- ``model/``   names and the API model: normalized specs → namespaces, resources, operations.
- ``render/``  templates, models, write: the API model → the files of the generated package.
- ``release/`` spec diff, versions, changelog: old and new specs → the bump and the entry.

``pipeline.py`` runs the stages for ``make generate``/``check`` and ``clientgen client``;
``cli.py`` is the command line.
"""
