"""Command modules that register more `protokoll` subcommands on ``cli.main``."""
