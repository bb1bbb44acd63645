"""Protokoll: read, connect, serve and write Swedish municipal meeting records."""

__version__ = "0.1.0"
