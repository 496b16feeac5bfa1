"""The page itself, lowest layer: bytes to text (``load``), text to one lxml tree
(``tree``), the page's addresses and document order (``page``), and the text of an element
as a reader sees it (``text``)."""
