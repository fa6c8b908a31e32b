"""Stage 3, model: normalized specs → the API model the templates render.

In: ``(source, document, namespace)`` for each normalized spec. Out: a ``Namespace`` per spec
(``api_model``): resources, operations and parameters with every Python name decided once (by
``core.naming``'s rules), and the vendor's cloner bound to the generated methods
(``cloner_binding``).
"""
