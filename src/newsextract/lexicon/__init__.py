"""String rules only, no markup: the labels and furniture phrases pages print (``labels``),
bylines and the names in them (``bylines``, ``names``), dates (``dates``), image credits
(``credits``), document titles (``titles``) and languages (``language``)."""
