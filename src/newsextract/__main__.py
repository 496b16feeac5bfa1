"""``python -m newsextract`` runs the command line."""

from .cli import main

main(prog_name="newsextract")
