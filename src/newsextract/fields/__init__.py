"""One module per output field or tight group of fields. Each has one public function,
``find``, that takes the page's ``Context`` (and any other input explicitly, such as the
time zone) and returns its value with its warnings as ``Found``. Its decision order reads as
a cascade, most reliable first, each stage returning early."""

from .context import Context, Found, Site

__all__ = ["Context", "Found", "Site"]
