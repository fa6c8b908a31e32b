"""What every stage uses, and nothing stage-specific.

``diagnostics`` (errors and warnings with file, line and JSON pointer), ``yaml_io`` (loading and
dumping YAML and JSON), ``openapi`` (HTTP methods, operations, ``$ref``s and RFC 6901
pointers), ``schema_shapes`` (what a JSON Schema says: nullable, open, untyped, prose keys) and
``naming`` (the Python spelling of a name in a spec: the spec stage names schemas and operation
ids with the same rules the model stage names classes, methods and fields).
Imports nothing from the stages.
"""
