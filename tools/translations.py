"""Update, compile and check the interface translations (see zgsz_desktop/translations.py and
resources/translations/README.md).

    python tools/translations.py update [--language en] [--group ui_pages]   # refresh .ts from code and data
    python tools/translations.py status                                      # untranslated texts per file
    python tools/translations.py compile                                     # .ts -> resources/translations/zgsz_en.qm
    python tools/translations.py pseudo --out DIR                            # DIR/zgsz_pseudo.qm for layout tests
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from zgsz_desktop.translations import main

if __name__ == "__main__":
    sys.exit(main())
