"""String rules only, never the tree: the labels and furniture phrases pages print
(``labels``), the words pages name their parts with in class, id and link paths
(``markup``), bylines and the names in them (``bylines``, ``names``), dates (``dates``),
image credits (``credits``), document titles (``titles``) and languages (``language``)."""
