"""Stage 3, model: normalized specs → the API model the templates render.

In: ``(namespace, document, source)`` for each normalized spec. Out: a ``Namespace`` per spec
(``api_model``, built by ``builder``): resources, operations and parameters with every Python
name decided once (by ``core.naming``'s rules), every type a ``types.TypeRef`` (facts, not
annotation strings), the schemas' class and field names the model generator is handed
(``schemas``), and the vendor's cloner bound to the generated methods (``cloner_binding``).
"""
