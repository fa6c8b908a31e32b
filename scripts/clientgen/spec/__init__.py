"""Stage 2, spec: one vendor's pages → its normalized, validated OpenAPI spec.

In: a ``VendorConfig`` and each page's ``ReadResult`` (from ``sources``), and the vendor's
overlay. Out: a ``VendorSpec`` (``vendor_spec``): the document written to
``specs/normalized/<vendor>.yaml`` and the warnings. On the way: ``combine`` joins the pages
(``operation_merge`` settles what two pages say of one operation), ``overlay`` applies OpenAPI
Overlay 1.0, ``normalize`` names operations and lifted schemas in a stable order,
``operation_ids`` renames repeated ids, ``validate`` (with ``spec_validator``) holds the result
to OpenAPI 3.1, and ``cloner_declaration`` checks the ``x-clientgen-cloner`` declaration
against the spec.
"""
