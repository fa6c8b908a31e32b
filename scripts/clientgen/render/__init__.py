"""Stage 4, render: the API model → the files of the generated package.

In: the ``Namespace``s of ``model`` and a ``PackageInfo``. Out: ``{relative path: text}``
(``package``: the Jinja templates of ``templates/``; ``models``: pydantic models written by
datamodel-code-generator, in a ``background`` worker while the templates render), then staged,
formatted with ruff, compiled and swapped in atomically (``write``).
"""
