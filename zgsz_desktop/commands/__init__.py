"""The `zgsz` command line, one module per group of commands; `zgsz_desktop/cli.py` assembles them."""
