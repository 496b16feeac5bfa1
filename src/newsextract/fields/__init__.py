"""One module per output field or tight group of fields: ``site`` (url, site, section,
title), ``headline`` (with the kicker), ``language``, ``authors`` (with the byline; its
markup finder is ``byline_markup``), ``dates`` (published and modified; ``date_markup``),
``summary``, ``body`` (blocks and headings), ``links`` (related and tags), ``image`` and
``signature``.

Each has one public function, ``find``, that takes the page's ``Context`` (and any other
input explicitly, such as the time zone) and returns its value with its warnings as
``Found``. Its decision order reads as a cascade, most reliable first, each stage returning
early. ``site.find`` alone takes the page, evidence and profile: the headline is located
with the title it gives, before the context exists. ``byline_markup`` and ``date_markup``
are no fields: they are the markup finders the authors and dates cascades call.
"""

from .context import Context, Found, Site

__all__ = ["Context", "Found", "Site"]
