"""The subject rules, one module per Dutch construction; their order is the registry in ``engine``."""
