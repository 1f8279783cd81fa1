"""The bottom layer: settings, logging, secrets, paths, statuses and domain errors.

Everything else may import from here; nothing here imports another mediflow package.
"""
