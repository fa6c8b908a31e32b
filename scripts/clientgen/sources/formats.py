"""The source formats a reader exists for (``sources/readers``), light enough for the command
line to name before it imports the readers themselves."""

FORMATS = ("mintlify", "prose", "scraped", "openapi")
