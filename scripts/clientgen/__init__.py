"""clientgen: vendor API documentation → normalized OpenAPI → typed Python client.

Stages, one module each (see ../../DESIGN notes in README.md):
readers → vendor (combine pages) → overlay → normalize → validate → merge →
api_model → render → write.
"""
