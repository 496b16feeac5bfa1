"""Machine-readable evidence a page carries about itself: JSON-LD and meta tags."""
