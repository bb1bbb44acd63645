"""python -m protokoll: the same as the protokoll command."""

from .cli import main

main()
