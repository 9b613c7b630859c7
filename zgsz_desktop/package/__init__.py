"""The signed, encrypted report package (``.zgsz``): keys, building, exporting and verifying.

Pure Python over the ``cryptography`` library (Ed25519, X25519, HPKE RFC 9180, scrypt,
ChaCha20-Poly1305); no home-made primitives. Specification: ``docs/package-format.md``.
"""
