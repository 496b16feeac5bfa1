"""Many pages: finding them (``discover``), reading them (``sources``), the worker pool
(``pool``), records as JSON (``output``) or files (``files``), progress, and the batch as
the command line runs it (``batch``)."""
