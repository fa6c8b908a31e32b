"""Stage 1, sources: what the vendors wrote, read as OpenAPI.

In: ``specs/vendors/<vendor>.yaml`` (which pages, in which order, what a page omits) and the
pages in ``specs/sources/<vendor>/``. Out: a ``VendorConfig`` (``vendor_config``) and, per page,
a ``ReadResult`` (``readers``): one OpenAPI 3.1 document for that page and the warnings, each
with file and line (each page reader fills one typed ``readers.page.Page``, and
``readers.page_openapi`` alone writes its document); ``selection`` keeps the operations a
config's ``select:`` patterns name.
"""
